//! Grouping: the full names decided to be people become the article's persons. A shorter form with
//! the same ends joins the fuller one ("Sarah Sanders" → "Sarah Huckabee Sanders"), so does the end
//! of a fuller name ("Herrera Salgado", "Van den Berg") and its leading words when they begin no
//! other name ("Mary Ann" of "Mary Ann Okafor"); a familiar first name ("Bob Okafor" beside
//! "Robert Okafor") and a one-letter slip in one word ("Kim Jong Chol" beside "Kim Yong Chol") are
//! variants, never a new person. Linear in the number of names: comparisons happen within groups
//! that share a last word.

use std::borrow::Cow;
use std::hash::Hasher;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::evidence::Decided;
use super::spotting::Candidate;
use super::{MentionKind, Named};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{self, class};
use crate::span::Span;

/// A full-name mention found so far: its span, person, kind and the title it carried.
#[derive(Debug, Clone)]
pub struct Full {
    pub candidate: usize,
    pub span: Span,
    pub person: usize,
    pub kind: MentionKind,
}

struct Group<'k> {
    key: &'k [Cow<'k, str>],
    /// The first candidate with this key: its text is the name shown.
    first: usize,
    family_first: bool,
    count: usize,
}

/// Groups the multi-word candidates decided to be people (and shorter multi-word forms of them)
/// into persons; returns the mentions they make.
pub fn group(doc: &Doc, candidates: &[Candidate], decided: &Decided, persons: &mut Vec<Named>) -> Vec<Full> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<&[Cow<str>], usize> = HashMap::default();
    let mut of_candidate: Vec<Option<usize>> = vec![None; candidates.len()];
    for (i, k) in decided.keys.iter().enumerate() {
        if k.len() < 2 || !decided.person[i] {
            continue;
        }
        let g = *by_key.entry(k.as_slice()).or_insert_with(|| {
            groups.push(Group { key: k, first: i, family_first: decided.weights[i].family_first, count: 0 });
            groups.len() - 1
        });
        groups[g].count += 1;
        of_candidate[i] = Some(g);
    }
    // Undecided multi-word forms of a decided name ("Herrera Salgado") join it below.
    let shorter: HashSet<String> =
        groups.iter().flat_map(|g| shorter_forms(g.key)).map(|form| form.join(" ")).collect();
    for (i, k) in decided.keys.iter().enumerate() {
        if k.len() >= 2
            && of_candidate[i].is_none()
            && !decided.weights[i].company
            && !decided.weights[i].located
            && shorter.contains(&k.join(" "))
        {
            let g = *by_key.entry(k.as_slice()).or_insert_with(|| {
                groups.push(Group { key: k, first: i, family_first: false, count: 0 });
                groups.len() - 1
            });
            groups[g].count += 1;
            of_candidate[i] = Some(g);
        }
    }
    // Names of given names alone ("Mary Ann") may be the leading words of a fuller one.
    let given_only: Vec<bool> = groups
        .iter()
        .map(|g| {
            let words = super::evidence::name_words(doc, candidates[g.first].tokens.clone());
            words.len() == g.key.len() && words.iter().all(|&t| doc.lex(t).is(class::GIVEN))
        })
        .collect();
    let (target, variant) = merge(&groups, &given_only, &by_key);
    let root = |mut i: usize| {
        while target[i] != i {
            i = target[i];
        }
        i
    };
    let mut person_of_group = vec![usize::MAX; groups.len()];
    for (gi, g) in groups.iter().enumerate().filter(|(gi, _)| root(*gi) == *gi) {
        person_of_group[gi] = persons.len();
        persons.push(Named::named(doc, candidates[g.first].tokens.clone(), g.family_first));
    }
    let mut out = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let Some(gi) = of_candidate[i] else { continue };
        let person = person_of_group[root(gi)];
        let kind = if variant[gi] { MentionKind::Variant } else { MentionKind::Full };
        if variant[gi] {
            let shown = doc.span(candidates[groups[gi].first].tokens.clone());
            if !persons[person].variants.iter().any(|&v| doc.body[v] == doc.body[shown]) {
                persons[person].variants.push(shown);
            }
        }
        out.push(Full { candidate: i, span: doc.span(c.tokens.clone()), person, kind });
    }
    out
}

/// The longest name whose shorter forms are all tried (2^(n-2) of them keep both ends).
const LONGEST_FORMS: usize = 6;

/// The shorter forms of a name that name the same person: those keeping its first and last
/// words ("Sarah Sanders" of "Sarah Huckabee Sanders") and its ends of two words or more
/// ("Herrera Salgado" of "Andrés Manuel Herrera Salgado").
fn shorter_forms<'a>(key: &'a [Cow<'_, str>]) -> Vec<Vec<&'a str>> {
    let words: Vec<&str> = key.iter().map(AsRef::as_ref).collect();
    let n = words.len();
    let mut forms: Vec<Vec<&str>> = (1..n.saturating_sub(1)).map(|s| words[s..].to_vec()).collect();
    // A family name that opens with particles, before a second family name: "de la Fuente" of
    // "María José de la Fuente Ortega".
    let particle = |w: &str| lexicon::LEXICON.word(w).is(class::PARTICLE);
    for s in (1..n.saturating_sub(2)).filter(|&s| particle(words[s])) {
        let end = (s + 1..n - 1).find(|&e| !particle(words[e]));
        forms.extend(end.map(|e| words[s..=e].to_vec()));
    }
    if (3..=LONGEST_FORMS).contains(&n) {
        // Each subset of the middle words, short of all of them.
        let middle = n - 2;
        for keep in 0..(1u32 << middle) - 1 {
            let mut form = vec![words[0]];
            form.extend((0..middle).filter(|b| keep & (1 << b) != 0).map(|b| words[b + 1]));
            form.push(words[n - 1]);
            forms.push(form);
        }
    }
    forms
}

/// Which group each group joins, and whether as a variant. Names are compared only with those
/// they could match (by their shorter forms, by their one-letter neighbours), never all pairs.
/// `by_key` finds a group by its key.
fn merge(
    groups: &[Group],
    given_only: &[bool],
    by_key: &HashMap<&[Cow<str>], usize>,
) -> (Vec<usize>, Vec<bool>) {
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let mut variant = vec![false; groups.len()];
    let mut fuller: HashMap<Vec<&str>, Vec<usize>> = HashMap::default();
    for (b, g) in groups.iter().enumerate() {
        for form in shorter_forms(g.key) {
            fuller.entry(form).or_default().push(b);
        }
    }
    // Given names that lead one fuller name and no other ("Mary Ann" of "Mary Ann Okafor", where
    // "Okafor" alone could be any of the family); a surname never leads ("Ana Salem" is not
    // "Ana Salem Ana" cut short).
    let mut leading: HashMap<&[Cow<str>], Vec<usize>> = HashMap::default();
    for (b, g) in groups.iter().enumerate() {
        for k in 2..g.key.len() {
            leading.entry(&g.key[..k]).or_default().push(b);
        }
    }
    for (a, g) in groups.iter().enumerate() {
        let words: Vec<&str> = g.key.iter().map(AsRef::as_ref).collect();
        // Of several fuller names ("Van der Meulen" of Hendrik's and of Willem's), the one named
        // last before the shorter form first appears, else the first named after it.
        let fullers = fuller.get(&words).into_iter().flatten().copied().filter(|&b| b != a && target[b] == b);
        let chosen = fullers.min_by_key(|&b| {
            let first = groups[b].first;
            if first < g.first { (0, g.first - first) } else { (1, first - g.first) }
        });
        if let Some(b) = chosen {
            target[a] = b;
        }
        if target[a] == a
            && given_only[a]
            && let Some(&[b]) = leading.get(g.key).map(Vec::as_slice)
            && target[b] == b
        {
            target[a] = b;
        }
    }
    // A familiar form of the first name, the rest the same ("Chuck Fairley" of "Charles
    // Fairley"), is a variant of the formal one.
    for (a, g) in groups.iter().enumerate() {
        let [first, rest @ ..] = g.key else { continue };
        if g.family_first || rest.is_empty() || target[a] != a {
            continue;
        }
        let mut formal: Vec<Cow<str>> = g.key.to_vec();
        for name in lexicon::formal_names(first) {
            formal[0] = Cow::Borrowed(name.as_str());
            if let Some(&b) = by_key.get(formal.as_slice())
                && target[b] == b
                && !groups[b].family_first
            {
                target[a] = b;
                variant[a] = true;
                break;
            }
        }
    }
    let neighbourhoods: Vec<Vec<u64>> = groups.iter().map(|g| neighbourhood(g.key)).collect();
    let mut near: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, keys) in neighbourhoods.iter().enumerate() {
        for &key in keys {
            near.entry(key).or_default().push(i);
        }
    }
    for (a, ga) in groups.iter().enumerate() {
        let mut others: Vec<usize> =
            neighbourhoods[a].iter().filter_map(|k| near.get(k)).flatten().copied().collect();
        others.sort_unstable();
        others.dedup();
        for b in others {
            let gb = &groups[b];
            if a != b
                && target[a] == a
                && target[b] == b
                && one_letter_apart(ga.key, gb.key)
                && (ga.count, b) < (gb.count, a)
            {
                target[a] = b;
                variant[a] = true;
            }
        }
    }
    (target, variant)
}

/// Keys two names one letter apart share at least one of: the name with one of its words after
/// the first (of three letters or more) written as is or with a letter left out ("Kim Jong Chol",
/// "Kim Yong Chol" → "kim ong chol"). A different first word is a different person.
/// The keys are hashes: a shared hash only makes two names worth comparing.
fn neighbourhood(key: &[Cow<str>]) -> Vec<u64> {
    let mut keys = Vec::new();
    // The key's bytes are gathered first: a name written as is and one with a letter left out
    // must hash alike however the word was cut ("pedr" + "" and "" + "pedr").
    let mut bytes = Vec::new();
    for (p, word) in key.iter().enumerate().skip(1).filter(|(_, w)| w.chars().count() >= 3) {
        let mut with = |skip: std::ops::Range<usize>| {
            bytes.clear();
            for (q, x) in key.iter().enumerate() {
                if q == p {
                    bytes.extend_from_slice(&x.as_bytes()[..skip.start]);
                    bytes.extend_from_slice(&x.as_bytes()[skip.end..]);
                } else {
                    bytes.extend_from_slice(x.as_bytes());
                }
                bytes.push(0xff);
            }
            let mut h = rustc_hash::FxHasher::default();
            h.write(&bytes);
            h.write_usize(p);
            keys.push(h.finish());
        };
        with(0..0);
        for (at, c) in word.char_indices() {
            with(at..at + c.len_utf8());
        }
    }
    keys
}

/// Same length, one word different by a single letter, and that word long enough to be more than
/// a syllable ("Jong"/"Yong", not "Un"/"Il").
fn one_letter_apart(a: &[Cow<str>], b: &[Cow<str>]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut differing = a.iter().zip(b).filter(|(x, y)| x != y);
    match (differing.next(), differing.next()) {
        (Some((x, y)), None) => x.chars().count() >= 3 && y.chars().count() >= 3 && edit_distance(x, y) == 1,
        _ => false,
    }
}

pub(super) fn edit_distance(a: &str, b: &str) -> usize {
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
