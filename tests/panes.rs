//! Each pane drawn on the sample over ratatui's `TestBackend` at 120×40 and 80×24, compared with
//! reviewed snapshots.

use dateline::app::keymap::Key;
use dateline::app::{App, Pane};
use dateline::corpus::Corpus;
use dateline::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Draws `app` twice (the first frame tells the app its viewport, as the event loop does).
fn screen(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    for _ in 0..2 {
        let mut viewport = Default::default();
        terminal.draw(|f| viewport = ui::draw(f, app)).unwrap();
        app.set_viewport(viewport);
    }
    terminal.backend().to_string()
}

/// The sample, its `/` queries matched whole at each keystroke however busy the machine is.
fn sample() -> App {
    let mut app = App::new(Corpus::sample(), "built-in sample");
    app.slice = std::time::Duration::from_secs(60);
    app
}

fn press(app: &mut App, keys: &[Key]) {
    for &k in keys {
        app.handle_key(k);
    }
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(Key::Char(c));
    }
}

/// Snapshots one state at both sizes.
macro_rules! both_sizes {
    ($name:ident, $setup:expr) => {
        #[test]
        fn $name() {
            for (w, h) in [(120, 40), (80, 24)] {
                let mut app = sample();
                screen(&mut app, w, h);
                #[allow(clippy::redundant_closure_call)]
                ($setup)(&mut app);
                insta::assert_snapshot!(format!("{}_{w}x{h}", stringify!($name)), screen(&mut app, w, h));
            }
        }
    };
}

both_sizes!(articles, |_: &mut App| {});
// "summit" is in one title and in the other two texts: the title hit first, the others marked.
both_sizes!(articles_searched_in_titles_and_texts, |app: &mut App| typed(app, "/summit"));
both_sizes!(text_with_the_cursor_on_a_name, |app: &mut App| {
    press(app, &[Key::Char('G'), Key::Enter, Key::Char(']')]);
    assert_eq!(app.view.pane, Pane::Text);
});
both_sizes!(text_with_a_focused_person_and_a_search, |app: &mut App| {
    press(app, &[Key::Char('G'), Key::Enter, Key::Char(']'), Key::Enter]);
    typed(app, "/summit");
    press(app, &[Key::Enter]);
});
both_sizes!(people, |app: &mut App| typed(app, "3"));
both_sizes!(people_mentions_of_one_person, |app: &mut App| {
    typed(app, "3j");
    press(app, &[Key::Enter, Key::Down]);
});
both_sizes!(timeline, |app: &mut App| typed(app, "4"));
both_sizes!(timeline_filtered_by_person_and_typing, |app: &mut App| {
    typed(app, "4");
    let kju = app.index.people.find("Kim Jong Un").unwrap();
    app.view.timeline.selected =
        app.visible.timeline.iter().position(|r| app.entry_people(r).first() == Some(&kju)).unwrap();
    typed(app, "p/june");
});
both_sizes!(help_overlay, |app: &mut App| typed(app, "?"));
// One article bookmarked whole, one name in another: the list over the panes.
both_sizes!(bookmarks_list, |app: &mut App| {
    typed(app, "bj");
    press(app, &[Key::Enter]);
    typed(app, "]b1B");
});

#[test]
fn an_empty_corpus_says_so_in_every_pane() {
    for pane in ['1', '2', '3', '4'] {
        let mut app = App::new(Corpus::default(), "empty");
        app.handle_key(Key::Char(pane));
        insta::assert_snapshot!(format!("empty_{pane}"), screen(&mut app, 80, 12));
    }
}

#[test]
fn on_a_narrow_screen_an_empty_list_still_says_how_to_get_out() {
    let mut app = sample();
    typed(&mut app, "4/zzz");
    let text = screen(&mut app, 40, 10);
    let flat: String = text
        .lines()
        .map(|l| l.trim_matches(|c| c == '"' || c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("(Esc removes the last one)"), "{text}");
}

#[test]
fn a_status_too_long_for_the_screen_ends_in_an_ellipsis() {
    let mut app = sample();
    typed(&mut app, "4/zzz");
    press(&mut app, &[Key::Enter]);
    let text = screen(&mut app, 40, 10);
    let status = text.lines().nth(8).unwrap();
    assert!(status.contains("timeline: /…"), "{text}");
}

#[test]
fn every_size_down_to_one_cell_draws_without_panicking() {
    for (w, h) in [(1, 1), (19, 4), (20, 5), (21, 6), (40, 10), (119, 30), (120, 8), (300, 100)] {
        for keys in ["1", "2]]", "3", "3\n", "4", "4p", "?"] {
            let mut app = sample();
            for c in keys.chars() {
                app.handle_key(if c == '\n' { Key::Enter } else { Key::Char(c) });
            }
            screen(&mut app, w, h);
        }
    }
    assert!(screen(&mut sample(), 19, 4).contains("terminal too small"));
}

#[test]
fn without_colour_the_selection_hits_and_names_still_show() {
    use ratatui::style::{Color, Modifier};
    let mut app = sample();
    press(&mut app, &[Key::Char('j'), Key::Char('/')]);
    typed(&mut app, "kim");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| {
            app.set_viewport(ui::draw(f, &app));
            ui::monochrome(f.buffer_mut());
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    assert!(buffer.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset), "no colour left");
    let row = |y: u16| (0..80).map(|x| &buffer[(x, y)]).collect::<Vec<_>>();
    let text = |y: u16| row(y).iter().map(|c| c.symbol()).collect::<String>();
    let selected = (0..24).find(|&y| text(y).contains("Kim")).expect("a row with the query");
    assert!(
        (0..24).any(|y| row(y).iter().filter(|c| c.modifier.contains(Modifier::REVERSED)).count() > 40),
        "a reversed selection row"
    );
    assert!(
        row(selected).iter().any(|c| c.modifier.contains(Modifier::BOLD)),
        "the matched letters stand out: {}",
        text(selected)
    );
}

#[test]
fn the_theme_in_the_app_paints_the_frame() {
    use dateline::app::theme::{Paint, Role, Theme};
    use ratatui::style::Color;
    let draw = |theme: Theme| {
        let mut app = sample();
        app.theme = theme;
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| {
                app.set_viewport(ui::draw(f, &app));
            })
            .unwrap();
        // The first key of the hint line, bottom left.
        terminal.backend().buffer()[(0, 23)].fg
    };
    assert_eq!(draw(Theme::dark()), Color::Cyan);
    assert_eq!(draw(Theme::light()), Color::Blue);
    let mut own = Theme::dark();
    own.set(Role::Key, Paint::parse("#123456").unwrap());
    assert_eq!(draw(own), Color::Rgb(0x12, 0x34, 0x56));
}

#[test]
fn bang_lists_the_problems_of_the_load_with_their_files() {
    let mut corpus = Corpus::sample();
    corpus.add_file(
        std::path::Path::new("feeds/wire.jsonl"),
        dateline::corpus::Format::JsonLines,
        b"{\"text\": 42}\nnot json\n",
    );
    let mut app = App::new(corpus, "test");
    let before = screen(&mut app, 80, 24);
    assert!(before.contains("2 problems (! lists)"), "{before}");
    press(&mut app, &[Key::Char('!')]);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Problems (2)"), "{shown}");
    assert!(shown.contains("feeds/wire.jsonl:1: record 1: `text: 42` is a number"), "{shown}");
    assert!(shown.contains("feeds/wire.jsonl:2: not valid JSON"), "{shown}");
    press(&mut app, &[Key::Esc]);
    assert!(!screen(&mut app, 80, 24).contains("Problems (2)"));
}

#[test]
fn a_problem_longer_than_the_overlay_wraps_under_itself() {
    let dir = tempfile::tempdir().unwrap();
    let body = "---\ntitle: Harbour vote: the count\ndate: 2024-03-14\n---\nTobin Marsh spoke.";
    std::fs::write(dir.path().join("colon.md"), body).unwrap();
    std::fs::write(dir.path().join("wire.jsonl"), "{\"text\": 42}\n").unwrap();
    let mut app = App::new(Corpus::load(&[dir.path().to_path_buf()]), "wrap");
    press(&mut app, &[Key::Char('!')]);
    let shown = screen(&mut app, 60, 16);
    // Each message ends on screen, its continuation indented under the path.
    assert!(shown.contains("per line"), "{shown}");
    assert!(shown.contains("skipped"), "{shown}");
    let indented = shown.lines().filter(|l| l.starts_with("\"│  ") && !l.starts_with("\"│   ")).count();
    assert!(indented >= 2, "{shown}");
    // When the lines run out, what follows is counted, not cut.
    let short = screen(&mut app, 60, 6);
    assert!(short.contains("↓ 1 more"), "{short}");
}

#[test]
fn a_wide_timeline_shows_a_long_date_whole() {
    let dir = tempfile::tempdir().unwrap();
    let body = "---\ntitle: Ferry\ndate: 2024-06-19\n---\nThe minister spoke on Wednesday morning.";
    std::fs::write(dir.path().join("one.md"), body).unwrap();
    let mut app = App::new(Corpus::load(&[dir.path().to_path_buf()]), "one");
    press(&mut app, &[Key::Char('4')]);
    assert!(screen(&mut app, 120, 12).contains("Wed 19 Jun 2024 morning "));
    // A narrower screen gives the sentence the room.
    assert!(screen(&mut app, 100, 12).contains("Wed 19 Jun 2024 mor…"));
}

#[test]
fn one_article_one_person_and_one_entry_are_counted_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    let body = "---\ntitle: Harbour vote\ndate: 2024-03-14\n---\nTobin Marsh spoke on Wednesday.";
    std::fs::write(dir.path().join("one.md"), body).unwrap();
    let mut app = App::new(Corpus::load(&[dir.path().to_path_buf()]), "one");
    let articles = screen(&mut app, 120, 12);
    assert!(articles.contains(" 1 article · one"), "{articles}");
    assert!(articles.contains("Harbour vote  · 1 person "), "{articles}");
    press(&mut app, &[Key::Char('3')]);
    let people = screen(&mut app, 120, 12);
    assert!(people.contains(" 1 person · one"), "{people}");
    assert!(people.contains("Mentions (1 in 1 article)"), "{people}");
    press(&mut app, &[Key::Char('4')]);
    assert!(screen(&mut app, 120, 12).contains(" 1 timeline entry · one"));
}
