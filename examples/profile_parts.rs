//! Times each extraction stage on generated news: `cargo run --release --example profile_parts
//! [STAGE [ARTICLES [RUNS]]]` (one stage alone, fewer articles and one run suit a profiler or
//! `valgrind --tool=callgrind`).

#[path = "../tests/support/news.rs"]
mod news;
#[path = "../tests/support/rng.rs"]
mod rng;

use std::path::Path;
use std::time::Instant;

use dateline::corpus::{Article, FileArticles, Format};
use dateline::extract::{dates, doc::Doc, extract, people};

fn main() {
    let arg = |n: usize| std::env::args().nth(n);
    let count = arg(2).and_then(|n| n.parse().ok()).unwrap_or(3_000);
    let runs = arg(3).and_then(|n| n.parse().ok()).unwrap_or(3);
    let mut newsroom = news::Newsroom::new(0x5EED_DA7E, 4_000);
    let articles: Vec<Article> = (0..count)
        .filter_map(|i| {
            FileArticles::read(Path::new("a.md"), Format::Text, newsroom.article(i).as_bytes()).articles.pop()
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let only = arg(1);
    let time = |name: &str, f: &dyn Fn(&Article)| {
        if only.as_deref().is_some_and(|o| o != name) {
            return;
        }
        // The best of several runs: the machine is shared.
        let best = (0..runs)
            .map(|_| {
                let t = Instant::now();
                for a in &articles {
                    f(a);
                }
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        println!("{name:<10} {:>8.1} MB/s", bytes as f64 / best / 1e6);
    };
    time("doc", &|a| {
        std::hint::black_box(Doc::of(a));
    });
    time("dates", &|a| {
        std::hint::black_box(dates::find_dates(&Doc::of(a)));
    });
    time("people", &|a| {
        std::hint::black_box(people::find_people(&Doc::of(a)));
    });
    time("extract", &|a| {
        std::hint::black_box(extract(a));
    });
}
