//! People: name, roles, mention and article counts; beside it (or, when narrow, after `Enter`)
//! the selected person's aliases, variants, roles, who appears with them, and every mention in
//! context.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListState, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{
    Mark, around, counted_title, empty, fit, list_area, marked_spans, matched_line, pane_block, theme, window,
};
use crate::app::{App, Pane, Target, Viewport, filters, fuzzy};
use crate::text::printable;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, wide: bool, viewport: &mut Viewport) {
    let in_mentions = app.view.mention.is_some();
    if wide {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(area);
        draw_list(frame, list, app, !in_mentions, viewport);
        draw_detail(frame, detail, app, in_mentions, viewport);
    } else if in_mentions {
        draw_detail(frame, area, app, true, viewport);
    } else {
        draw_list(frame, area, app, true, viewport);
    }
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App, focused: bool, viewport: &mut Viewport) {
    let total = app.index.people.people.len();
    let shown = app.visible.people.len();
    let title = counted_title("People", shown, total);
    let block = pane_block(title, focused && app.view.pane == Pane::People);
    let inner = block.inner(area);
    if focused {
        viewport.list_rows = inner.height as usize;
    }
    if shown == 0 {
        let message = if total == 0 && app.loading.is_some() {
            "People appear here as the articles are indexed…"
        } else if total == 0 {
            "No people found in these articles."
        } else {
            "Nobody matches the filters (Esc removes the last one)."
        };
        return empty(frame, area, block, message);
    }
    let query = filters::query(&app.view.filters, Pane::People).unwrap_or("");
    let pos = app.view.people;
    let width = inner.width as usize;
    let (items, mut state) = window(&app.visible.people, pos, inner.height);
    let rows: Vec<Line> = items
        .iter()
        .map(|&p| {
            let person = &app.index.people.people[p];
            let name_chars = person.name.chars().count();
            let hits: Vec<usize> = fuzzy::matches(app.index.people.text(p), query)
                .unwrap_or_default()
                .into_iter()
                .filter(|&i| i < name_chars)
                .collect();
            // Mentions are counted again once loading ends (the complete index is being built).
            let counts = match person.mentions.len() {
                0 => format!("  {} art.", person.articles.len()),
                n => format!("  {n} · {} art.", person.articles.len()),
            };
            let mut spans =
                matched_line(&fit(&person.name, width.saturating_sub(counts.width())), &hits, Style::new());
            spans.push(Span::styled(counts, theme::dim()));
            let used: usize = spans.iter().map(|s| s.content.width()).sum();
            if let Some(role) = person.roles.first()
                && width > used + 4
            {
                spans.push(Span::styled(
                    format!("  {}", fit(&printable(role), width - used - 2)),
                    theme::dim(),
                ));
            }
            Line::from(spans)
        })
        .collect();
    let list = List::new(rows).block(block).highlight_style(theme::selected());
    frame.render_stateful_widget(list, area, &mut state);
    list_area(viewport, inner, Pane::People, pos.top);
}

fn draw_detail(frame: &mut Frame, area: Rect, app: &App, focused: bool, viewport: &mut Viewport) {
    let Some(p) = app.selected_person() else {
        return empty(frame, area, pane_block(" Person ".into(), focused), "No person selected.");
    };
    let person = &app.index.people.people[p];
    let block = pane_block(
        format!(" {} ", fit(&printable(&person.name), area.width.saturating_sub(4) as usize)),
        focused,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;

    let mut about: Vec<Line> = Vec::new();
    let field = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label}: "), theme::dim()),
            Span::raw(printable(&value).into_owned()),
        ])
    };
    if !person.aliases.is_empty() {
        about.push(field("Also", person.aliases.join(", ")));
    }
    if !person.variants.is_empty() {
        about.push(field("Probably also", person.variants.join(", ")));
    }
    if !person.roles.is_empty() {
        about.push(field("Roles", person.roles.join("; ")));
    }
    let with: Vec<String> = app
        .index
        .people
        .co_mentioned(p)
        .take(6)
        .map(|(o, n)| format!("{} ({n})", app.index.people.people[o].name))
        .collect();
    if !with.is_empty() {
        about.push(field("Appears with", with.join(", ")));
    }
    let mentions = app.person_mentions(p);
    about.push(Line::from(Span::styled(
        format!(
            "Mentions ({} in {}){}",
            mentions.len(),
            crate::text::count(app.person_articles_shown(p), "article", "articles"),
            if focused { "" } else { " — Enter to step in" }
        ),
        theme::title(),
    )));
    let about_rows = about
        .iter()
        .map(|l| (l.width().max(1)).div_ceil(width.max(1)) as u16)
        .sum::<u16>()
        .min(inner.height / 2);
    let [top, list] = Layout::vertical([Constraint::Length(about_rows), Constraint::Min(0)]).areas(inner);
    frame.render_widget(Paragraph::new(about).wrap(Wrap { trim: true }), top);

    if focused {
        viewport.list_rows = list.height as usize;
    }
    let pos = app.view.mention.unwrap_or_default();
    let rows: Vec<Line> = mentions
        .iter()
        .skip(pos.top)
        .take(list.height as usize)
        .map(|&r| {
            let a = &app.corpus.articles[r.article as usize];
            let (span, sentence) = (app.index.mention(r).span, app.index.mention_sentence(r));
            let date = a.date.map_or_else(|| "          ".to_owned(), |d| d.to_string());
            let title = fit(&printable(&a.title), 22);
            let lead = format!("{date} {title:<22} │ ");
            let room = width.saturating_sub(lead.width());
            let window = around(&a.body, sentence.range(), span.range(), room.saturating_sub(2));
            let mark = [Mark { span, style: theme::person_focused(), person: None }];
            let (spans, _) = marked_spans(&a.body, window.clone(), Style::new(), &mark);
            let open = if window.start > sentence.start() { "…" } else { "" };
            let close = if window.end < sentence.end() { "…" } else { "" };
            Line::from(
                [vec![Span::styled(lead, theme::dim()), Span::raw(open)], spans, vec![Span::raw(close)]]
                    .concat(),
            )
        })
        .collect();
    let mut state = ListState::default().with_selected(focused.then(|| pos.selected - pos.top));
    frame.render_stateful_widget(List::new(rows).highlight_style(theme::selected()), list, &mut state);
    viewport.areas.push((super::area(list), Target::Mentions { first: pos.top }));
}
