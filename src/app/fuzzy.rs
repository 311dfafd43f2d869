//! Fuzzy matching for the `/` filters: every space-separated word of the query must match, in any
//! order; the matched characters are returned so the view can highlight them.

use std::sync::LazyLock;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

static MATCHER: LazyLock<SkimMatcherV2> = LazyLock::new(|| SkimMatcherV2::default().ignore_case());

/// The character indices of `text` that match `query`, or `None` when some word does not match.
/// An empty query matches everything with nothing highlighted.
pub fn matches(text: &str, query: &str) -> Option<Vec<usize>> {
    let mut all = Vec::new();
    for word in query.split_whitespace() {
        let (_, indices) = MATCHER.fuzzy_indices(text, word)?;
        all.extend(indices);
    }
    all.sort_unstable();
    all.dedup();
    Some(all)
}

/// Byte ranges of every case-insensitive occurrence of `needle` in `haystack` (for searching a
/// body, where fuzzy hits would be noise).
pub fn occurrences(haystack: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let needle = needle.trim();
    if needle.is_empty() {
        return Vec::new();
    }
    let lower_hay = haystack.to_lowercase();
    let lower_needle = needle.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; only trust positions when it did not.
    if lower_hay.len() != haystack.len() {
        return Vec::new();
    }
    lower_hay.match_indices(&lower_needle).map(|(i, m)| i..i + m.len()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_must_match_in_any_order() {
        assert!(matches("Sarah Huckabee Sanders", "sanders sarah").is_some());
        assert!(matches("Sarah Huckabee Sanders", "sanders pompeo").is_none());
        assert_eq!(matches("Kim Jong Un", ""), Some(vec![]));
    }

    #[test]
    fn matched_characters_are_reported() {
        assert_eq!(matches("Kim Jong Un", "kim"), Some(vec![0, 1, 2]));
    }

    #[test]
    fn occurrences_are_case_insensitive_byte_ranges() {
        assert_eq!(occurrences("Kim met kim.", "KIM"), [0..3, 8..11]);
        assert!(occurrences("text", " ").is_empty());
    }
}
