//! What an article says: the people it mentions and the dates it names, found in its text alone.
//!
//! Pure functions: an article (body, paragraphs, date) in, spans and values out. No I/O and no
//! knowledge of other articles; the corpus-wide view is built from these results in `index`.

pub mod calendar;
pub mod dates;
pub mod doc;
pub mod gazetteer;
pub mod lexicon;
mod old_tokens;
pub mod people;
pub mod tense;
pub mod timex;
pub mod tokens;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::corpus::{Article, ParagraphKind};
use crate::span::Span;
use crate::text;
pub use dates::DateMention;
pub use people::{LocalPerson, MentionKind, People, PersonMention};

/// Everything found in one article, as spans of its body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Sentences of the body, in order.
    pub sentences: Vec<Span>,
    /// Date expressions, in text order.
    pub dates: Vec<DateMention>,
    /// People, and their mentions in text order.
    pub people: People,
}

/// Extracts one article.
pub fn extract(article: &Article) -> Extraction {
    let sentences = sentences(article);
    // Credit lines name agencies and photographers, never the people of the story.
    let readable: Vec<Range<usize>> = sentences
        .iter()
        .filter(|s| article.paragraph_kind_at(s.start) != Some(ParagraphKind::Credit))
        .cloned()
        .collect();
    let doc = doc::Doc::of(article);
    Extraction {
        dates: dates::find_dates(&doc),
        people: people::find_people(&article.body, &readable),
        sentences: sentences.into_iter().map(Span::of).collect(),
    }
}

/// The sentences of every paragraph, as byte ranges of the body.
fn sentences(article: &Article) -> Vec<Range<usize>> {
    article
        .paragraphs
        .iter()
        .flat_map(|p| {
            let start = p.span.start();
            text::sentences(&article.body[p.span]).into_iter().map(move |s| start + s.start..start + s.end)
        })
        .collect()
}
