//! Plain-text and JSON listings for the non-interactive commands.
//!
//! Everything taken from an article passes through [`text::printable`] before it is printed.

use std::fmt::Write as _;

use serde::Serialize;

use crate::corpus::Corpus;
use crate::index::{CrossRef, DateFilter, TimelineEntry};
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
    pretty(&lines)
}

/// Problems, one line each, for stderr.
pub fn problems(corpus: &Corpus) -> String {
    corpus.problems.iter().map(|p| format!("{}\n", printable(&p.to_string()))).collect()
}

/// How `dateline timeline` narrows the entries.
#[derive(Debug, Default)]
pub struct TimelineQuery {
    pub period: Option<DateFilter>,
    /// Only entries whose sentence mentions this person (index into the people).
    pub person: Option<usize>,
}

#[derive(Serialize)]
struct TimelineLine<'a> {
    value: Option<String>,
    label: String,
    first: Option<String>,
    last: Option<String>,
    article: &'a str,
    article_date: Option<String>,
    start: usize,
    end: usize,
    text: &'a str,
    sentence: &'a str,
    people: Vec<String>,
}

fn timeline_lines<'a>(
    corpus: &'a Corpus,
    index: &'a CrossRef,
    query: &TimelineQuery,
) -> (Vec<TimelineLine<'a>>, Vec<TimelineLine<'a>>) {
    let line = |e: &'a TimelineEntry| {
        let a = &corpus.articles[e.article as usize];
        let x = &index.extractions[e.article as usize];
        let date = index.date(e);
        let interval = e.interval();
        TimelineLine {
            value: date.value.as_ref().map(ToString::to_string),
            label: e.label(corpus, x),
            first: interval.map(|i| i.0.to_string()),
            last: interval.map(|i| i.1.to_string()),
            article: &a.id,
            article_date: a.date.map(|d| d.to_string()),
            start: date.span.start(),
            end: date.span.end(),
            text: &a.body[date.span],
            sentence: &a.body[index.entry_sentence(e)],
            people: index.entry_people(e).into_iter().map(|p| index.people.people[p].name.clone()).collect(),
        }
    };
    let has_person = |e: &TimelineEntry| query.person.is_none_or(|p| index.entry_people(e).contains(&p));
    let dated = index
        .timeline
        .dated()
        .iter()
        .filter(|e| query.period.as_ref().is_none_or(|p| e.interval().is_some_and(|i| p.overlaps(i))))
        .filter(|e| has_person(e))
        .map(line)
        .collect();
    // Undated entries have no period, so a period filter leaves none of them.
    let undated = index
        .timeline
        .undated()
        .iter()
        .filter(|e| query.period.is_none() && has_person(e))
        .map(line)
        .collect();
    (dated, undated)
}

/// `dateline timeline`: dated entries in order, then the undated ones under their own heading.
pub fn timeline(corpus: &Corpus, index: &CrossRef, query: &TimelineQuery) -> String {
    let (dated, undated) = timeline_lines(corpus, index, query);
    let label_width = dated.iter().chain(&undated).map(|l| l.label.chars().count()).max().unwrap_or(0);
    let id_width = dated.iter().chain(&undated).map(|l| l.article.chars().count()).max().unwrap_or(0);
    let row = |l: &TimelineLine| {
        let sentence = l.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = format!("\"{}\"", l.text);
        format!(
            "{:<label_width$}  {:<id_width$}  {:<14}  {}\n",
            l.label,
            printable(l.article),
            printable(&text),
            printable(&sentence)
        )
    };
    let mut out: String = dated.iter().map(row).collect();
    if !undated.is_empty() {
        out.push_str("\nUndated (vague, or relative with nothing to count from):\n");
        out.extend(undated.iter().map(row));
    }
    out
}

/// `dateline timeline --json`: `{"dated": [...], "undated": [...]}`.
pub fn timeline_json(corpus: &Corpus, index: &CrossRef, query: &TimelineQuery) -> serde_json::Result<String> {
    let (dated, undated) = timeline_lines(corpus, index, query);
    pretty(&serde_json::json!({ "dated": dated, "undated": undated }))
}

#[derive(Serialize)]
struct PersonLine<'a> {
    id: &'a str,
    name: &'a str,
    aliases: &'a [String],
    variants: &'a [String],
    roles: &'a [String],
    articles: Vec<&'a str>,
    mentions: Vec<MentionLine<'a>>,
    appears_with: Vec<CoMention<'a>>,
}

#[derive(Serialize)]
struct MentionLine<'a> {
    article: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    sentence: [usize; 2],
}

#[derive(Serialize)]
struct CoMention<'a> {
    id: &'a str,
    name: &'a str,
    sentences: usize,
}

/// `dateline people`: people by mention count, with aliases, roles and article count.
pub fn people(index: &CrossRef) -> String {
    let people = &index.people.people;
    let width = people.iter().map(|p| p.name.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for p in people {
        let counts = format!("{:>3} mentions in {}", p.mentions.len(), plural(p.articles.len(), "article"));
        let _ = write!(out, "{:<width$}  {counts}", printable(&p.name));
        if !p.aliases.is_empty() {
            let _ = write!(out, "  · also {}", printable(&p.aliases.join(", ")));
        }
        if !p.variants.is_empty() {
            let _ = write!(out, "  · probably also {}", printable(&p.variants.join(", ")));
        }
        if !p.roles.is_empty() {
            let _ = write!(out, "  · {}", printable(&p.roles.join("; ")));
        }
        out.push('\n');
    }
    out
}

/// `dateline people --json`: every person with mentions (byte spans, sentence spans) and the
/// people they appear with.
pub fn people_json(corpus: &Corpus, index: &CrossRef) -> serde_json::Result<String> {
    let lines: Vec<PersonLine> = index
        .people
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| PersonLine {
            id: &p.id,
            name: &p.name,
            aliases: &p.aliases,
            variants: &p.variants,
            roles: &p.roles,
            articles: p.articles.iter().map(|&a| corpus.articles[a as usize].id.as_str()).collect(),
            mentions: p
                .mentions
                .iter()
                .map(|&r| {
                    let (article, m) = (&corpus.articles[r.article as usize], index.mention(r));
                    let sentence = index.mention_sentence(r);
                    MentionLine {
                        article: &article.id,
                        start: m.span.start(),
                        end: m.span.end(),
                        text: &article.body[m.span],
                        sentence: [sentence.start(), sentence.end()],
                    }
                })
                .collect(),
            appears_with: index
                .people
                .co_mentioned(i)
                .map(|(other, n)| CoMention {
                    id: &index.people.people[other].id,
                    name: &index.people.people[other].name,
                    sentences: n,
                })
                .collect(),
        })
        .collect();
    pretty(&lines)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// Pretty JSON that is safe to print on a terminal ([`crate::text::json_safe`]).
fn pretty(value: &impl serde::Serialize) -> serde_json::Result<String> {
    serde_json::to_string_pretty(value).map(|json| crate::text::json_safe(&json).into_owned())
}
