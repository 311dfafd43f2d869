//! The article list: date, title, source and number of people; newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::List;
use unicode_width::UnicodeWidthStr;

use super::{counted_title, empty, fit, list_area, matched_line, pane_block, theme, window};
use crate::app::search::{ArticleQuery, row_line};
use crate::app::{App, Pane, Viewport, filters};

/// Draws the list; records its rows for paging and clicks.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, viewport: &mut Viewport) {
    let total = app.corpus.articles.len();
    let shown = app.visible.articles.len();
    let title = counted_title("Articles", shown, total);
    let block = pane_block(title, app.view.pane == Pane::Articles);
    let inner = block.inner(area);
    viewport.list_rows = inner.height as usize;
    if shown == 0 {
        let message = if total == 0 {
            "No articles loaded."
        } else {
            "No article matches the filters (Esc removes the last one)."
        };
        return empty(frame, area, block, message);
    }
    let search = filters::query(&app.view.filters, Pane::Articles).map(ArticleQuery::parse);
    let width = inner.width as usize;
    let pos = app.view.articles;
    let (items, mut state) = window(&app.visible.articles, pos, inner.height);
    let first = pos.top.min(app.visible.articles.len());
    let marks = !app.marks.bookmarks.is_empty();
    let rows: Vec<Line> = items
        .iter()
        .enumerate()
        .map(|(row, &i)| {
            let a = &app.corpus.articles[i];
            let people =
                crate::text::count(app.index.extractions[i].people.persons.len(), "person", "people");
            let text = row_line(a);
            let hits = search.as_ref().map(|s| s.highlights(a)).unwrap_or_default();
            // Unread articles carry a dot, as in a mail reader; then the matched text itself (so
            // highlights line up), then the people count, which gives way on a narrow screen.
            let mut spans =
                vec![if app.read[i] { Span::raw("  ") } else { Span::styled("● ", theme::key()) }];
            // A column for bookmarks once there are any, so titles stay aligned.
            if marks {
                spans.push(if app.bookmarked(i) {
                    Span::styled("★ ", theme::key())
                } else {
                    Span::raw("  ")
                });
            }
            if a.date.is_none() {
                spans.push(Span::styled("no date", theme::dim()));
            }
            // A row found by its text says so, since nothing on it is highlighted.
            let in_text = app.visible.in_text.get(first + row).copied().unwrap_or(false);
            let count = match (width >= 44, in_text) {
                (true, true) => format!("  · in text · {people}"),
                (true, false) => format!("  · {people}"),
                (false, true) => "  · in text".to_owned(),
                (false, false) => String::new(),
            };
            let used: usize = spans.iter().map(|s| s.content.width()).sum::<usize>() + count.width();
            spans.extend(matched_line(
                &fit(&text, width.saturating_sub(used)),
                &hits,
                ratatui::style::Style::new(),
            ));
            spans.push(Span::styled(count, theme::dim()));
            Line::from(spans)
        })
        .collect();
    let list = List::new(rows).block(block).highlight_style(theme::selected());
    frame.render_stateful_widget(list, area, &mut state);
    list_area(viewport, inner, Pane::Articles, pos.top);
}
