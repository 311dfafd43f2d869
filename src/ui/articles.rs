//! The article list: date, title, source; newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListState, Paragraph};

use super::{pane_block, theme};
use crate::app::{App, Pane};
use crate::text::printable;

/// Draws the list; returns how many rows it can show.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, focused: bool) -> usize {
    let title = format!(" {} ({}) ", Pane::Articles.title(), app.order.len());
    let block: Block = pane_block(title, focused);
    let rows = block.inner(area).height as usize;
    if app.order.is_empty() {
        frame.render_widget(Paragraph::new("No articles loaded.").style(theme::DIM).block(block), area);
        return rows;
    }
    let items: Vec<Line> = app
        .order
        .iter()
        .map(|&i| {
            let a = &app.corpus.articles[i];
            let date = a.date.map_or_else(|| "no date   ".to_owned(), |d| d.to_string());
            let mut spans = vec![
                Span::styled(date, theme::DIM),
                Span::raw("  "),
                Span::raw(printable(&a.title).into_owned()),
            ];
            if let Some(source) = &a.source {
                spans.push(Span::styled(format!("  {}", printable(source)), theme::DIM));
            }
            Line::from(spans)
        })
        .collect();
    let list = List::new(items).block(block).highlight_style(theme::SELECTED);
    let mut state = ListState::default().with_selected(Some(app.selected));
    frame.render_stateful_widget(list, area, &mut state);
    rows
}
