//! The timeline: every dated expression of the corpus in calendar order, then those that cannot be
//! placed; each entry refers to its article and to the date expression in that article's
//! extraction.

use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::corpus::{Article, Corpus};
use crate::extract::Extraction;
use crate::extract::timex::{Granularity, TimexValue};

/// One date expression placed in time: 16 bytes, whatever the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineEntry {
    /// Index of the article in the corpus.
    pub article: u32,
    /// Index of the expression in the article's `Extraction::dates`.
    pub date: u32,
    /// First and last day covered; both `NaiveDate::MIN` when the entry cannot be placed.
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl TimelineEntry {
    /// First and last day covered, for calendar values.
    pub fn interval(&self) -> Option<(NaiveDate, NaiveDate)> {
        (self.first != NaiveDate::MIN).then_some((self.first, self.last))
    }
}

/// Calendar entries in order, then those that cannot be placed (unresolved, or vague such as
/// "recently"). Durations are not points in time and are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    /// The dated entries (`..dated`) in calendar order, then the undated ones in corpus order.
    pub entries: Vec<TimelineEntry>,
    pub dated: usize,
    /// For each article, where its dates start in `entry_of_date`.
    first_date: Vec<u32>,
    /// For each date expression of the corpus (article by article), its entry, or `u32::MAX`.
    entry_of_date: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Timeline {
    pub fn build(articles: &[Arc<Article>], extractions: &[Arc<Extraction>]) -> Timeline {
        // Sized once: the timeline is one of the largest things kept.
        let total: usize = extractions.iter().map(|x| x.dates.len()).sum();
        let mut dated = Vec::with_capacity(total);
        let mut undated = Vec::new();
        let mut first_date = Vec::with_capacity(extractions.len() + 1);
        let mut total = 0u32;
        for (article, x) in extractions.iter().enumerate() {
            first_date.push(total);
            total += x.dates.len() as u32;
            for (date, d) in x.dates.iter().enumerate() {
                if matches!(d.value, Some(TimexValue::Duration(..))) {
                    continue;
                }
                let interval = d.value.as_ref().and_then(TimexValue::interval);
                let (first, last) = interval.unwrap_or((NaiveDate::MIN, NaiveDate::MIN));
                let entry = TimelineEntry { article: article as u32, date: date as u32, first, last };
                if interval.is_some() { dated.push(entry) } else { undated.push(entry) }
            }
        }
        first_date.push(total);
        // Chronological by first day; a finer entry before a coarser one that starts the same day;
        // then by article date and position, so equal days read in story order. The order is one
        // number an entry, so the sort touches no article.
        let mut by_date: Vec<u32> = (0..articles.len() as u32).collect();
        by_date.par_sort_by_key(|&a| (articles[a as usize].date, a));
        let mut rank = vec![0u32; articles.len()];
        for (r, &a) in by_date.iter().enumerate() {
            rank[a as usize] = r as u32;
        }
        // Days compare as numbers; the article's rank is looked up only between entries of the
        // same period.
        dated.par_sort_unstable_by(|a, b| {
            (a.first, a.last)
                .cmp(&(b.first, b.last))
                .then_with(|| (rank[a.article as usize], a.date).cmp(&(rank[b.article as usize], b.date)))
        });
        let count = dated.len();
        let mut entries = dated;
        entries.extend(undated);
        let mut entry_of_date = vec![NONE; total as usize];
        for (i, e) in entries.iter().enumerate() {
            entry_of_date[(first_date[e.article as usize] + e.date) as usize] = i as u32;
        }
        Timeline { entries, dated: count, first_date, entry_of_date }
    }

    /// How many articles it was built over.
    pub fn articles(&self) -> usize {
        self.first_date.len().saturating_sub(1)
    }

    pub fn dated(&self) -> &[TimelineEntry] {
        &self.entries[..self.dated]
    }

    pub fn undated(&self) -> &[TimelineEntry] {
        &self.entries[self.dated..]
    }

    /// The entry of date expression `date` of `article`, if it is on the timeline.
    pub fn entry_of(&self, article: usize, date: usize) -> Option<usize> {
        let at = *self.first_date.get(article)? as usize + date;
        (at < *self.first_date.get(article + 1)? as usize)
            .then(|| self.entry_of_date[at])
            .filter(|&e| e != NONE)
            .map(|e| e as usize)
    }

    /// Indices of the dated entries whose period overlaps `filter`, in calendar order.
    pub fn within<'a>(&'a self, filter: &'a DateFilter) -> impl Iterator<Item = usize> + 'a {
        // Entries are sorted by first day: none past the filter's last day can overlap it.
        let end = self.dated().partition_point(|e| e.first <= filter.last);
        (0..end).filter(move |&i| self.entries[i].last >= filter.first)
    }
}

impl TimelineEntry {
    pub fn granularity(&self, x: &Extraction) -> Option<Granularity> {
        x.dates.get(self.date as usize)?.value.as_ref().and_then(TimexValue::granularity)
    }

    /// How to say the date: the value's label, or why there is none.
    pub fn label(&self, corpus: &Corpus, x: &Extraction) -> String {
        let value = x.dates.get(self.date as usize).and_then(|d| d.value.as_ref());
        match (value, corpus.articles[self.article as usize].date) {
            (Some(v), _) => v.human(),
            (None, None) => "date of article unknown".to_owned(),
            (None, Some(_)) => "could not be placed".to_owned(),
        }
    }
}

/// A period to filter by: a day, a month, a year, or any span between two of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateFilter {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl DateFilter {
    /// The period a value covers.
    pub fn of(value: &TimexValue) -> Option<DateFilter> {
        value.interval().map(|(first, last)| DateFilter { first, last })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the period it names.
    pub fn parse(s: &str) -> Option<DateFilter> {
        let s = s.trim();
        let value = if let Ok(day) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            TimexValue::Day(day)
        } else if let Some((y, m)) = s.split_once('-') {
            let (y, m) = (y.parse().ok()?, m.parse().ok()?);
            (y > 0 && (1..=12).contains(&m)).then_some(TimexValue::Month(y, m))?
        } else {
            (s.len() == 4).then(|| s.parse().ok().map(TimexValue::Year))??
        };
        DateFilter::of(&value)
    }

    /// From the start of `from` to the end of `to`; either may be open.
    pub fn between(from: Option<&DateFilter>, to: Option<&DateFilter>) -> DateFilter {
        DateFilter {
            first: from.map_or(NaiveDate::MIN, |f| f.first),
            last: to.map_or(NaiveDate::MAX, |t| t.last),
        }
    }

    pub fn overlaps(&self, (first, last): (NaiveDate, NaiveDate)) -> bool {
        first <= self.last && self.first <= last
    }

    /// Whether a day lies in the period.
    pub fn holds(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::CrossRef;

    fn sample() -> (Corpus, CrossRef) {
        let corpus = Corpus::sample();
        let index = CrossRef::extract(&corpus.articles);
        (corpus, index)
    }

    #[test]
    fn the_sample_timeline_runs_from_october_2000_to_november_2018() {
        let (_, index) = sample();
        let values: Vec<String> = index
            .timeline
            .dated()
            .iter()
            .filter_map(|e| index.date(e).value.as_ref())
            .map(|v| v.to_string())
            .collect();
        assert_eq!(values.first().map(String::as_str), Some("2000-10"));
        assert_eq!(values.last().map(String::as_str), Some("2018-11-08"));
        let firsts: Vec<NaiveDate> = index.timeline.dated().iter().map(|e| e.first).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "chronological");
        assert!(index.timeline.undated().iter().all(|e| e.interval().is_none()));
    }

    #[test]
    fn the_june_12_summit_is_named_in_all_three_articles() {
        let (_, index) = sample();
        let june12 = DateFilter::parse("2018-06-12").unwrap();
        let mut articles: Vec<u32> = index
            .timeline
            .within(&june12)
            .map(|i| &index.timeline.entries[i])
            .filter(|e| e.granularity(&index.extractions[e.article as usize]) == Some(Granularity::Day))
            .map(|e| e.article)
            .collect();
        articles.dedup();
        assert_eq!(articles, [0, 1, 2]);
    }

    #[test]
    fn entries_carry_their_sentence_and_are_found_from_their_date() {
        let (corpus, index) = sample();
        let first = &index.timeline.entries[0];
        let body = &corpus.articles[first.article as usize].body;
        let sentence = index.entry_sentence(first);
        assert!(body[sentence].starts_with("The last known top meeting"));
        assert!(body[sentence].contains(&body[index.date(first).span]));
        assert_eq!(index.timeline.entry_of(first.article as usize, first.date as usize), Some(0));
    }

    #[test]
    fn filters_parse_days_months_years() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            DateFilter::parse("2018-05").unwrap(),
            DateFilter { first: d("2018-05-01"), last: d("2018-05-31") }
        );
        assert_eq!(DateFilter::parse("2018").unwrap().last, d("2018-12-31"));
        assert_eq!(DateFilter::parse("2018-5-3"), DateFilter::parse("2018-05-03"));
        assert_eq!(DateFilter::parse("May"), None);
        assert_eq!(DateFilter::parse("2018-13"), None);
    }
}
