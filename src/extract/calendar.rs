//! The calendar's words — months, weekdays, seasons, units, number words, relative and vague time
//! words — with what each means, for the [`lexicon`](super::lexicon). Shared by the date grammar
//! and by people (a month or weekday is never a name on its own).

use super::lexicon::{Lex, class};

/// A unit of time, as [`Lex::cal`] holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Unit {
    Second = 1,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub fn from_cal(cal: u8) -> Option<Unit> {
        use Unit::*;
        [Second, Minute, Hour, Day, Week, Weekend, Fortnight, Month, Quarter, Half, Year, Decade, Century]
            .into_iter()
            .find(|u| *u as u8 == cal)
    }
}

/// A season, as [`Lex::cal`] holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum SeasonName {
    Spring = 1,
    Summer,
    Fall,
    Winter,
}

/// A part of the day, as [`Lex::cal`] holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Part {
    Morning = 1,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
}

/// What a relative word points to, as [`Lex::cal`] holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Relative {
    Last = 1,
    Next,
    This,
    Past,
    Coming,
    Previous,
    Following,
    Current,
}

/// What a vague word refers to, as [`Lex::cal`] holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Vagueness {
    Present = 1,
    Past,
    Future,
}

/// A holiday, as [`Lex::cal`] holds it: fixed ones by month and day in [`HOLIDAY_DATES`].
pub const HOLIDAY_DATES: &[(u8, u32, u32)] = &[
    (1, 12, 25),
    (2, 1, 1),
    (3, 12, 31),
    (4, 7, 4),
    (5, 2, 14),
    (6, 11, 11),
    (7, 10, 31),
    (8, 12, 24),
    (9, 12, 26),
    (10, 7, 1),
    (11, 7, 14),
    (12, 1, 26),
    (13, 4, 25),
    (14, 6, 19),
];

const fn lex(class: u64, num: u16, cal: u8) -> Lex {
    Lex { class, num, cal }
}

const M: u64 = class::MONTH;
const W: u64 = class::WEEKDAY;
const S: u64 = class::SEASON;
const U: u64 = class::UNIT;
const N: u64 = class::NUMBER;
const O: u64 = class::ORDINAL;
const R: u64 = class::RELATIVE;
const D: u64 = class::DEICTIC;
const P: u64 = class::DAY_PART;
const V: u64 = class::VAGUE;
const E: u64 = class::PERIOD_EDGE;
const H: u64 = class::HOLIDAY;

/// Every calendar word, lower case, with its meaning.
pub const WORDS: &[(&str, Lex)] = &[
    ("january", lex(M, 0, 1)),
    ("february", lex(M, 0, 2)),
    ("march", lex(M, 0, 3)),
    ("april", lex(M, 0, 4)),
    ("may", lex(M, 0, 5)),
    ("june", lex(M, 0, 6)),
    ("july", lex(M, 0, 7)),
    ("august", lex(M, 0, 8)),
    ("september", lex(M, 0, 9)),
    ("october", lex(M, 0, 10)),
    ("november", lex(M, 0, 11)),
    ("december", lex(M, 0, 12)),
    ("jan.", lex(M, 0, 1)),
    ("jan", lex(M, 0, 1)),
    ("feb.", lex(M, 0, 2)),
    ("feb", lex(M, 0, 2)),
    ("mar.", lex(M, 0, 3)),
    ("apr.", lex(M, 0, 4)),
    ("apr", lex(M, 0, 4)),
    ("jun.", lex(M, 0, 6)),
    ("jul.", lex(M, 0, 7)),
    ("aug.", lex(M, 0, 8)),
    ("aug", lex(M, 0, 8)),
    ("sep.", lex(M, 0, 9)),
    ("sept.", lex(M, 0, 9)),
    ("sept", lex(M, 0, 9)),
    ("oct.", lex(M, 0, 10)),
    ("oct", lex(M, 0, 10)),
    ("nov.", lex(M, 0, 11)),
    ("nov", lex(M, 0, 11)),
    ("dec.", lex(M, 0, 12)),
    ("dec", lex(M, 0, 12)),
    ("monday", lex(W, 0, 1)),
    ("tuesday", lex(W, 0, 2)),
    ("wednesday", lex(W, 0, 3)),
    ("thursday", lex(W, 0, 4)),
    ("friday", lex(W, 0, 5)),
    ("saturday", lex(W, 0, 6)),
    ("sunday", lex(W, 0, 7)),
    ("spring", lex(S, 0, 1)),
    ("summer", lex(S, 0, 2)),
    ("fall", lex(S, 0, 3)),
    ("autumn", lex(S, 0, 3)),
    ("winter", lex(S, 0, 4)),
    ("second", lex(U | O, 2, 1)),
    ("seconds", lex(U, 0, 1)),
    ("minute", lex(U, 0, 2)),
    ("minutes", lex(U, 0, 2)),
    ("hour", lex(U, 0, 3)),
    ("hours", lex(U, 0, 3)),
    ("day", lex(U, 0, 4)),
    ("days", lex(U, 0, 4)),
    ("week", lex(U, 0, 5)),
    ("weeks", lex(U, 0, 5)),
    ("weekend", lex(U, 0, 6)),
    ("weekends", lex(U, 0, 6)),
    ("fortnight", lex(U, 0, 7)),
    ("month", lex(U, 0, 8)),
    ("months", lex(U, 0, 8)),
    ("quarter", lex(U, 0, 9)),
    ("quarters", lex(U, 0, 9)),
    ("half", lex(U, 0, 10)),
    ("year", lex(U, 0, 11)),
    ("years", lex(U, 0, 11)),
    ("decade", lex(U, 0, 12)),
    ("decades", lex(U, 0, 12)),
    ("century", lex(U, 0, 13)),
    ("centuries", lex(U, 0, 13)),
    ("one", lex(N, 1, 0)),
    ("two", lex(N, 2, 0)),
    ("three", lex(N, 3, 0)),
    ("four", lex(N, 4, 0)),
    ("five", lex(N, 5, 0)),
    ("six", lex(N, 6, 0)),
    ("seven", lex(N, 7, 0)),
    ("eight", lex(N, 8, 0)),
    ("nine", lex(N, 9, 0)),
    ("ten", lex(N, 10, 0)),
    ("eleven", lex(N, 11, 0)),
    ("twelve", lex(N, 12, 0)),
    ("thirteen", lex(N, 13, 0)),
    ("fourteen", lex(N, 14, 0)),
    ("fifteen", lex(N, 15, 0)),
    ("sixteen", lex(N, 16, 0)),
    ("seventeen", lex(N, 17, 0)),
    ("eighteen", lex(N, 18, 0)),
    ("nineteen", lex(N, 19, 0)),
    ("twenty", lex(N, 20, 0)),
    ("thirty", lex(N, 30, 0)),
    ("forty", lex(N, 40, 0)),
    ("fifty", lex(N, 50, 0)),
    ("sixty", lex(N, 60, 0)),
    ("seventy", lex(N, 70, 0)),
    ("eighty", lex(N, 80, 0)),
    ("ninety", lex(N, 90, 0)),
    ("hundred", lex(N, 100, 0)),
    ("thousand", lex(N, 1000, 0)),
    ("dozen", lex(N, 12, 0)),
    ("first", lex(O, 1, 0)),
    ("third", lex(O, 3, 0)),
    ("fourth", lex(O, 4, 0)),
    ("fifth", lex(O, 5, 0)),
    ("sixth", lex(O, 6, 0)),
    ("seventh", lex(O, 7, 0)),
    ("eighth", lex(O, 8, 0)),
    ("ninth", lex(O, 9, 0)),
    ("tenth", lex(O, 10, 0)),
    ("eleventh", lex(O, 11, 0)),
    ("twelfth", lex(O, 12, 0)),
    ("last", lex(R, 0, 1)),
    ("next", lex(R, 0, 2)),
    ("this", lex(R, 0, 3)),
    ("past", lex(R, 0, 4)),
    ("coming", lex(R, 0, 5)),
    ("previous", lex(R, 0, 6)),
    ("preceding", lex(R, 0, 6)),
    ("following", lex(R, 0, 7)),
    ("current", lex(R | V, 0, 8)),
    ("today", lex(D, 0, 0)),
    ("tonight", lex(D, 0, 0)),
    ("yesterday", lex(D, 0, 0)),
    ("tomorrow", lex(D, 0, 0)),
    ("morning", lex(P, 0, 1)),
    ("afternoon", lex(P, 0, 2)),
    ("evening", lex(P, 0, 3)),
    ("night", lex(P, 0, 4)),
    ("noon", lex(P, 0, 5)),
    ("midday", lex(P, 0, 5)),
    ("midnight", lex(P, 0, 6)),
    ("now", lex(V, 0, 1)),
    ("currently", lex(V, 0, 1)),
    ("nowadays", lex(V, 0, 1)),
    ("presently", lex(V, 0, 1)),
    ("recently", lex(V, 0, 2)),
    ("lately", lex(V, 0, 2)),
    ("formerly", lex(V, 0, 2)),
    ("previously", lex(V, 0, 2)),
    ("recent", lex(V, 0, 2)),
    ("soon", lex(V, 0, 3)),
    ("future", lex(V, 0, 3)),
    ("early", lex(E, 0, 1)),
    ("mid", lex(E, 0, 2)),
    ("late", lex(E, 0, 3)),
    ("christmas", lex(H, 0, 1)),
    ("new year's day", lex(H, 0, 2)),
    ("new year's eve", lex(H, 0, 3)),
    ("independence day", lex(H, 0, 4)),
    ("valentine's day", lex(H, 0, 5)),
    ("veterans day", lex(H, 0, 6)),
    ("armistice day", lex(H, 0, 6)),
    ("halloween", lex(H, 0, 7)),
    ("christmas eve", lex(H, 0, 8)),
    ("christmas day", lex(H, 0, 1)),
    ("thanksgiving", lex(H, 0, 20)),
    ("thanksgiving day", lex(H, 0, 20)),
    ("easter", lex(H, 0, 21)),
    ("easter sunday", lex(H, 0, 21)),
    ("election day", lex(H, 0, 22)),
    ("memorial day", lex(H, 0, 23)),
    ("labor day", lex(H, 0, 24)),
    ("presidents day", lex(H, 0, 25)),
    ("boxing day", lex(H, 0, 9)),
    ("canada day", lex(H, 0, 10)),
    ("bastille day", lex(H, 0, 11)),
    ("australia day", lex(H, 0, 12)),
    ("anzac day", lex(H, 0, 13)),
    ("juneteenth", lex(H, 0, 14)),
    ("good friday", lex(H, 0, 26)),
    ("easter monday", lex(H, 0, 27)),
    ("martin luther king day", lex(H, 0, 28)),
];

/// Words that open longer date expressions without being calendar words themselves.
pub const DATE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "end",
    "beginning",
    "start",
    "middle",
    "over",
    "in",
    "at",
    "q1",
    "q2",
    "q3",
    "q4",
    "fiscal",
    "that",
    "earlier",
    "later",
    "right",
    "just",
    "until",
    "till",
    "these",
    "same",
    "year-ago",
    "year-earlier",
    "overnight",
    "several",
    "few",
    "post",
    "pre",
    "new",
    "election",
    "mid-afternoon",
    "mid-morning",
    "midafternoon",
    "midmorning",
    // "by year end", "by year's end".
    "year",
];

/// Words that may stand between "about" and a count ("almost two decades"); they open date
/// expressions too.
pub const APPROXIMATE: &[&str] = &[
    "almost",
    "nearly",
    "about",
    "over",
    "some",
    "roughly",
    "around",
    "approximately",
    "more",
    "less",
    "at",
];

/// Verbs of saying: after a known name word they make it someone who speaks.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "asked",
    "wrote",
    "tweeted",
    "argued",
    "insisted",
    "noted",
    "stated",
    "explained",
    "replied",
    "warned",
    "announced",
    "declared",
    "confirmed",
    "recalled",
    "admitted",
    "acknowledged",
    "testified",
    "conceded",
    "countered",
    "remarked",
    "responded",
];

/// Particles inside names ("von der Leyen", "bin Salman", "de la Cruz", "ap Gwyn").
pub const PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "bint", "ibn", "al", "el", "le",
    "la", "du", "dos", "das", "ter", "ten", "te", "ben", "abu", "y", "zu", "af", "dei", "degli", "arap",
    "wa", "ap",
];

/// Generational suffixes and British honours written after a name ("Jr.", "III", "OBE", "FRS").
pub const SUFFIXES: &[&str] = &[
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "obe", "mbe", "cbe", "kbe", "dbe", "gbe", "frs", "ra", "qc",
    "kc",
];

/// Month and weekday names, never a person's name on their own.
pub fn is_calendar_word(lex: Lex) -> bool {
    lex.is(class::MONTH | class::WEEKDAY)
}

/// Whether `word` (any case) is a month or weekday name.
pub fn is_calendar_name(word: &str) -> bool {
    is_calendar_word(super::lexicon::LEXICON.word(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_round_trip_through_their_code() {
        assert_eq!(Unit::from_cal(Unit::Quarter as u8), Some(Unit::Quarter));
        assert_eq!(Unit::from_cal(0), None);
        let day = WORDS.iter().find(|(w, _)| *w == "days").unwrap().1;
        assert_eq!(Unit::from_cal(day.cal), Some(Unit::Day));
    }
}
