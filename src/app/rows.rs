//! The Timeline's rows: with no filter they are every entry in order, which is held as a count
//! instead of millions of numbers.

use std::borrow::Cow;
use std::ops::Range;

/// Timeline entry indices, in the order shown.
#[derive(Debug, Clone)]
pub enum Rows {
    /// Entries `0..n`.
    All(u32),
    /// These entries.
    Some(Vec<u32>),
}

impl Default for Rows {
    fn default() -> Rows {
        Rows::All(0)
    }
}

impl Rows {
    pub fn len(&self) -> usize {
        match self {
            Rows::All(n) => *n as usize,
            Rows::Some(rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entry of row `i`.
    pub fn get(&self, i: usize) -> Option<u32> {
        match self {
            Rows::All(n) => (i < *n as usize).then_some(i as u32),
            Rows::Some(rows) => rows.get(i).copied(),
        }
    }

    /// The entries of rows `range`, cut to the rows there are.
    pub fn slice(&self, range: Range<usize>) -> Cow<'_, [u32]> {
        let end = range.end.min(self.len());
        let start = range.start.min(end);
        match self {
            Rows::All(_) => Cow::Owned((start as u32..end as u32).collect()),
            Rows::Some(rows) => Cow::Borrowed(&rows[start..end]),
        }
    }

    /// The entries in row order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = u32> + ExactSizeIterator + '_ {
        (0..self.len()).map(move |i| match self {
            Rows::All(_) => i as u32,
            Rows::Some(rows) => rows[i],
        })
    }

    /// The row showing `entry`, if one does.
    pub fn position(&self, entry: u32) -> Option<usize> {
        match self {
            Rows::All(n) => (entry < *n).then_some(entry as usize),
            Rows::Some(rows) => rows.iter().position(|&r| r == entry),
        }
    }
}

/// The same rows, however they are held.
impl PartialEq for Rows {
    fn eq(&self, other: &Rows) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Rows {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_rows_read_like_the_list_of_every_entry() {
        let (all, list) = (Rows::All(5), Rows::Some(vec![0, 1, 2, 3, 4]));
        assert_eq!(all, list);
        assert_eq!((all.len(), all.get(4), all.get(5)), (5, Some(4), None));
        assert_eq!(all.slice(3..9).as_ref(), &[3, 4]);
        assert_eq!(all.iter().rev().collect::<Vec<_>>(), [4, 3, 2, 1, 0]);
        assert_eq!((all.position(2), all.position(7)), (Some(2), None));
        let some = Rows::Some(vec![7, 2]);
        assert_eq!((some.position(2), some.get(0), some.slice(1..5).as_ref()), (Some(1), Some(7), &[2][..]));
        assert_ne!(some, Rows::All(2));
    }
}
