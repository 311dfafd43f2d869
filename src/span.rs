//! [`Span`]: a byte range of an article body in eight bytes.
//!
//! Everything found in a body (paragraphs, sentences, mentions, dates) is a span into it, so the
//! body is stored once and offsets stay valid for export, highlighting and jumping. Bodies are
//! limited to `u32::MAX` bytes (the loader refuses larger ones), which is what lets every offset
//! be a `u32`.

use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A byte range `start..end` of a body; `start <= end`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// The largest body, in bytes, whose offsets fit a [`Span`].
pub const MAX_BODY: usize = u32::MAX as usize;

impl Span {
    /// `start..end`; both must fit in `u32` (bodies are limited to [`MAX_BODY`] bytes).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end && end <= MAX_BODY, "span {start}..{end}");
        Span { start: start as u32, end: end as u32 }
    }

    /// The span of a `usize` range.
    pub fn of(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }

    /// An empty span at `at`.
    pub fn at(at: usize) -> Span {
        Span::new(at, at)
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Whether byte `at` lies inside.
    pub fn contains(self, at: usize) -> bool {
        self.start() <= at && at < self.end()
    }

    /// Whether `other` lies wholly inside.
    pub fn covers(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Moved `by` bytes to the right (a span of a part of the body made a span of the body).
    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start() + by, self.end() + by)
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::of(range)
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self.as_str()[span.range()]
    }
}

/// The span in `spans` (sorted, not overlapping) that contains byte `at`, by binary search.
pub fn containing(spans: &[Span], at: usize) -> Option<Span> {
    let i = spans.partition_point(|s| s.end() <= at);
    spans.get(i).copied().filter(|s| s.start() <= at)
}

/// The index range of the spans in `spans` (sorted by start) that start inside `within`.
pub fn starting_in<T>(spans: &[T], within: Span, start: impl Fn(&T) -> u32) -> Range<usize> {
    let first = spans.partition_point(|s| start(s) < within.start);
    let last = spans.partition_point(|s| start(s) < within.end);
    first..last.max(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_a_str_and_converts_from_ranges() {
        let body = "Kim met Pompeo.";
        let span = Span::of(8..14);
        assert_eq!(&body[span], "Pompeo");
        assert_eq!(Span::from(0..3).range(), 0..3);
        assert_eq!((span.len(), span.is_empty(), Span::at(4).is_empty()), (6, false, true));
    }

    #[test]
    fn containing_finds_the_enclosing_span() {
        let spans = [Span::of(0..5), Span::of(7..10)];
        assert_eq!(containing(&spans, 3), Some(spans[0]));
        assert_eq!(containing(&spans, 5), None);
        assert_eq!(containing(&spans, 9), Some(spans[1]));
        assert_eq!(containing(&spans, 10), None);
    }

    #[test]
    fn starting_in_selects_by_start() {
        let spans = [Span::of(0..2), Span::of(3..4), Span::of(6..8), Span::of(9..12)];
        assert_eq!(starting_in(&spans, Span::of(3..9), |s| s.start), 1..3);
        assert_eq!(starting_in(&spans, Span::of(13..20), |s| s.start), 4..4);
    }
}
