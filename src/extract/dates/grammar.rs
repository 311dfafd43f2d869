//! The shapes of date expressions, read from tokens: at each word that can start one, the longest
//! shape that fits becomes a [`Form`] holding what was said (numbers, names, directions). What it
//! means on the calendar is [`resolve`](super::resolve)'s business, and whether a bare word is a
//! date at all is [`cues`](super::cues)'.

use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::extract::calendar::{APPROXIMATE, Part, Relative, SeasonName, Unit, Vagueness};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{DETERMINERS, LEXICON, Lex, class};
use crate::extract::tokens::{Kind, shape};

/// A direction in time: how many units from the reference, and whether "the" came first ("the
/// next year" is usually a length of time, "next year" a calendar year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub n: i64,
    pub with_the: bool,
}

/// What a date expression says, before it is placed on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "June 12", "12 June 2018", "the 3rd of March", "Tuesday, June 12, 2018".
    Day { month: u32, day: u32, year: Option<i32> },
    /// "2018-05-30", "3/14/2018".
    Numeric(NaiveDate),
    /// "October 2000", "mid-October of 2000".
    MonthOfYear { month: u32, year: i32 },
    /// "February this year", "April of next year": a month of the article's year, or one on.
    MonthOfRelativeYear { month: u32, step: i64 },
    /// "the 14th of next month" (`step` 1), "on the 3rd" (no step: the tense decides the month).
    DayOfMonth { day: u32, step: Option<i64> },
    /// "June" (with a modifier that makes it a date: "mid-June", "the end of March", "last June").
    Month { month: u32, relative: Option<Relative>, bare: bool },
    /// "the end of the year", "the start of next month".
    EdgeOf { unit: Unit, step: i64 },
    /// "the first half", "the second half of 2011", "the first half of next year".
    Half { half: u32, year: Option<i32>, step: i64 },
    /// "Monday", "last Thursday", "Tuesday night".
    Weekday { day: Weekday, relative: Option<Relative>, part: Option<Part> },
    /// "today", "yesterday morning", "tonight".
    Deictic { offset: i64, part: Option<Part> },
    /// "this morning", "last night".
    PartOfToday { yesterday: bool, part: Part },
    /// "the next day", "the week before", "a year later": counted from the date just named.
    Narrative { unit: Unit, step: i64, spanning: bool },
    /// "last week", "this year", "earlier this month", "next quarter", "the past year".
    Relative { unit: Unit, step: Step },
    /// "the current quarter".
    Current { unit: Unit },
    /// "the weekend", "over the weekend".
    Weekend,
    /// "two days ago", "a year ago", "several years ago".
    Ago { n: Option<i64>, unit: Unit },
    /// "two weeks", "72 hours", "a six-month high", "three weeks later".
    Duration { n: i64, unit: Unit, later: Option<i64> },
    /// "the 1990s", "the '80s", "the early 1980s".
    Decade(i32),
    /// "the 20th century".
    Century(i32),
    /// "the first quarter", "the third quarter of 2017", "Q3 2017", "third-quarter profit".
    Quarter { quarter: u32, year: Option<i32>, step: i64 },
    /// "the quarter", "the latest quarter", "the year-ago quarter": the quarter being reported on.
    ReportedQuarter { years_back: i64 },
    /// "the quarter ended April 30": the calendar quarter most of its three months fall in.
    QuarterEnded { month: u32 },
    /// "last summer", "the spring", "the summer of 1969".
    Season { season: SeasonName, relative: Option<Relative>, year: Option<i32> },
    /// "6:40 p.m.", "18:00 UTC", "noon Saturday", "10 p.m. Wednesday".
    Time { hour: u32, minute: u32, utc: bool, weekday: Option<Weekday> },
    /// "now", "recently", "soon", "in the past".
    Vague(Vagueness),
    /// "2010", "in 1999", "nineteen ninety-six", "mid-1990".
    Year(i32),
    /// "fiscal 1990", "the fiscal year".
    FiscalYear { year: Option<i32> },
    /// "Christmas", "Thanksgiving", "New Year's Day", "Christmas Day 1950"; `week`: "Easter
    /// week", the week it falls in.
    Holiday { cal: u8, week: bool, year: Option<i32> },
    /// "the same day", "that day", "later that year": the date just named, or the article's.
    Anaphor { unit: Unit },
    /// "the 1988 period", "the 1988 quarter": that year's quarter in a results story, else the year.
    PeriodOfYear(i32),
    /// "year-ago results", "year-earlier net": last year.
    YearAgo,
    /// "in five years", "in two weeks": that far ahead of the article's date.
    In { n: i64, unit: Unit },
    /// "the week of March 6": the week that day falls in.
    WeekOf { month: u32, day: u32, year: Option<i32> },
    /// "4 p.m. EST Nov. 12".
    TimeOnDay { hour: u32, minute: u32, utc: bool, month: u32, day: u32, year: Option<i32> },
}

/// A form and the tokens it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub tokens: Range<usize>,
    pub form: Form,
}

/// Reads date expressions in one sentence.
pub struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The sentence's tokens.
    start: usize,
    end: usize,
}

/// Words after which a year written "'82" stands.
const YEAR_PREPOSITIONS: &[&str] = &["in", "of", "since", "from", "until", "by", "before", "after", "during"];

const WEEKDAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

impl<'d, 'a> Reader<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>, sentence: usize) -> Reader<'d, 'a> {
        let tokens = &doc.sentences[sentence].tokens;
        Reader { doc, start: tokens.start, end: tokens.end }
    }

    fn lex(&self, i: usize) -> Lex {
        if i < self.end { self.doc.lex(i) } else { Lex::NONE }
    }

    fn is(&self, i: usize, word: &str) -> bool {
        i < self.end && self.doc.is_word(i, word)
    }

    fn any(&self, i: usize, words: &[&str]) -> bool {
        i < self.end && words.iter().any(|w| self.doc.is_word(i, w))
    }

    fn number(&self, i: usize) -> Option<i64> {
        if i >= self.end {
            return None;
        }
        let t = self.doc.tokens[i];
        match t.kind {
            Kind::Number => self.doc.text(i).parse().ok().filter(|_| t.span.len() <= 9),
            Kind::Word if t.lex.is(class::NUMBER) => Some(i64::from(t.lex.num)),
            _ => None,
        }
    }

    /// A number of days in a month: "12", "12th", "3rd". Returns it and the tokens it takes.
    fn day_of_month(&self, i: usize) -> Option<(u32, usize)> {
        if i >= self.end || self.doc.tokens[i].kind != Kind::Number || self.doc.tokens[i].span.len() > 2 {
            return None;
        }
        let day: u32 = self.doc.text(i).parse().ok()?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let suffix = i + 1 < self.end
            && self.doc.tokens[i + 1].has(shape::JOINED)
            && self.any(i + 1, &["st", "nd", "rd", "th"]);
        Some((day, if suffix { 2 } else { 1 }))
    }

    /// A four-digit year 1600–2199 at `i` (not glued to more digits or letters).
    fn year(&self, i: usize) -> Option<i32> {
        if i >= self.end || self.doc.tokens[i].kind != Kind::Number || self.doc.tokens[i].span.len() != 4 {
            return None;
        }
        let y: i32 = self.doc.text(i).parse().ok()?;
        let glued = i + 1 < self.end
            && self.doc.tokens[i + 1].has(shape::JOINED)
            && matches!(self.doc.tokens[i + 1].kind, Kind::Word | Kind::Number);
        ((1600..=2199).contains(&y) && !glued).then_some(y)
    }

    fn month(&self, i: usize) -> Option<u32> {
        let lex = self.lex(i);
        lex.is(class::MONTH).then_some(u32::from(lex.cal))
    }

    fn weekday(&self, i: usize) -> Option<Weekday> {
        let lex = self.lex(i);
        (lex.is(class::WEEKDAY) && lex.cal >= 1).then(|| WEEKDAYS[usize::from(lex.cal - 1).min(6)])
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        let lex = self.lex(i);
        if lex.is(class::UNIT) { Unit::from_cal(lex.cal) } else { None }
    }

    fn part(&self, i: usize) -> Option<Part> {
        let lex = self.lex(i);
        if !lex.is(class::DAY_PART) {
            return None;
        }
        [Part::Morning, Part::Afternoon, Part::Evening, Part::Night, Part::Noon, Part::Midnight]
            .into_iter()
            .find(|p| *p as u8 == lex.cal)
    }

    fn relative(&self, i: usize) -> Option<Relative> {
        let lex = self.lex(i);
        if !lex.is(class::RELATIVE) {
            return None;
        }
        use Relative::*;
        [Last, Next, This, Past, Coming, Previous, Following, Current]
            .into_iter()
            .find(|r| *r as u8 == lex.cal)
    }

    /// The parts of a hyphenated token ("mid-June", "six-month", "third-quarter") with their
    /// classes.
    fn parts(&self, i: usize) -> Vec<(String, Lex)> {
        if i >= self.end || !self.doc.tokens[i].has(shape::HYPHEN) {
            return Vec::new();
        }
        self.doc.lower(i).split('-').map(|p| (p.to_owned(), LEXICON.word(p))).collect()
    }

    /// The longest date expression starting at token `i`.
    pub fn at(&self, i: usize) -> Option<Match> {
        let t = self.doc.tokens[i];
        let lex = t.lex;
        let found = match t.kind {
            Kind::Number => self.numeric(i).or_else(|| self.starting_with_number(i)),
            Kind::Word => {
                if lex.is(class::DATE_START) || t.has(shape::HYPHEN) || self.is_opening(i) {
                    self.starting_with_word(i)
                } else {
                    self.filing_code(i)
                }
            }
            _ => self.apostrophe_year(i),
        };
        found.filter(|m| m.tokens.end <= self.end)
    }

    /// A period in a filing's shorthand: "FY2023", "FY23", "FY 2023" (a fiscal year), "H1 2022"
    /// (a half of a year; only with its year: "H1" alone may be anything).
    fn filing_code(&self, i: usize) -> Option<Match> {
        let text = self.doc.text(i);
        if let Some(digits) = text.strip_prefix("FY") {
            let (year, end) = match (digits.len(), digits.parse::<i32>().ok()) {
                (0, _) => (self.year(i + 1)?, i + 2),
                (4, Some(y)) if (1600..=2199).contains(&y) => (y, i + 1),
                // "FY23": this century's up to '49, the last one's from '50.
                (2, Some(y)) => (if y < 50 { 2000 + y } else { 1900 + y }, i + 1),
                _ => return None,
            };
            return self.m(i..end, Form::FiscalYear { year: Some(year) });
        }
        let half = match text {
            "H1" => 1,
            "H2" => 2,
            _ => return None,
        };
        let year = self.year(i + 1)?;
        self.m(i..i + 2, Form::Half { half, year: Some(year), step: 0 })
    }

    /// Words that open longer expressions without being calendar words themselves.
    fn is_opening(&self, i: usize) -> bool {
        self.lex(i).is(class::DATE_OPENER)
    }

    fn approximate(&self, i: usize) -> bool {
        self.any(i, APPROXIMATE)
    }

    fn m(&self, tokens: Range<usize>, form: Form) -> Option<Match> {
        Some(Match { tokens, form })
    }

    /// "2018-05-30", "3/14/2018".
    fn numeric(&self, i: usize) -> Option<Match> {
        let joined = |k: usize| k < self.end && self.doc.tokens[k].has(shape::JOINED);
        let sep = |k: usize, c: &str| joined(k) && self.doc.text(k) == c && joined(k + 1);
        if self.doc.tokens[i].span.len() == 4 && sep(i + 1, "-") && sep(i + 3, "-") {
            let (y, m, d) = (self.number(i)?, self.number(i + 2)?, self.number(i + 4)?);
            let date = NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32)?;
            return self.m(i..i + 5, Form::Numeric(date));
        }
        if sep(i + 1, "/") && sep(i + 3, "/") && self.doc.tokens.get(i + 4)?.span.len() == 4 {
            let (a, b, y) = (self.number(i)? as u32, self.number(i + 2)? as u32, self.number(i + 4)? as i32);
            // 3/14/2018 is month first; 14/3/2018 can only be day first.
            let date =
                if a > 12 { NaiveDate::from_ymd_opt(y, b, a) } else { NaiveDate::from_ymd_opt(y, a, b) }?;
            return self.m(i..i + 5, Form::Numeric(date));
        }
        None
    }

    fn starting_with_number(&self, i: usize) -> Option<Match> {
        // "12 June 2018", "3rd of March".
        if let Some(m) = self.day_month(i, i) {
            return Some(m);
        }
        // Times: "6:40 p.m.", "18:00 UTC", "10 p.m. Wednesday".
        if let Some(m) = self.time(i) {
            return Some(m);
        }
        // "the 1990s" without "the": "1990s", "1980s".
        if let Some(m) = self.decade(i, i) {
            return Some(m);
        }
        // "20th century".
        if let Some(m) = self.century(i, i) {
            return Some(m);
        }
        // "May 3 and 4": a second day of the month just named ("May 3 and 4, 2004": of that year).
        if i >= 3
            && self.any(i - 1, &["and", "or"])
            && let Some((day, len)) = self.day_of_month(i)
            && self.day_of_month(i - 2).is_some_and(|(first, l)| l == 1 && first < day)
            && let Some(month) = self.month(i - 3)
            && self.doc.tokens.get(i + len).is_none_or(|t| t.kind != Kind::Word || t.lex.is(class::FUNCTION))
        {
            let mut end = i + len;
            let year = self.year_moving_end(&mut end);
            return self.m(i..end, Form::Day { month, day, year });
        }
        if let Some(m) = self.count(i, i) {
            return Some(m);
        }
        self.year(i).map(|y| Match { tokens: i..i + 1, form: Form::Year(y) })
    }

    /// "'80s": an apostrophe, then a decade; "in '82", "the class of '09": a year of the
    /// article's century, or of the one before when that would be more than ten years ahead (of
    /// the 1900s when the article has no date).
    fn apostrophe_year(&self, i: usize) -> Option<Match> {
        if !matches!(self.doc.text(i), "'" | "\u{2019}") || !self.doc.tokens.get(i + 1)?.has(shape::JOINED) {
            return None;
        }
        let n = self.number(i + 1)?;
        if n >= 100 || self.doc.tokens[i + 1].span.len() != 2 {
            return None;
        }
        let s_joined = self.is(i + 2, "s") && self.doc.tokens[i + 2].has(shape::JOINED);
        if s_joined {
            return (n % 10 == 0)
                .then(|| Match { tokens: i..i + 3, form: Form::Decade(190 + n as i32 / 10) });
        }
        // Only after a word that takes a year: not a quotation ("he said '82 was").
        if !i.checked_sub(1).is_some_and(|b| self.any(b, YEAR_PREPOSITIONS)) {
            return None;
        }
        let year = self.doc.dct.map_or(1900 + n as i32, |d| {
            let year = d.year() - d.year().rem_euclid(100) + n as i32;
            if year > d.year() + 10 { year - 100 } else { year }
        });
        Some(Match { tokens: i..i + 2, form: Form::Year(year) })
    }

    fn starting_with_word(&self, i: usize) -> Option<Match> {
        let lex = self.lex(i);
        if self.is(i, "the") {
            return self.after_the(i);
        }
        let tries: [&dyn Fn() -> Option<Match>; 19] = [
            &|| lex.is(class::WEEKDAY).then(|| self.weekday_first(i)).flatten(),
            // "noon Saturday", "midnight Friday"; "at midday": today's, "at noon on Friday" Friday's.
            &|| {
                let part = self.part(i)?;
                if let Some(day) = self.weekday(i + 1) {
                    return self.m(i..i + 2, Form::Weekday { day, relative: None, part: Some(part) });
                }
                let at = i
                    .checked_sub(1)
                    .is_some_and(|p| self.any(p, &["at", "by", "around", "before", "after", "until"]));
                if !(at && matches!(part, Part::Noon | Part::Midnight)) {
                    return None;
                }
                // "at noon on Friday", "Friday at noon": that day's, as an hour's would be.
                let form = match self.day_beside(i, i + 1) {
                    Some(Form::Weekday { day, .. }) => {
                        Form::Weekday { day, relative: None, part: Some(part) }
                    }
                    Some(Form::Day { month, day, year }) => {
                        let hour = if part == Part::Noon { 12 } else { 24 };
                        Form::TimeOnDay { hour, minute: 0, utc: false, month, day, year }
                    }
                    _ => Form::Deictic { offset: 0, part: Some(part) },
                };
                self.m(i..i + 1, form)
            },
            &|| lex.is(class::MONTH).then(|| self.month_first(i, i, None)).flatten(),
            // "Valentine's Day": a holiday's first word before "'s" opens a date.
            &|| {
                let possessive = lex.is(class::DATE_OPENER) && self.doc.kind(i + 1) == Some(Kind::Possessive);
                (lex.is(class::HOLIDAY) || lex.is(class::PHRASE) || possessive)
                    .then(|| self.holiday(i))
                    .flatten()
            },
            &|| lex.is(class::DEICTIC).then(|| self.deictic(i)).flatten(),
            &|| self.hyphenated(i),
            &|| lex.is(class::PERIOD_EDGE).then(|| self.period_edge(i, i)).flatten(),
            &|| lex.is(class::RELATIVE).then(|| self.relative_first(i, i)).flatten(),
            &|| lex.is(class::SEASON).then(|| self.season(i, i, None)).flatten(),
            &|| {
                self.any(i, &["early", "late", "earlier", "later"])
                    .then(|| {
                        let that =
                            if self.any(i, &["earlier", "later"]) { self.earlier_later(i) } else { None };
                        that.or_else(|| self.in_the_unit(i))
                    })
                    .flatten()
            },
            // "fourth quarter", "a flat second quarter".
            &|| lex.is(class::ORDINAL).then(|| self.quarter(i, i)).flatten(),
            // "year-earlier results", "year-ago levels".
            &|| {
                self.any(i, &["year-earlier", "year-ago"])
                    .then(|| Match { tokens: i..i + 1, form: Form::YearAgo })
            },
            // "will one day be", "hopes to some day return": a time ahead, not a length.
            &|| {
                let modal = |w: &str| {
                    matches!(w, "will" | "would" | "could" | "may" | "might" | "can" | "shall" | "'ll" | "to")
                };
                let ahead = self.any(i, &["one", "some"])
                    && self.is(i + 1, "day")
                    && i.checked_sub(1).is_some_and(|p| modal(&self.doc.lower(p)));
                ahead.then(|| Match { tokens: i..i + 2, form: Form::Vague(Vagueness::Future) })
            },
            &|| {
                (self.any(i, &["a", "an", "one", "several", "few"]) || lex.is(class::NUMBER))
                    .then(|| self.count(i, i).or_else(|| self.spelled_year(i)))
                    .flatten()
            },
            &|| {
                let skip = 1 + usize::from(self.any(i + 1, &["than", "least"]));
                self.approximate(i)
                    .then(|| self.count(i, i + skip).map(|m| Match { tokens: i..m.tokens.end, form: m.form }))
                    .flatten()
            },
            &|| self.any(i, &["end", "beginning", "start", "middle"]).then(|| self.edge(i, i)).flatten(),
            &|| self.phrase_vague(i),
            &|| self.other_openings(i),
            &|| {
                let v = [Vagueness::Present, Vagueness::Past, Vagueness::Future]
                    .into_iter()
                    .find(|v| *v as u8 == lex.cal);
                v.filter(|_| lex.is(class::VAGUE)).map(|v| Match { tokens: i..i + 1, form: Form::Vague(v) })
            },
        ];
        tries.iter().find_map(|f| f())
    }

    /// "Q3 2017", "fiscal 1990", "overnight", "post-1959".
    fn other_openings(&self, i: usize) -> Option<Match> {
        if self.any(i, &["q1", "q2", "q3", "q4"]) {
            let quarter = self.doc.lower(i).as_bytes()[1] - b'0';
            let year = self.year(i + 1);
            let end = if year.is_some() { i + 2 } else { i + 1 };
            return self.m(i..end, Form::Quarter { quarter: u32::from(quarter), year, step: 0 });
        }
        if self.is(i, "fiscal") {
            return self
                .year(i + 1)
                .map(|y| Match { tokens: i..i + 2, form: Form::FiscalYear { year: Some(y) } });
        }
        // "by year-end", "by year end", "by year's end": the end of this year.
        let year_end = if self.is(i, "year-end") {
            Some(i + 1)
        } else if self.is(i, "year") && self.is(i + 1, "end") {
            Some(i + 2)
        } else if self.is(i, "year")
            && self.doc.kind(i + 1) == Some(Kind::Possessive)
            && self.is(i + 2, "end")
        {
            Some(i + 3)
        } else {
            None
        };
        if let Some(end) = year_end {
            return self.m(i..end, Form::EdgeOf { unit: Unit::Year, step: 0 });
        }
        if self.is(i, "overnight") {
            return self.m(i..i + 1, Form::Deictic { offset: 0, part: Some(Part::Night) });
        }
        if self.any(i, &["post", "pre"]) && self.is(i + 1, "-") {
            return self.year(i + 2).map(|y| Match { tokens: i..i + 3, form: Form::Year(y) });
        }
        None
    }

    /// After "the": "the 3rd of March", "the 1990s", "the first quarter", "the end of …", "the next
    /// day", "the day before", "the weekend", "the current quarter", "the quarter".
    fn after_the(&self, i: usize) -> Option<Match> {
        let j = i + 1;
        if j >= self.end {
            return None;
        }
        if let Some(m) = self.day_month(i, j) {
            return Some(m);
        }
        if let Some(m) = self.decade(i, j).or_else(|| self.century(i, j)) {
            return Some(m);
        }
        // "the 14th of next month", "on the 3rd": a day of a month named by where it lies.
        if let Some((day, 2)) = self.day_of_month(j) {
            let k = j + 2;
            if let Some(step) = self.step(k + 1).filter(|_| self.is(k, "of") && self.is(k + 2, "month")) {
                return self.m(i..k + 3, Form::DayOfMonth { day, step: Some(step) });
            }
            let alone = self.doc.tokens.get(k).is_none_or(|t| t.kind == Kind::Punct);
            if i > 0 && self.is(i - 1, "on") && alone {
                return self.m(i..k, Form::DayOfMonth { day, step: None });
            }
        }
        if self.is(j, "'") || self.is(j, "\u{2019}") {
            return self.apostrophe_year(j).map(|m| Match { tokens: i..m.tokens.end, form: m.form });
        }
        // "the twenties", "the nineties".
        if let Some(n) = self.number(j).filter(|n| (20..=90).contains(n) && n % 10 == 0)
            && (self.doc.lower(j).ends_with('s') || self.is(j + 1, "s"))
        {
            return self.m(i..j + 1, Form::Decade(190 + n as i32 / 10));
        }
        if let Some(m) = self.spelled_decade(i, j) {
            return Some(m);
        }
        if self.any(j, &["end", "beginning", "start", "middle"]) {
            return self.edge(i, j);
        }
        if let Some(m) = self.quarter(i, j) {
            return Some(m);
        }
        if self.is(j, "weekend") {
            return self.m(i..j + 1, Form::Weekend);
        }
        // "the week of March 6": that day's week.
        if self.is(j, "week")
            && self.is(j + 1, "of")
            && j + 2 < self.end
            && let Some(m) = self.at(j + 2)
            && let Form::Day { month, day, year } = m.form
        {
            return self.m(i..m.tokens.end, Form::WeekOf { month, day, year });
        }
        if self.is(j, "same") && self.unit(j + 1).is_some() {
            return self.m(i..j + 2, Form::Anaphor { unit: self.unit(j + 1)? });
        }
        if self.is(j, "year") && self.any(j + 1, &["two", "nineteen"]) {
            return self.spelled_year(j + 1).map(|m| Match { tokens: i..m.tokens.end, form: m.form });
        }
        if self.is(j, "fiscal") && self.is(j + 1, "year") {
            return self.m(i..j + 2, Form::FiscalYear { year: None });
        }
        if self.any(j, &["current", "latest", "recent"]) && self.is(j + 1, "fiscal") && self.is(j + 2, "year")
        {
            return self.m(i..j + 3, Form::FiscalYear { year: None });
        }
        if self.is(j, "current") {
            let unit = self.unit(j + 1)?;
            return self.m(i..j + 2, Form::Current { unit });
        }
        // "for the year", "for the full year", "the first nine months of the year", "the year
        // ended Sept. 30": the year a report covers, the article's own.
        let year = j + usize::from(self.is(j, "full"));
        if self.is(year, "year") && !self.is(year + 1, "-") {
            let reported = i.checked_sub(1).is_some_and(|p| {
                self.is(p, "for")
                    || self.is(p, "of")
                        && p > 0
                        && self.any(p - 1, &["months", "half", "quarter", "part", "rest", "remainder"])
            }) || self.any(year + 1, &["ended", "ending"]);
            if reported {
                return self.m(i..year + 1, Form::Current { unit: Unit::Year });
            }
        }
        if self.is(j, "latest") && self.any(j + 1, &["quarter", "period"]) {
            return self.m(i..j + 2, Form::ReportedQuarter { years_back: 0 });
        }
        if self.any(j, &["year-ago", "year-earlier"]) && self.any(j + 1, &["quarter", "period"]) {
            return self.m(i..j + 2, Form::ReportedQuarter { years_back: 1 });
        }
        // "the year-earlier fourth quarter": last year's, as "last year's fourth quarter".
        if self.any(j, &["year-ago", "year-earlier"])
            && let Some(m) = self.quarter(j + 1, j + 1)
            && let Form::Quarter { quarter, year: None, step: 0 } = m.form
        {
            return self.m(i..m.tokens.end, Form::Quarter { quarter, year: None, step: -1 });
        }
        if self.is(j, "quarter") && !self.is(j + 1, "of") {
            // "the quarter a year ago": that quarter last year.
            if let Some(m) = self.count(j + 1, j + 1).filter(|m| {
                matches!(
                    m.form,
                    Form::Ago { n: Some(1), unit: Unit::Year }
                        | Form::Duration { n: 1, unit: Unit::Year, later: Some(-1) }
                )
            }) {
                return self.m(i..m.tokens.end, Form::ReportedQuarter { years_back: 1 });
            }
            // "the quarter ended April 30": the three months up to then.
            if self.any(j + 1, &["ended", "ending"])
                && let Some(month) = self.month(j + 2)
            {
                return self.m(i..j + 1, Form::QuarterEnded { month });
            }
            return self.m(i..j + 1, Form::ReportedQuarter { years_back: 0 });
        }
        // "the same period last year", "the corresponding year-earlier quarter".
        if self.any(j, &["corresponding", "comparable", "same"]) {
            let k = j + 1;
            if self.any(k, &["year-ago", "year-earlier"]) && self.any(k + 1, &["quarter", "period"]) {
                return self.m(i..k + 2, Form::ReportedQuarter { years_back: 1 });
            }
            if self.any(k, &["quarter", "period"]) && self.is(k + 1, "last") && self.is(k + 2, "year") {
                return self.m(i..k + 3, Form::ReportedQuarter { years_back: 1 });
            }
        }
        // "the fiscal second quarter", "the fiscal-third quarter".
        if self.is(j, "fiscal")
            && let Some(m) = self.quarter(i, j + 1)
        {
            return Some(m);
        }
        if self.doc.lower(j).starts_with("fiscal-")
            && let Some(m) = self.hyphenated(j)
        {
            return Some(Match { tokens: i..m.tokens.end, form: m.form });
        }
        if self.is(j, "future") || (self.is(j, "near") && self.is(j + 1, "future")) {
            let end = if self.is(j, "near") { j + 2 } else { j + 1 };
            return self.m(i..end, Form::Vague(Vagueness::Future));
        }
        // Not "the past few weeks", a length of time.
        if self.is(j, "past")
            && self.unit(j + 1).is_none()
            && self.number(j + 1).is_none()
            && !self.any(j + 1, &["few", "several"])
        {
            return self.m(i..j + 1, Form::Vague(Vagueness::Past));
        }
        if let Some(m) = self.narrative(i, j) {
            return Some(m);
        }
        // "the last week", "the past year", "the next day".
        if self.relative(j).is_some()
            && let Some(m) = self.relative_first(i, j)
        {
            return Some(m);
        }
        if self.lex(j).is(class::PERIOD_EDGE) {
            return self.period_edge(i, j);
        }
        if self.lex(j).is(class::SEASON) {
            return self.season(i, j, None);
        }
        if self.lex(j).is(class::HOLIDAY) || self.lex(j).is(class::PHRASE) {
            return self.holiday(j).map(|m| Match { tokens: i..m.tokens.end, form: m.form });
        }
        // "the 1988 period", "the 1988 quarter".
        if let Some(y) = self.year(j)
            && self.any(j + 1, &["period", "quarter"])
        {
            return self.m(i..j + 2, Form::PeriodOfYear(y));
        }
        // "the 1988 third quarter".
        if let Some(y) = self.year(j)
            && let Some(m) = self.quarter(j + 1, j + 1)
            && let Form::Quarter { quarter, .. } = m.form
        {
            return self.m(i..m.tokens.end, Form::Quarter { quarter, year: Some(y), step: 0 });
        }
        None
    }

    /// "12 June 2018", "the 3rd of March", "12th June": a day first, starting the match at `from`.
    fn day_month(&self, from: usize, i: usize) -> Option<Match> {
        let (day, len) = self.day_of_month(i)?;
        let mut k = i + len;
        if self.is(k, "of") {
            k += 1;
        }
        let month = self.month(k)?;
        let mut end = k + 1;
        let year = self.year_moving_end(&mut end);
        self.m(from..end, Form::Day { month, day, year })
    }

    /// "March 3-5, 2004", "March 3 to March 5, 2004", "June 1 and 2, 2004": the year that closes a
    /// range or a pair of days after the day ending before `k` is that day's too.
    fn year_closing_range(&self, k: usize) -> Option<i32> {
        if !self.any(k, &["-", "\u{2013}", "\u{2014}", "to", "through", "until", "and", "or"]) {
            return None;
        }
        let mut j = k + 1;
        if self.month(j).is_some() {
            j += 1;
        }
        let (_, len) = self.day_of_month(j)?;
        self.year_after(j + len).map(|(y, _)| y)
    }

    /// "this", "next", "last" before a unit: how many of it on from the article's (0, 1, -1).
    fn step(&self, k: usize) -> Option<i64> {
        match self.doc.lower(k).as_ref() {
            "this" => Some(0),
            "next" => Some(1),
            "last" => Some(-1),
            _ => None,
        }
    }

    /// A year after a day or month ending at `end`, moving `end` past it.
    fn year_moving_end(&self, end: &mut usize) -> Option<i32> {
        let (year, e) = self.year_after(*end)?;
        *end = e;
        Some(year)
    }

    /// A year after a day or month: "2018", ", 2018".
    fn year_after(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(found) = self.year_at(k) {
            return Some(found);
        }
        if self.is(k, ",") {
            return self.year_at(k + 1);
        }
        None
    }

    /// A year in figures or in words ("1997", "nineteen ninety-seven") at `k`, and where it ends.
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year(k) {
            return Some((y, k + 1));
        }
        match self.spelled_year(k)? {
            Match { tokens, form: Form::Year(y) } => Some((y, tokens.end)),
            _ => None,
        }
    }

    /// "June 12", "June 12, 2018", "June 2018", "June of 2018", "June" (a bare month).
    fn month_first(&self, from: usize, i: usize, relative: Option<Relative>) -> Option<Match> {
        let month = self.month(i)?;
        if let Some((day, len)) = self.day_of_month(i + 1) {
            // "June 12 2018"? only with a year in a sensible place.
            let mut end = i + 1 + len;
            let year = self.year_moving_end(&mut end);
            let year = year.or_else(|| self.year_closing_range(end));
            return self.m(from..end, Form::Day { month, day, year });
        }
        // "February this year", "October of next year", "March last year".
        let of = usize::from(self.is(i + 1, "of"));
        if self.is(i + of + 2, "year")
            && self.doc.kind(i + of + 3) != Some(Kind::Possessive)
            && let Some(step) = self.step(i + of + 1)
        {
            return self.m(from..i + of + 3, Form::MonthOfRelativeYear { month, step });
        }
        let (year, end) = if self.is(i + 1, "of") {
            match self.year_at(i + 2) {
                Some((y, e)) => (Some(y), e),
                None => (None, i + 1),
            }
        } else {
            match self.year_after(i + 1) {
                Some((y, e)) => (Some(y), e),
                None => (None, i + 1),
            }
        };
        match year {
            Some(year) => self.m(from..end, Form::MonthOfYear { month, year }),
            None => {
                self.m(from..i + 1, Form::Month { month, relative, bare: from == i && relative.is_none() })
            }
        }
    }

    /// "Monday", "Tuesday night", "Wednesday, June 12, 2018", "Monday morning".
    fn weekday_first(&self, i: usize) -> Option<Match> {
        let mut k = i + 1;
        if self.is(k, ",") {
            k += 1;
        }
        if let Some(m) = self.month_first(i, k, None).filter(|m| matches!(m.form, Form::Day { .. })) {
            return Some(m);
        }
        if let Some(m) = self.day_month(i, k) {
            return Some(m);
        }
        self.weekday_at(i, i, None)
    }

    fn weekday_at(&self, from: usize, i: usize, relative: Option<Relative>) -> Option<Match> {
        let day = self.weekday(i)?;
        let part = self.part(i + 1);
        let end = if part.is_some() { i + 2 } else { i + 1 };
        self.m(from..end, Form::Weekday { day, relative, part })
    }

    /// "today", "yesterday morning", "tonight".
    fn deictic(&self, i: usize) -> Option<Match> {
        let word = self.doc.lower(i);
        let offset = match word.as_ref() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let part = self.part(i + 1);
        let tonight = word == "tonight";
        let end = if part.is_some() { i + 2 } else { i + 1 };
        self.m(i..end, Form::Deictic { offset, part: part.or(tonight.then_some(Part::Night)) })
    }

    /// "mid-afternoon", "mid afternoon", "midmorning", ending before `end`: the middle of a part of
    /// today, or of the day a deictic word after it names ("mid-afternoon yesterday").
    fn middle_of(&self, from: usize, end: usize, part: Part) -> Option<Match> {
        if self.lex(end).is(class::DEICTIC)
            && let Some(m) = self.deictic(end)
            && let Form::Deictic { offset, .. } = m.form
        {
            return self.m(from..m.tokens.end, Form::Deictic { offset, part: Some(part) });
        }
        self.m(from..end, Form::Deictic { offset: 0, part: Some(part) })
    }

    /// "early July", "mid June", "late 2019", "the early 1990s".
    fn period_edge(&self, from: usize, i: usize) -> Option<Match> {
        let mut k = i + 1;
        if self.is(k, "-") {
            k += 1;
        }
        if self.is(i, "mid")
            && let Some(part @ (Part::Morning | Part::Afternoon)) = self.part(k)
        {
            return self.middle_of(from, k + 1, part);
        }
        if let Some(m) = self.month_first(from, k, None) {
            return Some(match m.form {
                Form::Month { month, relative, .. } => {
                    Match { tokens: m.tokens, form: Form::Month { month, relative, bare: false } }
                }
                _ => m,
            });
        }
        if let Some(m) = self.decade(from, k) {
            return Some(m);
        }
        if let Some(y) = self.year(k) {
            return self.m(from..k + 1, Form::Year(y));
        }
        if self.lex(k).is(class::SEASON) {
            return self.season(from, k, None);
        }
        if self.is(k, "next") || self.is(k, "this") || self.is(k, "last") {
            return self.relative_first(from, k);
        }
        None
    }

    /// Hyphenated words: "mid-June", "mid-1990", "six-month", "third-quarter", "10-year" (as two
    /// tokens), "year-end".
    fn hyphenated(&self, i: usize) -> Option<Match> {
        let parts = self.parts(i);
        // "fiscal-third quarter", "fiscal-second-quarter sales": the quarter, read without "fiscal".
        let parts = match parts.as_slice() {
            [(fiscal, _), rest @ ..] if fiscal == "fiscal" && !rest.is_empty() => rest,
            all => all,
        };
        match parts {
            [(_, lex)] if lex.is(class::ORDINAL) => self.quarter_rest(i, i + 1, u32::from(lex.num)),
            [(_, lex), (_, rest)] if lex.is(class::PERIOD_EDGE) && rest.is(class::MONTH) => {
                self.m(i..i + 1, Form::Month { month: u32::from(rest.cal), relative: None, bare: false })
                    .and_then(|m| {
                        // "mid-June 2018"
                        match self.year_after(i + 1) {
                            Some((year, end)) => {
                                self.m(i..end, Form::MonthOfYear { month: u32::from(rest.cal), year })
                            }
                            None => Some(m),
                        }
                    })
            }
            [(_, lex), (_, rest)] if lex.is(class::PERIOD_EDGE) && rest.is(class::SEASON) => {
                let season = season_of(rest.cal)?;
                let year = self.year(i + 1);
                let end = if year.is_some() { i + 2 } else { i + 1 };
                self.m(i..end, Form::Season { season, relative: None, year })
            }
            [(_, lex), (_, rest)]
                if lex.is(class::ORDINAL) && Unit::from_cal(rest.cal) == Some(Unit::Quarter) =>
            {
                let quarter = u32::from(lex.num);
                (1..=4)
                    .contains(&quarter)
                    .then(|| Match { tokens: i..i + 1, form: Form::Quarter { quarter, year: None, step: 0 } })
            }
            [(first, lex), (_, unit)] if (lex.is(class::NUMBER) || first == "a") && unit.is(class::UNIT) => {
                let unit = Unit::from_cal(unit.cal)?;
                if self.fraction(unit, i + 1) {
                    return None;
                }
                self.m(i..i + 1, Form::Duration { n: i64::from(lex.num.max(1)), unit, later: None })
            }
            [(first, _), (second, _)] if first == "mid" && second.is_empty() => None,
            _ => {
                // "mid-" then a year: "mid-1990" is tokenised "mid", "-", "1990".
                None
            }
        }
        .or_else(|| {
            if self.any(i, &["mid", "early", "late"]) && self.is(i + 1, "-") {
                if let Some(y) = self.year(i + 2) {
                    return self.m(i..i + 3, Form::Year(y));
                }
                if let Some(m) = self.decade(i, i + 2) {
                    return Some(m);
                }
            }
            if self.any(i, &["mid-afternoon", "mid-morning", "midafternoon", "midmorning"]) {
                let part =
                    if self.doc.lower(i).ends_with("afternoon") { Part::Afternoon } else { Part::Morning };
                return self.middle_of(i, i + 1, part);
            }
            if self.any(i, &["year-ago", "year-earlier"]) && self.any(i + 1, &["quarter", "period"]) {
                return self.m(i..i + 2, Form::ReportedQuarter { years_back: 1 });
            }
            None
        })
    }

    /// "last week", "next month", "this year", "last June", "next Monday", "this summer",
    /// "this morning", "last night", "the past year".
    fn relative_first(&self, from: usize, i: usize) -> Option<Match> {
        // "this past spring", "this coming Friday": the second word says which.
        if from == i && self.is(i, "this") && self.any(i + 1, &["past", "coming"]) {
            return self.relative_first(i, i + 1);
        }
        let relative = self.relative(i)?;
        let j = i + 1;
        let with_the = from < i && self.is(from, "the");
        if self.month(j).is_some() && !with_the {
            return self.month_first(from, j, Some(relative));
        }
        // "the previous Tuesday", "the following Monday": counted from the day just named.
        let anaphoric = matches!(relative, Relative::Previous | Relative::Following);
        if self.weekday(j).is_some() && (!with_the || anaphoric) {
            return self.weekday_at(from, j, Some(relative));
        }
        if self.lex(j).is(class::SEASON) && !with_the {
            return self.season(from, j, Some(relative));
        }
        if let Some(part) =
            self.part(j).filter(|_| matches!(relative, Relative::This | Relative::Last) && !with_the)
        {
            return self.m(from..j + 1, Form::PartOfToday { yesterday: relative == Relative::Last, part });
        }
        // "the next day", "the following morning".
        if with_the
            && matches!(relative, Relative::Next | Relative::Following | Relative::Previous)
            && let Some(m) = self.narrative(from, i)
        {
            return Some(m);
        }
        // "the past five years", "the next two weeks": a length of time.
        if matches!(relative, Relative::Past | Relative::Last | Relative::Next | Relative::Coming) {
            if let Some(n) = self.number(j)
                && let Some(unit) = self.unit(j + 1)
            {
                return self.m(from..j + 2, Form::Duration { n, unit, later: None });
            }
            if (self.is(j, "few") || self.is(j, "several")) && self.unit(j + 1).is_some() {
                let form = if relative == Relative::Coming || relative == Relative::Next {
                    Form::Vague(Vagueness::Future)
                } else {
                    Form::Vague(Vagueness::Past)
                };
                return self.m(from..j + 2, form);
            }
        }
        let unit = self.unit(j)?;
        let n = match relative {
            Relative::Last | Relative::Past | Relative::Previous => -1,
            Relative::Next | Relative::Coming | Relative::Following => 1,
            Relative::This | Relative::Current => 0,
        };
        // "past years", "the coming months", "recent weeks": vague, not one calendar unit.
        if self.doc.lower(j).ends_with('s') && unit != Unit::Century {
            let v = if n > 0 {
                Vagueness::Future
            } else if n < 0 {
                Vagueness::Past
            } else {
                return None;
            };
            return self.m(from..j + 1, Form::Vague(v));
        }
        // "this year's third quarter", "next year's first quarter", "last year's quarter".
        if unit == Unit::Year && self.doc.kind(j + 1) == Some(Kind::Possessive) {
            if let Some(m) = self.quarter(j + 2, j + 2)
                && let Form::Quarter { quarter, year: None, .. } = m.form
            {
                return self.m(from..m.tokens.end, Form::Quarter { quarter, year: None, step: n });
            }
            if self.any(j + 2, &["quarter", "period"]) && n < 0 {
                return self.m(from..j + 3, Form::ReportedQuarter { years_back: -n });
            }
        }
        self.m(from..j + 1, Form::Relative { unit, step: Step { n, with_the } })
    }

    /// "earlier this year", "later this month", "later that day", "earlier that week".
    fn earlier_later(&self, i: usize) -> Option<Match> {
        if self.is(i + 1, "that") {
            let unit = self.unit(i + 2)?;
            return self.m(i..i + 3, Form::Anaphor { unit });
        }
        self.relative_first(i + 1, i + 1)
            .filter(|m| matches!(m.form, Form::Relative { .. }))
            .map(|m| Match { tokens: i..m.tokens.end, form: m.form })
    }

    /// "later in the month", "early in the year": the month or year just named, or the article's.
    fn in_the_unit(&self, i: usize) -> Option<Match> {
        if !(self.is(i + 1, "in") && self.is(i + 2, "the")) || self.doc.lower(i + 3).ends_with('s') {
            return None;
        }
        // Not "later in the day": news uses it as a time of the day already named, no date.
        let unit = self.unit(i + 3).filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))?;
        self.m(i..i + 4, Form::Anaphor { unit })
    }

    /// "the next day", "the following morning", "the day before", "the week after".
    fn narrative(&self, from: usize, i: usize) -> Option<Match> {
        if let Some(r) = self.relative(i) {
            let step = match r {
                Relative::Next | Relative::Following => 1,
                Relative::Previous => -1,
                _ => return None,
            };
            // "the following morning".
            if self.part(i + 1).is_some() {
                return self.m(from..i + 2, Form::Narrative { unit: Unit::Day, step, spanning: false });
            }
            let unit = self.unit(i + 1)?;
            if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
                || self.doc.lower(i + 1).ends_with('s')
            {
                return None;
            }
            return self.m(from..i + 2, Form::Narrative { unit, step, spanning: true });
        }
        let unit = self.unit(i)?;
        if self.doc.lower(i).ends_with('s') {
            return None;
        }
        let step = if self.is(i + 1, "before") {
            -1
        } else if self.is(i + 1, "after") {
            1
        } else {
            return None;
        };
        let k = i + 2;
        // "the week before last": two of the unit back from the article's ("last" ends the
        // phrase; "the day before last Tuesday" is counted from that Tuesday).
        if step == -1
            && self.is(k, "last")
            && !self.lex(k + 1).is(class::UNIT
                | class::MONTH
                | class::WEEKDAY
                | class::SEASON
                | class::HOLIDAY
                | class::DAY_PART)
        {
            return matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
                .then(|| Match { tokens: from..k + 1, form: Form::Ago { n: Some(2), unit } });
        }
        // "the day before inspectors closed the harbour", "the day before driving north": the
        // clause after is the anchor, an event, not an earlier date.
        let clause = self.doc.kind(k) == Some(Kind::Word)
            && self.doc.sentence_of(k) == self.doc.sentence_of(i)
            && !self.lex(k).is(class::MONTH
                | class::WEEKDAY
                | class::DEICTIC
                | class::HOLIDAY
                | class::NUMBER)
            && !self.is(k, "last")
            && !self.any(k, DETERMINERS);
        (matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) && !clause)
            .then(|| Match { tokens: from..i + 2, form: Form::Narrative { unit, step, spanning: false } })
    }

    /// "the end of March", "the beginning of next month", "the end of the year".
    fn edge(&self, from: usize, i: usize) -> Option<Match> {
        if !self.is(i + 1, "of") {
            return None;
        }
        let k = i + 2;
        if let Some(month) = self.month(k) {
            if let Some((year, end)) = self.year_after(k + 1) {
                return self.m(from..end, Form::MonthOfYear { month, year });
            }
            return self.m(from..k + 1, Form::Month { month, relative: None, bare: false });
        }
        if let Some(y) = self.year(k) {
            return self.m(from..k + 1, Form::Year(y));
        }
        let (step, unit_at) = if self.is(k, "the") || self.is(k, "this") {
            (0, k + 1)
        } else if self.is(k, "last") {
            (-1, k + 1)
        } else if self.is(k, "next") {
            (1, k + 1)
        } else {
            return None;
        };
        let unit = self.unit(unit_at)?;
        matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Quarter)
            .then(|| Match { tokens: from..unit_at + 1, form: Form::EdgeOf { unit, step } })
    }

    /// "the first quarter", "the third quarter of 2017", "first half of 2011", "the second half".
    fn quarter(&self, from: usize, i: usize) -> Option<Match> {
        let lex = self.lex(i);
        // "the last half of 1989" is the second.
        if self.is(i, "last") && self.is(i + 1, "half") {
            return self.quarter_rest(from, i + 1, 2);
        }
        let n = if lex.is(class::ORDINAL) {
            u32::from(lex.num)
        } else if self.doc.tokens.get(i)?.kind == Kind::Number && self.any(i + 1, &["st", "nd", "rd", "th"]) {
            let n = self.number(i)? as u32;
            return self.quarter_rest(from, i + 2, n);
        } else {
            // "the first two quarters of 2019" is left alone.
            return None;
        };
        self.quarter_rest(from, i + 1, n)
    }

    fn quarter_rest(&self, from: usize, k: usize, n: u32) -> Option<Match> {
        let k = if self.is(k, "-") { k + 1 } else { k };
        let half = self.is(k, "half");
        if !(half || self.is(k, "quarter")) {
            return None;
        }
        if !(1..=if half { 2 } else { 4 }).contains(&n) {
            return None;
        }
        let mut end = k + 1;
        let (mut year, mut step) = (None, 0);
        if self.is(end, "of") {
            // "the first half of the '70s", "the first quarter of the 20th century": TimeML has no
            // half or quarter of a decade or a century, so the phrase is valued as the whole.
            let era = self.is(end + 1, "the").then(|| self.after_the(end + 1)).flatten();
            if let Some(m) = era.filter(|m| matches!(m.form, Form::Decade(_) | Form::Century(_))) {
                return self.m(from..m.tokens.end, m.form);
            }
            if let Some(y) = self.year(end + 1) {
                year = Some(y);
                end += 2;
            } else if self.any(end + 1, &["the", "this", "last", "next"]) && self.is(end + 2, "year") {
                step = match self.doc.lower(end + 1).as_ref() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                end += 3;
            }
        } else if let Some(y) = self.year(end) {
            year = Some(y);
            end += 1;
        }
        let form =
            if half { Form::Half { half: n, year, step } } else { Form::Quarter { quarter: n, year, step } };
        self.m(from..end, form)
    }

    /// "the 1990s", "1990s", "the early 1980s".
    fn decade(&self, from: usize, i: usize) -> Option<Match> {
        let i = if self.lex(i).is(class::PERIOD_EDGE) {
            if self.is(i + 1, "-") { i + 2 } else { i + 1 }
        } else {
            i
        };
        if i >= self.end || self.doc.tokens[i].kind != Kind::Number || self.doc.tokens[i].span.len() != 4 {
            return None;
        }
        let y: i32 = self.doc.text(i).parse().ok()?;
        let s = self.is(i + 1, "s") && self.doc.tokens[i + 1].has(shape::JOINED);
        (s && y % 10 == 0 && (1000..2200).contains(&y))
            .then(|| Match { tokens: from..i + 2, form: Form::Decade(y / 10) })
    }

    /// "the nineties", "the eighties".
    fn spelled_decade(&self, from: usize, i: usize) -> Option<Match> {
        const TENS: [&str; 8] =
            ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        let at = TENS.iter().position(|t| self.is(i, t))?;
        self.m(from..i + 1, Form::Decade(192 + at as i32))
    }

    /// "the 20th century".
    fn century(&self, from: usize, i: usize) -> Option<Match> {
        let n = self.number(i)? as i32;
        let suffix = self.any(i + 1, &["st", "nd", "rd", "th"]) && self.doc.tokens[i + 1].has(shape::JOINED);
        (suffix && self.is(i + 2, "century") && (1..=21).contains(&n))
            .then(|| Match { tokens: from..i + 3, form: Form::Century(n - 1) })
    }

    /// "three-quarters of its food", "a half million", "one-half share": a quarter or a half
    /// followed (at `next`) by what it is a fraction of.
    fn fraction(&self, unit: Unit, next: usize) -> bool {
        matches!(unit, Unit::Quarter | Unit::Half)
            && (self.is(next, "of") && self.year(next + 1).is_none()
                || self.any(next, &["million", "billion", "share", "shares", "point", "percent"]))
    }

    /// "two days ago", "three weeks", "72 hours", "a year later", "10-year", "several years ago".
    fn count(&self, from: usize, i: usize) -> Option<Match> {
        let (n, k) = if self.is(i, "a") && self.is(i + 1, "few") {
            (None, i + 2)
        } else if self.any(i, &["a", "an"]) {
            (Some(1), i + 1)
        } else if self.any(i, &["several", "few"]) {
            (None, i + 1)
        } else {
            (Some(self.number(i)?), i + 1)
        };
        // "10-year" is "10", "-", "year".
        let k = if self.is(k, "-") && self.doc.tokens.get(k).is_some_and(|t| t.has(shape::JOINED)) {
            k + 1
        } else {
            k
        };
        let unit = self.unit(k)?;
        if self.fraction(unit, k + 1) {
            return None;
        }
        if self.is(k + 1, "ago") {
            return self.m(from..k + 2, Form::Ago { n, unit });
        }
        // "a week or so ago": about that long ago.
        if self.is(k + 1, "or") && self.is(k + 2, "so") && self.is(k + 3, "ago") {
            return self.m(from..k + 4, Form::Ago { n, unit });
        }
        // "a year from now": ahead of the article's date.
        if self.is(k + 1, "from") && self.is(k + 2, "now") {
            return self.m(from..k + 3, Form::Ago { n: n.map(|n| -n), unit });
        }
        let n = n?;
        // "a month later than expected": a comparison, a length.
        if self.any(k + 1, &["later", "earlier", "after", "before"])
            && !self.doc.tokens.get(k + 2).is_some_and(|t| t.kind == Kind::Word && t.lex.is(class::DEICTIC))
            && !self.is(k + 2, "than")
        {
            let sign = if self.any(k + 1, &["later", "after"]) { 1 } else { -1 };
            // "two weeks after the vote" is a length before a clause; only "later"/"earlier" count.
            if self.any(k + 1, &["later", "earlier"]) {
                return self.m(from..k + 2, Form::Duration { n, unit, later: Some(sign) });
            }
        }
        if from == i && self.any(i, &["a", "an"]) && !self.any(k + 1, &["later", "earlier"]) {
            // "a year" alone is too vague to mark.
            return None;
        }
        self.m(from..k + 1, Form::Duration { n, unit, later: None })
    }

    /// "last summer", "the spring", "spring 2019", "the summer of 1969".
    fn season(&self, from: usize, i: usize, relative: Option<Relative>) -> Option<Match> {
        let season = season_of(self.lex(i).cal)?;
        let of = usize::from(self.is(i + 1, "of"));
        let (year, end) = match self.year_at(i + 1 + of) {
            Some((y, end)) => (Some(y), end),
            None => (None, i + 1),
        };
        self.m(from..end, Form::Season { season, relative, year })
    }

    /// "6:40 p.m.", "18:00 UTC", "10 a.m.", "noon Saturday", "10 p.m. Wednesday".
    fn time(&self, i: usize) -> Option<Match> {
        let hour = self.number(i)?;
        let joined = |k: usize| self.doc.tokens.get(k).is_some_and(|t| t.has(shape::JOINED));
        let (minute, mut k) = if self.is(i + 1, ":") && joined(i + 1) && joined(i + 2) {
            (self.number(i + 2)?, i + 3)
        } else {
            (0, i + 1)
        };
        let lower = self.doc.lower(k);
        // "4 in the morning", "8 in the evening", "11 at night": the part of the day says which
        // half (its words, how many).
        let spoken = || {
            if self.is(k, "in")
                && self.is(k + 1, "the")
                && self.any(k + 2, &["morning", "afternoon", "evening"])
            {
                Some((!self.is(k + 2, "morning"), 3))
            } else if self.is(k, "at") && self.is(k + 1, "night") {
                Some(((6..12).contains(&hour), 2))
            } else {
                None
            }
        };
        let meridiem = match lower.as_ref() {
            "a.m." | "am" => Some((false, 1)),
            "p.m." | "pm" => Some((true, 1)),
            _ => spoken(),
        };
        let (hour, utc) = match meridiem {
            Some((pm, words)) => {
                if !(1..=12).contains(&hour) || minute > 59 {
                    return None;
                }
                k += words;
                let h = if pm && hour < 12 {
                    hour + 12
                } else if !pm && hour == 12 {
                    0
                } else {
                    hour
                };
                let zone = self.any(k, &["utc", "gmt"]);
                if zone {
                    k += 1;
                } else if self.doc.tokens.get(k).is_some_and(|t| t.has(shape::CAPS))
                    && self.doc.text(k).len() == 3
                    && self.doc.text(k).ends_with('T')
                {
                    // "EDT", "EST": a local zone, the time stays local.
                    k += 1;
                }
                (h, zone)
            }
            None => {
                // "18:00 UTC" needs the zone to be a time at all.
                if k == i + 1 || !self.any(k, &["utc", "gmt"]) || hour > 23 || minute > 59 {
                    return None;
                }
                k += 1;
                (hour, true)
            }
        };
        let (hour, minute) = (hour as u32, minute as u32);
        let (day, end) = self.day_of_time(i, k);
        let form = match day {
            Some(Form::Weekday { day, .. }) => Form::Time { hour, minute, utc, weekday: Some(day) },
            Some(Form::Day { month, day, year }) => Form::TimeOnDay { hour, minute, utc, month, day, year },
            _ => Form::Time { hour, minute, utc, weekday: None },
        };
        self.m(i..end, form)
    }

    /// The day of a time that ends at `k`, and where the expression ends: a day right after the
    /// time is part of it ("4 p.m. EST Nov. 12", "4 p.m. EST, Nov. 12", "10 p.m. Wednesday"); a
    /// day [`beside`](Self::day_beside) it stays a date of its own.
    fn day_of_time(&self, i: usize, k: usize) -> (Option<Form>, usize) {
        let comma = usize::from(self.is(k, ","));
        if let Some(m) =
            self.month_first(k + comma, k + comma, None).filter(|m| matches!(m.form, Form::Day { .. }))
        {
            return (Some(m.form), m.tokens.end);
        }
        if let Some(day) = self.weekday(k) {
            return (Some(Form::Weekday { day, relative: None, part: None }), k + 1);
        }
        (self.day_beside(i, k), k)
    }

    /// The day named beside a time at `i..k` without being part of it: after an aside ("9:20
    /// a.m. (0620 GMT) Friday"), after "on" ("3 p.m. on Tuesday", "8 a.m. on June 2") or before
    /// "at" ("Tuesday at 3 p.m.", "June 2 at 8 a.m.").
    fn day_beside(&self, i: usize, k: usize) -> Option<Form> {
        // "6 a.m. local time on Saturday", "4:30 p.m. local time (1330 GMT) Friday".
        let k = if self.is(k, "local") && self.is(k + 1, "time") { k + 2 } else { k };
        let aside = || {
            let close = (k + 1..(k + 6).min(self.end)).find(|&p| self.is(p, ")"))?;
            self.named_day(if self.is(close + 1, "on") { close + 2 } else { close + 1 })
        };
        let after = || self.named_day(k + 1);
        let before = || {
            let at = i.checked_sub(1).filter(|&at| at > self.start && self.is(at, "at"))?;
            (self.start.max(at.saturating_sub(6))..at)
                .find_map(|from| self.named_day(from).filter(|m| m.tokens.end == at))
        };
        let found = if self.is(k, "(") {
            aside()
        } else if self.is(k, "on") {
            after()
        } else {
            None
        };
        found.or_else(before).map(|m| m.form)
    }

    /// A day named at `i`: "Tuesday", "Tuesday, June 2", "June 2, 2023", "2 June".
    fn named_day(&self, i: usize) -> Option<Match> {
        if self.weekday(i).is_some() {
            return self.weekday_first(i);
        }
        self.month_first(i, i, None)
            .filter(|m| matches!(m.form, Form::Day { .. }))
            .or_else(|| self.day_month(i, i))
    }

    /// "Christmas", "New Year's Day", "Thanksgiving Day", "Easter week", "Christmas Day 1950".
    fn holiday(&self, i: usize) -> Option<Match> {
        let m = self.holiday_day(i)?;
        let Form::Holiday { cal, .. } = m.form else { return Some(m) };
        if self.is(m.tokens.end, "week") {
            return self.m(i..m.tokens.end + 1, Form::Holiday { cal, week: true, year: None });
        }
        match self.year_after(m.tokens.end) {
            Some((year, end)) => self.m(i..end, Form::Holiday { cal, week: false, year: Some(year) }),
            None => Some(m),
        }
    }

    fn holiday_day(&self, i: usize) -> Option<Match> {
        if let Some((n, lex)) = self.doc.phrase_at(i, self.end)
            && lex.is(class::HOLIDAY)
        {
            return self.m(i..i + n, Form::Holiday { cal: lex.cal, week: false, year: None });
        }
        // "New Year's Day" is tokenised "New", "Year", "'s", "Day".
        if self.is(i, "new")
            && self.is(i + 1, "year")
            && self.doc.kind(i + 2) == Some(Kind::Possessive)
            && self.any(i + 3, &["day", "eve"])
        {
            let cal = if self.is(i + 3, "day") { 2 } else { 3 };
            return self.m(i..i + 4, Form::Holiday { cal, week: false, year: None });
        }
        // "Valentine's Day" is tokenised "Valentine", "'s", "Day".
        if self.doc.kind(i + 1) == Some(Kind::Possessive) && self.doc.kind(i + 2) == Some(Kind::Word) {
            let phrase = format!("{}'s {}", self.doc.lower(i), self.doc.lower(i + 2));
            let lex = LEXICON.phrase(&phrase);
            if lex.is(class::HOLIDAY) {
                return self.m(i..i + 3, Form::Holiday { cal: lex.cal, week: false, year: None });
            }
        }
        let lex = self.lex(i);
        if lex.is(class::HOLIDAY) && self.doc.tokens[i].has(shape::CAP) {
            let end = if self.is(i + 1, "day") && lex.cal >= 20 { i + 2 } else { i + 1 };
            return self.m(i..end, Form::Holiday { cal: lex.cal, week: false, year: None });
        }
        None
    }

    /// "nineteen ninety-six", "two thousand", "the year two thousand".
    fn spelled_year(&self, i: usize) -> Option<Match> {
        if self.is(i, "nineteen") || self.is(i, "eighteen") {
            let century = if self.is(i, "nineteen") { 1900 } else { 1800 };
            let parts = self.parts(i + 1);
            let tens = match parts.as_slice() {
                [(_, a), (_, b)]
                    if a.is(class::NUMBER) && b.is(class::NUMBER) && a.num >= 20 && b.num < 10 =>
                {
                    i32::from(a.num + b.num)
                }
                [] => {
                    let n = self.lex(i + 1);
                    if !n.is(class::NUMBER) || n.num >= 100 || n.num < 10 {
                        return None;
                    }
                    i32::from(n.num)
                }
                _ => return None,
            };
            return self.m(i..i + 2, Form::Year(century + tens));
        }
        if self.is(i, "two") && self.is(i + 1, "thousand") {
            if self.is(i + 2, "and") {
                let n = self.lex(i + 3);
                if n.is(class::NUMBER) && n.num < 20 {
                    return self.m(i..i + 4, Form::Year(2000 + i32::from(n.num)));
                }
            }
            return self.m(i..i + 2, Form::Year(2000));
        }
        None
    }

    /// Whether an ordinal or a superlative comes before token `i` in its noun phrase: "the first
    /// summit in 12 years", "the second strike in three weeks", "its highest level in five
    /// years" count back, a span, not a date ahead.
    fn ranked_before(&self, i: usize) -> bool {
        const RANKED: &[&str] = &[
            "best",
            "worst",
            "most",
            "least",
            "highest",
            "lowest",
            "biggest",
            "largest",
            "smallest",
            "strongest",
            "weakest",
            "fastest",
            "slowest",
            "longest",
            "shortest",
            "deadliest",
            "busiest",
            "hottest",
            "coldest",
            "wettest",
            "driest",
            "cheapest",
            "greatest",
            "steepest",
            "sharpest",
            "record",
        ];
        // Within its noun phrase: not "the first payment is due in two weeks".
        const CLAUSE: &[&str] =
            &[",", "is", "are", "was", "were", "be", "will", "would", "due", "has", "have", "had"];
        (i.saturating_sub(8).max(self.start)..i)
            .rev()
            .take_while(|&k| !self.any(k, CLAUSE))
            .any(|k| self.any(k, RANKED) || self.lex(k).is(class::ORDINAL))
    }

    /// Whether a perfect governs token `i` in its clause: "the worst I have seen in 20 years",
    /// "has not won in five years" count back (not "has promised to finish in two years", nor
    /// "will have paid it in two years").
    fn perfect_before(&self, i: usize) -> bool {
        let perfect = |k: &usize| {
            let word = self.doc.lower(*k);
            matches!(&*word, "have" | "has" | "had") || word.ends_with("'ve") || word.ends_with("’ve")
        };
        (i.saturating_sub(8).max(self.start)..i)
            .rev()
            .take_while(|&k| !self.is(k, ",") && !self.is(k, "to"))
            .find(perfect)
            .is_some_and(|k| !self.is(k.wrapping_sub(1), "will"))
    }

    /// "right now", "until now", "these days", "in the coming months", "that day", "in recent years".
    /// The preposition that opens such a phrase is not part of the date (TimeML): "over [the
    /// weekend]", "in [the past]", "until [now]".
    fn phrase_vague(&self, i: usize) -> Option<Match> {
        if self.is(i, "over") && self.is(i + 1, "the") && self.is(i + 2, "weekend") {
            return self.m(i + 1..i + 3, Form::Weekend);
        }
        if self.is(i, "in") && self.is(i + 1, "the") {
            if self.is(i + 2, "past") && self.unit(i + 3).is_none() && self.number(i + 3).is_none() {
                return self.m(i + 1..i + 3, Form::Vague(Vagueness::Past));
            }
            if self.is(i + 2, "future") {
                return self.m(i + 1..i + 3, Form::Vague(Vagueness::Future));
            }
            if self.is(i + 2, "coming") && self.unit(i + 3).is_some() && self.doc.lower(i + 3).ends_with('s')
            {
                return self.m(i + 2..i + 4, Form::Vague(Vagueness::Future));
            }
        }
        // "in five years", "in two weeks": a date that far ahead.
        if self.is(i, "in")
            && let Some(m) = self.count(i + 1, i + 1)
            && let Form::Duration { n, unit, later: None } = m.form
            && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)
            && !self.doc.text(i + 1).contains('-')
            && !self.ranked_before(i)
            && !self.perfect_before(i)
        {
            return self.m(i + 1..m.tokens.end, Form::In { n, unit });
        }
        if self.is(i, "in") && self.is(i + 1, "recent") && self.unit(i + 2).is_some() {
            return self.m(i + 1..i + 3, Form::Vague(Vagueness::Past));
        }
        if self.is(i, "at") && self.is(i + 1, "present") {
            return self.m(i..i + 2, Form::Vague(Vagueness::Present));
        }
        if self.is(i, "these") && self.is(i + 1, "days") {
            return self.m(i..i + 2, Form::Vague(Vagueness::Present));
        }
        if self.any(i, &["right", "just"]) && self.is(i + 1, "now") {
            return self.m(i..i + 2, Form::Vague(Vagueness::Present));
        }
        if self.any(i, &["until", "till"]) && self.is(i + 1, "now") {
            return self.m(i + 1..i + 2, Form::Vague(Vagueness::Present));
        }
        if self.is(i, "that") {
            if self.is(i + 1, "same") && self.unit(i + 2).is_some() {
                return self.m(i..i + 3, Form::Anaphor { unit: self.unit(i + 2)? });
            }
            if let Some(unit) =
                self.unit(i + 1).filter(|u| matches!(u, Unit::Day | Unit::Year | Unit::Month | Unit::Week))
                && !self.doc.lower(i + 1).ends_with('s')
            {
                return self.m(i..i + 2, Form::Anaphor { unit });
            }
        }
        None
    }
}

fn season_of(cal: u8) -> Option<SeasonName> {
    [SeasonName::Spring, SeasonName::Summer, SeasonName::Fall, SeasonName::Winter]
        .into_iter()
        .find(|s| *s as u8 == cal)
}
