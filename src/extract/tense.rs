//! Which way a sentence points in time around a word: enough tense reading to choose between last
//! Friday and next Friday, never a parser.

use std::ops::Range;

/// The time a clause points to, relative to when the article was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "won't",
    "wo",
    "going",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "expected",
    "expects",
    "expect",
    "due",
    "upcoming",
    "would",
    "hopes",
    "hope",
    "intends",
    "intend",
    "aims",
    "seeks",
    "tentatively",
    "set",
    "next",
    "until",
];

const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "met",
    "held",
    "told",
    "ago",
    "last",
    "went",
    "came",
    "took",
    "gave",
    "made",
    "saw",
    "spoke",
    "began",
    "left",
    "sent",
    "found",
    "got",
    "won",
    "lost",
    "struck",
    "fled",
    "fought",
    "ran",
    "rose",
    "fell",
    "wrote",
    "became",
    "brought",
    "thought",
    "paid",
    "sold",
    "chose",
    "knew",
    "led",
    "spent",
    "kept",
    "broke",
    "since",
    "earlier",
    "previously",
    "already",
];

/// Words after which an `-ed` form is a passive or an infinitive, not a past tense.
const AUXILIARY: &[&str] = &["be", "been", "being", "to", "is", "are", "will", "would", "shall", "'ll"];

/// The tense of the clause around `at` (a byte range of `sentence`): the nearest cue before it
/// decides, else the nearest after it.
pub fn tense_at(sentence: &str, at: Range<usize>) -> Tense {
    let words: Vec<(usize, String)> = words(sentence);
    let before: Vec<&(usize, String)> = words.iter().filter(|(i, _)| *i < at.start).collect();
    let after: Vec<&(usize, String)> = words.iter().filter(|(i, _)| *i >= at.end).collect();
    for (k, (_, w)) in before.iter().enumerate().rev() {
        let preceding: Vec<&str> = before[k.saturating_sub(3)..k].iter().map(|(_, w)| w.as_str()).collect();
        if let Some(t) = cue(w, &preceding) {
            return t;
        }
    }
    for (k, (_, w)) in after.iter().enumerate() {
        let preceding: Vec<&str> = after[k.saturating_sub(3)..k].iter().map(|(_, w)| w.as_str()).collect();
        if let Some(t) = cue(w, &preceding) {
            return t;
        }
    }
    Tense::Unknown
}

fn cue(word: &str, preceding: &[&str]) -> Option<Tense> {
    if FUTURE.contains(&word) {
        return Some(Tense::Future);
    }
    let looks_past = PAST.contains(&word) || (word.len() > 4 && word.ends_with("ed"));
    if looks_past {
        if preceding.iter().any(|p| FUTURE.contains(p) && *p != "next" && *p != "until") {
            return Some(Tense::Future);
        }
        if preceding.last().is_some_and(|p| AUXILIARY.contains(p)) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// Lower-cased words with their byte offsets; "n't" stays on its word ("won't").
fn words(s: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let part = c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                let w = s[st..i].trim_matches(['\'', '\u{2019}']).to_lowercase().replace('\u{2019}', "'");
                let w = if s[st..i].starts_with('\'') && w == "ll" { "'ll".to_owned() } else { w };
                out.push((st, w));
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(sentence: &str, word: &str) -> Tense {
        let at = sentence.find(word).unwrap();
        tense_at(sentence, at..at + word.len())
    }

    #[test]
    fn modal_future_and_simple_past() {
        assert_eq!(tense("He will travel to Washington on Friday.", "Friday"), Tense::Future);
        assert_eq!(tense("They followed a dinner meeting on Wednesday.", "Wednesday"), Tense::Past);
    }

    #[test]
    fn a_passive_after_will_is_future() {
        assert_eq!(tense("It will be followed by talks on Thursday.", "Thursday"), Tense::Future);
        assert_eq!(tense("He does not know if it will be confirmed on Friday.", "Friday"), Tense::Future);
    }

    #[test]
    fn the_verb_after_the_expression_decides_when_none_precedes() {
        assert_eq!(
            tense("In announcing the meeting on Sunday, Pompeo said he expected progress.", "Sunday"),
            Tense::Past
        );
        assert_eq!(tense("On Friday the team travels home.", "Friday"), Tense::Unknown);
    }
}
