//! People on the hand-annotated sample (`tests/fixtures/gold/seeds.json`): every person found, no
//! false person, exact mention F1, and each bare "Kim" linked to the right person.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use dateline::corpus::Corpus;
use dateline::extract::extract;
use serde_json::Value;

fn gold() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gold/seeds.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn span(v: &Value) -> (usize, usize) {
    (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize)
}

struct Score {
    people_found: usize,
    people_gold: usize,
    false_people: Vec<String>,
    tp: usize,
    fp: usize,
    fn_: usize,
    kim_right: usize,
    kim_total: usize,
    report: String,
}

fn score() -> Score {
    let gold = gold();
    let corpus = Corpus::sample();
    let mut s = Score {
        people_found: 0,
        people_gold: 0,
        false_people: Vec::new(),
        tp: 0,
        fp: 0,
        fn_: 0,
        kim_right: 0,
        kim_total: 0,
        report: String::new(),
    };
    let mut found_names = HashSet::new();
    let mut gold_names = HashSet::new();
    for g in gold["articles"].as_array().unwrap() {
        let id = g["file"].as_str().unwrap().trim_end_matches(".txt");
        let article = corpus.articles.iter().find(|a| a.id == id).unwrap();
        let people = extract(article).people;
        // Gold mention span → (gold person name, optional).
        let mut wanted: HashMap<(usize, usize), (String, bool)> = HashMap::new();
        for p in g["people"].as_array().unwrap() {
            let name = p["name"].as_str().unwrap().to_owned();
            gold_names.insert(name.clone());
            for m in p["mentions"].as_array().unwrap() {
                wanted.insert(span(m), (name.clone(), m["optional"].as_bool().unwrap_or(false)));
            }
        }
        for person in &people.persons {
            found_names.insert(person.name(&article.body).into_owned());
        }
        let mut matched = HashSet::new();
        for m in &people.mentions {
            let key = (m.span.start(), m.span.end());
            let name = &people.persons[m.person as usize].name(&article.body).into_owned();
            match wanted.get(&key) {
                Some((gold_name, _)) if gold_name == name => {
                    s.tp += 1;
                    matched.insert(key);
                }
                Some((_, true)) => {}
                Some((gold_name, _)) => {
                    s.fp += 1;
                    s.report += &format!(
                        "{id}: {:?} at {key:?} linked to {name}, gold {gold_name}\n",
                        &article.body[m.span]
                    );
                }
                None => {
                    s.fp += 1;
                    s.report +=
                        &format!("{id}: false mention {:?} at {key:?} ({name})\n", &article.body[m.span]);
                }
            }
            if &article.body[m.span] == "Kim"
                && let Some((gold_name, false)) = wanted.get(&key)
            {
                s.kim_total += 1;
                s.kim_right += usize::from(gold_name == name);
            }
        }
        for (key, (name, optional)) in &wanted {
            if !optional && !matched.contains(key) {
                s.fn_ += 1;
                s.report += &format!("{id}: missed {:?} at {key:?} ({name})\n", &article.body[key.0..key.1]);
                if &article.body[key.0..key.1] == "Kim"
                    && !people.mentions.iter().any(|m| (m.span.start(), m.span.end()) == *key)
                {
                    s.kim_total += 1;
                }
            }
        }
    }
    s.people_gold = gold_names.len();
    s.people_found = gold_names.intersection(&found_names).count();
    s.false_people = found_names.difference(&gold_names).cloned().collect();
    s
}

#[test]
fn sample_people_reach_the_gold_standard() {
    let s = score();
    let precision = s.tp as f64 / (s.tp + s.fp) as f64;
    let recall = s.tp as f64 / (s.tp + s.fn_) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let kim = s.kim_right as f64 / s.kim_total as f64;
    println!(
        "people {}/{}, false {:?}; mentions P {precision:.3} R {recall:.3} F1 {f1:.3}; bare Kim {}/{}\n{}",
        s.people_found, s.people_gold, s.false_people, s.kim_right, s.kim_total, s.report
    );
    assert_eq!(s.people_found, 11, "all 11 people found\n{}", s.report);
    assert!(s.false_people.is_empty(), "no false person: {:?}", s.false_people);
    assert!(f1 >= 0.95, "exact mention F1 {f1:.3} < 0.95\n{}", s.report);
    assert!(kim >= 0.9, "bare Kim linked right in {}/{}\n{}", s.kim_right, s.kim_total, s.report);
}
