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

/// Irregular past participles, for the perfect ("has come", "have risen").
const PARTICIPLES: &[&str] = &[
    "been", "come", "gone", "done", "seen", "made", "taken", "given", "become", "begun", "risen", "fallen",
    "grown", "known", "shown", "written", "won", "lost", "left", "met", "held", "told", "said", "sent",
    "spent", "kept", "brought", "bought", "sold", "paid", "led", "run", "struck", "fled", "fought", "hit",
    "put", "set",
];

/// Present forms of "be": the clause speaks of now.
const PRESENT: &[&str] = &["is", "are", "am"];

/// Words after which an `-ed` form is a passive or an infinitive, not a past tense.
const AUXILIARY: &[&str] = &["be", "been", "being", "to", "is", "are", "will", "would", "shall", "'ll"];

/// The tense of the clause around `at` (a byte range of `sentence`): the nearest cue before it
/// decides, else the nearest after it.
pub fn tense_at(sentence: &str, at: Range<usize>) -> Tense {
    let words = words(sentence);
    let split = words.partition_point(|w| w.start < at.start);
    let after_start = words.partition_point(|w| w.start < at.end);
    let word = |i: usize| &sentence[words[i].clone()];
    let preceding =
        |from: usize, to: usize| (from.max(to.saturating_sub(3))..to).map(word).collect::<Vec<_>>();
    for k in (0..split).rev() {
        if let Some(t) = cue(word(k), &preceding(0, k)) {
            return t;
        }
        // "The deadline is Tuesday": a present verb before it says the clause is about now, and
        // a verb of saying after it ("…, officials said") reports rather than places it.
        if is_one_of(word(k), PRESENT) {
            // "is to resume trading Tuesday": a plan.
            let planned = k + 1 < words.len() && word(k + 1).eq_ignore_ascii_case("to");
            return if planned { Tense::Future } else { Tense::Unknown };
        }
    }
    for k in after_start..words.len() {
        if let Some(t) = cue(word(k), &preceding(after_start, k)) {
            return t;
        }
    }
    Tense::Unknown
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn cue(word: &str, preceding: &[&str]) -> Option<Tense> {
    if is_one_of(word, FUTURE) {
        return Some(Tense::Future);
    }
    // "have come down", "has risen": a participle after a perfect auxiliary is the past.
    let perfect = preceding.last().is_some_and(|p| is_one_of(p, &["has", "have", "had", "'ve"]));
    if perfect && (is_one_of(word, PARTICIPLES) || word.ends_with("en") || word.ends_with("ed")) {
        return Some(Tense::Past);
    }
    let looks_past = is_one_of(word, PAST) || (word.len() > 4 && word.ends_with("ed"));
    if looks_past {
        if preceding.iter().any(|p| is_one_of(p, FUTURE) && !is_one_of(p, &["next", "until"])) {
            return Some(Tense::Future);
        }
        if preceding.last().is_some_and(|p| is_one_of(p, AUXILIARY)) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// Byte ranges of the words of `s`; an apostrophe inside a word keeps it whole ("won't"), and
/// a leading one stays ("'ll").
fn words(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let part = c.is_alphanumeric() || c == '\'';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                let w = &s[st..i];
                let trimmed = if w == "'ll" { w } else { w.trim_matches('\'') };
                if !trimmed.is_empty() {
                    let offset = st + (w.len() - w.trim_start_matches('\'').len()) * usize::from(w != "'ll");
                    out.push(offset..offset + trimmed.len());
                }
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
