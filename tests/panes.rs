//! Each pane drawn on the sample over ratatui's `TestBackend`, compared with reviewed snapshots.

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

fn sample() -> App {
    App::new(Corpus::sample(), "built-in sample")
}

fn keys(app: &mut App, keys: &[Key]) {
    for &k in keys {
        app.handle_key(k);
    }
}

#[test]
fn articles_wide_shows_the_list_beside_a_preview() {
    insta::assert_snapshot!(screen(&mut sample(), 120, 40));
}

#[test]
fn articles_narrow_shows_the_list_alone() {
    insta::assert_snapshot!(screen(&mut sample(), 80, 24));
}

#[test]
fn text_wide() {
    let mut app = sample();
    keys(&mut app, &[Key::Char('G'), Key::Enter]);
    assert_eq!(app.pane, Pane::Text);
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn text_narrow_scrolled_to_the_end() {
    let mut app = sample();
    keys(&mut app, &[Key::Char('G'), Key::Enter]);
    screen(&mut app, 80, 24);
    keys(&mut app, &[Key::End]);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn help_overlay_lists_the_keymap() {
    let mut app = sample();
    keys(&mut app, &[Key::Char('?')]);
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn an_empty_corpus_says_so() {
    let mut app = App::new(Corpus::default(), "empty");
    insta::assert_snapshot!(screen(&mut app, 80, 24));
}

#[test]
fn every_size_down_to_one_cell_draws_without_panicking() {
    for (w, h) in [(1, 1), (19, 4), (20, 5), (21, 6), (40, 10), (119, 30), (120, 8)] {
        for pane in [Key::Char('1'), Key::Char('2')] {
            let mut app = sample();
            keys(&mut app, &[pane, Key::Char('?')]);
            screen(&mut app, w, h);
        }
    }
    assert!(screen(&mut sample(), 19, 4).contains("terminal too small"));
}
