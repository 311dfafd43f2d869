//! The timeline: a bar chart of entries per period for the current filters, then every entry in
//! calendar order with a date that shows its granularity, the expression, the sentence and the
//! people in it; undated entries last, in their own group.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, Paragraph, Sparkline};
use unicode_width::UnicodeWidthStr;

use super::{Mark, around, counted_title, empty, fit, list_area, marked_spans, pane_block, theme, window_of};
use crate::app::{App, Pane, Viewport};
use crate::text::printable;

const LABEL: usize = 20;
const EXPRESSION: usize = 16;
/// On a wide screen the label column grows to this for the rows shown, to take a weekday, a day
/// and a part of it whole ("Wed 19 Jun 2024 afternoon").
const WIDE_LABEL: usize = 25;
/// Rows the chart takes (bars and axis) when there is room for it.
const CHART_ROWS: u16 = 4;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, viewport: &mut Viewport) {
    let total = app.index.timeline.entries.len();
    let shown = app.visible.timeline.len();
    let title = counted_title("Timeline", shown, total);
    let block = pane_block(title, true);
    let inner = block.inner(area);
    if shown == 0 {
        let message = if total == 0 && app.loading.is_some() {
            "Dates appear here as the articles are indexed…"
        } else if total == 0 {
            "No dates found in these articles."
        } else {
            "No entry matches the filters (Esc removes the last one)."
        };
        viewport.list_rows = inner.height as usize;
        return empty(frame, area, block, message);
    }
    frame.render_widget(block, area);
    let chart_rows = if inner.height >= 12 { CHART_ROWS } else { 0 };
    let [chart, list] = Layout::vertical([Constraint::Length(chart_rows), Constraint::Min(0)]).areas(inner);
    if chart_rows > 0 {
        draw_chart(frame, chart, app);
    }
    viewport.list_rows = list.height as usize;
    let pos = app.view.timeline;
    let width = list.width as usize;
    let (shown, mut state) = window_of(app.visible.timeline.len(), pos, list.height);
    let items = app.visible.timeline.slice(shown);
    let labels: Vec<String> = items.iter().map(|&r| label(app, r)).collect();
    let longest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let rows: Vec<Line> = items.iter().zip(labels).map(|(&r, l)| row(app, r, l, longest, width)).collect();
    frame.render_stateful_widget(List::new(rows).highlight_style(theme::selected()), list, &mut state);
    list_area(viewport, list, Pane::Timeline, pos.top);
}

/// What a row says of its date: its value ("Wed 19 Jun 2024 morning"), or that it has none.
fn label(app: &App, r: u32) -> String {
    let e = app.entry(r);
    let x = &app.index.extractions[e.article as usize];
    if e.interval().is_none() {
        format!("undated · {}", e.label(&app.corpus, x))
    } else {
        e.label(&app.corpus, x)
    }
}

/// One row: `label`, the expression, the sentence around it and who is in it; `longest` is the
/// widest label on screen.
fn row(app: &App, r: u32, label: String, longest: usize, width: usize) -> Line<'static> {
    let e = app.entry(r);
    let a = &app.corpus.articles[e.article as usize];
    let undated = e.interval().is_none();
    let date = app.index.date(e);
    let label_style = if undated {
        theme::dim()
    } else {
        theme::date().remove_modifier(ratatui::style::Modifier::UNDERLINED)
    };
    let expression = printable(&a.body[date.span].replace('\n', " ")).into_owned();
    // Narrow screens give the sentence room: the leading columns shrink, and below 60 columns the
    // expression column goes (the sentence shows it, marked).
    let (label_width, expression_width) = match width {
        110.. => (longest.clamp(LABEL, WIDE_LABEL), EXPRESSION),
        70..110 => (LABEL, EXPRESSION),
        60..70 => (width / 3, width / 4),
        _ => (LABEL.min(width / 3), 0),
    };
    let mut lead = vec![Span::styled(format!("{:<label_width$} ", fit(&label, label_width)), label_style)];
    if expression_width > 0 {
        lead.push(Span::styled(
            format!("{:<expression_width$} ", fit(&expression, expression_width)),
            Style::new(),
        ));
    }
    lead.push(Span::styled("│ ", theme::dim()));
    let used: usize = lead.iter().map(|s| s.content.width()).sum();
    let names: Vec<String> =
        app.index.entry_people(e).into_iter().map(|p| app.index.people.people[p].name.clone()).collect();
    let people = if names.is_empty() { String::new() } else { format!("  · {}", names.join(", ")) };
    let people_width = if width > used + 40 { people.width().min((width - used) / 3) } else { 0 };
    let room = width.saturating_sub(used + people_width);
    // The sentence around the expression, so the date stays in view; `…` where it was cut.
    let sentence = app.index.entry_sentence(e).range();
    let window = around(&a.body, sentence.clone(), date.span.range(), room.saturating_sub(2));
    let mark = [Mark { span: date.span, style: theme::date(), person: None }];
    let (spans, _) = marked_spans(&a.body, window.clone(), Style::new(), &mark);
    let open = if window.start > sentence.start { "…" } else { "" };
    let close = if window.end < sentence.end { "…" } else { "" };
    let mut all = [lead, vec![Span::raw(open)], spans, vec![Span::raw(close)]].concat();
    if people_width > 0 {
        all.push(Span::styled(fit(&printable(&people), people_width), theme::person()));
    }
    Line::from(all)
}

/// The bucket a chart counts by, chosen from the span shown.
#[derive(Clone, Copy)]
enum Bucket {
    Year,
    Month,
    Day,
}

impl Bucket {
    fn of(first: NaiveDate, last: NaiveDate) -> Bucket {
        match (last - first).num_days() {
            d if d > 3 * 365 => Bucket::Year,
            d if d > 62 => Bucket::Month,
            _ => Bucket::Day,
        }
    }

    fn key(self, d: NaiveDate) -> i64 {
        match self {
            Bucket::Year => i64::from(d.year()),
            Bucket::Month => i64::from(d.year()) * 12 + i64::from(d.month0()),
            Bucket::Day => i64::from(d.num_days_from_ce()),
        }
    }

    fn label(self, d: NaiveDate) -> String {
        match self {
            Bucket::Year => d.format("%Y").to_string(),
            Bucket::Month => d.format("%b %Y").to_string(),
            Bucket::Day => d.format("%-d %b %Y").to_string(),
        }
    }

    fn unit(self) -> &'static str {
        match self {
            Bucket::Year => "entries per year",
            Bucket::Month => "entries per month",
            Bucket::Day => "entries per day",
        }
    }
}

fn draw_chart(frame: &mut Frame, area: Rect, app: &App) {
    let days = &app.visible.timeline_days;
    let (Some(&(first, _)), Some(&(last, _))) = (days.first(), days.last()) else {
        frame.render_widget(Paragraph::new("No dated entries to chart.").style(theme::dim()), area);
        return;
    };
    let bucket = Bucket::of(first, last);
    let (lo, hi) = (bucket.key(first), bucket.key(last));
    let buckets = (hi - lo + 1) as usize;
    let mut counts = vec![0u64; buckets];
    for &(d, n) in days {
        counts[(bucket.key(d) - lo) as usize] += n;
    }
    let width = area.width as usize;
    // Each bucket gets an equal share of the width; when there are too many, neighbours merge.
    let per = (width / buckets.max(1)).max(1);
    let merge = buckets.div_ceil(width.max(1));
    let merged: Vec<u64> = counts.chunks(merge).map(|c| c.iter().sum()).collect();
    // A period with one entry still shows beside one with thirty: at least one eighth of a row.
    let max = merged.iter().copied().max().unwrap_or(1);
    let floor = max.div_ceil(8 * u64::from(area.height.saturating_sub(1).max(1)));
    let data: Vec<u64> = merged
        .iter()
        .flat_map(|&c| std::iter::repeat_n(if c > 0 { c.max(floor) } else { 0 }, per))
        .take(width)
        .collect();
    let [bars, axis] =
        Layout::vertical([Constraint::Length(area.height.saturating_sub(1)), Constraint::Length(1)])
            .areas(area);
    frame.render_widget(Sparkline::default().data(&data).style(theme::bar()), bars);
    let (left, right, unit) = (bucket.label(first), bucket.label(last), bucket.unit());
    let gap = width.saturating_sub(left.width() + right.width() + unit.width()) / 2;
    let axis_text = format!(
        "{left}{}{unit}{}{right}",
        " ".repeat(gap),
        " ".repeat(width.saturating_sub(left.width() + right.width() + unit.width() + gap))
    );
    frame.render_widget(Paragraph::new(fit(&axis_text, width)).style(theme::dim()), axis);
}
