//! Application state and the one place it changes: [`App::update`] applies an [`Action`].
//!
//! No terminal here: keys arrive as [`keymap::Key`] values, and the view reports the rows it had
//! through [`App::set_viewport`], so every behaviour is testable as "action in, state out".

pub mod keymap;

use crate::corpus::{Article, Corpus};
use keymap::Key;

/// The switchable panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Articles,
    Text,
}

impl Pane {
    /// In `Tab` order.
    pub const ALL: [Pane; 2] = [Pane::Articles, Pane::Text];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Articles => "Articles",
            Pane::Text => "Text",
        }
    }

    fn step(self, delta: isize) -> Pane {
        let i = Pane::ALL.iter().position(|&p| p == self).unwrap_or(0) as isize;
        Pane::ALL[(i + delta).rem_euclid(Pane::ALL.len() as isize) as usize]
    }
}

/// Everything a key can ask for.
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
    Open,
    ToggleHelp,
}

/// How much of each pane the last drawn frame could show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Viewport {
    /// Rows of the article list.
    pub list_rows: usize,
    /// Rows of the text view, and how many wrapped lines the shown article has.
    pub text_rows: usize,
    pub text_lines: usize,
}

/// The reader's state.
#[derive(Debug)]
pub struct App {
    pub corpus: Corpus,
    /// What was opened, for the status bar ("sample", or the paths given).
    pub origin: String,
    pub pane: Pane,
    /// Article indices in list order (newest first).
    pub order: Vec<usize>,
    /// Position of the selected article in `order`.
    pub selected: usize,
    /// First wrapped line shown in the text view.
    pub text_scroll: usize,
    pub help: bool,
    pub quit: bool,
    pub viewport: Viewport,
}

impl App {
    pub fn new(corpus: Corpus, origin: impl Into<String>) -> App {
        let order = corpus.newest_first();
        App {
            corpus,
            origin: origin.into(),
            pane: Pane::Articles,
            order,
            selected: 0,
            text_scroll: 0,
            help: false,
            quit: false,
            viewport: Viewport::default(),
        }
    }

    /// The selected article, if the corpus has any.
    pub fn current(&self) -> Option<&Article> {
        self.order.get(self.selected).map(|&i| &self.corpus.articles[i])
    }

    /// Dispatches a key through the keymap. While help is shown, keys only close it.
    pub fn handle_key(&mut self, key: Key) {
        if self.help {
            if matches!(key, Key::Esc | Key::Char('?') | Key::Char('q') | Key::Enter) {
                self.help = false;
            }
            return;
        }
        if let Some(action) = keymap::action_for(key, self.pane) {
            self.update(action);
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Show(pane) => self.pane = pane,
            Action::NextPane => self.pane = self.pane.step(1),
            Action::PrevPane => self.pane = self.pane.step(-1),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-(self.page() as isize)),
            Action::PageDown => self.move_by(self.page() as isize),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::Open => {
                if self.current().is_some() {
                    self.pane = Pane::Text;
                    self.text_scroll = 0;
                }
            }
            Action::ToggleHelp => self.help = !self.help,
        }
    }

    /// Records what the last frame could show, and keeps the scroll position inside it.
    pub fn set_viewport(&mut self, viewport: Viewport) {
        self.viewport = viewport;
        self.text_scroll = self.text_scroll.min(self.max_text_scroll());
    }

    fn page(&self) -> usize {
        let rows = match self.pane {
            Pane::Articles => self.viewport.list_rows,
            Pane::Text => self.viewport.text_rows,
        };
        rows.saturating_sub(1).max(1)
    }

    fn max_text_scroll(&self) -> usize {
        self.viewport.text_lines.saturating_sub(self.viewport.text_rows)
    }

    fn move_by(&mut self, delta: isize) {
        match self.pane {
            Pane::Articles => {
                let last = self.order.len().saturating_sub(1);
                let next = (self.selected as isize).saturating_add(delta).clamp(0, last as isize) as usize;
                if next != self.selected {
                    self.selected = next;
                    self.text_scroll = 0;
                }
            }
            Pane::Text => {
                let next = (self.text_scroll as isize).saturating_add(delta).max(0) as usize;
                self.text_scroll = next.min(self.max_text_scroll());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_app() -> App {
        let mut app = App::new(Corpus::sample(), "sample");
        app.set_viewport(Viewport { list_rows: 10, text_rows: 10, text_lines: 25 });
        app
    }

    #[test]
    fn the_list_starts_with_the_newest_article() {
        let app = sample_app();
        assert_eq!(app.current().unwrap().id, "002_9c00e3374ac1bb49");
    }

    #[test]
    fn moving_clamps_at_both_ends_of_the_list() {
        let mut app = sample_app();
        app.handle_key(Key::Char('k'));
        assert_eq!(app.selected, 0);
        app.handle_key(Key::Char('G'));
        assert_eq!(app.selected, 2);
        app.handle_key(Key::Down);
        assert_eq!(app.selected, 2);
        app.handle_key(Key::Home);
        assert_eq!(app.selected, 0);
    }

    #[test]
    fn enter_opens_the_text_at_its_top_and_scrolling_stops_at_the_end() {
        let mut app = sample_app();
        app.handle_key(Key::Down);
        app.handle_key(Key::Enter);
        assert_eq!((app.pane, app.text_scroll), (Pane::Text, 0));
        app.handle_key(Key::PageDown);
        assert_eq!(app.text_scroll, 9);
        app.handle_key(Key::End);
        assert_eq!(app.text_scroll, 15, "25 lines in 10 rows scroll to 15 at most");
        app.handle_key(Key::Char('g'));
        assert_eq!(app.text_scroll, 0);
    }

    #[test]
    fn tab_cycles_panes_both_ways() {
        let mut app = sample_app();
        app.handle_key(Key::Tab);
        assert_eq!(app.pane, Pane::Text);
        app.handle_key(Key::Tab);
        assert_eq!(app.pane, Pane::Articles);
        app.handle_key(Key::BackTab);
        assert_eq!(app.pane, Pane::Text);
    }

    #[test]
    fn help_swallows_keys_until_closed() {
        let mut app = sample_app();
        app.handle_key(Key::Char('?'));
        app.handle_key(Key::Char('j'));
        assert_eq!((app.help, app.selected), (true, 0));
        app.handle_key(Key::Esc);
        assert!(!app.help);
        app.handle_key(Key::Char('q'));
        assert!(app.quit);
    }

    #[test]
    fn an_empty_corpus_does_not_open_or_move() {
        let mut app = App::new(Corpus::default(), "nothing");
        app.handle_key(Key::Down);
        app.handle_key(Key::Enter);
        assert_eq!((app.pane, app.selected), (Pane::Articles, 0));
    }
}
