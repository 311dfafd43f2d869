//! The text of the selected article: a header (title, date, source, authors), then the body
//! wrapped to the width, captions and credits styled apart.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::wrap::{DisplayLine, wrap};
use super::{pane_block, theme};
use crate::app::{App, Pane};
use crate::corpus::{Article, ParagraphKind};
use crate::text::printable;

/// Draws the text view; returns (rows for the body, wrapped lines of the body).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, focused: bool) -> (usize, usize) {
    let block = pane_block(format!(" {} ", Pane::Text.title()), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(article) = app.current() else {
        frame.render_widget(Paragraph::new("No article selected.").style(theme::DIM), inner);
        return (0, 0);
    };
    let header = header(article);
    let header_rows = (header.len() as u16 + 1).min(inner.height);
    let [head, body] = Layout::vertical([Constraint::Length(header_rows), Constraint::Min(0)]).areas(inner);
    frame.render_widget(Paragraph::new(header), head);

    let lines = wrap(&article.body, &article.paragraphs, body.width as usize);
    let rows = body.height as usize;
    let shown: Vec<Line> =
        lines.iter().skip(app.text_scroll).take(rows).map(|l| render_line(article, l)).collect();
    frame.render_widget(Paragraph::new(shown), body);
    let position = scroll_position(app.text_scroll, rows, lines.len());
    frame.render_widget(Line::from(position).style(theme::DIM).right_aligned(), bottom_border(area));
    (rows, lines.len())
}

/// "All", "Top", "62%", "Bot": how far down the body the view is.
fn scroll_position(scroll: usize, rows: usize, total: usize) -> String {
    if total <= rows {
        return " All ".into();
    }
    let last_shown = (scroll + rows).min(total);
    match (scroll, last_shown == total) {
        (0, _) => " Top ".into(),
        (_, true) => " Bot ".into(),
        _ => format!(" {}% ", last_shown * 100 / total),
    }
}

/// The bottom border row of `area`, inside the corners.
fn bottom_border(area: Rect) -> Rect {
    let y = area.bottom().saturating_sub(1);
    Rect { x: area.x + 1, y, width: area.width.saturating_sub(3), height: area.height.min(1) }
}

fn header(article: &Article) -> Vec<Line<'static>> {
    let mut meta = vec![
        article.date.map_or_else(|| "date unknown".to_owned(), |d| d.day.format("%a %-d %B %Y").to_string()),
    ];
    meta.extend(article.source.as_deref().map(|s| printable(s).into_owned()));
    if !article.authors.is_empty() {
        meta.push(format!("by {}", printable(&article.authors.join(", "))));
    }
    vec![
        Line::from(Span::styled(printable(&article.title).into_owned(), theme::TITLE)),
        Line::from(Span::styled(meta.join(" · "), theme::DIM)),
    ]
}

fn render_line(article: &Article, line: &DisplayLine) -> Line<'static> {
    let Some(kind) = line.kind else { return Line::default() };
    let style = match kind {
        ParagraphKind::Text => Style::new(),
        ParagraphKind::Heading => theme::HEADING,
        ParagraphKind::Caption => theme::CAPTION,
        ParagraphKind::Credit => theme::CREDIT,
    };
    let text: String =
        article.body[line.range.clone()].chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
    Line::from(Span::styled(printable(&text).into_owned(), style))
}
