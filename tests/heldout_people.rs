//! People on held-back articles written for this project (`tests/fixtures/heldout/`), with the
//! hard cases of real news: companies named after people, particles, initials, shared surnames,
//! one-word follow-ups, family-name-first names. The figures are printed; the floors guard against
//! regressions and sit below what was measured.

mod support;

use dateline::corpus::Corpus;

#[test]
fn held_back_people_scores() {
    let corpus = Corpus::load(&[support::fixture("heldout")]);
    let gold = support::read_json("heldout/gold.json");
    let s = support::score_people(&corpus, &gold, |a| a["id"].as_str().unwrap().to_owned());
    println!(
        "held-back people: entity F1 {:.3}, mention F1 {:.3}, B3 F1 {:.3}\nfalse people: {:?}\nmissed people: {:?}\n{}",
        s.entity_f1, s.mention_f1, s.b_cubed_f1, s.false_people, s.missed_people, s.report
    );
    assert!(s.entity_f1 >= 0.85, "entity F1 {:.3}", s.entity_f1);
    assert!(s.mention_f1 >= 0.85, "mention F1 {:.3}", s.mention_f1);
    assert!(s.b_cubed_f1 >= 0.85, "B3 F1 {:.3}", s.b_cubed_f1);
}
