//! The real binary in a real terminal (tmux): start, read, quit, and the terminal is restored.

mod support;

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use support::tmux::Tmux;

/// How many timeline entries `dateline timeline --json` lists for the sample, with `args`.
fn timeline_entries(args: &[&str]) -> usize {
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .arg("timeline")
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["dated"].as_array().unwrap().len() + json["undated"].as_array().unwrap().len()
}

#[test]
fn read_an_article_and_quit_restores_the_terminal() {
    let command =
        format!("sh -c '\"$0\"; echo dateline exited with $?; sleep 60' {}", env!("CARGO_BIN_EXE_dateline"));
    let tmux = Tmux::start(100, 30, &command);
    tmux.wait_for("the article list", |s| s.contains("Articles (3)") && s.contains("2018-11-05"));
    assert_eq!(tmux.query("#{alternate_on}"), "1", "the reader runs on the alternate screen");
    tmux.keys(&["G", "Enter"]);
    tmux.wait_for("the text pane", |s| {
        s.contains("┌ Text")
            && s.contains("Pompeo and Kim Yong Chol meet in New York")
            && s.contains("Wed 30 May 2018")
    });
    // `q` closes the text, as in less; on the list it quits.
    tmux.keys(&["q"]);
    tmux.wait_for("the list again", |s| s.contains("┌ Articles (3)") && s.contains("q quit"));
    tmux.keys(&["q"]);
    // The wrapper shell prints the exit status once dateline has given the terminal back.
    let after = tmux.wait_for("the shell after quitting", |s| s.contains("dateline exited with"));
    assert!(after.contains("dateline exited with 0"), "{after}");
    assert_eq!(tmux.query("#{alternate_on}"), "0", "the alternate screen was left");
}

/// The walk-through of the reader issue, keystroke for keystroke. Each wait names everything it
/// then relies on: a capture can catch a frame half drawn.
#[test]
fn the_walk_through_people_sanders_text_back_timeline_person_filter_clear_quit() {
    let command =
        format!("sh -c '\"$0\"; echo dateline exited with $?; sleep 60' {}", env!("CARGO_BIN_EXE_dateline"));
    let tmux = Tmux::start(120, 40, &command);
    tmux.wait_for("the article list", |s| s.contains("Articles (3)"));
    tmux.keys(&["3"]);
    let people = tmux.wait_for("the people", |s| s.contains("People (11)") && s.contains("Sung Kim"));
    let order: Vec<usize> = ["Mike Pompeo", "Kim Yong Chol", "Kim Jong Un", "Donald Trump"]
        .iter()
        .map(|n| people.find(n).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{people}");
    tmux.keys(&["/"]);
    tmux.run(&["send-keys", "-t", "t", "-l", "sanders"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the filtered list", |s| {
        s.contains("People (1 of 11)") && s.contains("Sarah Huckabee Sanders")
    });
    tmux.keys(&["Enter", "Enter"]);
    tmux.wait_for("the text at her mention", |s| {
        s.contains("focus: Sarah Huckabee Sanders") && s.contains("Sarah Huckabee Sanders told reporters")
    });
    tmux.keys(&["BSpace"]);
    tmux.wait_for("People again", |s| s.contains("People (1 of 11)"));
    tmux.keys(&["4"]);
    // The reader counts what the command line lists.
    let (all, with_kim) = (timeline_entries(&[]), timeline_entries(&["--person", "Kim Jong Un"]));
    let timeline = tmux.wait_for("the timeline", |s| {
        s.contains(&format!("Timeline ({all})"))
            && s.contains("Thu 8 Nov 2018")
            && s.contains("│ …dates back to October 2000")
    });
    // The sentence is centred on its date expression, the cut marked with `…`.
    let first_row =
        timeline.lines().find(|l| l.contains("│ …dates back to October 2000")).unwrap_or_default();
    assert!(first_row.contains("October 2000"), "{timeline}");
    // The third entry ("Kim held two meetings with Xi in March…") names Kim Jong Un first.
    tmux.keys(&["Down", "Down", "p"]);
    tmux.wait_for("the person filter", |s| {
        s.contains("person: Kim Jong Un") && s.contains(&format!("Timeline ({with_kim} of {all})"))
    });
    tmux.keys(&["3"]);
    let people =
        tmux.wait_for("the people with him", |s| s.contains("People (6 of 11)") && s.contains("Xi Jinping"));
    assert!(!people.contains("Bill Clinton"), "{people}");
    tmux.keys(&["x"]);
    tmux.wait_for("no filter", |s| s.contains("People (11)") && !s.contains("person:"));
    tmux.keys(&["q"]);
    let after = tmux.wait_for("the shell after quitting", |s| s.contains("dateline exited with"));
    assert!(after.contains("dateline exited with 0"), "{after}");
    assert_eq!(tmux.query("#{alternate_on}"), "0", "the alternate screen was left");
    assert_eq!(tmux.query("#{mouse_any_flag}"), "0", "mouse reporting was switched off");
}

/// Quit while reading, start again: the same article and pane; `--no-state` starts fresh.
#[test]
fn the_reader_resumes_where_it_was_left() {
    let bin = env!("CARGO_BIN_EXE_dateline");
    let twice = format!(
        "sh -c '\"$0\"; echo first run ended; \"$0\"; echo second run ended; \"$0\" --no-state; echo third run ended; sleep 60' {bin}"
    );
    let tmux = Tmux::start_named("resume", 100, 30, &twice);
    tmux.wait_for("the article list", |s| s.contains("Articles (3)"));
    tmux.keys(&["j", "Enter"]);
    tmux.wait_for("the text", |s| s.contains("┌ Text") && s.contains("Pompeo says the U.S."));
    tmux.keys(&["Q"]);
    // The state is saved after the first run has given the terminal back; only then can the
    // screen be the second run's.
    let saved = tmux.state_dir().join("reading.json");
    let start = Instant::now();
    while !saved.exists() {
        assert!(start.elapsed() < Duration::from_secs(15), "no state saved in {saved:?}");
        sleep(Duration::from_millis(50));
    }
    tmux.wait_for("the second run", |s| {
        s.contains("┌ Text") && s.contains("Pompeo says the U.S. and North Korea")
    });
    tmux.keys(&["Q"]);
    let fresh = tmux.wait_for("the third run", |s| s.contains("Articles (3)") && s.contains("2018-05-30"));
    assert!(!fresh.contains("┌ Text ─"), "{fresh}");
    tmux.keys(&["q"]);
    tmux.wait_for("the end", |s| s.contains("third run ended"));
}

/// 80×24 without colour: the hint line keeps help and quit, the selection shows in reverse video
/// with no colour code, a filter added and removed keeps the article selected, and a bookmark
/// survives a restart.
#[test]
fn at_80_columns_without_colour_the_selection_holds_and_a_bookmark_persists() {
    let bin = env!("CARGO_BIN_EXE_dateline");
    let twice = format!(
        "sh -c 'NO_COLOR=1 \"$0\"; echo first run ended; NO_COLOR=1 \"$0\"; echo second run ended; sleep 60' {bin}"
    );
    let tmux = Tmux::start_named("plain", 80, 24, &twice);
    let first = tmux.wait_for("the article list", |s| s.contains("Articles (3)") && s.contains("q quit"));
    let hints = first.lines().last().unwrap_or_default();
    assert!(hints.contains("? help") && hints.contains("q quit"), "{hints}");
    // The middle article, then a date filter and Esc: still the middle article.
    tmux.keys(&["j", "d"]);
    tmux.wait_for("the date filter", |s| s.contains("Thu 31 May 2018"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("all articles again", |s| s.contains("Articles (3)") && !s.contains("Thu 31 May 2018"));
    let painted = tmux.run(&["capture-pane", "-p", "-e", "-t", "t"]);
    let selected = painted.lines().find(|l| l.contains("\u{1b}[7m") || l.contains(";7m")).unwrap_or_default();
    assert!(selected.contains("2018-05-31"), "the selection stayed on its article: {painted}");
    // Every SGR parameter: colours are 30–38, 40–48, 90–97, 100–107 (39 and 49 are "default").
    let colours: Vec<&str> = painted
        .split("\u{1b}[")
        .skip(1)
        .filter_map(|s| s.split_once('m').map(|(params, _)| params))
        .flat_map(|params| params.split(';'))
        .filter(|p| p.parse::<u32>().is_ok_and(|n| matches!(n, 30..=38 | 40..=48 | 90..=97 | 100..=107)))
        .collect();
    assert!(colours.is_empty(), "colour codes {colours:?} with NO_COLOR: {painted}");
    tmux.keys(&["b"]);
    tmux.wait_for("the bookmark", |s| s.contains("★ 2018-05-31"));
    tmux.keys(&["Q"]);
    tmux.wait_for("the second run", |s| s.contains("first run ended") || s.contains("Articles (3)"));
    let again = tmux.wait_for("the bookmark again", |s| s.contains("★ 2018-05-31"));
    assert!(again.contains("Articles (3)"), "{again}");
    tmux.keys(&["Q"]);
    tmux.wait_for("the end", |s| s.contains("second run ended"));
}
