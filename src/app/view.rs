//! Where the user is (the [`View`]: pane, selections, scroll, filters) and moving about in it;
//! what the last frame could show ([`Viewport`]) keeps selections on screen.

use super::{App, Filter, Pane, StopTarget};
use crate::extract::timex::TimexValue;
use crate::index::DateFilter;

/// A screen rectangle, in cells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Area {
    pub fn contains(&self, column: u16, row: u16) -> bool {
        column >= self.x && column < self.x + self.width && row >= self.y && row < self.y + self.height
    }
}

/// What a clickable place on screen stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A list of `pane` whose first row on screen is row `first` of the list.
    List { pane: Pane, first: usize },
    /// The selected person's mention list in People, first row on screen being `first`.
    Mentions { first: usize },
    /// The body of the text view.
    Text,
    /// A highlighted name in the text view.
    Person(usize),
}

/// What the last drawn frame could show, and where.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Viewport {
    /// Rows of the focused list (or of the people's mention list when that has focus).
    pub list_rows: usize,
    pub text_rows: usize,
    pub text_width: usize,
    pub text_lines: usize,
    /// Help lines on screen (0 when the help is closed).
    pub help_rows: usize,
    /// Problem lines on screen (0 when that list is closed).
    pub problem_rows: usize,
    pub areas: Vec<(Area, Target)>,
}

/// Where the user is: pane, selections, reading position, filters. Cheap to clone, so jumps can
/// be undone by restoring an older one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub pane: Pane,
    pub filters: Vec<Filter>,
    /// Selected row and first row on screen, per list pane.
    pub articles: ListPos,
    pub people: ListPos,
    pub timeline: ListPos,
    /// In People: the selected mention of the selected person, when focus is in that list.
    pub mention: Option<ListPos>,
    /// The article in the text view; `None` follows the article selection.
    pub reading: Option<usize>,
    pub text_scroll: usize,
    /// Byte offset of the mention cursor (a [`Stop`] start) in the article read.
    pub cursor: Option<usize>,
    /// The person whose mentions `n`/`N` step through and the text highlights most.
    pub focus: Option<usize>,
}

/// A selection in a list and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListPos {
    pub selected: usize,
    pub top: usize,
}

impl App {
    /// Records what the last frame could show, and keeps positions inside it. Returns `true`
    /// when that moved something on screen, so the frame should be drawn again at once.
    pub fn set_viewport(&mut self, viewport: Viewport) -> bool {
        self.viewport = viewport;
        let before = self.view.clone();
        let help_scroll = self.help_scroll;
        self.help_scroll = self.help_scroll.min(self.max_help_scroll());
        // The text view may not be on screen; then its scroll position waits untouched.
        if self.viewport.text_rows > 0 {
            if let Some(at) = self.pending_reveal.take() {
                self.reveal_now(at);
            }
            self.view.text_scroll = self.view.text_scroll.min(self.max_text_scroll());
        }
        let rows = self.viewport.list_rows.max(1);
        for pos in [&mut self.view.articles, &mut self.view.people, &mut self.view.timeline] {
            pos.top = keep_visible(pos.selected, pos.top, rows);
        }
        if let Some(m) = self.view.mention.as_mut() {
            m.top = keep_visible(m.selected, m.top, rows);
        }
        self.view != before || self.help_scroll != help_scroll
    }

    /// The last help line that may be at the top: the help scroll has this one owner.
    pub(super) fn max_help_scroll(&self) -> usize {
        let rows = if self.viewport.help_rows == 0 { usize::MAX } else { self.viewport.help_rows };
        let lines = self.keymap.rows.len();
        lines.saturating_sub(rows.min(lines))
    }

    pub(super) fn show(&mut self, pane: Pane) {
        self.view.pane = pane;
        self.view.mention = None;
    }

    pub(super) fn page(&self) -> usize {
        let rows =
            if self.view.pane == Pane::Text { self.viewport.text_rows } else { self.viewport.list_rows };
        rows.saturating_sub(1).max(1)
    }

    pub(super) fn max_text_scroll(&self) -> usize {
        self.viewport.text_lines.saturating_sub(self.viewport.text_rows)
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        let rows = self.viewport.list_rows.max(1);
        let step = |pos: &mut ListPos, len: usize| {
            let last = len.saturating_sub(1) as isize;
            pos.selected = (pos.selected as isize).saturating_add(delta).clamp(0, last.max(0)) as usize;
            pos.top = keep_visible(pos.selected, pos.top, rows);
        };
        match self.view.pane {
            Pane::Articles => {
                let before = self.view.articles.selected;
                step(&mut self.view.articles, self.visible.articles.len());
                if before != self.view.articles.selected && self.view.reading.is_none() {
                    self.view.text_scroll = 0;
                    self.view.cursor = None;
                }
            }
            Pane::People => match (self.view.mention, self.selected_person()) {
                (Some(_), Some(p)) => {
                    let len = self.person_mentions(p).len();
                    if let Some(m) = self.view.mention.as_mut() {
                        step(m, len);
                    }
                }
                _ => step(&mut self.view.people, self.visible.people.len()),
            },
            Pane::Timeline => step(&mut self.view.timeline, self.visible.timeline.len()),
            Pane::Text => {
                let next = (self.view.text_scroll as isize).saturating_add(delta).max(0) as usize;
                self.view.text_scroll = next.min(self.max_text_scroll());
            }
        }
    }

    pub(super) fn open(&mut self) {
        match self.view.pane {
            Pane::Articles => {
                if let Some(&article) = self.visible.articles.get(self.view.articles.selected) {
                    self.jump(|v| {
                        v.pane = Pane::Text;
                        v.reading = Some(article);
                        v.text_scroll = 0;
                        v.cursor = None;
                    });
                }
            }
            Pane::Text => match self.cursor_stop().map(|s| s.target) {
                Some(StopTarget::Person(p)) => self.jump(|v| v.focus = Some(p)),
                Some(StopTarget::Date(Some(value))) => self.open_timeline_at(&value),
                Some(StopTarget::Date(None)) => {
                    self.note = Some("this date could not be placed on the calendar".into())
                }
                None => self.note = Some("move the mention cursor with ] and [ first".into()),
            },
            Pane::People => match (self.view.mention, self.selected_person()) {
                (None, Some(p)) if !self.person_mentions(p).is_empty() => {
                    self.view.mention = Some(ListPos::default());
                }
                (Some(m), Some(p)) => {
                    let mentions = self.person_mentions(p);
                    if let Some(&mention) = mentions.get(m.selected) {
                        let at = self.index.mention(mention).span.start();
                        self.open_text_at(mention.article as usize, at, Some(p));
                    }
                }
                _ => {}
            },
            Pane::Timeline => {
                if let Some(e) = self.selected_entry() {
                    let (article, at) = (e.article as usize, self.index.date(e).span.start());
                    self.open_text_at(article, at, None);
                }
            }
        }
    }

    /// The timeline, at the first entry with this value (where every article naming it stands).
    pub(super) fn open_timeline_at(&mut self, value: &TimexValue) {
        let rows = &self.visible.timeline;
        let exact = rows.iter().position(|r| self.index.date(self.entry(r)).value.as_ref() == Some(value));
        let overlapping = || {
            let period = DateFilter::of(value)?;
            rows.iter().position(|r| self.entry(r).interval().is_some_and(|i| period.overlaps(i)))
        };
        match exact.or_else(overlapping) {
            Some(i) => self.jump(|v| {
                v.pane = Pane::Timeline;
                v.timeline.selected = i;
            }),
            None => self.note = Some("that date is hidden by the filters".into()),
        }
    }
}

/// The first row to show so `selected` stays on screen, moving as little as possible.
fn keep_visible(selected: usize, top: usize, rows: usize) -> usize {
    if selected < top {
        selected
    } else if selected >= top + rows {
        selected + 1 - rows
    } else {
        top
    }
}
