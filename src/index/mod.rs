//! The cross-reference over the whole corpus, built from each article's extraction: the timeline
//! now, people as they land. Read-only once built; the app and the exports query it.

mod people;
mod timeline;

use std::ops::Range;

use crate::corpus::Corpus;
use crate::extract::{Extraction, extract};
pub use people::{Mention, PeopleIndex, Person};
pub use timeline::{DateFilter, Timeline, TimelineEntry};

/// Everything known about a corpus: its articles' extractions and the views across them.
#[derive(Debug, Clone)]
pub struct CrossRef {
    /// One per article, in corpus order.
    pub extractions: Vec<Extraction>,
    pub people: PeopleIndex,
    pub timeline: Timeline,
}

impl CrossRef {
    /// Extracts every article (in parallel across the machine's cores) and links the results.
    pub fn build(corpus: &Corpus) -> CrossRef {
        let extractions = extract_all(corpus);
        let people = PeopleIndex::build(corpus, &extractions);
        let mut timeline = Timeline::build(corpus, &extractions);
        for entry in timeline.dated.iter_mut().chain(timeline.undated.iter_mut()) {
            entry.people = people_in(&extractions[entry.article], &people, entry.article, &entry.sentence);
        }
        CrossRef { extractions, people, timeline }
    }

    /// The sentence of `article` that holds byte `at`, as a byte range of its body.
    pub fn sentence_at(&self, article: usize, at: usize) -> Option<Range<usize>> {
        let sentences = &self.extractions.get(article)?.sentences;
        let i = sentences.partition_point(|s| s.end <= at);
        sentences.get(i).filter(|s| s.start <= at).cloned()
    }
}

/// The people mentioned within `range` of an article, each once, in order of first mention.
fn people_in(x: &Extraction, people: &PeopleIndex, article: usize, range: &Range<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for m in x.people.mentions.iter().filter(|m| range.start <= m.span.start && m.span.end <= range.end) {
        if let Some(p) = people.global(article, m.person)
            && !out.contains(&p)
        {
            out.push(p);
        }
    }
    out
}

fn extract_all(corpus: &Corpus) -> Vec<Extraction> {
    let threads =
        std::thread::available_parallelism().map_or(1, |n| n.get()).min(corpus.articles.len().max(1));
    if threads <= 1 {
        return corpus.articles.iter().map(extract).collect();
    }
    let chunk = corpus.articles.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = corpus
            .articles
            .chunks(chunk)
            .map(|articles| scope.spawn(move || articles.iter().map(extract).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}
