//! Application state and the one place it changes: [`App::update`] applies an [`Action`].
//!
//! No terminal here: keys arrive as [`keymap::Key`] values, and the view reports what it could
//! show through [`App::set_viewport`], so every behaviour is testable as "action in, state out".
//! Navigation state lives in a cloneable [`View`]; every jump pushes the old one on a back stack.

pub mod filters;
pub mod fuzzy;
pub mod keymap;

use crate::corpus::{Article, Corpus};
use crate::extract::timex::TimexValue;
use crate::index::{CrossRef, DateFilter, MentionRef, TimelineEntry};
use crate::layout;
use crate::span::Span;
pub use filters::{Filter, Visible};
use keymap::Key;

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

/// Everything a key or the mouse can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Show(Pane),
    NextPane,
    PrevPane,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Enter: open, focus, or step into what is selected.
    Open,
    NextStop,
    PrevStop,
    NextHit,
    PrevHit,
    StartQuery,
    FilterPerson,
    FilterDate,
    /// Esc outside an input: leave the mention list, else drop the last filter.
    Dismiss,
    ClearFilters,
    Back,
    Forward,
    ToggleHelp,
    /// Mark the selected article read or unread.
    ToggleRead,
    /// The mouse wheel over a screen cell: positive scrolls down.
    Scroll {
        column: u16,
        row: u16,
        lines: i16,
    },
    Click {
        column: u16,
        row: u16,
    },
}

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
    pub areas: Vec<(Area, Target)>,
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

/// A line being typed after `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub pane: Pane,
    pub text: String,
    /// The filters before typing began, restored by `Esc`.
    previous: Vec<Filter>,
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
    pub help: bool,
    /// First help line shown, when the help is longer than the screen.
    pub help_scroll: usize,
    pub quit: bool,
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
    /// Ids of the articles read in earlier sessions, marked as they arrive.
    read_before: std::collections::HashSet<String>,
    /// The visible rows are out of date (articles arrived); recomputed before the next frame.
    stale: bool,
    back: Vec<View>,
    forward: Vec<View>,
}

/// A load going on in the background.
#[derive(Debug)]
pub struct Loading {
    pub progress: std::sync::Arc<crate::load::Progress>,
    pub started: std::time::Instant,
    /// The people and timeline cover every article loaded so far.
    pub indexed: bool,
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
        let visible = filters::visible(&corpus, &index, &view.filters);
        let read = vec![false; corpus.articles.len()];
        App {
            read,
            corpus,
            index,
            origin: origin.into(),
            view,
            visible,
            input: None,
            help: false,
            help_scroll: 0,
            quit: false,
            note: None,
            viewport: Viewport::default(),
            loading: None,
            notes: Vec::new(),
            pending_reveal: None,
            pending_place: None,
            read_before: Default::default(),
            stale: false,
            back: Vec::new(),
            forward: Vec::new(),
        }
    }

    /// The reader before anything is loaded: articles arrive through [`App::receive`], and it
    /// resumes at `place` once they are in, unless the user has moved by then.
    pub fn loading(
        origin: impl Into<String>,
        progress: std::sync::Arc<crate::load::Progress>,
        place: Option<crate::state::Place>,
    ) -> App {
        let mut app = App::with_index(Corpus::default(), CrossRef::default(), origin);
        app.loading = Some(Loading { progress, started: std::time::Instant::now(), indexed: false });
        app.read_before = place.as_ref().map(|p| p.read.iter().cloned().collect()).unwrap_or_default();
        app.pending_place = place;
        app
    }

    /// Takes what a background load sends.
    pub fn receive(&mut self, event: crate::load::Event) {
        use crate::load::Event;
        match event {
            Event::Batch(batch) => {
                for article in &batch.articles {
                    self.read.push(self.read_before.contains(&article.id));
                }
                self.corpus.articles.extend(batch.articles);
                self.corpus.problems.extend(batch.problems);
                self.index.extractions.extend(batch.extractions);
                if let Some(loading) = &mut self.loading {
                    loading.indexed = false;
                }
                self.stale = true;
            }
            Event::Indexed { index, complete } => {
                self.replace_index(*index);
                if complete {
                    self.corpus.problems.sort_by(|a, b| a.path.cmp(&b.path));
                    self.loading = None;
                    if let Some(place) = self.pending_place.take() {
                        self.resume(&place);
                    }
                } else if let Some(loading) = &mut self.loading {
                    loading.indexed = true;
                }
            }
            Event::Notes(notes) => self.notes.extend(notes),
        }
    }

    /// Puts in a newer cross-reference, keeping filters and the focus on the same people (people
    /// are renumbered as the corpus grows) and the selections on the same rows.
    fn replace_index(&mut self, index: CrossRef) {
        let old = std::mem::replace(&mut self.index, index);
        let id_of = |p: usize| old.people.people.get(p).map(|p| p.id.clone());
        let renumber = |new: &CrossRef, p: usize| id_of(p).and_then(|id| new.people.find(&id));
        let mut filters = std::mem::take(&mut self.view.filters);
        filters.retain_mut(|f| match f {
            Filter::Person(p) => match renumber(&self.index, *p) {
                Some(q) => {
                    *p = q;
                    true
                }
                None => false,
            },
            _ => true,
        });
        self.view.filters = filters;
        self.view.focus = self.view.focus.and_then(|p| renumber(&self.index, p));
        // Older views point at people and entries of the old index.
        self.back.clear();
        self.forward.clear();
        self.refresh();
    }

    /// Brings the visible rows up to date before a frame is drawn.
    pub fn tick(&mut self) {
        if self.stale {
            self.stale = false;
            self.refresh();
        }
    }

    // ----- resuming -----

    /// Where the reader is now, to be remembered for `corpus`.
    pub fn place(&self, corpus: &str) -> crate::state::Place {
        crate::state::Place {
            corpus: corpus.to_owned(),
            pane: self.view.pane.title().to_lowercase(),
            article: self.reading_article().map(|a| a.id.clone()),
            scroll: self.view.text_scroll,
            read: self
                .corpus
                .articles
                .iter()
                .zip(&self.read)
                .filter(|(_, r)| **r)
                .map(|(a, _)| a.id.clone())
                .collect(),
        }
    }

    /// Returns to a remembered place, as far as the corpus still has it.
    pub fn resume(&mut self, place: &crate::state::Place) {
        let read: std::collections::HashSet<&String> = place.read.iter().collect();
        for (article, mark) in self.corpus.articles.iter().zip(self.read.iter_mut()) {
            *mark = *mark || read.contains(&article.id);
        }
        if let Some(pane) = Pane::ALL.into_iter().find(|p| p.title().eq_ignore_ascii_case(&place.pane)) {
            self.view.pane = pane;
        }
        let article =
            place.article.as_ref().and_then(|id| self.corpus.articles.iter().position(|a| &a.id == id));
        if let Some(article) = article {
            if let Some(row) = self.visible.articles.iter().position(|&a| a == article) {
                self.view.articles.selected = row;
            }
            self.view.reading = (self.view.pane == Pane::Text).then_some(article);
            self.view.text_scroll = place.scroll;
        }
    }

    // ----- what is selected -----

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
        self.visible.timeline.get(self.view.timeline.selected).map(|&row| self.entry(row))
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

    /// The mentions listed in the People detail: the person's mentions in the visible articles.
    pub fn person_mentions(&self, person: usize) -> Vec<MentionRef> {
        self.index.people.people[person]
            .mentions
            .iter()
            .copied()
            .filter(|m| self.visible.article_shown.get(m.article as usize).copied().unwrap_or(false))
            .collect()
    }

    // ----- input -----

    /// Dispatches a key: to the help overlay, the `/` input, or through the keymap.
    pub fn handle_key(&mut self, key: Key) {
        self.note = None;
        // The user has moved: a remembered place would only pull them away now.
        self.pending_place = None;
        if self.help {
            match key {
                Key::Esc | Key::Char('?') | Key::Char('q') | Key::Enter => self.help = false,
                Key::Down | Key::Char('j') | Key::PageDown | Key::Char(' ') => {
                    self.help_scroll = (self.help_scroll + 1).min(keymap::KEYMAP.len().saturating_sub(1));
                }
                Key::Up | Key::Char('k') | Key::PageUp => {
                    self.help_scroll = self.help_scroll.saturating_sub(1)
                }
                _ => {}
            }
            return;
        }
        if self.input.is_some() {
            self.type_key(key);
            return;
        }
        if let Some(action) = keymap::action_for(key, self.view.pane) {
            self.update(action);
        }
    }

    fn type_key(&mut self, key: Key) {
        let Some(input) = self.input.as_mut() else { return };
        match key {
            Key::Char(c) => input.text.push(c),
            Key::Backspace => {
                input.text.pop();
            }
            Key::Enter => {
                let input = self.input.take().expect("input is open");
                if input.previous != self.view.filters {
                    let mut before = self.view.clone();
                    before.filters = input.previous;
                    self.remember(before);
                }
                return;
            }
            Key::Esc => {
                let input = self.input.take().expect("input is open");
                self.view.filters = input.previous;
                self.refresh();
                return;
            }
            _ => return,
        }
        let (pane, text) = (input.pane, input.text.clone());
        self.view.filters.retain(|f| !matches!(f, Filter::Query { pane: p, .. } if *p == pane));
        if !text.trim().is_empty() {
            self.view.filters.push(Filter::Query { pane, text });
        }
        self.refresh();
        if pane == Pane::Text {
            self.jump_to_hit(0, true);
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.apply(action);
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
                self.input = Some(Input { pane: self.view.pane, text, previous: self.view.filters.clone() });
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
            Action::ToggleRead => {
                if let Some(&a) = self.visible.articles.get(self.view.articles.selected) {
                    self.read[a] = !self.read[a];
                }
            }
            Action::Scroll { column, row, lines } => self.scroll_at(column, row, lines),
            Action::Click { column, row } => self.click(column, row),
        }
    }

    /// Records what the last frame could show, and keeps positions inside it. Returns `true`
    /// when that moved something on screen, so the frame should be drawn again at once.
    pub fn set_viewport(&mut self, viewport: Viewport) -> bool {
        self.viewport = viewport;
        let before = self.view.clone();
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
        self.view != before
    }

    // ----- moving -----

    fn show(&mut self, pane: Pane) {
        self.view.pane = pane;
        self.view.mention = None;
    }

    fn page(&self) -> usize {
        let rows =
            if self.view.pane == Pane::Text { self.viewport.text_rows } else { self.viewport.list_rows };
        rows.saturating_sub(1).max(1)
    }

    fn max_text_scroll(&self) -> usize {
        self.viewport.text_lines.saturating_sub(self.viewport.text_rows)
    }

    fn move_by(&mut self, delta: isize) {
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

    fn open(&mut self) {
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

    /// Opens the text of `article` with the cursor at byte `at`, scrolled so it shows.
    fn open_text_at(&mut self, article: usize, at: usize, focus: Option<usize>) {
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
    fn reveal(&mut self, at: usize) {
        if self.viewport.text_rows > 0 && self.viewport.text_width > 0 {
            self.reveal_now(at);
        }
        self.pending_reveal = Some(at);
    }

    /// Scrolls the text view so byte `at` sits in its upper third, at the last frame's width.
    fn reveal_now(&mut self, at: usize) {
        let Some(article) = self.reading_article() else { return };
        let width = self.viewport.text_width.max(1);
        let lines = layout::wrap(&article.body, &article.paragraphs, width);
        let line = layout::line_of(&lines, at);
        let rows = self.viewport.text_rows.max(1);
        // Comfortably in view: not above the top, nor in the bottom quarter.
        let shown = self.view.text_scroll..self.view.text_scroll + rows - rows / 4;
        if !shown.contains(&line) {
            self.view.text_scroll = line.saturating_sub(rows / 3);
        }
        self.view.text_scroll = self.view.text_scroll.min(lines.len().saturating_sub(rows));
    }

    /// The timeline, at the first entry with this value (where every article naming it stands).
    fn open_timeline_at(&mut self, value: &TimexValue) {
        let rows = &self.visible.timeline;
        let exact = rows.iter().position(|&r| self.index.date(self.entry(r)).value.as_ref() == Some(value));
        let overlapping = || {
            let period = DateFilter::of(value)?;
            rows.iter().position(|&r| self.entry(r).interval().is_some_and(|i| period.overlaps(i)))
        };
        match exact.or_else(overlapping) {
            Some(i) => self.jump(|v| {
                v.pane = Pane::Timeline;
                v.timeline.selected = i;
            }),
            None => self.note = Some("that date is hidden by the filters".into()),
        }
    }

    /// Stops of the article read that pass the filters, for `]` and `[`.
    fn filtered_stops(&self, article: usize) -> Vec<Stop> {
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

    fn step_stop(&mut self, delta: isize) {
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
    fn step_hit(&mut self, delta: isize) {
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

    fn jump_to_hit(&mut self, delta: isize, from_start: bool) {
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

    // ----- filters -----

    fn filter_person(&mut self) {
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

    fn filter_date(&mut self) {
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

    fn dismiss(&mut self) {
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

    // ----- history -----

    /// Changes the view as one jump that `Back` can undo.
    fn jump(&mut self, change: impl FnOnce(&mut View)) {
        let before = self.view.clone();
        change(&mut self.view);
        if self.view != before {
            self.remember(before);
            self.refresh();
        }
    }

    fn remember(&mut self, before: View) {
        self.back.push(before);
        self.forward.clear();
    }

    fn go_back(&mut self) {
        self.travel(false);
    }

    fn go_forward(&mut self) {
        self.travel(true);
    }

    /// Swaps the view with the newest one of the forward or back stack, keeping the current one
    /// on the other stack.
    fn travel(&mut self, forward: bool) {
        let (from, to) =
            if forward { (&mut self.forward, &mut self.back) } else { (&mut self.back, &mut self.forward) };
        match from.pop() {
            Some(view) => {
                to.push(std::mem::replace(&mut self.view, view));
                self.refresh();
            }
            None => {
                self.note = Some(format!("nothing to go {} to", if forward { "forward" } else { "back" }))
            }
        }
    }

    /// Recomputes the visible rows and keeps selections inside them.
    fn refresh(&mut self) {
        self.visible = filters::visible(&self.corpus, &self.index, &self.view.filters);
        let clamp = |pos: &mut ListPos, len: usize| pos.selected = pos.selected.min(len.saturating_sub(1));
        clamp(&mut self.view.articles, self.visible.articles.len());
        clamp(&mut self.view.people, self.visible.people.len());
        clamp(&mut self.view.timeline, self.visible.timeline.len());
    }

    // ----- mouse -----

    fn target_at(&self, column: u16, row: u16) -> Option<(Area, Target)> {
        // Later areas are drawn on top (names over the text body).
        self.viewport.areas.iter().rev().find(|(a, _)| a.contains(column, row)).copied()
    }

    fn scroll_at(&mut self, column: u16, row: u16, lines: i16) {
        let pane = match self.target_at(column, row) {
            Some((_, Target::List { pane, .. })) => pane,
            Some((_, Target::Mentions { .. })) => {
                let keep = self.view.mention;
                self.view.pane = Pane::People;
                self.view.mention = Some(keep.unwrap_or_default());
                self.move_by(lines as isize);
                return;
            }
            Some((_, Target::Text | Target::Person(_))) => Pane::Text,
            None => return,
        };
        let keep = self.view.pane;
        self.view.pane = pane;
        self.move_by(lines as isize);
        self.view.pane = keep;
    }

    fn click(&mut self, column: u16, row: u16) {
        match self.target_at(column, row) {
            Some((area, Target::List { pane, first })) => {
                let index = first + (row - area.y) as usize;
                self.view.pane = pane;
                let (pos, len) = match pane {
                    Pane::Articles => (&mut self.view.articles, self.visible.articles.len()),
                    Pane::People => (&mut self.view.people, self.visible.people.len()),
                    Pane::Timeline => (&mut self.view.timeline, self.visible.timeline.len()),
                    Pane::Text => return,
                };
                if index < len {
                    pos.selected = index;
                }
            }
            Some((area, Target::Mentions { first })) => {
                let index = first + (row - area.y) as usize;
                let len = self.selected_person().map_or(0, |p| self.person_mentions(p).len());
                if index < len {
                    self.view.pane = Pane::People;
                    self.view.mention = Some(ListPos { selected: index, top: first });
                }
            }
            Some((_, Target::Person(p))) => self.jump(|v| {
                v.pane = Pane::Text;
                v.focus = Some(p);
            }),
            Some((_, Target::Text)) => self.view.pane = Pane::Text,
            None => {}
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

#[cfg(test)]
mod tests;
