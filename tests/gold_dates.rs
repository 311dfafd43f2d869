//! Date expressions on the hand-annotated sample (`tests/fixtures/gold/seeds.json`): relaxed span
//! F1 and value accuracy, as the timeline issue asks (both at least 0.95).

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

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[test]
fn sample_dates_reach_the_gold_standard() {
    let gold = gold();
    let corpus = Corpus::sample();
    let (mut tp, mut fp, mut fn_, mut right_value) = (0, 0, 0, 0);
    let mut report = String::new();
    for g in gold["articles"].as_array().unwrap() {
        let id = g["file"].as_str().unwrap().trim_end_matches(".txt");
        let article = corpus.articles.iter().find(|a| a.id == id).unwrap();
        let found = extract(article).dates;
        let required: Vec<&Value> = g["dates"].as_array().unwrap().iter().collect();
        let optional: Vec<(usize, usize)> =
            g["optional_dates"].as_array().unwrap().iter().map(span).collect();
        let mut used = vec![false; found.len()];
        for want in &required {
            let ws = span(want);
            let hit =
                found.iter().enumerate().find(|(i, f)| !used[*i] && overlaps((f.span.start, f.span.end), ws));
            match hit {
                Some((i, f)) => {
                    used[i] = true;
                    tp += 1;
                    let value = f.value.as_ref().map(|v| v.to_string());
                    if value.as_deref() == want["value"].as_str() {
                        right_value += 1;
                    } else {
                        report +=
                            &format!("{id}: {:?} value {value:?}, gold {}\n", want["text"], want["value"]);
                    }
                }
                None => {
                    fn_ += 1;
                    report += &format!("{id}: missed {:?} at {ws:?}\n", want["text"]);
                }
            }
        }
        for (i, f) in found.iter().enumerate().filter(|(i, _)| !used[*i]) {
            let s = (f.span.start, f.span.end);
            if !optional.iter().any(|o| overlaps(*o, s)) {
                fp += 1;
                report += &format!(
                    "{id}: false {:?} at {s:?} = {:?}\n",
                    &article.body[f.span.clone()],
                    f.value.as_ref().map(|v| v.to_string())
                );
            }
            let _ = i;
        }
    }
    let precision = tp as f64 / (tp + fp) as f64;
    let recall = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let accuracy = right_value as f64 / tp as f64;
    println!(
        "dates: P {precision:.3} R {recall:.3} F1 {f1:.3}, value accuracy {accuracy:.3} ({tp} matched)\n{report}"
    );
    assert!(f1 >= 0.95, "relaxed F1 {f1:.3} < 0.95\n{report}");
    assert!(accuracy >= 0.95, "value accuracy {accuracy:.3} < 0.95\n{report}");
}
