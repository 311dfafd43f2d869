//! Grouping: the full names decided to be people become the article's persons. A shorter form with
//! the same ends joins the fuller one ("Sarah Sanders" → "Sarah Huckabee Sanders"), so does the end
//! of a fuller name ("Herrera Salgado", "Van den Berg"); a one-letter slip in one word is a
//! probable variant ("Kim Jong Chol" beside "Kim Yong Chol"), never a new person. Linear in the
//! number of names: comparisons happen within groups that share a last word.

use std::collections::HashMap;

use super::evidence::Decided;
use super::spotting::Candidate;
use super::{LocalPerson, MentionKind};
use crate::extract::doc::Doc;
use crate::span::Span;

/// A full-name mention found so far: its span, person, kind and the title it carried.
#[derive(Debug, Clone)]
pub struct Full {
    pub candidate: usize,
    pub span: Span,
    pub person: usize,
    pub kind: MentionKind,
}

struct Group {
    key: Vec<String>,
    /// The first candidate with this key: its text is the name shown.
    first: usize,
    family_first: bool,
    count: usize,
}

/// Groups the multi-word candidates decided to be people (and shorter multi-word forms of them)
/// into persons; returns the mentions they make.
pub fn group(
    doc: &Doc,
    candidates: &[Candidate],
    decided: &Decided,
    persons: &mut Vec<LocalPerson>,
) -> Vec<Full> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<&[String], usize> = HashMap::new();
    let mut of_candidate: Vec<Option<usize>> = vec![None; candidates.len()];
    for (i, k) in decided.keys.iter().enumerate() {
        if k.len() < 2 || !decided.person[i] {
            continue;
        }
        let g = *by_key.entry(k.as_slice()).or_insert_with(|| {
            groups.push(Group {
                key: k.clone(),
                first: i,
                family_first: decided.weights[i].family_first,
                count: 0,
            });
            groups.len() - 1
        });
        groups[g].count += 1;
        of_candidate[i] = Some(g);
    }
    // Undecided multi-word forms of a decided name ("Herrera Salgado") join it below.
    for (i, k) in decided.keys.iter().enumerate() {
        if k.len() >= 2
            && of_candidate[i].is_none()
            && !decided.weights[i].company
            && !decided.weights[i].located
        {
            let fuller =
                groups.iter().any(|g| g.key.len() > k.len() && (same_ends(k, &g.key) || g.key.ends_with(k)));
            if fuller {
                let g = *by_key.entry(k.as_slice()).or_insert_with(|| {
                    groups.push(Group { key: k.clone(), first: i, family_first: false, count: 0 });
                    groups.len() - 1
                });
                groups[g].count += 1;
                of_candidate[i] = Some(g);
            }
        }
    }
    let (target, variant) = merge(&groups);
    let root = |mut i: usize| {
        while target[i] != i {
            i = target[i];
        }
        i
    };
    let mut person_of_group = vec![usize::MAX; groups.len()];
    for (gi, g) in groups.iter().enumerate().filter(|(gi, _)| root(*gi) == *gi) {
        person_of_group[gi] = persons.len();
        persons.push(LocalPerson::named(doc, candidates[g.first].tokens.clone(), g.family_first));
    }
    let mut out = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let Some(gi) = of_candidate[i] else { continue };
        let person = person_of_group[root(gi)];
        let kind = if variant[gi] { MentionKind::Variant } else { MentionKind::Full };
        if variant[gi] {
            let shown = doc.phrase(candidates[groups[gi].first].tokens.clone()).to_owned();
            if !persons[person].variants.contains(&shown) {
                persons[person].variants.push(shown);
            }
        }
        out.push(Full { candidate: i, span: doc.span(c.tokens.clone()), person, kind });
    }
    out
}

fn same_ends(short: &[String], long: &[String]) -> bool {
    short.first() == long.first() && short.last() == long.last() && is_subsequence(short, long)
}

/// Which group each group joins, and whether as a variant.
fn merge(groups: &[Group]) -> (Vec<usize>, Vec<bool>) {
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let mut variant = vec![false; groups.len()];
    // Both rules need the same last word; one-letter slips may change it, so they compare by
    // length and first word instead.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_shape: HashMap<(usize, &str), Vec<usize>> = HashMap::new();
    for (i, g) in groups.iter().enumerate() {
        by_last.entry(g.key.last().map_or("", String::as_str)).or_default().push(i);
        by_shape.entry((g.key.len(), g.key.first().map_or("", String::as_str))).or_default().push(i);
    }
    for members in by_last.values() {
        for &a in members {
            for &b in members {
                let (ka, kb) = (&groups[a].key, &groups[b].key);
                // "Van den Berg" after "Pieter van den Berg", "Herrera Salgado" after "Andrés Manuel
                // Herrera Salgado": the end of a fuller name is that person.
                let tail = ka.len() > 1 && kb.ends_with(ka);
                if a != b && target[b] == b && ka.len() < kb.len() && (same_ends(ka, kb) || tail) {
                    target[a] = b;
                }
            }
        }
    }
    for members in by_shape.values() {
        for &a in members {
            for &b in members {
                let (ga, gb) = (&groups[a], &groups[b]);
                if a != b
                    && target[a] == a
                    && target[b] == b
                    && one_letter_apart(&ga.key, &gb.key)
                    && (ga.count, b) < (gb.count, a)
                {
                    target[a] = b;
                    variant[a] = true;
                }
            }
        }
    }
    (target, variant)
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

/// Same length, one word different by a single letter, and that word long enough to be more than
/// a syllable ("Jong"/"Yong", not "Un"/"Il").
fn one_letter_apart(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut differing = a.iter().zip(b).filter(|(x, y)| x != y);
    match (differing.next(), differing.next()) {
        (Some((x, y)), None) => x.chars().count() >= 3 && y.chars().count() >= 3 && edit_distance(x, y) == 1,
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
