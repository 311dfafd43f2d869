//! Paragraphs of a body and what they are: running text, a heading, a photo caption, a credit.
//!
//! Extraction treats captions and credits apart (a credit such as `[Getty/Kyodo]` names agencies,
//! never people) and the view styles them apart. Ranges are byte ranges into the body.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::span::Span;
use crate::text;

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Text,
    /// A short line without closing punctuation between paragraphs ("Little progress"), or a
    /// Markdown `#` heading.
    Heading,
    /// A paragraph wholly in parentheses, or a photo description followed by its credit.
    Caption,
    /// A photo or agency credit: `[Getty/Kyodo]`, `/VCG Photo`, `Photo: Reuters`.
    Credit,
}

/// A paragraph: a span of the body (trimmed of white space) and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    pub kind: ParagraphKind,
}

/// A line this long that ends mid-sentence continues on the next line (hard-wrapped text).
const WRAPPED_LINE: usize = 50;
const HEADING_MAX_CHARS: usize = 60;
const HEADING_MAX_WORDS: usize = 8;
const HEADLINE_MAX_CHARS: usize = 110;
const HEADLINE_MAX_WORDS: usize = 16;
const CREDIT_MAX_CHARS: usize = 40;

/// Splits `body` into classified paragraphs, in order, covering every non-blank line.
pub fn paragraphs(body: &str) -> Vec<Paragraph> {
    let blocks = blocks(body);
    let mut out = Vec::with_capacity(blocks.len());
    for (i, range) in blocks.iter().enumerate() {
        let is_last = i + 1 == blocks.len();
        classify(body, range.clone(), blocks.len() > 1 && !is_last, &mut out);
    }
    out
}

/// Groups lines into paragraphs: a blank line or a finished line ends one.
fn blocks(body: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut joinable = false;
    for line in text::lines(body) {
        let gap_is_blank =
            out.last().is_some_and(|prev| body[prev.end..line.start].matches('\n').count() > 1);
        if joinable && !gap_is_blank && !starts_block(&body[line.clone()]) {
            if let Some(prev) = out.last_mut() {
                prev.end = line.end;
            }
        } else {
            out.push(line.clone());
        }
        let s = &body[line];
        joinable =
            s.len() >= WRAPPED_LINE && !ends_sentence(s) && !starts_block(s) && trailing_credit(s).is_none();
    }
    out
}

fn starts_block(line: &str) -> bool {
    line.starts_with(['(', '[', '#', '/', '-', '*', '>'])
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ':', '"', '\'', ')', ']', '\u{201d}', '\u{2019}'])
}

fn classify(body: &str, range: Range<usize>, followed: bool, out: &mut Vec<Paragraph>) {
    let s = &body[range.clone()];
    let kind = if s.starts_with('#') {
        ParagraphKind::Heading
    } else if wholly_enclosed(s, '(', ')') {
        ParagraphKind::Caption
    } else if wholly_enclosed(s, '[', ']') || is_credit_line(s) {
        ParagraphKind::Credit
    } else if let Some(slash) = trailing_credit(s) {
        let cut = range.start + slash;
        let caption = Span::of(text::trim_range(body, range.start..cut));
        out.push(Paragraph { span: caption, kind: ParagraphKind::Caption });
        out.push(Paragraph { span: Span::new(cut, range.end), kind: ParagraphKind::Credit });
        return;
    } else if followed && looks_like_heading(s) {
        ParagraphKind::Heading
    } else {
        ParagraphKind::Text
    };
    out.push(Paragraph { span: Span::of(range), kind });
}

/// `(…)` where the first opening bracket closes at the very end.
fn wholly_enclosed(s: &str, open: char, close: char) -> bool {
    if !(s.starts_with(open) && s.ends_with(close)) {
        return false;
    }
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return i + c.len_utf8() == s.len();
            }
        }
    }
    false
}

fn is_credit_line(s: &str) -> bool {
    if s.starts_with('/') {
        return s.len() <= CREDIT_MAX_CHARS;
    }
    s.len() <= 2 * CREDIT_MAX_CHARS
        && ["photo:", "photos:", "photo by ", "photograph:", "credit:", "image:", "picture:", "source:"]
            .iter()
            .any(|p| s.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)))
}

/// The byte index of a credit such as ` /VCG Photo` ending a caption line.
fn trailing_credit(s: &str) -> Option<usize> {
    // The tail is short and holds no slash: the last " /" is among the last bytes, if anywhere.
    let from = s.len().saturating_sub(CREDIT_MAX_CHARS + 2);
    let slash = from + s.as_bytes()[from..].windows(2).rposition(|w| w == b" /")? + 1;
    let tail = &s[slash + 1..];
    let words = tail.split_whitespace().count();
    let capitalised = tail.chars().next().is_some_and(char::is_uppercase);
    let plain = !tail.contains(['.', ',', ';', '!', '?', '/']);
    (capitalised && plain && (1..=4).contains(&words) && tail.len() <= CREDIT_MAX_CHARS).then_some(slash)
}

fn looks_like_heading(s: &str) -> bool {
    // The cheap tests first: most paragraphs are long, or end a sentence.
    if s.len() > 4 * HEADLINE_MAX_CHARS
        || !s.chars().next().is_some_and(char::is_uppercase)
        || s.ends_with(['.', '!', '?', ',', ';', ':', '"', '\'', '\u{201d}'])
    {
        return false;
    }
    let (chars, words) = (s.chars().count(), s.split_whitespace().count());
    // A longer line in title case is a headline too ("Mayor Meets Rail Unions in Harlow as Strike
    // Looms").
    let capitalised = || s.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count();
    let short = chars <= HEADING_MAX_CHARS && words <= HEADING_MAX_WORDS;
    let headline =
        chars <= HEADLINE_MAX_CHARS && words <= HEADLINE_MAX_WORDS && capitalised() * 10 >= words * 6;
    short || headline
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(body: &str) -> Vec<(ParagraphKind, &str)> {
        paragraphs(body).into_iter().map(|p| (p.kind, &body[p.span])).collect()
    }

    #[test]
    fn captions_credits_and_text_in_blank_line_separated_bodies() {
        let body = "Pompeo met Kim on Wednesday.\n\n(Mike Pompeo)\n[Getty/Kyodo]\n\nMore text here.\n";
        assert_eq!(
            kinds(body),
            [
                (ParagraphKind::Text, "Pompeo met Kim on Wednesday."),
                (ParagraphKind::Caption, "(Mike Pompeo)"),
                (ParagraphKind::Credit, "[Getty/Kyodo]"),
                (ParagraphKind::Text, "More text here."),
            ]
        );
    }

    #[test]
    fn a_caption_line_ending_in_a_slash_credit_is_split() {
        let body = "Leaders sign a statement in Singapore, June 12, 2018. /VCG Photo\nThe talks went on.";
        assert_eq!(
            kinds(body),
            [
                (ParagraphKind::Caption, "Leaders sign a statement in Singapore, June 12, 2018."),
                (ParagraphKind::Credit, "/VCG Photo"),
                (ParagraphKind::Text, "The talks went on."),
            ]
        );
    }

    #[test]
    fn short_unpunctuated_lines_between_paragraphs_are_headings() {
        let body = "First line of text.\nLittle progress\nBut it went on.\n(With inputs from agencies)";
        assert_eq!(
            kinds(body),
            [
                (ParagraphKind::Text, "First line of text."),
                (ParagraphKind::Heading, "Little progress"),
                (ParagraphKind::Text, "But it went on."),
                (ParagraphKind::Caption, "(With inputs from agencies)"),
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let body = "This sentence is long enough that the writer wrapped it\nat the margin, and it ends here.\n\nNext.";
        assert_eq!(
            kinds(body),
            [
                (
                    ParagraphKind::Text,
                    "This sentence is long enough that the writer wrapped it\nat the margin, and it ends here."
                ),
                (ParagraphKind::Text, "Next."),
            ]
        );
    }

    #[test]
    fn parentheses_that_close_early_are_not_a_caption() {
        assert_eq!(kinds("(Korean) peninsula talks went on.")[0].0, ParagraphKind::Text);
    }

    #[test]
    fn a_longer_line_in_title_case_is_a_headline() {
        let body = "Mayor Meets Rail Unions in Harlow as the Strike Looms\n\nThe talks began at noon.";
        assert_eq!(kinds(body)[0].0, ParagraphKind::Heading);
        let body = "The mayor met rail unions in Harlow as the strike looms\n\nThe talks began at noon.";
        assert_eq!(kinds(body)[0].0, ParagraphKind::Text);
    }
}
