//! The problems of the current load, over the panes: one line each, `path:line: what is wrong`,
//! in path order, scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{centered, fit, theme};
use crate::app::App;
use crate::text::printable;

/// Draws the list centred on `screen` and returns how many lines fit.
pub fn draw(frame: &mut Frame, screen: Rect, app: &App) -> usize {
    let problems = &app.corpus.problems;
    let width = screen.width.min(110);
    let height = (problems.len().max(1) as u16 + 2).min(screen.height);
    let area = centered(screen, width, height);
    let rows = area.height.saturating_sub(2) as usize;
    let close = app.keymap.key_of("problems-close").unwrap_or_default();
    let more = if app.problems_scroll + rows < problems.len() {
        format!(" ↓ {} more ", problems.len() - app.problems_scroll - rows)
    } else {
        String::new()
    };
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
    let inner = width.saturating_sub(2) as usize;
    let lines: Vec<Line> = problems
        .iter()
        .skip(app.problems_scroll)
        .take(rows)
        .map(|p| {
            let place = match p.line {
                Some(line) => format!("{}:{line}: ", p.path.display()),
                None => format!("{}: ", p.path.display()),
            };
            let place = printable(&place).into_owned();
            let room = inner.saturating_sub(place.chars().count());
            Line::from(vec![
                Span::styled(place, theme::warning()),
                Span::raw(fit(&printable(&p.message), room)),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
    rows
}
