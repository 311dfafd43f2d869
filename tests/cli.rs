//! The real `dateline` binary, run as a script would run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(sub)
}

fn dateline(args: &[&str]) -> Output {
    // Run from a folder outside the project: the sample must not depend on the working directory.
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(std::env::temp_dir())
        // No config of the user's: the defaults, unless a test passes --config.
        .env("DATELINE_CONFIG_DIR", std::env::temp_dir().join("dateline-cli-no-config"))
        // The cache of these runs stays out of the user's cache folder (and out of /tmp).
        .env(
            "DATELINE_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-cache-{}", std::process::id())),
        )
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn articles_lists_the_seeds_newest_first() {
    let out = dateline(&["articles", fixtures("seeds").to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    // Seeds are plain text: no date, titles derived from the first sentence.
    assert!(
        lines[0].contains("000_9378aa364a5b40e1") && lines[0].contains("U.S. Secretary of State Mike Pompeo")
    );
}

#[test]
fn articles_without_a_path_lists_the_built_in_sample_with_dates() {
    let out = dateline(&["articles", "--json"]);
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let dates: Vec<&str> = list.as_array().unwrap().iter().map(|a| a["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2018-11-05", "2018-05-31", "2018-05-30"]);
}

#[test]
fn export_prints_the_documented_schema() {
    let out = dateline(&["export"]);
    assert!(out.status.success());
    let export: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for key in ["articles", "people", "problems"] {
        assert!(export[key].is_array(), "{key}");
    }
    let first = &export["articles"][0];
    for key in ["id", "path", "title", "date", "source", "body_offset", "mentions", "dates"] {
        assert!(first.get(key).is_some(), "article has {key}");
    }
    assert_eq!(first["id"], "000_9378aa364a5b40e1");
    assert_eq!(first["date"], "2018-05-30");
    let offset = first["body_offset"].as_u64().unwrap() as usize;
    let sample =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample/000_9378aa364a5b40e1.md"))
            .unwrap();
    let seed = std::fs::read(fixtures("seeds/000_9378aa364a5b40e1.txt")).unwrap();
    assert_eq!(&sample[offset..], &seed[..]);
}

#[test]
fn bad_files_are_named_on_stderr_and_the_rest_loads() {
    let out = dateline(&["articles", fixtures("mixed").to_str().unwrap()]);
    assert!(out.status.success());
    let err = stderr(&out);
    for name in ["broken.json", "picture.txt", "latin1.txt"] {
        assert!(err.contains(name), "stderr names {name}: {err}");
    }
    let text = stdout(&out);
    assert!(text.contains("A good article") && text.contains("Café owners"), "{text}");
}

#[test]
fn nothing_loadable_exits_1_with_one_line_naming_the_paths() {
    let out = dateline(&["export", "/no/such/dir"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let last = err.lines().last().unwrap();
    assert!(last.starts_with("dateline: no articles") && last.contains("/no/such/dir"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn nothing_found_reads_and_writes_no_cache() {
    let cache = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["people", "/no/such/dir"])
        .env("DATELINE_CONFIG_DIR", std::env::temp_dir().join("dateline-cli-no-config"))
        .env("DATELINE_CACHE_DIR", cache.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("cache"), "{}", stderr(&out));
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0);
}

#[test]
fn control_characters_in_titles_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("evil.md"), "---\ntitle: \"Bad \\e[31mred\\a title\"\n---\nBody.")
        .unwrap();
    let out = dateline(&["articles", dir.path().to_str().unwrap()]);
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
    assert!(text.contains("Bad \u{241b}[31mred\u{2407} title"), "{text:?}");
}

#[test]
fn version_and_help() {
    assert!(stdout(&dateline(&["--version"])).starts_with("dateline "));
    let help = stdout(&dateline(&["--help"]));
    assert!(help.contains("articles") && help.contains("export"));
}

#[test]
fn timeline_runs_from_october_2000_to_november_2018_with_undated_apart() {
    let out = dateline(&["timeline"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let (dated, undated) = text.split_once("\nUndated").expect("an undated group");
    assert!(dated.lines().next().unwrap().starts_with("October 2000"), "{text}");
    assert!(dated.trim_end().lines().last().unwrap().starts_with("Thu 8 Nov 2018"), "{text}");
    assert!(undated.contains("\"now\"") && undated.contains("\"recent months\""));
}

#[test]
fn timeline_from_and_to_narrow_to_a_period() {
    let out = dateline(&["timeline", "--json", "--from", "2018-06", "--to", "2018-06"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let values: Vec<&str> =
        json["dated"].as_array().unwrap().iter().map(|e| e["value"].as_str().unwrap()).collect();
    assert!(values.iter().all(|v| v.starts_with("2018-06")), "{values:?}");
    assert!(values.contains(&"2018-06-12") && values.contains(&"2018-06-01"));
    assert!(json["undated"].as_array().unwrap().is_empty());
    let bad = dateline(&["timeline", "--from", "June"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("is not a date"));
}

#[test]
fn export_fills_dates_with_byte_spans_and_timeml_values() {
    let out = dateline(&["export"]);
    let export: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let article = &export["articles"][0];
    let first = &article["dates"][0];
    assert_eq!((first["start"].as_u64(), first["end"].as_u64()), (Some(90), Some(99)));
    assert_eq!((first["text"].as_str(), first["value"].as_str()), (Some("Wednesday"), Some("2018-05-30")));
    let last_week = article["dates"].as_array().unwrap().iter().find(|d| d["text"] == "last week").unwrap();
    assert_eq!(last_week["value"], "2018-W21");
}

#[test]
fn people_lists_the_most_mentioned_first_with_aliases_and_roles() {
    let out = dateline(&["people"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let first: Vec<&str> = text.lines().take(4).map(|l| l.split("  ").next().unwrap().trim()).collect();
    assert_eq!(first, ["Mike Pompeo", "Kim Yong Chol", "Kim Jong Un", "Donald Trump"]);
    assert!(text.lines().next().unwrap().contains("also Pompeo") && text.contains("Secretary of State"));
}

#[test]
fn one_mention_is_counted_in_the_singular() {
    let text = stdout(&dateline(&["people"]));
    let line = text.lines().find(|l| l.starts_with("Jo Myong Rok")).unwrap();
    assert!(line.contains("  1 mention in 1 article"), "{line}");
    assert!(text.lines().next().unwrap().contains(" mentions in 3 articles"));
}

#[test]
fn people_json_has_mentions_sentences_and_co_mentions() {
    let out = dateline(&["people", "--json"]);
    let people: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let sanders = people.as_array().unwrap().iter().find(|p| p["id"] == "sarah-huckabee-sanders").unwrap();
    assert_eq!(sanders["mentions"][0]["text"], "Sarah Huckabee Sanders");
    let [s, e] = [&sanders["mentions"][0]["sentence"][0], &sanders["mentions"][0]["sentence"][1]]
        .map(|v| v.as_u64().unwrap());
    assert!(s < e);
    assert!(sanders["appears_with"].as_array().is_some());
}

#[test]
fn json_listings_have_one_record_a_line_so_they_can_be_streamed() {
    for (args, arrays) in [
        (&["articles", "--json"][..], &[None][..]),
        (&["people", "--json"][..], &[None]),
        (&["timeline", "--json"][..], &[Some("dated"), Some("undated")]),
    ] {
        let text = stdout(&dateline(args));
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let records: usize =
            arrays.iter().map(|a| a.map_or(&json, |key| &json[key]).as_array().unwrap().len()).sum();
        assert!(records > 0, "{args:?}");
        let lines =
            text.lines().filter(|l| l.starts_with('{') && l.trim_end_matches(',').ends_with('}')).count();
        assert_eq!(lines, records, "{args:?}: a record a line");
    }
}

#[test]
fn export_fills_mentions_and_people_with_stable_ids() {
    let out = dateline(&["export"]);
    let export: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let first = &export["articles"][0]["mentions"][0];
    assert_eq!(first["person"], "mike-pompeo");
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64(), first["text"].as_str()),
        (Some(24), Some(35), Some("Mike Pompeo"))
    );
    let pompeo = &export["people"][0];
    assert_eq!(
        (pompeo["id"].as_str(), pompeo["articles"].as_u64(), pompeo["mentions"].as_u64()),
        (Some("mike-pompeo"), Some(3), Some(20))
    );
    let ids: Vec<&str> =
        export["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    let mentioned: std::collections::HashSet<&str> = export["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["mentions"].as_array().unwrap().iter().map(|m| m["person"].as_str().unwrap()))
        .collect();
    assert!(mentioned.iter().all(|id| ids.contains(id)), "every mention names a listed person");
}

#[test]
fn timeline_person_keeps_only_their_sentences_and_an_unknown_name_is_one_line() {
    let out = dateline(&["timeline", "--json", "--person", "Kim Jong Un"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let dated = json["dated"].as_array().unwrap();
    assert!(!dated.is_empty());
    assert!(dated.iter().all(|e| e["people"].as_array().unwrap().iter().any(|p| p == "Kim Jong Un")));
    let bad = dateline(&["timeline", "--person", "nobody"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(stderr(&bad).trim(), "dateline: no person matches `nobody`");
}

#[test]
fn completions_are_generated_for_each_shell_from_the_command_definitions() {
    for (shell, marker) in
        [("bash", "complete -F"), ("zsh", "#compdef dateline"), ("fish", "complete -c dateline")]
    {
        let out = dateline(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains(marker), "{shell}: {script}");
        // Every subcommand is offered.
        for sub in ["articles", "people", "timeline", "export"] {
            assert!(script.contains(sub), "{shell} lacks {sub}");
        }
    }
    let out = dateline(&["completions", "cmd.exe"]);
    assert_eq!(out.status.code(), Some(2), "an unknown shell is a usage error");
}

#[test]
fn man_prints_a_roff_page_with_the_options() {
    let out = dateline(&["man"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH dateline 1"), "{page}");
    assert!(page.contains("no\\-cache") && page.contains("timeline"), "{page}");
}

#[test]
fn config_prints_documented_defaults_that_a_config_file_can_start_from() {
    let out = dateline(&["config"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let table: toml::Table = text.parse().expect("valid TOML");
    assert_eq!(table["theme"].as_str(), Some("dark"));
    assert!(table["keys"]["quit"].is_array() && table["colours"]["mention"].is_str());
    // Saved as it is, it changes nothing and warns of nothing.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, &text).unwrap();
    let out = dateline(&["--config", file.to_str().unwrap(), "articles"]);
    assert!(out.status.success() && stderr(&out).is_empty(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 3, "the built-in sample");
}

#[test]
fn the_config_names_the_default_corpus_and_a_bad_line_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let seeds = fixtures("seeds");
    std::fs::write(&file, format!("corpus = [{:?}]\ntheme = \"sepia\"\n", seeds.to_str().unwrap())).unwrap();
    let out = dateline(&["--config", file.to_str().unwrap(), "articles"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("000_9378aa364a5b40e1"), "the seeds, not the sample");
    let err = stderr(&out);
    assert!(err.contains("config.toml:2: `theme`") && err.contains("using \"dark\""), "{err}");
    // A path on the command line wins over the config's corpus.
    let out = dateline(&[
        "--config",
        file.to_str().unwrap(),
        "articles",
        fixtures("seeds/000_9378aa364a5b40e1.txt").to_str().unwrap(),
    ]);
    assert_eq!(stdout(&out).lines().count(), 1);
}

#[test]
fn json_output_escapes_c1_controls_and_bidirectional_marks_and_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let title = "Bad \u{9b}31m \u{202e}reversed\u{2069} \u{200f}mark\u{2028}line";
    std::fs::write(
        dir.path().join("evil.json"),
        serde_json::json!({ "title": title, "text": "Body text here." }).to_string(),
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    for args in [vec!["export", path], vec!["articles", "--json", path], vec!["people", "--json", path]] {
        let out = dateline(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        let raw = text.chars().find(|&c| matches!(c, '\u{80}'..='\u{9f}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'));
        assert_eq!(raw, None, "{args:?}: {text:?}");
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        if args[0] == "export" {
            assert_eq!(json["articles"][0]["title"], title, "the data is unchanged");
        }
    }
}
