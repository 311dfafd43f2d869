//! Application state and the one place it changes: [`App::update`] applies an [`Action`].
//!
//! No terminal here: keys arrive as [`keymap::Key`] values, and the view reports what it could
//! show through [`App::set_viewport`], so every behaviour is testable as "action in, state out".
//! Navigation state lives in a cloneable [`View`]; every jump pushes the old one on a back stack.

mod action;
pub mod filters;
pub mod fuzzy;
mod handoff;
mod history;
pub mod input;
pub mod keymap;
mod loading;
mod marks;
mod pointer;
mod reading;
pub mod requery;
pub mod rows;
pub mod search;
pub mod theme;
mod view;

use crate::corpus::{Article, Corpus};
use crate::extract::timex::TimexValue;
use crate::index::{CrossRef, MentionRef, TimelineEntry};
pub use action::Action;
pub use filters::{Filter, Visible};
pub use handoff::{Format, Handoff};
pub use input::Input;
pub use loading::Loading;
pub use reading::{Stop, StopTarget};
pub use rows::Rows;
pub use view::{Area, ListPos, Target, View, Viewport};

/// The switchable panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Articles,
    Text,
    People,
    Timeline,
}

impl Pane {
    /// In `Tab` order.
    pub const ALL: [Pane; 4] = [Pane::Articles, Pane::Text, Pane::People, Pane::Timeline];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Articles => "Articles",
            Pane::Text => "Text",
            Pane::People => "People",
            Pane::Timeline => "Timeline",
        }
    }

    fn step(self, delta: isize) -> Pane {
        let i = Pane::ALL.iter().position(|&p| p == self).unwrap_or(0) as isize;
        Pane::ALL[(i + delta).rem_euclid(Pane::ALL.len() as isize) as usize]
    }
}

/// The reader's state.
#[derive(Debug)]
pub struct App {
    pub corpus: Corpus,
    pub index: CrossRef,
    /// What was opened, for the status bar ("built-in sample", or the paths given).
    pub origin: String,
    pub view: View,
    pub visible: Visible,
    /// For each article, whether it has been opened in the text view.
    pub read: Vec<bool>,
    pub input: Option<Input>,
    /// The keys in force: the defaults with the config's changes.
    pub keymap: keymap::Keymap,
    /// The colours, by role.
    pub theme: theme::Theme,
    /// Work for another program (browser, editor, clipboard, a file), taken by the terminal layer.
    pub handoff: Option<Handoff>,
    /// The order of the article list.
    pub sort: filters::Sort,
    pub help: bool,
    /// First help line shown, when the help is longer than the screen.
    pub help_scroll: usize,
    pub quit: bool,
    /// The pane the text view was entered from, where `q` returns.
    came_from: Pane,
    /// A one-off note for the status bar ("no person under the cursor").
    pub note: Option<String>,
    pub viewport: Viewport,
    /// A background load still under way, for the gauge.
    pub loading: Option<Loading>,
    /// Notes about the load the user should see (a cache that could not be used).
    pub notes: Vec<String>,
    /// A byte of the text to bring into view once the text view's size is known.
    pending_reveal: Option<usize>,
    /// Where to resume once the corpus is in, unless the user has moved first.
    pending_place: Option<crate::state::Place>,
    /// Ids of the articles read in earlier sessions (older state files), marked as they arrive.
    read_before: std::collections::HashSet<String>,
    /// Read marks and bookmarks, as saved; read marks of loaded articles live in `read`.
    pub marks: crate::state::Marks,
    /// For each article, its key (a hash of its text): marks follow it wherever its file is.
    keys: Vec<u64>,
    /// The first article with each key.
    by_key: rustc_hash::FxHashMap<u64, u32>,
    /// The keys of the articles read in earlier sessions.
    read_keys: rustc_hash::FxHashSet<u64>,
    /// The list of load problems is open, scrolled to this problem.
    pub problems_open: bool,
    pub problems_scroll: usize,
    /// The bookmarks overlay is open, with this row selected.
    pub bookmarks_open: bool,
    pub bookmark_selected: usize,
    /// The visible rows are out of date (articles arrived); recomputed before the next frame.
    stale: bool,
    /// A `/` query still being matched.
    requeried: Vec<requery::Requery>,
    /// How long a keystroke may match a query before the rest is left to [`App::work`].
    pub slice: std::time::Duration,
    back: Vec<View>,
    forward: Vec<View>,
    /// The last article laid out for the text view, and at what width.
    text_layout: std::cell::RefCell<Option<reading::TextLayout>>,
}

impl App {
    /// The reader over `corpus`, extracting and indexing it first (tests and small corpora).
    pub fn new(corpus: Corpus, origin: impl Into<String>) -> App {
        let index = CrossRef::extract(&corpus.articles);
        App::with_index(corpus, index, origin)
    }

    /// The reader over `corpus` and its cross-reference.
    pub fn with_index(corpus: Corpus, index: CrossRef, origin: impl Into<String>) -> App {
        let view = View {
            pane: Pane::Articles,
            filters: Vec::new(),
            articles: ListPos::default(),
            people: ListPos::default(),
            timeline: ListPos::default(),
            mention: None,
            reading: None,
            text_scroll: 0,
            cursor: None,
            focus: None,
        };
        let visible = filters::visible(&corpus, &index, &view.filters, &[], filters::Sort::Date);
        let mut app = App {
            read: Vec::new(),
            corpus,
            index,
            origin: origin.into(),
            view,
            visible,
            input: None,
            keymap: keymap::Keymap::default(),
            theme: theme::Theme::default(),
            handoff: None,
            sort: filters::Sort::Date,
            help: false,
            help_scroll: 0,
            quit: false,
            came_from: Pane::Articles,
            note: None,
            viewport: Viewport::default(),
            loading: None,
            notes: Vec::new(),
            pending_reveal: None,
            pending_place: None,
            read_before: Default::default(),
            marks: Default::default(),
            keys: Vec::new(),
            by_key: Default::default(),
            read_keys: Default::default(),
            bookmarks_open: false,
            problems_open: false,
            problems_scroll: 0,
            bookmark_selected: 0,
            stale: false,
            requeried: Vec::new(),
            slice: requery::SLICE,
            back: Vec::new(),
            forward: Vec::new(),
            text_layout: Default::default(),
        };
        app.key_articles(0);
        app
    }

    /// The article the text view shows: the one opened, else the selected one.
    pub fn reading(&self) -> Option<usize> {
        self.view.reading.or_else(|| self.visible.articles.get(self.view.articles.selected).copied())
    }

    pub fn reading_article(&self) -> Option<&Article> {
        self.reading().map(|i| &*self.corpus.articles[i])
    }

    pub fn selected_person(&self) -> Option<usize> {
        self.visible.people.get(self.view.people.selected).copied()
    }

    pub fn selected_entry(&self) -> Option<&TimelineEntry> {
        self.visible.timeline.get(self.view.timeline.selected).map(|row| self.entry(row))
    }

    /// The timeline entry a row shows.
    pub fn entry(&self, row: u32) -> &TimelineEntry {
        &self.index.timeline.entries[row as usize]
    }

    /// The value of a timeline row's expression.
    pub fn entry_value(&self, row: u32) -> Option<TimexValue> {
        self.index.date(self.entry(row)).value
    }

    /// The people in a timeline row's sentence.
    pub fn entry_people(&self, row: u32) -> Vec<usize> {
        self.index.entry_people(self.entry(row))
    }

    /// The person filter, if any.
    pub fn person_filter(&self) -> Option<usize> {
        filters::person(&self.view.filters)
    }

    /// The person the text highlights most: the focused one, else the filtered one.
    pub fn focused_person(&self) -> Option<usize> {
        self.view.focus.or(self.person_filter())
    }

    /// The mentions listed in the People detail: the person's mentions in the visible articles.
    pub fn person_mentions(&self, person: usize) -> Vec<MentionRef> {
        self.index.people.people[person]
            .mentions
            .iter()
            .copied()
            .filter(|m| self.visible.article_shown.get(m.article as usize).copied().unwrap_or(false))
            .collect()
    }

    /// How many of `person`'s articles the filters show.
    pub fn person_articles_shown(&self, person: usize) -> usize {
        let shown = &self.visible.article_shown;
        self.index.people.people[person].articles.iter().filter(|&&a| shown[a as usize]).count()
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        let pane = self.view.pane;
        self.apply(action);
        if self.view.pane == Pane::Text && pane != Pane::Text {
            self.came_from = pane;
        }
        // Whatever the way in, an article shown in the text view has been read.
        if self.view.pane == Pane::Text
            && let Some(a) = self.reading()
        {
            self.read[a] = true;
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            // Back through history when the text was opened by a jump from there (that restores
            // the selection too); else to the pane it was entered from, filters kept.
            Action::Close
                if self
                    .back
                    .last()
                    .is_some_and(|v| v.pane == self.came_from && v.filters == self.view.filters) =>
            {
                self.go_back()
            }
            Action::Close => self.show(self.came_from),
            Action::Show(pane) => self.show(pane),
            Action::NextPane => self.show(self.view.pane.step(1)),
            Action::PrevPane => self.show(self.view.pane.step(-1)),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-(self.page() as isize)),
            Action::PageDown => self.move_by(self.page() as isize),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::Open => self.open(),
            Action::NextStop => self.step_stop(1),
            Action::PrevStop => self.step_stop(-1),
            Action::NextHit => self.step_hit(1),
            Action::PrevHit => self.step_hit(-1),
            Action::StartQuery => {
                let text = filters::query(&self.view.filters, self.view.pane).unwrap_or_default().to_owned();
                self.open_input(input::Purpose::Filter, text);
            }
            Action::FilterPerson => self.filter_person(),
            Action::FilterDate => self.filter_date(),
            Action::Dismiss => self.dismiss(),
            Action::ClearFilters => {
                if !self.view.filters.is_empty() || self.view.focus.is_some() {
                    self.jump(|v| {
                        v.filters.clear();
                        v.focus = None;
                    });
                }
            }
            Action::Back => self.go_back(),
            Action::Forward => self.go_forward(),
            Action::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Action::ToggleBookmark => self.toggle_bookmark(),
            Action::ShowBookmarks => {
                self.bookmarks_open = true;
                self.bookmark_selected = 0;
            }
            Action::MarkShownRead => self.mark_shown_read(),
            Action::ShowProblems => {
                self.problems_open = true;
                self.problems_scroll = 0;
            }
            Action::OpenUrl => self.open_url(),
            Action::Edit => self.edit_file(),
            Action::Copy => self.copy(),
            Action::Write => self.start_write(),
            Action::CycleSort => self.cycle_sort(),
            Action::UnreadOnly => self.toggle_unread(),
            Action::ToggleRead => {
                if let Some(&a) = self.visible.articles.get(self.view.articles.selected) {
                    self.read[a] = !self.read[a];
                }
            }
            Action::Scroll { column, row, lines } => self.scroll_at(column, row, lines),
            Action::Click { column, row } => self.click(column, row),
            // Only bound while a `/` line is typed, where `handle_key` sends them.
            Action::KeepInput | Action::DropInput | Action::EraseInput => {}
        }
    }
}

#[cfg(test)]
mod tests;
