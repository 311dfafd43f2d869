//! The status bar, the key-hint line and the help overlay, all written from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::App;
use crate::app::keymap::{self, KEYMAP};
use crate::text::printable;

/// "3 articles · sample · 1 problem".
pub fn status(frame: &mut Frame, area: Rect, app: &App) {
    let n = app.corpus.articles.len();
    let mut spans = vec![Span::raw(format!(" {} · {}", plural(n, "article"), printable(&app.origin)))];
    if !app.corpus.problems.is_empty() {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(plural(app.corpus.problems.len(), "problem"), theme::WARNING));
        spans.push(Span::raw(" (listed on exit)"));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme::STATUS), area);
}

/// The bindings of the focused pane that carry a hint, as "key word".
pub fn hints(frame: &mut Frame, area: Rect, app: &App) {
    let mut spans = Vec::new();
    for binding in keymap::bindings_for(app.pane).filter(|b| b.hint.is_some()) {
        if !spans.is_empty() {
            spans.push(Span::styled("  ", theme::DIM));
        }
        spans.push(Span::styled(binding.keys[0].label(), theme::KEY));
        spans.push(Span::raw(format!(" {}", binding.hint.unwrap_or_default())));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Every binding, with all its keys, in a box in the middle of `screen`.
pub fn help(frame: &mut Frame, screen: Rect, _app: &App) {
    let width = KEYMAP.iter().map(|b| keys_label(b).chars().count()).max().unwrap_or(0);
    let lines: Vec<Line> = KEYMAP
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>width$}  ", keys_label(b)), theme::KEY),
                Span::raw(b.help),
            ])
        })
        .collect();
    let area = super::centered(screen, 64, lines.len() as u16 + 2);
    let block = Block::bordered().title(" Keys — Esc or ? closes ").border_style(theme::BORDER_FOCUSED);
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), area);
}

fn keys_label(b: &keymap::Binding) -> String {
    b.keys.iter().map(|k| k.label()).collect::<Vec<_>>().join(" ")
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}
