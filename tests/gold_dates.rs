//! Date expressions on the hand-annotated sample (`tests/fixtures/gold/seeds.json`): relaxed span
//! F1 and value accuracy, as the timeline issue asks (both at least 0.95).

mod support;

use dateline::corpus::Corpus;
use dateline::extract::extract;
use serde_json::Value;
use support::{DateScore, ExpectedDate};

fn expected(v: &Value, optional: bool) -> ExpectedDate {
    let span = v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize;
    ExpectedDate { span, value: v["value"].as_str().map(str::to_owned), optional }
}

#[test]
fn sample_dates_reach_the_gold_standard() {
    let gold = support::read_json("gold/seeds.json");
    let corpus = Corpus::sample();
    let mut score = DateScore::default();
    for g in gold["articles"].as_array().unwrap() {
        let id = g["file"].as_str().unwrap().trim_end_matches(".txt");
        let article = corpus.articles.iter().find(|a| a.id == id).unwrap();
        let want: Vec<ExpectedDate> = (g["dates"].as_array().unwrap().iter().map(|d| expected(d, false)))
            .chain(g["optional_dates"].as_array().unwrap().iter().map(|d| expected(d, true)))
            .collect();
        score.add(id, &article.body, &extract(article).dates, &want);
    }
    let (f1, accuracy) = (score.f1(), score.value_accuracy());
    println!(
        "dates: relaxed F1 {f1:.3}, value accuracy {accuracy:.3} ({} matched)\n{}",
        score.matched, score.report
    );
    assert!(f1 >= 0.95, "relaxed F1 {f1:.3} < 0.95\n{}", score.report);
    assert!(accuracy >= 0.95, "value accuracy {accuracy:.3} < 0.95\n{}", score.report);
}
