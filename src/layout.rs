//! Word-wrapping a body into display lines that remember where they came from.
//!
//! A display line is a byte range of the body, so highlights (mentions, dates, search hits) are
//! found by intersecting ranges; the body itself is never copied or changed. No terminal here:
//! the view draws these lines, and the app uses them to bring a mention into view.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

use crate::corpus::{Paragraph, ParagraphKind};
use crate::text::printable;

/// One line on screen: a byte range of the body, or a blank line between paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayLine {
    pub range: Range<usize>,
    /// `None` for the blank line between paragraphs.
    pub kind: Option<ParagraphKind>,
}

/// The index of the display line holding byte `at` (the last line starting at or before it).
pub fn line_of(lines: &[DisplayLine], at: usize) -> usize {
    lines.partition_point(|l| l.range.start <= at).saturating_sub(1)
}

/// Wraps each paragraph to `width` columns, with a blank line between paragraphs (a credit stays
/// right under the caption it belongs to).
pub fn wrap(body: &str, paragraphs: &[Paragraph], width: usize) -> Vec<DisplayLine> {
    let width = width.max(1);
    let mut out = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 && p.kind != ParagraphKind::Credit {
            out.push(DisplayLine { range: p.span.start()..p.span.start(), kind: None });
        }
        for range in wrap_range(body, p.span.range(), width) {
            out.push(DisplayLine { range, kind: Some(p.kind) });
        }
    }
    out
}

/// Columns `s` takes once made printable.
pub fn columns(s: &str) -> usize {
    printable(s).chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Wraps one line of text to `width` columns at word boundaries: byte ranges of `s`.
pub fn wrap_text(s: &str, width: usize) -> Vec<Range<usize>> {
    wrap_range(s, 0..s.len(), width.max(1))
}

fn wrap_range(body: &str, range: Range<usize>, width: usize) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut line: Option<Range<usize>> = None;
    let mut line_cols = 0;
    for word in words(body, range) {
        let cols = columns(&body[word.clone()]);
        match &mut line {
            Some(current) if line_cols + 1 + cols <= width => {
                current.end = word.end;
                line_cols += 1 + cols;
            }
            _ => {
                if let Some(done) = line.take() {
                    lines.push(done);
                }
                if cols <= width {
                    line_cols = cols;
                    line = Some(word);
                } else {
                    // A word wider than the line is cut wherever the width runs out.
                    let mut pieces = split_to_width(body, word, width);
                    let last = pieces.pop();
                    lines.extend(pieces);
                    line_cols = last.as_ref().map_or(0, |r| columns(&body[r.clone()]));
                    line = last;
                }
            }
        }
    }
    lines.extend(line);
    lines
}

fn words(body: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let base = range.start;
    let slice = &body[range];
    let mut start = None;
    let mut out = Vec::new();
    for (i, c) in slice.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(base + s..base + i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(base + s..base + slice.len());
    }
    out.into_iter()
}

fn split_to_width(body: &str, word: Range<usize>, width: usize) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = word.start;
    let mut cols = 0;
    for (i, c) in body[word.clone()].char_indices() {
        let w = printable(c.encode_utf8(&mut [0; 4])).chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
        if cols + w > width && word.start + i > start {
            pieces.push(start..word.start + i);
            start = word.start + i;
            cols = 0;
        }
        cols += w;
    }
    pieces.push(start..word.end);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::paragraphs;

    fn lines(body: &str, width: usize) -> Vec<&str> {
        wrap(body, &paragraphs(body), width).into_iter().map(|l| &body[l.range]).collect()
    }

    #[test]
    fn wraps_at_word_boundaries_with_a_blank_line_between_paragraphs() {
        assert_eq!(lines("one two three four\n\nfive", 9), ["one two", "three", "four", "", "five"]);
    }

    #[test]
    fn a_credit_follows_its_caption_without_a_gap() {
        assert_eq!(
            lines("Text.\n\n(Caption)\n[Agency]\n\nMore.", 20),
            ["Text.", "", "(Caption)", "[Agency]", "", "More."]
        );
    }

    #[test]
    fn long_words_are_cut_and_wide_characters_count_double() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(lines("北朝鮮 talks", 6), ["北朝鮮", "talks"]);
    }

    #[test]
    fn ranges_point_into_the_body_unchanged() {
        let body = "Hard wrapped text that goes on for more than fifty\ncharacters here.";
        let wrapped = wrap(body, &paragraphs(body), 64);
        assert_eq!(
            &body[wrapped[0].range.clone()],
            "Hard wrapped text that goes on for more than fifty\ncharacters"
        );
        assert_eq!(&body[wrapped[1].range.clone()], "here.");
    }
}
