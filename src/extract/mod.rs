//! What an article says: the people it mentions and the dates it names, found in its text alone.
//!
//! Pure functions: an article (body, paragraphs, date) in, byte ranges and values out. No I/O and
//! no knowledge of other articles; the corpus-wide view is built from these results in `index`.

pub mod dates;
pub mod tense;
pub mod timex;

use std::ops::Range;

use crate::corpus::Article;
use crate::text;
pub use dates::DateMention;

/// Everything found in one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// Sentences of the body, as byte ranges, in order.
    pub sentences: Vec<Range<usize>>,
    pub dates: Vec<DateMention>,
}

/// Extracts one article.
pub fn extract(article: &Article) -> Extraction {
    let reference = article.date.map(|d| d.day);
    Extraction {
        sentences: sentences(article),
        dates: dates::find_dates(&article.body, &article.paragraphs, reference),
    }
}

/// The sentences of every paragraph, as byte ranges of the body.
fn sentences(article: &Article) -> Vec<Range<usize>> {
    article
        .paragraphs
        .iter()
        .flat_map(|p| {
            let start = p.range.start;
            text::sentences(&article.body[p.range.clone()])
                .into_iter()
                .map(move |s| start + s.start..start + s.end)
        })
        .collect()
}
