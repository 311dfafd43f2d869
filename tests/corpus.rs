//! Loading articles from disk: every format, the problems of bad input, ids and offsets.

use std::path::{Path, PathBuf};

use dateline::corpus::{Article, Corpus, ParagraphKind};

fn fixtures(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(sub)
}

fn formats() -> Corpus {
    Corpus::load(&[fixtures("formats")])
}

fn by_id<'a>(corpus: &'a Corpus, id: &str) -> &'a Article {
    corpus.articles.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("no article {id}"))
}

fn day(a: &Article) -> String {
    a.date.map(|d| d.to_string()).unwrap_or_default()
}

#[test]
fn plain_text_gets_a_derived_title_from_its_first_sentence() {
    let c = formats();
    let a = by_id(&c, "plain");
    assert_eq!(a.title, "The mayor of a small coastal town opened a new library on Saturday.");
    assert!(a.title_derived);
    assert_eq!((a.date, a.body_offset), (None, Some(0)));
}

#[test]
fn yaml_front_matter_fills_every_field() {
    let c = formats();
    let a = by_id(&c, "yaml-front-matter");
    assert_eq!(a.title, "Harbour bridge reopens after repairs");
    assert!(!a.title_derived);
    assert_eq!(day(a), "2021-03-04");
    assert_eq!(a.source.as_deref(), Some("The Coastal Times"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/bridge"));
    assert_eq!(a.authors, ["Ann Lee", "Bo Chen"]);
    assert_eq!(a.tags, ["transport", "repairs"]);
    assert_eq!(a.body, "The bridge reopened on Thursday after six months of work.\n");
}

#[test]
fn toml_front_matter_keeps_the_time_and_offset() {
    let c = formats();
    let a = by_id(&c, "toml-front-matter");
    assert_eq!((a.title.as_str(), a.source.as_deref()), ("Council approves the budget", Some("Gazette")));
    let date = a.date.unwrap();
    assert_eq!(date.to_string(), "2020-11-30");
    assert_eq!(date.time.unwrap().to_string(), "09:15:00");
    assert_eq!(date.utc_offset, Some(3600));
    assert_eq!(a.authors, ["Carla Diaz"]);
}

#[test]
fn front_matter_in_a_txt_file_and_feed_style_dates() {
    let c = formats();
    let a = by_id(&c, "front-matter");
    assert_eq!(a.title, "A text file with front matter");
    assert_eq!(day(a), "2018-05-31");
    assert_eq!(a.source.as_deref(), Some("Wire"));
    assert_eq!(a.body, "Text after the front matter.\n");
}

#[test]
fn web_clipper_keys_and_markdown_headings() {
    let c = formats();
    let a = by_id(&c, "clipper");
    assert_eq!((a.title.as_str(), day(a).as_str()), ("Clipped from the web", "2019-07-01"));
    assert_eq!(a.source.as_deref(), Some("news.example.com"));
    assert_eq!(a.url.as_deref(), Some("https://news.example.com/a"));
    assert_eq!(a.authors, ["Dee Ray", "Eli Fox"]);
    assert_eq!(a.tags, ["science", "space"]);
    assert_eq!(a.paragraphs()[0].kind, ParagraphKind::Heading);
}

#[test]
fn a_leading_date_in_the_file_name_dates_the_article() {
    let c = formats();
    assert_eq!(day(by_id(&c, "2018-06-12-dated-by-name")), "2018-06-12");
}

#[test]
fn json_arrays_use_record_ids_or_stem_and_number() {
    let c = formats();
    let first = by_id(&c, "wire-001");
    assert_eq!((first.title.as_str(), day(first).as_str()), ("First record", "2018-05-30"));
    assert_eq!(first.source.as_deref(), Some("wire.example"));
    assert_eq!(first.body_offset, None, "a decoded JSON string has no offset in the file");
    let second = by_id(&c, "records#2");
    assert_eq!(second.title, "Second record");
    assert_eq!(second.body, "Second  text,\nkept exactly.", "the body is not normalised");
    assert_eq!(day(second), "2018-05-31");
}

#[test]
fn a_single_json_object_is_one_article_named_after_the_file() {
    let c = formats();
    let a = by_id(&c, "single");
    assert_eq!((a.title.as_str(), day(a).as_str()), ("A single object", "2017-01-02"));
    assert_eq!(a.authors, ["Gil Han"]);
}

#[test]
fn jsonl_loads_good_lines_and_reports_bad_ones_by_line() {
    let c = formats();
    assert_eq!(day(by_id(&c, "feed#1")), "2018-05-30");
    let custom = by_id(&c, "custom");
    assert_eq!((custom.title.as_str(), custom.date), ("Line four", None));
    let feed: Vec<_> = c.problems.iter().filter(|p| p.path.ends_with("feed.jsonl")).collect();
    assert!(feed.iter().any(|p| p.line == Some(3) && p.message.contains("not valid JSON")), "{feed:?}");
    assert!(feed.iter().any(|p| p.line == Some(4) && p.message.contains("not a date")), "{feed:?}");
}

#[test]
fn json_records_without_text_or_not_objects_are_problems() {
    let c = formats();
    let records: Vec<_> = c.problems.iter().filter(|p| p.path.ends_with("records.json")).collect();
    assert!(records.iter().any(|p| p.message.contains("record 3 has no article text")), "{records:?}");
    assert!(
        records.iter().any(|p| p.message.contains("item 4 of the array is not an object")),
        "{records:?}"
    );
}

#[test]
fn body_offset_points_at_the_body_in_the_file() {
    let c = formats();
    let mut checked = 0;
    for a in c.articles.iter().filter(|a| a.body_offset.is_some()) {
        let bytes = std::fs::read(&a.path).unwrap();
        assert_eq!(&bytes[a.body_offset.unwrap()..], a.body.as_bytes(), "{}", a.id);
        checked += 1;
    }
    assert_eq!(checked, 6, "every text-format fixture has an offset");
}

#[test]
fn loading_is_deterministic_and_ids_are_stable() {
    let ids = |c: Corpus| c.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    let first = ids(formats());
    assert_eq!(first, ids(formats()));
    assert_eq!(
        first,
        [
            "2018-06-12-dated-by-name",
            "clipper",
            "feed#1",
            "custom",
            "front-matter",
            "plain",
            "wire-001",
            "records#2",
            "single",
            "toml-front-matter",
            "yaml-front-matter"
        ]
    );
}

#[test]
fn a_mixed_folder_loads_the_good_and_names_the_bad() {
    let c = Corpus::load(&[fixtures("mixed")]);
    let mut ids: Vec<_> = c.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["good", "latin1"], "hidden files are skipped");
    assert!(by_id(&c, "latin1").body.starts_with("Café owners in Montréal"));
    let said = |file: &str, what: &str| {
        c.problems.iter().any(|p| p.to_string().contains(file) && p.message.contains(what))
    };
    assert!(said("broken.json", "not valid JSON"), "{:?}", c.problems);
    assert!(said("picture.txt", "binary"), "{:?}", c.problems);
    assert!(said("latin1.txt", "not valid UTF-8"), "{:?}", c.problems);
    assert!(said("mixed", "notes.docx"), "{:?}", c.problems);
}

#[test]
fn missing_paths_and_unsupported_files_are_problems() {
    let c = Corpus::load(&[fixtures("nope"), fixtures("mixed/notes.docx"), fixtures("mixed/good.md")]);
    assert_eq!(c.articles.len(), 1);
    assert!(c.problems[0].message.contains("no such file or folder"));
    assert!(c.problems[1].message.contains("not an article file"));
}

#[test]
fn the_same_file_named_twice_loads_once() {
    let c = Corpus::load(&[fixtures("mixed/good.md"), fixtures("mixed")]);
    assert_eq!(c.articles.iter().filter(|a| a.id == "good").count(), 1);
}

#[test]
fn encodings_boms_and_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Séoul talks resumed.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(dir.path().join("utf16.txt"), utf16).unwrap();
    std::fs::write(dir.path().join("bom.md"), b"\xEF\xBB\xBF---\ntitle: T\n---\nBody.").unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let c = Corpus::load(&[dir.path().to_path_buf()]);
    assert_eq!(by_id(&c, "utf16").body, "Séoul talks resumed.");
    let bom = by_id(&c, "bom");
    assert_eq!((bom.title.as_str(), bom.body_offset), ("T", Some(3 + "---\ntitle: T\n---\n".len())));
    assert!(c.problems.iter().any(|p| p.path.ends_with("empty.txt")));
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_do_not_hang_or_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("a.txt"), "An article.").unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
    let c = Corpus::load(&[dir.path().to_path_buf()]);
    assert_eq!(c.articles.len(), 1);
    assert!(c.problems.iter().any(|p| p.message.contains("loop")), "{:?}", c.problems);
}

#[test]
fn malformed_front_matter_is_reported_and_the_body_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.md"), "---\ntitle: [oops\n---\nThe body survives.").unwrap();
    std::fs::write(dir.path().join("open.md"), "---\ntitle: never closed\nBody.").unwrap();
    let c = Corpus::load(&[dir.path().to_path_buf()]);
    assert_eq!(by_id(&c, "bad").body, "The body survives.");
    assert!(by_id(&c, "bad").title_derived);
    assert!(by_id(&c, "open").body.starts_with("---"), "nothing is lost");
    assert!(
        c.problems
            .iter()
            .any(|p| p.path.ends_with("bad.md") && p.message.contains("YAML") && p.line.is_some())
    );
    assert!(c.problems.iter().any(|p| p.path.ends_with("open.md") && p.message.contains("never closed")));
}

#[test]
fn a_title_with_an_unquoted_colon_is_read_as_its_line_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let block = "---\ntitle: Obituary: the printer who loved type\ndate: 2020-02-10\n---\nHe died.";
    std::fs::write(dir.path().join("colon.md"), block).unwrap();
    let c = Corpus::load(&[dir.path().to_path_buf()]);
    let a = by_id(&c, "colon");
    assert_eq!(a.title, "Obituary: the printer who loved type");
    assert_eq!(day(a), "2020-02-10");
    let problem = c.problems.iter().find(|p| p.path.ends_with("colon.md")).expect("reported");
    assert_eq!(problem.line, Some(2));
    assert!(problem.message.contains("read as one `key: value` per line"), "{}", problem.message);
}

#[test]
fn the_built_in_sample_is_the_seeds_with_their_dates() {
    let c = Corpus::sample();
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    let dates: Vec<_> = c.articles.iter().map(|a| (a.id.as_str(), day(a))).collect();
    assert_eq!(
        dates,
        [
            ("000_9378aa364a5b40e1", "2018-05-30".to_owned()),
            ("001_33ffa85b88d0bdff", "2018-05-31".to_owned()),
            ("002_9c00e3374ac1bb49", "2018-11-05".to_owned())
        ]
    );
    for a in &c.articles {
        let seed = std::fs::read_to_string(fixtures("seeds").join(format!("{}.txt", a.id))).unwrap();
        assert_eq!(a.body, seed, "{} body is byte-identical to its seed", a.id);
        assert!(!a.title_derived);
    }
}

#[test]
fn sample_paragraphs_separate_captions_credits_and_headings() {
    let c = Corpus::sample();
    let kinds = |a: &Article, kind| {
        a.paragraphs()
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| a.body[p.span].to_owned())
            .collect::<Vec<_>>()
    };
    let first = &c.articles[0];
    assert_eq!(
        kinds(first, ParagraphKind::Caption),
        [
            "(Mike Pompeo)",
            "(Kim Yong Chol leaves his hotel in New York for dinner with Mike Pompeo)",
            "(Kim Yong Chol, right, arrives at a hotel in New York)"
        ]
    );
    assert_eq!(kinds(first, ParagraphKind::Credit), ["[Getty/Kyodo]"]);
    let third = &c.articles[2];
    assert_eq!(kinds(third, ParagraphKind::Credit), ["/VCG Photo"]);
    assert_eq!(kinds(third, ParagraphKind::Heading), ["Little progress"]);
}

#[test]
fn json_values_of_the_wrong_type_are_one_clear_problem_each_not_a_guess() {
    let mut c = Corpus::default();
    let lines = "{\"title\":\"A\",\"text\":42}\n{\"title\":\"B\",\"text\":\"The mayor spoke on Friday.\"}\n{\"title\":7,\"body\":\"The council met.\"}\nnot json\n";
    c.add_file(Path::new("wire.jsonl"), dateline::corpus::Format::JsonLines, lines.as_bytes());
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["wire#2", "wire#3"], "the record whose text is a number is skipped");
    assert!(c.articles[1].title_derived, "a numeric title is not used");
    let said: Vec<String> =
        c.problems.iter().map(|p| format!("{}: {}", p.line.unwrap_or(0), p.message)).collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(said[0].starts_with("1: record 1: `text: 42` is a number, not article text"), "{said:?}");
    assert!(said[1].starts_with("3: record 3: `title: 7` is a number"), "{said:?}");
    assert!(said[2].starts_with("4: not valid JSON"), "in line order: {said:?}");
}
