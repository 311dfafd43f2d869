//! Segmentation of article text into sentences, as byte ranges.
//!
//! Pure functions over `&str`; nothing here allocates copies of the text. Both the corpus (derived
//! titles) and extraction (sentence spans) use it, so it must not depend on either.

use std::ops::Range;

/// Abbreviations whose trailing period does not end a sentence (compared without the period,
/// case-sensitively, on the word before it).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
    "Adm", "Sgt", "Cpl", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Insp", "No",
    "Nos", "vs", "etc", "approx", "Inc", "Ltd", "Co", "Cos", "Corp", "Bros", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs",
    "Fri", "Sat", "Sun", "Ave", "Blvd", "Rd", "Ft", "Pt", "e.g", "i.e", "v", "cf", "al", "Messrs", "Mmes",
];

/// Abbreviations that end a name or an address, and so may end a sentence too ("… of Vantor Inc.
/// The company …", "Ivo Lang Jr. He …").
const NAME_ENDINGS: &[&str] =
    &["Jr", "Sr", "Inc", "Ltd", "Co", "Cos", "Corp", "Bros", "etc", "Ave", "Blvd", "Rd", "al"];

/// Capitalised words that open a clause and are nobody's name: after an abbreviation and before a
/// word in lower case they start a new sentence ("… met Kavro Sen. They also met …"). Not "Her",
/// a surname too ("Mr. Her said").
const OPENERS: &[&str] = &[
    "The",
    "She",
    "It",
    "They",
    "We",
    "This",
    "These",
    "Those",
    "But",
    "However",
    "Its",
    "His",
    "Their",
    "Our",
    "There",
    "Then",
    "Meanwhile",
    "Also",
    "Yet",
    "When",
    "While",
    "After",
    "Before",
    "If",
];

/// Splits `text` into sentences. Every returned range is trimmed of surrounding white space and
/// non-empty; line breaks always end a sentence (news bodies keep one paragraph a line).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines(text) {
        split_line(text, line, &mut out);
    }
    out
}

/// The non-blank lines of `text`, as trimmed byte ranges.
pub fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').filter_map(move |raw| {
        let range = start..start + raw.len();
        start = range.end;
        let trimmed = trim_range(text, range);
        (!trimmed.is_empty()).then_some(trimmed)
    })
}

/// Shrinks `range` so it neither starts nor ends with white space.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    if start >= end { start..start } else { start..end }
}

fn split_line(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut start = line.start;
    let mut i = line.start;
    // Jump from terminator to terminator (memchr scans many bytes at a time).
    while let Some(at) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..line.end]) {
        i += at;
        let b = bytes[i];
        // Swallow a run of terminators and closing quotes or brackets: `."`, `?)`, `...`.
        let mut end = i + 1;
        while end < line.end && is_closer(text, end) {
            end += char_len(text, end);
        }
        if end < line.end
            && bytes[end].is_ascii_whitespace()
            && starts_sentence(text, end, line.end)
            && !(b == b'.'
                && is_abbreviation(text, line.start, i)
                && !opens_clause(text, line.start, i, end..line.end))
        {
            push_trimmed(text, start..end, out);
            start = end;
        }
        i = end;
    }
    push_trimmed(text, start..line.end, out);
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let trimmed = trim_range(text, range);
    if !trimmed.is_empty() {
        out.push(trimmed);
    }
}

fn char_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(1, char::len_utf8)
}

fn is_closer(text: &str, at: usize) -> bool {
    matches!(
        text[at..].chars().next(),
        Some('.' | '!' | '?' | '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}')
    )
}

/// After white space, does what follows look like the start of a sentence?
fn starts_sentence(text: &str, mut at: usize, end: usize) -> bool {
    while at < end && text.as_bytes()[at].is_ascii_whitespace() {
        at += 1;
    }
    text[at..end]
        .chars()
        .find(|c| !matches!(c, '"' | '\'' | '(' | '[' | '\u{201c}' | '\u{2018}'))
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The word that ends at the period `dot`.
fn word_before(text: &str, line_start: usize, dot: usize) -> &str {
    let before = &text[line_start..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\'' | '\u{201c}'))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    &before[word_start..]
}

/// Whether the words in `after` open a new clause after the abbreviation ending at `dot`: an
/// opener and a word in lower case ("Sen. They said"); "He" only after the end of a name ("Corp.
/// He said", not "Gen. He Tarvo" nor "Mr. He said").
fn opens_clause(text: &str, line_start: usize, dot: usize, after: Range<usize>) -> bool {
    let mut words = text[after].split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let name_end = NAME_ENDINGS.contains(&word_before(text, line_start, dot));
    let opener = OPENERS.contains(&first) || name_end && first == "He";
    opener && second.starts_with(|c: char| c.is_lowercase())
}

/// Is the word ending at the period `dot` an abbreviation, an initial or a dotted acronym?
fn is_abbreviation(text: &str, line_start: usize, dot: usize) -> bool {
    let word = word_before(text, line_start, dot);
    if word.is_empty() {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "U.S", "U.N", "a.m": letters separated by periods.
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
    single_initial || dotted || ABBREVIATIONS.contains(&word)
}

/// "1 article", "3 articles", "1 person", "2 people": a count and its noun, `many` unless one.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// `s` with each run of white space made one space and the ends trimmed; borrowed when it
/// already is ("Kim\nJong Un" → "Kim Jong Un").
pub fn squeeze(s: &str) -> std::borrow::Cow<'_, str> {
    let mut previous_space = true;
    let clean = s.chars().all(|c| {
        let ok = if c == ' ' { !previous_space } else { !c.is_whitespace() };
        previous_space = c == ' ';
        ok
    }) && !s.ends_with(' ');
    if clean {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// `s` made safe to print on a terminal: control characters become visible control pictures
/// (ESC shows as `␛`), C1 controls and bidirectional overrides become U+FFFD, tabs become spaces.
/// Escape sequences in article text therefore can never reach the terminal.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(needs_neutralising) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match c {
            '\t' => ' ',
            '\u{7f}' => '\u{2421}',
            c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            c if needs_neutralising(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// Controls (C0, DEL, C1), the bidirectional embeddings, overrides, isolates and marks (which
/// reorder what follows on the line), and the line and paragraph separators (which some
/// terminals take as new lines).
fn needs_neutralising(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// JSON text safe to print on a terminal: the characters [`printable`] neutralises (C1
/// controls, DEL, bidirectional controls, line separators), which JSON writers leave raw, are
/// written as `\uXXXX` escapes. JSON's own syntax is ASCII, so they only occur inside strings,
/// where the escape means the same character: the data is unchanged.
pub fn json_safe(json: &str) -> std::borrow::Cow<'_, str> {
    // C0 controls inside strings are escaped by the writer already; raw ones (new lines of
    // pretty output) are JSON's own white space and stay.
    let unsafe_char = |c: char| c >= ' ' && needs_neutralising(c);
    // Every such character starts with one of these bytes: most text has none, and is let through
    // after one pass over its bytes.
    let leads = |b: &u8| matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2);
    if !json.as_bytes().iter().any(leads) || !json.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn printable_neutralises_escapes_controls_and_bidi_overrides() {
        assert_eq!(printable("plain text"), "plain text");
        assert_eq!(printable("a\u{1b}[31mred\u{7}\tb"), "a\u{241b}[31mred\u{2407} b");
        assert_eq!(printable("x\u{9b}y\u{202e}z\n"), "x\u{fffd}y\u{fffd}z\u{240a}");
        assert_eq!(printable("a\u{200f}b\u{2028}c\u{61c}"), "a\u{fffd}b\u{fffd}c\u{fffd}");
    }

    #[test]
    fn json_safe_escapes_what_a_terminal_would_act_on_and_keeps_the_data() {
        let value = serde_json::json!({ "title": "a\u{9b}31mb\u{202e}c\u{7f}d\u{2028}e — é" });
        let raw = serde_json::to_string_pretty(&value).unwrap();
        let safe = json_safe(&raw);
        assert!(safe.chars().all(|c| c == '\n' || !needs_neutralising(c)), "{safe}");
        assert!(safe.contains("\\u009b") && safe.contains("\\u202e") && safe.contains("— é"), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn splits_on_terminal_punctuation_before_a_capital() {
        assert_eq!(split("He came. She left! Why? Yes."), ["He came.", "She left!", "Why?", "Yes."]);
    }

    #[test]
    fn abbreviations_initials_and_acronyms_do_not_end_a_sentence() {
        assert_eq!(
            split("U.S. Secretary Mr. Smith met J. K. Rowling at 3 p.m. Monday. Then he left."),
            ["U.S. Secretary Mr. Smith met J. K. Rowling at 3 p.m. Monday.", "Then he left."]
        );
        // Titles in the plural, as wire copy abbreviates them.
        let text = "It was signed by Sens. Ana Vell and Bo Tarrant and Reps. Ivo Lang and Dana Chapel.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn an_abbreviation_before_a_clause_opener_ends_a_sentence() {
        assert_eq!(
            split("He joined Vantor Inc. The firm grew. He met Kavro Sen. They spoke."),
            ["He joined Vantor Inc.", "The firm grew.", "He met Kavro Sen.", "They spoke."]
        );
        assert_eq!(split("He met Ivo Lang Jr. He was calm."), ["He met Ivo Lang Jr.", "He was calm."]);
        // A name after a title, even one spelt like a pronoun, stays in the sentence.
        for text in
            ["He met Gen. He Tarvo.", "Mr. He said so.", "Mr. Her said so.", "Sen. The Tarvel Act passed."]
        {
            assert_eq!(split(text), [text]);
        }
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(split("\"We agree.\" Then she said (so)."), ["\"We agree.\"", "Then she said (so)."]);
    }

    #[test]
    fn every_line_is_its_own_sentence_and_blank_lines_vanish() {
        assert_eq!(
            split("Little progress\n\n  But it went on.  \nEnd"),
            ["Little progress", "But it went on.", "End"]
        );
    }

    #[test]
    fn ellipsis_without_space_does_not_split() {
        assert_eq!(split("as well...So far, good."), ["as well...So far, good."]);
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(split("It cost 3.5 million. ok then."), ["It cost 3.5 million. ok then."]);
    }
}
