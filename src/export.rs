//! The JSON export: the whole analysis in one stable schema for scripts.
//!
//! Field names are a public contract; add fields, never rename them.

use serde::Serialize;

use crate::corpus::{Article, Corpus, Problem};
use crate::extract::Extraction;
use crate::index::CrossRef;

/// `dateline export` output.
#[derive(Debug, Serialize)]
pub struct Export<'a> {
    pub articles: Vec<ArticleOut<'a>>,
    pub people: Vec<PersonOut>,
    pub problems: Vec<ProblemOut<'a>>,
}

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
    pub mentions: Vec<MentionOut>,
    pub dates: Vec<DateOut>,
    pub title_derived: bool,
    /// Time of day with its UTC offset when known, e.g. `14:00:00+09:00`.
    pub time: Option<String>,
    pub url: Option<&'a str>,
    pub authors: &'a [String],
    pub tags: &'a [String],
}

/// A person mention: byte span in the body, the person's id and the text.
#[derive(Debug, Serialize)]
pub struct MentionOut {
    pub person: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A date expression: byte span, text, and its TimeML value (`null` when unresolved).
#[derive(Debug, Serialize)]
pub struct DateOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Option<String>,
}

/// A person across the corpus.
#[derive(Debug, Serialize)]
pub struct PersonOut {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub articles: usize,
    pub mentions: usize,
    /// Near-identical spellings linked as probably the same person.
    pub variants: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ProblemOut<'a> {
    pub path: String,
    pub line: Option<usize>,
    pub message: &'a str,
}

impl<'a> Export<'a> {
    /// The export of a loaded corpus and its cross-reference.
    pub fn new(corpus: &'a Corpus, index: &'a CrossRef) -> Export<'a> {
        Export {
            articles: corpus
                .articles
                .iter()
                .zip(&index.extractions)
                .enumerate()
                .map(|(i, (a, x))| article_out(a, x, index, i))
                .collect(),
            people: index
                .people
                .people
                .iter()
                .map(|p| PersonOut {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    aliases: p.aliases.clone(),
                    roles: p.roles.clone(),
                    articles: p.articles.len(),
                    mentions: p.mentions.len(),
                    variants: p.variants.clone(),
                })
                .collect(),
            problems: corpus.problems.iter().map(problem_out).collect(),
        }
    }
}

fn article_out<'a>(a: &'a Article, x: &Extraction, index: &CrossRef, article: usize) -> ArticleOut<'a> {
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
                let person = &index.people.people[index.people.global(article, m.person)?];
                Some(MentionOut {
                    person: person.id.clone(),
                    start: m.span.start,
                    end: m.span.end,
                    text: a.body[m.span.clone()].to_owned(),
                })
            })
            .collect(),
        dates: x
            .dates
            .iter()
            .map(|d| DateOut {
                start: d.span.start,
                end: d.span.end,
                text: a.body[d.span.clone()].to_owned(),
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
