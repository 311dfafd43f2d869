//! The cross-reference over the whole corpus, built from each article's extraction: the people
//! merged across articles and the timeline. Read-only once built; the app, the listings and the
//! export query it.
//!
//! It stores references (article, position) rather than copies: a mention is found in its
//! article's extraction, a sentence by binary search, so the index stays a small fraction of the
//! corpus and building it is linear in the number of mentions and dates.

mod people;
mod timeline;

use std::sync::Arc;

use crate::corpus::Article;
use crate::extract::{DateMention, Extraction, PersonMention};
use crate::span::{self, Span};
pub use people::{MentionRef, PeopleIndex, Person};
pub use timeline::{DateFilter, Timeline, TimelineEntry};

/// Everything known about a corpus: its articles' extractions and the views across them.
#[derive(Debug, Clone, Default)]
pub struct CrossRef {
    /// One per article, in corpus order.
    pub extractions: Vec<Arc<Extraction>>,
    pub people: PeopleIndex,
    pub timeline: Timeline,
}

impl CrossRef {
    /// Links the extractions of `articles` (one each, in the same order).
    pub fn build(articles: &[Arc<Article>], extractions: Vec<Arc<Extraction>>) -> CrossRef {
        assert_eq!(articles.len(), extractions.len(), "one extraction per article");
        let (people, timeline) = rayon::join(
            || PeopleIndex::build(articles, &extractions),
            || Timeline::build(articles, &extractions),
        );
        CrossRef { extractions, people, timeline }
    }

    /// The people only, with an empty timeline: for what reads no timeline (`export`, `people`),
    /// which then never holds one.
    pub fn people_only(articles: &[Arc<Article>], extractions: Vec<Arc<Extraction>>) -> CrossRef {
        assert_eq!(articles.len(), extractions.len(), "one extraction per article");
        let people = PeopleIndex::build(articles, &extractions);
        CrossRef { extractions, people, timeline: Timeline::default() }
    }

    /// Extracts every article (across the machine's cores) and links the results.
    pub fn extract(articles: &[Arc<Article>]) -> CrossRef {
        use rayon::prelude::*;
        let extractions = articles.par_iter().map(|a| Arc::new(crate::extract::extract(a))).collect();
        CrossRef::build(articles, extractions)
    }

    /// The sentence of `article` that holds byte `at`.
    pub fn sentence_at(&self, article: usize, at: usize) -> Option<Span> {
        span::containing(&self.extractions.get(article)?.sentences, at)
    }

    /// The mention a reference points to.
    pub fn mention(&self, m: MentionRef) -> &PersonMention {
        &self.extractions[m.article as usize].people.mentions[m.index as usize]
    }

    /// The sentence holding a mention (the mention itself if it lies in none).
    pub fn mention_sentence(&self, m: MentionRef) -> Span {
        let span = self.mention(m).span;
        self.sentence_at(m.article as usize, span.start()).unwrap_or(span)
    }

    /// The date expression of a timeline entry.
    pub fn date(&self, e: &TimelineEntry) -> &DateMention {
        &self.extractions[e.article as usize].dates[e.date as usize]
    }

    /// The sentence of a timeline entry.
    pub fn entry_sentence(&self, e: &TimelineEntry) -> Span {
        let span = self.date(e).span;
        self.sentence_at(e.article as usize, span.start()).unwrap_or(span)
    }

    /// The people mentioned within `within` of an article, each once, in order of first mention.
    pub fn people_in(&self, article: usize, within: Span) -> Vec<usize> {
        let Some(x) = self.extractions.get(article) else { return Vec::new() };
        let mentions = &x.people.mentions[span::starting_in(&x.people.mentions, within, |m| m.span.start)];
        let mut out = Vec::new();
        for m in mentions {
            if let Some(p) = self.people.global(article, m.person as usize)
                && !out.contains(&p)
            {
                out.push(p);
            }
        }
        out
    }

    /// The people in the sentence of a timeline entry.
    pub fn entry_people(&self, e: &TimelineEntry) -> Vec<usize> {
        self.people_in(e.article as usize, self.entry_sentence(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    #[test]
    fn the_people_alone_are_the_people_of_the_whole_cross_reference() {
        let corpus = Corpus::sample();
        let full = CrossRef::extract(&corpus.articles);
        let people = CrossRef::people_only(&corpus.articles, full.extractions.clone());
        assert!(people.timeline.entries.is_empty() && !full.timeline.entries.is_empty());
        let summary = |x: &CrossRef| -> Vec<(String, usize, usize)> {
            x.people.people.iter().map(|p| (p.id.clone(), p.articles.len(), p.mentions.len())).collect()
        };
        assert_eq!(summary(&people), summary(&full));
        assert!(!summary(&full).is_empty());
    }
}
