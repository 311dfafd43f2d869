//! Drawing: pure functions from [`App`] to a frame. Nothing here changes state; [`draw`] returns
//! what it could fit so the event loop can tell the app.
//!
//! Every string that comes from an article goes through [`crate::text::printable`] first.

mod articles;
mod chrome;
mod text;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Paragraph;

use crate::app::{App, Pane, Viewport};

/// Below this size only a short notice is drawn.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// From this width a list is drawn beside its detail.
pub const SPLIT_WIDTH: u16 = 120;

/// Draws the whole screen and reports what fitted.
pub fn draw(frame: &mut Frame, app: &App) -> Viewport {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(Paragraph::new("terminal too small").style(theme::DIM), area);
        return Viewport::default();
    }
    let [main, status, hints] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let mut viewport = Viewport::default();
    match app.pane {
        Pane::Articles if area.width >= SPLIT_WIDTH => {
            let [list, preview] =
                Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(main);
            viewport.list_rows = articles::draw(frame, list, app, true);
            (viewport.text_rows, viewport.text_lines) = text::draw(frame, preview, app, false);
        }
        Pane::Articles => viewport.list_rows = articles::draw(frame, main, app, true),
        Pane::Text => (viewport.text_rows, viewport.text_lines) = text::draw(frame, main, app, true),
    }
    chrome::status(frame, status, app);
    chrome::hints(frame, hints, app);
    if app.help {
        chrome::help(frame, area, app);
    }
    viewport
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

/// The few styles the screen uses, in one place.
mod theme {
    use super::*;

    pub const DIM: Style = Style::new().fg(Color::DarkGray);
    pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
    pub const SELECTED: Style = Style::new().bg(Color::Blue).fg(Color::White).add_modifier(Modifier::BOLD);
    pub const BORDER_FOCUSED: Style = Style::new().fg(Color::Cyan);
    pub const BORDER: Style = Style::new().fg(Color::DarkGray);
    pub const HEADING: Style = Style::new().add_modifier(Modifier::BOLD);
    pub const CAPTION: Style = Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC);
    pub const CREDIT: Style = Style::new().fg(Color::DarkGray);
    pub const KEY: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
    pub const STATUS: Style = Style::new().bg(Color::DarkGray).fg(Color::White);
    pub const WARNING: Style = Style::new().fg(Color::Yellow);
}

/// A pane's frame; the focused one stands out.
fn pane_block(title: String, focused: bool) -> ratatui::widgets::Block<'static> {
    let style = if focused { theme::BORDER_FOCUSED } else { theme::BORDER };
    ratatui::widgets::Block::bordered().title(title).border_style(style)
}
