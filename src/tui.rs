//! The terminal: raw mode and the alternate screen, the event loop, and turning terminal events
//! into [`Key`]s. The only module that talks to crossterm.
//!
//! `ratatui::try_init` chains a panic hook that restores the terminal before the report (color-eyre's,
//! installed first by `main`) is printed, and we chain one more that releases the mouse; errors and
//! normal exits restore everything through [`TerminalGuard`].

use std::io;
use std::sync::{Once, mpsc};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers,
    MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::keymap::Key;
use crate::app::{Action, App};
use crate::ui;

/// Lines the mouse wheel moves per notch.
const WHEEL_LINES: i16 = 3;

/// Gives the terminal back when dropped, however the loop ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

/// Builds the app on a worker thread while the screen says what is happening (a large corpus
/// takes seconds to index), then runs the reader until the user quits. Returns `None` when the
/// user quit before the app was ready.
pub fn run(build: impl FnOnce() -> App + Send + 'static, what: &str) -> io::Result<Option<App>> {
    let mut terminal = ratatui::try_init()?;
    release_mouse_on_panic();
    let _guard = TerminalGuard;
    execute!(io::stdout(), EnableMouseCapture)?;
    let (done, ready) = mpsc::channel();
    std::thread::spawn(move || {
        // The receiver is gone only if the user quit; nothing is left to tell then.
        let _ = done.send(build());
    });
    let started = Instant::now();
    let mut app = loop {
        match ready.recv_timeout(Duration::from_millis(100)) {
            Ok(app) => break app,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("the indexing thread stopped without a result"));
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        let seconds = started.elapsed().as_secs_f32();
        terminal.draw(|frame| ui::loading(frame, what, seconds))?;
        while event::poll(Duration::ZERO)? {
            if let Event::Key(key) = event::read()?
                && matches!(translate(key), Some(Key::Char('q') | Key::Ctrl('c')))
            {
                return Ok(None);
            }
        }
    };
    event_loop(&mut terminal, &mut app)?;
    Ok(Some(app))
}

/// ratatui's panic hook restores raw mode and the screen; the mouse must be released too, before
/// the report is printed.
fn release_mouse_on_panic() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), DisableMouseCapture);
            previous(info);
        }));
    });
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    while !app.quit {
        let mut viewport = Default::default();
        terminal.draw(|frame| viewport = ui::draw(frame, app))?;
        if app.set_viewport(viewport) {
            // The frame showed a position the app has just corrected: draw it again.
            continue;
        }
        match event::read()? {
            Event::Key(key) => {
                if let Some(key) = translate(key) {
                    app.handle_key(key);
                }
            }
            Event::Mouse(mouse) => {
                if let Some(action) = mouse_action(mouse) {
                    app.update(action);
                }
            }
            // A resize needs nothing but the redraw at the top of the loop.
            _ => {}
        }
    }
    Ok(())
}

/// The wheel scrolls the pane under the pointer; a left click selects or focuses.
pub fn mouse_action(mouse: MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::Scroll { column, row, lines: WHEEL_LINES }),
        MouseEventKind::ScrollUp => Some(Action::Scroll { column, row, lines: -WHEEL_LINES }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        _ => None,
    }
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
