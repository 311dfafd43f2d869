//! Evidence: is a candidate a person? Each occurrence is weighed from its shape (a known given
//! name, initials, a family-name-first name) and its context (a title or role noun before, an
//! appositive or an age after, a verb of saying or a person's verb after, a relation, a citation),
//! against what says it is not (a company form, a place after "in", "the", common English words,
//! a headline's capitals). Then each name is decided once for the whole article from all its
//! occurrences (Mikheev 1999): a name shown to be a person anywhere is one everywhere, a name
//! shown with a company form anywhere is a company everywhere.
//!
//! [`person`] reads the context that says "person", [`form`] the shape of the name, [`against`]
//! what says it is something else; [`decide`] makes the article's decisions from the weights.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use smallvec::SmallVec;

mod against;
mod decide;
mod form;
mod person;

pub use decide::{Decided, decide};

use super::model::{Feature, Feature as F, Features, Model};
use super::spotting::Candidate;
use crate::extract::doc::Doc;
use crate::extract::lexicon::{Lex, class};
use crate::extract::tokens::{Kind, shape};

/// How an occurrence was weighed.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Weight {
    /// In points: [`PERSON`] and up is a person.
    pub score: f32,
    /// What the score was made from.
    pub features: Features,
    /// The context says "person" (a title, a role, a relation, an appositive, an age, a verb of
    /// saying), not only the shape of the name.
    pub context: bool,
    /// A company form or an organisation's context ("Atlas Inc.", "X was founded"), or a storm:
    /// the name is that thing, not a person, throughout the article.
    pub company: bool,
    /// A place named after a locative ("in Jackson").
    pub located: bool,
    /// The family name comes first ("Kim Jong Un").
    pub family_first: bool,
    /// A title or a relation stands before it ("Mr. Ford", "his wife Rose").
    pub titled: bool,
    /// "the" stands right before it ("the Tarvani").
    pub determined: bool,
}

impl Weight {
    /// Sets `feature`, a context that says "person" (not only the shape of the name).
    fn context(&mut self, feature: Feature) {
        self.features.set(feature);
        self.context = true;
    }

    /// Marks the name as a company's (or another body's) throughout the article.
    fn company(&mut self) {
        self.features.set(Feature::Company);
        self.company = true;
    }
}

/// What else a word may be that keeps it from being only a name ("Rose", "Jackson", "May").
const NOT_ONLY_A_NAME: u64 = class::WORD
    | class::PLACE
    | class::DEMONYM
    | class::ORG_CUE
    | class::TITLE
    | class::MONTH
    | class::WEEKDAY
    | class::FUNCTION;

/// Score from which an occurrence counts as a person.
pub const PERSON: f32 = 3.0;

/// Score at or below which an occurrence is no name at all, not even a known person's surname.
pub const NOT_A_NAME: f32 = -6.0;

/// The name words of a candidate: no particles, quotes, suffixes, regnal numbers or epithets
/// ("Peter the Great" is a Peter, "Louis XVI" a Louis).
pub fn name_words(doc: &Doc, tokens: Range<usize>) -> Vec<usize> {
    each_name_word(doc, tokens).collect()
}

/// The name words of [`name_words`], one by one.
fn each_name_word<'d>(doc: &'d Doc, tokens: Range<usize>) -> impl Iterator<Item = usize> + 'd {
    let first = tokens.start;
    tokens.take_while(|&k| !(doc.is_word(k, "the") && super::spotting::epithet(doc, k + 1))).filter(
        move |&k| {
            let t = doc.tokens[k];
            t.kind == Kind::Word
                && !doc.lex(k).is(class::SUFFIX)
                && !(k > first && super::spotting::roman_numeral(doc.text(k)))
                && (t.has(shape::CAP) || t.has(shape::HYPHEN) || super::spotting::prefixed_name(doc, k))
        },
    )
}

/// A name's words, lower case: what it is decided and grouped by (most names fit inline).
pub type Key<'d> = SmallVec<[Cow<'d, str>; 3]>;

/// The key a name is decided by: its words, lower case, hyphens as spaces, without suffixes and
/// nicknames. Borrowed from the article's lower-case copy unless a word needs Unicode.
pub fn key<'d>(doc: &'d Doc, tokens: Range<usize>) -> Key<'d> {
    let mut quoted = false;
    let mut out = Key::new();
    for k in tokens {
        let text = doc.text(k);
        // A nickname between quotation marks is left out: "Buckshot", or ``Buckshot'' in wire copy.
        quoted = match text {
            "\"" | "\u{201c}" | "\u{201d}" => !quoted,
            "`" => true,
            "'" => false,
            _ => quoted,
        };
        if matches!(text, "\"" | "\u{201c}" | "\u{201d}" | "`" | "'") {
            continue;
        }
        if quoted || doc.tokens[k].kind != Kind::Word || doc.lex(k).is(class::SUFFIX) {
            continue;
        }
        match doc.lower(k) {
            Cow::Borrowed(w) => out.extend(pieces(w).map(Cow::Borrowed)),
            Cow::Owned(w) => out.extend(pieces(&w).map(|p| Cow::Owned(p.to_owned()))),
        }
    }
    out
}

/// The words of a lower-case token as a key holds them: no final full stop, split at hyphens.
fn pieces(word: &str) -> impl Iterator<Item = &str> {
    word.trim_end_matches('.').split('-').filter(|w| !w.is_empty())
}

fn word<'a>(doc: &'a Doc, k: Option<usize>, sentence: &Range<usize>) -> Cow<'a, str> {
    k.filter(|k| sentence.contains(k)).map_or(Cow::Borrowed(""), |k| doc.lower(k))
}

/// The candidates' first words that the article also writes in lower case (outside sentence
/// starts): a capitalised word among them is most likely the common word ("Police said … a
/// police car").
pub fn lower_case_words<'d>(doc: &'d Doc, candidates: &[Candidate]) -> HashSet<&'d str> {
    let wanted: HashSet<Cow<'d, str>> = candidates
        .iter()
        .filter_map(|c| each_name_word(doc, c.tokens.clone()).next().map(|k| doc.lower(k)))
        .collect();
    // Most words are no candidate's: their length and first letter say so before a hash does.
    let mut lengths = 0u64;
    let mut firsts = [false; 256];
    for w in &wanted {
        lengths |= 1 << w.len().min(63);
        firsts[usize::from(w.as_bytes().first().copied().unwrap_or(0))] = true;
    }
    let mut out = HashSet::default();
    for s in &doc.sentences {
        for k in s.tokens.clone().skip(1) {
            let t = doc.tokens[k];
            if t.kind == Kind::Word && !t.has(shape::CAP) && !t.has(shape::NON_ASCII) {
                let text = &doc.body[t.span];
                let maybe =
                    lengths & (1 << text.len().min(63)) != 0 && firsts[usize::from(text.as_bytes()[0])];
                if maybe && wanted.contains(text) {
                    out.insert(text);
                }
            }
        }
    }
    out
}

/// Weighs one occurrence with `model`.
pub fn weigh(doc: &Doc, c: &Candidate, lower: &HashSet<&str>, model: &Model) -> Weight {
    let mut w = features(doc, c, lower);
    w.score = model.score(w.features);
    w
}

/// One occurrence being weighed: the candidate, its name words and the words around it.
struct Occurrence<'d, 'a> {
    doc: &'d Doc<'a>,
    c: &'d Candidate,
    sentence: Range<usize>,
    /// The name words, and what the lexicon knows of each (joined given names are a given name).
    words: SmallVec<[usize; 4]>,
    lex: SmallVec<[Lex; 4]>,
    first: usize,
    last: usize,
    /// "bin", "ibn" or "bint" inside the name, or opening it.
    patronymic: bool,
    before: Option<usize>,
    after: usize,
    /// The words before and after, lower case ("" outside the sentence).
    prev: Cow<'d, str>,
    prev2: Cow<'d, str>,
    next: Cow<'d, str>,
    next2: Cow<'d, str>,
}

impl<'d, 'a> Occurrence<'d, 'a> {
    fn new(doc: &'d Doc<'a>, c: &'d Candidate) -> Option<Occurrence<'d, 'a>> {
        let sentence = doc.sentences[c.sentence].tokens.clone();
        let words: SmallVec<[usize; 4]> = each_name_word(doc, c.tokens.clone()).collect();
        let (&first, &last) = words.first().zip(words.last())?;
        let mut lex: SmallVec<[Lex; 4]> = words.iter().map(|&k| doc.lex(k)).collect();
        // "Marie-Louise", "Anne-Marie": given names joined are a given name.
        if doc.tokens[first].has(shape::HYPHEN) && !lex[0].is(class::GIVEN) {
            let parts: Vec<Lex> =
                doc.lower(first).split('-').map(|p| crate::extract::lexicon::LEXICON.word(p)).collect();
            if parts.iter().all(|p| p.is(class::GIVEN)) {
                lex[0].class |= class::GIVEN;
                if parts.iter().all(|p| p.is(class::COMMON_GIVEN)) {
                    lex[0].class |= class::COMMON_GIVEN;
                }
            }
        }
        // "Salim bin Rashid", "Bin Rashid": the words after a patronymic are names, whatever
        // else they are ("bin" itself is a common word).
        let patronymic = c.tokens.clone().any(|k| {
            let text = doc.text(k);
            let particle = ["bin", "ibn", "bint"].iter().any(|p| text.eq_ignore_ascii_case(p));
            let capital = doc.tokens[k].has(shape::CAP);
            particle
                && (capital && k == c.tokens.start || !capital && k > c.tokens.start)
                && k + 1 < c.tokens.end
        });
        if patronymic {
            for l in &mut lex {
                l.class &= !class::WORD;
            }
        }
        let before = c.tokens.start.checked_sub(1);
        let after = c.tokens.end;
        Some(Occurrence {
            patronymic,
            prev: word(doc, before, &sentence),
            prev2: word(doc, before.and_then(|b| b.checked_sub(1)), &sentence),
            next: word(doc, Some(after), &sentence),
            next2: word(doc, Some(after + 1), &sentence),
            doc,
            c,
            sentence,
            words,
            lex,
            first,
            last,
            before,
            after,
        })
    }
}

/// The features of one occurrence, and the flags later passes read: what says "person" around
/// it, the shape of the name, and what says it is something else.
pub fn features(doc: &Doc, c: &Candidate, lower: &HashSet<&str>) -> Weight {
    let Some(o) = Occurrence::new(doc, c) else { return Weight::default() };
    let mut w = Weight::default();
    w.features.set(F::Bias);
    let cues = person::weigh(&o, &mut w);
    form::weigh(&o, &mut w);
    against::weigh(&o, &cues, lower, &mut w);
    if doc.sentences[c.sentence].title_case {
        w.features.set(F::TitleCase);
    }
    w
}
