//! Fuzzy matching for the `/` filters: every space-separated word of the query must match, in any
//! order; the matched characters are returned so the view can highlight them.

use std::sync::LazyLock;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

static MATCHER: LazyLock<SkimMatcherV2> = LazyLock::new(|| SkimMatcherV2::default().ignore_case());

/// Beyond this many characters a text is prose, where scattered letters match almost anything:
/// there each word must appear as written (in any case).
const FUZZY_UP_TO: usize = 80;

fn is_prose(text: &str) -> bool {
    text.chars().count() > FUZZY_UP_TO
}

/// The character indices of `text` that match `query`, or `None` when some word does not match.
/// An empty query matches everything with nothing highlighted.
pub fn matches(text: &str, query: &str) -> Option<Vec<usize>> {
    let long = is_prose(text);
    let mut all = Vec::new();
    for word in query.split_whitespace() {
        if long {
            all.extend(substring_chars(text, word)?);
        } else {
            let (_, indices) = MATCHER.fuzzy_indices(text, word)?;
            all.extend(indices);
        }
    }
    all.sort_unstable();
    all.dedup();
    Some(all)
}

/// Whether every word of `query` matches `text`, as [`matches`] decides, without working out
/// which characters (filtering many rows).
pub fn is_match(text: &str, query: &str) -> bool {
    let long = is_prose(text);
    query.split_whitespace().all(|word| {
        if !long {
            MATCHER.fuzzy_match(text, word).is_some()
        } else if word.is_ascii() {
            // An ASCII word only ever matches ASCII bytes, whatever else the text holds.
            let needle = word.as_bytes();
            text.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
        } else {
            substring_chars(text, word).is_some()
        }
    })
}

/// How well `word` matches `text`, higher being better, or `None`: prose (see [`matches`])
/// needs the word as written, which then scores as a match of every letter in a row.
pub fn score(text: &str, word: &str) -> Option<i64> {
    if is_prose(text) {
        substring_chars(text, word)?;
        MATCHER.fuzzy_match(word, word)
    } else {
        MATCHER.fuzzy_match(text, word)
    }
}

/// The character indices of the first case-insensitive occurrence of `word` in `text`.
fn substring_chars(text: &str, word: &str) -> Option<Vec<usize>> {
    let lower: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let needle: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    // Lower-casing that changes the number of characters would shift indices: match exactly then.
    let (hay, needle) = if lower.len() == text.chars().count() {
        (lower, needle)
    } else {
        (text.chars().collect(), word.chars().collect())
    };
    let at = hay.windows(needle.len().max(1)).position(|w| w == needle.as_slice())?;
    Some((at..at + needle.len()).collect())
}

/// Byte ranges of every case-insensitive occurrence of `needle` in `haystack` (for searching a
/// body, where fuzzy hits would be noise).
pub fn occurrences(haystack: &str, needle: &str) -> Vec<crate::span::Span> {
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
    lower_hay.match_indices(&lower_needle).map(|(i, m)| crate::span::Span::new(i, i + m.len())).collect()
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
    fn long_texts_need_each_word_as_written() {
        let sentence = "Kim held two meetings with Xi in March and May in China and two others with South Korea's president.";
        assert!(matches(sentence, "xi march").is_some());
        assert!(matches(sentence, "kmh").is_none(), "no scattered letters in prose");
        assert_eq!(matches(sentence, "held"), Some(vec![4, 5, 6, 7]));
    }

    #[test]
    fn letters_in_a_row_score_above_scattered_ones() {
        let (together, scattered) = (score("Payments were due", "pay"), score("Pompeo and Yun", "pay"));
        assert!(together.unwrap() > scattered.unwrap());
        assert_eq!(score("Kim Jong Un", "xi"), None);
    }

    #[test]
    fn is_match_agrees_with_matches() {
        let long =
            "Kim held two meetings with Xi in March and May in China and two others with Ümit's president.";
        for text in ["Sarah Huckabee Sanders", "Kim Jong Un", long] {
            for query in ["sanders sarah", "kmh", "xi march", "ümit", "ÜMIT", "held", "", "zz"] {
                assert_eq!(is_match(text, query), matches(text, query).is_some(), "{text:?} {query:?}");
            }
        }
    }

    #[test]
    fn matched_characters_are_reported() {
        assert_eq!(matches("Kim Jong Un", "kim"), Some(vec![0, 1, 2]));
    }

    #[test]
    fn occurrences_are_case_insensitive_byte_ranges() {
        let ranges: Vec<_> = occurrences("Kim met kim.", "KIM").into_iter().map(|s| s.range()).collect();
        assert_eq!(ranges, [0..3, 8..11]);
        assert!(occurrences("text", " ").is_empty());
    }
}
