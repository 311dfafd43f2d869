//! The styles the panes draw with, made from the app's [`Theme`] at the start of each frame
//! ([`super::draw`] sets them), so drawing stays a function of the app alone.

use std::cell::Cell;

use ratatui::style::{Color, Modifier, Style};

use crate::app::theme::{Colour, Named, Paint, Role, Theme};

const ROLES: usize = Role::ALL.len();

thread_local! {
    static CURRENT: Cell<[Style; ROLES]> = Cell::new(styles(&Theme::dark()));
}

/// Draws the frames that follow on this thread with `theme`.
pub fn set(theme: &Theme) {
    CURRENT.set(styles(theme));
}

fn styles(theme: &Theme) -> [Style; ROLES] {
    Role::ALL.map(|role| style(theme.paint(role)))
}

fn style(paint: Paint) -> Style {
    let mut style = Style::new();
    if let Some(fg) = paint.fg {
        style = style.fg(color(fg));
    }
    if let Some(bg) = paint.bg {
        style = style.bg(color(bg));
    }
    for (on, modifier) in [
        (paint.bold, Modifier::BOLD),
        (paint.italic, Modifier::ITALIC),
        (paint.underline, Modifier::UNDERLINED),
        (paint.reverse, Modifier::REVERSED),
    ] {
        if on {
            style = style.add_modifier(modifier);
        }
    }
    style
}

fn color(c: Colour) -> Color {
    match c {
        Colour::Default => Color::Reset,
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
        Colour::Named(n) => match n {
            Named::Black => Color::Black,
            Named::Red => Color::Red,
            Named::Green => Color::Green,
            Named::Yellow => Color::Yellow,
            Named::Blue => Color::Blue,
            Named::Magenta => Color::Magenta,
            Named::Cyan => Color::Cyan,
            Named::Gray => Color::Gray,
            Named::DarkGray => Color::DarkGray,
            Named::LightRed => Color::LightRed,
            Named::LightGreen => Color::LightGreen,
            Named::LightYellow => Color::LightYellow,
            Named::LightBlue => Color::LightBlue,
            Named::LightMagenta => Color::LightMagenta,
            Named::LightCyan => Color::LightCyan,
            Named::White => Color::White,
        },
    }
}

fn get(role: Role) -> Style {
    let at = Role::ALL.iter().position(|&r| r == role).unwrap_or(0);
    CURRENT.get()[at]
}

pub fn dim() -> Style {
    get(Role::Dim)
}
pub fn title() -> Style {
    get(Role::Heading)
}
pub fn heading() -> Style {
    get(Role::Heading)
}
pub fn selected() -> Style {
    get(Role::Selection)
}
pub fn border_focused() -> Style {
    get(Role::BorderFocused)
}
pub fn border() -> Style {
    get(Role::Border)
}
pub fn caption() -> Style {
    get(Role::Caption)
}
pub fn credit() -> Style {
    get(Role::Credit)
}
pub fn key() -> Style {
    get(Role::Key)
}
pub fn status() -> Style {
    get(Role::Status)
}
pub fn warning() -> Style {
    get(Role::Warning)
}
pub fn matched() -> Style {
    get(Role::Match)
}
pub fn person() -> Style {
    get(Role::Mention)
}
pub fn person_focused() -> Style {
    get(Role::Focused)
}
pub fn date() -> Style {
    get(Role::Date)
}
pub fn cursor() -> Style {
    get(Role::Cursor)
}
pub fn hit() -> Style {
    get(Role::Hit)
}
pub fn bar() -> Style {
    get(Role::Bar)
}
