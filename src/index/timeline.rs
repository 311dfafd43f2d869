//! The timeline: every dated expression of the corpus in calendar order, each with its article,
//! its sentence and (once people are indexed) the people in that sentence.

use std::ops::Range;

use chrono::NaiveDate;

use crate::corpus::Corpus;
use crate::extract::Extraction;
use crate::extract::timex::{Granularity, TimexValue};

/// One date expression placed in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Byte span of the expression in the article body.
    pub span: Range<usize>,
    /// `None` when unresolved (a relative expression in an undated article).
    pub value: Option<TimexValue>,
    /// Byte span of the sentence holding the expression.
    pub sentence: Range<usize>,
    /// Indices of the people mentioned in that sentence.
    pub people: Vec<usize>,
}

impl TimelineEntry {
    /// First and last day covered, for calendar values.
    pub fn interval(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.value.as_ref().and_then(TimexValue::interval)
    }

    pub fn granularity(&self) -> Option<Granularity> {
        self.value.as_ref().and_then(TimexValue::granularity)
    }

    /// How to say the date: the value's label, or why there is none.
    pub fn label(&self, corpus: &Corpus) -> String {
        match (&self.value, corpus.articles[self.article].date) {
            (Some(v), _) => v.human(),
            (None, None) => "date of article unknown".to_owned(),
            (None, Some(_)) => "could not be placed".to_owned(),
        }
    }
}

/// Calendar entries in order, and those that cannot be placed (unresolved, or vague such as
/// "recently"). Durations are not points in time and are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub dated: Vec<TimelineEntry>,
    pub undated: Vec<TimelineEntry>,
}

impl Timeline {
    pub fn build(corpus: &Corpus, extractions: &[Extraction]) -> Timeline {
        let mut timeline = Timeline::default();
        for (article, extraction) in extractions.iter().enumerate() {
            for date in &extraction.dates {
                if matches!(date.value, Some(TimexValue::Duration(_))) {
                    continue;
                }
                let sentence =
                    containing(&extraction.sentences, date.span.start).unwrap_or(date.span.clone());
                let entry = TimelineEntry {
                    article,
                    span: date.span.clone(),
                    value: date.value.clone(),
                    sentence,
                    people: Vec::new(),
                };
                if entry.interval().is_some() {
                    timeline.dated.push(entry);
                } else {
                    timeline.undated.push(entry);
                }
            }
        }
        // Chronological by first day; a finer entry before a coarser one that starts the same day;
        // then by article date and position, so equal days read in story order.
        let article_day = |e: &TimelineEntry| corpus.articles[e.article].date;
        timeline.dated.sort_by(|a, b| {
            let (ia, ib) = (a.interval().unwrap_or_default(), b.interval().unwrap_or_default());
            (ia.0, ia.1, article_day(a), a.article, a.span.start).cmp(&(
                ib.0,
                ib.1,
                article_day(b),
                b.article,
                b.span.start,
            ))
        });
        timeline
    }

    /// Dated entries whose period overlaps `filter`.
    pub fn within<'a>(&'a self, filter: &'a DateFilter) -> impl Iterator<Item = &'a TimelineEntry> + 'a {
        self.dated.iter().filter(move |e| e.interval().is_some_and(|i| filter.overlaps(i)))
    }
}

fn containing(ranges: &[Range<usize>], at: usize) -> Option<Range<usize>> {
    let i = ranges.partition_point(|r| r.end <= at);
    ranges.get(i).filter(|r| r.start <= at).cloned()
}

/// A period to filter by: a day, a month, a year, or any span between two of them.
#[derive(Debug, Clone, PartialEq, Eq)]
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::CrossRef;

    #[test]
    fn the_sample_timeline_runs_from_october_2000_to_november_2018() {
        let corpus = Corpus::sample();
        let index = CrossRef::build(&corpus);
        let values: Vec<String> =
            index.timeline.dated.iter().filter_map(|e| e.value.as_ref()).map(|v| v.to_string()).collect();
        assert_eq!(values.first().map(String::as_str), Some("2000-10"));
        assert_eq!(values.last().map(String::as_str), Some("2018-11-08"));
        let firsts: Vec<NaiveDate> = index.timeline.dated.iter().map(|e| e.interval().unwrap().0).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "chronological");
    }

    #[test]
    fn the_june_12_summit_is_named_in_all_three_articles() {
        let corpus = Corpus::sample();
        let index = CrossRef::build(&corpus);
        let june12 = DateFilter::parse("2018-06-12").unwrap();
        let mut articles: Vec<usize> = index
            .timeline
            .within(&june12)
            .filter(|e| e.granularity() == Some(Granularity::Day))
            .map(|e| e.article)
            .collect();
        articles.dedup();
        assert_eq!(articles, [0, 1, 2]);
    }

    #[test]
    fn entries_carry_their_sentence() {
        let corpus = Corpus::sample();
        let index = CrossRef::build(&corpus);
        let first = &index.timeline.dated[0];
        let body = &corpus.articles[first.article].body;
        assert!(body[first.sentence.clone()].starts_with("The last known top meeting"));
        assert!(body[first.sentence.clone()].contains(&body[first.span.clone()]));
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
