//! The terminal: raw mode and the alternate screen, the event loop, and turning terminal events
//! into [`Key`]s. The only module that talks to crossterm.
//!
//! `ratatui::try_init` chains a panic hook that restores the terminal before the report (color-eyre's,
//! installed first by `main`) is printed, and we chain one more that releases the mouse; errors and
//! normal exits restore everything through [`TerminalGuard`].

use std::io;
use std::sync::Once;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers,
    MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::keymap::Key;
use crate::app::{Action, App, Handoff};
use crate::{load, outside, ui};

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

/// Runs the reader until the user quits. `events` is a background load feeding the app; the
/// first frame is drawn at once and the screen stays live while articles arrive.
pub fn run(mut app: App, events: Receiver<load::Event>) -> io::Result<App> {
    let mut terminal = ratatui::try_init()?;
    release_mouse_on_panic();
    let _guard = TerminalGuard;
    execute!(io::stdout(), EnableMouseCapture)?;
    event_loop(&mut terminal, &mut app, events)?;
    Ok(app)
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

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    events: Receiver<load::Event>,
) -> io::Result<()> {
    let mut loading = true;
    // NO_COLOR (no-color.org): set and not empty.
    let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    while !app.quit {
        while loading {
            match events.try_recv() {
                Ok(event) => app.receive(event),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => loading = false,
            }
        }
        app.tick();
        // A query too big for one keystroke goes on matching between frames.
        if app.matching().is_some() {
            app.work(Instant::now() + crate::app::requery::SLICE);
        }
        let started = Instant::now();
        let mut viewport = Default::default();
        terminal.draw(|frame| {
            viewport = ui::draw(frame, app);
            if !colour {
                ui::monochrome(frame.buffer_mut());
            }
        })?;
        tracing::info!(target: "frame", pane = ?app.view.pane, elapsed_ms = started.elapsed().as_secs_f64() * 1e3);
        if app.set_viewport(viewport) {
            // The frame showed a position the app has just corrected: draw it again.
            continue;
        }
        // While loading, wake up often enough to move the gauge and show new articles; while
        // matching, only look whether a key is waiting.
        let wait =
            if app.matching().is_some() { Some(Duration::ZERO) } else { loading.then_some(LOADING_FRAME) };
        if let Some(wait) = wait
            && !event::poll(wait)?
        {
            continue;
        }
        match event::read()? {
            Event::Key(key) => {
                if let Some(key) = translate(key) {
                    app.handle_key(key);
                }
                if let Some(handoff) = app.handoff.take() {
                    app.note = Some(carry_out(terminal, handoff)?);
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

/// Does what the app handed over and says how it went. The editor gets the whole terminal: the
/// reader's screen is given back first and taken again after.
fn carry_out(terminal: &mut DefaultTerminal, handoff: Handoff) -> io::Result<String> {
    let said = match handoff {
        Handoff::OpenUrl(url) => outside::open_url(&url, &outside::env),
        Handoff::Copy(text) => outside::copy(&text, &outside::env),
        Handoff::Write { path, contents } => outside::write_new(&path, &contents),
        Handoff::Edit { path, at } => {
            let line = outside::line_at(&path, at);
            match outside::editor(&path, line, &outside::env) {
                Err(why) => Err(why),
                Ok(mut command) => {
                    execute!(io::stdout(), DisableMouseCapture)?;
                    ratatui::restore();
                    let status = command.status();
                    ratatui::crossterm::terminal::enable_raw_mode()?;
                    execute!(
                        io::stdout(),
                        ratatui::crossterm::terminal::EnterAlternateScreen,
                        EnableMouseCapture
                    )?;
                    terminal.clear()?;
                    let program = command.get_program().to_string_lossy().into_owned();
                    match status {
                        Ok(s) if s.success() => Ok(format!("back from {program}")),
                        Ok(s) => Err(format!("{program} ended with {s}")),
                        Err(e) => Err(format!("cannot start {program}: {e}")),
                    }
                }
            }
        }
    };
    Ok(crate::text::printable(&said.unwrap_or_else(|why| why)).into_owned())
}

/// How often the screen is redrawn while a load is under way.
const LOADING_FRAME: Duration = Duration::from_millis(80);

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
