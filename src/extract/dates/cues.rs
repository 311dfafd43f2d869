//! Whether a word that can be a date is one here: a bare year needs a word that leads to a date
//! ("in 2010", not "2010 people" or "$2010"), a bare month one too ("in June", not "May I", not
//! "June Carter"), a season a preposition ("in the spring", not "prices fall"), and some vague
//! words their sense ("soon", not "as soon as").

use super::grammar::{Form, Match};
use crate::extract::calendar::Vagueness;
use crate::extract::doc::Doc;
use crate::extract::lexicon::{DETERMINERS, LEXICON, class};
use crate::extract::tokens::{Kind, shape};

const YEAR_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "between",
    "of",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "fiscal",
    "circa",
    "around",
    "the",
    "year",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "end",
    "beginning",
    "start",
    "middle",
    "as",
    "for",
    "around",
    "about",
    "c.",
    "ca.",
    "due",
    "into",
    "both",
];

const SEASON_CUES: &[&str] = &[
    "in",
    "during",
    "by",
    "until",
    "till",
    "since",
    "over",
    "through",
    "throughout",
    "into",
    "before",
    "after",
    "this",
    "that",
    "each",
    "every",
];

const MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "during",
    "before",
    "after",
    "between",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "that",
    "each",
    "every",
    "end",
    "beginning",
    "start",
    "middle",
    "until",
    "till",
    "through",
    "late-",
    "mid-",
    "early-",
    "on",
    "for",
    "around",
    "about",
    "beyond",
    "throughout",
];

/// Nouns that make a number before them a count, not a year ("2010 people").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "members",
    "troops",
    "soldiers",
    "votes",
    "times",
    "cases",
    "deaths",
    "units",
    "homes",
    "jobs",
    "workers",
    "students",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "yuan",
    "won",
    "rupees",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "feet",
    "tons",
    "tonnes",
    "points",
    "percent",
    "households",
    "residents",
    "children",
    "women",
    "men",
    "refugees",
    "staff",
    "employees",
    "vehicles",
    "cars",
    "shares",
    "barrels",
    "hectares",
    "acres",
    "square",
    "games",
    "goals",
    "runs",
    "yards",
    "seats",
    "beds",
];

/// Whether a match stands as a date expression.
pub fn stands(doc: &Doc, m: &Match) -> bool {
    let first = m.tokens.start;
    // "they sang at this march": a month in lower case is the noun or the verb.
    let lower_month = m.tokens.clone().any(|k| {
        doc.lex(k).is(class::MONTH) && doc.kind(k) == Some(Kind::Word) && !doc.tokens[k].has(shape::CAP)
    });
    if lower_month || programme(doc, m) {
        return false;
    }
    match m.form {
        Form::Year(_) if m.tokens.len() == 1 && doc.tokens[first].kind == Kind::Number => bare_year(doc, m),
        Form::Month { bare: true, .. } => bare_month(doc, m),
        Form::Season { relative: None, year: None, .. } => bare_season(doc, m),
        Form::Vague(v) => vague(doc, m, v),
        Form::Duration { .. } => !followed_by(doc, m, &["old"]) && !doc.is_word(m.tokens.end, "-"),
        Form::Holiday { .. } => true,
        // "scored twice in the second half": a half or a quarter of a match, not of the year.
        Form::Half { year: None, step: 0, .. } | Form::Quarter { year: None, step: 0, .. } => {
            !of_a_match(doc, m)
        }
        // "today's youth", "today's world": these times in general, no day.
        Form::Deictic { offset: 0, part: None } => {
            !(m.tokens.len() == 1
                && doc.is_word(first, "today")
                && doc.kind(m.tokens.end) == Some(Kind::Possessive)
                && GENERIC_NOW.iter().any(|w| doc.is_word(m.tokens.end + 1, w)))
        }
        _ => true,
    }
}

/// Words of a game's play: a half or a quarter in the same sentence is a period of the match.
const PLAY: &[&str] = &[
    "scored",
    "scores",
    "goals",
    "touchdown",
    "touchdowns",
    "halftime",
    "half-time",
    "equaliser",
    "equalizer",
    "penalty",
    "rebounds",
    "innings",
    "foul",
    "fouled",
    "referee",
    "booked",
    "stoppage",
];

fn of_a_match(doc: &Doc, m: &Match) -> bool {
    let sentence = &doc.sentences[doc.sentence_of(m.tokens.start)];
    sentence.tokens.clone().any(|k| PLAY.iter().any(|w| doc.is_word(k, w)))
}

/// What "today's" describes when it means these times rather than this day.
const GENERIC_NOW: &[&str] = &[
    "world",
    "youth",
    "society",
    "generation",
    "children",
    "kids",
    "teenagers",
    "young",
    "culture",
    "technology",
    "computers",
    "families",
    "parents",
    "consumers",
    "women",
    "men",
    "media",
    "economy",
];

/// A programme's or a paper's name that looks like a date: "the "This Week" show", "60 Minutes", "USA
/// Today" — words that are no names written with capitals mid-sentence.
fn programme(doc: &Doc, m: &Match) -> bool {
    let words = || m.tokens.clone().filter(|&k| doc.kind(k) == Some(Kind::Word));
    let plain_words = matches!(
        m.form,
        Form::Deictic { .. }
            | Form::Relative { .. }
            | Form::Duration { .. }
            | Form::PartOfToday { .. }
            | Form::Weekend
            | Form::Current { .. }
    );
    let sentence = &doc.sentences[doc.sentence_of(m.tokens.start)];
    let after_a_name = m.tokens.start > sentence.tokens.start
        && m.tokens
            .start
            .checked_sub(1)
            .is_some_and(|b| doc.tokens[b].is_capitalised() || doc.kind(b) == Some(Kind::Possessive));
    plain_words
        && !sentence.title_case
        && m.tokens.start > sentence.tokens.start
        && words().all(|k| doc.tokens[k].has(shape::CAP))
        && (words().count() >= 2 || after_a_name)
}

fn previous_word(doc: &Doc, m: &Match) -> Option<String> {
    let s = &doc.sentences[doc.sentence_of(m.tokens.start)];
    (s.tokens.start..m.tokens.start)
        .rev()
        .find(|&k| doc.tokens[k].kind != Kind::Punct || doc.text(k) == "$")
        .map(|k| doc.lower(k).into_owned())
}

fn next_word(doc: &Doc, m: &Match) -> Option<String> {
    let s = &doc.sentences[doc.sentence_of(m.tokens.start)];
    (m.tokens.end..s.tokens.end)
        .find(|&k| doc.tokens[k].kind == Kind::Word)
        .map(|k| doc.lower(k).into_owned())
}

fn followed_by(doc: &Doc, m: &Match, words: &[&str]) -> bool {
    let k = if doc.is_word(m.tokens.end, "-") { m.tokens.end + 1 } else { m.tokens.end };
    words.iter().any(|w| doc.is_word(k, w))
}

/// A bare year counts when a date word leads to it and no count noun follows it.
fn bare_year(doc: &Doc, m: &Match) -> bool {
    let i = m.tokens.start;
    let before = i.checked_sub(1);
    let money = before.is_some_and(|k| matches!(doc.text(k), "$" | "€" | "£" | "#"));
    let cue = previous_word(doc, m).is_some_and(|w| YEAR_CUES.contains(&w.as_str()) || w.ends_with("'s"))
        || before.is_some_and(|k| doc.tokens[k].kind == Kind::Possessive);
    let counted = next_word(doc, m).is_some_and(|w| COUNT_NOUNS.contains(&w.as_str()));
    // "its 2003 merger", "her bitter 2008 primary": a determiner, perhaps an adjective,
    // then the year and the noun it dates.
    let s = &doc.sentences[doc.sentence_of(i)].tokens;
    let word_at = |k: usize| s.contains(&k) && doc.kind(k) == Some(Kind::Word);
    let determiner = |k: usize| word_at(k) && DETERMINERS.iter().any(|d| doc.is_word(k, d));
    let modifies = word_at(m.tokens.end)
        && before.is_some_and(|b| {
            determiner(b)
                || word_at(b) && !doc.tokens[b].has(shape::CAP) && b.checked_sub(1).is_some_and(determiner)
        });
    // "in 2003, 2005 and 2009": the years of a list.
    let listed = before.is_some_and(|b| {
        doc.text(b) == ","
            && b.checked_sub(1).is_some_and(|y| {
                s.contains(&y) && doc.kind(y) == Some(Kind::Number) && doc.text(y).len() == 4
            })
    });
    let cue = cue || modifies || listed;
    // "3,500", "2010.5".
    let numeric = matches!(doc.text(m.tokens.end), "," | "." | "%")
        && doc.tokens.get(m.tokens.end + 1).is_some_and(|t| t.kind == Kind::Number && t.has(shape::JOINED));
    let in_number =
        before.is_some_and(|k| matches!(doc.text(k), "," | ".") && doc.tokens[i].has(shape::JOINED));
    // A sentence that starts with a year ("1999 was a hard year") needs no cue.
    let opens = doc.sentences[doc.sentence_of(i)].tokens.start == i && !counted;
    (cue || opens) && !counted && !money && !numeric && !in_number
}

/// A month named alone counts after a date word ("in June", "April and May"); "May" the name or
/// the verb does not.
fn bare_month(doc: &Doc, m: &Match) -> bool {
    let i = m.tokens.start;
    let Some(prev) = previous_word(doc, m) else { return false };
    let s = &doc.sentences[doc.sentence_of(i)];
    let month_nearby = (s.tokens.start..i).rev().take(4).skip(1).any(|k| doc.lex(k).is(class::MONTH));
    let is_may = doc.is_word(i, "may");
    let cue = match prev.as_str() {
        // "April and May", "from April to May"; a lone "to May" may be a person.
        "and" | "or" => month_nearby,
        "to" | "through" | "until" => month_nearby || !is_may,
        // "well into June"; "walked into May's office" is a person's.
        "into" => !is_may,
        // "the March deadline", "a June accord": a month that dates a noun.
        w if w == "the" || DETERMINERS.contains(&w) && !MONTH_CUES.contains(&w) => {
            !is_may
                && doc.kind(m.tokens.end) == Some(Kind::Word)
                && !doc.tokens[m.tokens.end].has(shape::CAP)
                && !doc.lex(m.tokens.end).is(class::FUNCTION | class::NUMBER)
        }
        w => MONTH_CUES.contains(&w),
    };
    // "June Carter": a capitalised word right after makes the month a given name.
    let next_capitalised = doc.tokens.get(m.tokens.end).is_some_and(|t| {
        t.kind == Kind::Word && t.has(shape::CAP) && m.tokens.end < s.tokens.end && !t.lex.is(class::MONTH)
    });
    // "in May I will" / "may be": the verb.
    let verb_after =
        is_may && next_word(doc, m).is_some_and(|w| matches!(w.as_str(), "be" | "have" | "not" | "i" | "we"));
    cue && !next_capitalised && !verb_after && doc.tokens[i].has(shape::CAP)
}

/// "in spring", "during the winter"; not "the fall of the wall" or "prices fall".
fn bare_season(doc: &Doc, m: &Match) -> bool {
    let i = m.tokens.start;
    let s = &doc.sentences[doc.sentence_of(i)];
    let before: Vec<String> = (s.tokens.start..i).rev().take(2).map(|k| doc.lower(k).into_owned()).collect();
    let preposition = if before.first().is_some_and(|w| w == "the") { before.get(1) } else { before.first() };
    let cue = preposition.is_some_and(|w| SEASON_CUES.contains(&w.as_str()));
    let of_something = doc.is_word(m.tokens.end, "of");
    let hyphen_after =
        doc.is_word(m.tokens.end, "-") && doc.tokens.get(m.tokens.end).is_some_and(|t| t.has(shape::JOINED));
    cue && !of_something && !hyphen_after
}

fn vague(doc: &Doc, m: &Match, v: Vagueness) -> bool {
    let i = m.tokens.start;
    let word = doc.lower(i);
    if doc.is_word(m.tokens.end, "-") && doc.tokens.get(m.tokens.end).is_some_and(|t| t.has(shape::JOINED)) {
        return false;
    }
    match (word.as_ref(), v) {
        // "as soon as", "soon after": a relation between events, not a time.
        // "were soon rescued", "that soon turned": soon after a past event, no time ahead of the
        // article.
        ("soon", _) => {
            let prev = previous_word(doc, m);
            let next = next_word(doc, m);
            let past = matches!(prev.as_deref(), Some("was" | "were" | "had"))
                || next.as_deref().is_some_and(|w| {
                    LEXICON.word(w).is(class::PAST_CUE) || w.len() > 4 && w.ends_with("ed") && w != "needed"
                });
            !(prev.as_deref() == Some("as")
                || past
                || matches!(
                    next.as_deref(),
                    Some("as" | "after" | "afterward" | "afterwards" | "thereafter")
                ))
        }
        // "previously", "formerly" order events more often than they place them.
        ("previously" | "formerly", _) => false,
        // Newswire annotation marks "current" and "recent" before a noun as present and past
        // references ("the current crisis", "a recent filing"); "future" alone is mostly a noun.
        ("future", _) => m.tokens.len() > 1,
        _ => true,
    }
}
