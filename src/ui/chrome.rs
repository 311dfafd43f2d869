//! The status bar (counts, filters, notes), the key-hint line (or the `/` input while typing)
//! and the help overlay; hints and help are written from the keymap that dispatches keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{centered, fit, theme};
use crate::app::filters::Sort;
use crate::app::input::Purpose;
use crate::app::keymap::{Keymap, Mode, Row, Scope};
use crate::app::{Action, App, Pane};
use crate::text::printable;

/// "12 of 340 articles · person: Mike Pompeo · May 2018 · 1 problem"; while loading, a gauge of
/// the files read, the articles indexed and the time taken.
pub fn status(frame: &mut Frame, area: Rect, app: &App) {
    if let Some(loading) = &app.loading {
        return gauge(frame, area, loading);
    }
    let (shown, total, [one, many]) = match app.view.pane {
        Pane::Articles | Pane::Text => {
            (app.visible.articles.len(), app.corpus.articles.len(), ["article", "articles"])
        }
        Pane::People => (app.visible.people.len(), app.index.people.people.len(), ["person", "people"]),
        Pane::Timeline => (
            app.visible.timeline.len(),
            app.index.timeline.entries.len(),
            ["timeline entry", "timeline entries"],
        ),
    };
    let noun = if total == 1 { one } else { many };
    let mut parts =
        vec![if shown == total { format!("{total} {noun}") } else { format!("{shown} of {total} {noun}") }];
    parts.extend(app.view.filters.iter().map(|f| f.label(&app.index)));
    if app.sort != Sort::Date && matches!(app.view.pane, Pane::Articles | Pane::Text) {
        parts.push(app.sort.label().to_owned());
    }
    if let Some(p) = app.view.focus {
        parts.push(format!("focus: {}", app.index.people.people[p].name));
    }
    if let Some(job) = app.matching() {
        parts.push(format!("matching /{} {:.0}%", job.query, job.progress() * 100.0));
    }
    if parts.len() == 1 {
        parts.push(app.origin.clone());
    }
    let mut spans = vec![Span::raw(format!(" {}", printable(&parts.join(" · "))))];
    if !app.corpus.problems.is_empty() {
        let n = app.corpus.problems.len();
        spans.push(Span::styled(
            format!(
                " · {n} problem{} ({} lists)",
                if n == 1 { "" } else { "s" },
                app.keymap.key_of("problems").unwrap_or_else(|| "!".into())
            ),
            theme::warning(),
        ));
    }
    if let Some(note) = &app.note {
        spans.push(Span::styled(format!(" · {note}"), theme::warning()));
    }
    let spans = super::fit_spans(spans, area.width as usize);
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme::status()), area);
}

fn gauge(frame: &mut Frame, area: Rect, loading: &crate::app::Loading) {
    let (done, files, articles) = loading.progress.snapshot();
    let seconds = loading.started.elapsed().as_secs_f32();
    let what = if files == 0 {
        format!(" Finding articles… {seconds:.1} s")
    } else if done < files {
        format!(" Reading {done} of {files} files · {articles} articles · {seconds:.1} s")
    } else {
        format!(" Indexing people and dates of {articles} articles… {seconds:.1} s")
    };
    let bar_width = (area.width as usize).saturating_sub(what.chars().count() + 3).min(30);
    let filled = (bar_width * done).checked_div(files).unwrap_or(0);
    let line = Line::from(vec![
        Span::raw(what),
        Span::raw("  "),
        Span::styled("█".repeat(filled), theme::key()),
        Span::styled("░".repeat(bar_width - filled), theme::dim()),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme::status()), area);
}

/// The bindings of the pane that carry a hint, as "key word"; or the `/` line being typed.
pub fn hints(frame: &mut Frame, area: Rect, app: &App) {
    if let Some(input) = &app.input {
        let what = match (input.purpose, input.pane) {
            (Purpose::Write, _) => "write the rows shown to a file (.md .csv .json)",
            (Purpose::Filter, Pane::Text) => "search",
            (Purpose::Filter, _) => "filter",
        };
        // The keys that end the line, from the keymap: "Enter keeps · Esc drops".
        let ends: Vec<String> = app
            .keymap
            .rows_for(Mode::Input)
            .filter_map(|r| {
                let word = match (input.purpose, r.binding.action) {
                    (Purpose::Write, Action::KeepInput) => "writes",
                    (Purpose::Write, Action::DropInput) => "cancels",
                    _ => r.binding.hint?,
                };
                Some(format!("{} {word}", r.keys.first()?.label()))
            })
            .collect();
        let line = Line::from(vec![
            Span::styled(
                match input.purpose {
                    Purpose::Write => format!("{what}: "),
                    Purpose::Filter => format!("{what} {}: /", input.pane.title().to_lowercase()),
                },
                theme::dim(),
            ),
            Span::raw(printable(&input.text).into_owned()),
            Span::styled("█", theme::key()),
            Span::styled(format!("   {}", ends.join(" · ")), theme::dim()),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let line = hint_line(&app.keymap, app.view.pane, area.width as usize);
    frame.render_widget(Paragraph::new(line), area);
}

/// The hint line for `pane` in `width` cells: help and quit (or close) first, then what this
/// pane does, then the rest; what does not fit is dropped and a `…` says so.
fn hint_line(keymap: &Keymap, pane: Pane, width: usize) -> Line<'static> {
    // The pane keys read as one hint while they are still 1 to 4.
    let numbered = ["articles", "text", "people", "timeline"]
        .iter()
        .zip('1'..)
        .all(|(name, c)| keymap.key_of(name) == Some(c.to_string()));
    let hinted: Vec<(String, &str, u8)> = keymap
        .rows_for(Mode::Pane(pane))
        .filter_map(|r| {
            let b = r.binding;
            let key = if b.action == Action::NextPane && numbered {
                "1-4".to_owned()
            } else {
                r.keys.first()?.label()
            };
            let rank = match (b.action, b.scope) {
                (Action::ToggleHelp, _) => 0,
                (Action::Quit | Action::Close, _) => 1,
                (_, Scope::Only(_)) => 2,
                (Action::NextPane, _) => 3,
                _ => 4,
            };
            Some((key, b.hint?, rank))
        })
        .collect();
    let mut by_rank: Vec<usize> = (0..hinted.len()).collect();
    by_rank.sort_by_key(|&i| hinted[i].2);
    const GAP: usize = 2;
    const MORE: &str = "  …";
    let mut used = 0;
    let mut keep = vec![false; hinted.len()];
    for (n, &i) in by_rank.iter().enumerate() {
        let (key, word, _) = &hinted[i];
        let cost = key.chars().count() + 1 + word.chars().count() + if n == 0 { 0 } else { GAP };
        let reserve = if n + 1 < by_rank.len() { MORE.chars().count() } else { 0 };
        if used + cost + reserve > width {
            break;
        }
        used += cost;
        keep[i] = true;
    }
    let dropped = keep.contains(&false);
    // Shown in keymap order, so the line reads the same in every pane.
    let mut spans = Vec::new();
    for (key, word, _) in hinted.iter().zip(&keep).filter(|(_, k)| **k).map(|(h, _)| h) {
        let (key, word) = (key.clone(), *word);
        if !spans.is_empty() {
            spans.push(Span::styled("  ", theme::dim()));
        }
        spans.push(Span::styled(key, theme::key()));
        spans.push(Span::raw(format!(" {word}")));
    }
    if dropped {
        spans.push(Span::styled(MORE, theme::dim()));
    }
    Line::from(spans)
}

/// Draws the help overlay from line `scroll` (the app keeps it in range) and returns how many
/// lines fit.
pub fn help(frame: &mut Frame, screen: Rect, keymap: &Keymap, scroll: usize) -> usize {
    let keys_label = |r: &Row| {
        if r.keys.is_empty() {
            "(unbound)".to_owned()
        } else {
            r.keys.iter().map(|k| k.label()).collect::<Vec<_>>().join(" ")
        }
    };
    let width = keymap.rows.iter().map(|r| keys_label(r).chars().count()).max().unwrap_or(0);
    let box_width = screen.width.min(96);
    let text_width = (box_width as usize).saturating_sub(width + 4);
    let lines: Vec<Line> = keymap
        .rows
        .iter()
        .map(|r| {
            Line::from(vec![
                Span::styled(format!("{:>width$}  ", keys_label(r)), theme::key()),
                Span::raw(fit(&format!("{}{}", r.binding.scope.label(), r.binding.help), text_width)),
            ])
        })
        .collect();
    let area = centered(screen, box_width, lines.len() as u16 + 2);
    let rows = area.height.saturating_sub(2) as usize;
    // Longer than the screen: j/k scroll it, and the frame says there is more.
    let first = |name: &str| keymap.key_of(name).unwrap_or_default();
    let more = if scroll + rows < lines.len() {
        format!(" ↓ {} for more ", first("help-down"))
    } else {
        String::new()
    };
    let closers: Vec<String> = keymap
        .rows
        .iter()
        .find(|r| r.binding.name == "help-close")
        .map(|r| r.keys.iter().take(2).map(|k| k.label()).collect())
        .unwrap_or_default();
    let block = Block::bordered()
        .title(format!(" Keys — {} closes ", closers.join(" or ")))
        .title_bottom(Line::from(more).right_aligned())
        .border_style(theme::border_focused());
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll as u16, 0)), area);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn the_hint_line_keeps_help_and_quit_and_marks_what_it_dropped() {
        let keymap = Keymap::default();
        let narrow = text(&hint_line(&keymap, Pane::Text, 60));
        assert!(narrow.contains("? help") && narrow.contains("q close") && narrow.ends_with('…'), "{narrow}");
        assert!(narrow.chars().count() <= 60);
        let wide = text(&hint_line(&keymap, Pane::Articles, 200));
        assert!(wide.contains("q quit") && wide.contains("1-4 panes") && !wide.contains('…'), "{wide}");
    }
}
