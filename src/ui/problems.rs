//! The problems of the current load, over the panes: one line each, `path:line: what is wrong`,
//! in path order, scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{centered, fit, theme};
use crate::app::App;
use crate::corpus::Problem;
use crate::layout::{columns, wrap_text};
use crate::text::printable;

/// Draws the list centred on `screen` and returns how many problems it shows. A message longer
/// than the line wraps under itself, indented, so nothing a user must read is cut.
pub fn draw(frame: &mut Frame, screen: Rect, app: &App) -> usize {
    let problems = &app.corpus.problems;
    let width = screen.width.min(110);
    let inner = width.saturating_sub(2) as usize;
    let rows = screen.height.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut shown = 0;
    for p in problems.iter().skip(app.problems_scroll) {
        let entry = entry_lines(p, inner);
        if lines.len() + entry.len() > rows && shown > 0 {
            break;
        }
        lines.extend(entry);
        shown += 1;
        if lines.len() >= rows {
            break;
        }
    }
    lines.truncate(rows);
    let area = centered(screen, width, (lines.len().max(1) + 2) as u16);
    let close = app.keymap.key_of("problems-close").unwrap_or_default();
    let after = problems.len().saturating_sub(app.problems_scroll + shown);
    let more = if after > 0 { format!(" ↓ {after} more ") } else { String::new() };
    let block = Block::bordered()
        .title(format!(" Problems ({}) — {close} closes ", problems.len()))
        .title_bottom(Line::from(more).right_aligned())
        .border_style(theme::border_focused());
    frame.render_widget(Clear, area);
    if problems.is_empty() {
        let message = if app.loading.is_some() { "None so far." } else { "None: every file loaded." };
        frame.render_widget(Paragraph::new(Span::styled(message, theme::dim())).block(block), area);
        return rows;
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
    shown.max(1)
}

/// Continuation lines of a wrapped message start this many columns in.
const INDENT: usize = 2;

/// One problem as screen lines: `path:line: ` then the message, wrapped to `width` columns.
fn entry_lines(p: &Problem, width: usize) -> Vec<Line<'static>> {
    let place = match p.line {
        Some(line) => format!("{}:{line}: ", p.path.display()),
        None => format!("{}: ", p.path.display()),
    };
    let place = fit(&printable(&place), width);
    let message = printable(&p.message).into_owned();
    let room = width.saturating_sub(columns(&place));
    // A first word too wide for what the path leaves starts the message on the next line.
    let first_word = message.split_whitespace().next().unwrap_or("");
    let first = if columns(first_word) > room {
        0..0
    } else {
        wrap_text(&message, room).into_iter().next().unwrap_or(0..0)
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(place, theme::warning()),
        Span::raw(message[first.clone()].to_owned()),
    ])];
    let rest = &message[first.end..];
    let indent = " ".repeat(INDENT);
    for range in wrap_text(rest, width.saturating_sub(INDENT)) {
        lines.push(Line::from(format!("{indent}{}", &rest[range])));
    }
    lines
}
