//! Property tests: arbitrary bytes and text through loading, extraction, indexing and export
//! (see `support/invariants.rs`). The fuzz target in `fuzz/` checks the same invariants for longer.

mod support;

use proptest::prelude::*;

/// Words and marks that steer the extractors into their rules: names, titles, dates, quotes,
/// front matter, JSON punctuation, controls and odd Unicode.
const PIECES: &[&str] = &[
    "Kim",
    "Jong",
    "Un",
    "Mr.",
    "President",
    "Zoë",
    "北朝鮮",
    "Путин",
    "محمد",
    "😀",
    "e\u{301}",
    "\u{202e}",
    "\u{1b}[31m",
    "\u{9b}",
    "\t",
    "\r\n",
    "\n\n",
    "\n",
    "—",
    "’s",
    "\"",
    "(",
    ")",
    ".",
    ",",
    ":",
    "---",
    "+++",
    "title:",
    "date:",
    "{",
    "}",
    "[",
    "]",
    "\"text\":",
    "June",
    "12",
    "2018",
    "Monday",
    "last",
    "week",
    "ago",
    "said",
    "U.S.",
    "al-",
    "van",
    "Jr.",
    "III",
    "O'Brien",
    "A.",
    "1990s",
    "'80s",
    "Q3",
    "mid-",
    "6:40",
    "p.m.",
    "2021-01-06",
    "3/14/2018",
    "the",
    "of",
    " ",
    "\u{0}",
    "\u{feff}",
];

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_load_or_are_a_problem_and_every_span_is_sound(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        support::invariants::check(&bytes);
    }

    #[test]
    fn any_text_is_extracted_with_sound_spans_and_valid_export(text in any::<String>()) {
        support::invariants::check(text.as_bytes());
    }

    #[test]
    fn news_like_text_is_extracted_with_sound_spans_and_valid_export(text in prose()) {
        support::invariants::check(text.as_bytes());
        support::invariants::check(format!("---\ntitle: T\ndate: 2018-05-30\n---\n{text}").as_bytes());
    }
}
