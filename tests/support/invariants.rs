//! What must hold for any input whatsoever, shared by the property tests and the fuzz target:
//! loading, extraction, indexing and export never panic; every span lies on character
//! boundaries inside its body; the export is valid JSON; a file yields articles or a problem.

use std::path::Path;

use dateline::corpus::{Corpus, Format};
use dateline::index::CrossRef;

/// Loads `bytes` as a file of each format and checks every invariant.
pub fn check(bytes: &[u8]) {
    let mut corpus = Corpus::default();
    for name in ["in.txt", "in.md", "in.json", "in.jsonl"] {
        let path = Path::new(name);
        let before = (corpus.articles.len(), corpus.problems.len());
        corpus.add_file(path, Format::of(path).expect("a known extension"), bytes);
        let after = (corpus.articles.len(), corpus.problems.len());
        assert!(after != before, "{name}: neither an article nor a problem");
    }
    let index = CrossRef::extract(&corpus.articles);
    for (a, x) in corpus.articles.iter().zip(&index.extractions) {
        let inside = |s: dateline::span::Span| {
            s.start() <= s.end()
                && s.end() <= a.body.len()
                && a.body.is_char_boundary(s.start())
                && a.body.is_char_boundary(s.end())
        };
        for m in &x.people.mentions {
            assert!(inside(m.span), "mention {:?} in {:?}", m.span, a.body);
        }
        for d in &x.dates {
            assert!(inside(d.span), "date {:?} in {:?}", d.span, a.body);
        }
        for &s in &x.sentences {
            assert!(inside(s), "sentence {s:?} in {:?}", a.body);
        }
        for p in &a.paragraphs() {
            assert!(inside(p.span), "paragraph {:?} in {:?}", p.span, a.body);
        }
    }
    let mut out = Vec::new();
    dateline::export::write(&mut out, &corpus, &index).expect("export writes to memory");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("the export is valid JSON");
    assert_eq!(json["articles"].as_array().map(Vec::len), Some(corpus.articles.len()));
}
