//! Plain-text and JSON listings for the non-interactive commands, written as they are made
//! ([`crate::stream`]) so a listing of a large corpus is never held whole in memory.
//!
//! Everything taken from an article passes through [`text::printable`] before it is printed; JSON
//! listings have one record a line, like the export.

use std::io::{self, Write};

use serde::Serialize;

use crate::corpus::Corpus;
use crate::index::{CrossRef, DateFilter, TimelineEntry};
use crate::stream::{in_order, json_array};
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
pub fn articles(out: &mut dyn Write, corpus: &Corpus) -> io::Result<()> {
    let order = corpus.newest_first();
    let id_width = order.iter().map(|&i| corpus.articles[i].id.chars().count()).max().unwrap_or(0);
    in_order(out, &order, |_, &i| {
        let a = &corpus.articles[i];
        let date = a.date.map_or_else(|| "no date   ".to_owned(), |d| d.to_string());
        let mut line = format!("{date}  {:<id_width$}  {}", printable(&a.id), printable(&a.title));
        if let Some(source) = &a.source {
            line += &format!("  [{}]", printable(source));
        }
        line.push('\n');
        Ok(line.into_bytes())
    })
}

/// `dateline articles --json`: the same lines as a JSON array.
pub fn articles_json(out: &mut dyn Write, corpus: &Corpus) -> io::Result<()> {
    json_array(out, &corpus.newest_first(), |_, &i| {
        let a = &corpus.articles[i];
        ArticleLine {
            id: &a.id,
            date: a.date.map(|d| d.to_string()),
            title: &a.title,
            source: a.source.as_deref(),
            path: a.path.display().to_string(),
        }
    })?;
    out.write_all(b"\n")
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

/// Timeline entries a query keeps: the timeline's own slice when it keeps them all (it is not
/// copied), else a list.
enum Kept<'a> {
    All(&'a [TimelineEntry]),
    Some(Vec<&'a TimelineEntry>),
}

impl<'a> Kept<'a> {
    fn new(entries: &'a [TimelineEntry], narrowed: bool, keep: impl Fn(&TimelineEntry) -> bool) -> Kept<'a> {
        if narrowed { Kept::Some(entries.iter().filter(|e| keep(e)).collect()) } else { Kept::All(entries) }
    }

    fn iter(&self) -> Box<dyn Iterator<Item = &'a TimelineEntry> + '_> {
        match self {
            Kept::All(all) => Box::new(all.iter()),
            Kept::Some(some) => Box::new(some.iter().copied()),
        }
    }

    fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    fn write(
        &self,
        out: &mut dyn Write,
        encode: impl Fn(usize, &'a TimelineEntry) -> io::Result<Vec<u8>> + Sync,
    ) -> io::Result<()> {
        match self {
            Kept::All(all) => in_order(out, all, encode),
            Kept::Some(some) => in_order(out, some, |i, e| encode(i, e)),
        }
    }

    fn write_json<R: Serialize>(
        &self,
        out: &mut dyn Write,
        record: impl Fn(&'a TimelineEntry) -> R + Sync,
    ) -> io::Result<()> {
        match self {
            Kept::All(all) => json_array(out, all, |_, e| record(e)),
            Kept::Some(some) => json_array(out, some, |_, e| record(e)),
        }
    }
}

/// The entries `query` keeps: dated ones in calendar order, then undated ones.
fn timeline_entries<'a>(index: &'a CrossRef, query: &TimelineQuery) -> (Kept<'a>, Kept<'a>) {
    let has_person = |e: &TimelineEntry| query.person.is_none_or(|p| index.entry_people(e).contains(&p));
    let in_period =
        |e: &TimelineEntry| query.period.as_ref().is_none_or(|p| e.interval().is_some_and(|i| p.overlaps(i)));
    let narrowed = query.period.is_some() || query.person.is_some();
    let dated = Kept::new(index.timeline.dated(), narrowed, |e| in_period(e) && has_person(e));
    // Undated entries have no period, so a period filter leaves none of them.
    let undated = Kept::new(index.timeline.undated(), narrowed, |e| query.period.is_none() && has_person(e));
    (dated, undated)
}

/// `dateline timeline`: dated entries in order, then the undated ones under their own heading.
pub fn timeline(
    out: &mut dyn Write,
    corpus: &Corpus,
    index: &CrossRef,
    query: &TimelineQuery,
) -> io::Result<()> {
    let (dated, undated) = timeline_entries(index, query);
    let label = |e: &TimelineEntry| e.label(corpus, &index.extractions[e.article as usize]);
    let all = || dated.iter().chain(undated.iter());
    let label_width = all().map(|e| label(e).chars().count()).max().unwrap_or(0);
    let id_width = all().map(|e| corpus.articles[e.article as usize].id.chars().count()).max().unwrap_or(0);
    let row = |_, e: &TimelineEntry| {
        let a = &corpus.articles[e.article as usize];
        let sentence = a.body[index.entry_sentence(e)].split_whitespace().collect::<Vec<_>>().join(" ");
        let text = format!("\"{}\"", &a.body[index.date(e).span]);
        let line = format!(
            "{:<label_width$}  {:<id_width$}  {:<14}  {}\n",
            label(e),
            printable(&a.id),
            printable(&text),
            printable(&sentence)
        );
        Ok(line.into_bytes())
    };
    dated.write(out, row)?;
    if !undated.is_empty() {
        out.write_all(b"\nUndated (vague, or relative with nothing to count from):\n")?;
        undated.write(out, row)?;
    }
    Ok(())
}

/// `dateline timeline --json`: `{"dated": [...], "undated": [...]}`.
pub fn timeline_json(
    out: &mut dyn Write,
    corpus: &Corpus,
    index: &CrossRef,
    query: &TimelineQuery,
) -> io::Result<()> {
    let (dated, undated) = timeline_entries(index, query);
    let line = |e: &'_ TimelineEntry| {
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
    out.write_all(b"{\"dated\": ")?;
    dated.write_json(out, line)?;
    out.write_all(b",\n\"undated\": ")?;
    undated.write_json(out, line)?;
    out.write_all(b"}\n")
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
pub fn people(out: &mut dyn Write, index: &CrossRef) -> io::Result<()> {
    let people = &index.people.people;
    let width = people.iter().map(|p| p.name.chars().count()).max().unwrap_or(0);
    in_order(out, people, |_, p| {
        let n = p.mentions.len();
        let counts = format!(
            "{n:>3} mention{} in {}",
            if n == 1 { "" } else { "s" },
            crate::text::count(p.articles.len(), "article", "articles")
        );
        let mut line = format!("{:<width$}  {counts}", printable(&p.name));
        if !p.aliases.is_empty() {
            line += &format!("  · also {}", printable(&p.aliases.join(", ")));
        }
        if !p.variants.is_empty() {
            line += &format!("  · probably also {}", printable(&p.variants.join(", ")));
        }
        if !p.roles.is_empty() {
            line += &format!("  · {}", printable(&p.roles.join("; ")));
        }
        line.push('\n');
        Ok(line.into_bytes())
    })
}

/// `dateline people --json`: every person with mentions (byte spans, sentence spans) and the
/// people they appear with.
pub fn people_json(out: &mut dyn Write, corpus: &Corpus, index: &CrossRef) -> io::Result<()> {
    json_array(out, &index.people.people, |i, p| PersonLine {
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
    })?;
    out.write_all(b"\n")
}
