//! The text of an article: title, date, source and its people on top; the body wrapped to the
//! width with person mentions highlighted (the focused person stronger), dates marked, the mention
//! cursor and search hits shown, captions and credits styled apart; a scroll position.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Mark, area, empty, fit, fit_spans, marked_spans, pane_block, theme};
use crate::app::{App, StopTarget, Target, Viewport};
use crate::corpus::{Article, ParagraphKind};
use crate::layout::DisplayLine;
use crate::text::printable;

/// Draws the text view and records its size, lines and clickable names.
pub fn draw(frame: &mut Frame, area_: Rect, app: &App, focused: bool, viewport: &mut Viewport) {
    let block = pane_block(" Text ".into(), focused);
    let inner = block.inner(area_);
    let Some(article_index) = app.reading() else {
        return empty(frame, area_, block, "No article selected.");
    };
    frame.render_widget(block, area_);
    let article = &app.corpus.articles[article_index];
    let header = header(app, article_index, article, inner.width as usize);
    let header_rows = (header.len() as u16 + 1).min(inner.height);
    let [head, body] = Layout::vertical([Constraint::Length(header_rows), Constraint::Min(0)]).areas(inner);
    frame.render_widget(Paragraph::new(header), head);

    let lines = app.text_lines(article_index, body.width as usize);
    let rows = body.height as usize;
    let marks = marks(app, article_index);
    let scroll = app.view.text_scroll.min(lines.len().saturating_sub(rows));
    viewport.areas.push((area(body), Target::Text));
    let mut shown = Vec::with_capacity(rows);
    for (row, line) in lines.iter().skip(scroll).take(rows).enumerate() {
        let (spans, names) = render_line(article, line, &marks);
        for (columns, person) in names {
            let name_area = crate::app::Area {
                x: body.x + columns.start,
                y: body.y + row as u16,
                width: columns.end - columns.start,
                height: 1,
            };
            viewport.areas.push((name_area, Target::Person(person)));
        }
        shown.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(shown), body);
    let position = scroll_position(scroll, rows, lines.len());
    frame.render_widget(Line::from(position).style(theme::dim()).right_aligned(), bottom_border(area_));
    viewport.text_rows = rows;
    viewport.text_width = body.width as usize;
    viewport.text_lines = lines.len();
}

/// Title; date, source, authors; the people of the article.
fn header(app: &App, index: usize, article: &Article, width: usize) -> Vec<Line<'static>> {
    let mut meta = vec![
        article.date.map_or_else(|| "date unknown".to_owned(), |d| d.day.format("%a %-d %B %Y").to_string()),
    ];
    meta.extend(article.source.as_deref().map(|s| printable(s).into_owned()));
    if !article.authors.is_empty() {
        meta.push(format!("by {}", printable(&article.authors.join(", "))));
    }
    let mut people: Vec<usize> = Vec::new();
    for m in &app.index.extractions[index].people.mentions {
        if let Some(p) = app.index.people.global(index, m.person as usize)
            && !people.contains(&p)
        {
            people.push(p);
        }
    }
    let names: Vec<Span> = people
        .iter()
        .enumerate()
        .flat_map(|(i, &p)| {
            let style =
                if app.focused_person() == Some(p) { theme::person_focused() } else { theme::person() };
            let sep = if i == 0 { "" } else { ", " };
            [
                Span::styled(sep, theme::dim()),
                Span::styled(printable(&app.index.people.people[p].name).into_owned(), style),
            ]
        })
        .collect();
    let mut lines = vec![
        Line::from(Span::styled(fit(&printable(&article.title), width), theme::title())),
        Line::from(Span::styled(fit(&meta.join(" · "), width), theme::dim())),
    ];
    if !names.is_empty() {
        let line = [vec![Span::styled("People: ", theme::dim())], names].concat();
        lines.push(Line::from(fit_spans(line, width)));
    }
    lines
}

/// Highlights of an article: people, dates, search hits, the cursor (later ones win).
fn marks(app: &App, article: usize) -> Vec<Mark> {
    let focused = app.focused_person();
    let mut marks: Vec<Mark> = app
        .stops(article)
        .into_iter()
        .map(|s| match s.target {
            StopTarget::Person(p) => {
                let style = if focused == Some(p) { theme::person_focused() } else { theme::person() };
                Mark { span: s.span, style, person: Some(p) }
            }
            StopTarget::Date(_) => Mark { span: s.span, style: theme::date(), person: None },
        })
        .collect();
    if app.reading() == Some(article) {
        marks.extend(app.search_hits().into_iter().map(|span| Mark {
            span,
            style: theme::hit(),
            person: None,
        }));
        if let Some(stop) = app.cursor_stop() {
            marks.push(Mark { span: stop.span, style: theme::cursor(), person: None });
        } else if let Some(at) = app.view.cursor
            && let Some(hit) = app.search_hits().into_iter().find(|h| h.start() == at)
        {
            marks.push(Mark { span: hit, style: theme::cursor(), person: None });
        }
    }
    marks
}

fn render_line(
    article: &Article,
    line: &DisplayLine,
    marks: &[Mark],
) -> (Vec<Span<'static>>, Vec<(std::ops::Range<u16>, usize)>) {
    let Some(kind) = line.kind else { return (Vec::new(), Vec::new()) };
    let base = match kind {
        ParagraphKind::Text => Style::new(),
        ParagraphKind::Heading => theme::heading(),
        ParagraphKind::Caption => theme::caption(),
        ParagraphKind::Credit => theme::credit(),
    };
    marked_spans(&article.body, line.range.clone(), base, marks)
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
