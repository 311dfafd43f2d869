//! Writes a generated news corpus: `cargo run --release --example gen-corpus -- DIR N [SEED]`.
//!
//! N Markdown articles with front matter (about 3 KB each), a thousand to a folder, deterministic
//! from SEED; the same generator feeds the benchmarks and the scale tests.

#[path = "../tests/support/news.rs"]
mod news;
#[path = "../tests/support/rng.rs"]
mod rng;

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (args.first(), args.get(1).and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("usage: gen-corpus DIR N [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0x5EED_DA7E);
    let mut newsroom = news::Newsroom::new(seed, 4_000);
    let root = PathBuf::from(dir);
    let mut bytes = 0;
    for i in 0..n {
        let folder = root.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&folder)?;
        }
        let text = newsroom.article(i);
        bytes += text.len();
        std::fs::write(folder.join(format!("{i:07}.md")), text)?;
    }
    eprintln!("wrote {n} articles ({:.1} MB) under {}", bytes as f64 / 1e6, root.display());
    Ok(())
}
