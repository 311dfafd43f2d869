//! Keys: to the help overlay, to the `/` line being typed, or through the keymap.

use super::keymap::{self, Key};
use super::{App, Filter, Pane};

/// A line being typed after `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub pane: Pane,
    pub text: String,
    /// The filters before typing began, restored by `Esc`.
    pub(super) previous: Vec<Filter>,
}

impl App {
    /// Dispatches a key: to the help overlay, the `/` input, or through the keymap.
    pub fn handle_key(&mut self, key: Key) {
        self.note = None;
        // The user has moved: a remembered place would only pull them away now.
        self.pending_place = None;
        if self.help {
            match key {
                Key::Esc | Key::Char('?') | Key::Char('q') | Key::Enter => self.help = false,
                Key::Down | Key::Char('j') | Key::PageDown | Key::Char(' ') => {
                    self.help_scroll = (self.help_scroll + 1).min(self.max_help_scroll());
                }
                Key::Up | Key::Char('k') | Key::PageUp => {
                    self.help_scroll = self.help_scroll.saturating_sub(1)
                }
                Key::End | Key::Char('G') => self.help_scroll = self.max_help_scroll(),
                Key::Home | Key::Char('g') => self.help_scroll = 0,
                _ => {}
            }
            return;
        }
        if self.input.is_some() {
            self.type_key(key);
            return;
        }
        match keymap::action_for(key, self.view.pane) {
            Some(action) => self.update(action),
            None => self.note = Some(format!("no action on {} — ? for help", key.label())),
        }
    }

    pub(super) fn type_key(&mut self, key: Key) {
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
                let (kept, before) = (self.selected_items(), self.view.clone());
                self.view.filters = input.previous;
                self.refresh_keeping(kept, &before);
                return;
            }
            _ => return,
        }
        let (pane, text) = (input.pane, input.text.clone());
        let (kept, before) = (self.selected_items(), self.view.clone());
        self.view.filters.retain(|f| !matches!(f, Filter::Query { pane: p, .. } if *p == pane));
        if !text.trim().is_empty() {
            self.view.filters.push(Filter::Query { pane, text });
        }
        self.refresh_keeping(kept, &before);
        if pane == Pane::Text {
            self.jump_to_hit(0, true);
        }
    }
}
