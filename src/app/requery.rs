//! A `/` query in Articles or Timeline, matched a slice at a time so that neither keys nor
//! frames wait for it. The keystroke matches what fits in [`App::slice`] (all of a small corpus);
//! the event loop calls [`App::work`] between frames for the rest; a newer query replaces an
//! unfinished one. The list keeps the rows of the last finished query until the new ones are in.

use std::time::{Duration, Instant};

use super::filters::{self, query};
use super::search::{ArticleQuery, ArticleScan, EntryQuery, EntryScan};
use super::{App, ListPos, Pane};
use crate::index::DateFilter;

/// How long a keystroke, or one turn of the event loop, may spend matching.
pub const SLICE: Duration = Duration::from_millis(6);

/// A query being matched.
#[derive(Debug)]
pub struct Requery {
    pub pane: Pane,
    pub query: String,
    started: Instant,
    scan: Scan,
    /// Typed: the list goes to its top row, the best match. Otherwise (articles arrived, other
    /// filters changed) the selected item stays selected while it is still shown.
    typed: bool,
}

#[derive(Debug)]
enum Scan {
    Articles(ArticleScan),
    Timeline(EntryScan),
}

impl Requery {
    /// The share of the work done, 0 to 1.
    pub fn progress(&self) -> f64 {
        match &self.scan {
            Scan::Articles(scan) => scan.progress(),
            Scan::Timeline(scan) => scan.progress(),
        }
    }
}

/// Whether rows matched for `old` can be matched again for `new` instead of every candidate:
/// a longer query shows fewer rows, unless the word that grew is or was read as a date (a
/// period is no prefix of the text it is written in, nor text of a period).
fn narrows(old: &str, new: &str) -> bool {
    let date = |w: &str| DateFilter::parse(w).is_some();
    new.starts_with(old)
        && old.split_whitespace().zip(new.split_whitespace()).all(|(o, n)| o == n || !(date(o) || date(n)))
}

impl App {
    /// Starts matching the `/` query now set for `pane` (Articles or Timeline), replacing an
    /// unfinished one, and matches for one slice; `typed` says the user is typing it.
    pub(super) fn requery(&mut self, pane: Pane, typed: bool) {
        let started = Instant::now();
        let text = query(&self.view.filters, pane).unwrap_or_default().to_owned();
        let (corpus, index, filters) = (&self.corpus, &self.index, &self.view.filters);
        // The rows shown can be narrowed only if they cover every article there is.
        let whole = self.visible.article_shown.len() == corpus.articles.len();
        let scan = match pane {
            Pane::Articles => {
                let candidates = if whole && narrows(&self.visible.articles_query, &text) {
                    let shown = &self.visible.article_shown;
                    self.visible.order.iter().copied().filter(|&a| shown[a]).collect()
                } else {
                    filters::article_base(corpus, index, filters, &self.read, &self.visible.order)
                };
                Scan::Articles(ArticleScan::new(ArticleQuery::parse(&text), candidates))
            }
            _ => {
                let rows = if narrows(&self.visible.timeline_query, &text) {
                    self.visible.timeline.clone()
                } else {
                    filters::timeline_base(index, filters)
                };
                Scan::Timeline(EntryScan::new(EntryQuery::parse(&text), corpus, index, rows))
            }
        };
        self.requeried.retain(|job| job.pane != pane);
        self.requeried.push(Requery { pane, query: text, started, scan, typed });
        self.work(started + self.slice);
    }

    /// Matches the queries under way until `until` (at least one step each), and shows each
    /// one's rows once they are all in.
    pub fn work(&mut self, until: Instant) {
        for mut job in std::mem::take(&mut self.requeried) {
            let done = loop {
                let done = match &mut job.scan {
                    Scan::Articles(scan) => scan.step(&self.corpus),
                    Scan::Timeline(scan) => scan.step(&self.corpus, &self.index),
                };
                if done || Instant::now() >= until {
                    break done;
                }
            };
            if done {
                self.show_matched(job);
            } else {
                self.requeried.push(job);
            }
        }
    }

    fn show_matched(&mut self, job: Requery) {
        let kept = self.selected_items();
        match job.scan {
            Scan::Articles(scan) => {
                (self.visible.articles, self.visible.in_text, self.visible.article_shown) =
                    filters::ranked(scan.finish(), self.corpus.articles.len());
                self.visible.articles_query = job.query.clone();
                let row = kept.article.and_then(|a| self.visible.articles.iter().position(|&r| r == a));
                self.view.articles = place(self.view.articles, row, job.typed);
            }
            Scan::Timeline(scan) => {
                self.visible.set_timeline(&self.index, scan.finish());
                self.visible.timeline_query = job.query.clone();
                let row = kept.entry.and_then(|e| self.visible.timeline.position(e));
                self.view.timeline = place(self.view.timeline, row, job.typed);
            }
        }
        self.clamp_selections();
        tracing::info!(target: "filter", pane = ?job.pane, query = %job.query, matched_ms = job.started.elapsed().as_secs_f64() * 1e3, "matched");
    }

    /// The query being matched in the pane shown, or else in any pane.
    pub fn matching(&self) -> Option<&Requery> {
        let pane = self.view.pane;
        self.requeried.iter().find(|job| job.pane == pane).or(self.requeried.first())
    }

    /// Whether a query is being matched in `pane`.
    pub(super) fn is_matching(&self, pane: Pane) -> bool {
        self.requeried.iter().any(|job| job.pane == pane)
    }
}

/// Where a list stands once new rows are in: at the top for a query typed, else on the item
/// selected before (`row`, if still shown).
fn place(pos: ListPos, row: Option<usize>, typed: bool) -> ListPos {
    match (typed, row) {
        (true, _) => ListPos::default(),
        (false, Some(row)) => ListPos { selected: row, ..pos },
        (false, None) => pos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_query_narrows_unless_a_word_was_a_date() {
        assert!(narrows("ki", "kim"));
        assert!(narrows("", "k"));
        assert!(narrows("kim", "kim jong"));
        assert!(!narrows("kim", "ki"));
        assert!(!narrows("2018", "2018-0"), "2018 was the period, 2018-0 is text");
        assert!(!narrows("2018-0", "2018-05"), "2018-0 was text, 2018-05 is the period");
        assert!(narrows("2018", "2018 kim"), "a word added to a period");
    }
}
