//! What an article says: the people it mentions and the dates it names, found in its text alone.
//!
//! Pure functions: an article (body, paragraphs, date) in, spans and values out. No I/O and no
//! knowledge of other articles; the corpus-wide view is built from these results in `index`.

pub mod calendar;
pub mod dates;
pub mod doc;
pub mod lexicon;
pub mod people;
pub mod tense;
pub mod timex;
pub mod tokens;

use serde::{Deserialize, Serialize};

use crate::corpus::Article;
use crate::span::Span;
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

/// Extracts one article: it is read once ([`doc::Doc`]) and both extractors work from that.
pub fn extract(article: &Article) -> Extraction {
    let doc = doc::Doc::of(article);
    let mut x = Extraction {
        dates: dates::find_dates(&doc),
        people: people::find_people(&doc),
        sentences: doc.sentences.iter().map(|s| s.span).collect(),
    };
    // Kept for the whole session, article by article: no room to spare.
    x.dates.shrink_to_fit();
    x.people.mentions.shrink_to_fit();
    x.people.persons.shrink_to_fit();
    x
}
