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
    named_not_dated(&mut x.dates, &x.people.mentions);
    // Kept for the whole session, article by article: no room to spare.
    x.dates.shrink_to_fit();
    x.people.mentions.shrink_to_fit();
    x.people.persons.shrink_to_fit();
    x
}

/// Drops the dates that lie inside a person's mention: "May said" after "Ana May" is her, not
/// the month. Both lists are in text order, so one walk.
fn named_not_dated(dates: &mut Vec<DateMention>, mentions: &[PersonMention]) {
    let mut m = 0;
    dates.retain(|d| {
        while m < mentions.len() && mentions[m].span.end <= d.span.start {
            m += 1;
        }
        !mentions.get(m).is_some_and(|p| p.span.covers(d.span))
    });
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::corpus::{FileArticles, Format};

    #[test]
    fn a_month_read_as_a_persons_surname_is_no_date() {
        let text = "---\ndate: 2019-05-20\n---\nPrime Minister Ana May spoke. A spokesman for May said the talks failed in May.\n";
        let file = FileArticles::read(Path::new("a.md"), Format::Text, text.as_bytes());
        let article = &file.articles[0];
        let x = extract(article);
        let dated: Vec<usize> = x.dates.iter().map(|d| d.span.start()).collect();
        let named: Vec<usize> = x.people.mentions.iter().map(|m| m.span.start()).collect();
        let at = |s: &str| article.body.find(s).unwrap();
        assert_eq!(dated, [at("May.")]);
        assert_eq!(named, [at("Ana May"), at("May said")]);
    }
}
