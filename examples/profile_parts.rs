//! Times each extraction stage on generated news: `cargo run --release --example profile_parts`.

#[path = "../tests/support/news.rs"]
mod news;
#[path = "../tests/support/rng.rs"]
mod rng;

use std::path::Path;
use std::time::Instant;

use dateline::corpus::{Article, FileArticles, Format};
use dateline::extract::{dates, doc::Doc, extract, people};

fn main() {
    let mut newsroom = news::Newsroom::new(0x5EED_DA7E, 4_000);
    let articles: Vec<Article> = (0..3_000)
        .filter_map(|i| {
            FileArticles::read(Path::new("a.md"), Format::Text, newsroom.article(i).as_bytes()).articles.pop()
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    // `profile_parts STAGE` times one stage alone (for a profiler).
    let only = std::env::args().nth(1);
    let time = |name: &str, f: &dyn Fn(&Article)| {
        if only.as_deref().is_some_and(|o| o != name) {
            return;
        }
        // The best of three runs: the machine is shared.
        let best = (0..3)
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
