//! Words and punctuation of a sentence, as spans of the body, shaped for finding names and dates:
//! initials and dotted abbreviations keep their periods ("J.", "U.S.", "Gen."), a possessive `'s`
//! is split off, and hyphenated or apostrophised names stay whole ("Jae-in", "O'Brien", "al-Assad").

use crate::span::Span;

use super::lexicon::Lex;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A run of ASCII digits.
    Number,
    /// A possessive `'s` or a lone apostrophe after a plural (`Workers'`).
    Possessive,
    Punct,
}

/// How a token is written, as bits.
pub mod shape {
    /// Starts with a capital letter.
    pub const CAP: u8 = 1;
    /// Two or more letters, all capitals ("NASA", "KIM").
    pub const CAPS: u8 = 2;
    /// A single letter, with or without a period ("J.", "K").
    pub const INITIAL: u8 = 4;
    /// Ends with a period that belongs to it ("Gen.", "U.S.").
    pub const DOT: u8 = 8;
    pub const HYPHEN: u8 = 16;
    /// Holds a character outside ASCII.
    pub const NON_ASCII: u8 = 32;
    /// Follows the previous token with no space between.
    pub const JOINED: u8 = 64;
    /// An apostrophe inside ("O'Brien", "d'Orvalle").
    pub const APOSTROPHE: u8 = 128;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    pub shape: u8,
    /// What the word lists say of it (filled in by the document reader).
    pub lex: Lex,
}

impl Token {
    pub fn has(&self, bits: u8) -> bool {
        self.shape & bits != 0
    }

    /// A word starting with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.has(shape::CAP)
    }
}

/// Words that keep a following period.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "St", "Jr", "Sr",
    "Lt", "Col", "Capt", "Maj", "Sgt", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Insp", "Cpl", "Ft",
    "Mt", "Inc", "Corp", "Co", "Cos", "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "No", "Nos", "Bros", "vs", "Messrs", "Mmes", "Fr", "Sgt", "Pvt", "Cpt",
];

/// Tokenises `s`, whose first byte is byte `base` of the body, appending to `out`.
pub fn tokenize(s: &str, base: usize, out: &mut Vec<Token>) {
    // Byte positions; `at(i)` decodes the character starting there (ASCII is the common case).
    let at = |i: usize| -> Option<char> {
        match s.as_bytes().get(i) {
            Some(&b) if b.is_ascii() => Some(b as char),
            Some(_) => s.get(i..).and_then(|rest| rest.chars().next()),
            None => None,
        }
    };
    let len_at = |i: usize| at(i).map_or(1, char::len_utf8);
    let mut i = 0;
    let mut last_end = usize::MAX;
    let mut push = |out: &mut Vec<Token>, start: usize, end: usize, kind: Kind, mut shape: u8| {
        if start == last_end {
            shape |= self::shape::JOINED;
        }
        last_end = end;
        out.push(Token { span: Span::new(base + start, base + end), kind, shape, lex: Lex::NONE });
    };
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_alphabetic() {
            let start = i;
            i += c.len_utf8();
            let mut bits = 0;
            let bytes = s.as_bytes();
            loop {
                // Plain ASCII letters and digits, the common case, without decoding.
                while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                    i += 1;
                }
                let Some(c) = at(i) else { break };
                let next = at(i + c.len_utf8());
                match c {
                    c if c.is_alphanumeric() => i += c.len_utf8(),
                    '\'' | '\u{2019}' if next.is_some_and(char::is_alphabetic) => {
                        // "Kim's" ends here; "O'Brien" goes on.
                        let after = i + c.len_utf8();
                        let possessive = matches!(at(after), Some('s' | 'S'))
                            && !at(after + 1).is_some_and(char::is_alphanumeric);
                        if possessive {
                            break;
                        }
                        bits |= shape::APOSTROPHE;
                        i = after;
                    }
                    '-' if next.is_some_and(char::is_alphabetic) => {
                        bits |= shape::HYPHEN;
                        i += 1;
                    }
                    // "U.S.": a letter, a period, a letter.
                    '.' if next.is_some_and(char::is_alphabetic)
                        && at(i + 1 + len_at(i + 1)) == Some('.') =>
                    {
                        i += 1 + len_at(i + 1);
                    }
                    _ => break,
                }
            }
            let word = &s[start..i];
            let single = word.len() == c.len_utf8();
            let first = if word.is_ascii() {
                // The first letter is the first byte: a word starts with a letter.
                let first = word.as_bytes()[0] as char;
                if first.is_ascii_uppercase() {
                    bits |= shape::CAP;
                    if !single && !word.bytes().any(|b| b.is_ascii_lowercase()) {
                        bits |= shape::CAPS;
                    }
                }
                first
            } else {
                bits |= shape::NON_ASCII;
                let mut letters = word.chars().filter(|c| c.is_alphabetic());
                let first = letters.next().unwrap_or('a');
                if first.is_uppercase() {
                    bits |= shape::CAP;
                    if !single && letters.clone().all(|c| !c.is_lowercase()) {
                        bits |= shape::CAPS;
                    }
                }
                first
            };
            if single {
                bits |= shape::INITIAL;
            }
            // An initial is a capital ("J."); "1990s." keeps its period for the sentence.
            let keeps_period = at(i) == Some('.')
                && ((single && first.is_uppercase()) || word.contains('.') || ABBREVIATIONS.contains(&word));
            if keeps_period {
                i += 1;
                bits |= shape::DOT;
            }
            push(out, start, i, Kind::Word, bits);
        } else if c.is_ascii_digit() {
            let start = i;
            while at(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            push(out, start, i, Kind::Number, 0);
        } else if matches!(c, '\'' | '\u{2019}') && out.last().is_some_and(|t: &Token| t.kind == Kind::Word) {
            let start = i;
            i += c.len_utf8();
            if matches!(at(i), Some('s' | 'S')) && !at(i + 1).is_some_and(char::is_alphanumeric) {
                i += 1;
            }
            push(out, start, i, Kind::Possessive, 0);
        } else {
            push(out, i, i + c.len_utf8(), Kind::Punct, 0);
            i += c.len_utf8();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<Token> {
        let mut out = Vec::new();
        tokenize(s, 0, &mut out);
        out
    }

    fn words(s: &str) -> Vec<&str> {
        tokens(s).iter().map(|t| &s[t.span]).collect()
    }

    #[test]
    fn initials_and_abbreviations_keep_their_periods() {
        assert_eq!(
            words("U.S. Gen. J. K. Rowling spoke."),
            ["U.S.", "Gen.", "J.", "K.", "Rowling", "spoke", "."]
        );
    }

    #[test]
    fn possessives_split_and_inner_marks_stay() {
        assert_eq!(
            words("Kim's aide O'Brien met Moon Jae-in."),
            ["Kim", "'s", "aide", "O'Brien", "met", "Moon", "Jae-in", "."]
        );
        assert_eq!(words("the Workers' Party"), ["the", "Workers", "'", "Party"]);
    }

    #[test]
    fn non_ascii_letters_and_quotes() {
        let s = "Müller’s talk with Ødegaard — “ok”.";
        assert_eq!(words(s), ["Müller", "’s", "talk", "with", "Ødegaard", "—", "“", "ok", "”", "."]);
    }

    #[test]
    fn punctuation_and_numbers() {
        assert_eq!(words("(Kim, right) -- 2018"), ["(", "Kim", ",", "right", ")", "-", "-", "2018"]);
    }

    #[test]
    fn shapes() {
        let t = tokens("NASA hired J. Doe-Smith in 1990s");
        assert!(t[0].has(shape::CAP | shape::CAPS));
        assert!(!t[1].has(shape::CAP));
        assert!(t[2].has(shape::INITIAL) && t[2].has(shape::DOT));
        assert!(t[3].has(shape::HYPHEN) && !t[3].has(shape::CAPS));
        assert!(t[6].has(shape::JOINED) && !t[5].has(shape::JOINED), "'s' follows 1990 with no space");
    }
}
