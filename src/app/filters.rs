//! Filters and what each pane shows under them. Filters compose: an article, person or timeline
//! entry is visible when it passes every active filter.

use chrono::NaiveDate;

use super::Pane;
use super::fuzzy;
use crate::corpus::Corpus;
use crate::index::{CrossRef, DateFilter, TimelineEntry};

/// One active filter, in the order the user set them (`Esc` removes the last).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// Only what involves this person (index into the people).
    Person(usize),
    /// Only what falls in this period; `label` says it the way the timeline does.
    Period { period: DateFilter, label: String },
    /// A `/` query typed in one pane.
    Query { pane: Pane, text: String },
}

/// A row of the timeline pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Dated(usize),
    Undated(usize),
}

/// What each list pane shows under the filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Visible {
    /// Article indices, newest first.
    pub articles: Vec<usize>,
    /// For each article index, whether it is in `articles` (answers "is it shown?" at once).
    pub article_shown: Vec<bool>,
    /// Person indices, most mentioned first.
    pub people: Vec<usize>,
    pub timeline: Vec<Row>,
}

impl Filter {
    /// How the status bar names it.
    pub fn label(&self, index: &CrossRef) -> String {
        match self {
            Filter::Person(p) => format!("person: {}", index.people.people[*p].name),
            Filter::Period { label, .. } => label.clone(),
            Filter::Query { pane, text } => format!("{}: /{text}", pane.title().to_lowercase()),
        }
    }
}

/// The query typed in `pane`, if any.
pub fn query(filters: &[Filter], pane: Pane) -> Option<&str> {
    filters.iter().rev().find_map(|f| match f {
        Filter::Query { pane: p, text } if *p == pane => Some(text.as_str()),
        _ => None,
    })
}

/// The person filter, if any (the last one set wins).
pub fn person(filters: &[Filter]) -> Option<usize> {
    filters.iter().rev().find_map(|f| match f {
        Filter::Person(p) => Some(*p),
        _ => None,
    })
}

fn periods(filters: &[Filter]) -> impl Iterator<Item = &DateFilter> {
    filters.iter().filter_map(|f| match f {
        Filter::Period { period, .. } => Some(period),
        _ => None,
    })
}

/// The text a list row is matched against, shared with the view so it highlights the same.
pub fn article_text(corpus: &Corpus, article: usize) -> String {
    let a = &corpus.articles[article];
    let date = a.date.map(|d| d.to_string()).unwrap_or_default();
    match &a.source {
        Some(source) => format!("{date}  {}  {source}", a.title),
        None => format!("{date}  {}", a.title),
    }
}

pub fn person_text(index: &CrossRef, person: usize) -> String {
    let p = &index.people.people[person];
    format!("{} {} {}", p.name, p.aliases.join(" "), p.roles.join(" "))
}

pub fn entry_text(corpus: &Corpus, entry: &TimelineEntry) -> String {
    let a = &corpus.articles[entry.article];
    let label = entry.value.as_ref().map(|v| v.human()).unwrap_or_default();
    format!("{label} {} {} {}", &a.body[entry.span.clone()], &a.body[entry.sentence.clone()], a.title)
}

fn entry_in(entry: &TimelineEntry, period: &DateFilter) -> bool {
    entry.interval().is_some_and(|i| period.overlaps(i))
}

fn day_in(day: Option<NaiveDate>, period: &DateFilter) -> bool {
    day.is_some_and(|d| period.overlaps((d, d)))
}

/// Computes every pane's rows under `filters`.
pub fn visible(corpus: &Corpus, index: &CrossRef, filters: &[Filter]) -> Visible {
    let person = person(filters);
    let periods: Vec<&DateFilter> = periods(filters).collect();
    let timeline = &index.timeline;
    let entry_passes = |e: &TimelineEntry, undated: bool| {
        person.is_none_or(|p| e.people.contains(&p))
            && (periods.is_empty() || (!undated && periods.iter().all(|per| entry_in(e, per))))
            && query(filters, Pane::Timeline)
                .is_none_or(|q| fuzzy::matches(&entry_text(corpus, e), q).is_some())
    };
    let rows: Vec<Row> = (timeline
        .dated
        .iter()
        .enumerate()
        .filter(|(_, e)| entry_passes(e, false))
        .map(|(i, _)| Row::Dated(i)))
    .chain(
        timeline
            .undated
            .iter()
            .enumerate()
            .filter(|(_, e)| entry_passes(e, true))
            .map(|(i, _)| Row::Undated(i)),
    )
    .collect();

    // Per period, the articles naming a date in it: one pass over the timeline, not one per article.
    let naming: Vec<Vec<bool>> = periods
        .iter()
        .map(|per| {
            let mut names = vec![false; corpus.articles.len()];
            for e in timeline.dated.iter().filter(|e| entry_in(e, per)) {
                names[e.article] = true;
            }
            names
        })
        .collect();
    let with_person_articles: Option<&[usize]> = person.map(|p| index.people.people[p].articles.as_slice());
    let article_passes = |a: usize| {
        // A person's articles are kept in corpus order.
        with_person_articles.is_none_or(|list| list.binary_search(&a).is_ok())
            && periods
                .iter()
                .zip(&naming)
                .all(|(per, names)| day_in(corpus.articles[a].date.map(|d| d.day), per) || names[a])
            && query(filters, Pane::Articles)
                .is_none_or(|q| fuzzy::matches(&article_text(corpus, a), q).is_some())
    };
    let articles: Vec<usize> = corpus.newest_first().into_iter().filter(|&a| article_passes(a)).collect();
    let mut article_shown = vec![false; corpus.articles.len()];
    for &a in &articles {
        article_shown[a] = true;
    }

    // People: the person and those who share a sentence with them; in a period, those named in
    // the sentences that fall in it.
    let with_person: Option<Vec<usize>> = person.map(|p| {
        std::iter::once(p).chain(index.people.co_mentioned(p).into_iter().map(|(o, _)| o)).collect()
    });
    let in_periods: Option<Vec<usize>> = (!periods.is_empty()).then(|| {
        let mut ids: Vec<usize> = timeline
            .dated
            .iter()
            .filter(|e| periods.iter().all(|per| entry_in(e, per)))
            .flat_map(|e| e.people.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    });
    // With a person filter: that person first, then who appears with them most.
    let order: Vec<usize> = with_person.unwrap_or_else(|| (0..index.people.people.len()).collect());
    let people = order
        .into_iter()
        .filter(|p| in_periods.as_ref().is_none_or(|w| w.contains(p)))
        .filter(|&p| {
            query(filters, Pane::People).is_none_or(|q| fuzzy::matches(&person_text(index, p), q).is_some())
        })
        .collect();
    Visible { articles, article_shown, people, timeline: rows }
}
