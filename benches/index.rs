//! Throughput of each loading stage on generated news (`tests/support/news.rs`): `cargo bench`.
//!
//! Extraction on one core and on all, indexing, reading files, and a warm load from the cache.
//! The corpora are generated with fixed seeds, so runs compare.

use std::path::Path;
use std::sync::Arc;

use dateline::corpus::{Corpus, Format};
use dateline::index::CrossRef;
use dateline::load::{self, Options, Progress};
use divan::counter::BytesCount;
use rayon::prelude::*;

#[path = "../tests/support/news.rs"]
mod news;
#[path = "../tests/support/rng.rs"]
mod rng;

fn main() {
    divan::main();
}

fn texts(n: usize) -> Vec<String> {
    let mut newsroom = news::Newsroom::new(0x5EED_DA7E, 4_000);
    (0..n).map(|i| newsroom.article(i)).collect()
}

fn corpus(n: usize) -> Corpus {
    let mut corpus = Corpus::default();
    for (i, text) in texts(n).iter().enumerate() {
        corpus.add_file(Path::new(&format!("gen/{i:06}.md")), Format::Text, text.as_bytes());
    }
    corpus
}

fn body_bytes(corpus: &Corpus) -> usize {
    corpus.articles.iter().map(|a| a.body.len()).sum()
}

#[divan::bench(sample_count = 5)]
fn extract_one_core(bencher: divan::Bencher) {
    let corpus = corpus(2_000);
    bencher
        .counter(BytesCount::new(body_bytes(&corpus)))
        .bench(|| corpus.articles.iter().map(|a| dateline::extract::extract(a)).collect::<Vec<_>>());
}

#[divan::bench(sample_count = 5)]
fn extract_all_cores(bencher: divan::Bencher) {
    let corpus = corpus(2_000);
    bencher
        .counter(BytesCount::new(body_bytes(&corpus)))
        .bench(|| corpus.articles.par_iter().map(|a| dateline::extract::extract(a)).collect::<Vec<_>>());
}

#[divan::bench(sample_count = 5)]
fn index_build(bencher: divan::Bencher) {
    let corpus = corpus(10_000);
    let extractions: Vec<Arc<_>> =
        corpus.articles.par_iter().map(|a| Arc::new(dateline::extract::extract(a))).collect();
    bencher
        .counter(BytesCount::new(body_bytes(&corpus)))
        .bench(|| CrossRef::build(&corpus.articles, extractions.clone()));
}

#[divan::bench(sample_count = 5)]
fn read_files(bencher: divan::Bencher) {
    let texts = texts(2_000);
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut corpus = Corpus::default();
        for (i, t) in texts.iter().enumerate() {
            corpus.add_file(Path::new(&format!("{i}.md")), Format::Text, t.as_bytes());
        }
        corpus
    });
}

/// A cold load (files, extraction, a new cache) and a warm one (the cache) of the same folder.
#[divan::bench(args = ["cold", "warm"], sample_count = 5)]
fn load_folder(bencher: divan::Bencher, how: &str) {
    let dir = tempfile::tempdir().unwrap();
    let texts = texts(2_000);
    for (i, t) in texts.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{i:06}.md")), t).unwrap();
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let cache = tempfile::tempdir().unwrap();
    let paths = [dir.path().to_path_buf()];
    let options = Options { cache_dir: Some(cache.path().to_path_buf()) };
    let run = |options: &Options| load::load(&paths, "bench", options, &Progress::default(), |_| {});
    run(&options);
    bencher.counter(BytesCount::new(bytes)).bench(|| match how {
        "cold" => run(&Options::default()),
        _ => run(&options),
    });
}

/// One article made of `n` generated ones (about 3 KB and 30 mentions each): the time per byte
/// must stay flat as it grows (work on an article is near-linear in its length and mentions).
#[divan::bench(args = [200, 800, 3_200], sample_count = 3)]
fn one_long_article(bencher: divan::Bencher, n: usize) {
    let body: String = texts(n).iter().map(|t| t.split("\n---\n").nth(1).unwrap_or(t)).collect();
    let text = format!("---\ntitle: Long\ndate: 2020-01-01\n---\n{body}");
    let mut corpus = Corpus::default();
    corpus.add_file(Path::new("long.md"), Format::Text, text.as_bytes());
    bencher
        .counter(BytesCount::new(body_bytes(&corpus)))
        .bench(|| corpus.articles.iter().map(|a| dateline::extract::extract(a)).collect::<Vec<_>>());
}

/// One keystroke's filtering: every pane's rows recomputed under a `/` query, at 10,000 articles.
#[divan::bench(args = ["articles:kim", "articles:zanzibar", "people:kim", "timeline:june"], sample_count = 5)]
fn filter_10k(bencher: divan::Bencher, query: &str) {
    use dateline::app::{Filter, Pane, filters};
    static STATE: std::sync::OnceLock<(Corpus, CrossRef)> = std::sync::OnceLock::new();
    let (corpus, index) = STATE.get_or_init(|| {
        let corpus = corpus(10_000);
        let index = CrossRef::extract(&corpus.articles);
        (corpus, index)
    });
    let (pane, text) = query.split_once(':').unwrap();
    let pane = match pane {
        "articles" => Pane::Articles,
        "people" => Pane::People,
        _ => Pane::Timeline,
    };
    let chosen = [Filter::Query { pane, text: text.to_owned() }];
    bencher.bench(|| filters::visible(corpus, index, &chosen, &[], filters::Sort::Date));
}
