//! Normalised time values in TimeML (TIMEX3) form, their calendar intervals and human labels.
//!
//! A [`TimexValue`] is what an expression means once resolved against the article's date; it
//! formats as the exact TimeML string (`2018-W21`, `2018-06`, `199`, `PRESENT_REF`, `P2D`).

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::corpus::days;

/// A season, as TimeML writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// A part of a day, as TimeML writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// The unit of a length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// The TimeML letter, and whether it is a time-of-day unit (written after `T`).
    fn code(self) -> (char, bool) {
        match self {
            Unit::Second => ('S', true),
            Unit::Minute => ('M', true),
            Unit::Hour => ('H', true),
            Unit::Day => ('D', false),
            Unit::Week => ('W', false),
            Unit::Month => ('M', false),
            Unit::Year => ('Y', false),
        }
    }
}

/// Vague references that belong on no calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Vague {
    Present,
    Past,
    Future,
}

/// What an expression means, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimexValue {
    Day(#[serde(with = "days")] NaiveDate),
    DayPart(#[serde(with = "days")] NaiveDate, DayPart),
    /// A clock time on a day; `utc` when the text said UTC or GMT.
    Time {
        #[serde(with = "days")]
        day: NaiveDate,
        hour: u8,
        minute: u8,
        utc: bool,
    },
    /// ISO week-numbering year and week.
    Week(i32, u8),
    Weekend(i32, u8),
    Month(i32, u8),
    Quarter(i32, u8),
    /// First (1) or second (2) half of a year.
    Half(i32, u8),
    Season(i32, Season),
    Year(i32),
    /// The first three digits of the years: 199 for the 1990s.
    Decade(i32),
    /// The first two digits: 19 for the 20th century.
    Century(i32),
    Vague(Vague),
    /// A length of time (`P2D`, `P20Y`, `PT72H` in TimeML); never on the calendar.
    Duration(u32, Unit),
}

/// How precise a calendar value is; orders from finest to coarsest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Granularity {
    Time,
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
}

impl TimexValue {
    /// The first and last day the value covers; `None` for vague references and durations.
    pub fn interval(&self) -> Option<(NaiveDate, NaiveDate)> {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let month_end = |y: i32, m: u32| {
            let next = if m == 12 { ymd(y + 1, 1, 1) } else { ymd(y, m + 1, 1) };
            next.map(|n| n - Duration::days(1))
        };
        // Month, quarter, half and week numbers as chrono counts them.
        let n = u32::from;
        Some(match *self {
            TimexValue::Day(d) | TimexValue::DayPart(d, _) | TimexValue::Time { day: d, .. } => (d, d),
            TimexValue::Week(y, w) => {
                let w = n(w);
                let monday = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                (monday, monday + Duration::days(6))
            }
            TimexValue::Weekend(y, w) => {
                let w = n(w);
                let saturday = NaiveDate::from_isoywd_opt(y, w, Weekday::Sat)?;
                (saturday, saturday + Duration::days(1))
            }
            TimexValue::Month(y, m) => (ymd(y, n(m), 1)?, month_end(y, n(m))?),
            TimexValue::Quarter(y, q) => (ymd(y, 3 * n(q) - 2, 1)?, month_end(y, 3 * n(q))?),
            TimexValue::Half(y, h) => (ymd(y, 6 * n(h) - 5, 1)?, month_end(y, 6 * n(h))?),
            TimexValue::Season(y, s) => match s {
                Season::Spring => (ymd(y, 3, 1)?, month_end(y, 5)?),
                Season::Summer => (ymd(y, 6, 1)?, month_end(y, 8)?),
                Season::Fall => (ymd(y, 9, 1)?, month_end(y, 11)?),
                Season::Winter => (ymd(y, 12, 1)?, month_end(y + 1, 2)?),
            },
            TimexValue::Year(y) => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
            TimexValue::Decade(d) => (ymd(d * 10, 1, 1)?, ymd(d * 10 + 9, 12, 31)?),
            TimexValue::Century(c) => (ymd(c * 100, 1, 1)?, ymd(c * 100 + 99, 12, 31)?),
            TimexValue::Vague(_) | TimexValue::Duration(..) => return None,
        })
    }

    /// The precision of a calendar value; `None` off the calendar.
    pub fn granularity(&self) -> Option<Granularity> {
        Some(match self {
            TimexValue::Time { .. } => Granularity::Time,
            TimexValue::Day(_) | TimexValue::DayPart(..) => Granularity::Day,
            TimexValue::Week(..) | TimexValue::Weekend(..) => Granularity::Week,
            TimexValue::Month(..) => Granularity::Month,
            TimexValue::Quarter(..) | TimexValue::Half(..) => Granularity::Quarter,
            TimexValue::Season(..) => Granularity::Season,
            TimexValue::Year(_) => Granularity::Year,
            TimexValue::Decade(_) => Granularity::Decade,
            TimexValue::Century(_) => Granularity::Century,
            TimexValue::Vague(_) | TimexValue::Duration(..) => return None,
        })
    }

    /// A label for people, showing the granularity: "Wed 30 May 2018", "June 2018",
    /// "week of 21 May 2018", "2010", "the 1990s".
    pub fn human(&self) -> String {
        let day = |d: &NaiveDate| d.format("%a %-d %b %Y").to_string();
        match self {
            TimexValue::Day(d) => day(d),
            TimexValue::DayPart(d, part) => {
                let part = match part {
                    DayPart::Morning => "morning",
                    DayPart::Afternoon => "afternoon",
                    DayPart::Evening => "evening",
                    DayPart::Night => "night",
                };
                format!("{} {part}", day(d))
            }
            TimexValue::Time { day: d, hour, minute, utc } => {
                format!("{} {hour:02}:{minute:02}{}", day(d), if *utc { " UTC" } else { "" })
            }
            TimexValue::Week(..) | TimexValue::Weekend(..) => {
                let (first, _) = self.interval().unwrap_or_default();
                let what = if matches!(self, TimexValue::Week(..)) { "week" } else { "weekend" };
                format!("{what} of {}", first.format("%-d %b %Y"))
            }
            TimexValue::Month(y, m) => NaiveDate::from_ymd_opt(*y, u32::from(*m), 1)
                .map_or_else(|| self.to_string(), |d| d.format("%B %Y").to_string()),
            TimexValue::Quarter(y, q) => format!("Q{q} {y}"),
            TimexValue::Half(y, h) => format!("{} half of {y}", if *h == 1 { "first" } else { "second" }),
            TimexValue::Season(y, s) => {
                let name = match s {
                    Season::Spring => "spring",
                    Season::Summer => "summer",
                    Season::Fall => "autumn",
                    Season::Winter => "winter",
                };
                format!("{name} {y}")
            }
            TimexValue::Year(y) => y.to_string(),
            TimexValue::Decade(d) => format!("the {}s", d * 10),
            TimexValue::Century(c) => format!("the {} century", ordinal(*c + 1)),
            TimexValue::Vague(Vague::Present) => "the present".into(),
            TimexValue::Vague(Vague::Past) => "the past".into(),
            TimexValue::Vague(Vague::Future) => "the future".into(),
            TimexValue::Duration(..) => self.to_string(),
        }
    }
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The TimeML value string.
impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |d: &NaiveDate| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
        match self {
            TimexValue::Day(d) => write!(f, "{}", day(d)),
            TimexValue::DayPart(d, part) => write!(f, "{}T{}", day(d), part.code()),
            TimexValue::Time { day: d, hour, minute, utc } => {
                write!(f, "{}T{hour:02}:{minute:02}{}", day(d), if *utc { "Z" } else { "" })
            }
            TimexValue::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            TimexValue::Weekend(y, w) => write!(f, "{y:04}-W{w:02}-WE"),
            TimexValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            TimexValue::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            TimexValue::Half(y, h) => write!(f, "{y:04}-H{h}"),
            TimexValue::Season(y, s) => write!(f, "{y:04}-{}", s.code()),
            TimexValue::Year(y) => write!(f, "{y:04}"),
            TimexValue::Decade(d) => write!(f, "{d:03}"),
            TimexValue::Century(c) => write!(f, "{c:02}"),
            TimexValue::Vague(Vague::Present) => f.write_str("PRESENT_REF"),
            TimexValue::Vague(Vague::Past) => f.write_str("PAST_REF"),
            TimexValue::Vague(Vague::Future) => f.write_str("FUTURE_REF"),
            TimexValue::Duration(n, unit) => match unit.code() {
                (letter, true) => write!(f, "PT{n}{letter}"),
                (letter, false) => write!(f, "P{n}{letter}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn timeml_forms() {
        assert_eq!(TimexValue::Day(d(2018, 5, 30)).to_string(), "2018-05-30");
        assert_eq!(TimexValue::DayPart(d(2018, 5, 30), DayPart::Night).to_string(), "2018-05-30TNI");
        let time = TimexValue::Time { day: d(2018, 5, 30), hour: 18, minute: 0, utc: true };
        assert_eq!(time.to_string(), "2018-05-30T18:00Z");
        assert_eq!(TimexValue::Week(2020, 53).to_string(), "2020-W53");
        assert_eq!(TimexValue::Weekend(2018, 22).to_string(), "2018-W22-WE");
        assert_eq!(TimexValue::Month(2000, 10).to_string(), "2000-10");
        assert_eq!(TimexValue::Quarter(2017, 3).to_string(), "2017-Q3");
        assert_eq!(TimexValue::Half(2011, 1).to_string(), "2011-H1");
        assert_eq!(TimexValue::Season(2017, Season::Summer).to_string(), "2017-SU");
        assert_eq!(TimexValue::Decade(199).to_string(), "199");
        assert_eq!(TimexValue::Century(19).to_string(), "19");
        assert_eq!(TimexValue::Vague(Vague::Past).to_string(), "PAST_REF");
        assert_eq!(TimexValue::Duration(72, Unit::Hour).to_string(), "PT72H");
        assert_eq!(TimexValue::Duration(20, Unit::Year).to_string(), "P20Y");
    }

    #[test]
    fn intervals_cover_the_whole_period() {
        assert_eq!(TimexValue::Week(2020, 53).interval(), Some((d(2020, 12, 28), d(2021, 1, 3))));
        assert_eq!(TimexValue::Month(2016, 2).interval(), Some((d(2016, 2, 1), d(2016, 2, 29))));
        assert_eq!(TimexValue::Quarter(2017, 4).interval(), Some((d(2017, 10, 1), d(2017, 12, 31))));
        assert_eq!(TimexValue::Half(2011, 2).interval(), Some((d(2011, 7, 1), d(2011, 12, 31))));
        assert_eq!(
            TimexValue::Season(2017, Season::Winter).interval(),
            Some((d(2017, 12, 1), d(2018, 2, 28)))
        );
        assert_eq!(TimexValue::Decade(199).interval(), Some((d(1990, 1, 1), d(1999, 12, 31))));
        assert_eq!(TimexValue::Vague(Vague::Present).interval(), None);
    }

    #[test]
    fn human_labels_show_the_granularity() {
        assert_eq!(TimexValue::Day(d(2018, 5, 30)).human(), "Wed 30 May 2018");
        assert_eq!(TimexValue::Month(2018, 6).human(), "June 2018");
        assert_eq!(TimexValue::Week(2018, 21).human(), "week of 21 May 2018");
        assert_eq!(TimexValue::Year(2010).human(), "2010");
        assert_eq!(TimexValue::Century(20).human(), "the 21st century");
    }
}
