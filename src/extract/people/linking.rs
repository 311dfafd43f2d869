//! Linking: one-word mentions ("Pompeo", "Kim" in "Chairman Kim") to the person they name. The
//! evidence a careful reader uses, in order: a title only one candidate holds; rank, when heads
//! of state are named around it; then the nearest mention before (or else after). A one-word name
//! that matches nobody but is a person on its own evidence is a person of one word.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::hash::Hasher;
use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::evidence::{Decided, NOT_A_NAME};
use super::grouping::{Full, edit_distance};
use super::model::Feature;
use super::roles::leading_title;
use super::spotting::Candidate;
use super::{MentionKind, Named, PersonMention};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{LEXICON, class};
use crate::span::Span;

/// A mention being linked.
struct Pending {
    span: Span,
    sentence: usize,
    /// `None` until linked.
    person: Option<usize>,
    kind: MentionKind,
    /// The title it carried, lower case ("vice chairman").
    title: Option<String>,
    /// The one word it is, lower case (for a near-miss spelling, the surname it is taken for).
    word: String,
    /// A near-miss spelling of a surname ("Zelensky" beside "Zelenskiy").
    near: bool,
    /// After a title such as "King" or "Pope": a given or regnal name, no one's surname.
    regnal: bool,
}

/// Links the one-word candidates and returns every mention, in text order.
pub fn link(
    doc: &Doc,
    candidates: &[Candidate],
    decided: &Decided,
    fulls: Vec<Full>,
    persons: &mut Vec<Named>,
) -> Vec<PersonMention> {
    let title_of = |c: &Candidate| {
        c.title.clone().or(c.role.clone()).and_then(|t| leading_title(&doc.key(t))).map(|(t, _)| t)
    };
    let mut pending: Vec<Pending> = fulls
        .iter()
        .map(|f| Pending {
            span: with_regnal_title(doc, &candidates[f.candidate], f.span),
            sentence: candidates[f.candidate].sentence,
            person: Some(f.person),
            kind: f.kind,
            title: title_of(&candidates[f.candidate]),
            word: String::new(),
            near: false,
            regnal: false,
        })
        .collect();
    // Lower-cased titles seen with each person ("vice chairman"): their roles', then those
    // written right before their mentions.
    let mut titles: Vec<Vec<String>> = vec![Vec::new(); persons.len()];
    let note = |titles: &mut Vec<Vec<String>>, person: usize, title: String| {
        if !titles[person].contains(&title) {
            titles[person].push(title);
        }
    };
    for f in &fulls {
        let c = &candidates[f.candidate];
        if let Some((t, _)) = c.role.clone().or(c.title.clone()).and_then(|r| leading_title(doc.phrase(r))) {
            note(&mut titles, f.person, t);
        }
    }
    for p in &pending {
        if let (Some(person), Some(t)) = (p.person, &p.title) {
            note(&mut titles, person, t.clone());
        }
    }
    // Those named in full only as someone's relative ("his son, Sten Halvik"): news calls a
    // relative who shares the subject's surname by the given name, so the surname alone is the
    // subject's.
    let mut relative = vec![(false, false); persons.len()];
    for f in &fulls {
        let related = decided.weights[f.candidate].features.has(Feature::Related);
        let (any, plain) = &mut relative[f.person];
        *any |= related;
        *plain |= !related;
    }
    let relative: Vec<bool> = relative.into_iter().map(|(any, plain)| any && !plain).collect();
    let covered: HashSet<usize> = fulls.iter().map(|f| f.candidate).collect();
    // One-word names the article writes somewhere with a person's context ("Marlow's family"),
    // and those it writes somewhere as places ("in Georgia").
    let (mut personal, mut placed) = (HashSet::default(), HashSet::default());
    for (k, w) in decided.keys.iter().zip(&decided.weights) {
        if let [word] = k.as_slice() {
            if w.context {
                personal.insert(word.as_ref());
            }
            if w.located {
                placed.insert(word.as_ref());
            }
        }
    }
    let mut one_word: HashMap<String, usize> = HashMap::default();
    let mut index = Names::new(doc.body, persons);
    for (i, c) in candidates.iter().enumerate() {
        let key = &decided.keys[i];
        let w = decided.weights[i];
        if key.len() != 1 || covered.contains(&i) || w.located || w.company {
            continue;
        }
        let mut word = key[0].to_string();
        // "King Tomas" beside "Ivo Tomas", "Prince Aldo" beside "Bea Aldo": after
        // such a title the word is a given or regnal name, not the other's surname.
        let regnal = regnal_title(doc, c).is_some();
        // A word no list knows, one letter from someone's surname, is that surname misspelt or
        // spelt another way ("Zelensky", "Zelenskiy"); a known name or word is itself.
        let near = !regnal
            && index.candidates(&word).is_empty()
            && doc.lex_of(c.tokens.clone()).class == 0
            && index.near_surname(&word).map(|s| word = s).is_some();
        let linkable = !index.lookup(&word, regnal).is_empty();
        if !linkable {
            // "May said" is someone named in full before it, or the month: no new person
            // without a title ("Mrs. May").
            if !decided.person[i] || c.title.is_none() && doc.lex_of(c.tokens.clone()).is(class::MONTH) {
                continue;
            }
            // A person known by one word in this article ("Campbell said …").
            let person = *one_word.entry(word.clone()).or_insert_with(|| {
                persons.push(Named::named(doc, c.tokens.clone(), false).one_word());
                titles.push(Vec::new());
                persons.len() - 1
            });
            index.add(doc.body, persons, person);
        } else if (w.score <= NOT_A_NAME
            || index.given_only(&word) && {
                let lex = doc.lex_of(c.tokens.clone());
                let given = lex.is(class::COMMON_GIVEN) && personal.contains(word.as_str());
                lex.is(class::PLACE) && (!given || placed.contains(word.as_str()))
            })
            && !decided.person[i]
        {
            // "Tarvan" beside "Tarvan Rail": a place is nobody's given name said alone; a common
            // given name is, where a person's context says so and the article never writes it as
            // a place ("Florence's family" beside "Florence Quist", not "Tarvel county, Florence").
            continue;
        }
        pending.push(Pending {
            span: with_regnal_title(doc, c, doc.span(c.tokens.clone())),
            sentence: c.sentence,
            person: None,
            kind: MentionKind::Short,
            title: title_of(c),
            word,
            near,
            regnal,
        });
    }
    pending.sort_by_key(|p| p.span.start);
    let heads: Vec<bool> = persons.iter().zip(&titles).map(|(p, t)| p.is_head(doc.body, t)).collect();
    let later = Later::new(&pending, persons.len());
    let mut sentence_heads = SentenceHeads::default();
    let mut linked: Vec<PersonMention> = Vec::with_capacity(pending.len());
    // The last mention of each person, for the nearest antecedent, and how often each was named.
    let mut last_seen: Vec<Option<usize>> = vec![None; persons.len()];
    let mut named = vec![Naming::default(); persons.len()];
    let mut introduced = vec![false; persons.len()];
    for i in 0..pending.len() {
        sentence_heads.enter(&pending, i, &heads);
        let choice = match pending[i].person {
            Some(p) => Some(p),
            None => {
                let all = index.lookup(&pending[i].word, pending[i].regnal);
                // "Ms. Tarvel" beside her son Ivo Tarvel: a title only one sex holds rules out
                // those known to be of the other.
                let wanted = pending[i].title.as_deref().map_or(0, |t| sex(LEXICON.any(t).class));
                let fits =
                    |p: usize| wanted == 0 || person_sex(doc.body, &persons[p], &titles[p]) & !wanted == 0;
                let sexed = if wanted == 0 { Vec::new() } else { narrowed(&all, fits) };
                let all: &[usize] = if sexed.is_empty() { &all } else { &sexed };
                let intro = narrowed(all, |p| introduced.get(p).copied().unwrap_or(false));
                let pool: &[usize] = if intro.is_empty() { all } else { &intro };
                let seen = Seen {
                    heads: &heads,
                    sentence_heads: &sentence_heads.heads,
                    last_seen: &last_seen,
                    named: &named,
                    titles: &titles,
                    relative: &relative,
                };
                choose(pool, &pending, i, &seen, &later)
            }
        };
        let Some(person) = choice else { continue };
        pending[i].person = Some(person);
        sentence_heads.add(person, &heads);
        // "King Tomas" introduces him as a full name does.
        if pending[i].kind != MentionKind::Short || pending[i].regnal {
            introduced[person] = true;
        }
        if let Some(t) = pending[i].title.clone()
            && pending[i].kind == MentionKind::Short
        {
            note(&mut titles, person, t);
        }
        if pending[i].near
            && !persons[person].variants.iter().any(|&v| doc.body[v] == doc.body[pending[i].span])
        {
            persons[person].variants.push(pending[i].span);
        }
        last_seen[person] = Some(i);
        let by_surname = index.surname.get(&pending[i].word).is_some_and(|s| s.contains(&person));
        if pending[i].kind != MentionKind::Short || by_surname {
            if named[person].count == 0 {
                named[person].first = i;
            }
            named[person].count += 1;
        } else {
            named[person].by_given += 1;
        }
        linked.push(PersonMention { span: pending[i].span, person: person as u32, kind: pending[i].kind });
    }
    linked
}

/// Those of `pool` that `keep`, when some but not all are (else none, and nothing allocated).
fn narrowed(pool: &[usize], keep: impl Fn(usize) -> bool) -> Vec<usize> {
    match pool.iter().filter(|&&p| keep(p)).count() {
        n if n == 0 || n == pool.len() => Vec::new(),
        _ => pool.iter().copied().filter(|&p| keep(p)).collect(),
    }
}

/// The sex word classes `class` say: [`class::FEMALE`], [`class::MALE`], or 0 when they say
/// neither or both.
fn sex(class: u64) -> u64 {
    let bits = class & (class::FEMALE | class::MALE);
    if bits == class::FEMALE | class::MALE { 0 } else { bits }
}

/// The sex a person's given name and titles say, as [`sex`]: 0 when unknown or when they disagree.
fn person_sex(body: &str, person: &Named, titles: &[String]) -> u64 {
    let given = person
        .given(body)
        .filter(|_| !person.family_first)
        .map_or(0, |g| LEXICON.word(&g.to_lowercase()).class);
    sex(titles.iter().fold(given, |bits, t| bits | LEXICON.any(t).class))
}

/// The title right before a candidate that is part of the name as written ("King Tomas",
/// "Tsar Oleg the Great"; not "Mr." or "Senator").
fn regnal_title(doc: &Doc, c: &Candidate) -> Option<Range<usize>> {
    c.title.clone().filter(|t| t.end == c.tokens.start && doc.lex(t.end - 1).is(class::REGNAL))
}

/// A mention's span, with its regnal title.
fn with_regnal_title(doc: &Doc, c: &Candidate, span: Span) -> Span {
    regnal_title(doc, c).map_or(span, |t| Span { start: doc.tokens[t.start].span.start, end: span.end })
}

/// Persons by surname and by given name, lower case.
struct Names {
    surname: HashMap<String, Vec<usize>>,
    given: HashMap<String, Vec<usize>>,
    /// People known by one word, by it.
    alone: HashMap<String, Vec<usize>>,
    /// The inner words of names of three words or more that no list knows as given names, or
    /// that stand before a particle: the first of two family names, a nickname the name includes
    /// ("Ana Lula da Souza" is Lula).
    inner: HashMap<String, Vec<usize>>,
    /// Surnames of six letters or more by the hashes of themselves with at most one letter left
    /// out: two words a letter apart share one ([`deletions`]). Built when first asked: most
    /// articles never ask.
    near: OnceCell<HashMap<u64, Vec<String>>>,
}

/// Hashes of `word` as is and with each one letter left out.
fn deletions(word: &str) -> impl Iterator<Item = u64> + '_ {
    let hash = |skip: std::ops::Range<usize>| {
        let mut h = std::hash::DefaultHasher::new();
        h.write(&word.as_bytes()[..skip.start]);
        h.write(&word.as_bytes()[skip.end..]);
        h.finish()
    };
    std::iter::once(hash(0..0)).chain(word.char_indices().map(move |(at, c)| hash(at..at + c.len_utf8())))
}

const NEAR_LETTERS: usize = 6;

impl Names {
    fn new(body: &str, persons: &[Named]) -> Names {
        let mut names = Names {
            surname: HashMap::default(),
            given: HashMap::default(),
            alone: HashMap::default(),
            inner: HashMap::default(),
            near: OnceCell::new(),
        };
        for p in 0..persons.len() {
            names.add(body, persons, p);
        }
        names
    }

    fn add(&mut self, body: &str, persons: &[Named], p: usize) {
        let person = &persons[p];
        let surname = person.surname(body).to_lowercase();
        if let Some(near) = self.near.get_mut()
            && !self.surname.contains_key(&surname)
        {
            add_near(near, &surname);
        }
        // "Assad" for "Bashar al-Assad", "Sisi" for "el-Sisi": news drops the Arabic article.
        let article =
            ["al-", "el-"].iter().find_map(|a| surname.strip_prefix(a)).filter(|rest| rest.len() >= 2);
        if let Some(rest) = article {
            self.surname.entry(rest.to_owned()).or_default().push(p);
        }
        if person.given.is_none() {
            self.alone.entry(surname.clone()).or_default().push(p);
        }
        self.surname.entry(surname).or_default().push(p);
        if let Some(given) = person.given(body).filter(|_| !person.family_first) {
            self.given.entry(given.to_lowercase()).or_default().push(p);
        }
        let name = person.name(body);
        let words: Vec<&str> = name.split_whitespace().collect();
        if !person.family_first && words.len() >= 3 {
            for (k, w) in words.iter().enumerate().take(words.len() - 1).skip(1) {
                let lower = w.to_lowercase();
                let lex = LEXICON.word(&lower);
                // A given name right before a particle opens the family name with a nickname
                // ("Ana Inês Lula da Souza" is Lula).
                let family =
                    lex.is(class::GIVEN) && LEXICON.word(&words[k + 1].to_lowercase()).is(class::PARTICLE);
                let known = lex.is(class::PARTICLE) || lex.is(class::GIVEN) && !family;
                if w.starts_with(char::is_uppercase) && !known && !w.ends_with('.') {
                    self.inner.entry(lower).or_default().push(p);
                }
            }
        }
    }

    /// Whether `word` is someone's given name and nobody's surname.
    fn given_only(&self, word: &str) -> bool {
        !self.surname.contains_key(word) && self.given.contains_key(word)
    }

    /// The one surname a word of six letters or more is a letter away from, if exactly one is;
    /// not its plural ("the Ilvanes" are a family).
    fn near_surname(&self, word: &str) -> Option<String> {
        if word.chars().count() < NEAR_LETTERS {
            return None;
        }
        let index = self.near.get_or_init(|| {
            let mut near = HashMap::default();
            for surname in self.surname.keys() {
                add_near(&mut near, surname);
            }
            near
        });
        let mut near: Vec<&String> = deletions(word)
            .filter_map(|k| index.get(&k))
            .flatten()
            .filter(|s| word.strip_suffix('s') != Some(s.as_str()) && edit_distance(s, word) == 1)
            .collect();
        near.sort_unstable();
        near.dedup();
        match near.as_slice() {
            [only] => Some((*only).clone()),
            _ => None,
        }
    }

    /// People a single word can name: [`Names::candidates`], or after a title such as "King"
    /// (`regnal`) the people whose given name it is and those known by it alone.
    fn lookup(&self, word: &str, regnal: bool) -> Cow<'_, [usize]> {
        if !regnal {
            return Cow::Borrowed(self.candidates(word));
        }
        match (self.given.get(word), self.alone.get(word)) {
            (Some(given), Some(alone)) => Cow::Owned([given.as_slice(), alone].concat()),
            (Some(only), None) | (None, Some(only)) => Cow::Borrowed(only),
            (None, None) => Cow::Borrowed(&[]),
        }
    }

    /// People a single word can name: by surname first, else by given name.
    fn candidates(&self, word: &str) -> &[usize] {
        self.surname
            .get(word)
            .or_else(|| self.given.get(word))
            .or_else(|| self.inner.get(word))
            .map_or(&[], Vec::as_slice)
    }
}

/// Files a surname of six letters or more under its [`deletions`].
fn add_near(near: &mut HashMap<u64, Vec<String>>, surname: &str) {
    if surname.chars().count() >= NEAR_LETTERS {
        for key in deletions(surname) {
            near.entry(key).or_default().push(surname.to_owned());
        }
    }
}

/// For each person, the positions of its full-name mentions (known before linking), in order.
struct Later(Vec<Vec<usize>>);

impl Later {
    fn new(pending: &[Pending], persons: usize) -> Later {
        let mut at = vec![Vec::new(); persons];
        for (i, p) in pending.iter().enumerate() {
            if let Some(person) = p.person {
                at[person].push(i);
            }
        }
        Later(at)
    }

    /// The first full-name mention of `person` after position `i`.
    fn after(&self, person: usize, i: usize) -> Option<usize> {
        let at = self.0.get(person)?;
        at.get(at.partition_point(|&k| k <= i)).copied()
    }
}

/// How a person has been named so far.
#[derive(Clone, Default)]
struct Naming {
    /// Mentions by full name or surname, and the first of them.
    count: u32,
    first: usize,
    /// Mentions by the given name alone. A person named so more often than otherwise (a child,
    /// someone on first-name terms) is not whom the surname alone names.
    by_given: u32,
}

impl Naming {
    fn first_name_terms(&self) -> bool {
        self.by_given > self.count
    }
}

/// The heads of state named in the current sentence: its full names, and the mentions linked so
/// far. A handful at most; past that the sentence is a list and more add nothing.
#[derive(Default)]
struct SentenceHeads {
    sentence: Option<usize>,
    heads: Vec<usize>,
}

impl SentenceHeads {
    const MOST: usize = 8;

    /// Moves to mention `i`, reading a new sentence's full names once.
    fn enter(&mut self, pending: &[Pending], i: usize, heads: &[bool]) {
        let sentence = pending[i].sentence;
        if self.sentence == Some(sentence) {
            return;
        }
        self.sentence = Some(sentence);
        self.heads.clear();
        for p in pending[i..].iter().take_while(|p| p.sentence == sentence) {
            if let Some(person) = p.person {
                self.add(person, heads);
            }
            if self.heads.len() == Self::MOST {
                break;
            }
        }
    }

    fn add(&mut self, person: usize, heads: &[bool]) {
        if heads.get(person).copied().unwrap_or(false)
            && self.heads.len() < Self::MOST
            && !self.heads.contains(&person)
        {
            self.heads.push(person);
        }
    }
}

/// What linking has seen so far, for [`choose`].
struct Seen<'a> {
    heads: &'a [bool],
    sentence_heads: &'a [usize],
    /// The last mention of each person.
    last_seen: &'a [Option<usize>],
    named: &'a [Naming],
    titles: &'a [Vec<String>],
    /// Named in full only as someone's relative.
    relative: &'a [bool],
}

/// The evidence a careful reader uses, in order: a title only one of them holds; rank, when the
/// sentence around names heads of state; the nearest mention before, unless it is more than a
/// sentence back and named once in passing, when the person named most so far (the article's
/// subject, not her husband named once) is meant; then the first mention after.
fn choose(pool: &[usize], pending: &[Pending], at: usize, seen: &Seen, later: &Later) -> Option<usize> {
    let this = &pending[at];
    match pool {
        [] => return None,
        [only] => return Some(*only),
        _ => {}
    }
    let heads = seen.heads;
    if let Some(title) = &this.title {
        let holders: Vec<usize> =
            pool.iter().copied().filter(|&p| seen.titles[p].iter().any(|t| t == title)).collect();
        if let [only] = holders.as_slice() {
            return Some(*only);
        }
    }
    let others_are_heads = seen.sentence_heads.iter().any(|p| !pool.contains(p));
    let leaders: Vec<usize> =
        pool.iter().copied().filter(|&p| heads.get(p).copied().unwrap_or(false)).collect();
    if others_are_heads && leaders.len() == 1 {
        return Some(leaders[0]);
    }
    // Someone named in full only as a relative is not whom the surname names when another, not
    // a child known by the given name, bears it.
    let subjects = narrowed(pool, |p| {
        !seen.relative.get(p).copied().unwrap_or(false) && !seen.named[p].first_name_terms()
    });
    if let [only] = subjects.as_slice() {
        return Some(*only);
    }
    let nearest_before =
        pool.iter().copied().filter_map(|p| seen.last_seen.get(p).copied().flatten().map(|i| (i, p))).max();
    // The nearest stands if it is in this sentence or the one before, or was named more than once
    // and not by the given name alone.
    if let Some((i, p)) = nearest_before
        && (this.sentence <= pending[i].sentence + 1
            || seen.named[p].count > 1 && !seen.named[p].first_name_terms())
    {
        return Some(p);
    }
    // Ties go to the one named first: the article's subject comes first.
    let most_named = |given_too: bool| {
        pool.iter()
            .copied()
            .filter(|&p| seen.named[p].count > 0 && (given_too || !seen.named[p].first_name_terms()))
            .max_by_key(|&p| (seen.named[p].count, std::cmp::Reverse(seen.named[p].first)))
    };
    let prominent = most_named(false).or_else(|| most_named(true));
    let nearest_after = || pool.iter().filter_map(|&p| later.after(p, at).map(|i| (i, p))).min();
    prominent
        .or(nearest_before.map(|(_, p)| p))
        .or_else(|| nearest_after().map(|(_, p)| p))
        .or(pool.first().copied())
}
