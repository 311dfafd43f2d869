//! Drawing: pure functions from [`App`] to a frame. Nothing here changes state; [`draw`] returns
//! what fitted and where (a [`Viewport`]) so the event loop can tell the app.
//!
//! Every string that comes from an article goes through [`crate::text::printable`] first.

mod articles;
mod bookmarks;
mod chrome;
mod people;
mod problems;
mod text;
mod theme;
mod timeline;

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Area, Pane, Target, Viewport};
use crate::text::printable;

/// Below this size only a short notice is drawn.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// From this width a list is drawn beside its detail.
pub const SPLIT_WIDTH: u16 = 120;

/// Draws the whole screen and reports what fitted.
pub fn draw(frame: &mut Frame, app: &App) -> Viewport {
    theme::set(&app.theme);
    let area = frame.area();
    let mut viewport = Viewport::default();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(Paragraph::new("terminal too small").style(theme::dim()), area);
        return viewport;
    }
    let [main, status, hints] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let wide = area.width >= SPLIT_WIDTH;
    match app.view.pane {
        Pane::Articles if wide => {
            let [list, preview] =
                Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(main);
            articles::draw(frame, list, app, &mut viewport);
            text::draw(frame, preview, app, false, &mut viewport);
        }
        Pane::Articles => articles::draw(frame, main, app, &mut viewport),
        Pane::Text => text::draw(frame, main, app, true, &mut viewport),
        Pane::People => people::draw(frame, main, app, wide, &mut viewport),
        Pane::Timeline => timeline::draw(frame, main, app, &mut viewport),
    }
    chrome::status(frame, status, app);
    chrome::hints(frame, hints, app);
    if app.bookmarks_open {
        bookmarks::draw(frame, area, app);
    }
    if app.problems_open {
        viewport.problem_rows = problems::draw(frame, area, app);
    }
    if app.help {
        viewport.help_rows = chrome::help(frame, area, &app.keymap, app.help_scroll);
    }
    viewport
}

/// Takes the colours out of a drawn frame (for `NO_COLOR`), keeping what they meant: a
/// background (the selection, a search hit, the status bar) becomes reverse video, a highlight
/// colour (names, matches) bold, dim grey the terminal's dim.
pub fn monochrome(buffer: &mut ratatui::buffer::Buffer) {
    for cell in buffer.content.iter_mut() {
        let mut modifier = cell.modifier;
        if cell.bg != Color::Reset {
            modifier |= Modifier::REVERSED;
        }
        match cell.fg {
            Color::DarkGray => modifier |= Modifier::DIM,
            Color::Yellow | Color::LightYellow => modifier |= Modifier::BOLD | Modifier::UNDERLINED,
            Color::Reset | Color::White | Color::Gray => {}
            _ => modifier |= Modifier::BOLD,
        }
        cell.modifier = modifier;
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
    }
}

/// A byte range of `sentence` about `width` columns wide that keeps `name` in view.
pub(super) fn around(
    body: &str,
    sentence: std::ops::Range<usize>,
    name: std::ops::Range<usize>,
    width: usize,
) -> std::ops::Range<usize> {
    let columns = |r: std::ops::Range<usize>| body[r].width();
    if columns(sentence.clone()) <= width {
        return sentence;
    }
    // Start at a word about a third of the width before the name.
    let mut start = name.start;
    while start > sentence.start && columns(start..name.start) < width / 3 {
        start -= 1;
        while !body.is_char_boundary(start) {
            start -= 1;
        }
    }
    if let Some(space) = body[start..name.start].find(' ') {
        start += space + 1;
    }
    let mut end = start;
    while end < sentence.end && columns(start..end) < width {
        end += 1;
        while end < sentence.end && !body.is_char_boundary(end) {
            end += 1;
        }
    }
    start..end.min(sentence.end)
}

/// A screen rectangle in the app's terms, for hit-testing clicks.
fn area(r: Rect) -> Area {
    Area { x: r.x, y: r.y, width: r.width, height: r.height }
}

/// Registers a list's rows (the block's inner rectangle) for clicks and the wheel.
fn list_area(viewport: &mut Viewport, inner: Rect, pane: Pane, first: usize) {
    viewport.areas.push((area(inner), Target::List { pane, first }));
}

/// The rows of a list that fit on screen from `pos.top`, and the list state selecting `pos`.
fn window<T>(items: &[T], pos: crate::app::ListPos, rows: u16) -> (&[T], ratatui::widgets::ListState) {
    let (shown, state) = window_of(items.len(), pos, rows);
    (&items[shown], state)
}

/// The rows of a list of `len` that `rows` lines show from `pos`, and the list state for them.
fn window_of(
    len: usize,
    pos: crate::app::ListPos,
    rows: u16,
) -> (std::ops::Range<usize>, ratatui::widgets::ListState) {
    let start = pos.top.min(len);
    let end = (start + rows as usize).min(len);
    let state =
        ratatui::widgets::ListState::default().with_selected(Some(pos.selected.saturating_sub(pos.top)));
    (start..end, state)
}

/// " People (11) ", or " People (6 of 11) " under filters.
fn counted_title(name: &str, shown: usize, total: usize) -> String {
    if shown == total { format!(" {name} ({total}) ") } else { format!(" {name} ({shown} of {total}) ") }
}

/// A pane's frame; the focused one stands out.
fn pane_block(title: String, focused: bool) -> Block<'static> {
    let style = if focused { theme::border_focused() } else { theme::border() };
    Block::bordered().title(title).border_style(style)
}

/// `text` made printable, on one line (white space as spaces), with the characters at
/// `highlight` (char indices) in the match style.
fn matched_line(text: &str, highlight: &[usize], base: Style) -> Vec<Span<'static>> {
    let clean: String = printable(&text.replace(['\n', '\r', '\t'], " ")).into_owned();
    if highlight.is_empty() {
        return vec![Span::styled(clean, base)];
    }
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in clean.chars().enumerate() {
        let hit = highlight.binary_search(&i).is_ok();
        if hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hit { base.patch(theme::matched()) } else { base },
            ));
        }
        run_hit = hit;
        run.push(c);
    }
    spans.push(Span::styled(run, if run_hit { base.patch(theme::matched()) } else { base }));
    spans
}

/// A style over a byte range of a body, for building lines with several highlights.
struct Mark {
    span: crate::span::Span,
    style: Style,
    person: Option<usize>,
}

/// The spans of `body[range]` with `marks` applied (later marks win), white space flattened and
/// control characters made visible. Returns the spans and, for each marked person, the column
/// range it occupies (for clicks).
fn marked_spans(
    body: &str,
    range: Range<usize>,
    base: Style,
    marks: &[Mark],
) -> (Vec<Span<'static>>, Vec<(Range<u16>, usize)>) {
    let mut cuts: Vec<usize> = vec![range.start, range.end];
    for m in marks {
        for at in [m.span.start(), m.span.end()] {
            if range.start < at && at < range.end && body.is_char_boundary(at) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::new();
    let mut people = Vec::new();
    let mut column: u16 = 0;
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mut style = base;
        let mut person = None;
        for m in marks.iter().filter(|m| m.span.start() <= a && b <= m.span.end() && !m.span.is_empty()) {
            style = style.patch(m.style);
            person = m.person.or(person);
        }
        let raw: String = body[a..b].chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
        let clean = printable(&raw).into_owned();
        let width = clean.width() as u16;
        if let Some(p) = person {
            people.push((column..column + width, p));
        }
        column += width;
        spans.push(Span::styled(clean, style));
    }
    (spans, people)
}

/// `s` cut to `width` columns with an ellipsis.
fn fit(s: &str, width: usize) -> String {
    if s.width() <= width { s.to_owned() } else { cut(s, width) }
}

/// `s` cut to `width` columns, the last of them an ellipsis: more follows.
fn cut(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A line of styled pieces cut to `width` columns, with an ellipsis where it is cut.
fn fit_spans(spans: Vec<Span<'static>>, width: usize) -> Vec<Span<'static>> {
    if spans.iter().map(|s| s.content.width()).sum::<usize>() <= width {
        return spans;
    }
    let mut out = Vec::new();
    let mut used = 0;
    for span in spans {
        let w = span.content.width();
        if used + w + 1 > width {
            out.push(Span::styled(cut(&span.content, width - used), span.style));
            break;
        }
        used += w;
        out.push(span);
    }
    out
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

fn empty(frame: &mut Frame, area: Rect, block: Block<'static>, message: &str) {
    frame.render_widget(
        // Wrapped: on a narrow screen the way out ("Esc removes …") must still show.
        Paragraph::new(Line::from(Span::styled(message.to_owned(), theme::dim())))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .block(block),
        area,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_line_too_wide_is_cut_with_an_ellipsis_where_it_is_cut() {
        let line =
            || vec![Span::raw("People: "), Span::raw("Ana Salem"), Span::raw(", "), Span::raw("Tobin Marsh")];
        assert_eq!(text(&fit_spans(line(), 40)), "People: Ana Salem, Tobin Marsh");
        assert_eq!(text(&fit_spans(line(), 20)), "People: Ana Salem, …");
        assert_eq!(text(&fit_spans(line(), 12)), "People: Ana…");
        // A piece that fits exactly while more follows still gives way to the ellipsis.
        assert_eq!(text(&fit_spans(line(), 17)), "People: Ana Sale…");
        for width in 0..=31 {
            assert!(fit_spans(line(), width).iter().map(|s| s.content.width()).sum::<usize>() <= width);
        }
    }

    #[test]
    fn a_wide_character_is_not_split_by_the_cut() {
        assert_eq!(fit("北京市 Ana", 4), "北…");
        assert_eq!(fit("北京市", 6), "北京市");
    }
}
