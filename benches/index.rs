//! Extraction + indexing throughput on a generated corpus: `cargo bench`.
//!
//! The corpus is made from the sentences of the bundled sample and the held-back test articles,
//! shuffled into 2,000 articles of 20–60 sentences with a fixed seed, so runs compare.

use std::path::Path;

use dateline::corpus::{Corpus, Format};
use dateline::index::CrossRef;
use divan::counter::BytesCount;

#[path = "../tests/support/rng.rs"]
mod rng;
use rng::Rng;

fn main() {
    divan::main();
}

fn sentences() -> Vec<String> {
    let mut pool = Vec::new();
    let sample = Corpus::sample();
    let heldout = Corpus::load(&[
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/heldout"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/heldout2"),
    ]);
    for a in sample.articles.iter().chain(&heldout.articles) {
        for s in dateline::text::sentences(&a.body) {
            pool.push(a.body[s].to_owned());
        }
    }
    pool
}

fn generated_corpus(articles: usize) -> Corpus {
    let pool = sentences();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut corpus = Corpus::default();
    for i in 0..articles {
        let n = 20 + rng.next(41);
        let body: Vec<&str> = (0..n).map(|_| pool[rng.next(pool.len())].as_str()).collect();
        let text = format!(
            "---\ntitle: Generated {i}\ndate: 2018-0{}-1{}\n---\n{}\n",
            1 + i % 9,
            i % 10,
            body.join("\n\n")
        );
        corpus.add_file(Path::new(&format!("gen/{i:05}.md")), Format::Text, text.as_bytes());
    }
    corpus
}

#[divan::bench(sample_count = 10)]
fn extract_and_index(bencher: divan::Bencher) {
    let corpus = generated_corpus(2_000);
    let bytes: usize = corpus.articles.iter().map(|a| a.body.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| CrossRef::build(divan::black_box(&corpus)));
}

#[divan::bench(sample_count = 10)]
fn load_from_bytes(bencher: divan::Bencher) {
    let texts: Vec<String> = generated_corpus(500)
        .articles
        .iter()
        .map(|a| {
            format!(
                "---\ntitle: {}\ndate: {}\n---\n{}",
                a.title,
                a.date.map(|d| d.to_string()).unwrap_or_default(),
                a.body
            )
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut corpus = Corpus::default();
        for (i, t) in texts.iter().enumerate() {
            corpus.add_file(Path::new(&format!("{i}.md")), Format::Text, t.as_bytes());
        }
        corpus
    });
}

#[divan::bench(sample_count = 10)]
fn extract_only_one_thread(bencher: divan::Bencher) {
    let corpus = generated_corpus(500);
    let bytes: usize = corpus.articles.iter().map(|a| a.body.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| corpus.articles.iter().map(dateline::extract::extract).collect::<Vec<_>>());
}
