//! Which way a sentence points in time around a word: enough tense reading to choose between last
//! Friday and next Friday, never a parser.

use std::ops::Range;

use super::doc::Doc;
use super::lexicon::{DETERMINERS, class};
use super::tokens::{Kind, shape};

/// The time a clause points to, relative to when the article was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

pub const FUTURE: &[&str] = &[
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
    "slated",
    "poised",
    "soon",
    "next",
    "until",
];

pub const PAST: &[&str] = &[
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
pub const PARTICIPLES: &[&str] = &[
    "been", "come", "gone", "done", "seen", "made", "taken", "given", "become", "begun", "risen", "fallen",
    "grown", "known", "shown", "written", "won", "lost", "left", "met", "held", "told", "said", "sent",
    "spent", "kept", "brought", "bought", "sold", "paid", "led", "run", "struck", "fled", "fought", "hit",
    "put", "set",
];

/// Past verbs of intending: followed by "to", what they intend lies ahead.
const INTENTIONS: &[&str] = &[
    "planned",
    "intended",
    "hoped",
    "aimed",
    "promised",
    "vowed",
    "pledged",
    "agreed",
    "decided",
    "threatened",
    "wanted",
];

/// Present forms of verbs that name a scheduled event: news writes "the two meet Monday", "the
/// court convenes Tuesday" for what lies ahead.
pub const SCHEDULED: &[&str] = &[
    "meet", "meets", "travel", "travels", "visit", "visits", "arrive", "arrives", "begin", "begins",
    "resume", "resumes", "convene", "convenes", "depart", "departs", "face", "faces", "host", "hosts",
    "play", "plays", "starts", "opens", "ends", "closes",
];

/// Present forms of "be": the clause speaks of now.
pub const PRESENT: &[&str] = &["is", "are", "am"];

/// Perfect auxiliaries: a participle after one is the past ("have come down").
pub const PERFECT: &[&str] = &["has", "have", "had", "'ve"];

/// Words after which an `-ed` form is a passive or an infinitive, not a past tense.
pub const AUXILIARY: &[&str] = &["be", "been", "being", "to", "is", "are", "will", "would", "shall", "'ll"];

/// Words that open a clause of its own ("after a court rejected", "that he will").
pub const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "because", "while", "although", "though", "that", "which", "who", "once", "if",
];

/// The tense of the clause around tokens `at` of sentence tokens `sentence`: the nearest cue
/// before it decides, else the nearest after it.
pub fn tense_at(doc: &Doc, sentence: Range<usize>, at: Range<usize>) -> Tense {
    // A quotation mark bounds the clause: in "\"We rest until March,\" she said" the quotation
    // keeps its own tense, not the reporting verb's.
    let quote = |k: &usize| {
        doc.tokens[*k].kind == Kind::Punct && matches!(doc.text(*k), "\"" | "\u{201c}" | "\u{201d}" | "`")
    };
    let start = (sentence.start..at.start).rev().find(quote).map_or(sentence.start, |q| q + 1);
    let end = (at.end..sentence.end).find(quote).unwrap_or(sentence.end);
    let sentence = start..end;
    let word = |k: usize| doc.tokens[k].kind == Kind::Word;
    // The three words before token `k`, nearest last (on the stack: this runs for each word).
    let preceding = |from: usize, k: usize| -> ([usize; 3], usize) {
        let mut out = [0; 3];
        let mut n = 0;
        for p in (from..k).rev().filter(|&p| word(p)).take(3) {
            out[n] = p;
            n += 1;
        }
        out[..n].reverse();
        (out, n)
    };
    // "created an office, effective Feb. 1", "a new pact effective June 1": the day a change
    // takes effect lies ahead, unless the clause says it was or became effective then.
    // The two words before the expression, nearest first.
    let mut before = (sentence.start..at.start).rev().filter(|&k| word(k));
    let (prev, prev2) = (before.next(), before.next());
    if prev.is_some_and(|k| doc.is_word(k, "effective"))
        && !prev2.is_some_and(|k| {
            ["was", "were", "became", "become", "becomes", "been", "is", "are"]
                .iter()
                .any(|w| doc.is_word(k, w))
        })
    {
        return Tense::Future;
    }
    // "raised its second-quarter forecast", "the outlook for the fourth quarter": the verb's
    // tense tells when the forecast was made; what it is for lies ahead.
    const FORECASTS: &[&str] = &[
        "forecast",
        "forecasts",
        "outlook",
        "guidance",
        "target",
        "targets",
        "estimate",
        "estimates",
        "projection",
        "projections",
    ];
    let forecast = |k: usize| word(k) && FORECASTS.iter().any(|w| doc.is_word(k, w));
    let for_forecast = prev.is_some_and(|k| doc.is_word(k, "for")) && prev2.is_some_and(forecast);
    if at.end < sentence.end && forecast(at.end) || for_forecast {
        return Tense::Future;
    }
    // "until", "next" point ahead only when nothing else in the clause says when: "Until
    // Thursday, they had not called him a suspect" is the past.
    let weak = |k: usize| doc.is_word(k, "until") || doc.is_word(k, "next");
    let mut ahead = false;
    // "…could take until the autumn, a spokesman for the ministry said.": a reporting clause
    // that ends the sentence tells when it was said, not when the autumn is.
    let reports = |k: usize| doc.lex(k).is(class::SPEECH) && !(k + 1..sentence.end).any(word);
    // "see the first cut in March, a month later than they did": a comparison's verb is its own.
    let compared = (at.end..sentence.end).find(|&k| doc.is_word(k, "than")).unwrap_or(sentence.end);
    let after = || {
        (at.end..compared).filter(|&k| word(k) && !weak(k) && may_cue(doc, k) && !reports(k)).find_map(|k| {
            let (words, n) = preceding(at.end, k);
            cue(doc, k, &words[..n])
        })
    };
    for k in (sentence.start..at.start).rev().filter(|&k| word(k)) {
        if weak(k) {
            ahead = true;
            continue;
        }
        if may_cue(doc, k) {
            let (words, n) = preceding(sentence.start, k);
            if let Some(t) = cue(doc, k, &words[..n]) {
                return if t == Tense::Past && requested(doc, k, at.start) { Tense::Future } else { t };
            }
        }
        // "will stay in jail after a court on Thursday rejected his plea": a clause opened
        // between the cue and the expression has its own verb, after the expression.
        let opens_clause = doc.lex(k).is(class::SUBORDINATOR) && (k + 1..at.start).any(word);
        if opens_clause && let Some(t) = after() {
            return t;
        }
        // "The deadline is Tuesday": a present verb before it says the clause is about now, and
        // a verb of saying after it ("…, officials said") reports rather than places it.
        if doc.lex(k).is(class::PRESENT_BE) {
            // "is to resume trading Tuesday": a plan.
            let planned = (k + 1..at.start).find(|&p| word(p)).is_some_and(|p| doc.is_word(p, "to"));
            return if planned { Tense::Future } else { Tense::Unknown };
        }
    }
    after().unwrap_or(if ahead { Tense::Future } else { Tense::Unknown })
}

/// Past verbs of asking someone to act: "asked the agency to report by June".
const REQUESTS: &[&str] =
    &["asked", "urged", "ordered", "told", "instructed", "invited", "directed", "requested", "called"];

/// Whether word `k` is a past request whose infinitive stands before token `at`: what was asked
/// for lies ahead ("had asked the agency to check every hospital by the end of June").
fn requested(doc: &Doc, k: usize, at: usize) -> bool {
    REQUESTS.iter().any(|w| doc.is_word(k, w))
        && (k + 1..at)
            .any(|p| doc.is_word(p, "to") && doc.tokens.get(p + 1).is_some_and(|t| !t.has(shape::CAP)))
}

/// "the plan", "their hopes": a noun of intent after a determiner names a thing, not a plan.
fn planned_thing(doc: &Doc, k: usize) -> bool {
    let noun = ["plan", "plans", "hope", "hopes", "aims"].iter().any(|w| doc.is_word(k, w));
    let determined = (0..k).rev().find(|&p| doc.tokens[p].kind == Kind::Word);
    noun && determined.is_some_and(|p| DETERMINERS.iter().any(|w| doc.is_word(p, w)))
}

/// Whether word `k` can be a cue at all: [`cue`] is `None` for every other word, and most words
/// are none, so this spares looking at the words before them.
fn may_cue(doc: &Doc, k: usize) -> bool {
    if named_will(doc, k) {
        return false;
    }
    let cues = class::FUTURE_CUE | class::PAST_CUE | class::PARTICIPLE | class::SCHEDULED;
    doc.lex(k).is(cues) || {
        let text = doc.lower(k);
        text.ends_with("ed") || text.ends_with("en") || text.ends_with("'ll") || text == "set"
    }
}

/// "Will Grant scored on Saturday": a capitalised "Will" before a capitalised word is a name, not
/// the modal.
fn named_will(doc: &Doc, k: usize) -> bool {
    let capitalised = |p: usize| doc.tokens.get(p).is_some_and(|t| t.has(shape::CAP));
    doc.is_word(k, "will") && capitalised(k) && capitalised(k + 1) && !doc.is_word(k + 1, "i")
}

/// Whether word `k` points ahead on its own ("will", "plans"), other than as a name.
fn future_cue(doc: &Doc, k: usize) -> bool {
    doc.lex(k).is(class::FUTURE_CUE) && !named_will(doc, k)
}

/// The tense word `k` says, given the words before it; callers pass only words that
/// [`may_cue`].
fn cue(doc: &Doc, k: usize, preceding: &[usize]) -> Option<Tense> {
    let lex = doc.lex(k);
    let text = doc.lower(k);
    // "had been scheduled to close Friday": a plan in the past perfect is over.
    if lex.is(class::FUTURE_CUE) && preceding.iter().any(|&p| doc.is_word(p, "had")) {
        return Some(Tense::Past);
    }
    // "would arrive Tuesday and last into Wednesday": "last" before "into" or "until" is the verb
    // "to last", whose tense the words before it tell.
    let next_word = || (k + 1..doc.tokens.len()).find(|&p| doc.tokens[p].kind == Kind::Word);
    let lasts = |p: usize| {
        ["into", "until", "till", "through", "throughout", "beyond"].iter().any(|w| doc.is_word(p, w))
    };
    if text == "last" && next_word().is_some_and(lasts) {
        return None;
    }
    // "announced the plan Aug. 21": after a determiner, "plan" or "hope" is a thing, not a plan.
    if planned_thing(doc, k) {
        return None;
    }
    // "set to resume Monday".
    let set_to = text == "set" && doc.is_word(k + 1, "to");
    if lex.is(class::FUTURE_CUE) || text.ends_with("'ll") || set_to {
        return Some(Tense::Future);
    }
    // "The two meet Monday", not "they did not meet Monday" nor "the chance to meet"; "the
    // play on Friday" is a noun.
    if lex.is(class::SCHEDULED) {
        let past = |p: &usize| {
            ["did", "didn't", "had", "could", "couldn't", "to"].iter().any(|w| doc.is_word(*p, w))
        };
        // "face", "host" and "play" are nouns too ("face amount"): as verbs they take an
        // object ("face Ajax", "host a summit").
        let determiner = |p: usize| DETERMINERS.iter().any(|w| doc.is_word(p, w));
        let object = || {
            let next = (k + 1..doc.tokens.len()).find(|&p| doc.tokens[p].kind == Kind::Word);
            next.is_some_and(|p| doc.tokens[p].has(shape::CAP) || determiner(p))
        };
        let also_noun = ["face", "faces", "host", "hosts", "play", "plays"].contains(&text.as_ref());
        let noun = preceding.last().is_some_and(|&p| determiner(p)) || also_noun && !object();
        return if noun || preceding.iter().any(past) { None } else { Some(Tense::Future) };
    }
    // "have come down", "has risen": a participle after a perfect auxiliary is the past.
    let perfect = preceding.last().is_some_and(|&p| doc.lex(p).is(class::PERFECT));
    if perfect && (lex.is(class::PARTICIPLE) || text.ends_with("en") || text.ends_with("ed")) {
        return Some(Tense::Past);
    }
    // "-ed" says past only of a verb: not of a name ("United States") or an adjective after a
    // determiner ("a still unspecified date", "the planned merger").
    // Not "that": "storms that flooded farms" is a relative clause.
    let adjective = preceding.last().is_some_and(|&p| {
        DETERMINERS.iter().chain(&["still", "newly", "very"]).any(|w| doc.is_word(p, w))
            && !doc.is_word(p, "that")
    });
    let verb_shape = text.len() > 4
        && text.ends_with("ed")
        && !doc.tokens[k].has(crate::extract::tokens::shape::CAP)
        && !adjective
        && !text.starts_with("un");
    let looks_past = lex.is(class::PAST_CUE) || verb_shape;
    // An intention reported in the past still points ahead: "planned to leave on Thursday",
    // "were planning to drive Saturday", "was expected to vote Monday". Before "to" it is a
    // verb whatever stands before it ("still hoped to fly").
    let intends = INTENTIONS.contains(&text.as_ref()) && next_word().is_some_and(|p| doc.is_word(p, "to"));
    if !looks_past && !intends {
        return None;
    }
    let next_word = next_word();
    // "planned a rally for Saturday": what was planned lies ahead too.
    let object =
        |p: usize| ["a", "an", "the", "their", "its", "his", "her"].iter().any(|w| doc.is_word(p, w));
    let intends = intends || text == "planned" && next_word.is_some_and(object);
    let then_plan = lex.is(class::PAST_CUE)
        && next_word
            .is_some_and(|p| future_cue(doc, p) && !doc.is_word(p, "next") && !doc.is_word(p, "until"));
    if intends || then_plan {
        return Some(Tense::Future);
    }
    // "The plan was set in March": the plan is a thing, and "was" the verb.
    let planned = preceding.iter().any(|&p| {
        future_cue(doc, p) && !doc.is_word(p, "next") && !doc.is_word(p, "until") && !planned_thing(doc, p)
    });
    if planned {
        return Some(Tense::Future);
    }
    if preceding.last().is_some_and(|&p| doc.lex(p).is(class::AUXILIARY)) {
        return None;
    }
    Some(Tense::Past)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(sentence: &str, word: &str) -> Tense {
        let doc = Doc::new(sentence, &crate::corpus::paragraphs(sentence), None);
        let at = (0..doc.tokens.len()).find(|&k| doc.text(k) == word).unwrap();
        tense_at(&doc, 0..doc.tokens.len(), at..at + 1)
    }

    #[test]
    fn a_plan_named_is_no_cue_and_a_change_takes_effect_ahead() {
        assert_eq!(tense("The bank announced the plan August 21.", "August"), Tense::Past);
        assert_eq!(tense("The plan was approved in March.", "March"), Tense::Past);
        assert_eq!(tense("The bank plans to vote on Monday.", "Monday"), Tense::Future);
        assert_eq!(tense("The bank created a new office, effective February 1.", "February"), Tense::Future);
        assert_eq!(tense("The rule became effective June 1.", "June"), Tense::Past);
    }

    #[test]
    fn an_intention_before_to_is_a_verb_whatever_stands_before_it() {
        let body = "She said the agency still hoped to fly its crew in the fall.";
        assert_eq!(tense(body, "fall"), Tense::Future);
        assert_eq!(tense("She said the agency still planned to fly in the fall.", "fall"), Tense::Future);
    }

    #[test]
    fn what_a_past_request_asks_for_lies_ahead() {
        let body = "She had asked the agency to check every hospital by the end of June.";
        assert_eq!(tense(body, "June"), Tense::Future);
        assert_eq!(tense("The judge ordered him to leave the country in May.", "May"), Tense::Future);
        // The request itself, or a place it was sent to, is the past.
        assert_eq!(tense("She asked the agency in June.", "June"), Tense::Past);
        assert_eq!(tense("She invited them to Lisbon in June.", "June"), Tense::Past);
        assert_eq!(tense("She went to see the minister in June.", "June"), Tense::Past);
        assert_eq!(tense("He told them he went to Lisbon in June.", "June"), Tense::Past);
    }

    #[test]
    fn a_comparison_after_the_expression_keeps_its_verb() {
        let body = "Traders now see the first cut in March, a month later than they did.";
        assert_eq!(tense(body, "March"), Tense::Unknown);
        assert_eq!(tense("The first cut came in March, as they did.", "March"), Tense::Past);
    }

    #[test]
    fn a_quotation_keeps_its_own_tense_not_the_reporting_verbs() {
        assert_eq!(tense("\"We rest until March,\" she said.", "March"), Tense::Future);
        assert_eq!(tense("She said: \u{201c}We rest until March.\u{201d}", "March"), Tense::Future);
        assert_eq!(tense("\"It was over by March,\" she says.", "March"), Tense::Past);
        assert_eq!(tense("She rested until March.", "March"), Tense::Past);
    }

    #[test]
    fn a_reporting_clause_that_ends_the_sentence_places_nothing() {
        let body = "A ruling on that could take until the autumn, a spokesman for the ministry said.";
        assert_eq!(tense(body, "autumn"), Tense::Future);
        // Words after the verb of saying make it the clause's own verb.
        assert_eq!(tense("Until the autumn, the ministry said, it was shut.", "autumn"), Tense::Past);
        assert_eq!(tense("The vote on Tuesday, the ministry said on Friday.", "Tuesday"), Tense::Past);
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
    fn names_and_adjectives_ending_in_ed_are_no_past_tense() {
        assert_eq!(
            tense("He would be sailing to the United Kingdom on Thursday.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            tense("The bonus will be paid on an as yet undecided day in January.", "January"),
            Tense::Future
        );
    }

    #[test]
    fn a_plan_in_the_past_perfect_is_over_and_until_yields_to_other_cues() {
        assert_eq!(tense("The sale had been scheduled to close Friday.", "Friday"), Tense::Past);
        assert_eq!(tense("Until Thursday, the club had signed nobody.", "Thursday"), Tense::Past);
        assert_eq!(tense("The shop stays open until Friday.", "Friday"), Tense::Future);
        assert_eq!(tense("The hearings are set to reopen Monday in Lisbon.", "Monday"), Tense::Future);
    }

    #[test]
    fn the_verb_after_the_expression_decides_when_none_precedes() {
        assert_eq!(
            tense("In announcing the meeting on Sunday, Pompeo said he expected progress.", "Sunday"),
            Tense::Past
        );
        assert_eq!(tense("On Friday the team rests.", "Friday"), Tense::Unknown);
    }

    #[test]
    fn a_clause_opened_after_the_cue_takes_its_own_verb() {
        assert_eq!(
            tense("Okonjo will stay in custody after a judge on Thursday refused bail.", "Thursday"),
            Tense::Past
        );
        assert_eq!(tense("The mayor said that on Friday the council will vote.", "Friday"), Tense::Future);
        assert_eq!(tense("The mayor will leave after Friday.", "Friday"), Tense::Future);
    }

    #[test]
    fn a_scheduled_event_in_the_present_lies_ahead() {
        assert_eq!(tense("The two chess clubs meet again Monday in the hall.", "Monday"), Tense::Future);
        assert_eq!(tense("The council convenes Tuesday.", "Tuesday"), Tense::Future);
        assert_eq!(tense("On Friday the team travels home.", "Friday"), Tense::Future);
        assert_eq!(tense("The two leaders did not meet Monday.", "Monday"), Tense::Past);
        assert_eq!(tense("The next season starts in August.", "August"), Tense::Future);
        assert_eq!(tense("The show closes on Sunday.", "Sunday"), Tense::Future);
    }

    #[test]
    fn a_match_or_a_hearing_faced_in_the_present_lies_ahead_but_a_face_amount_does_not() {
        assert_eq!(tense("Rovers face Ajax on Thursday in the cup.", "Thursday"), Tense::Future);
        assert_eq!(tense("The city hosts a summit on Friday.", "Friday"), Tense::Future);
        let notes = "The fund said that on Thursday 300 notes of $5 million face amount had been sold.";
        assert_eq!(tense(notes, "Thursday"), Tense::Past);
    }

    #[test]
    fn a_capitalised_will_before_a_name_is_the_name_not_the_modal() {
        let goals = "Goals from Ivo Marsh and Will Tarvel gave Rovers a win on Saturday.";
        assert_eq!(tense(goals, "Saturday"), Tense::Past);
        assert_eq!(tense("On Saturday, Will Tarvel scored twice.", "Saturday"), Tense::Past);
        assert_eq!(tense("Will you come on Friday?", "Friday"), Tense::Future);
    }

    #[test]
    fn last_before_into_or_until_is_the_verb_and_takes_the_tense_before_it() {
        let rain = "Forecasters said the rain would arrive on Tuesday and last into Wednesday.";
        assert_eq!(tense(rain, "Wednesday"), Tense::Future);
        assert_eq!(tense("The talks will last until Friday.", "Friday"), Tense::Future);
        assert_eq!(tense("The two last met on Friday.", "Friday"), Tense::Past);
    }

    #[test]
    fn what_was_planned_lies_ahead() {
        assert_eq!(tense("Farmers planned a tractor parade on Saturday.", "Saturday"), Tense::Future);
        assert_eq!(tense("Farmers staged a tractor parade on Saturday.", "Saturday"), Tense::Past);
    }

    #[test]
    fn an_ed_verb_after_that_is_a_relative_clause_in_the_past() {
        assert_eq!(
            tense("She is a witness to storms that flooded farms in November.", "November"),
            Tense::Past
        );
        assert_eq!(tense("He is a suspect in the planned attack in November.", "November"), Tense::Unknown);
    }
}
