//! The Articles `/` query. Each word must be found: in the title or source (fuzzily, as in every
//! list), else in the body (as written, in any case). A word shaped like a date (`2018`,
//! `2018-05`, `2018-05-30`) matches the article's own date as a period, so `2018-05` finds May
//! 2018 and not 5 November; it still matches that text written in the body. Articles whose every
//! word hit the row itself (title, source, date) rank before those found only in their text.

use rayon::prelude::*;
use regex::Regex;

use super::{Rows, fuzzy};
use crate::corpus::{Article, Corpus};
use crate::extract::timex::TimexValue;
use crate::index::{CrossRef, DateFilter};

/// A parsed Articles query.
#[derive(Debug)]
pub struct ArticleQuery {
    words: Vec<Word>,
}

#[derive(Debug)]
struct Word {
    text: String,
    period: Option<DateFilter>,
    /// The word as written, any case, for searching a body: compiled when first needed, so
    /// highlighting a row costs no compilation.
    in_body: std::sync::OnceLock<Option<Regex>>,
}

/// How an article matched: rows that matched on their own line come first, best matches first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub hit: Hit,
    /// The fuzzy scores of the words found on the row, summed.
    pub score: i64,
}

impl Found {
    /// Sorts the better match first.
    pub fn rank(self) -> (Hit, std::cmp::Reverse<i64>) {
        (self.hit, std::cmp::Reverse(self.score))
    }
}

/// Where an article matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Hit {
    /// Every word hit the title, source or date.
    Row,
    /// Some word was found only in the body.
    Body,
}

impl ArticleQuery {
    pub fn parse(query: &str) -> ArticleQuery {
        let words = query
            .split_whitespace()
            .map(|w| Word {
                text: w.to_owned(),
                period: DateFilter::parse(w),
                in_body: std::sync::OnceLock::new(),
            })
            .collect();
        ArticleQuery { words }
    }

    /// Whether `article` matches, and how well.
    pub fn hit(&self, article: &Article) -> Option<Found> {
        let (mut hit, mut score) = (Hit::Row, 0);
        let row = row_text(article);
        for word in &self.words {
            if let Some(s) = self.on_row(word, article, &row) {
                score += s;
                continue;
            }
            let in_body =
                word.in_body.get_or_init(|| Regex::new(&format!("(?i){}", regex::escape(&word.text))).ok());
            if in_body.as_ref().is_some_and(|re| re.is_match(&article.body)) {
                hit = Hit::Body;
            } else {
                return None;
            }
        }
        Some(Found { hit, score })
    }

    /// The score of `word` on the article's row, if it is found there; a date in the period
    /// scores as a word matched in full.
    fn on_row(&self, word: &Word, article: &Article, row: &str) -> Option<i64> {
        match word.period {
            Some(period) if article.date.is_some_and(|d| period.holds(d.day)) => {
                fuzzy::score(&word.text, &word.text)
            }
            Some(_) => None,
            None => fuzzy::score(row, &word.text),
        }
    }

    /// The characters of the list row (`date  title  source`, see [`row_line`]) to highlight.
    pub fn highlights(&self, article: &Article) -> Vec<usize> {
        let date = date_text(article);
        let skip = date.chars().count() + 2;
        let row = row_text(article);
        let mut all = Vec::new();
        for word in &self.words {
            match word.period {
                // The part of the date the period names: the year, the month or the day.
                Some(period) if article.date.is_some_and(|d| period.holds(d.day)) => {
                    all.extend(0..word.text.chars().count().min(date.chars().count()));
                }
                Some(_) => {}
                None => {
                    if let Some(indices) = fuzzy::matches(&row, &word.text) {
                        all.extend(indices.into_iter().map(|i| i + skip));
                    }
                }
            }
        }
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// The list row of an article: its date (blank when it has none), title and source.
pub fn row_line(article: &Article) -> String {
    format!("{}  {}", date_text(article), row_text(article))
}

fn date_text(article: &Article) -> String {
    article.date.map(|d| d.to_string()).unwrap_or_default()
}

/// The title and source, which the fuzzy words are matched against.
fn row_text(article: &Article) -> String {
    match &article.source {
        Some(source) => format!("{}  {source}", article.title),
        None => article.title.clone(),
    }
}

/// The Timeline `/` query: each word, as written in any case, must be in the entry's date label
/// ("June 2018"), its sentence (which holds the expression) or its article's title.
///
/// Sentences are not copied: each article's body is searched once per word and an entry matches
/// when a hit lies inside its sentence, so a keystroke costs one pass over the text at most.
#[derive(Debug)]
pub struct EntryQuery {
    words: Vec<Regex>,
}

impl EntryQuery {
    pub fn parse(query: &str) -> EntryQuery {
        let words = query
            .split_whitespace()
            .filter_map(|w| Regex::new(&format!("(?i){}", regex::escape(w))).ok())
            .collect();
        EntryQuery { words }
    }

    /// The entries of `rows` (timeline indices) that match, in the order given.
    pub fn rows(self, corpus: &Corpus, index: &CrossRef, rows: Rows) -> Rows {
        let mut scan = EntryScan::new(self, corpus, index, rows);
        while !scan.step(corpus, index) {}
        scan.finish()
    }

    /// For each word, marks in `hits` which entries of `rows` it finds in their date label. Rows
    /// come in calendar order, where equal values follow each other: one label is written per
    /// run of them.
    fn label_hits(&self, index: &CrossRef, rows: &[u32], hits: &mut [Vec<bool>]) {
        let entries = &index.timeline.entries;
        let mut last: Option<(&TimexValue, Vec<bool>)> = None;
        for &r in rows {
            let Some(value) = index.date(&entries[r as usize]).value.as_ref() else { continue };
            if last.as_ref().is_none_or(|(v, _)| *v != value) {
                let label = value.human();
                last = Some((value, self.words.iter().map(|w| w.is_match(&label)).collect()));
            }
            if let Some((_, found)) = &last {
                for (word, &hit) in found.iter().enumerate() {
                    hits[word][r as usize] = hit;
                }
            }
        }
    }

    /// The candidate entries of one article that every word finds.
    fn article_rows(
        &self,
        corpus: &Corpus,
        index: &CrossRef,
        a: usize,
        candidate: &[bool],
        labels: &[Vec<bool>],
    ) -> Vec<u32> {
        let article = &corpus.articles[a];
        let dates = &index.extractions[a].dates;
        let entries: Vec<u32> = (0..dates.len())
            .filter_map(|d| index.timeline.entry_of(a, d).map(|e| e as u32))
            .filter(|&e| candidate[e as usize])
            .collect();
        let mut alive: Vec<bool> = vec![true; entries.len()];
        for (w, word) in self.words.iter().enumerate() {
            if word.is_match(&article.title) {
                continue;
            }
            // Hits are in text order and do not overlap, so their ends are ordered too.
            let hits: Vec<(usize, usize)> =
                word.find_iter(&article.body).map(|m| (m.start(), m.end())).collect();
            for (i, &e) in entries.iter().enumerate() {
                if !alive[i] {
                    continue;
                }
                let sentence = index.entry_sentence(&index.timeline.entries[e as usize]);
                let first = hits.partition_point(|&(start, _)| start < sentence.start());
                let in_sentence = hits.get(first).is_some_and(|&(_, end)| end <= sentence.end());
                alive[i] = in_sentence || labels[w][e as usize];
            }
        }
        entries.into_iter().zip(alive).filter(|(_, alive)| *alive).map(|(e, _)| e).collect()
    }
}

fn share(done: usize, of: usize) -> f64 {
    if of == 0 { 1.0 } else { done as f64 / of as f64 }
}

/// An [`ArticleQuery`] matched over candidate articles a slice at a time.
#[derive(Debug)]
pub struct ArticleScan {
    query: ArticleQuery,
    candidates: Vec<usize>,
    next: usize,
    found: Vec<(Found, usize)>,
}

/// Candidate articles matched per step.
const ARTICLES_PER_STEP: usize = 512;

impl ArticleScan {
    /// `candidates` in the order the list shows them before the query ranks them.
    pub fn new(query: ArticleQuery, candidates: Vec<usize>) -> ArticleScan {
        ArticleScan { query, candidates, next: 0, found: Vec::new() }
    }

    /// Matches the next slice of candidates (across the cores); `true` once all are matched.
    pub fn step(&mut self, corpus: &Corpus) -> bool {
        let end = (self.next + ARTICLES_PER_STEP).min(self.candidates.len());
        let slice = &self.candidates[self.next..end];
        let query = &self.query;
        let found: Vec<(Found, usize)> =
            slice.par_iter().filter_map(|&a| query.hit(&corpus.articles[a]).map(|f| (f, a))).collect();
        self.found.extend(found);
        self.next = end;
        self.next == self.candidates.len()
    }

    /// The share of candidates matched, 0 to 1.
    pub fn progress(&self) -> f64 {
        share(self.next, self.candidates.len())
    }

    /// The matches in candidate order.
    pub fn finish(self) -> Vec<(Found, usize)> {
        self.found
    }
}

/// An [`EntryQuery`] matched over candidate timeline rows a slice at a time: first the date
/// labels along the rows, then the articles' texts.
#[derive(Debug)]
pub struct EntryScan {
    query: EntryQuery,
    rows: Rows,
    /// Per entry, whether it is among `rows` (marked as the rows are labelled).
    candidate: Vec<bool>,
    /// Per article, whether rows come from it (marked as the rows are labelled)…
    from: Vec<bool>,
    /// … and then those articles, in corpus order.
    articles: Vec<usize>,
    /// Per word, per entry: the word is in the entry's date label.
    labels: Vec<Vec<bool>>,
    labelled: usize,
    next: usize,
    keep: Vec<bool>,
}

/// Rows labelled, or articles searched, per step.
const ROWS_PER_STEP: usize = 1 << 15;
const TEXTS_PER_STEP: usize = 256;

impl EntryScan {
    /// Starts no work: every pass over the rows is made in steps.
    pub fn new(query: EntryQuery, corpus: &Corpus, index: &CrossRef, rows: Rows) -> EntryScan {
        let entries = index.timeline.entries.len();
        EntryScan {
            labels: vec![vec![false; entries]; query.words.len()],
            query,
            rows,
            candidate: vec![false; entries],
            from: vec![false; corpus.articles.len()],
            articles: Vec::new(),
            labelled: 0,
            next: 0,
            keep: vec![false; entries],
        }
    }

    /// Labels or searches the next slice; `true` once every row is decided.
    pub fn step(&mut self, corpus: &Corpus, index: &CrossRef) -> bool {
        if self.labelled < self.rows.len() {
            let end = (self.labelled + ROWS_PER_STEP).min(self.rows.len());
            let rows = self.rows.slice(self.labelled..end);
            for &r in rows.iter() {
                self.candidate[r as usize] = true;
                self.from[index.timeline.entries[r as usize].article as usize] = true;
            }
            self.query.label_hits(index, &rows, &mut self.labels);
            self.labelled = end;
            if self.labelled == self.rows.len() {
                self.articles = (0..self.from.len()).filter(|&a| self.from[a]).collect();
            }
            return false;
        }
        let end = (self.next + TEXTS_PER_STEP).min(self.articles.len());
        let (query, candidate, labels) = (&self.query, &self.candidate, &self.labels);
        let kept: Vec<Vec<u32>> = self.articles[self.next..end]
            .par_iter()
            .map(|&a| query.article_rows(corpus, index, a, candidate, labels))
            .collect();
        for r in kept.into_iter().flatten() {
            self.keep[r as usize] = true;
        }
        self.next = end;
        self.next == self.articles.len()
    }

    /// The share of the work done, 0 to 1: labelling the rows takes about a fifth of the time,
    /// searching the texts the rest.
    pub fn progress(&self) -> f64 {
        let texts = if self.labelled < self.rows.len() { 0.0 } else { share(self.next, self.articles.len()) };
        0.2 * share(self.labelled, self.rows.len()) + 0.8 * texts
    }

    /// The matching rows, in the order given.
    pub fn finish(self) -> Rows {
        Rows::Some(self.rows.iter().filter(|&r| self.keep[r as usize]).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn article(date: &str, title: &str, body: &str) -> std::sync::Arc<Article> {
        let text = format!("---\ntitle: {title}\ndate: {date}\nsource: Wire\n---\n{body}\n");
        let mut corpus = Corpus::default();
        corpus.add_file(std::path::Path::new("a.md"), crate::corpus::Format::Text, text.as_bytes());
        corpus.articles.remove(0)
    }

    #[test]
    fn a_word_found_only_in_the_body_matches_after_title_hits() {
        let a = article("2018-05-30", "Talks resume", "The envoy met the delegation in Panmunjom.");
        assert_eq!(ArticleQuery::parse("talks").hit(&a).map(|f| f.hit), Some(Hit::Row));
        assert_eq!(ArticleQuery::parse("ENVOY").hit(&a).map(|f| f.hit), Some(Hit::Body));
        assert_eq!(ArticleQuery::parse("talks envoy").hit(&a).map(|f| f.hit), Some(Hit::Body));
        assert_eq!(
            ArticleQuery::parse("talks senator").hit(&a).map(|f| f.hit),
            None,
            "every word must be found"
        );
    }

    #[test]
    fn a_title_holding_the_word_ranks_above_scattered_letters() {
        let whole = article("2018-05-30", "Port strike ends", "Body.");
        let scattered = article("2018-05-30", "Pompeo returns to Seoul", "Body.");
        let q = ArticleQuery::parse("port");
        let (whole, scattered) = (q.hit(&whole).unwrap(), q.hit(&scattered).unwrap());
        assert_eq!((whole.hit, scattered.hit), (Hit::Row, Hit::Row));
        assert!(whole.rank() < scattered.rank(), "{whole:?} ranks before {scattered:?}");
    }

    #[test]
    fn prose_is_searched_as_written_not_as_scattered_letters() {
        let a = article("2018-05-30", "Talks", "The envoy met the delegation.");
        // "etl" is scattered through "the delegation" but never written.
        assert_eq!(ArticleQuery::parse("etl").hit(&a).map(|f| f.hit), None);
    }

    #[test]
    fn a_date_shaped_word_matches_the_article_date_as_a_period() {
        let may = article("2018-05-30", "Talks", "Nothing dated here.");
        let november = article("2018-11-05", "Talks", "Nothing dated here.");
        let q = ArticleQuery::parse("2018-05");
        assert_eq!(q.hit(&may).map(|f| f.hit), Some(Hit::Row));
        assert_eq!(q.hit(&november).map(|f| f.hit), None, "2018-11-05 is not in May 2018");
        assert_eq!(ArticleQuery::parse("2018").hit(&november).map(|f| f.hit), Some(Hit::Row));
        assert_eq!(ArticleQuery::parse("2018-11-05 talks").hit(&november).map(|f| f.hit), Some(Hit::Row));
        // Written in the text, it is still found there.
        let cited = article("2019-01-02", "Review", "The summit of 2018-05 failed.");
        assert_eq!(q.hit(&cited).map(|f| f.hit), Some(Hit::Body));
    }

    #[test]
    fn highlights_cover_the_named_part_of_the_date_and_the_title_letters() {
        let a = article("2018-05-30", "Talks resume", "Body.");
        let row = row_line(&a);
        let lit: String = ArticleQuery::parse("2018-05 talks")
            .highlights(&a)
            .into_iter()
            .map(|i| row.chars().nth(i).unwrap())
            .collect();
        assert_eq!(lit, "2018-05Talks");
    }
}
