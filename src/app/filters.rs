//! Filters and what each pane shows under them. Filters compose: an article, person or timeline
//! entry is visible when it passes every active filter.

use chrono::NaiveDate;

use super::search::{ArticleQuery, ArticleScan, EntryQuery, Found, Hit};
use super::{App, ListPos, Pane, Rows, StopTarget, View, fuzzy};
use crate::corpus::Corpus;
use crate::extract::timex::TimexValue;
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
    /// Only articles not yet read.
    Unread,
}

/// The item selected in each list, by identity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Selected {
    pub article: Option<usize>,
    pub person: Option<usize>,
    pub entry: Option<u32>,
}

/// The order of the article list (the `/` query still puts title hits first).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Newest first.
    #[default]
    Date,
    /// By title, A to Z.
    Title,
    /// Most mentions of people first.
    Mentions,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Date => Sort::Title,
            Sort::Title => Sort::Mentions,
            Sort::Mentions => Sort::Date,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Date => "newest first",
            Sort::Title => "by title",
            Sort::Mentions => "most mentions first",
        }
    }
}

/// What each list pane shows under the filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Visible {
    /// Article indices, in the order chosen (newest first by default).
    pub articles: Vec<usize>,
    /// For each row of `articles`, whether the Articles query found it only in the text.
    pub in_text: Vec<bool>,
    /// For each article index, whether it is in `articles` (answers "is it shown?" at once).
    pub article_shown: Vec<bool>,
    /// Person indices, most mentioned first.
    pub people: Vec<usize>,
    /// Timeline entry indices: dated entries in calendar order, then the undated ones.
    pub timeline: Rows,
    /// The days the dated `timeline` rows start on, in order, each with how many start there:
    /// what the chart counts, worked out once per change of rows instead of every frame.
    pub timeline_days: Vec<(NaiveDate, u64)>,
    /// Every article in the order of the list, before any filter.
    pub order: Vec<usize>,
    /// The Articles and Timeline queries the rows were matched for (a newer one may still be
    /// matching, see [`super::requery`]).
    pub articles_query: String,
    pub timeline_query: String,
}

impl Visible {
    /// Shows `rows` in the Timeline.
    pub fn set_timeline(&mut self, index: &CrossRef, rows: Rows) {
        self.timeline_days = days_of(index, &rows);
        self.timeline = rows;
    }
}

/// The days the dated `rows` start on, in calendar order, with how many start on each.
fn days_of(index: &CrossRef, rows: &Rows) -> Vec<(NaiveDate, u64)> {
    let mut days: Vec<(NaiveDate, u64)> = Vec::new();
    // Rows come in calendar order: counting runs is enough, the sort only guards that.
    for r in rows.iter() {
        let Some((day, _)) = index.timeline.entries[r as usize].interval() else { continue };
        match days.last_mut() {
            Some((last, n)) if *last == day => *n += 1,
            _ => days.push((day, 1)),
        }
    }
    days.sort_by_key(|&(day, _)| day);
    days.dedup_by(|(day, n), (kept, total)| {
        let same = day == kept;
        if same {
            *total += *n;
        }
        same
    });
    days
}

impl Filter {
    /// How the status bar names it.
    pub fn label(&self, index: &CrossRef) -> String {
        match self {
            Filter::Person(p) => format!("person: {}", index.people.people[*p].name),
            Filter::Period { label, .. } => label.clone(),
            Filter::Query { pane, text } => format!("{}: /{text}", pane.title().to_lowercase()),
            Filter::Unread => "unread".into(),
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

fn entry_in(entry: &TimelineEntry, period: &DateFilter) -> bool {
    entry.interval().is_some_and(|i| period.overlaps(i))
}

fn day_in(day: Option<NaiveDate>, period: &DateFilter) -> bool {
    day.is_some_and(|d| period.holds(d))
}

/// Computes every pane's rows under `filters`; `read` marks the articles read (for
/// [`Filter::Unread`]).
pub fn visible(corpus: &Corpus, index: &CrossRef, filters: &[Filter], read: &[bool], sort: Sort) -> Visible {
    let timeline = timeline_rows(corpus, index, filters);
    let order = article_order(corpus, index, sort);
    let (articles, in_text, article_shown) = article_rows(corpus, index, filters, read, &order);
    let people = people_rows(index, filters, None);
    let query_of = |pane| query(filters, pane).unwrap_or_default().to_owned();
    Visible {
        articles,
        in_text,
        article_shown,
        people,
        timeline_days: days_of(index, &timeline),
        timeline,
        order,
        articles_query: query_of(Pane::Articles),
        timeline_query: query_of(Pane::Timeline),
    }
}

/// The pane whose query is all that differs between `before` and `after`.
pub fn query_changed(before: &[Filter], after: &[Filter]) -> Option<Pane> {
    let rest =
        |fs: &[Filter]| fs.iter().filter(|f| !matches!(f, Filter::Query { .. })).cloned().collect::<Vec<_>>();
    if rest(before) != rest(after) {
        return None;
    }
    Pane::ALL.into_iter().find(|&pane| query(before, pane) != query(after, pane))
}

/// The timeline entries under `filters`.
fn timeline_rows(corpus: &Corpus, index: &CrossRef, filters: &[Filter]) -> Rows {
    let rows = timeline_base(index, filters);
    match query(filters, Pane::Timeline) {
        Some(q) => EntryQuery::parse(q).rows(corpus, index, rows),
        None => rows,
    }
}

/// The timeline entries under every filter but the Timeline query.
pub fn timeline_base(index: &CrossRef, filters: &[Filter]) -> Rows {
    let person = person(filters);
    let periods: Vec<&DateFilter> = periods(filters).collect();
    let timeline = &index.timeline;
    // The entries whose sentence names the person: found from the person's mentions.
    let person_entries: Option<Vec<bool>> = person.map(|p| {
        let mut shown = vec![false; timeline.entries.len()];
        for &m in &index.people.people[p].mentions {
            let (article, sentence) = (m.article as usize, index.mention_sentence(m));
            let dates = &index.extractions[article].dates;
            for d in crate::span::starting_in(dates, sentence, |d| d.span.start) {
                if let Some(e) = timeline.entry_of(article, d) {
                    shown[e] = true;
                }
            }
        }
        shown
    });
    let entry_passes = |i: usize| {
        let e = &timeline.entries[i];
        let undated = i >= timeline.dated;
        person_entries.as_ref().is_none_or(|shown| shown[i])
            && (periods.is_empty() || (!undated && periods.iter().all(|per| entry_in(e, per))))
    };
    if person_entries.is_none() && periods.is_empty() {
        return Rows::All(timeline.entries.len() as u32);
    }
    Rows::Some((0..timeline.entries.len()).filter(|&i| entry_passes(i)).map(|i| i as u32).collect())
}

/// Every article, in the order `sort` chooses.
pub fn article_order(corpus: &Corpus, index: &CrossRef, sort: Sort) -> Vec<usize> {
    let mut order = corpus.newest_first();
    match sort {
        Sort::Date => {}
        Sort::Title => order.sort_by_cached_key(|&a| corpus.articles[a].title.to_lowercase()),
        Sort::Mentions => order.sort_by_key(|&a| {
            std::cmp::Reverse(index.extractions.get(a).map_or(0, |x| x.people.mentions.len()))
        }),
    }
    order
}

/// The rows of the articles of `order` under `filters`, whether each row was found only in its
/// text, and for each article whether it is among them.
fn article_rows(
    corpus: &Corpus,
    index: &CrossRef,
    filters: &[Filter],
    read: &[bool],
    order: &[usize],
) -> (Vec<usize>, Vec<bool>, Vec<bool>) {
    let base = article_base(corpus, index, filters, read, order);
    let found = match query(filters, Pane::Articles) {
        Some(q) => {
            let mut scan = ArticleScan::new(ArticleQuery::parse(q), base);
            while !scan.step(corpus) {}
            scan.finish()
        }
        None => base.into_iter().map(|a| (Found { hit: Hit::Row, score: 0 }, a)).collect(),
    };
    ranked(found, corpus.articles.len())
}

/// The articles of `order` under every filter but the Articles query.
pub fn article_base(
    corpus: &Corpus,
    index: &CrossRef,
    filters: &[Filter],
    read: &[bool],
    order: &[usize],
) -> Vec<usize> {
    let unread_only = filters.contains(&Filter::Unread);
    let person = person(filters);
    let periods: Vec<&DateFilter> = periods(filters).collect();
    let timeline = &index.timeline;

    // Per period, the articles naming a date in it: one pass over the timeline, not one per article.
    let naming: Vec<Vec<bool>> = periods
        .iter()
        .map(|per| {
            let mut names = vec![false; corpus.articles.len()];
            for e in timeline.within(per) {
                names[timeline.entries[e].article as usize] = true;
            }
            names
        })
        .collect();
    let with_person_articles: Option<&[u32]> = person.map(|p| index.people.people[p].articles.as_slice());
    let article_passes = |a: usize| {
        // A person's articles are kept in corpus order.
        with_person_articles.is_none_or(|list| list.binary_search(&(a as u32)).is_ok())
            && !(unread_only && read.get(a).copied().unwrap_or(false))
            && periods
                .iter()
                .zip(&naming)
                .all(|(per, names)| day_in(corpus.articles[a].date.map(|d| d.day), per) || names[a])
    };
    order.iter().copied().filter(|&a| article_passes(a)).collect()
}

/// The rows of the matches (in list order) of the Articles query: title hits first, best first,
/// equals in list order; whether each was found only in its text; and for each of the corpus's
/// `articles` whether it is shown.
pub fn ranked(mut found: Vec<(Found, usize)>, articles: usize) -> (Vec<usize>, Vec<bool>, Vec<bool>) {
    found.sort_by_key(|&(found, _)| found.rank());
    let in_text = found.iter().map(|&(found, _)| found.hit == Hit::Body).collect();
    let rows: Vec<usize> = found.into_iter().map(|(_, a)| a).collect();
    let mut article_shown = vec![false; articles];
    for &a in &rows {
        article_shown[a] = true;
    }
    (rows, in_text, article_shown)
}

/// The people under `filters`, from `from` (the rows of a shorter query) or all.
fn people_rows(index: &CrossRef, filters: &[Filter], from: Option<&[usize]>) -> Vec<usize> {
    if let Some(rows) = from {
        let q = query(filters, Pane::People).unwrap_or("");
        return rows.iter().copied().filter(|&p| fuzzy::is_match(index.people.text(p), q)).collect();
    }
    let person = person(filters);
    let periods: Vec<&DateFilter> = periods(filters).collect();
    let timeline = &index.timeline;

    // People: the person and those who share a sentence with them; in a period, those named in
    // the sentences that fall in it.
    let with_person: Option<Vec<usize>> =
        person.map(|p| std::iter::once(p).chain(index.people.co_mentioned(p).map(|(o, _)| o)).collect());
    let in_periods: Option<Vec<bool>> = (!periods.is_empty()).then(|| {
        let mut named = vec![false; index.people.people.len()];
        for e in timeline.within(periods[0]) {
            let e = &timeline.entries[e];
            if periods.iter().all(|per| entry_in(e, per)) {
                for p in index.entry_people(e) {
                    named[p] = true;
                }
            }
        }
        named
    });
    // With a person filter: that person first, then who appears with them most.
    let order: Vec<usize> = with_person.unwrap_or_else(|| (0..index.people.people.len()).collect());
    order
        .into_iter()
        .filter(|&p| in_periods.as_ref().is_none_or(|w| w[p]))
        .filter(|&p| query(filters, Pane::People).is_none_or(|q| fuzzy::is_match(index.people.text(p), q)))
        .collect()
}

impl App {
    /// `s` in Articles: the next order, keeping the selected article selected.
    pub(super) fn cycle_sort(&mut self) {
        let (kept, before) = (self.selected_items(), self.view.clone());
        self.sort = self.sort.next();
        self.refresh_keeping(kept, &before);
        self.note = Some(format!("articles {}", self.sort.label()));
    }

    pub(super) fn filter_person(&mut self) {
        let person = match self.view.pane {
            Pane::Text => match self.cursor_stop().map(|s| s.target) {
                Some(StopTarget::Person(p)) => Some(p),
                _ => self.view.focus,
            },
            Pane::People => self.selected_person(),
            Pane::Timeline => self.selected_entry().and_then(|e| {
                // Pressing p again on the same entry moves on to its next person.
                let people = self.index.entry_people(e);
                let current = self.person_filter().and_then(|p| people.iter().position(|&q| q == p));
                people.get(current.map_or(0, |i| (i + 1) % people.len())).copied()
            }),
            Pane::Articles => None,
        };
        match person {
            // A People query was a way to find someone; once a person is chosen it would only
            // hide them, so it goes too.
            Some(p) if self.person_filter() != Some(p) => self.jump(|v| {
                v.filters
                    .retain(|f| !matches!(f, Filter::Person(_) | Filter::Query { pane: Pane::People, .. }));
                v.filters.push(Filter::Person(p));
            }),
            Some(_) => {}
            None => self.note = Some("no person under the selection".into()),
        }
    }

    pub(super) fn filter_date(&mut self) {
        let value: Option<TimexValue> = match self.view.pane {
            Pane::Text => match self.cursor_stop().map(|s| s.target) {
                Some(StopTarget::Date(v)) => v,
                _ => self.reading_article().and_then(|a| a.date).map(|d| TimexValue::Day(d.day)),
            },
            Pane::Timeline => self.selected_entry().and_then(|e| self.index.date(e).value),
            Pane::Articles => self
                .visible
                .articles
                .get(self.view.articles.selected)
                .and_then(|&a| self.corpus.articles[a].date)
                .map(|d| TimexValue::Day(d.day)),
            Pane::People => None,
        };
        match value.as_ref().and_then(|v| DateFilter::of(v).map(|p| (p, v.human()))) {
            Some((period, label)) => self.jump(|v| {
                v.filters.retain(|f| !matches!(f, Filter::Period { .. }));
                v.filters.push(Filter::Period { period, label });
            }),
            None => self.note = Some("no date under the selection".into()),
        }
    }

    pub(super) fn dismiss(&mut self) {
        if self.view.pane == Pane::People && self.view.mention.is_some() {
            self.view.mention = None;
        } else if !self.view.filters.is_empty() {
            self.jump(|v| {
                v.filters.pop();
            });
        } else if self.view.focus.is_some() {
            self.jump(|v| v.focus = None);
        }
    }

    /// The items selected in the three lists, to find again after the filters change.
    pub(super) fn selected_items(&self) -> Selected {
        Selected {
            article: self.visible.articles.get(self.view.articles.selected).copied(),
            person: self.visible.people.get(self.view.people.selected).copied(),
            entry: self.visible.timeline.get(self.view.timeline.selected),
        }
    }

    /// Applies changed filters and keeps each list's selected item selected while it is still
    /// shown (its row moves with it); a list whose selection `before` did not hold moved on purpose.
    pub(super) fn refresh_keeping(&mut self, kept: Selected, before: &View) {
        let chosen = [self.view.articles, self.view.people, self.view.timeline].map(|p| p.selected);
        let was = [before.articles, before.people, before.timeline].map(|p| p.selected);
        // Only a query changed: only its pane's rows change (not while articles arrive, which
        // are in no list yet). A query being matched is replaced; `requery` narrows only from
        // rows matched for a shorter query.
        match query_changed(&before.filters, &self.view.filters).filter(|_| !self.stale) {
            // A longer query shows fewer people: only those shown are matched again.
            Some(Pane::People) => {
                let (old, new) =
                    (query(&before.filters, Pane::People), query(&self.view.filters, Pane::People));
                let grown = new.unwrap_or_default().starts_with(old.unwrap_or_default());
                let from = grown.then_some(self.visible.people.as_slice());
                self.visible.people = people_rows(&self.index, &self.view.filters, from);
                self.clamp_selections();
            }
            Some(Pane::Text) => {}
            Some(pane) => self.requery(pane, false),
            None => self.refresh(),
        }
        fn find(pos: &mut ListPos, moved: bool, row: impl FnOnce() -> Option<usize>) {
            if !moved && let Some(row) = row() {
                pos.selected = row;
            }
        }
        let (v, at) = (&self.visible, |rows: &[usize], item: usize| rows.iter().position(|&r| r == item));
        find(&mut self.view.articles, chosen[0] != was[0], || at(&v.articles, kept.article?));
        find(&mut self.view.people, chosen[1] != was[1], || at(&v.people, kept.person?));
        find(&mut self.view.timeline, chosen[2] != was[2], || v.timeline.position(kept.entry?));
    }

    /// Recomputes every list. Queries in Articles and Timeline are matched as in typing (see
    /// `requery`): a small corpus at once, a large one between frames, its rows meanwhile those
    /// before the query.
    pub(super) fn refresh(&mut self) {
        self.requeried.clear();
        let is_slow = |f: &Filter| matches!(f, Filter::Query { pane: Pane::Articles | Pane::Timeline, .. });
        let quick: Vec<Filter> = self.view.filters.iter().filter(|f| !is_slow(f)).cloned().collect();
        self.visible = visible(&self.corpus, &self.index, &quick, &self.read, self.sort);
        self.clamp_selections();
        for pane in [Pane::Articles, Pane::Timeline] {
            if query(&self.view.filters, pane).is_some() {
                self.requery(pane, false);
            }
        }
    }

    /// Articles arrived (the people and the timeline are as they were): the article list is
    /// made again, a query in it matched between frames while the last rows stay.
    pub(super) fn refresh_articles(&mut self) {
        self.visible.order = article_order(&self.corpus, &self.index, self.sort);
        if query(&self.view.filters, Pane::Articles).is_some() {
            self.requery(Pane::Articles, false);
        } else {
            (self.visible.articles, self.visible.in_text, self.visible.article_shown) =
                article_rows(&self.corpus, &self.index, &self.view.filters, &self.read, &self.visible.order);
            self.clamp_selections();
        }
    }

    pub(super) fn clamp_selections(&mut self) {
        let clamp = |pos: &mut ListPos, len: usize| pos.selected = pos.selected.min(len.saturating_sub(1));
        clamp(&mut self.view.articles, self.visible.articles.len());
        clamp(&mut self.view.people, self.visible.people.len());
        clamp(&mut self.view.timeline, self.visible.timeline.len());
    }
}
