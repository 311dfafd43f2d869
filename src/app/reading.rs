//! The text view: the stops an arrow key can reach (mentions and dates), the mention cursor,
//! search hits, and scrolling a place into view.

use std::sync::Arc;

use super::{App, Pane, filters, fuzzy};
use crate::corpus::Article;
use crate::extract::timex::TimexValue;
use crate::layout::{self, DisplayLine};
use crate::span::Span;

/// An article's lines wrapped to one width: made once, as the text view and scrolling both need
/// them on every frame and key.
#[derive(Debug)]
pub(super) struct TextLayout {
    article: Arc<Article>,
    width: usize,
    lines: Arc<[DisplayLine]>,
}

/// A place in the text an arrow key can stop at: a person mention or a date expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    pub span: Span,
    pub target: StopTarget,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StopTarget {
    Person(usize),
    Date(Option<TimexValue>),
}

impl App {
    /// The lines of `article` wrapped to `width` columns, laid out once per article and width.
    pub fn text_lines(&self, article: usize, width: usize) -> Arc<[DisplayLine]> {
        let article = &self.corpus.articles[article];
        let mut cached = self.text_layout.borrow_mut();
        match &*cached {
            Some(l) if Arc::ptr_eq(&l.article, article) && l.width == width => Arc::clone(&l.lines),
            _ => {
                let lines: Arc<[DisplayLine]> =
                    layout::wrap(&article.body, &article.paragraphs(), width).into();
                *cached = Some(TextLayout { article: Arc::clone(article), width, lines: Arc::clone(&lines) });
                lines
            }
        }
    }

    /// Every mention and date of an article, in text order, with global person ids.
    pub fn stops(&self, article: usize) -> Vec<Stop> {
        let x = &self.index.extractions[article];
        let mut stops: Vec<Stop> = x
            .people
            .mentions
            .iter()
            .filter_map(|m| {
                let person = self.index.people.global(article, m.person as usize)?;
                Some(Stop { span: m.span, target: StopTarget::Person(person) })
            })
            .chain(x.dates.iter().map(|d| Stop { span: d.span, target: StopTarget::Date(d.value) }))
            .collect();
        stops.sort_by_key(|s| s.span.start);
        stops
    }

    /// The stop under the mention cursor.
    pub fn cursor_stop(&self) -> Option<Stop> {
        let (article, at) = (self.reading()?, self.view.cursor?);
        self.stops(article).into_iter().find(|s| s.span.start() == at)
    }

    /// Byte ranges of the text query's hits in the article read.
    pub fn search_hits(&self) -> Vec<Span> {
        match (filters::query(&self.view.filters, Pane::Text), self.reading_article()) {
            (Some(q), Some(a)) => fuzzy::occurrences(&a.body, q),
            _ => Vec::new(),
        }
    }

    /// Opens the text of `article` with the cursor at byte `at`, scrolled so it shows.
    pub(super) fn open_text_at(&mut self, article: usize, at: usize, focus: Option<usize>) {
        self.jump(|v| {
            v.pane = Pane::Text;
            v.reading = Some(article);
            v.cursor = Some(at);
            v.mention = None;
            if focus.is_some() {
                v.focus = focus;
            }
        });
        self.reveal(at);
    }

    /// Scrolls the text view so byte `at` shows: now if the text view is on screen, else as soon
    /// as a frame has laid it out.
    pub(super) fn reveal(&mut self, at: usize) {
        if self.viewport.text_rows > 0 && self.viewport.text_width > 0 {
            self.reveal_now(at);
        }
        self.pending_reveal = Some(at);
    }

    /// Scrolls the text view so byte `at` sits in its upper third, at the last frame's width.
    pub(super) fn reveal_now(&mut self, at: usize) {
        let Some(article) = self.reading() else { return };
        let lines = self.text_lines(article, self.viewport.text_width.max(1));
        let line = layout::line_of(&lines, at);
        let rows = self.viewport.text_rows.max(1);
        // Comfortably in view: not above the top, nor in the bottom quarter.
        let shown = self.view.text_scroll..self.view.text_scroll + rows - rows / 4;
        if !shown.contains(&line) {
            self.view.text_scroll = line.saturating_sub(rows / 3);
        }
        self.view.text_scroll = self.view.text_scroll.min(lines.len().saturating_sub(rows));
    }

    /// Stops of the article read that pass the filters, for `]` and `[`.
    pub(super) fn filtered_stops(&self, article: usize) -> Vec<Stop> {
        let person = self.person_filter();
        let x = &self.index.extractions[article];
        let sentence_has_person = |at: usize, p: usize| {
            let Some(sentence) = self.index.sentence_at(article, at) else { return false };
            x.people.mentions.iter().any(|m| {
                sentence.contains(m.span.start())
                    && self.index.people.global(article, m.person as usize) == Some(p)
            })
        };
        self.stops(article)
            .into_iter()
            .filter(|s| match (&s.target, person) {
                (_, None) => true,
                (StopTarget::Person(q), Some(p)) => *q == p,
                (StopTarget::Date(_), Some(p)) => sentence_has_person(s.span.start(), p),
            })
            .collect()
    }

    pub(super) fn step_stop(&mut self, delta: isize) {
        let Some(article) = self.reading() else { return };
        let stops = self.filtered_stops(article);
        let at = self.view.cursor;
        let next = if delta > 0 {
            stops.iter().find(|s| at.is_none_or(|c| s.span.start() > c))
        } else {
            stops.iter().rev().find(|s| at.is_none_or(|c| s.span.start() < c))
        };
        match next {
            Some(stop) => {
                let start = stop.span.start();
                self.view.cursor = Some(start);
                self.view.reading = Some(article);
                self.reveal(start);
            }
            None => {
                self.note = Some(if delta > 0 { "no further mention" } else { "no earlier mention" }.into())
            }
        }
    }

    /// `n`/`N`: the next search hit; else the focused person's next mention, on into the next
    /// article (in list order) that names them.
    pub(super) fn step_hit(&mut self, delta: isize) {
        if filters::query(&self.view.filters, Pane::Text).is_some() {
            return self.jump_to_hit(delta, false);
        }
        let Some(person) = self.focused_person() else {
            self.note = Some("search with / or focus a person (Enter on a name) first".into());
            return;
        };
        let Some(article) = self.reading() else { return };
        let mine = |a: usize| -> Vec<usize> {
            self.stops(a)
                .into_iter()
                .filter(|s| s.target == StopTarget::Person(person))
                .map(|s| s.span.start())
                .collect()
        };
        let here = mine(article);
        let at = self.view.cursor;
        let next = if delta > 0 {
            here.iter().copied().find(|&s| at.is_none_or(|c| s > c))
        } else {
            here.iter().rev().copied().find(|&s| at.is_none_or(|c| s < c))
        };
        if let Some(start) = next {
            self.view.cursor = Some(start);
            self.reveal(start);
            return;
        }
        // On to the next (or previous) visible article that mentions them.
        let order = &self.visible.articles;
        let pos = order.iter().position(|&a| a == article);
        let candidates: Vec<usize> = match (pos, delta > 0) {
            (Some(i), true) => order[i + 1..].to_vec(),
            (Some(i), false) => order[..i].iter().rev().copied().collect(),
            (None, _) => order.clone(),
        };
        match candidates.into_iter().find(|&a| !mine(a).is_empty()) {
            Some(a) => {
                let starts = mine(a);
                let start = if delta > 0 { starts[0] } else { starts[starts.len() - 1] };
                self.open_text_at(a, start, None);
            }
            None => self.note = Some("no more mentions of this person in the listed articles".into()),
        }
    }

    pub(super) fn jump_to_hit(&mut self, delta: isize, from_start: bool) {
        let hits = self.search_hits();
        let at = if from_start { None } else { self.view.cursor };
        let next = match delta {
            d if d < 0 => hits.iter().rev().find(|h| at.is_none_or(|c| h.start() < c)),
            _ => hits
                .iter()
                .find(|h| at.is_none_or(|c| if from_start { h.start() >= c } else { h.start() > c })),
        };
        match next.map(|h| h.start()) {
            Some(start) => {
                self.view.reading = self.reading();
                self.view.cursor = Some(start);
                self.reveal(start);
            }
            None if hits.is_empty() => self.note = Some("no match in this article".into()),
            None => self.note = Some("no further match".into()),
        }
    }
}
