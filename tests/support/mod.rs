//! Scoring people extraction against hand annotations, shared by the gold-set tests.
//!
//! Gold files list, per article, people with mention spans (byte offsets into the body) and an
//! `optional` flag. Scores: exact mention F1 (span and person both right), person-entity F1 per
//! article, and B³ over the gold mentions with the corpus-wide person ids.

// Each test crate uses a part of this module; the rest is dead code there.
#![allow(dead_code)]

pub mod invariants;
pub mod news;
pub mod rng;
pub mod tmux;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use dateline::corpus::Corpus;
use dateline::index::CrossRef;
use serde_json::Value;

pub fn fixture(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

pub fn read_json(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture(path)).unwrap()).unwrap()
}

#[derive(Debug, Default)]
pub struct PeopleScore {
    pub mention_f1: f64,
    pub entity_f1: f64,
    pub b_cubed_f1: f64,
    pub false_people: Vec<String>,
    pub missed_people: Vec<String>,
    pub report: String,
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    2.0 * p * r / (p + r)
}

/// Scores `corpus` (whose article ids are the gold ids) against `gold["articles"]`.
pub fn score_people(corpus: &Corpus, gold: &Value, id_of: impl Fn(&Value) -> String) -> PeopleScore {
    let index = CrossRef::extract(&corpus.articles);
    let mut s = PeopleScore::default();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let (mut etp, mut efp, mut efn) = (0, 0, 0);
    // For B³: each gold mention's gold cluster and predicted cluster.
    let mut clusters: Vec<(String, String)> = Vec::new();
    for g in gold["articles"].as_array().unwrap() {
        let id = id_of(g);
        let (ai, article) =
            corpus.articles.iter().enumerate().find(|(_, a)| a.id == id).expect("article in corpus");
        let x = &index.extractions[ai];
        let mut wanted: HashMap<(usize, usize), (String, bool)> = HashMap::new();
        for p in g["people"].as_array().unwrap() {
            for m in p["mentions"].as_array().unwrap() {
                let span = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                wanted.insert(
                    span,
                    (p["name"].as_str().unwrap().to_owned(), m["optional"].as_bool().unwrap_or(false)),
                );
            }
        }
        // Predicted person (local index) → gold names of its matched mentions.
        let mut votes: HashMap<usize, HashMap<String, usize>> = HashMap::new();
        let mut found = HashSet::new();
        for m in &x.people.mentions {
            let key = (m.span.start(), m.span.end());
            let person = m.person as usize;
            let name = x.people.persons[person].name(&article.body);
            let global =
                index.people.global(ai, person).map_or("?".into(), |g| index.people.people[g].id.clone());
            match wanted.get(&key) {
                Some((gold_name, optional)) => {
                    *votes.entry(person).or_default().entry(gold_name.clone()).or_insert(0) += 1;
                    found.insert(key);
                    if !optional {
                        clusters.push((gold_name.clone(), global));
                    }
                    let gold_local: Vec<usize> = Vec::new();
                    let _ = gold_local;
                }
                None => {
                    fp += 1;
                    votes.entry(person).or_default();
                    s.report +=
                        &format!("{id}: false mention {:?} at {key:?} ({name})\n", &article.body[m.span]);
                }
            }
        }
        // A predicted person stands for the gold person most of its mentions belong to.
        let mut stands_for: HashMap<usize, String> = HashMap::new();
        for (person, v) in &votes {
            match v.iter().max_by_key(|(n, c)| (**c, std::cmp::Reverse((*n).clone()))) {
                Some((gold_name, _)) => {
                    stands_for.insert(*person, gold_name.clone());
                }
                None => {
                    efp += 1;
                    s.false_people.push(format!("{id}: {}", x.people.persons[*person].name(&article.body)));
                }
            }
        }
        // A person whose every mention is optional may be found or not without penalty.
        let required = |p: &Value| {
            p["mentions"].as_array().unwrap().iter().any(|m| !m["optional"].as_bool().unwrap_or(false))
        };
        let gold_names: HashSet<String> = g["people"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| required(p))
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect();
        let predicted_names: HashSet<&String> = stands_for.values().collect();
        etp += gold_names.iter().filter(|n| predicted_names.contains(n)).count();
        efp += stands_for.len() - predicted_names.len();
        for n in gold_names.iter().filter(|n| !predicted_names.contains(n)) {
            efn += 1;
            s.missed_people.push(format!("{id}: {n}"));
        }
        for m in &x.people.mentions {
            let key = (m.span.start(), m.span.end());
            if let Some((gold_name, optional)) = wanted.get(&key) {
                if stands_for.get(&(m.person as usize)) == Some(gold_name) {
                    tp += 1;
                } else if !optional {
                    fp += 1;
                    s.report += &format!(
                        "{id}: {:?} at {key:?} went to {}, gold {gold_name}\n",
                        &article.body[m.span],
                        x.people.persons[m.person as usize].name(&article.body)
                    );
                }
            }
        }
        for (key, (name, optional)) in &wanted {
            if !optional && !found.contains(key) {
                fn_ += 1;
                clusters.push((name.clone(), format!("missed {id} {key:?}")));
                s.report += &format!("{id}: missed {:?} at {key:?} ({name})\n", &article.body[key.0..key.1]);
            }
        }
    }
    s.mention_f1 = f1(tp, fp, fn_);
    s.entity_f1 = f1(etp, efp, efn);
    s.b_cubed_f1 = b_cubed(&clusters);
    s
}

/// B³ F1 over items labelled (gold cluster, predicted cluster).
fn b_cubed(items: &[(String, String)]) -> f64 {
    let (mut p, mut r) = (0.0, 0.0);
    for (g, pr) in items {
        let same_pred = items.iter().filter(|(_, x)| x == pr).count() as f64;
        let same_gold = items.iter().filter(|(x, _)| x == g).count() as f64;
        let both = items.iter().filter(|(x, y)| x == g && y == pr).count() as f64;
        p += both / same_pred;
        r += both / same_gold;
    }
    let n = items.len() as f64;
    let (p, r) = (p / n, r / n);
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

/// An expected date expression: its span in the body, its value, and whether finding it is
/// optional (durations and vague words).
pub struct ExpectedDate {
    pub span: std::ops::Range<usize>,
    pub value: Option<String>,
    pub optional: bool,
}

/// Relaxed-span date scoring, accumulated over articles: a found expression matches an expected
/// one it overlaps; one overlapping only an optional expectation counts neither way.
#[derive(Default)]
pub struct DateScore {
    pub matched: usize,
    pub false_found: usize,
    pub missed: usize,
    pub right_value: usize,
    pub report: String,
}

impl DateScore {
    pub fn add(
        &mut self,
        id: &str,
        body: &str,
        found: &[dateline::extract::DateMention],
        expected: &[ExpectedDate],
    ) {
        let overlaps =
            |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| a.start < b.end && b.start < a.end;
        let mut used = vec![false; found.len()];
        for e in expected.iter().filter(|e| !e.optional) {
            match found.iter().enumerate().find(|(i, f)| !used[*i] && overlaps(&f.span.range(), &e.span)) {
                Some((i, f)) => {
                    used[i] = true;
                    self.matched += 1;
                    let value = f.value.as_ref().map(ToString::to_string);
                    if value == e.value {
                        self.right_value += 1;
                    } else {
                        self.report +=
                            &format!("{id}: {:?} = {value:?}, expected {:?}\n", &body[f.span], e.value);
                    }
                }
                None => {
                    self.missed += 1;
                    self.report += &format!("{id}: missed {:?}\n", &body[e.span.clone()]);
                }
            }
        }
        for (f, _) in found.iter().zip(&used).filter(|(_, u)| !**u) {
            if !expected.iter().any(|e| e.optional && overlaps(&e.span, &f.span.range())) {
                self.false_found += 1;
                let value = f.value.as_ref().map(ToString::to_string);
                self.report += &format!("{id}: unexpected {:?} = {value:?}\n", &body[f.span]);
            }
        }
    }

    pub fn f1(&self) -> f64 {
        f1(self.matched, self.false_found, self.missed)
    }

    pub fn value_accuracy(&self) -> f64 {
        self.right_value as f64 / self.matched.max(1) as f64
    }
}
