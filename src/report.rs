//! Plain-text and JSON listings for the non-interactive commands.
//!
//! Everything taken from an article passes through [`text::printable`] before it is printed.

use std::fmt::Write as _;

use serde::Serialize;

use crate::corpus::Corpus;
use crate::text::printable;

#[derive(Serialize)]
struct ArticleLine<'a> {
    id: &'a str,
    date: Option<String>,
    title: &'a str,
    source: Option<&'a str>,
    path: String,
}

/// `dateline articles`: one line per article, newest first (date, id, title, source).
pub fn articles(corpus: &Corpus) -> String {
    let order = corpus.newest_first();
    let id_width = order.iter().map(|&i| corpus.articles[i].id.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for i in order {
        let a = &corpus.articles[i];
        let date = a.date.map_or_else(|| "no date   ".to_owned(), |d| d.to_string());
        let id = printable(&a.id);
        let _ = write!(out, "{date}  {id:<id_width$}  {}", printable(&a.title));
        if let Some(source) = &a.source {
            let _ = write!(out, "  [{}]", printable(source));
        }
        out.push('\n');
    }
    out
}

/// `dateline articles --json`: the same lines as a JSON array.
pub fn articles_json(corpus: &Corpus) -> serde_json::Result<String> {
    let lines: Vec<ArticleLine<'_>> = corpus
        .newest_first()
        .into_iter()
        .map(|i| {
            let a = &corpus.articles[i];
            ArticleLine {
                id: &a.id,
                date: a.date.map(|d| d.to_string()),
                title: &a.title,
                source: a.source.as_deref(),
                path: a.path.display().to_string(),
            }
        })
        .collect();
    serde_json::to_string_pretty(&lines)
}

/// Problems, one line each, for stderr.
pub fn problems(corpus: &Corpus) -> String {
    corpus.problems.iter().map(|p| format!("{}\n", printable(&p.to_string()))).collect()
}
