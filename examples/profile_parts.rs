//! Times each extraction stage on the sample, read many times over: `cargo run --release --example profile_parts`.

use std::time::Instant;

fn main() {
    let corpus = dateline::corpus::Corpus::sample();
    let rounds = 300;
    let bytes: usize = corpus.articles.iter().map(|a| a.body.len()).sum::<usize>() * rounds;
    let time = |name: &str, f: &dyn Fn(&dateline::corpus::Article)| {
        let t = Instant::now();
        for _ in 0..rounds {
            for a in &corpus.articles {
                f(a);
            }
        }
        let s = t.elapsed().as_secs_f64();
        println!("{name:<10} {:>8.1} MB/s", bytes as f64 / s / 1e6);
    };
    let sentences = |a: &dateline::corpus::Article| dateline::text::sentences(&a.body);
    time("sentences", &|a| {
        std::hint::black_box(sentences(a));
    });
    time("dates", &|a| {
        std::hint::black_box(dateline::extract::dates::find_dates(
            &a.body,
            &a.paragraphs,
            &sentences(a),
            a.date.map(|d| d.day),
        ));
    });
    time("people", &|a| {
        std::hint::black_box(dateline::extract::people::find_people(&a.body, &sentences(a)));
    });
}
