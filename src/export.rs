//! The JSON export: the whole analysis in one stable schema for scripts, written as it is made.
//!
//! Field names are a public contract; add fields, never rename them. The output is one JSON
//! object `{"articles": [...], "people": [...], "problems": [...]}` with one array element a line,
//! streamed to the writer so a large corpus never exists twice in memory.

use std::io::{self, Write};

use serde::Serialize;

use crate::corpus::{Article, Corpus, Problem};
use crate::extract::Extraction;
use crate::index::CrossRef;
use crate::stream::json_array;

/// One article with what was found in it. `start`/`end` of its mentions and dates are byte
/// offsets into its body.
#[derive(Debug, Serialize)]
pub struct ArticleOut<'a> {
    pub id: &'a str,
    pub path: String,
    pub title: &'a str,
    pub date: Option<String>,
    pub source: Option<&'a str>,
    pub body_offset: Option<usize>,
    pub mentions: Vec<MentionOut<'a>>,
    pub dates: Vec<DateOut<'a>>,
    pub title_derived: bool,
    /// Time of day with its UTC offset when known, e.g. `14:00:00+09:00`.
    pub time: Option<String>,
    pub url: Option<&'a str>,
    pub authors: &'a [String],
    pub tags: &'a [String],
}

/// A person mention: byte span in the body, the person's id and the text.
#[derive(Debug, Serialize)]
pub struct MentionOut<'a> {
    pub person: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// A date expression: byte span, text, and its TimeML value (`null` when unresolved).
#[derive(Debug, Serialize)]
pub struct DateOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: Option<String>,
}

/// A person across the corpus.
#[derive(Debug, Serialize)]
pub struct PersonOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a [String],
    pub roles: &'a [String],
    pub articles: usize,
    pub mentions: usize,
    /// Near-identical spellings linked as probably the same person.
    pub variants: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct ProblemOut<'a> {
    pub path: String,
    pub line: Option<usize>,
    pub message: &'a str,
}

/// Writes the export of `corpus` and its cross-reference to `out`.
pub fn write(out: &mut (impl Write + ?Sized), corpus: &Corpus, index: &CrossRef) -> io::Result<()> {
    out.write_all(b"{\"articles\": ")?;
    json_array(out, &corpus.articles, |i, a| article_out(a, &index.extractions[i], index, i))?;
    out.write_all(b",\n\"people\": ")?;
    json_array(out, &index.people.people, |_, p| PersonOut {
        id: &p.id,
        name: &p.name,
        aliases: &p.aliases,
        roles: &p.roles,
        articles: p.articles.len(),
        mentions: p.mentions.len(),
        variants: &p.variants,
    })?;
    out.write_all(b",\n\"problems\": ")?;
    json_array(out, &corpus.problems, |_, p| problem_out(p))?;
    out.write_all(b"}\n")?;
    out.flush()
}

fn article_out<'a>(a: &'a Article, x: &'a Extraction, index: &'a CrossRef, article: usize) -> ArticleOut<'a> {
    ArticleOut {
        id: &a.id,
        path: a.path.display().to_string(),
        title: &a.title,
        date: a.date.map(|d| d.to_string()),
        source: a.source.as_deref(),
        body_offset: a.body_offset,
        mentions: x
            .people
            .mentions
            .iter()
            .filter_map(|m| {
                let person = &index.people.people[index.people.global(article, m.person as usize)?];
                Some(MentionOut {
                    person: &person.id,
                    start: m.span.start(),
                    end: m.span.end(),
                    text: &a.body[m.span],
                })
            })
            .collect(),
        dates: x
            .dates
            .iter()
            .map(|d| DateOut {
                start: d.span.start(),
                end: d.span.end(),
                text: &a.body[d.span],
                value: d.value.as_ref().map(ToString::to_string),
            })
            .collect(),
        title_derived: a.title_derived,
        time: a.date.and_then(|d| {
            let time = d.time?.format("%H:%M:%S").to_string();
            Some(match d.utc_offset {
                Some(0) => format!("{time}Z"),
                Some(secs) => format!("{time}{}", chrono::FixedOffset::east_opt(secs)?),
                None => time,
            })
        }),
        url: a.url.as_deref(),
        authors: &a.authors,
        tags: &a.tags,
    }
}

pub(crate) fn problem_out(p: &Problem) -> ProblemOut<'_> {
    ProblemOut { path: p.path.display().to_string(), line: p.line, message: &p.message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_is_one_valid_json_document_with_a_line_per_record() {
        let corpus = Corpus::sample();
        let index = CrossRef::extract(&corpus.articles);
        let mut out = Vec::new();
        write(&mut out, &corpus, &index).unwrap();
        let text = String::from_utf8(out).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["articles"].as_array().unwrap().len(), 3);
        assert_eq!(json["people"][0]["name"], "Mike Pompeo");
        assert!(text.lines().nth(1).unwrap().starts_with("{\"id\":"), "one article a line");
    }
}
