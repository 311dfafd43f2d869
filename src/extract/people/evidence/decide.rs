//! Deciding each name once for the article from all its occurrences (Mikheev 1999), then giving
//! names listed beside people the benefit of the doubt.

use std::borrow::Cow;
use std::ops::Range;

use super::{
    HashMap, HashSet, Key, NOT_A_NAME, NOT_ONLY_A_NAME, PERSON, Weight, key, lower_case_words, weigh,
};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{WordSet, class};
use crate::extract::people::model::{Feature, Model};
use crate::extract::people::spotting::{Candidate, Spotted};
use crate::extract::tokens::{Kind, shape};

/// A decision for every candidate: whether it names a person, and the weights it was made from.
#[derive(Debug)]
pub struct Decided<'d> {
    pub person: Vec<bool>,
    pub weights: Vec<Weight>,
    /// Keys of candidates and the candidates holding them.
    pub keys: Vec<Key<'d>>,
}

/// Organisation words that end a firm's name ("Vantor Savings Bank", "Harlow Pike Partners").
static BUSINESS: WordSet = WordSet::new(&[
    "bank",
    "bancorp",
    "bancshares",
    "capital",
    "financial",
    "holdings",
    "industries",
    "insurance",
    "investments",
    "savings",
    "partners",
    "partnership",
    "securities",
    "ventures",
    "enterprises",
    "motors",
    "airlines",
    "petroleum",
    "pharmaceuticals",
    "technologies",
    "communications",
    "electronics",
    "group",
    "associates",
    "brothers",
    "foods",
    "energy",
    "media",
    "systems",
    "logistics",
    "airways",
    "mining",
    "resources",
    "properties",
    "laboratories",
    "entertainment",
    "studios",
    "pictures",
    "records",
    "publishing",
    "brands",
    "chemicals",
    "steel",
    "engineering",
    "management",
]);

/// What is written, said, answered or handed to someone, and the ties that lead to someone
/// ("married to", "successor to"): "to" after it leads to a person.
static MESSAGES: WordSet = WordSet::new(&[
    "letter",
    "letters",
    "request",
    "appeal",
    "message",
    "plea",
    "petition",
    "note",
    "wrote",
    "written",
    "sent",
    "said",
    "spoke",
    "talked",
    "complained",
    "appealed",
    "turned",
    "handed",
    "gave",
    "offered",
    "addressed",
    "reported",
    "instructions",
    "orders",
    "reply",
    "replied",
    "answer",
    "responded",
    "response",
    "invitation",
    "apology",
    "apologised",
    "apologized",
    "tribute",
    "explained",
    "introduced",
    "married",
    "successor",
]);

/// Decides each name once for the article, then gives names listed beside people the benefit of
/// the doubt ("Ann Lee, Bo Chen and Tarek Haddad").
pub fn decide<'d>(doc: &'d Doc, spotted: &Spotted, model: &Model) -> Decided<'d> {
    let candidates = &spotted.candidates;
    let lower = lower_case_words(doc, candidates);
    let mut weights: Vec<Weight> = candidates.iter().map(|c| weigh(doc, c, &lower, model)).collect();
    let keys: Vec<Key> = candidates.iter().map(|c| key(doc, c.tokens.clone())).collect();
    // "Ivo Lang, the founder, … Lang's employees": what a firm has, a person the article names in
    // full with a person's context has too.
    let named: HashSet<&str> = keys
        .iter()
        .zip(&weights)
        .filter(|(k, w)| {
            let personal = w.context || w.features.has(Feature::GivenCommon);
            k.len() >= 2 && personal && w.score >= PERSON && !w.company
        })
        .filter_map(|(k, _)| k.last().map(AsRef::as_ref))
        .collect();
    for (i, c) in candidates.iter().enumerate() {
        let owner = keys[i].len() == 1 && doc.kind(c.tokens.end) == Some(Kind::Possessive);
        if owner && weights[i].company && named.contains(keys[i][0].as_ref()) {
            weights[i].company = false;
            weights[i].features.unset(Feature::Company);
            weights[i].score = model.score(weights[i].features);
        }
    }
    // Names shown with a company form, in a candidate or in an organisation ("Atlas Motor Co.").
    let mut companies: HashSet<Key> = HashSet::default();
    for o in spotted.organisations.iter().filter(|o| o.company) {
        // "Fratelli Bosi S.p.A.", "Atlas Motor Co.": every stretch of its name is that company.
        let words = key(doc, o.tokens.start..o.tokens.end - 1);
        for start in 0..words.len() {
            for end in start + 1..=words.len() {
                companies.insert(words[start..end].iter().cloned().collect());
            }
        }
    }
    // "Harlow Pike Partners … Harlow Pike said", "Vantor Savings Bank … Vantor posted": a firm
    // with a business word at the end goes by its first words (its first word alone only when
    // that is no common given name: "Ana Salem Partners" does not make every Ana a firm).
    // "Premier League club Kestwick City … Kestwick, who finished sixth": so does one that
    // an organisation noun introduces.
    for o in spotted.organisations.iter().filter(|o| !o.company && o.tokens.len() >= 2) {
        let last = o.tokens.end - 1;
        let introduced =
            o.tokens.start.checked_sub(1).is_some_and(|k| super::against::organisation_noun(&doc.lower(k)));
        if !doc.is_in(last, &BUSINESS) && !introduced {
            continue;
        }
        let words = key(doc, o.tokens.start..last);
        let first_given = doc.lex(o.tokens.start).is(class::COMMON_GIVEN);
        for end in 1..=words.len() {
            if end >= 2 || !first_given {
                companies.insert(words[..end].iter().cloned().collect());
            }
        }
    }
    // The names of firms the article writes as firms: no reading of one occurrence made them.
    let firm_names = companies.clone();
    for (i, (k, w)) in keys.iter().zip(&weights).enumerate() {
        if w.company {
            company_and_short_forms(doc, &candidates[i], k, &mut companies);
        }
    }
    // "General Marvessa Inc. … the deal lets General Marvessa": a title word that opens a company's
    // name elsewhere is that name's first word, not a person's title.
    for (i, c) in candidates.iter().enumerate() {
        if let Some(title) = &c.title
            && title.end == c.tokens.start
            && companies.contains(&key(doc, title.start..c.tokens.end))
        {
            weights[i].company = true;
        }
    }
    // "Shares of Atlas Corp. and Bellwether Sachs fell", "Quill Lasker, Harlow Pike and Tanner
    // Hollis say" after "at Quill Lasker Brandt": a list with a company in it is a list of
    // companies; its names with nothing around them that says "person" are companies too.
    let joined = |a: &Range<usize>, b: &Range<usize>| {
        let (a, b) = if a.start < b.start { (a, b) } else { (b, a) };
        coordinated(doc, a, b) && (a.end..b.start).any(|k| matches!(doc.text(k), "and" | "&" | "or"))
    };
    let firms: Vec<&Range<usize>> =
        spotted.organisations.iter().filter(|o| o.company).map(|o| &o.tokens).collect();
    // Each candidate's list: its neighbours in the sentence with only commas, "and", "&" or "or"
    // between them; a list has "and", "&" or "or" somewhere ("the University of Lyon, Ivo,
    // …" is none).
    // A list of people may also be three names, or end in "and" ("Ann Lee, Bo Chen and the
    // mayor"); two names with only a comma between are none ("where flags fly from battered
    // Vantors, Ana Salem is …").
    let mut list = vec![0; candidates.len()];
    let mut with_and = Vec::new();
    let mut members: Vec<usize> = Vec::new();
    let mut and_after = Vec::new();
    for i in 0..candidates.len() {
        let continues = i > 0
            && candidates[i - 1].sentence == candidates[i].sentence
            && coordinated(doc, &candidates[i - 1].tokens, &candidates[i].tokens);
        if continues {
            list[i] = list[i - 1];
            with_and[list[i]] |= joined(&candidates[i - 1].tokens, &candidates[i].tokens);
        } else {
            list[i] = with_and.len();
            with_and.push(false);
            members.push(0);
            and_after.push(false);
        }
        members[list[i]] += 1;
        and_after[list[i]] = matches!(doc.text(candidates[i].tokens.end), "and" | "&" | "or");
    }
    let people_list: Vec<bool> =
        (0..with_and.len()).map(|l| with_and[l] || members[l] >= 3 || and_after[l]).collect();
    // Joined to a firm with a company form: organisations come in text order too, so only the
    // ones that end or start next to it.
    let beside_firm: Vec<bool> = candidates
        .iter()
        .map(|c| {
            let sentence = &doc.sentences[c.sentence].tokens;
            let near = firms.partition_point(|o| o.end + 3 < c.tokens.start);
            firms[near..].iter().take_while(|o| o.start <= c.tokens.end + 3).any(|o| {
                sentence.contains(&o.start) && sentence.contains(&c.tokens.start) && joined(&c.tokens, o)
            })
        })
        .collect();
    // A company in a list may be known only from a later sentence: a few rounds carry it.
    for _ in 0..3 {
        let mut firm_lists = vec![false; with_and.len()];
        for i in 0..candidates.len() {
            let company = weights[i].company || companies.contains(&keys[i]);
            firm_lists[list[i]] |= beside_firm[i] || company && with_and[list[i]];
        }
        let mut changed = false;
        for (i, c) in candidates.iter().enumerate() {
            let w = &weights[i];
            // A given name or initials keep a person in a mixed list ("Ann Lee of Harlow Pike,
            // Ivo F. Lang and Nia Quist").
            let personal = [Feature::GivenCommon, Feature::GivenOther, Feature::Initials]
                .into_iter()
                .any(|f| w.features.has(f));
            if firm_lists[list[i]] && !(w.company || w.context || w.titled || personal) {
                weights[i].company = true;
                company_and_short_forms(doc, c, &keys[i], &mut companies);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut person = decide_once(&keys, &weights, &companies);
    // "Jenna Pebbles … In 2015, Pebbles became …": a surname that is also a common word, written
    // alone with a capital mid-sentence again and again and never in lower case, names the person.
    let mut alone: HashMap<&str, usize> = HashMap::default();
    for (k, w) in keys.iter().zip(&weights) {
        let f = w.features;
        if let [word] = k.as_slice()
            && !f.has(Feature::OpensSentenceOne)
            && !f.has(Feature::TitleCase)
            && !w.located
            && !w.company
            && !lower.contains(word.as_ref())
        {
            *alone.entry(word.as_ref()).or_default() += 1;
        }
    }
    for (i, k) in keys.iter().enumerate() {
        let (w, f) = (&weights[i], weights[i].features);
        let given = f.has(Feature::GivenCommon) || f.has(Feature::GivenOther);
        if !person[i]
            && k.len() == 2
            && given
            && f.has(Feature::CommonNounLast)
            && !w.located
            && !w.company
            && alone.get(k[1].as_ref()).is_some_and(|&n| n >= 2)
        {
            weights[i].score = weights[i].score.max(PERSON);
            person[i] = true;
        }
    }
    // "Marisol … Marisol … Marisol": a given name and nothing else, written alone again and again, is
    // someone known by it (a character, a performer, a child).
    let mut given_alone: HashMap<&str, (usize, f32)> = HashMap::default();
    for (i, (k, w)) in keys.iter().zip(&weights).enumerate() {
        let [word] = k.as_slice() else { continue };
        let lex = doc.lex_of(candidates[i].tokens.clone());
        let only_given = lex.is(class::GIVEN)
            && !doc.tokens[candidates[i].tokens.start].has(shape::CAPS)
            && !lex.is(NOT_ONLY_A_NAME | class::SURNAME);
        if only_given
            && !w.located
            && !w.company
            && !w.features.has(Feature::TitleCase)
            && !w.features.has(Feature::LocativeOne)
        {
            let e = given_alone.entry(word.as_ref()).or_insert((0, f32::MIN));
            e.0 += 1;
            e.1 = e.1.max(w.score);
        }
    }
    for (i, k) in keys.iter().enumerate() {
        if let [word] = k.as_slice()
            && !person[i]
            && given_alone.get(word.as_ref()).is_some_and(|&(n, best)| n >= 2 && best >= -1.0)
        {
            weights[i].score = weights[i].score.max(PERSON);
            person[i] = true;
        }
    }
    // "Tariq Mohammed" beside "Aisha Mohammed", "Leylah Brandt" beside "Brandt said": an unknown
    // word before the surname of someone the article names is that person's given name.
    let surnames: HashSet<&str> = keys
        .iter()
        .zip(&person)
        .filter(|(_, p)| **p)
        .filter_map(|(k, _)| k.last().map(AsRef::as_ref))
        .collect();
    // Surnames of people named in full, to tell "Player" or "May" alone from the common word.
    let full_surnames: HashSet<&str> = keys
        .iter()
        .zip(&person)
        .filter(|(k, p)| **p && k.len() >= 2)
        .filter_map(|(k, _)| k.last().map(AsRef::as_ref))
        .collect();
    for (i, k) in keys.iter().enumerate() {
        if !person[i] && k.len() == 2 && surnames.contains(k[1].as_ref()) && weights[i].score >= 0.0 {
            weights[i].score += 3.0;
        }
        // "Tobin Marsh won … Marsh pinpoints …": a capitalised word that is the surname of someone
        // named in full is that person again, unless the article also writes it in lower case
        // or reads it as a place or a company. "A letter to Salem" after "Ana Salem" is to her,
        // not to the town ("flew to Salem" is the town's).
        let after_to = candidates[i]
            .tokens
            .start
            .checked_sub(2)
            .is_some_and(|b| doc.is_word(b + 1, "to") && doc.is_in(b, &MESSAGES));
        if k.len() == 1
            && weights[i].located
            && after_to
            && full_surnames.contains(k[0].as_ref())
            && !lower.contains(k[0].as_ref())
        {
            weights[i].located = false;
            weights[i].score = weights[i].score.max(PERSON);
        }
        let w = &weights[i];
        if !person[i]
            && k.len() == 1
            && full_surnames.contains(k[0].as_ref())
            && !lower.contains(k[0].as_ref())
            && !w.located
            && !w.company
            && w.score > NOT_A_NAME
        {
            weights[i].score = weights[i].score.max(PERSON);
        }
    }
    // Lists: a name coordinated with people is one too. Candidates come in text order, so the
    // only ones it can be coordinated with are its neighbours; a pass each way carries it along
    // the list ("A, B, C and D" when only D is known).
    let mut boosted = vec![false; candidates.len()];
    let forward = 0..candidates.len();
    for i in forward.clone().chain(forward.rev()) {
        let c = &candidates[i];
        if person[i] || boosted[i] || weights[i].score < 0.0 {
            continue;
        }
        let beside_person = |related: fn(&Doc, &Range<usize>, &Range<usize>) -> bool| {
            [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
                candidates.get(j).is_some_and(|d| {
                    person[j] && d.sentence == c.sentence && related(doc, &c.tokens, &d.tokens)
                })
            })
        };
        let listed = beside_person(coordinated);
        // A single word only when it is nothing but a name ("Velkaro, Drusso and Ana Salem",
        // not "Paris, Rome and Ann Lee").
        let plain_name = || {
            let lex = doc.lex_of(c.tokens.clone());
            !lex.is(class::WORD
                | class::PLACE
                | class::DEMONYM
                | class::ORG_CUE
                | class::TITLE
                | class::FUNCTION)
        };
        // "Mila Trasko beat Ines Valdor 6-3": whoever a person plays against is one too.
        let listed = listed && people_list[list[i]] || beside_person(opposed);
        if listed && !weights[i].located && (keys[i].len() >= 2 || plain_name()) {
            weights[i].score += 3.0;
            boosted[i] = true;
            person[i] = weights[i].score >= PERSON;
        }
    }
    // "Hank and Rachel Ferris": a given name alone, then "and" and a person, is one of a couple
    // (a word that is only a given name, though "hank" is also a word).
    for i in 0..candidates.len().saturating_sub(1) {
        let (c, d) = (&candidates[i], &candidates[i + 1]);
        let lex = doc.lex_of(c.tokens.clone());
        let given_only =
            keys[i].len() == 1 && lex.is(class::GIVEN) && !lex.is(NOT_ONLY_A_NAME & !class::WORD);
        let partner = person[i + 1] && doc.is_word(c.tokens.end, "and") && d.tokens.start == c.tokens.end + 1;
        if given_only && partner {
            weights[i].score = weights[i].score.max(PERSON);
        }
    }
    person = decide_once(&keys, &weights, &companies);
    // "Brannic Group … Ivo Brannic founded it … Brannic will report": a word that names a firm
    // written as one here is that firm, not the surname of someone named in full.
    for (i, k) in keys.iter().enumerate() {
        if k.len() == 1 && !person[i] && !weights[i].titled && firm_names.contains(k) {
            weights[i].company = true;
        }
    }
    // "Secretary Da- Dana Whitlock": a word broken off and begun again is a false start, no one.
    // ("Ana Sal- Salem" is still Ana's name.)
    for (i, c) in candidates.iter().enumerate().filter(|(_, c)| c.tokens.len() == 1) {
        let (end, word) = (c.tokens.end, doc.text(c.tokens.end - 1));
        let broken = doc.is_word(end, "-")
            && doc.tokens[end].has(shape::JOINED)
            && doc.tokens.get(end + 1).is_some_and(|t| !t.has(shape::JOINED) && t.kind == Kind::Word);
        if broken && doc.text(end + 1).len() > word.len() && doc.text(end + 1).starts_with(word) {
            person[i] = false;
            weights[i].score = weights[i].score.min(NOT_A_NAME);
        }
    }
    Decided { person, weights, keys }
}

/// Adds a company's name `key` and the shorter forms news uses for it: its first words
/// ("Quill Lasker" for "Quill Lasker Brandt"), its first word alone when that is no given name
/// ("Quill", not the "Ana" of "Ana Vantor Farms").
fn company_and_short_forms<'d>(
    doc: &Doc,
    c: &Candidate,
    key: &[Cow<'d, str>],
    companies: &mut HashSet<Key<'d>>,
) {
    for end in 1..key.len() {
        let first_given = || doc.lex_of(c.tokens.start..c.tokens.start + 1).is(class::GIVEN);
        if end >= 2 || !first_given() {
            companies.insert(key[..end].iter().cloned().collect());
        }
    }
    companies.insert(key.iter().cloned().collect());
}

fn decide_once<'d>(keys: &[Key<'d>], weights: &[Weight], companies: &HashSet<Key<'d>>) -> Vec<bool> {
    #[derive(Default)]
    struct Name {
        best: f32,
        context: bool,
        count: usize,
        titled: bool,
        /// Read as a place somewhere ("in Iraq"), or strongly not a name somewhere.
        placed: bool,
        worst: f32,
        /// Occurrences after "the".
        determined: usize,
    }
    let mut names: HashMap<&[Cow<str>], Name> = HashMap::default();
    for (k, w) in keys.iter().zip(weights) {
        let name = names.entry(k.as_slice()).or_default();
        name.best = name.best.max(w.score);
        name.count += 1;
        name.context |= w.context && w.score >= PERSON;
        name.titled |= w.titled;
        name.placed |= w.located;
        name.worst = name.worst.min(w.score);
        name.determined += usize::from(w.determined);
    }
    keys.iter()
        .zip(weights)
        .map(|(k, w)| {
            let name = &names[k.as_slice()];
            // A company form anywhere makes the name a company, unless a title makes it a person
            // or the occurrence has an age ("Halvorsen Motors named Eirik Halvorsen … Halvorsen,
            // 44, succeeds").
            if companies.contains(k) && !name.titled {
                return w.features.has(Feature::Age);
            }
            // A name read as a place somewhere is that place throughout, unless a title makes it
            // someone ("Mr. Metz").
            if w.located || (name.placed && !name.titled) {
                return false;
            }
            // "the Tarvani built …, the Tarvani carved …": a name nearly always after "the" is a
            // people, a team or a thing.
            if name.determined >= 2 && name.determined * 4 >= name.count * 3 && !name.titled {
                return false;
            }
            name.context
                || name.best >= PERSON
                || (name.count >= 2 && name.best >= PERSON - 1.0 && name.worst > -4.0)
        })
        .collect()
}

/// Words of a contest between the two sides named around them ("beat", "lost to", "v.").
const CONTESTS: &[&[&str]] = &[
    &["beat"],
    &["beats"],
    &["defeated"],
    &["defeats"],
    &["edged"],
    &["ousted"],
    &["upset"],
    &["eliminated"],
    &["overcame"],
    &["outlasted"],
    &["routed"],
    &["thrashed"],
    &["outplayed"],
    &["lost", "to"],
    &["loses", "to"],
    &["fell", "to"],
    &["drew", "with"],
    &["v"],
    &["v."],
    &["vs"],
    &["vs."],
    &["versus"],
];

/// Whether two candidates of a sentence are named as the two sides of a contest: only the words of
/// one stand between them.
fn opposed(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> bool {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    let between = first.end..second.start;
    CONTESTS.iter().any(|words| {
        words.len() == between.len() && words.iter().zip(between.clone()).all(|(w, k)| doc.is_word(k, w))
    })
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
