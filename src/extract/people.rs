//! People in one article: full names, surname and title follow-ups, roles, and which person each
//! mention belongs to.
//!
//! Three passes over the sentences. First, capitalised runs are read as names when the evidence
//! says so (a known given name, a title before it, an East Asian family-name-first shape), and as
//! organisations or places when a cue word or a gazetteer says so. Then the names are grouped into
//! the article's people (fuller forms absorb shorter ones; a one-letter slip is a probable variant,
//! never a new person). Last, single-word mentions ("Pompeo", "Chairman Kim") are linked to one of
//! those people by title, by rank among the people around them, and by the nearest antecedent.

use std::collections::HashSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::calendar::is_calendar_name as is_calendar_word;
use super::gazetteer::{GAZETTEER, Gazetteer, syllables};
use super::old_tokens::{Kind, Token, tokenize};
use crate::span::Span;

/// A person as this article names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalPerson {
    /// The fullest form the article uses.
    pub name: String,
    /// Written family name first ("Kim Yong Chol", "Xi Jinping").
    pub family_first: bool,
    pub surname: String,
    pub given: Option<String>,
    /// Near-identical spellings linked to this person ("Kim Jong Chol" beside "Kim Yong Chol").
    pub variants: Vec<String>,
    /// Titles and appositives: "Secretary of State", "vice chairman of the Central Committee …".
    pub roles: Vec<String>,
    /// Lower-cased titles seen right before a mention ("vice chairman"), for linking.
    titles: Vec<String>,
}

impl LocalPerson {
    /// Holds a head-of-state, head-of-government or party-leader title.
    pub fn is_head(&self) -> bool {
        self.roles.iter().any(|r| leading_title(r).is_some_and(|(_, head)| head))
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

/// One mention: the byte span of the name only (no title, no possessive) and its person.
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
}

/// A mention while the article is being read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Mention {
    span: Range<usize>,
    person: usize,
    kind: MentionKind,
}

/// The people found so far and their mentions.
#[derive(Debug, Default)]
struct Found {
    persons: Vec<LocalPerson>,
    mentions: Vec<Mention>,
}

const PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "bint", "ibn", "al", "el", "le",
    "la", "du", "dos", "das", "ter", "ben", "abu", "y",
];
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "asked",
    "wrote",
    "tweeted",
    "argued",
    "insisted",
    "noted",
    "stated",
    "explained",
    "replied",
    "warned",
    "announced",
    "declared",
    "says,",
    "confirmed",
];
/// Prepositions after which a word that is also a place is read as the place.
const LOCATIVE: &[&str] = &[
    "in", "at", "to", "from", "near", "into", "across", "outside", "inside", "around", "via", "toward",
    "towards", "through", "of",
];
const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];
/// Modifiers that lower a title's rank ("vice chairman", "deputy leader").
const LOWER_RANK: &[&str] = &["vice", "deputy", "assistant", "under", "acting", "vice-"];

/// A sentence of the body, tokenised, with an ASCII-lower-cased copy for gazetteer lookups (the
/// same byte offsets, since only ASCII letters change).
struct Sentence<'a> {
    text: &'a str,
    lower: String,
    /// Byte offset of `text` in the body.
    base: usize,
    tokens: Vec<Token>,
}

impl Sentence<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The word, lower-cased (ASCII), for lookups.
    fn lword(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &self.lower[t.range.clone()])
    }

    /// The phrase, lower-cased (ASCII) and single-spaced, for lookups.
    fn lphrase(&self, tokens: Range<usize>) -> std::borrow::Cow<'_, str> {
        let raw = &self.lower[self.tokens[tokens.start].range.start..self.tokens[tokens.end - 1].range.end];
        let single_spaced = raw
            .bytes()
            .zip(raw.bytes().skip(1))
            .all(|(a, b)| !(a.is_ascii_whitespace() && b.is_ascii_whitespace()))
            && !raw.contains(['\n', '\t', '\r']);
        if single_spaced {
            raw.into()
        } else {
            tokens.map(|i| self.lword(i)).collect::<Vec<_>>().join(" ").into()
        }
    }

    fn span(&self, tokens: Range<usize>) -> Range<usize> {
        self.base + self.tokens[tokens.start].range.start..self.base + self.tokens[tokens.end - 1].range.end
    }

    fn phrase(&self, tokens: Range<usize>) -> &str {
        &self.text[self.tokens[tokens.start].range.start..self.tokens[tokens.end - 1].range.end]
    }
}

/// A name read in pass one.
struct NameHit {
    sentence: usize,
    tokens: Range<usize>,
    family_first: bool,
    /// The title phrase right before the name, lower-cased ("vice chairman").
    title: Option<String>,
    /// The role phrase before the name as written ("Secretary of State").
    role: Option<String>,
}

/// Finds the people of an article. `sentences` are byte ranges of `body`, in order, and should
/// leave out credit lines.
pub fn find_people(body: &str, sentences: &[Range<usize>]) -> People {
    let found = find(body, sentences);
    People {
        persons: found.persons,
        mentions: found
            .mentions
            .into_iter()
            .map(|m| PersonMention { span: Span::of(m.span), person: m.person as u32, kind: m.kind })
            .collect(),
    }
}

fn find(body: &str, sentences: &[Range<usize>]) -> Found {
    let g = &*GAZETTEER;
    let sentences: Vec<Sentence> = sentences
        .iter()
        .map(|r| {
            let text = &body[r.clone()];
            Sentence { text, lower: text.to_ascii_lowercase(), base: r.start, tokens: tokenize(text) }
        })
        .collect();
    let mut pass = FirstPass {
        hits: Vec::new(),
        maybes: Vec::new(),
        blocked: vec![HashSet::new(); sentences.len()],
        places: vec![HashSet::new(); sentences.len()],
    };
    for (si, s) in sentences.iter().enumerate() {
        for run in runs(s) {
            read_run(g, s, si, run, &mut pass);
        }
    }
    let FirstPass { mut hits, maybes, blocked, places } = pass;
    // "Tariq Mohammed" beside "Aisha Mohammed", "Leylah Brandt" beside "Brandt said": an unknown
    // word before the surname of someone the article names is that person's given name.
    let known: HashSet<String> =
        hits.iter().map(|h| sentences[h.sentence].lword(h.tokens.end - 1).to_owned()).collect();
    hits.extend(maybes.into_iter().filter(|m| known.contains(sentences[m.sentence].lword(m.tokens.end - 1))));
    hits.sort_by_key(|h| (h.sentence, h.tokens.start));
    let (full, single): (Vec<NameHit>, Vec<NameHit>) = hits.into_iter().partition(|h| h.tokens.len() > 1);
    let mut people = Found::default();
    let mut full_mentions = group_full_names(&sentences, &full, &mut people);
    add_roles(&sentences, &full_mentions, &mut people);
    let shorts = short_mentions(g, &sentences, &single, &full, (&blocked, &places), &mut people);
    full_mentions.extend(shorts);
    full_mentions.sort_by_key(|(m, _)| m.span.start);
    let ordered: Vec<(Mention, Option<String>)> = full_mentions;
    link_shorts(&sentences, ordered, &mut people);
    add_roles_for_all(&sentences, &mut people);
    people
}

/// Maximal runs of capitalised words (with name particles and initials between them).
fn runs(s: &Sentence) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = s.tokens.len();
    let name_like = |i: usize| {
        let t = &s.tokens[i];
        t.is_capitalised(s.text) || (t.kind == Kind::Word && is_prefixed_name(t.text(s.text)))
    };
    while i < n {
        if !name_like(i) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < n {
            if name_like(i) {
                i += 1;
                continue;
            }
            // "von der Leyen": particles count when a capitalised word follows them.
            let particles = (i..n).take_while(|&k| PARTICLES.contains(&s.word(k))).count();
            if particles > 0 && i + particles < n && name_like(i + particles) {
                i += particles + 1;
            } else {
                break;
            }
        }
        out.push(start..i);
    }
    out
}

/// "al-Assad", "bin-Salman": a lower-case particle glued to a capitalised name.
fn is_prefixed_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, rest)| {
        PARTICLES.contains(&p) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Reads one capitalised run: a name, an organisation or place (blocked), or nothing.
/// What the first pass finds: names, pairs that are names only if the article confirms the
/// surname, and per sentence the tokens that are not people (organisations) or may be places.
struct FirstPass {
    hits: Vec<NameHit>,
    maybes: Vec<NameHit>,
    blocked: Vec<HashSet<usize>>,
    places: Vec<HashSet<usize>>,
}

fn read_run(g: &Gazetteer, s: &Sentence, si: usize, run: Range<usize>, pass: &mut FirstPass) {
    let FirstPass { hits, maybes, blocked, places } = pass;
    let (blocked, places) = (&mut blocked[si], &mut places[si]);
    let words: Vec<&str> = run.clone().map(|i| s.word(i)).collect();
    let lower = s.lphrase(run.clone());
    let last = s.lword(run.end - 1);
    // "Central Intelligence Agency", "John F. Kennedy Center": the cue word ends the run.
    let organisation = words.len() > 1 && g.is_organisation_cue(last);
    if organisation || g.is_demonym(&words.join(" ")) {
        blocked.extend(run);
        return;
    }
    // A one-word place may still be someone's surname ("Metz", "Jackson"): decided later.
    if g.is_place(&lower) {
        if words.len() == 1 {
            places.extend(run)
        } else {
            blocked.extend(run)
        }
        return;
    }
    // A title inside the run splits it: "U.S. President | Donald Trump".
    let title_end = (run.start..run.end - 1).rev().find(|&i| g.title(s.lword(i)).is_some()).map(|i| i + 1);
    let mut start = title_end.unwrap_or(run.start);
    start = skip_non_names(g, s, start..run.end);
    if start >= run.end {
        return;
    }
    let role = role_before(g, s, start);
    // "his teammate Pieter Claes", "her husband, Tariq Mohammed": a relation names a person too.
    let related = (1..=2).any(|back| {
        start
            .checked_sub(back)
            .is_some_and(|i| g.is_relation(s.lword(i)) && (back == 1 || s.word(i + 1) == ","))
    });
    let titled = role.is_some() || related;
    // "an analyst at Morgan Stanley", "the John Smith memorial hall", "aboard HMS Victory": a
    // workplace, a thing or a vessel, unless a title makes it a person. A lone surname after
    // "the" still names someone ("the Trump administration").
    let before = start.checked_sub(1).map(|i| s.word(i));
    let after_the = matches!(before, Some("the" | "The")) && run.end - start > 1;
    let acronym_led = title_end.is_none() && is_acronym(s.word(start)) && !g.is_demonym(s.word(start));
    if !titled && (before == Some("at") || after_the || acronym_led) {
        blocked.extend(run);
        return;
    }
    let title = role.as_deref().and_then(leading_title).map(|(t, _)| t).or_else(|| {
        title_end.map(|e| s.phrase(run.start..e).to_lowercase()).filter(|t| g.title(t).is_some())
    });
    let mut name = start..run.end;
    while !name.is_empty() {
        let words: Vec<&str> = name.clone().map(|i| s.word(i)).collect();
        // "Mr. Metz", "President Jackson": a title makes even a place name a person.
        let titled_word = titled && words.len() == 1;
        if (g.is_place(&s.lphrase(name.clone())) && !titled_word) || g.is_demonym(&words.join(" ")) {
            blocked.extend(name);
            return;
        }
        if words.len() == 1 {
            let word = words[0];
            let speaks = SPEECH_VERBS.contains(&s.word(name.end));
            let lword = s.lword(name.start);
            let known = g.is_surname(lword) || g.is_given(lword) || g.is_east_asian_family(lword);
            let ordinary = g.is_function_word(lword) || is_calendar_word(word);
            if !ordinary && (titled || (speaks && known)) {
                hits.push(NameHit { sentence: si, tokens: name, family_first: false, title, role });
            }
            return;
        }
        // "Deepak Raman, an analyst at …": a title in apposition vouches for an unknown given name.
        let apposed = || appositive(s, name.end).is_some();
        if let Some(family_first) =
            name_shape(g, &words, titled).or_else(|| (words.len() == 2 && apposed()).then_some(false))
        {
            hits.push(NameHit { sentence: si, tokens: name, family_first, title, role });
            return;
        }
        // An unknown first word ("Lockheed Martin", "Tariq Mohammed"): try the rest, but keep
        // the pair in case the article names someone with that surname after all.
        if words.len() == 2 && plain_word(g, s, name.start) {
            maybes.push(NameHit {
                sentence: si,
                tokens: name.clone(),
                family_first: false,
                title: None,
                role: None,
            });
        }
        name.start += 1;
    }
}

/// An all-capital abbreviation ("USS", "NASA"), not an initial.
fn is_acronym(word: &str) -> bool {
    let letters = word.trim_end_matches('.');
    (2..=5).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase())
}

/// A capitalised word that is no title, place, nationality, organisation cue, calendar or
/// function word: it could be a given name the lists do not know.
fn plain_word(g: &Gazetteer, s: &Sentence, i: usize) -> bool {
    let (word, lower) = (s.word(i), s.lword(i));
    g.title(lower).is_none()
        && !g.is_place(lower)
        && !g.is_demonym(word)
        && !g.is_organisation_cue(lower)
        && !g.is_function_word(lower)
        && !is_calendar_word(word)
        && !is_acronym(word)
}

/// Skips sentence-opening function words, nationalities and places before a name.
fn skip_non_names(g: &Gazetteer, s: &Sentence, tokens: Range<usize>) -> usize {
    let mut i = tokens.start;
    'outer: while i < tokens.end {
        for len in (1..=g.longest_place.min(tokens.end - i)).rev() {
            let (phrase, lower) = (s.phrase(i..i + len), s.lphrase(i..i + len));
            // "Paris Hilton", "Ann Baker": a one-word place that is also a given name leads a name.
            let name_start = len == 1 && (g.is_given(&lower) || g.is_east_asian_family(&lower));
            if g.is_demonym(phrase) || (len < tokens.end - i && g.is_place(&lower) && !name_start) {
                i += len;
                continue 'outer;
            }
        }
        let w = s.lword(i);
        // "An", "He", "No" open sentences, but also East Asian names ("An Chang Ho").
        let family_name_follows =
            g.is_east_asian_family(w) && i + 1 < tokens.end && syllables(s.word(i + 1)).is_some();
        if g.is_function_word(w) && !family_name_follows {
            i += 1;
            continue;
        }
        break;
    }
    i
}

/// Whether the words are a person's name, and if so whether family name first.
fn name_shape(g: &Gazetteer, words: &[&str], titled: bool) -> Option<bool> {
    let first = words[0];
    let rest = &words[1..];
    if words.iter().any(|w| is_calendar_word(w) || g.is_demonym(w)) {
        return None;
    }
    // Korean, Chinese, Vietnamese order: a family name, then romanised syllables. Two words whose
    // last is itself a family name ("Sung Kim", "Wei Zhang") are read given name first.
    if g.is_east_asian_family(first) && rest.iter().all(|w| syllables(w).is_some()) {
        let last_is_family_name = rest.len() == 1 && g.is_east_asian_family(rest[0]);
        // Both family names ("Chen Yu", "Sung Kim"): given name first only if the first is a
        // known given name.
        return Some(!(last_is_family_name && g.is_given(first)));
    }
    // Pinyin shape without a listed family name: "Xx Xxxxxx" of one and two syllables.
    if words.len() == 2
        && syllables(first) == Some(1)
        && syllables(rest[0]) == Some(2)
        && !rest[0].contains('-')
        && !g.is_function_word(first)
        && !g.is_given(first)
        && !g.is_surname(rest[0])
    {
        return Some(true);
    }
    let initial = first.len() == 2 && first.ends_with('.');
    (g.is_given(first) || initial || titled).then_some(false)
}

/// The role phrase right before token `start`: titles, capitalised words, "of" between them
/// ("U.S. Secretary of State", "White House press secretary"), without leading nationalities.
fn role_before(g: &Gazetteer, s: &Sentence, start: usize) -> Option<String> {
    let mut first = start;
    while first > 0 {
        let i = first - 1;
        let t = &s.tokens[i];
        let w = t.text(s.text);
        let next_taken = first < start;
        let accept = t.kind == Kind::Word
            && (t.is_capitalised(s.text)
                || g.title(s.lword(i)).is_some()
                || (next_taken && g.title(&s.lphrase(i..first + 1)).is_some())
                || (w == "of" && next_taken && i > 0 && s.tokens[i - 1].kind == Kind::Word));
        if !accept || g.is_function_word(w) && w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        first = i;
    }
    // Drop leading "of", nationalities and places: "U.S. Secretary of State" → "Secretary of State".
    let mut from = first;
    'trim: while from < start {
        if s.word(from) == "of" {
            from += 1;
            continue;
        }
        for len in (1..=g.longest_place.min(start - from)).rev() {
            let phrase = s.phrase(from..from + len);
            if g.is_demonym(phrase) || g.is_place(phrase) {
                from += len;
                continue 'trim;
            }
        }
        break;
    }
    if from >= start {
        return None;
    }
    let phrase = s.phrase(from..start);
    leading_title(phrase).is_some().then(|| phrase.to_owned())
}

/// The first title in a role phrase, lower-cased, and whether it is head-level (a lowering
/// modifier such as "vice" makes it not).
fn leading_title(phrase: &str) -> Option<(String, bool)> {
    let g = &*GAZETTEER;
    // Word byte ranges; a candidate is the text from one word's start to another's end.
    let words: Vec<(usize, usize)> = phrase
        .split_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - phrase.as_ptr() as usize;
            (start, start + w.trim_end_matches(',').len())
        })
        .collect();
    let single_spaced = !phrase.contains("  ") && !phrase.contains(['\n', '\t']);
    for start in 0..words.len() {
        for len in (1..=g.longest_title.min(words.len() - start)).rev() {
            let (a, b) = (words[start].0, words[start + len - 1].1);
            let head = if single_spaced || len == 1 {
                g.title(&phrase[a..b])
            } else {
                g.title(
                    &words[start..start + len]
                        .iter()
                        .map(|&(x, y)| &phrase[x..y])
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            };
            let Some(head) = head else { continue };
            let candidate = phrase[a..b].to_lowercase();
            if LOWER_RANK.contains(&candidate.as_str()) || candidate == "former" {
                continue;
            }
            let before = (start > 0).then(|| phrase[words[start - 1].0..words[start - 1].1].to_lowercase());
            return Some(match before.filter(|w| LOWER_RANK.contains(&w.as_str())) {
                Some(modifier) => (format!("{modifier} {candidate}"), false),
                None => (candidate, head),
            });
        }
    }
    None
}

/// Normalised key of a name: lower case, hyphens as spaces, no suffix.
fn name_key(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .flat_map(|w| w.split('-'))
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !SUFFIXES.contains(&w.as_str()))
        .collect()
}

/// Groups full names into people; returns their mentions with the title each carried.
fn group_full_names(
    sentences: &[Sentence],
    full: &[NameHit],
    people: &mut Found,
) -> Vec<(Mention, Option<String>)> {
    struct Group {
        key: Vec<String>,
        display: String,
        family_first: bool,
        count: usize,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut hit_group = Vec::with_capacity(full.len());
    for hit in full {
        let s = &sentences[hit.sentence];
        let words: Vec<&str> = hit.tokens.clone().map(|i| s.word(i)).collect();
        let key = name_key(&words);
        let g = match groups.iter().position(|g| g.key == key) {
            Some(g) => g,
            None => {
                groups.push(Group {
                    key,
                    display: s.phrase(hit.tokens.clone()).to_owned(),
                    family_first: hit.family_first,
                    count: 0,
                });
                groups.len() - 1
            }
        };
        groups[g].count += 1;
        hit_group.push(g);
    }
    // A shorter form absorbs into a fuller one with the same ends ("Sarah Sanders").
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let mut variant = vec![false; groups.len()];
    for a in 0..groups.len() {
        for b in 0..groups.len() {
            if a == b || target[b] != b {
                continue;
            }
            let (ka, kb) = (&groups[a].key, &groups[b].key);
            let same_ends = ka.first() == kb.first() && ka.last() == kb.last() && is_subsequence(ka, kb);
            // "Van den Berg" after "Pieter van den Berg", "Herrera Salgado" after "Andrés Manuel
            // Herrera Salgado", "Al Rumhy": the end of a fuller name is that person.
            let tail = ka.len() > 1 && kb.ends_with(ka);
            if ka.len() < kb.len() && (same_ends || tail) {
                target[a] = b;
            } else if ka.len() == kb.len()
                && one_letter_apart(ka, kb)
                && (groups[a].count, b) < (groups[b].count, a)
            {
                target[a] = b;
                variant[a] = true;
            }
        }
    }
    let root = |mut i: usize| {
        while target[i] != i {
            i = target[i];
        }
        i
    };
    let mut person_of_group = vec![usize::MAX; groups.len()];
    for (gi, group) in groups.iter().enumerate().filter(|(gi, _)| root(*gi) == *gi) {
        let words: Vec<&str> = group.display.split_whitespace().collect();
        person_of_group[gi] = people.persons.len();
        people.persons.push(new_person(&words, group.family_first));
    }
    let mut mentions = Vec::new();
    for (hit, &gi) in full.iter().zip(&hit_group) {
        let person = person_of_group[root(gi)];
        let kind = if variant[gi] { MentionKind::Variant } else { MentionKind::Full };
        if variant[gi] && !people.persons[person].variants.contains(&groups[gi].display) {
            people.persons[person].variants.push(groups[gi].display.clone());
        }
        let span = sentences[hit.sentence].span(hit.tokens.clone());
        if let Some(t) = &hit.title {
            let titles = &mut people.persons[person].titles;
            if !titles.contains(t) {
                titles.push(t.clone());
            }
        }
        mentions.push((Mention { span, person, kind }, hit.title.clone()));
    }
    mentions
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

/// Same length, one word different by a single letter, and that word long enough to be more than
/// a syllable ("Jong"/"Yong", not "Un"/"Il").
fn one_letter_apart(a: &[String], b: &[String]) -> bool {
    let differing: Vec<(&String, &String)> = a.iter().zip(b).filter(|(x, y)| x != y).collect();
    match differing.as_slice() {
        [(x, y)] => x.chars().count() >= 3 && y.chars().count() >= 3 && edit_distance(x, y) == 1,
        _ => false,
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

fn new_person(words: &[&str], family_first: bool) -> LocalPerson {
    let core: Vec<&str> =
        words.iter().copied().filter(|w| !SUFFIXES.contains(&w.to_lowercase().as_str())).collect();
    let (surname, given) = if family_first {
        (core[0].to_owned(), (core.len() > 1).then(|| core[1..].join(" ")))
    } else {
        (core.last().copied().unwrap_or_default().to_owned(), (core.len() > 1).then(|| core[0].to_owned()))
    };
    LocalPerson {
        name: words.join(" "),
        family_first,
        surname,
        given,
        variants: Vec::new(),
        roles: Vec::new(),
        titles: Vec::new(),
    }
}

/// Role phrases written right before full names ("Secretary of State Mike Pompeo").
fn add_roles(sentences: &[Sentence], mentions: &[(Mention, Option<String>)], people: &mut Found) {
    let g = &*GAZETTEER;
    for (m, _) in mentions {
        let Some(s) =
            sentences.iter().find(|s| s.base <= m.span.start && m.span.end <= s.base + s.text.len())
        else {
            continue;
        };
        let Some(start) = s.tokens.iter().position(|t| s.base + t.range.start == m.span.start) else {
            continue;
        };
        if let Some(role) = role_before(g, s, start) {
            push_role(&mut people.persons[m.person], role);
        }
    }
}

fn push_role(person: &mut LocalPerson, role: String) {
    if let Some((title, _)) = leading_title(&role)
        && !person.titles.contains(&title)
    {
        person.titles.push(title);
    }
    if !person.roles.iter().any(|r| r.eq_ignore_ascii_case(&role)) {
        person.roles.push(role);
    }
}

/// Pass two: single words that name a person already found (or carry a title), as mentions
/// still to be linked. Returns them with the title each carried.
fn short_mentions(
    g: &Gazetteer,
    sentences: &[Sentence],
    single: &[NameHit],
    full: &[NameHit],
    (blocked, places): (&[HashSet<usize>], &[HashSet<usize>]),
    people: &mut Found,
) -> Vec<(Mention, Option<String>)> {
    let covered: HashSet<(usize, usize)> =
        full.iter().flat_map(|h| h.tokens.clone().map(move |t| (h.sentence, t))).collect();
    let titled: Vec<((usize, usize), &NameHit)> =
        single.iter().map(|h| ((h.sentence, h.tokens.start), h)).collect();
    // One-word people: titled or quoted words that match nobody found so far ("President Trump").
    for (_, hit) in &titled {
        let word = sentences[hit.sentence].word(hit.tokens.start);
        if candidates(people, word).is_empty() {
            let mut person = new_person(&[word], false);
            person.given = None;
            people.persons.push(person);
        }
    }
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for (ti, t) in s.tokens.iter().enumerate() {
            if !t.is_capitalised(s.text) || covered.contains(&(si, ti)) || blocked[si].contains(&ti) {
                continue;
            }
            // "in Jackson" is the town even when the article has a Jackson.
            if places[si].contains(&ti) && ti > 0 && LOCATIVE.contains(&s.lword(ti - 1)) {
                continue;
            }
            let word = t.text(s.text);
            if g.is_function_word(word) && !titled.iter().any(|(k, _)| *k == (si, ti)) {
                continue;
            }
            if candidates(people, word).is_empty() {
                continue;
            }
            let hit = titled.iter().find(|(k, _)| *k == (si, ti)).map(|(_, h)| *h);
            let title = hit.and_then(|h| h.title.clone());
            if let Some(role) = hit.and_then(|h| h.role.clone()) {
                let c = candidates(people, word);
                if c.len() == 1 {
                    push_role(&mut people.persons[c[0]], role);
                }
            }
            let span = s.base + t.range.start..s.base + t.range.end;
            out.push((Mention { span, person: usize::MAX, kind: MentionKind::Short }, title));
        }
    }
    out
}

/// People a single word can name: by surname first, else by given name.
fn candidates(people: &Found, word: &str) -> Vec<usize> {
    let by = |f: &dyn Fn(&LocalPerson) -> bool| -> Vec<usize> {
        people.persons.iter().enumerate().filter(|(_, p)| f(p)).map(|(i, _)| i).collect()
    };
    let surname = by(&|p| p.surname.eq_ignore_ascii_case(word));
    if !surname.is_empty() {
        return surname;
    }
    by(&|p| !p.family_first && p.given.as_deref().is_some_and(|g| g.eq_ignore_ascii_case(word)))
}

/// Links every short mention, in text order, to one person; full mentions pass through.
fn link_shorts(sentences: &[Sentence], ordered: Vec<(Mention, Option<String>)>, people: &mut Found) {
    let sentence_of =
        |at: usize| sentences.iter().position(|s| s.base <= at && at < s.base + s.text.len().max(1));
    let mut linked: Vec<Mention> = Vec::with_capacity(ordered.len());
    let heads: Vec<bool> = people.persons.iter().map(LocalPerson::is_head).collect();
    for (i, (mut m, title)) in ordered.iter().cloned().enumerate() {
        if m.kind != MentionKind::Short {
            linked.push(m);
            continue;
        }
        let s = sentence_of(m.span.start).map(|si| &sentences[si]);
        let word = s.map_or("", |s| &s.text[m.span.start - s.base..m.span.end - s.base]);
        let all = candidates(people, word);
        let introduced: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&p| linked.iter().any(|l| l.person == p && l.kind != MentionKind::Short))
            .collect();
        let pool = if introduced.is_empty() { all.clone() } else { introduced };
        let choice = choose(people, &heads, &pool, title.as_deref(), &linked, &ordered[i + 1..], s, &m);
        if let Some(p) = choice {
            m.person = p;
            linked.push(m);
        }
    }
    people.mentions = linked;
}

/// The evidence a careful reader uses, in order: a title only one of them holds; rank, when the
/// sentence around names heads of state; then the nearest mention before (or else after).
#[allow(clippy::too_many_arguments)]
fn choose(
    people: &Found,
    heads: &[bool],
    pool: &[usize],
    title: Option<&str>,
    before: &[Mention],
    after: &[(Mention, Option<String>)],
    sentence: Option<&Sentence>,
    mention: &Mention,
) -> Option<usize> {
    match pool {
        [] => return None,
        [only] => return Some(*only),
        _ => {}
    }
    if let Some(title) = title {
        let holders: Vec<usize> =
            pool.iter().copied().filter(|&p| people.persons[p].titles.iter().any(|t| t == title)).collect();
        if let [only] = holders.as_slice() {
            return Some(*only);
        }
    }
    if let Some(s) = sentence {
        let range = s.base..s.base + s.text.len();
        let others_are_heads = before
            .iter()
            .map(|m| (m.span.clone(), m.person))
            .chain(
                after.iter().filter(|(m, _)| m.person != usize::MAX).map(|(m, _)| (m.span.clone(), m.person)),
            )
            .any(|(span, p)| range.contains(&span.start) && !pool.contains(&p) && heads[p]);
        let leaders: Vec<usize> = pool.iter().copied().filter(|&p| heads[p]).collect();
        if others_are_heads && leaders.len() == 1 {
            return Some(leaders[0]);
        }
    }
    let nearest_before = before.iter().rev().find(|m| pool.contains(&m.person)).map(|m| m.person);
    nearest_before.or_else(|| {
        after
            .iter()
            .find(|(m, _)| m.span.start > mention.span.start && pool.contains(&m.person))
            .map(|(m, _)| m.person)
            .or(pool.first().copied())
    })
}

/// Appositive and copular roles after any mention: "Pompeo, a former director of the CIA," and
/// "Kim is a general".
fn add_roles_for_all(sentences: &[Sentence], people: &mut Found) {
    let mentions = people.mentions.clone();
    for m in &mentions {
        let Some(s) =
            sentences.iter().find(|s| s.base <= m.span.start && m.span.end <= s.base + s.text.len())
        else {
            continue;
        };
        let Some(end) = s.tokens.iter().position(|t| s.base + t.range.end == m.span.end) else { continue };
        if let Some(role) = appositive(s, end + 1) {
            push_role(&mut people.persons[m.person], role);
        }
    }
}

fn appositive(s: &Sentence, mut i: usize) -> Option<String> {
    let copular = matches!(s.word(i), "is" | "was");
    match s.word(i) {
        "," | "is" | "was" => i += 1,
        "-" if s.word(i + 1) == "-" => i += 2,
        "\u{2014}" | "\u{2013}" => i += 1,
        _ => return None,
    }
    if matches!(s.word(i), "a" | "an" | "the") {
        i += 1;
    } else if copular {
        return None;
    }
    let start = i;
    let stop = |w: &str| {
        matches!(
            w,
            "," | "-"
                | "\u{2014}"
                | "\u{2013}"
                | ")"
                | "("
                | "."
                | ";"
                | ":"
                | "who"
                | "which"
                | "that"
                | "whose"
                | "\""
        )
    };
    while i < s.tokens.len() && !stop(s.word(i)) && !(copular && s.word(i) == "and") {
        i += 1;
    }
    if i == start || i - start > 15 || (copular && i - start > 6) {
        return None;
    }
    let phrase = s.phrase(start..i);
    // The title must head the phrase: "a vice chairman of …", "a former top intelligence chief",
    // not "the kind of leader".
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let heads = (0..words.len().min(4)).find(|&k| {
        leading_title(words[k]).is_some()
            || leading_title(&words[k..].join(" "))
                .is_some_and(|(t, _)| words[k].eq_ignore_ascii_case(t.split(' ').next().unwrap_or("")))
    });
    heads.filter(|&k| !words[..k].contains(&"of")).map(|_| phrase.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn people(body: &str) -> People {
        find_people(body, &sentences(body))
    }

    /// (mention text, person name) pairs.
    fn mentions(body: &str) -> Vec<(String, String)> {
        let p = people(body);
        p.mentions
            .iter()
            .map(|m| (body[m.span].to_owned(), p.persons[m.person as usize].name.clone()))
            .collect()
    }

    fn names(body: &str) -> Vec<String> {
        people(body).persons.into_iter().map(|p| p.name).collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn titles_are_not_part_of_the_name_and_become_roles() {
        let body = "U.S. Secretary of State Mike Pompeo met reporters. Pompeo's aide said little.";
        assert_eq!(mentions(body), [pair("Mike Pompeo", "Mike Pompeo"), pair("Pompeo", "Mike Pompeo")]);
        assert_eq!(people(body).persons[0].roles, ["Secretary of State"]);
    }

    #[test]
    fn surname_and_given_name_follow_ups_link_to_the_full_name() {
        let body = "Anna Lindqvist won the race. Lindqvist thanked her coach. Anna smiled.";
        assert_eq!(
            mentions(body),
            [
                pair("Anna Lindqvist", "Anna Lindqvist"),
                pair("Lindqvist", "Anna Lindqvist"),
                pair("Anna", "Anna Lindqvist")
            ]
        );
    }

    #[test]
    fn initials_particles_and_hyphens() {
        assert_eq!(names("The novel by J. K. Rowling sold well."), ["J. K. Rowling"]);
        let body = "Dutch Prime Minister Pieter van den Berg spoke. Van den Berg left early.";
        assert_eq!(
            mentions(body),
            [pair("Pieter van den Berg", "Pieter van den Berg"), pair("Van den Berg", "Pieter van den Berg")]
        );
        assert_eq!(names("Officials said Ursula von der Leyen would attend."), ["Ursula von der Leyen"]);
        assert_eq!(names("Mary Smith-Jones spoke first."), ["Mary Smith-Jones"]);
    }

    #[test]
    fn east_asian_names_family_name_first() {
        let body = "South Korean President Park Geun-hye met Chinese President Wang Qishan and Kim Dae Jung. Park left.";
        let p = people(body);
        let got: Vec<(&str, &str)> =
            p.persons.iter().map(|p| (p.name.as_str(), p.surname.as_str())).collect();
        assert_eq!(got, [("Park Geun-hye", "Park"), ("Wang Qishan", "Wang"), ("Kim Dae Jung", "Kim")]);
        assert_eq!(mentions(body).last().unwrap(), &pair("Park", "Park Geun-hye"));
    }

    #[test]
    fn bare_surname_links_to_the_person_with_that_title() {
        let body = "Vice Chairman Lee Sang Min met Chairman Lee Dong Hwan. Later, Chairman Lee spoke. \
                    Vice Chairman Lee listened.";
        let got = mentions(body);
        assert_eq!(got[2], pair("Lee", "Lee Dong Hwan"));
        assert_eq!(got[3], pair("Lee", "Lee Sang Min"));
    }

    #[test]
    fn bare_surname_prefers_the_nearest_antecedent() {
        let body = "Tom Baker met Ann Baker in May. Later Ann Baker spoke. Baker said it went well. \
                    Tom Baker disagreed. Baker said so twice.";
        let got = mentions(body);
        assert_eq!(got[3], pair("Baker", "Ann Baker"));
        assert_eq!(got[5], pair("Baker", "Tom Baker"));
    }

    #[test]
    fn a_bare_shared_surname_beside_heads_of_state_is_the_leader() {
        let body = "Party leader Choi Min Ho sent envoy Choi Jae Won. Choi Jae Won arrived. \
                    He attended Choi's talks with Japanese Prime Minister Hiroshi Tanaka.";
        let got = mentions(body);
        assert_eq!(got.iter().find(|(t, _)| t == "Choi").unwrap().1, "Choi Min Ho");
    }

    #[test]
    fn two_different_full_names_never_merge_but_one_letter_slips_are_variants() {
        let body =
            "Kim Jong Un met Kim Jong Il. Kim Yong Chol came. Kim Yong Chol left. Kim Jong Chol returned.";
        let p = people(body);
        let names: Vec<&str> = p.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Kim Jong Un", "Kim Jong Il", "Kim Yong Chol"]);
        assert_eq!(p.persons[2].variants, ["Kim Jong Chol"]);
        assert_eq!(p.mentions.last().unwrap().kind, MentionKind::Variant);
    }

    #[test]
    fn organisations_places_credits_and_headings_are_not_people() {
        for body in [
            "The John F. Kennedy Center opened a new hall.",
            "The Central Intelligence Agency and the White House declined.",
            "They stayed at the Capella Hotel in New York.",
            "Little progress\nBut talks went on.",
            "Shares of Lockheed Martin rose while the Dow Jones fell.",
            "North Korea and South Korea met in Hong Kong.",
            "Wednesday's talks were in Singapore.",
        ] {
            assert!(names(body).is_empty(), "{body}: {:?}", names(body));
        }
    }

    #[test]
    fn a_speaker_known_only_by_surname_is_a_person() {
        assert_eq!(names("Campbell said the plan would work."), ["Campbell"]);
        assert!(names("Sterling fell against the euro.").is_empty());
    }

    #[test]
    fn a_place_broken_across_lines_is_still_a_place() {
        assert!(names("They flew to New\nYork on Monday.").is_empty());
    }

    #[test]
    fn an_unknown_given_name_before_a_known_surname_is_a_full_name() {
        let body =
            "Passenger Aisha Mohammed waited. Her husband, Tariq Mohammed, filmed it. Mohammed said so.";
        assert_eq!(names(body), ["Aisha Mohammed", "Tariq Mohammed"]);
        let body = "Unseeded Leylah Brandt won. Brandt, 19, broke serve. \"I stayed calm,\" Brandt said.";
        assert_eq!(mentions(body)[0], pair("Leylah Brandt", "Leylah Brandt"));
        assert!(names("Shares of Lockheed Martin rose.").is_empty(), "no one named Martin here");
    }

    #[test]
    fn a_relation_before_a_name_vouches_for_it() {
        assert_eq!(names("He rode beside his teammate Pieter Claes."), ["Pieter Claes"]);
        assert_eq!(names("Her husband, Tariq Rahman, filmed it."), ["Tariq Rahman"]);
        assert!(
            people("His teammate Pieter Claes won.").persons[0].roles.is_empty(),
            "a relation is not a role"
        );
    }

    #[test]
    fn a_surname_that_is_also_a_place_is_the_person_unless_it_follows_a_locative() {
        let body = "Alan Metz spoke. \"No,\" Mr. Metz recalled. Metz left for Paris. He lived in Metz.";
        let got = mentions(body);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(_, p)| p == "Alan Metz"));
    }

    #[test]
    fn a_double_surname_repeated_alone_is_the_same_person() {
        let body = "President Andrés Manuel Herrera Salgado spoke. Herrera Salgado left. \
                    Mohammed bin Hamad Al Rumhy agreed. Al Rumhy smiled.";
        assert_eq!(names(body), ["Andrés Manuel Herrera Salgado", "Mohammed bin Hamad Al Rumhy"]);
        assert_eq!(mentions(body).len(), 4);
    }

    #[test]
    fn vessels_and_things_after_the_are_not_people() {
        assert!(names("The USS John McCain docked on Monday.").is_empty());
        let body = "Mary Lee spoke. The Lee administration agreed.";
        assert_eq!(mentions(body).len(), 2, "a lone surname after 'the' still counts");
        assert!(names("They toured the John Smith memorial hall.").is_empty());
        assert_eq!(names("NASA hired John Smith."), ["John Smith"]);
    }

    #[test]
    fn two_east_asian_family_names_are_still_a_person() {
        let body = "Emma Laurent plays Chen Yu on Saturday. Laurent beat Chen last year.";
        assert_eq!(names(body), ["Emma Laurent", "Chen Yu"]);
        assert_eq!(mentions(body).last().unwrap(), &pair("Chen", "Chen Yu"));
    }

    #[test]
    fn names_in_captions_count() {
        assert_eq!(names("(Maria Lopez, right, arrives at a hotel)"), ["Maria Lopez"]);
    }

    #[test]
    fn a_possessive_appositive_vouches_for_an_unknown_name() {
        let body = "Jacinda Ardern, New Zealand's prime minister, said so. Ardern left.";
        let p = people(body);
        assert_eq!(p.persons[0].name, "Jacinda Ardern");
        assert_eq!(p.persons[0].roles, ["New Zealand's prime minister"]);
        assert_eq!(p.mentions.len(), 2);
    }

    #[test]
    fn appositive_roles() {
        let body = "Jane Doe, a former director of the Federal Bureau, spoke. Doe is a lawyer.";
        assert_eq!(people(body).persons[0].roles, ["former director of the Federal Bureau", "lawyer"]);
    }
}
