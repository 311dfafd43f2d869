//! Words and punctuation of a sentence, as byte ranges, shaped for finding names: initials and
//! dotted abbreviations keep their periods ("J.", "U.S.", "Gen."), a possessive `'s` is split off,
//! and hyphenated or apostrophised names stay whole ("Jae-in", "O'Brien", "al-Assad").

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    /// A possessive `'s` or a lone apostrophe after a plural (`Workers'`).
    Possessive,
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: Kind,
}

impl Token {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.range.clone()]
    }

    /// A word starting with a capital letter.
    pub fn is_capitalised(&self, s: &str) -> bool {
        self.kind == Kind::Word && self.text(s).chars().next().is_some_and(char::is_uppercase)
    }
}

/// Words that keep a following period.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "Lt", "Col", "Capt",
    "Maj", "Sgt", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Insp", "Cpl", "Ft", "Mt",
];

/// Tokenises `s`; ranges are byte ranges of `s`.
pub fn tokenize(s: &str) -> Vec<Token> {
    // Byte positions; `at(i)` decodes the character starting there (ASCII is the common case).
    let at = |i: usize| -> Option<char> {
        match s.as_bytes().get(i) {
            Some(&b) if b.is_ascii() => Some(b as char),
            Some(_) => s.get(i..).and_then(|rest| rest.chars().next()),
            None => None,
        }
    };
    let len_at = |i: usize| at(i).map_or(1, char::len_utf8);
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_alphabetic() {
            let start = i;
            i += c.len_utf8();
            while let Some(c) = at(i) {
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
                        i = after;
                    }
                    '-' if next.is_some_and(char::is_alphabetic) => i += 1,
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
            let keeps_period = at(i) == Some('.')
                && (word.chars().count() == 1 || word.contains('.') || ABBREVIATIONS.contains(&word));
            if keeps_period {
                i += 1;
            }
            out.push(Token { range: start..i, kind: Kind::Word });
        } else if c.is_ascii_digit() {
            let start = i;
            while at(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            out.push(Token { range: start..i, kind: Kind::Number });
        } else if matches!(c, '\'' | '\u{2019}') && out.last().is_some_and(|t: &Token| t.kind == Kind::Word) {
            let start = i;
            i += c.len_utf8();
            if matches!(at(i), Some('s' | 'S')) && !at(i + 1).is_some_and(char::is_alphanumeric) {
                i += 1;
            }
            out.push(Token { range: start..i, kind: Kind::Possessive });
        } else {
            out.push(Token { range: i..i + c.len_utf8(), kind: Kind::Punct });
            i += c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
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
}
