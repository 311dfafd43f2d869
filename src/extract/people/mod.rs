//! People in one article: full names, surname and title follow-ups, roles, and which person each
//! mention belongs to.
//!
//! Five passes, each its own module: [`spotting`] cuts capitalised stretches into titles, places,
//! organisations and name candidates; [`evidence`] weighs each candidate's shape and context and
//! decides each name once for the whole article; [`grouping`] turns the full names into persons
//! (fuller forms absorb shorter ones, one-letter slips are variants); [`linking`] gives every
//! one-word mention its person; [`roles`] reads the titles and appositives that became evidence
//! into the persons' roles. Linear in the article's length.

mod evidence;
mod grouping;
mod linking;
pub mod model;
mod roles;
mod spotting;

use std::borrow::Cow;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::doc::Doc;
use super::lexicon::{LEXICON, class};
use crate::span::Span;
use crate::text;
pub use roles::{is_head_title, is_honorific, leading_title, same_title};

/// A person as this article names them. The names and roles are spans of the article's body (the
/// text is stored once); read them with the methods, which squeeze white space.
///
/// The roles and variants (`L`) are lists while the article is read, then a [`Run`] each of the
/// article's [`People::spans`]: one allocation per article instead of one per person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalPerson<L = Run> {
    /// The fullest form the article uses.
    pub name: Span,
    /// Written family name first ("Kim Yong Chol", "Xi Jinping").
    pub family_first: bool,
    pub surname: Span,
    pub given: Option<Span>,
    /// Near-identical spellings linked to this person ("Kim Jong Chol" beside "Kim Yong Chol").
    variants: L,
    /// Titles and appositives: "Secretary of State", "vice chairman of the Central Committee …".
    roles: L,
}

/// Where one person's roles or variants lie in [`People::spans`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    start: u32,
    len: u32,
}

/// A person while the article is read: roles and variants are still being added.
type Named = LocalPerson<Vec<Span>>;

impl<L> LocalPerson<L> {
    /// The name, in `body` (the article's).
    pub fn name<'a>(&self, body: &'a str) -> Cow<'a, str> {
        text::squeeze(&body[self.name])
    }

    pub fn surname<'a>(&self, body: &'a str) -> &'a str {
        &body[self.surname]
    }

    pub fn given<'a>(&self, body: &'a str) -> Option<Cow<'a, str>> {
        self.given.map(|g| text::squeeze(&body[g]))
    }
}

impl Named {
    /// A person named by tokens `tokens` of `doc`.
    fn named(doc: &Doc, tokens: Range<usize>, family_first: bool) -> Named {
        let words = evidence::name_words(doc, tokens.clone());
        let span = |k: &[usize]| match k {
            [] => None,
            [first, .., last] => {
                Some(Span { start: doc.tokens[*first].span.start, end: doc.tokens[*last].span.end })
            }
            [only] => Some(doc.tokens[*only].span),
        };
        let name = doc.span(tokens);
        let (surname, given) = match words.as_slice() {
            [] => (name, None),
            [only] => (doc.tokens[*only].span, None),
            [first, rest @ ..] if family_first => (doc.tokens[*first].span, span(rest)),
            [first, .., last] => (doc.tokens[*last].span, Some(doc.tokens[*first].span)),
        };
        LocalPerson { name, family_first, surname, given, variants: Vec::new(), roles: Vec::new() }
    }

    fn roles<'a>(&'a self, body: &'a str) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.roles.iter().map(|&r| text::squeeze(&body[r]))
    }

    /// Known by one word: that word is the surname, and there is no given name.
    fn one_word(mut self) -> Named {
        self.given = None;
        self
    }

    /// Holds a head-of-state, head-of-government or party-leader title (read from `body`), in
    /// its roles or in `titles`.
    fn is_head(&self, body: &str, titles: &[String]) -> bool {
        self.roles(body).any(|r| leading_title(&r).is_some_and(|(_, head)| head))
            || titles.iter().any(|t| leading_title(t).is_some_and(|(_, head)| head))
    }

    fn push_role(&mut self, body: &str, role: Span) {
        let text = text::squeeze(&body[role]);
        if !self.roles(body).any(|r| r.eq_ignore_ascii_case(&text)) {
            self.roles.push(role);
        }
    }
}

/// How a mention names its person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MentionKind {
    /// Two or more name words: "Mike Pompeo".
    Full,
    /// One word: "Pompeo", "Kim" in "Chairman Kim".
    Short,
    /// A near-identical spelling of the full name.
    Variant,
}

/// One mention: the span of the name only (no title, no possessive) and its person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonMention {
    pub span: Span,
    /// Index into [`People::persons`].
    pub person: u32,
    pub kind: MentionKind,
}

/// The people of one article and every mention of them, in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct People {
    pub persons: Vec<LocalPerson>,
    pub mentions: Vec<PersonMention>,
    /// The persons' roles and variants, a [`Run`] of it each.
    spans: Vec<Span>,
}

impl People {
    /// The people `persons` as kept: their roles and variants moved into one list.
    fn keep(persons: Vec<Named>, mentions: Vec<PersonMention>) -> People {
        let mut spans = Vec::with_capacity(persons.iter().map(|p| p.roles.len() + p.variants.len()).sum());
        let mut run = |list: Vec<Span>| {
            let run = Run { start: spans.len() as u32, len: list.len() as u32 };
            spans.extend(list);
            run
        };
        let persons = persons
            .into_iter()
            .map(|p| LocalPerson {
                roles: run(p.roles),
                variants: run(p.variants),
                name: p.name,
                family_first: p.family_first,
                surname: p.surname,
                given: p.given,
            })
            .collect();
        People { persons, mentions, spans }
    }

    fn run(&self, run: Run) -> impl Iterator<Item = Span> + '_ {
        self.spans[run.start as usize..][..run.len as usize].iter().copied()
    }

    /// The roles of `person`, in `body` (the article's).
    pub fn roles<'a>(&'a self, person: usize, body: &'a str) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.run(self.persons[person].roles).map(|r| text::squeeze(&body[r]))
    }

    /// Whether `person` is known by one word that a title such as "King" or "Pope" marks as a
    /// given or regnal name ("King Tomas"): no one's surname.
    pub fn regnal(&self, person: usize, body: &str) -> bool {
        let p = &self.persons[person];
        p.given.is_none() && self.roles(person, body).any(|r| roles::is_regnal_role(&r))
    }

    /// The offices `person` holds, lower case, as [`same_title`] compares them ("president",
    /// "gov."): titles, not forms of address such as "Mr.".
    pub fn titles<'a>(&'a self, person: usize, body: &'a str) -> impl Iterator<Item = String> + 'a {
        self.roles(person, body)
            .filter_map(|r| roles::leading_title(&r))
            .map(|(title, _)| title)
            .filter(|title| !LEXICON.word(title).is(class::HONORIFIC))
    }

    /// Near-identical spellings linked to `person`, in `body`.
    pub fn variants<'a>(&'a self, person: usize, body: &'a str) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.run(self.persons[person].variants).map(|v| text::squeeze(&body[v]))
    }
}

/// Finds the people of an article.
pub fn find_people(doc: &Doc) -> People {
    find_people_with(doc, &model::MODEL)
}

/// Finds the people of an article, weighing evidence with `model`.
pub fn find_people_with(doc: &Doc, model: &model::Model) -> People {
    let spotted = spotting::spot(doc);
    let decided = evidence::decide(doc, &spotted, model);
    let mut persons = Vec::new();
    let fulls = grouping::group(doc, &spotted.candidates, &decided, &mut persons);
    // Roles written before full names are known before linking: rank decides some links.
    for f in &fulls {
        let c = &spotted.candidates[f.candidate];
        if let Some(role) = c.role.clone().or(c.title.clone()) {
            let sentence = doc.sentences[c.sentence].tokens.clone();
            for role in roles::office_and_address(doc, sentence, role).into_iter().flatten() {
                persons[f.person].push_role(doc.body, role_span(doc, role));
            }
        }
    }
    let mentions = linking::link(doc, &spotted.candidates, &decided, fulls, &mut persons);
    add_appositives(doc, &mut persons, &mentions);
    let (persons, mentions) = drop_unmentioned(persons, mentions);
    People::keep(persons, mentions)
}

/// Each name candidate of an article, in text order: the span of its words and the features it
/// is weighed by. What a trainer of [`model::Model`] learns from.
pub fn candidates(doc: &Doc) -> Vec<(Span, model::Features)> {
    let spotted = spotting::spot(doc);
    let lower = evidence::lower_case_words(doc, &spotted.candidates);
    spotted
        .candidates
        .iter()
        .map(|c| (doc.span(c.tokens.clone()), evidence::features(doc, c, &lower).features))
        .collect()
}

/// The text of role tokens `role`; a title alone in the plural is written in the singular
/// ("Senators Ana Ruiz and …": each is a senator).
fn role_span(doc: &Doc, role: Range<usize>) -> Span {
    let mut span = doc.span(role.clone());
    if role.len() == 1 && roles::plural_title(doc, role.start) {
        span.end -= 1;
    }
    span
}

/// Appositive and copular roles after any mention: "Pompeo, a former director of the CIA," and
/// "Kim is a general"; and roles written before one-word mentions ("Chairman Kim").
fn add_appositives(doc: &Doc, persons: &mut [Named], mentions: &[PersonMention]) {
    for m in mentions {
        let end = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let Some(last) = (end..doc.tokens.len()).take_while(|&k| doc.tokens[k].span.end <= m.span.end).last()
        else {
            continue;
        };
        let sentence = doc.sentences[doc.sentence_of(last)].tokens.clone();
        if let Some(role) = roles::appositive(doc, sentence.clone(), last + 1) {
            persons[m.person as usize].push_role(doc.body, role_span(doc, role));
        }
        // "King Tomas": the regnal title a mention holds is its role too.
        let mut name = end;
        while name < last {
            match doc.phrase_at(name, last + 1) {
                Some((n, lex)) if lex.is(class::TITLE) => name += n,
                _ if doc.lex(name).is(class::TITLE) => name += 1,
                _ => break,
            }
        }
        if m.kind == MentionKind::Short
            && let Some(role) = roles::role_before(doc, sentence.clone(), name)
        {
            persons[m.person as usize].push_role(doc.body, role_span(doc, role));
        }
        // "The United Nations envoy, Dr. Leila …,": the role before the comma comes before the
        // forms of address too.
        let mut opening = end;
        while opening > sentence.start && roles::honorific(doc, opening - 1) {
            opening -= 1;
        }
        if let Some(role) = roles::role_before_comma(doc, sentence, opening, last + 1) {
            persons[m.person as usize].push_role(doc.body, role_span(doc, role));
        }
    }
}

/// Persons created but never linked to a mention are dropped, and indices renumbered.
fn drop_unmentioned(
    persons: Vec<Named>,
    mut mentions: Vec<PersonMention>,
) -> (Vec<Named>, Vec<PersonMention>) {
    let mut used = vec![false; persons.len()];
    for m in &mentions {
        used[m.person as usize] = true;
    }
    if used.iter().all(|u| *u) {
        return (persons, mentions);
    }
    let mut new_index = vec![u32::MAX; used.len()];
    let mut kept = Vec::new();
    for (i, p) in persons.into_iter().enumerate() {
        if used[i] {
            new_index[i] = kept.len() as u32;
            kept.push(p);
        }
    }
    for m in &mut mentions {
        m.person = new_index[m.person as usize];
    }
    (kept, mentions)
}

#[cfg(test)]
mod tests;
