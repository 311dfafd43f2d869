//! Keys: to the help overlay, to the `/` line being typed, or through the keymap.

use super::filters::{self, Selected};
use super::keymap::{Key, Mode};
use super::{Action, App, Filter, ListPos, Pane, View};

/// A line being typed: a `/` filter, or the name of a file to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub pane: Pane,
    pub text: String,
    /// The view before typing began, and the items its lists had selected: `Esc` goes back
    /// to them, `Enter` remembers them for `Backspace`.
    previous: View,
    kept: Selected,
    pub purpose: Purpose,
}

/// What a line being typed is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A `/` filter (a search in Text), applied as it is typed.
    Filter,
    /// The file `w` writes the pane's rows to.
    Write,
}

/// Where a scrolled overlay's first line goes for a movement action, kept within `0..=last`.
fn scrolled(at: usize, action: Action, last: usize, page: usize) -> usize {
    match action {
        Action::Down => (at + 1).min(last),
        Action::PageDown => (at + page).min(last),
        Action::Up => at.saturating_sub(1),
        Action::PageUp => at.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => at,
    }
}

impl App {
    /// Dispatches a key: to the help overlay, the `/` input, or through the keymap.
    pub fn handle_key(&mut self, key: Key) {
        self.note = None;
        // The user has moved: a remembered place would only pull them away now.
        self.pending_place = None;
        let mode = self.mode();
        match (self.keymap.action_for(key, mode), mode) {
            (Some(action), Mode::Help) => self.help_action(action),
            (Some(action), Mode::Input) => self.type_action(action),
            (None, Mode::Input) => {
                if let Key::Char(c) = key {
                    self.type_char(c)
                }
            }
            (Some(action), Mode::Pane(_)) => self.update(action),
            (None, Mode::Pane(_)) => {
                let help = self.keymap.key_of("help").unwrap_or_else(|| "?".into());
                self.note = Some(format!("no action on {} — {help} for help", key.label()));
            }
            (Some(action), Mode::Marks) => self.bookmarks_action(action),
            (Some(action), Mode::Problems) => self.problems_action(action),
            (None, Mode::Help | Mode::Marks | Mode::Problems) => {}
        }
    }

    /// What keys are read by now.
    pub fn mode(&self) -> Mode {
        if self.help {
            Mode::Help
        } else if self.input.is_some() {
            Mode::Input
        } else if self.problems_open {
            Mode::Problems
        } else if self.bookmarks_open {
            Mode::Marks
        } else {
            Mode::Pane(self.view.pane)
        }
    }

    fn help_action(&mut self, action: Action) {
        match action {
            Action::ToggleHelp => self.help = false,
            // The help pages a line at a time, as it always did.
            _ => self.help_scroll = scrolled(self.help_scroll, action, self.max_help_scroll(), 1),
        }
    }

    fn problems_action(&mut self, action: Action) {
        let page = self.viewport.problem_rows.max(1);
        let last = self.corpus.problems.len().saturating_sub(page);
        match action {
            Action::ShowProblems => self.problems_open = false,
            _ => self.problems_scroll = scrolled(self.problems_scroll, action, last, page),
        }
    }

    /// Opens a line to type into for the current pane, starting with `text`.
    pub(super) fn open_input(&mut self, purpose: Purpose, text: String) {
        let (previous, kept) = (self.view.clone(), self.selected_items());
        self.input = Some(Input { pane: self.view.pane, text, previous, kept, purpose });
    }

    fn type_char(&mut self, c: char) {
        if let Some(input) = self.input.as_mut() {
            input.text.push(c);
            self.apply_input();
        }
    }

    /// Keys on a file-name line: nothing is applied until `Enter`.
    fn type_name(&mut self, action: Action) {
        let Some(input) = self.input.as_mut() else { return };
        match action {
            Action::EraseInput => {
                input.text.pop();
            }
            Action::KeepInput => {
                let input = self.input.take().expect("input is open");
                self.write_rows(input.pane, &input.text);
            }
            Action::DropInput => self.input = None,
            _ => {}
        }
    }

    fn type_action(&mut self, action: Action) {
        let Some(input) = self.input.as_mut() else { return };
        if input.purpose == Purpose::Write {
            return self.type_name(action);
        }
        match action {
            Action::EraseInput => {
                input.text.pop();
                self.apply_input();
            }
            Action::KeepInput => {
                let input = self.input.take().expect("input is open");
                if input.previous.filters != self.view.filters {
                    self.remember(input.previous);
                }
                // The key that closes the line cleared the note a search in the text left.
                if input.pane == Pane::Text && !input.text.is_empty() && self.search_hits().is_empty() {
                    self.note = Some("no match in this article".into());
                }
            }
            Action::DropInput => {
                let input = self.input.take().expect("input is open");
                let previous = input.previous;
                self.view.filters = previous.filters;
                (self.view.articles, self.view.people, self.view.timeline) =
                    (previous.articles, previous.people, previous.timeline);
                // The same filters again; the items are found by identity in case rows arrived.
                self.refresh_keeping(input.kept, &self.view.clone());
            }
            _ => {}
        }
    }

    /// Applies the `/` line as typed so far.
    fn apply_input(&mut self) {
        let Some(input) = self.input.as_ref().filter(|i| i.purpose == Purpose::Filter) else { return };
        let (pane, text) = (input.pane, input.text.clone());
        let started = std::time::Instant::now();
        let (kept, before) = (self.selected_items(), self.view.clone());
        self.view.filters.retain(|f| !matches!(f, Filter::Query { pane: p, .. } if *p == pane));
        if !text.trim().is_empty() {
            self.view.filters.push(Filter::Query { pane, text: text.clone() });
        }
        match filters::query_changed(&before.filters, &self.view.filters) {
            // Large lists are matched a slice at a time (see `requery`).
            Some(p @ (Pane::Articles | Pane::Timeline)) if !self.stale => self.requery(p, true),
            _ => self.refresh_keeping(kept, &before),
        }
        // The best match is on top (title hits first): a list being searched starts there, as
        // in any finder; the other lists keep their place.
        let searched = match pane {
            Pane::Articles => Some(&mut self.view.articles),
            Pane::People => Some(&mut self.view.people),
            Pane::Timeline => Some(&mut self.view.timeline),
            Pane::Text => None,
        };
        if let Some(pos) = searched {
            *pos = ListPos::default();
        }
        if pane == Pane::Text {
            self.jump_to_hit(0, true);
        }
        let pending = self.matching().is_some();
        tracing::info!(target: "filter", ?pane, query = %text, pending, elapsed_ms = started.elapsed().as_secs_f64() * 1e3);
    }
}
