//! An article read once for both extractors: its sentences, their tokens, and what the word lists
//! say of each word. Work here is linear in the length of the body.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::{self, LEXICON, Lex, class};
use super::tokens::{Kind, Token, shape, tokenize};
use crate::corpus::{Article, Paragraph, ParagraphKind};
use crate::span::Span;
use crate::text;

/// A sentence: its span, its tokens (a range of [`Doc::tokens`]) and its paragraph's kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    pub kind: ParagraphKind,
    /// Most of its words are capitalised (a headline, a list of names): capitals say little.
    pub title_case: bool,
    /// Every word is in capitals ("CHESS - OKONJO BEATS DUNESK."): capitals say nothing.
    pub caps: bool,
}

/// An article as the extractors read it.
pub struct Doc<'a> {
    pub body: &'a str,
    /// The body with ASCII letters lower-cased: the same byte offsets, for lookups.
    lower: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// The day the article was written.
    pub dct: Option<NaiveDate>,
}

impl<'a> Doc<'a> {
    /// Reads an article.
    pub fn of(article: &'a Article) -> Doc<'a> {
        Doc::new(&article.body, &article.paragraphs(), article.date.map(|d| d.day))
    }

    /// Reads `body`, split into `paragraphs`, written on `dct`.
    pub fn new(body: &'a str, paragraphs: &[Paragraph], dct: Option<NaiveDate>) -> Doc<'a> {
        let mut doc = Doc {
            body,
            lower: body.to_ascii_lowercase(),
            tokens: Vec::with_capacity(body.len() / 5),
            sentences: Vec::new(),
            dct,
        };
        for p in paragraphs {
            for s in text::sentences(&body[p.span]) {
                let span = Span::of(s).shift(p.span.start());
                let first = doc.tokens.len();
                tokenize(&body[span], span.start(), &mut doc.tokens);
                let tokens = first..doc.tokens.len();
                let heading = p.kind == ParagraphKind::Heading;
                let title_case = title_case(body, &doc.tokens[tokens.clone()], heading);
                let caps =
                    doc.tokens[tokens.clone()].iter().all(|t| t.kind != Kind::Word || t.has(shape::CAPS));
                doc.sentences.push(Sentence { span, tokens, kind: p.kind, title_case, caps });
            }
        }
        let mut scratch = String::new();
        for i in 0..doc.tokens.len() {
            let t = doc.tokens[i];
            if t.kind == Kind::Word {
                doc.tokens[i].lex = doc.look_up(t, &mut scratch);
            }
        }
        doc
    }

    fn look_up(&self, t: Token, scratch: &mut String) -> Lex {
        let lower: &str = if t.has(shape::NON_ASCII) {
            scratch.clear();
            scratch.extend(self.body[t.span].chars().flat_map(char::to_lowercase));
            scratch
        } else {
            &self.lower[t.span]
        };
        let lex = LEXICON.word(lower);
        if lex == Lex::NONE && t.has(shape::DOT) {
            return LEXICON.word(&lower[..lower.len() - 1]);
        }
        if lex == Lex::NONE && t.has(shape::HYPHEN) {
            return hyphenated_title(lower, &self.body[t.span]);
        }
        if lex.is(class::CAPS_ONLY) && !t.has(shape::CAPS) {
            // "Un" in a Korean name is not the UN; keep what else the word is.
            return Lex { class: lex.class & !(class::DEMONYM | class::CAPS_ONLY), ..lex };
        }
        lex
    }

    /// The text of token `i`.
    #[inline]
    pub fn text(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.body[t.span])
    }

    /// Token `i` in lower case.
    #[inline]
    pub fn lower(&self, i: usize) -> Cow<'_, str> {
        match self.tokens.get(i) {
            None => Cow::Borrowed(""),
            Some(t) if t.has(shape::NON_ASCII) => Cow::Owned(self.body[t.span].to_lowercase()),
            Some(t) => Cow::Borrowed(&self.lower[t.span]),
        }
    }

    /// The lexicon entry of token `i` (none for punctuation and past the end).
    #[inline]
    pub fn lex(&self, i: usize) -> Lex {
        self.tokens.get(i).map_or(Lex::NONE, |t| t.lex)
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is `word`, a lower-case ASCII word or a punctuation mark (in any case).
    #[inline]
    pub fn is_word(&self, i: usize, word: &str) -> bool {
        // Most tokens differ in length from the word asked for: that settles it at once.
        self.tokens.get(i).is_some_and(|t| t.span.len() == word.len() && &self.lower[t.span] == word)
    }

    /// Whether token `i` is one of `words`, as [`Doc::is_word`] compares.
    #[inline]
    pub fn is_in(&self, i: usize, words: &lexicon::WordSet) -> bool {
        self.tokens.get(i).is_some_and(|t| words.contains(&self.lower[t.span]))
    }

    /// The span of tokens `range`.
    pub fn span(&self, range: Range<usize>) -> Span {
        Span { start: self.tokens[range.start].span.start, end: self.tokens[range.end - 1].span.end }
    }

    /// The text of tokens `range`, as written.
    pub fn phrase(&self, range: Range<usize>) -> &'a str {
        if range.is_empty() {
            return "";
        }
        &self.body[self.span(range)]
    }

    /// Tokens `range` lower-cased and joined by single spaces, as lexicon phrases are written.
    pub fn key(&self, range: Range<usize>) -> String {
        let mut key = String::new();
        for i in range {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&self.lower(i));
        }
        key
    }

    /// What the lexicon says of tokens `range` as one entry: a word, or a phrase of them.
    pub fn lex_of(&self, range: Range<usize>) -> Lex {
        let mut hashes = range.map(|k| lexicon::word_hash(&self.lower(k)));
        match (hashes.next(), hashes.next()) {
            (None, _) => Lex::NONE,
            (Some(word), None) => LEXICON.hashed(word),
            (Some(first), Some(second)) => {
                LEXICON.phrase_hashed(lexicon::phrase_hash([first, second].into_iter().chain(hashes)))
            }
        }
    }

    /// The longest multi-word lexicon entry starting at token `i` and ending before `end`: its
    /// length in tokens and its classes.
    pub fn phrase_at(&self, i: usize, end: usize) -> Option<(usize, Lex)> {
        if !self.lex(i).is(class::PHRASE) {
            return None;
        }
        let longest = LEXICON.longest_phrase.min(end.saturating_sub(i));
        // A phrase is words and the punctuation inside names ("Workers' Party" is not one). The
        // hashes of its prefixes are made in one pass, then tried longest first.
        let mut prefixes = [0u64; 16];
        let longest = longest.min(prefixes.len());
        let (mut n, mut h) = (0, lexicon::PHRASE_SEED);
        while n < longest && self.tokens[i + n].kind != Kind::Punct {
            h = lexicon::phrase_step(h, lexicon::word_hash(&self.lower(i + n)));
            prefixes[n] = h;
            n += 1;
        }
        (2..=n).rev().find_map(|n| {
            let lex = LEXICON.phrase_hashed(prefixes[n - 1]);
            (lex != Lex::NONE).then_some((n, lex))
        })
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }
}

/// A hyphenated word no list has that is a title: one that ends in a title written in lower
/// case ("singer-songwriter", "ex-minister"; not a double surname such as "Ross-King", nor
/// "four-star"), or a title joined by a preposition to what it is over ("editor-in-chief",
/// "investigator-in-charge").
fn hyphenated_title(lower: &str, written: &str) -> Lex {
    let title = |w: &str| LEXICON.word(w).is(class::TITLE);
    let (Some((head, rest)), Some((_, tail)), Some((_, tail_written))) =
        (lower.split_once('-'), lower.rsplit_once('-'), written.rsplit_once('-'))
    else {
        return Lex::NONE;
    };
    // "four-star": a count makes the compound an adjective.
    let counted = LEXICON.word(head).num != 0;
    let ends_in_title = tail_written.starts_with(char::is_lowercase) && title(tail) && !counted;
    let joined = rest.split_once('-').is_some_and(|(p, _)| matches!(p, "in" | "at" | "of"));
    if ends_in_title || joined && title(head) { Lex { class: class::TITLE, ..Lex::NONE } } else { Lex::NONE }
}

/// The words title case leaves in lower case.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off",
    "on", "per", "to", "up", "via", "vs", "vs.", "v.", "with", "from", "into", "over", "amid",
];

/// Most words capitalised, over three or more words: a headline or a list of names. A heading
/// line needs fewer: its short function words ("in", "as", "of") stay in lower case.
fn title_case(body: &str, tokens: &[Token], heading: bool) -> bool {
    let (mut words, mut caps) = (0, 0);
    for t in tokens.iter().filter(|t| t.kind == Kind::Word) {
        words += 1;
        if t.has(shape::CAP) {
            caps += 1;
        } else if !t.has(shape::HYPHEN) && !TITLE_CASE_LOWER.contains(&&body[t.span]) {
            // Title case leaves only short function words in lower case; "They included Karol
            // Nowak, Jan Lis and Ewa Bak." and "In Harlow, Ana Salem met Bo Chen." are names in
            // a sentence.
            return false;
        }
    }
    let share = if heading { 6 } else { 8 };
    words >= 4 && caps * 10 >= words * share
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::paragraphs;

    #[test]
    fn tokens_carry_their_classes_and_phrases_are_found() {
        let body = "Officials in New York said Gen. Smith met U.S. envoys.";
        let doc = Doc::new(body, &paragraphs(body), None);
        let find = |w: &str| (0..doc.tokens.len()).find(|&i| doc.text(i) == w).unwrap();
        assert_eq!(
            doc.phrase_at(find("New"), doc.tokens.len()).map(|(n, l)| (n, l.is(class::PLACE))),
            Some((2, true))
        );
        assert!(doc.lex(find("Gen.")).is(class::TITLE));
        assert!(doc.lex(find("U.S.")).is(class::DEMONYM));
        assert!(doc.lex(find("Smith")).is(class::SURNAME));
        assert_eq!(doc.sentences.len(), 1);
        assert!(!doc.sentences[0].title_case);
    }

    #[test]
    fn headlines_are_title_case() {
        let body = "Pompeo And Kim Meet In New York Ahead Of Summit\n\nThey met on Wednesday.";
        let doc = Doc::new(body, &paragraphs(body), None);
        assert!(doc.sentences[0].title_case && !doc.sentences[1].title_case);
    }

    #[test]
    fn a_sentence_of_names_with_a_verb_in_lower_case_is_no_headline() {
        let body = "In Harlow, Ana Salem met Bo Chen and Ivo Lang.";
        assert!(!Doc::new(body, &paragraphs(body), None).sentences[0].title_case);
        let body = "Salem Meets Chen in Harlow";
        assert!(Doc::new(body, &paragraphs(body), None).sentences[0].title_case);
    }
}
