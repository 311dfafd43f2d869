//! The bad-input suite: a folder of every kind of broken and hostile file, generated here, read by
//! the real binary. Each bad file is one clear problem, the good ones load, nothing hangs, the
//! export is valid JSON, and no file is changed; the reader survives a walk over it.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Big enough to show linear time; the full 50 MB under `cargo test --release`.
const BIG: usize = if cfg!(debug_assertions) { 8_000_000 } else { 50_000_000 };
const JSONL_LINES: usize = if cfg!(debug_assertions) { 20_000 } else { 1_000_000 };

const GOOD: &str = "Secretary of State Mike Pompeo met Kim Yong Chol in New York on Wednesday. Pompeo said talks would resume next week.\n";

/// Writes the folder (without the big files when `small`); returns the files expected to be a
/// problem (relative paths).
fn build(root: &Path, small: bool) -> Vec<&'static str> {
    let write = |name: &str, bytes: &[u8]| {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write("good/one.md", format!("---\ntitle: One\ndate: 2018-05-30\n---\n{GOOD}").as_bytes());
    write("good/two.txt", GOOD.as_bytes());
    // Latin-1 / Windows-1252: read, with a warning.
    write("enc/latin1.txt", b"Jos\xe9 Mar\xeda N\xfa\xf1ez spoke in Bogot\xe1 on Monday.\n");
    write("enc/cp1252.txt", b"\x93We agree,\x94 said Ana Lopez on Tuesday \x96 twice.\n");
    // UTF-16 with a byte-order mark: read as it is.
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(GOOD.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    write("enc/utf16.txt", &utf16);
    write("bad/binary.txt", b"\x00\x01\x02PNG\x00\x00\xff\xfe\x00data\x00");
    write("bad/empty.txt", b"");
    write("bad/blank.md", b"  \n\t\n   \n");
    write("bad/yaml.md", b"---\ntitle: [unclosed\ndate: 2018-05-30\n---\nJohn Smith spoke on Friday.\n");
    write("bad/toml.md", b"+++\ntitle = \"no end quote\n+++\nJohn Smith spoke on Friday.\n");
    write(
        "bad/types.json",
        br#"[{"title": "A", "text": 42}, {"title": "B", "text": "Maria Garcia spoke on Friday."}]"#,
    );
    // Hostile structure: aliases of aliases (nine lines a loader would expand to 9^9 values) and
    // nesting deeper than any parser's stack.
    let mut bomb = String::from("---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        bomb += &format!("a{i}: &a{i} [{}]\n", vec![format!("*a{}", i - 1); 9].join(", "));
    }
    write("bad/aliases.md", format!("{bomb}title: Bomb\n---\n{GOOD}").as_bytes());
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    write("bad/nested.md", format!("---\ntags: {}\n---\n{GOOD}", nest(100_000)).as_bytes());
    write("bad/nested.json", format!("{{\"text\": \"Hi\", \"tags\": {}}}", nest(100_000)).as_bytes());
    // A JSONL file of many lines, a few of them broken.
    let lines = if small { 400 } else { JSONL_LINES };
    let mut jsonl = String::new();
    for i in 0..lines {
        if i % (lines / 4) == 7 {
            jsonl.push_str("{\"text\": \"broken\n");
        } else {
            jsonl.push_str(&format!("{{\"id\":\"r{i}\",\"text\":\"Ann Lee met Bo Chen on day {i}.\"}}\n"));
        }
    }
    write("big/many.jsonl", jsonl.as_bytes());
    // One huge article of repeated sentences, and one line that is a single huge word.
    let big = if small { 100_000 } else { BIG };
    write("big/huge.txt", GOOD.repeat(big / GOOD.len()).as_bytes());
    write("big/longword.txt", format!("Ann Lee wrote {} on Monday.\n", "x".repeat(1_000_000)).as_bytes());
    // Scripts and widths.
    write(
        "script/rtl.txt",
        "قال محمد بن سلمان يوم الاثنين إن المحادثات ستستمر. e\u{301}e\u{301} שלום עולם \u{202e}reversed\u{202c}\n".as_bytes(),
    );
    write("script/wide.txt", "習近平主席は月曜日に東京を訪問した。😀👩‍👩‍👧 Kim Jong Un waved.\n".as_bytes());
    write(
        "script/escapes.txt",
        "Title\u{1b}]0;pwned\u{7} here \u{1b}[2J\u{1b}]52;c;aGk=\u{7} and \u{9b}31m Ann Lee spoke.\n"
            .as_bytes(),
    );
    // A deep tree.
    let deep: PathBuf = (0..40).map(|i| format!("d{i}")).collect();
    write(&deep.join("deep.txt").to_string_lossy(), GOOD.as_bytes());
    // A symbolic link that loops back to its folder.
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", root.join("good/loop")).unwrap();
    vec![
        "enc/latin1.txt",
        "enc/cp1252.txt",
        "bad/binary.txt",
        "bad/empty.txt",
        "bad/blank.md",
        "bad/yaml.md",
        "bad/toml.md",
        "bad/types.json",
        "bad/aliases.md",
        "bad/nested.md",
        "bad/nested.json",
        "big/many.jsonl",
        "good/loop",
    ]
}

/// Every file's bytes, to compare before and after.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

#[test]
fn export_over_every_kind_of_bad_file_exits_0_with_valid_json_and_one_problem_each() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let bad = build(root, false);
    let before = snapshot(root);
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["export", "--no-cache", root.to_str().unwrap()])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(took < Duration::from_secs(60), "took {took:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let problems = json["problems"].as_array().unwrap();
    let relative = |p: &serde_json::Value| {
        Path::new(p["path"].as_str().unwrap()).strip_prefix(root).unwrap().to_string_lossy().into_owned()
    };
    let mut named: BTreeMap<String, usize> = BTreeMap::new();
    for p in problems {
        *named.entry(relative(p)).or_default() += 1;
    }
    for file in &bad {
        let n = named.get(*file).copied().unwrap_or(0);
        // A JSONL file has one problem per broken line; every other bad file exactly one.
        if *file == "big/many.jsonl" {
            assert_eq!(n, 4, "{file}: {named:?}");
        } else {
            assert_eq!(n, 1, "{file}: {named:?}");
        }
    }
    assert_eq!(named.len(), bad.len(), "only the bad files are problems: {named:?}");
    // Problems come in path order, each once.
    let paths: Vec<String> = problems.iter().map(relative).collect();
    assert!(paths.windows(2).all(|w| w[0] <= w[1]), "{paths:?}");
    // The good, the decodable and the odd ones all loaded.
    let ids: Vec<&str> =
        json["articles"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    for id in [
        "one", "two", "latin1", "cp1252", "utf16", "huge", "longword", "rtl", "wide", "escapes", "deep",
        "types#2", "aliases", "nested",
    ] {
        assert!(ids.contains(&id), "{id} missing from {} articles", ids.len());
    }
    let records = ids.iter().filter(|id| id.starts_with('r') && id[1..].parse::<usize>().is_ok()).count();
    assert_eq!(records, JSONL_LINES - 4, "every unbroken line of the JSONL file");
    // Stderr names each bad file once and carries no escape sequence.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{9b}'), "{err}");
    assert_eq!(snapshot(root), before, "article files are byte-identical afterwards");
}

/// The reader on the bad folder: every pane, the article full of escape sequences, the problems,
/// a resize to 1×1 and back; the terminal's title never changes and no file does.
#[test]
fn the_reader_walks_the_bad_folder_and_a_resize_to_one_cell_with_the_title_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    build(root, true);
    let before = snapshot(root);
    let command = format!(
        "sh -c '\"$0\" --no-state \"$1\"; echo dateline exited with $?; sleep 60' {} {}",
        env!("CARGO_BIN_EXE_dateline"),
        root.display()
    );
    let tmux = support::tmux::Tmux::start_named("bad", 80, 24, &command);
    tmux.wait_for("the articles", |s| s.contains("problems (! lists)") && !s.contains("loading"));
    let title = tmux.query("#{pane_title}");
    // The article whose text is escape sequences: its title was made from them.
    tmux.keys(&["/"]);
    tmux.run(&["send-keys", "-t", "t", "-l", "pwned"]);
    tmux.keys(&["Enter", "Enter"]);
    let text = tmux.wait_for("its text", |s| s.contains("┌ Text") && s.contains("Ann Lee spoke"));
    assert!(text.contains("␛]0;pwned␇"), "the escapes are shown, not obeyed: {text}");
    for key in ["3", "Enter", "Down", "4", "Down", "Enter", "1", "!"] {
        tmux.keys(&[key]);
    }
    tmux.wait_for("the problems", |s| s.contains("Problems (") && s.contains("binary data"));
    tmux.keys(&["Escape"]);
    tmux.run(&["resize-window", "-t", "t", "-x", "1", "-y", "1"]);
    sleep(std::time::Duration::from_millis(300));
    tmux.run(&["resize-window", "-t", "t", "-x", "80", "-y", "24"]);
    let after = tmux.wait_for("the screen redrawn", |s| s.contains("┌ Articles") && s.contains("q quit"));
    assert_eq!(tmux.query("#{pane_title}"), title, "no article changed the terminal's title");
    assert!(after.lines().count() >= 23, "{after}");
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the shell after quitting", |s| s.contains("dateline exited with"));
    assert!(end.contains("dateline exited with 0"), "{end}");
    assert_eq!(snapshot(root), before, "article files are byte-identical afterwards");
}
