//! The bookmarks list, over the panes: each bookmark's article and the name or date marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListState, Paragraph, Wrap};

use super::{centered, fit, theme};
use crate::app::App;
use crate::app::keymap::Mode;
use crate::text::printable;

/// Draws the list centred on `screen`.
pub fn draw(frame: &mut Frame, screen: Rect, app: &App) {
    let rows = app.bookmarks_here();
    let elsewhere = app.marks.bookmarks.len() - rows.len();
    let keys: Vec<String> = app
        .keymap
        .rows_for(Mode::Marks)
        .filter_map(|r| Some(format!("{} {}", r.keys.first()?.label(), short(r.binding.name))))
        .collect();
    let width = screen.width.min(100);
    let message = "No bookmarks here yet: b on an article, a name or a date adds one.";
    let inner = width.saturating_sub(2).max(1) as usize;
    let lines = if rows.is_empty() { message.len().div_ceil(inner) } else { rows.len() };
    let height = (lines as u16 + 2).min(screen.height);
    let area = centered(screen, width, height);
    let mut block = Block::bordered()
        .title(format!(" Bookmarks ({}) ", rows.len()))
        .title_bottom(Line::from(format!(" {} ", keys.join(" · "))).right_aligned())
        .border_style(theme::border_focused());
    if elsewhere > 0 {
        block =
            block.title_bottom(Line::from(format!(" +{elsewhere} in articles not loaded ")).left_aligned());
    }
    frame.render_widget(Clear, area);
    if rows.is_empty() {
        let text = Paragraph::new(Span::styled(message, theme::dim())).wrap(Wrap { trim: true });
        frame.render_widget(text.block(block), area);
        return;
    }
    let items: Vec<Line> = rows
        .iter()
        .map(|&i| {
            let b = &app.marks.bookmarks[i];
            let title =
                app.bookmark_article(b).map_or(b.title.as_str(), |a| app.corpus.articles[a].title.as_str());
            let quote =
                if b.quote.is_empty() { String::new() } else { format!("“{}”  ", printable(&b.quote)) };
            let room = inner.saturating_sub(quote.chars().count() + 2);
            Line::from(vec![
                Span::styled("★ ", theme::key()),
                Span::styled(quote, theme::heading()),
                Span::raw(fit(&printable(title), room)),
            ])
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.bookmark_selected.min(rows.len() - 1)));
    frame.render_stateful_widget(
        List::new(items).block(block).highlight_style(theme::selected()),
        area,
        &mut state,
    );
}

/// The last word of a keymap row's name, for the list's own hint line ("open", "remove").
fn short(name: &str) -> &str {
    name.rsplit('-').next().unwrap_or(name)
}
