//! Evidence: is a candidate a person? Each occurrence is weighed from its shape (a known given
//! name, initials, a family-name-first name) and its context (a title or role noun before, an
//! appositive or an age after, a verb of saying or a person's verb after, a relation, a citation),
//! against what says it is not (a company form, a place after "in", "the", common English words,
//! a headline's capitals). Then each name is decided once for the whole article from all its
//! occurrences (Mikheev 1999): a name shown to be a person anywhere is one everywhere, a name
//! shown with a company form anywhere is a company everywhere.

use std::collections::HashMap;
use std::ops::Range;

use super::roles;
use super::spotting::{Candidate, Spotted};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{Lex, class, syllables};
use crate::extract::tokens::{Kind, shape};

/// How an occurrence was weighed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Weight {
    pub score: i32,
    /// The context says "person" (a title, a role, a relation, an appositive, an age, a verb of
    /// saying), not only the shape of the name.
    pub context: bool,
    /// A company form follows ("Atlas Inc.").
    pub company: bool,
    /// A place named after a locative ("in Jackson").
    pub located: bool,
    /// The family name comes first ("Kim Jong Un").
    pub family_first: bool,
}

/// Prepositions after which a word that is also a place is read as the place.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "around",
    "via",
    "toward",
    "towards",
    "through",
    "of",
    "across",
    "throughout",
    "within",
];

/// Score from which an occurrence counts as a person.
pub const PERSON: i32 = 3;

/// The name words of a candidate: no particles, quotes or suffixes.
pub fn name_words(doc: &Doc, tokens: Range<usize>) -> Vec<usize> {
    tokens
        .filter(|&k| {
            let t = doc.tokens[k];
            t.kind == Kind::Word
                && !doc.lex(k).is(class::SUFFIX)
                && (t.has(shape::CAP) || t.has(shape::HYPHEN))
        })
        .collect()
}

/// The key a name is decided by: its words, lower case, hyphens as spaces, without suffixes and
/// nicknames.
pub fn key(doc: &Doc, tokens: Range<usize>) -> Vec<String> {
    let mut quoted = false;
    let mut out = Vec::new();
    for k in tokens {
        let text = doc.text(k);
        if matches!(text, "\"" | "\u{201c}" | "\u{201d}") {
            quoted = !quoted;
            continue;
        }
        if quoted || doc.tokens[k].kind != Kind::Word || doc.lex(k).is(class::SUFFIX) {
            continue;
        }
        out.extend(
            doc.lower(k).trim_end_matches('.').split('-').filter(|w| !w.is_empty()).map(str::to_owned),
        );
    }
    out
}

fn word(doc: &Doc, k: Option<usize>, sentence: &Range<usize>) -> String {
    k.filter(|k| sentence.contains(k)).map(|k| doc.lower(k).into_owned()).unwrap_or_default()
}

/// Weighs one occurrence.
pub fn weigh(doc: &Doc, c: &Candidate) -> Weight {
    let sentence = doc.sentences[c.sentence].tokens.clone();
    let words = name_words(doc, c.tokens.clone());
    let Some((&first, &last)) = words.first().zip(words.last()) else { return Weight::default() };
    let n = words.len();
    let lex: Vec<Lex> = words.iter().map(|&k| doc.lex(k)).collect();
    let before = c.tokens.start.checked_sub(1);
    let prev = word(doc, before, &sentence);
    let prev2 = word(doc, before.and_then(|b| b.checked_sub(1)), &sentence);
    let after = c.tokens.end;
    let next = word(doc, Some(after), &sentence);
    let next2 = word(doc, Some(after + 1), &sentence);
    let mut w = Weight::default();
    let mut score = 0;
    let mut context = |points: i32| {
        score += points;
        w.context = true;
    };

    // Context that says "person".
    let title_before = c.title.is_some()
        || c.role.is_some()
        || (before.is_some()
            && doc.lex(before.unwrap_or(0)).is(class::TITLE)
            && sentence.contains(&before.unwrap_or(0))
            && !doc.tokens[before.unwrap_or(0)].has(shape::CAP));
    if title_before {
        context(5);
    }
    let related = before.is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::RELATION))
        || (prev == ","
            && before
                .and_then(|b| b.checked_sub(1))
                .is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::RELATION)));
    if related {
        context(5);
    }
    if roles::appositive(doc, sentence.clone(), after).is_some() {
        context(4);
    }
    // "Jane Doe, 45, said": an age in apposition.
    let age = next == ","
        && doc.tokens.get(after + 1).is_some_and(|t| t.kind == Kind::Number && t.span.len() <= 3)
        && word(doc, Some(after + 2), &sentence) == ",";
    if age {
        context(5);
    }
    if next == "," && next2 == "who" {
        context(2);
    }
    let speaks = doc.lex(after).is(class::SPEECH) && sentence.contains(&after);
    let spoken_of = before.is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::SPEECH));
    let acts = sentence.contains(&after)
        && (doc.lex(after).is(class::PERSON_VERB)
            || ((next == "was" || next == "is") && doc.lex(after + 1).is(class::PERSON_VERB)));
    let born = next == "(" && next2 == "born";
    // "(Smith, 2010)", "Smith (2010)", "Smith et al.": an author cited.
    let year_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == Kind::Number && t.span.len() == 4);
    let cited = (next == "," && year_at(after + 1))
        || (next == "(" && year_at(after + 1))
        || (next == "et" && next2.starts_with("al"))
        || (matches!(prev.as_str(), "(" | ";" | "&") && year_at(after));
    // Weak shapes need stronger context than known names.
    let known = lex.iter().any(|l| l.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST));
    let common = lex.iter().all(|l| l.is(class::WORD) && !l.is(class::GIVEN));
    if speaks || spoken_of {
        context(if known || !common { 4 } else { 1 });
    }
    if acts {
        context(if known || !common { 3 } else { 1 });
    }
    if born {
        context(5);
    }
    if cited {
        context(4);
    }

    // The shape of the name.
    let initials = words.iter().any(|&k| doc.tokens[k].has(shape::INITIAL)) && n >= 2;
    let family_first = n >= 2
        && lex[0].is(class::FAMILY_FIRST)
        && words[1..].iter().all(|&k| syllables(doc.text(k)).is_some())
        && !(n == 2 && lex[1].is(class::FAMILY_FIRST) && lex[0].is(class::GIVEN));
    // Pinyin without a listed family name: "Xx Xxxxxx" of one and two syllables.
    let pinyin = n == 2
        && syllables(doc.text(first)) == Some(1)
        && syllables(doc.text(last)) == Some(2)
        && !doc.text(last).contains('-')
        && !lex[0].is(class::FUNCTION | class::GIVEN | class::WORD)
        && !lex[1].is(class::SURNAME | class::WORD);
    if family_first || pinyin {
        w.family_first = true;
        score += 3;
    }
    if n >= 2 {
        // Many given names are also towns ("Mary", "Florence"); only a common word weakens one.
        if lex[0].is(class::GIVEN) {
            score += if lex[0].is(class::WORD) { 2 } else { 3 };
        }
        let last_text = doc.lower(last);
        let double_barrelled = last_text.contains('-')
            && last_text.split('-').all(|p| crate::extract::lexicon::LEXICON.word(p).is(class::SURNAME));
        if lex[n - 1].is(class::SURNAME) || double_barrelled {
            score += 1;
        }
        if initials {
            score += 3;
        }
        if !lex.iter().any(|l| l.is(class::WORD | class::ORG_CUE)) {
            score += 1;
        }
    }

    // What says it is something else.
    let company = doc.lex(after).is(class::COMPANY) && sentence.contains(&after);
    if company {
        w.company = true;
        score -= 6;
    }
    let whole = doc.key(c.tokens.clone());
    let place = crate::extract::lexicon::LEXICON.any(&whole).is(class::PLACE);
    let locative = LOCATIVE.contains(&prev.as_str());
    if place && !title_before {
        score -= 4;
        if locative {
            w.located = true;
        }
    }
    if locative && n == 1 && !title_before {
        score -= 2;
    }
    // "an analyst at Morgan Stanley": a workplace.
    if prev == "at" && n >= 2 && !title_before {
        score -= 4;
    }
    if prev == "the" && (prev2 != "of" || n > 1) {
        score -= 3;
    }
    if n == 1 {
        let l = lex[0];
        if l.is(class::WORD) && !l.is(class::GIVEN | class::SURNAME) {
            score -= 3;
        } else if l.is(class::WORD) {
            score -= 1;
        }
        if doc.tokens[first].has(shape::CAPS) && !l.is(class::GIVEN | class::SURNAME) {
            score -= 4;
        }
        if c.opens_sentence {
            score -= 1;
        }
    } else if common {
        score -= 2;
    }
    if doc.sentences[c.sentence].title_case {
        score -= 2;
    }
    w.score = score;
    w
}

/// A decision for every candidate: whether it names a person, and the weights it was made from.
#[derive(Debug)]
pub struct Decided {
    pub person: Vec<bool>,
    pub weights: Vec<Weight>,
    /// Keys of candidates and the candidates holding them.
    pub keys: Vec<Vec<String>>,
}

/// Decides each name once for the article, then gives names listed beside people the benefit of
/// the doubt ("Ann Lee, Bo Chen and Tarek Haddad").
pub fn decide(doc: &Doc, spotted: &Spotted) -> Decided {
    let candidates = &spotted.candidates;
    let mut weights: Vec<Weight> = candidates.iter().map(|c| weigh(doc, c)).collect();
    let keys: Vec<Vec<String>> = candidates.iter().map(|c| key(doc, c.tokens.clone())).collect();
    // Names shown with a company form, in a candidate or in an organisation ("Atlas Motor Co.").
    let mut companies: std::collections::HashSet<Vec<String>> = std::collections::HashSet::new();
    for o in spotted.organisations.iter().filter(|o| o.company) {
        let words = key(doc, o.tokens.start..o.tokens.end - 1);
        for len in 1..=words.len() {
            companies.insert(words[..len].to_vec());
        }
    }
    for (k, w) in keys.iter().zip(&weights) {
        if w.company {
            companies.insert(k.clone());
        }
    }
    let mut person = decide_once(&keys, &weights, &companies);
    // "Tariq Mohammed" beside "Aisha Mohammed", "Leylah Brandt" beside "Brandt said": an unknown
    // word before the surname of someone the article names is that person's given name.
    let surnames: std::collections::HashSet<&str> = keys
        .iter()
        .zip(&person)
        .filter(|(_, p)| **p)
        .filter_map(|(k, _)| k.last().map(String::as_str))
        .collect();
    for (i, k) in keys.iter().enumerate() {
        if !person[i] && k.len() == 2 && surnames.contains(k[1].as_str()) && weights[i].score >= 0 {
            weights[i].score += 3;
        }
    }
    // Lists: a name coordinated with people is one too.
    for (i, c) in candidates.iter().enumerate() {
        if person[i] || weights[i].score < 0 {
            continue;
        }
        let listed = candidates.iter().enumerate().any(|(j, d)| {
            j != i && person[j] && d.sentence == c.sentence && coordinated(doc, &c.tokens, &d.tokens)
        });
        if listed && !weights[i].located && key_len(&keys[i]) >= 2 {
            weights[i].score += 3;
        }
    }
    person = decide_once(&keys, &weights, &companies);
    Decided { person, weights, keys }
}

fn key_len(k: &[String]) -> usize {
    k.len()
}

fn decide_once(
    keys: &[Vec<String>],
    weights: &[Weight],
    companies: &std::collections::HashSet<Vec<String>>,
) -> Vec<bool> {
    #[derive(Default)]
    struct Name {
        best: i32,
        context: bool,
        count: usize,
        titled: bool,
    }
    let mut names: HashMap<&[String], Name> = HashMap::new();
    for (k, w) in keys.iter().zip(weights) {
        let name = names.entry(k.as_slice()).or_default();
        name.best = name.best.max(w.score);
        name.count += 1;
        name.context |= w.context && w.score >= PERSON;
        name.titled |= w.context && w.score >= PERSON + 2;
    }
    keys.iter()
        .zip(weights)
        .map(|(k, w)| {
            let name = &names[k.as_slice()];
            // A company form anywhere makes the name a company, unless a title makes it a person.
            if companies.contains(k) && !name.titled {
                return false;
            }
            if w.located {
                return false;
            }
            name.context || name.best >= PERSON || (name.count >= 2 && name.best >= PERSON - 1)
        })
        .collect()
}

/// Whether two candidates of a sentence are listed together: only commas, "and", "&" or "or"
/// stand between them.
fn coordinated(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> bool {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    if second.start <= first.end || second.start - first.end > 3 {
        return false;
    }
    (first.end..second.start).all(|k| matches!(doc.text(k), "," | "and" | "&" | "or" | ";"))
}
