//! Dates on held-back articles (`tests/fixtures/heldout_dates/`), written for this project and
//! measured blind once: relaxed span F1 and value accuracy, printed, with a floor below what was
//! measured to guard against regressions.

mod support;

use std::ops::Range;

use dateline::corpus::Corpus;
use dateline::extract::extract;

struct Expected {
    span: Range<usize>,
    value: Option<String>,
    optional: bool,
}

/// The expected expressions of one article, located in reading order.
fn expected(body: &str, spec: &serde_json::Value) -> Vec<Expected> {
    let mut from = 0;
    spec.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let text = e[0].as_str().unwrap();
            let start =
                from + body[from..].find(text).unwrap_or_else(|| panic!("{text:?} not found after {from}"));
            from = start + text.len();
            Expected {
                span: start..from,
                value: e[1].as_str().map(str::to_owned),
                optional: e[2].as_bool().unwrap_or(false),
            }
        })
        .collect()
}

#[test]
fn blind_held_back_dates() {
    let corpus = Corpus::load(&[support::fixture("heldout_dates")]);
    let spec = support::read_json("heldout_dates/dates.json");
    let (mut tp, mut fp, mut fn_, mut right) = (0, 0, 0, 0);
    let mut report = String::new();
    for article in &corpus.articles {
        let want = expected(&article.body, &spec[article.id.as_str()]);
        let found = extract(article).dates;
        let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
        let mut used = vec![false; found.len()];
        for w in &want {
            match found.iter().enumerate().find(|(i, f)| !used[*i] && overlaps(&f.span, &w.span)) {
                Some((i, f)) => {
                    used[i] = true;
                    if w.optional {
                        continue;
                    }
                    tp += 1;
                    let value = f.value.as_ref().map(ToString::to_string);
                    if value == w.value {
                        right += 1;
                    } else {
                        report += &format!(
                            "{}: {:?} = {value:?}, expected {:?}\n",
                            article.id,
                            &article.body[f.span.clone()],
                            w.value
                        );
                    }
                }
                None if w.optional => {}
                None => {
                    fn_ += 1;
                    report += &format!("{}: missed {:?}\n", article.id, &article.body[w.span.clone()]);
                }
            }
        }
        for (f, _) in found.iter().zip(&used).filter(|(_, u)| !**u) {
            fp += 1;
            report += &format!(
                "{}: unexpected {:?} = {:?}\n",
                article.id,
                &article.body[f.span.clone()],
                f.value.as_ref().map(ToString::to_string)
            );
        }
    }
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    let f1 = 2.0 * p * r / (p + r);
    let accuracy = right as f64 / tp as f64;
    println!(
        "blind held-back dates: relaxed F1 {f1:.3} (P {p:.3} R {r:.3}), value accuracy {accuracy:.3} over {tp}\n{report}"
    );
    assert!(f1 >= 0.8, "relaxed F1 {f1:.3}\n{report}");
    assert!(accuracy >= 0.8, "value accuracy {accuracy:.3}\n{report}");
}
