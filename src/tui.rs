//! The terminal: raw mode and the alternate screen, the event loop, and turning terminal events
//! into [`Key`]s. The only module that talks to crossterm.
//!
//! `ratatui::try_init` chains a panic hook that restores the terminal before the report (color-eyre's,
//! installed first by `main`) is printed; errors restore it through [`TerminalGuard`].

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::App;
use crate::app::keymap::Key;
use crate::ui;

/// Restores the terminal when dropped, however the loop ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        ratatui::restore();
    }
}

/// Runs the reader until the user quits.
pub fn run(app: &mut App) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let _guard = TerminalGuard;
    event_loop(&mut terminal, app)
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    while !app.quit {
        let mut viewport = Default::default();
        terminal.draw(|frame| viewport = ui::draw(frame, app))?;
        app.set_viewport(viewport);
        match event::read()? {
            Event::Key(key) => {
                if let Some(key) = translate(key) {
                    app.handle_key(key);
                }
            }
            // A resize needs nothing but the redraw at the top of the loop.
            Event::Resize(..) => {}
            _ => {}
        }
    }
    Ok(())
}

/// A crossterm key press as the app's [`Key`]; releases and unbound keys give `None`.
pub fn translate(key: KeyEvent) -> Option<Key> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => Key::BackTab,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_are_ignored_and_ctrl_letters_translate() {
        let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(translate(release), None);
        assert_eq!(translate(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Key::Ctrl('c')));
        assert_eq!(translate(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)), Some(Key::BackTab));
    }
}
