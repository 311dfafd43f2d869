//! People on held-back articles written for this project (`tests/fixtures/heldout*/`), with the
//! hard cases of real news: companies named after people, particles, initials, shared surnames,
//! one-word follow-ups, family-name-first names. The figures are printed; the floors guard against
//! regressions and sit below what was measured.

mod support;

use dateline::corpus::Corpus;

/// Scores one folder, prints the figures and what went wrong, and holds them to `floor`.
fn check(folder: &str, floor: f64) {
    let corpus = Corpus::load(&[support::fixture(folder)]);
    let gold = support::read_json(&format!("{folder}/gold.json"));
    let s = support::score_people(&corpus, &gold, |a| a["id"].as_str().unwrap().to_owned());
    println!(
        "{folder}: entity F1 {:.3}, mention F1 {:.3}, B3 F1 {:.3}\nfalse people: {:?}\nmissed people: {:?}\n{}",
        s.entity_f1, s.mention_f1, s.b_cubed_f1, s.false_people, s.missed_people, s.report
    );
    for (what, score) in [("entity F1", s.entity_f1), ("mention F1", s.mention_f1), ("B3 F1", s.b_cubed_f1)] {
        assert!(score >= floor, "{folder}: {what} {score:.3} < {floor}\n{}", s.report);
    }
}

/// The first set was used to find and fix general gaps; its figures are no longer a blind measure.
#[test]
fn held_back_people_scores() {
    check("heldout", 0.85);
}

/// The second set was written after that tuning and measured once, blind (entity 0.970, mention
/// 0.970, B3 0.985); its one miss led to a general fix.
#[test]
fn blind_held_back_people_scores() {
    check("heldout2", 0.8);
}

/// The third set is harder on purpose (common-word surnames, organisations and places named
/// after people); written and measured blind once.
#[test]
fn hard_blind_held_back_people_scores() {
    check("heldout3", 0.7);
}

/// The fourth set: other kinds of news (an obituary, a trial, a cycling stage) with names the
/// lists do not know; written and measured blind once.
#[test]
fn other_domains_blind_held_back_people_scores() {
    check("heldout4", 0.7);
}

/// The fifth set: American wire copy (courtesy titles, middle initials, "Jr.", a photo credit in
/// a caption); written and measured blind once.
#[test]
fn wire_copy_blind_held_back_people_scores() {
    check("heldout5", 0.7);
}

/// The sixth set: Spanish double surnames and Arabic names ("bin", "Al"), whose follow-ups
/// repeat two words; written and measured blind once.
#[test]
fn compound_surnames_blind_held_back_people_scores() {
    check("heldout6", 0.6);
}
