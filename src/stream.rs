//! Long listings written as they are made: records are encoded a chunk at a time on every core
//! and written in order, so no listing of a large corpus is ever held whole in memory.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

/// The most records encoded at once, and about how many bytes of them may be held: records of a
/// few hundred bytes go a thousand at a time, a person with a million mentions alone.
const CHUNK: usize = 1024;
const BUDGET: usize = 8 << 20;

/// Writes `items` in order, each as `encode` makes it from its position and itself.
pub fn in_order<'a, T: Sync>(
    out: &mut (impl Write + ?Sized),
    items: &'a [T],
    encode: impl Fn(usize, &'a T) -> io::Result<Vec<u8>> + Sync,
) -> io::Result<()> {
    let cores = rayon::current_num_threads();
    // A record for each core first; then as many as the records' size so far allows.
    let (mut at, mut take) = (0, cores);
    while at < items.len() {
        let chunk = &items[at..items.len().min(at + take)];
        let encoded: Vec<Vec<u8>> =
            chunk.par_iter().enumerate().map(|(k, item)| encode(at + k, item)).collect::<io::Result<_>>()?;
        let size: usize = encoded.iter().map(Vec::len).sum();
        for bytes in encoded {
            out.write_all(&bytes)?;
        }
        at += chunk.len();
        take = (BUDGET / (size / chunk.len()).max(1)).clamp(cores, CHUNK);
    }
    Ok(())
}

/// Writes a JSON array of `items`, one element a line, each the JSON of what `record` makes of
/// it and its position.
pub fn json_array<'a, T: Sync, R: Serialize>(
    out: &mut (impl Write + ?Sized),
    items: &'a [T],
    record: impl Fn(usize, &'a T) -> R + Sync,
) -> io::Result<()> {
    out.write_all(b"[")?;
    in_order(out, items, |i, item| {
        let lead: &[u8] = if i == 0 { b"\n" } else { b",\n" };
        Ok([lead, &json(&record(i, item))?].concat())
    })?;
    out.write_all(b"\n]")
}

/// One value as compact JSON that is safe to print on a terminal ([`crate::text::json_safe`]).
pub fn json(value: &impl Serialize) -> io::Result<Vec<u8>> {
    let json = serde_json::to_string(value)?;
    Ok(match crate::text::json_safe(&json) {
        std::borrow::Cow::Borrowed(_) => json.into_bytes(),
        std::borrow::Cow::Owned(safe) => safe.into_bytes(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_come_out_in_order_one_a_line_across_chunks() {
        let items: Vec<usize> = (0..CHUNK * 2 + 7).collect();
        let mut out = Vec::new();
        json_array(&mut out, &items, |_, &n| n * 2).unwrap();
        let text = String::from_utf8(out).unwrap();
        let back: Vec<usize> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        assert_eq!(text.lines().count(), items.len() + 2, "a line per element, and the brackets");
    }

    #[test]
    fn an_empty_array_is_valid_json() {
        let mut out = Vec::new();
        json_array(&mut out, &[] as &[u8], |_, &b| b).unwrap();
        assert_eq!(serde_json::from_slice::<Vec<u8>>(&out).unwrap(), Vec::<u8>::new());
    }
}
