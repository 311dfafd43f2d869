//! App behaviour without a terminal: keys or actions in, state out.

use super::*;
use crate::corpus::Corpus;
use keymap::Key;

fn app() -> App {
    sized(App::new(Corpus::sample(), "sample"))
}

/// `app` as a 10-row list beside an 80-column text would show it. A keystroke's query is matched
/// whole however busy the machine is (tests of matching between frames set their own slice).
fn sized(mut app: App) -> App {
    app.slice = std::time::Duration::from_secs(60);
    app.set_viewport(Viewport {
        list_rows: 10,
        text_rows: 10,
        text_width: 80,
        text_lines: 60,
        ..Viewport::default()
    });
    app
}

fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.handle_key(Key::Char(c));
    }
}

fn person(app: &App, name: &str) -> usize {
    app.index.people.find(name).unwrap_or_else(|| panic!("{name}"))
}

fn names(app: &App) -> Vec<&str> {
    app.visible.people.iter().map(|&p| app.index.people.people[p].name.as_str()).collect()
}

#[test]
fn the_list_starts_with_the_newest_article_and_moving_clamps() {
    let mut app = app();
    assert_eq!(app.reading_article().unwrap().id, "002_9c00e3374ac1bb49");
    app.handle_key(Key::Char('k'));
    assert_eq!(app.view.articles.selected, 0);
    app.handle_key(Key::Char('G'));
    app.handle_key(Key::Down);
    assert_eq!(app.view.articles.selected, 2);
}

#[test]
fn tab_cycles_all_four_panes_both_ways() {
    let mut app = app();
    let mut seen = vec![app.view.pane];
    for _ in 0..4 {
        app.handle_key(Key::Tab);
        seen.push(app.view.pane);
    }
    assert_eq!(seen, [Pane::Articles, Pane::Text, Pane::People, Pane::Timeline, Pane::Articles]);
    app.handle_key(Key::BackTab);
    assert_eq!(app.view.pane, Pane::Timeline);
}

#[test]
fn the_walk_through_of_the_issue() {
    let mut app = app();
    // 3: people, the four main actors on top.
    keys(&mut app, "3");
    assert_eq!(&names(&app)[..4], ["Mike Pompeo", "Kim Yong Chol", "Kim Jong Un", "Donald Trump"]);
    // / sanders Enter: Sarah Huckabee Sanders.
    keys(&mut app, "/sanders");
    app.handle_key(Key::Enter);
    assert_eq!(names(&app), ["Sarah Huckabee Sanders"]);
    // Enter on her, Enter on her first mention: the text at that mention.
    app.handle_key(Key::Enter);
    app.handle_key(Key::Enter);
    assert_eq!(app.view.pane, Pane::Text);
    assert_eq!(app.reading_article().unwrap().id, "000_9378aa364a5b40e1");
    let stop = app.cursor_stop().unwrap();
    assert_eq!(&app.reading_article().unwrap().body[stop.span], "Sarah Huckabee Sanders");
    // Backspace: back in People.
    app.handle_key(Key::Backspace);
    assert_eq!(app.view.pane, Pane::People);
    // 4: the timeline runs from October 2000 to November 2018.
    keys(&mut app, "4");
    assert_eq!(app.view.pane, Pane::Timeline, "{:?}", app.view);
    assert!(!app.visible.timeline.is_empty(), "{:?} {:?}", app.view.filters, app.index.timeline.dated);
    let first = app.entry_value(app.visible.timeline.get(0).unwrap()).unwrap();
    assert_eq!(first.to_string(), "2000-10");
    let last_dated =
        app.visible.timeline.iter().rev().find(|&r| (r as usize) < app.index.timeline.dated).unwrap();
    assert_eq!(app.entry_value(last_dated).unwrap().to_string(), "2018-11-08");
    // On an entry that names Kim Jong Un, p: every pane shows only what involves him.
    let kju = person(&app, "Kim Jong Un");
    let row = app.visible.timeline.iter().position(|r| app.entry_people(r).first() == Some(&kju)).unwrap();
    app.view.timeline.selected = row;
    keys(&mut app, "p");
    assert_eq!(app.person_filter(), Some(kju));
    assert!(app.visible.timeline.iter().all(|r| app.entry_people(r).contains(&kju)));
    assert!(
        app.visible.articles.iter().all(|a| app.index.people.people[kju].articles.contains(&(*a as u32)))
    );
    assert_eq!(app.visible.people[0], kju);
    assert!(!names(&app).contains(&"Bill Clinton"), "Clinton never shares a sentence with him");
    // x, q.
    keys(&mut app, "x");
    assert!(app.view.filters.is_empty());
    keys(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn mention_cursor_steps_through_people_and_dates_and_enter_focuses() {
    let mut app = app();
    keys(&mut app, "G");
    app.handle_key(Key::Enter);
    keys(&mut app, "]");
    let body = app.reading_article().unwrap().body.clone();
    let first = app.cursor_stop().unwrap();
    assert_eq!(&body[first.span], "Mike Pompeo");
    keys(&mut app, "]");
    assert_eq!(&body[app.cursor_stop().unwrap().span], "Wednesday");
    keys(&mut app, "]");
    assert_eq!(&body[app.cursor_stop().unwrap().span], "Kim Yong Chol");
    keys(&mut app, "[[");
    assert_eq!(app.cursor_stop().unwrap(), first);
    app.handle_key(Key::Enter);
    assert_eq!(app.view.focus, Some(person(&app, "Mike Pompeo")));
}

#[test]
fn n_follows_the_focused_person_into_the_next_article() {
    let mut app = app();
    app.handle_key(Key::Enter); // the newest article; the list goes on to older ones
    keys(&mut app, "]");
    app.handle_key(Key::Enter); // focus Mike Pompeo
    let pompeo = person(&app, "Mike Pompeo");
    let in_first = app.index.people.people[pompeo]
        .mentions
        .iter()
        .filter(|m| Some(m.article as usize) == app.reading())
        .count();
    let start_article = app.reading();
    for _ in 0..in_first {
        keys(&mut app, "n");
    }
    assert_ne!(app.reading(), start_article, "n moved on to another article");
    assert!(matches!(app.cursor_stop().unwrap().target, StopTarget::Person(p) if p == pompeo));
    keys(&mut app, "N");
    assert_eq!(app.reading(), start_article, "N comes back");
}

#[test]
fn enter_on_a_date_opens_the_timeline_where_all_articles_naming_it_stand_together() {
    let mut app = app();
    keys(&mut app, "G");
    app.handle_key(Key::Enter);
    let body = app.reading_article().unwrap().body.clone();
    while app.cursor_stop().is_none_or(|s| &body[s.span] != "June 12") {
        keys(&mut app, "]");
    }
    app.handle_key(Key::Enter);
    assert_eq!(app.view.pane, Pane::Timeline);
    let june12: Vec<usize> = (app.visible.timeline.iter().skip(app.view.timeline.selected))
        .take_while(|&r| app.entry_value(r).is_some_and(|v| v.to_string() == "2018-06-12"))
        .map(|r| app.entry(r).article as usize)
        .collect();
    let mut articles = june12.clone();
    articles.dedup();
    assert_eq!(articles.len(), 3, "{june12:?}");
}

#[test]
fn filters_compose_show_in_order_and_esc_removes_the_last() {
    let mut app = app();
    keys(&mut app, "4");
    let kyc = person(&app, "Kim Yong Chol");
    app.view.timeline.selected =
        app.visible.timeline.iter().position(|r| app.entry_people(r).first() == Some(&kyc)).unwrap();
    keys(&mut app, "p");
    let with_person = app.visible.timeline.len();
    let day = app
        .visible
        .timeline
        .iter()
        .position(|r| {
            app.entry_value(r).and_then(|v| v.granularity()) == Some(crate::extract::timex::Granularity::Day)
        })
        .unwrap();
    app.view.timeline.selected = day;
    keys(&mut app, "d");
    assert_eq!(app.view.filters.len(), 2);
    assert!(app.visible.timeline.len() < with_person);
    assert!(app.visible.articles.len() < 3, "only articles touching that day");
    app.handle_key(Key::Esc);
    assert_eq!(app.view.filters, [Filter::Person(kyc)]);
    assert_eq!(app.visible.timeline.len(), with_person);
}

#[test]
fn a_query_filters_live_and_esc_while_typing_restores() {
    let mut app = app();
    keys(&mut app, "/zanzibar");
    assert!(app.input.is_some());
    assert_eq!(app.visible.articles.len(), 0, "no article says Zanzibar");
    app.handle_key(Key::Esc);
    assert!(app.input.is_none() && app.view.filters.is_empty());
    assert_eq!(app.visible.articles.len(), 3);
    keys(&mut app, "/2018-05");
    assert_eq!(app.visible.articles.len(), 2, "the two articles dated May 2018, not 2018-11-05");
    keys(&mut app, " planned summit");
    app.handle_key(Key::Enter);
    let first = &app.corpus.articles[app.visible.articles[0]];
    assert!(first.title.contains("planned"), "the title hit ranks first: {}", first.title);
    app.handle_key(Key::Backspace);
    assert_eq!(app.visible.articles.len(), 3, "Backspace undoes the filter as a jump");
}

#[test]
fn typing_a_query_selects_the_best_match_and_esc_returns_to_the_row_left() {
    let mut app = app();
    keys(&mut app, "4G");
    let (last, before) = (app.view.timeline.selected, app.visible.timeline.clone());
    assert!(last > 0);
    keys(&mut app, "/summit");
    assert_eq!(app.view.timeline.selected, 0, "the top row of the search is selected");
    assert!(app.visible.timeline.len() < before.len());
    app.handle_key(Key::Esc);
    assert_eq!(app.visible.timeline, before);
    assert_eq!(app.view.timeline.selected, last, "Esc gives back the row the list was on");
}

#[test]
fn text_search_finds_hits_and_n_steps_through_them() {
    let mut app = app();
    keys(&mut app, "2/summit");
    app.handle_key(Key::Enter);
    let hits = app.search_hits();
    assert!(hits.len() >= 3);
    assert_eq!(app.view.cursor, Some(hits[0].start()));
    keys(&mut app, "n");
    assert_eq!(app.view.cursor, Some(hits[1].start()));
    keys(&mut app, "N");
    assert_eq!(app.view.cursor, Some(hits[0].start()));
}

#[test]
fn back_and_forward_walk_the_jump_history() {
    let mut app = app();
    app.handle_key(Key::Enter);
    assert_eq!(app.view.pane, Pane::Text);
    app.handle_key(Key::Ctrl('o'));
    assert_eq!(app.view.pane, Pane::Articles);
    app.handle_key(Key::Ctrl('f'));
    assert_eq!(app.view.pane, Pane::Text);
    app.handle_key(Key::Ctrl('f'));
    assert_eq!(app.note.as_deref(), Some("nothing to go forward to"));
}

#[test]
fn p_on_the_same_timeline_entry_cycles_through_its_people() {
    let mut app = app();
    keys(&mut app, "4");
    let row = app.visible.timeline.iter().position(|r| app.entry_people(r).len() >= 2).unwrap();
    app.view.timeline.selected = row;
    let people = app.entry_people(app.visible.timeline.get(row).unwrap());
    keys(&mut app, "p");
    assert_eq!(app.person_filter(), Some(people[0]));
    // The entry is still listed (it names the person), so p again moves to its next person.
    let row = app.visible.timeline.iter().position(|r| app.entry_people(r) == people).unwrap();
    app.view.timeline.selected = row;
    keys(&mut app, "p");
    assert_eq!(app.person_filter(), Some(people[1]));
}

#[test]
fn clicks_select_rows_and_the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app();
    let list = Area { x: 0, y: 1, width: 40, height: 10 };
    let text = Area { x: 40, y: 1, width: 40, height: 10 };
    let name = Area { x: 45, y: 3, width: 11, height: 1 };
    let pompeo = person(&app, "Mike Pompeo");
    app.viewport.areas = vec![
        (list, Target::List { pane: Pane::Articles, first: 0 }),
        (text, Target::Text),
        (name, Target::Person(pompeo)),
    ];
    app.update(Action::Click { column: 3, row: 3 });
    assert_eq!(app.view.articles.selected, 2);
    app.update(Action::Scroll { column: 50, row: 5, lines: 3 });
    assert_eq!(app.view.text_scroll, 3);
    assert_eq!(app.view.articles.selected, 2, "the list under the text did not move");
    app.update(Action::Click { column: 47, row: 3 });
    assert_eq!(app.view.focus, Some(pompeo));
}

#[test]
fn help_swallows_keys_until_closed() {
    let mut app = app();
    keys(&mut app, "?j");
    assert_eq!((app.help, app.view.articles.selected), (true, 0));
    app.handle_key(Key::Esc);
    keys(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn an_empty_corpus_does_not_open_or_move() {
    let mut app = App::new(Corpus::default(), "nothing");
    for k in [Key::Down, Key::Enter, Key::Char(']'), Key::Char('p'), Key::Char('d'), Key::Char('n')] {
        app.handle_key(k);
    }
    assert_eq!(app.view.pane, Pane::Articles);
}

#[test]
fn a_remembered_place_is_resumed_and_a_vanished_article_is_skipped() {
    let mut app = app();
    keys(&mut app, "j");
    app.handle_key(Key::Enter);
    app.view.text_scroll = 4;
    let place = app.place("sample");
    assert_eq!(
        (place.pane.as_str(), place.article.as_deref(), place.scroll),
        ("text", Some("001_33ffa85b88d0bdff"), 4)
    );
    let mut fresh = App::new(Corpus::sample(), "sample");
    fresh.resume(&place);
    assert_eq!(
        (fresh.view.pane, fresh.reading_article().unwrap().id.as_str(), fresh.view.text_scroll),
        (Pane::Text, "001_33ffa85b88d0bdff", 4)
    );
    let mut gone = App::new(Corpus::sample(), "sample");
    gone.resume(&crate::state::Place { article: Some("deleted".into()), ..place });
    assert_eq!(gone.view.articles.selected, 0);
}

#[test]
fn a_click_on_a_mention_in_people_selects_it_and_enter_opens_it() {
    let mut app = app();
    keys(&mut app, "3");
    let mentions = Area { x: 50, y: 8, width: 60, height: 20 };
    app.viewport.areas = vec![(mentions, Target::Mentions { first: 0 })];
    app.update(Action::Click { column: 60, row: 10 });
    assert_eq!(app.view.mention, Some(ListPos { selected: 2, top: 0 }));
    app.handle_key(Key::Enter);
    assert_eq!(app.view.pane, Pane::Text);
    let pompeo = person(&app, "Mike Pompeo");
    let third = app.index.people.people[pompeo].mentions[2];
    let at = app.index.mention(third).span.start();
    assert_eq!((app.reading(), app.view.cursor), (Some(third.article as usize), Some(at)));
}

#[test]
fn opening_an_article_marks_it_read_and_u_toggles_it() {
    let mut app = app();
    assert!(app.read.iter().all(|r| !r));
    app.handle_key(Key::Enter);
    let first = app.reading().unwrap();
    assert!(app.read[first]);
    keys(&mut app, "1u");
    assert!(!app.read[first], "u marks it unread again");
    keys(&mut app, "u");
    assert!(app.read[first]);
    let marks = app.marks_to_save();
    assert_eq!(marks.read.len(), 1);
    let mut fresh = App::new(Corpus::sample(), "sample");
    fresh.set_marks(marks);
    assert_eq!(fresh.read, app.read);
    // A state file from before keys named the articles read by id: still honoured.
    let mut place = app.place("sample");
    place.read = vec![app.corpus.articles[first].id.clone()];
    let mut old = App::new(Corpus::sample(), "sample");
    old.resume(&place);
    assert_eq!(old.read, app.read);
}

#[test]
fn q_in_text_goes_back_to_the_list_and_q_elsewhere_or_shift_q_quits() {
    let mut app = app();
    keys(&mut app, "4");
    app.handle_key(Key::Enter);
    assert_eq!(app.view.pane, Pane::Text);
    keys(&mut app, "q");
    assert_eq!(app.view.pane, Pane::Timeline, "back where the text was opened from");
    assert!(!app.quit);
    keys(&mut app, "2q");
    assert_eq!(app.view.pane, Pane::Timeline, "to the pane it was entered from");
    keys(&mut app, "3/kim");
    app.handle_key(Key::Enter);
    keys(&mut app, "2q");
    assert_eq!(app.view.pane, Pane::People);
    assert_eq!(names(&app).len(), 5, "the filter typed before stays: {:?}", names(&app));
    keys(&mut app, "2Q");
    assert!(app.quit);
    let mut app = self::app();
    keys(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn an_unbound_key_says_so_and_points_to_help() {
    let mut app = app();
    keys(&mut app, "z");
    assert_eq!(app.note.as_deref(), Some("no action on z — ? for help"));
    keys(&mut app, "j");
    assert_eq!(app.note, None);
}

#[test]
fn the_help_scroll_stops_at_the_last_screenful_and_k_moves_at_once() {
    let mut app = app();
    keys(&mut app, "?");
    let rows = 8;
    app.set_viewport(Viewport { list_rows: 10, help_rows: rows, ..Viewport::default() });
    for _ in 0..100 {
        keys(&mut app, "j");
    }
    assert_eq!(app.help_scroll, app.keymap.rows.len() - rows);
    keys(&mut app, "k");
    assert_eq!(app.help_scroll, app.keymap.rows.len() - rows - 1);
    keys(&mut app, "g");
    assert_eq!(app.help_scroll, 0);
    keys(&mut app, "G");
    assert_eq!(app.help_scroll, app.keymap.rows.len() - rows);
}

#[test]
fn the_selected_item_stays_selected_when_filters_come_and_go() {
    let mut app = app();
    keys(&mut app, "jj");
    let article = app.visible.articles[app.view.articles.selected];
    keys(&mut app, "d");
    assert!(app.visible.articles.len() < 3, "only articles of that day");
    assert_eq!(app.visible.articles[app.view.articles.selected], article);
    app.handle_key(Key::Esc);
    assert_eq!(app.visible.articles.len(), 3);
    assert_eq!(app.visible.articles[app.view.articles.selected], article, "not the row it had");

    keys(&mut app, "3jjj");
    let chosen = app.visible.people[app.view.people.selected];
    keys(&mut app, "p");
    assert_eq!(app.visible.people[app.view.people.selected], chosen, "p keeps the person in view");
    keys(&mut app, "x");
    assert_eq!(app.visible.people[app.view.people.selected], chosen);
}

#[test]
fn a_persons_mentions_under_a_date_filter_are_counted_in_the_articles_shown() {
    let mut app = app();
    keys(&mut app, "d");
    let p = person(&app, "Mike Pompeo");
    let mentions = app.person_mentions(p);
    let articles: std::collections::BTreeSet<_> = mentions.iter().map(|m| m.article).collect();
    assert!(!mentions.is_empty());
    assert!(articles.len() < app.index.people.people[p].articles.len(), "the filter hides some articles");
    assert_eq!(app.person_articles_shown(p), articles.len());
}

#[test]
fn typing_on_narrows_from_the_shorter_query_to_the_same_rows_as_a_fresh_filter() {
    for (pane, query) in [('4', "kim june"), ('3', "kim chol"), ('4', "2018 summit"), ('1', "2018-05 kim")] {
        let mut app = app();
        keys(&mut app, &format!("{pane}/"));
        for c in query.chars() {
            app.handle_key(Key::Char(c));
            assert_eq!(app.visible, fresh(&app), "after typing up to {c:?} of {query:?}");
        }
        for _ in 0..4 {
            app.handle_key(Key::Backspace);
            assert_eq!(
                app.visible,
                fresh(&app),
                "after erasing back to {:?}",
                app.input.as_ref().unwrap().text
            );
        }
        assert!(!app.visible.timeline.is_empty() && !app.visible.people.is_empty(), "{query}");
    }
}

#[test]
fn a_timeline_word_is_found_in_the_sentence_the_date_label_or_the_title() {
    let mut app = app();
    let all = app.visible.timeline.len();
    // "June 2018" is a label; the word need not be written in the sentence.
    keys(&mut app, "4/june");
    let june = app.visible.timeline.clone();
    assert!(!june.is_empty() && june.len() < all);
    for row in june.iter() {
        let e = app.entry(row);
        let sentence = &app.corpus.articles[e.article as usize].body[app.index.entry_sentence(e)];
        let label = app.index.date(e).value.as_ref().map(|v| v.human()).unwrap_or_default();
        let title = &app.corpus.articles[e.article as usize].title;
        assert!(
            [sentence, &label, title].iter().any(|t| t.to_lowercase().contains("june")),
            "{label}: {sentence}"
        );
    }
}

#[test]
fn b_bookmarks_the_article_or_the_name_under_the_cursor_and_the_list_opens_it() {
    let mut app = app();
    keys(&mut app, "b");
    assert_eq!(app.marks.bookmarks.len(), 1);
    assert_eq!(app.marks.bookmarks[0].at, None, "a whole article");
    let first = app.visible.articles[0];
    assert!(app.bookmarked(first));
    // In the text, on a name: that place.
    keys(&mut app, "jj");
    app.handle_key(Key::Enter);
    keys(&mut app, "]]b");
    let stop = app.cursor_stop().unwrap();
    let mark = app.marks.bookmarks.last().unwrap().clone();
    assert_eq!(mark.at, Some(stop.span.start()));
    assert_eq!(mark.quote, &app.corpus.articles[app.reading().unwrap()].body[stop.span]);
    // From anywhere, B lists both; Enter on the second opens the text at the name.
    keys(&mut app, "1B");
    assert!(app.bookmarks_open);
    assert_eq!(app.bookmarks_here().len(), 2);
    keys(&mut app, "j");
    app.handle_key(Key::Enter);
    assert!(!app.bookmarks_open);
    assert_eq!(app.view.pane, Pane::Text);
    assert_eq!(app.view.cursor, Some(stop.span.start()));
    // b again on the same place removes it; d in the list removes the other.
    app.handle_key(Key::Char('b'));
    assert_eq!(app.marks.bookmarks.len(), 1);
    keys(&mut app, "Bd");
    assert!(app.marks.bookmarks.is_empty());
    app.handle_key(Key::Esc);
    assert!(!app.bookmarks_open);
}

#[test]
fn marks_follow_the_text_not_the_path() {
    let mut app = app();
    keys(&mut app, "b");
    app.handle_key(Key::Enter); // read the first article
    let marks = app.marks_to_save();
    assert_eq!(marks.read.len(), 1);
    // The same articles from another folder: a new corpus with other paths and ids.
    let mut moved = Corpus::default();
    for a in &app.corpus.articles {
        let path = std::path::PathBuf::from("elsewhere").join(format!("renamed-{}.txt", a.id));
        moved.add_file(&path, crate::corpus::Format::Text, a.body.as_bytes());
    }
    let mut again = App::new(moved, "moved");
    again.set_marks(marks);
    again.refresh();
    let read: Vec<bool> = again.read.clone();
    assert_eq!(read.iter().filter(|r| **r).count(), 1, "{read:?}");
    let marked = (0..again.corpus.articles.len()).filter(|&a| again.bookmarked(a)).count();
    assert_eq!(marked, 1);
    assert_eq!(again.bookmarks_here().len(), 1);
}

#[test]
fn capital_a_marks_every_shown_article_read_and_capital_u_shows_only_unread() {
    let mut app = app();
    app.handle_key(Key::Enter); // read one
    keys(&mut app, "1U");
    assert_eq!(app.visible.articles.len(), 2, "the two unread");
    assert!(app.view.filters.contains(&Filter::Unread));
    keys(&mut app, "A");
    assert!(app.read.iter().all(|r| *r));
    assert!(app.visible.articles.is_empty(), "nothing unread is left");
    keys(&mut app, "U");
    assert_eq!(app.visible.articles.len(), 3);
}

fn with_url(url: &str) -> App {
    let mut corpus = Corpus::default();
    let text = format!(
        "---\ntitle: Talks\ndate: 2018-05-30\nurl: {url}\n---\nMike Pompeo met Kim Yong Chol on Wednesday.\n"
    );
    corpus.add_file(std::path::Path::new("news/a.md"), crate::corpus::Format::Text, text.as_bytes());
    App::new(corpus, "test")
}

#[test]
fn o_hands_an_http_url_to_the_browser_and_refuses_anything_else() {
    let mut app = with_url("https://example.org/talks");
    keys(&mut app, "o");
    assert_eq!(app.handoff, Some(Handoff::OpenUrl("https://example.org/talks".into())));
    let mut app = with_url("javascript:alert(1)");
    keys(&mut app, "o");
    assert_eq!(app.handoff, None);
    assert!(app.note.as_deref().unwrap().contains("not an http"));
    let mut app = self::app();
    keys(&mut app, "o");
    assert_eq!(app.note.as_deref(), Some("this article has no URL"));
}

#[test]
fn e_hands_the_file_and_the_byte_read_to_the_editor() {
    let mut app = with_url("https://example.org");
    app.handle_key(Key::Enter);
    keys(&mut app, "]]e");
    let a = &app.corpus.articles[0];
    let stop = app.cursor_stop().unwrap();
    let expected = a.body_offset.map(|o| o + stop.span.start());
    assert_eq!(app.handoff, Some(Handoff::Edit { path: a.path.clone(), at: expected }));
    assert!(expected.is_some(), "a Markdown body is the file's own bytes");
}

#[test]
fn y_copies_the_sentence_under_the_selection() {
    let mut app = app();
    keys(&mut app, "4y");
    let Some(Handoff::Copy(text)) = app.handoff.take() else { panic!("{:?}", app.note) };
    let e = app.entry(app.visible.timeline.get(0).unwrap());
    let body = &app.corpus.articles[e.article as usize].body;
    let date = &body[app.index.date(e).span];
    assert!(text.contains(date) && text.len() > date.len(), "{text}");
    keys(&mut app, "3y");
    let person = app.selected_person().unwrap();
    assert_eq!(app.handoff, Some(Handoff::Copy(app.index.people.people[person].name.clone())));
}

#[test]
fn w_asks_for_a_name_and_writes_the_rows_shown_in_its_format() {
    let mut app = app();
    keys(&mut app, "3/kim");
    app.handle_key(Key::Enter);
    let shown = app.visible.people.len();
    keys(&mut app, "w");
    assert_eq!(app.input.as_ref().map(|i| i.text.as_str()), Some("people.md"));
    for _ in 0.."people.md".len() {
        app.handle_key(Key::Backspace);
    }
    keys(&mut app, "kims.csv");
    assert_eq!(app.view.filters.len(), 1, "typing a name filters nothing");
    app.handle_key(Key::Enter);
    let Some(Handoff::Write { path, contents }) = app.handoff.take() else { panic!("{:?}", app.note) };
    assert_eq!(path, std::path::PathBuf::from("kims.csv"));
    let lines: Vec<&str> = contents.lines().collect();
    assert_eq!(lines[0], "name,mentions,articles,aliases,roles");
    assert_eq!(lines.len(), shown + 1, "{contents}");
    // Timeline as JSON: one object a row.
    keys(&mut app, "4w");
    for _ in 0.."timeline.md".len() {
        app.handle_key(Key::Backspace);
    }
    keys(&mut app, "t.json");
    app.handle_key(Key::Enter);
    let Some(Handoff::Write { contents, .. }) = app.handoff.take() else { panic!() };
    let rows: serde_json::Value = serde_json::from_str(&contents).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), app.visible.timeline.len());
    // An unknown extension is said, not guessed.
    keys(&mut app, "w");
    keys(&mut app, ".txt");
    app.handle_key(Key::Enter);
    assert!(app.handoff.is_none() && app.note.as_deref().unwrap().contains(".md, .csv or .json"));
}

#[test]
fn s_sorts_the_articles_by_title_then_mentions_keeping_the_selection() {
    let mut app = app();
    keys(&mut app, "j");
    let chosen = app.visible.articles[1];
    keys(&mut app, "s");
    let titles: Vec<String> =
        app.visible.articles.iter().map(|&a| app.corpus.articles[a].title.to_lowercase()).collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
    assert_eq!(app.visible.articles[app.view.articles.selected], chosen);
    keys(&mut app, "s");
    let mentions: Vec<usize> =
        app.visible.articles.iter().map(|&a| app.index.extractions[a].people.mentions.len()).collect();
    assert!(mentions.windows(2).all(|w| w[0] >= w[1]), "{mentions:?}");
    keys(&mut app, "s");
    assert_eq!(app.sort, filters::Sort::Date);
}

/// An app over `n` short articles, enough that a query takes several steps to match.
fn many(n: usize) -> App {
    let mut corpus = Corpus::default();
    for i in 0..n {
        let text = format!(
            "---\ntitle: Report {i}\ndate: 2018-05-{:02}\n---\nMinister Ana Ruiz met Omar Haddad in Lisbon on Monday. Talks went on until March {}.\n",
            i % 28 + 1,
            i % 28 + 1
        );
        corpus.add_file(
            std::path::Path::new(&format!("{i}.md")),
            crate::corpus::Format::Text,
            text.as_bytes(),
        );
    }
    sized(App::new(corpus, "many"))
}

fn fresh(app: &App) -> Visible {
    filters::visible(&app.corpus, &app.index, &app.view.filters, &app.read, app.sort)
}

#[test]
fn a_big_query_matches_between_frames_and_the_newest_wins() {
    let mut app = many(1500);
    app.slice = std::time::Duration::ZERO;
    let all = app.visible.articles.clone();
    keys(&mut app, "/report 14");
    let job = app.matching().expect("1500 articles take more than one step");
    assert_eq!((job.pane, job.query.as_str()), (Pane::Articles, "report 14"));
    assert!(job.progress() < 1.0);
    assert_eq!(app.visible.articles, all, "the rows stay until the new ones are in");
    keys(&mut app, "9");
    assert_eq!(app.matching().unwrap().query, "report 149", "a newer query replaces the old");
    app.work(std::time::Instant::now() + std::time::Duration::from_secs(60));
    assert!(app.matching().is_none());
    let want = fresh(&app);
    assert_eq!(app.visible.articles, want.articles);
    assert_eq!(app.visible.in_text, want.in_text);
    let top = &app.corpus.articles[app.visible.articles[0]];
    assert!(top.title.starts_with("Report 149"), "a title holding the words ranks first: {}", top.title);
    assert_eq!(app.view.articles.selected, 0);
}

#[test]
fn each_step_of_a_timeline_query_gives_what_a_fresh_filter_gives() {
    let mut app = many(1200);
    app.slice = std::time::Duration::ZERO;
    app.handle_key(Key::Char('4'));
    app.handle_key(Key::Char('/'));
    for c in "march 1".chars() {
        app.handle_key(Key::Char(c));
        assert!(app.matching().is_some(), "labels, then texts: never one step");
        app.work(std::time::Instant::now() + std::time::Duration::from_secs(60));
        assert_eq!(app.visible.timeline, fresh(&app).timeline, "after {c:?}");
    }
    assert!(!app.visible.timeline.is_empty());
    // Backspace shortens the query: matched again from the rows before any query.
    app.handle_key(Key::Backspace);
    app.work(std::time::Instant::now() + std::time::Duration::from_secs(60));
    assert_eq!(app.visible.timeline, fresh(&app).timeline);
    // Esc while a query is matching drops it and its work.
    app.handle_key(Key::Char('x'));
    app.handle_key(Key::Esc);
    assert!(app.matching().is_none());
    assert_eq!(app.visible.timeline, fresh(&app).timeline);
}

#[test]
fn articles_arriving_under_queries_end_in_the_rows_of_a_fresh_filter() {
    use crate::load::{Batch, Event};
    use std::time::{Duration, Instant};
    let whole = many(1500);
    let mut app = sized(App::loading("many", Default::default(), None));
    app.slice = Duration::ZERO;
    keys(&mut app, "/report 1");
    app.handle_key(Key::Enter);
    keys(&mut app, "4/march 1");
    app.handle_key(Key::Enter);
    let index_of = |app: &App| Box::new(CrossRef::build(&app.corpus.articles, app.index.extractions.clone()));
    for from in (0..1500).step_by(300) {
        let range = from..from + 300;
        let batch = Batch {
            articles: whole.corpus.articles[range.clone()].to_vec(),
            extractions: whole.index.extractions[range].to_vec(),
            problems: Vec::new(),
        };
        app.receive(Event::Batch(batch));
        app.tick();
        app.work(Instant::now());
        if from == 600 {
            let index = index_of(&app);
            app.receive(Event::Indexed { index, complete: false });
        }
    }
    let index = index_of(&app);
    app.receive(Event::Indexed { index, complete: true });
    while app.stale || app.matching().is_some() {
        app.tick();
        app.work(Instant::now() + Duration::from_secs(60));
    }
    assert_eq!(app.corpus.articles.len(), 1500);
    assert_eq!(app.visible, fresh(&app));
    assert!(!app.visible.articles.is_empty() && !app.visible.timeline.is_empty());
}

#[test]
fn an_article_is_laid_out_once_per_width() {
    let app = app();
    let first = app.text_lines(0, 40);
    assert!(std::sync::Arc::ptr_eq(&first, &app.text_lines(0, 40)), "the same width reuses the lines");
    let wider = app.text_lines(0, 80);
    assert!(wider.len() < first.len(), "a wider view has fewer lines");
    let other = app.text_lines(1, 80);
    assert!(
        !std::sync::Arc::ptr_eq(&wider, &other) && other[0].range.start < app.corpus.articles[1].body.len()
    );
    let body = &app.corpus.articles[0].body;
    assert_eq!(&*first, &*crate::layout::wrap(body, &crate::corpus::paragraphs(body), 40));
}

#[test]
fn a_snapshot_index_is_let_go_of_while_the_complete_one_is_built_and_filters_survive() {
    use crate::load::{Batch, Event};
    let mut corpus = Corpus::default();
    for i in 0..600 {
        let who = if i % 3 == 0 { "Minister Ana Ruiz" } else { "Omar Haddad" };
        let text =
            format!("---\ntitle: Report {i}\ndate: 2018-05-01\n---\n{who} spoke in Lisbon on Monday.\n");
        corpus.add_file(
            std::path::Path::new(&format!("{i}.md")),
            crate::corpus::Format::Text,
            text.as_bytes(),
        );
    }
    let whole = App::new(corpus, "many");
    let mut app = sized(App::loading("many", Default::default(), None));
    let batch = Batch {
        articles: whole.corpus.articles.clone(),
        extractions: whole.index.extractions.clone(),
        problems: Vec::new(),
    };
    app.receive(Event::Batch(batch));
    let index = CrossRef::build(&app.corpus.articles, app.index.extractions.clone());
    app.receive(Event::Indexed { index: Box::new(index.clone()), complete: false });
    let p = person(&app, "Ana Ruiz");
    app.view.filters.push(Filter::Person(p));
    app.refresh();
    let shown = app.visible.articles.clone();
    assert!(!app.index.timeline.entries.is_empty() && shown.len() == 200);
    let (released, answer) = std::sync::mpsc::channel();
    app.receive(Event::Indexing(released));
    answer.try_recv().expect("the reader says it let go");
    assert!(app.index.timeline.entries.is_empty());
    assert!(app.index.people.people.iter().all(|p| p.mentions.is_empty()));
    assert_eq!(app.visible.articles, shown, "the person filter still holds");
    app.receive(Event::Indexed { index: Box::new(index), complete: true });
    assert!(!app.index.timeline.entries.is_empty() && !app.index.people.people[p].mentions.is_empty());
    assert_eq!((app.person_filter(), &app.visible.articles), (Some(p), &shown));
}

#[test]
fn a_search_in_the_text_that_finds_nothing_says_so_after_enter() {
    let mut app = app();
    keys(&mut app, "2/zzqx");
    app.handle_key(Key::Enter);
    assert_eq!(app.note.as_deref(), Some("no match in this article"));
    let mut app = self::app();
    keys(&mut app, "2/pompeo");
    app.handle_key(Key::Enter);
    assert_eq!(app.note, None);
}
