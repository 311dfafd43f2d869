//! Placing a [`Form`] on the calendar: against the article's date, the tense of its clause, the
//! date named just before (for "the next day"), and the quarter the article reports on (for "a
//! year earlier" in quarterly results). One resolver per form; `None` when nothing useful can be
//! said, never a guessed calendar value.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use super::grammar::{Form, Step};
use crate::extract::calendar::{Part, Relative, SeasonName, Unit, Vagueness};
use crate::extract::tense::Tense;
use crate::extract::timex::{self, DayPart, Granularity, Season, TimexValue, Vague};

/// What a form is read against.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// The day the article was written.
    pub dct: Option<NaiveDate>,
    /// The tense of the clause around the expression.
    pub tense: Tense,
    /// The last calendar date named, a few sentences back at most.
    pub anchor: Option<TimexValue>,
    /// The anchor was named earlier in the same sentence.
    pub anchor_here: bool,
    /// The quarter the article reports results for, when it is a quarterly report.
    pub reported: Option<(i32, u32)>,
    /// The sentence compares results with a year before ("up from $8 million a year earlier").
    pub comparison: bool,
    /// A word of duration comes just before ("over the next year", "for the past week").
    pub spanning: bool,
    /// "by" or "until" comes just before: a deadline, ahead unless the clause is past.
    pub deadline: bool,
    /// A verb before it moves a time limit ("postponed", "extended", "has given"): a deadline
    /// after it lies ahead even in a past clause.
    pub deferred: bool,
    /// A possessive follows ("Wednesday's ruling"): a noun phrase with a time of its own, not
    /// the clause's.
    pub possessive: bool,
}

/// How far ahead a past-tense clause may still point (a plan, a schedule) before a year-less date
/// is taken to be last year's.
const PLAN_HORIZON_DAYS: i64 = 62;
const PLAN_HORIZON_MONTHS: u32 = 1;
/// How recent a year-less date must be to stay this year's in a clause that looks ahead.
const RECENT_DAYS: i64 = 45;

/// The value of a form, `None` when it cannot be placed.
pub fn resolve(form: Form, cx: &Context) -> Option<TimexValue> {
    let dct = cx.dct;
    match form {
        Form::Day { month, day, year: Some(y) } => {
            NaiveDate::from_ymd_opt(y, month, day).map(TimexValue::Day)
        }
        // "Next year's edition opens on Sept. 1": so is a day's.
        // Not against the tense: "By the end of 2019 … The talks, scheduled for June 1, will be
        // held" in November 2019 are next June's.
        Form::Day { month, day, year: None } => {
            let d = dct?;
            let tense = tense_or_deadline(cx);
            let named = match cx.anchor {
                Some(TimexValue::Year(y)) if cx.anchor_here => NaiveDate::from_ymd_opt(y, month, day),
                _ => None,
            };
            named
                .filter(|&n| agrees(n, d, tense))
                .or_else(|| day_of(month, day, d, tense))
                .map(TimexValue::Day)
        }
        Form::WeekOf { month, day, year } => {
            let d = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, month, day)?,
                None => day_of(month, day, dct?, tense_or_deadline(cx))?,
            };
            Some(TimexValue::Week(d.iso_week().year(), d.iso_week().week() as u8))
        }
        Form::DayOfMonth { day, step } => {
            day_of_relative_month(day, step, dct?, tense_or_deadline(cx)).map(TimexValue::Day)
        }
        Form::Numeric(date) => Some(TimexValue::Day(date)),
        Form::MonthOfYear { month, year } => Some(TimexValue::Month(year, month as u8)),
        Form::MonthOfRelativeYear { month, step } => {
            Some(TimexValue::Month(dct?.year() + step as i32, month as u8))
        }
        Form::Month { month, relative: Some(r), .. } => {
            let d = dct?;
            Some(match r {
                Relative::Last | Relative::Past | Relative::Previous => {
                    TimexValue::Month(if month < d.month() { d.year() } else { d.year() - 1 }, month as u8)
                }
                Relative::Next | Relative::Coming | Relative::Following => {
                    TimexValue::Month(if month > d.month() { d.year() } else { d.year() + 1 }, month as u8)
                }
                Relative::This | Relative::Current => TimexValue::Month(d.year(), month as u8),
            })
        }
        // "Last year the water came in August": a year just named is the month's.
        Form::Month { month, relative: None, .. } => match cx.anchor {
            Some(TimexValue::Year(y)) if cx.anchor_here => Some(TimexValue::Month(y, month as u8)),
            _ => Some(month_in_context(month, dct?, tense_or_deadline(cx))),
        },
        Form::EdgeOf { unit, step } => relative_unit(unit, step, dct?),
        Form::Half { half, year: Some(y), .. } => Some(TimexValue::Half(y, half as u8)),
        Form::Half { half, year: None, step } => {
            Some(TimexValue::Half(dct?.year() + step as i32, half as u8))
        }
        Form::Weekday { day, relative, part } => {
            // "Wednesday's ruling": the nearer Wednesday, whatever the main verb says.
            let tense = if cx.possessive { Tense::Unknown } else { tense_or_deadline(cx) };
            // "The ferry sailed Tuesday, twice as full as the previous Tuesday": the one before the
            // day just named.
            let from = match (relative, &cx.anchor) {
                (Some(Relative::Previous | Relative::Following), Some(a)) => {
                    a.interval().filter(|(start, end)| start == end).map(|(start, _)| start)
                }
                _ => None,
            };
            Some(with_part(weekday(day, relative, from.or(dct)?, tense), part))
        }
        Form::Deictic { offset, part } => Some(with_part(dct? + Duration::days(offset), part)),
        Form::PartOfToday { yesterday, part } => {
            let d = dct?;
            Some(with_part(if yesterday { d - Duration::days(1) } else { d }, Some(part)))
        }
        Form::Narrative { unit, step, spanning } => {
            // "over the next year" looks ahead from the article's date; "the next year", after a
            // date, counts from it.
            if spanning && cx.spanning {
                return relative_unit(unit, step, dct?);
            }
            from_anchor(cx.anchor.as_ref()?, unit, step)
        }
        Form::Relative { unit: Unit::Quarter, step: Step { n: 0, .. } } if cx.reported.is_some() => {
            let (y, q) = cx.reported?;
            Some(TimexValue::Quarter(y, q as u8))
        }
        // "last week" and "the last week", "the past year": the calendar unit before this one.
        Form::Relative { unit, step: Step { n, .. } } => relative_unit(unit, n, dct?),
        // "the current quarter" is the article's, even in a story of last quarter's results.
        Form::Current { unit } => relative_unit(unit, 0, dct?),
        Form::Weekend => Some(weekend(dct?, cx.tense)),
        Form::Ago { n: None, .. } => Some(TimexValue::Vague(Vague::Past)),
        Form::Ago { n: Some(n), unit } if n < 0 => ago(n, unit, dct?),
        Form::Ago { n: Some(n), unit } => {
            if n == 1 && unit == Unit::Year && cx.comparison && cx.reported.is_some() {
                let (y, q) = cx.reported?;
                return Some(TimexValue::Quarter(y - 1, q as u8));
            }
            ago(n, unit, dct?)
        }
        Form::Duration { n, unit, later: Some(sign) } => {
            if n == 1 && unit == Unit::Year && sign < 0 && cx.comparison && cx.reported.is_some() {
                // "up from $8 million a year earlier" in a quarterly report: that quarter last year.
                let (y, q) = cx.reported?;
                return Some(TimexValue::Quarter(y - 1, q as u8));
            }
            match cx.anchor.as_ref().and_then(|a| from_anchor(a, unit, sign * n)) {
                Some(v) => Some(v),
                None => duration(n, unit),
            }
        }
        Form::Duration { n, unit, later: None } => duration(n, unit),
        Form::Decade(d) => Some(TimexValue::Decade(d)),
        Form::Century(c) => (0..=20).contains(&c).then_some(TimexValue::Century(c)),
        Form::Quarter { quarter, year: Some(y), .. } => Some(TimexValue::Quarter(y, quarter as u8)),
        Form::Quarter { quarter, year: None, step } => {
            let d = dct?;
            let current = (d.month() - 1) / 3 + 1;
            // Results for a quarter that has not begun are last year's ("fourth-quarter profit rose",
            // written in January).
            let year = if step == 0 && quarter > current && cx.tense != Tense::Future {
                d.year() - 1
            } else {
                d.year()
            };
            Some(TimexValue::Quarter(year + step as i32, quarter as u8))
        }
        Form::PeriodOfYear(year) => match cx.reported {
            Some((_, q)) => Some(TimexValue::Quarter(year, q as u8)),
            None => Some(TimexValue::Year(year)),
        },
        // "year-earlier fares" in a quarterly report: that quarter last year, unless a whole year
        // was the last date named ("fares for all of 1988 … year-ago fares").
        Form::YearAgo => match (cx.reported, &cx.anchor) {
            (_, Some(TimexValue::Year(_))) | (None, _) => Some(TimexValue::Year(dct?.year() - 1)),
            (Some((y, q)), _) => Some(TimexValue::Quarter(y - 1, q as u8)),
        },
        Form::In { n, unit } => ago(-n, unit, dct?),
        Form::TimeOnDay { hour, minute, utc, month, day, year } => {
            let day = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, month, day)?,
                None => day_of(month, day, dct?, tense_or_deadline(cx))?,
            };
            Some(TimexValue::Time { day, hour: hour as u8, minute: minute as u8, utc })
        }
        Form::QuarterEnded { month } => {
            let TimexValue::Month(year, month) = month_in_context(month, dct?, Tense::Past) else {
                return None;
            };
            // Its middle month: April 30 ends February to April, mostly the first quarter.
            let (year, middle) = if month == 1 { (year - 1, 12) } else { (year, month - 1) };
            Some(TimexValue::Quarter(year, (middle - 1) / 3 + 1))
        }
        Form::ReportedQuarter { years_back } => {
            let (y, q) = cx.reported.or_else(|| dct.map(last_completed_quarter))?;
            Some(TimexValue::Quarter(y - years_back as i32, q as u8))
        }
        Form::Season { season, relative, year } => season_value(season, relative, year, dct, cx.tense),
        Form::Time { hour, minute, utc, weekday: day } => {
            let d = dct?;
            // "struck late Wednesday. … hit at 11:47 p.m.": a time alone is on the day just named.
            let named_day = match cx.anchor {
                Some(TimexValue::Day(a) | TimexValue::DayPart(a, _) | TimexValue::Time { day: a, .. }) => {
                    Some(a)
                }
                _ => None,
            };
            // "Landfall is expected early Saturday. … said at 4 p.m. that": not on a day still
            // ahead when the time's clause is past, nor on one gone by when it is future.
            let named_day = named_day.filter(|&a| agrees(a, d, cx.tense));
            let day = match day {
                Some(w) => weekday(w, None, d, tense_or_deadline(cx)),
                None => named_day.unwrap_or(d),
            };
            Some(TimexValue::Time { day, hour: hour as u8, minute: minute as u8, utc })
        }
        Form::Vague(v) => Some(TimexValue::Vague(match v {
            Vagueness::Present => Vague::Present,
            Vagueness::Past => Vague::Past,
            Vagueness::Future => Vague::Future,
        })),
        Form::Year(y) => Some(TimexValue::Year(y)),
        Form::FiscalYear { year: Some(y) } => Some(TimexValue::Year(y)),
        Form::FiscalYear { year: None } => Some(TimexValue::Year(dct?.year())),
        Form::Holiday { cal, week, year } => {
            let day = match year {
                Some(year) => holiday_in(cal, year)?,
                None => holiday(cal, dct?, cx.tense)?,
            };
            Some(if week { relative_unit(Unit::Week, 0, day)? } else { TimexValue::Day(day) })
        }
        Form::Anaphor { unit } => {
            let fine = |g: Granularity| cx.anchor.and_then(|a| a.granularity()).is_some_and(|ag| ag <= g);
            let base = match unit {
                Unit::Day if fine(Granularity::Day) => cx.anchor?.interval()?.0,
                Unit::Week if fine(Granularity::Week) => cx.anchor?.interval()?.0,
                Unit::Month if fine(Granularity::Month) => cx.anchor?.interval()?.0,
                Unit::Year if fine(Granularity::Year) => cx.anchor?.interval()?.0,
                _ => dct?,
            };
            relative_unit(unit, 0, base).or(Some(TimexValue::Day(base)))
        }
    }
}

/// The tense, or the future for a deadline ("by February") in a clause that is not past.
/// Whether `date` lies where `tense` points from `dct` (anything does when the tense is unknown).
fn agrees(date: NaiveDate, dct: NaiveDate, tense: Tense) -> bool {
    match tense {
        Tense::Past => date <= dct,
        Tense::Future => date >= dct,
        Tense::Unknown => true,
    }
}

fn tense_or_deadline(cx: &Context) -> Tense {
    if cx.deadline && (cx.tense != Tense::Past || cx.deferred) { Tense::Future } else { cx.tense }
}

/// The quarter before the one `dct` falls in: what a report written then is about.
fn last_completed_quarter(dct: NaiveDate) -> (i32, u32) {
    let q = (dct.month() - 1) / 3 + 1;
    if q == 1 { (dct.year() - 1, 4) } else { (dct.year(), q - 1) }
}

/// A day of a month, the year chosen to fit the tense around it.
fn day_of(month: u32, day: u32, dct: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    let candidates: Vec<NaiveDate> =
        (dct.year() - 1..=dct.year() + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, month, day)).collect();
    let same_year = candidates.iter().copied().find(|c| c.year() == dct.year());
    // A past clause may still speak of a plan a few weeks ahead ("was slated for June 12").
    // The tense decides when it speaks; only without one does the nearer year win.
    match (tense, same_year) {
        // A date a few weeks past stays this year's, whatever else in the sentence looks ahead.
        (Tense::Future, Some(c)) if c < dct && (dct - c).num_days() > RECENT_DAYS => {
            candidates.iter().copied().find(|x| *x >= dct)
        }
        (Tense::Future, Some(c)) => Some(c),
        (Tense::Past, Some(c)) if (c - dct).num_days() > PLAN_HORIZON_DAYS => {
            candidates.iter().copied().rev().find(|x| *x <= dct)
        }
        (Tense::Past, Some(c)) => Some(c),
        (_, Some(c)) if (c - dct).num_days().abs() <= 183 => Some(c),
        _ => candidates.iter().copied().min_by_key(|c| (*c - dct).num_days().abs()),
    }
}

/// Day `day` of the month `step` months from the article's; without a step, of the article's
/// month unless the tense puts the day on the other side of the article's date.
fn day_of_relative_month(day: u32, step: Option<i64>, dct: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    let step = step.unwrap_or(match tense {
        Tense::Past if day > dct.day() => -1,
        Tense::Future if day < dct.day() => 1,
        _ => 0,
    });
    shift_months(dct, step)?.with_day(day)
}

/// A month named without a year: the article's year, moved by the tense when the month lies on the
/// other side of the article's date.
fn month_in_context(month: u32, dct: NaiveDate, tense: Tense) -> TimexValue {
    let year = match tense {
        Tense::Future if month < dct.month() => dct.year() + 1,
        Tense::Past if month > dct.month() + PLAN_HORIZON_MONTHS => dct.year() - 1,
        // No tense: the nearer occurrence when the other is more than half a year away.
        Tense::Unknown if month > dct.month() + 6 => dct.year() - 1,
        Tense::Unknown if month + 6 < dct.month() => dct.year() + 1,
        _ => dct.year(),
    };
    TimexValue::Month(year, month as u8)
}

/// The nearest such weekday: the article's own day, else by tense, else the closer one.
fn weekday(day: Weekday, relative: Option<Relative>, dct: NaiveDate, tense: Tense) -> NaiveDate {
    let ahead =
        (day.num_days_from_monday() as i64 - dct.weekday().num_days_from_monday() as i64).rem_euclid(7);
    let next = dct + Duration::days(if ahead == 0 { 7 } else { ahead });
    let previous = dct - Duration::days(if ahead == 0 { 7 } else { 7 - ahead });
    match relative {
        Some(Relative::Last | Relative::Past | Relative::Previous) => return previous,
        Some(Relative::Next | Relative::Coming | Relative::Following) => return next,
        Some(Relative::This | Relative::Current) => {
            return dct + Duration::days(ahead) - Duration::days(if ahead > 3 { 7 } else { 0 });
        }
        None => {}
    }
    if ahead == 0 {
        return dct;
    }
    match tense {
        Tense::Past => previous,
        Tense::Future => next,
        Tense::Unknown if ahead <= 2 => next,
        Tense::Unknown => previous,
    }
}

fn weekend(dct: NaiveDate, tense: Tense) -> TimexValue {
    let week = |d: NaiveDate| TimexValue::Weekend(d.iso_week().year(), d.iso_week().week() as u8);
    // Early in the week, "the weekend" is the one just past unless the clause looks ahead.
    let early_in_week = matches!(dct.weekday(), Weekday::Mon | Weekday::Tue);
    let is_weekend = matches!(dct.weekday(), Weekday::Sat | Weekday::Sun);
    match tense {
        Tense::Past if !is_weekend => week(dct - Duration::days(7)),
        Tense::Unknown if early_in_week => week(dct - Duration::days(7)),
        _ => week(dct),
    }
}

fn day_part(part: Part) -> Option<DayPart> {
    Some(match part {
        Part::Morning => DayPart::Morning,
        Part::Afternoon => DayPart::Afternoon,
        Part::Evening => DayPart::Evening,
        Part::Night => DayPart::Night,
        Part::Noon | Part::Midnight => return None,
    })
}

fn with_part(day: NaiveDate, part: Option<Part>) -> TimexValue {
    match part {
        Some(Part::Noon) => TimexValue::Time { day, hour: 12, minute: 0, utc: false },
        // "midnight Friday" ends Friday: ISO writes it 24:00.
        Some(Part::Midnight) => TimexValue::Time { day, hour: 24, minute: 0, utc: false },
        Some(p) => day_part(p).map_or(TimexValue::Day(day), |p| TimexValue::DayPart(day, p)),
        None => TimexValue::Day(day),
    }
}

fn season(name: SeasonName) -> Season {
    match name {
        SeasonName::Spring => Season::Spring,
        SeasonName::Summer => Season::Summer,
        SeasonName::Fall => Season::Fall,
        SeasonName::Winter => Season::Winter,
    }
}

fn season_value(
    name: SeasonName,
    relative: Option<Relative>,
    year: Option<i32>,
    dct: Option<NaiveDate>,
    tense: Tense,
) -> Option<TimexValue> {
    let s = season(name);
    if let Some(y) = year {
        return Some(TimexValue::Season(y, s));
    }
    let d = dct?;
    let year = match (relative, tense) {
        (Some(Relative::Last | Relative::Past | Relative::Previous), _) => season_year(s, d, -1),
        (Some(Relative::Next | Relative::Coming | Relative::Following), _) => season_year(s, d, 1),
        // "will begin in the spring", written in November: next spring; "began in the autumn",
        // written in March: last autumn.
        (None, Tense::Future) if season_over(s, d) => season_year(s, d, 1),
        (None, Tense::Past) if season_ahead(s, d) => season_year(s, d, -1),
        _ => season_year(s, d, 0),
    };
    Some(TimexValue::Season(year, s))
}

/// A unit `step` units away from `dct`: week, weekend, month, quarter, year.
fn relative_unit(unit: Unit, step: i64, dct: NaiveDate) -> Option<TimexValue> {
    let week = |d: NaiveDate| (d.iso_week().year(), d.iso_week().week());
    Some(match unit {
        Unit::Day => TimexValue::Day(dct + Duration::days(step)),
        Unit::Week | Unit::Fortnight => {
            let (y, w) = week(dct + Duration::weeks(step));
            TimexValue::Week(y, w as u8)
        }
        Unit::Weekend => {
            let (y, w) = week(dct + Duration::weeks(step));
            TimexValue::Weekend(y, w as u8)
        }
        Unit::Month => {
            let d = shift_months(dct, step)?;
            TimexValue::Month(d.year(), d.month() as u8)
        }
        Unit::Year => TimexValue::Year(dct.year() + step as i32),
        Unit::Quarter => {
            let d = shift_months(dct, 3 * step)?;
            TimexValue::Quarter(d.year(), ((d.month() - 1) / 3 + 1) as u8)
        }
        Unit::Half => TimexValue::Half(dct.year(), if dct.month() <= 6 { 1 } else { 2 }),
        Unit::Decade => TimexValue::Decade(dct.year() / 10 + step as i32),
        Unit::Century => TimexValue::Century(dct.year() / 100 + step as i32),
        Unit::Second | Unit::Minute | Unit::Hour => return None,
    })
}

fn shift_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let first = d.with_day(1)?;
    if n >= 0 {
        first.checked_add_months(Months::new(n as u32))
    } else {
        first.checked_sub_months(Months::new((-n) as u32))
    }
}

/// The year of the season `step` seasons-of-that-kind away: 0 = the one containing or nearest
/// after the date in its year, -1 = the last one that has ended, 1 = the next one.
fn season_year(season: Season, dct: NaiveDate, step: i64) -> i32 {
    let interval = |y| TimexValue::Season(y, season).interval();
    let y = dct.year();
    let contains = (y - 1..=y).find(|&c| interval(c).is_some_and(|(a, b)| a <= dct && dct <= b));
    match step {
        0 => contains.unwrap_or(y),
        s if s < 0 => (y - 2..=y).rev().find(|&c| interval(c).is_some_and(|(_, b)| b < dct)).unwrap_or(y - 1),
        _ => (y..=y + 1).find(|&c| interval(c).is_some_and(|(a, _)| a > dct)).unwrap_or(y + 1),
    }
}

/// This year's season has ended by `dct`.
fn season_over(season: Season, dct: NaiveDate) -> bool {
    TimexValue::Season(season_year(season, dct, 0), season).interval().is_some_and(|(_, last)| last < dct)
}

/// This year's season has not begun by `dct`.
fn season_ahead(season: Season, dct: NaiveDate) -> bool {
    TimexValue::Season(season_year(season, dct, 0), season).interval().is_some_and(|(first, _)| first > dct)
}

fn ago(n: i64, unit: Unit, dct: NaiveDate) -> Option<TimexValue> {
    Some(match unit {
        Unit::Day => TimexValue::Day(dct - Duration::days(n)),
        Unit::Week | Unit::Fortnight => {
            let d = dct - Duration::weeks(if unit == Unit::Fortnight { 2 * n } else { n });
            TimexValue::Week(d.iso_week().year(), d.iso_week().week() as u8)
        }
        Unit::Month => {
            let d = shift_months(dct, -n)?;
            TimexValue::Month(d.year(), d.month() as u8)
        }
        Unit::Quarter => {
            let d = shift_months(dct, -3 * n)?;
            TimexValue::Quarter(d.year(), ((d.month() - 1) / 3 + 1) as u8)
        }
        Unit::Year => TimexValue::Year(dct.year() - n as i32),
        // "a decade ago" from 1999 is 1989, not the 1980s.
        Unit::Decade => TimexValue::Year(dct.year() - 10 * n as i32),
        Unit::Century => TimexValue::Century((dct.year() - 100 * n as i32) / 100),
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Weekend | Unit::Half => return None,
    })
}

/// `step` units away from the date just named; `None` when that date is coarser than the unit
/// ("the next day" after "in 2010" says nothing).
fn from_anchor(anchor: &TimexValue, unit: Unit, step: i64) -> Option<TimexValue> {
    let granularity = anchor.granularity()?;
    let day = anchor.interval()?.0;
    let fine_enough = |limit: Granularity| granularity <= limit;
    Some(match unit {
        Unit::Day if fine_enough(Granularity::Day) => TimexValue::Day(day + Duration::days(step)),
        Unit::Week if fine_enough(Granularity::Week) => {
            let d = day + Duration::weeks(step);
            TimexValue::Week(d.iso_week().year(), d.iso_week().week() as u8)
        }
        Unit::Month if fine_enough(Granularity::Month) => {
            let d = shift_months(day, step)?;
            TimexValue::Month(d.year(), d.month() as u8)
        }
        Unit::Year if fine_enough(Granularity::Year) => TimexValue::Year(day.year() + step as i32),
        _ => return None,
    })
}

/// A length of time in TimeML's units.
fn duration(n: i64, unit: Unit) -> Option<TimexValue> {
    let n = u32::try_from(n).ok()?;
    let (n, unit) = match unit {
        Unit::Second => (n, timex::Unit::Second),
        Unit::Minute => (n, timex::Unit::Minute),
        Unit::Hour => (n, timex::Unit::Hour),
        Unit::Day => (n, timex::Unit::Day),
        Unit::Week => (n, timex::Unit::Week),
        Unit::Fortnight => (n.saturating_mul(2), timex::Unit::Week),
        Unit::Month => (n, timex::Unit::Month),
        Unit::Quarter => (n.saturating_mul(3), timex::Unit::Month),
        Unit::Half => (n.saturating_mul(6), timex::Unit::Month),
        Unit::Year => (n, timex::Unit::Year),
        Unit::Decade => (n.saturating_mul(10), timex::Unit::Year),
        Unit::Century => (n.saturating_mul(100), timex::Unit::Year),
        Unit::Weekend => return None,
    };
    Some(TimexValue::Duration(n, unit))
}

/// The day of a holiday nearest the article's date, by tense: fixed ones by month and day,
/// Thanksgiving the fourth Thursday of November, Easter by the Gregorian computus.
fn holiday(cal: u8, dct: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    let candidates: Vec<NaiveDate> =
        (dct.year() - 1..=dct.year() + 1).filter_map(|y| holiday_in(cal, y)).collect();
    // A holiday within a week of the article is that one, whatever the tense: "as Easter week
    // began" days before Easter, "shops reopen after Christmas" on December 28.
    if let Some(near) = candidates.iter().copied().find(|d| (*d - dct).num_days().abs() <= 7) {
        return Some(near);
    }
    match tense {
        Tense::Past => candidates.iter().rev().copied().find(|d| *d <= dct),
        Tense::Future => candidates.iter().copied().find(|d| *d >= dct),
        Tense::Unknown => candidates.iter().copied().min_by_key(|d| (*d - dct).num_days().abs()),
    }
}

/// The day of holiday `cal` in `year`.
fn holiday_in(cal: u8, year: i32) -> Option<NaiveDate> {
    if let Some(&(_, m, d)) = crate::extract::calendar::HOLIDAY_DATES.iter().find(|(c, _, _)| *c == cal) {
        return NaiveDate::from_ymd_opt(year, m, d);
    }
    match cal {
        20 => NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Thu, 4),
        21 => easter(year),
        // The United States' Election Day: the Tuesday after the first Monday in November.
        22 => NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Mon, 1).map(|d| d + Duration::days(1)),
        23 => last_weekday_of_month(year, 5, Weekday::Mon),
        24 => NaiveDate::from_weekday_of_month_opt(year, 9, Weekday::Mon, 1),
        25 => NaiveDate::from_weekday_of_month_opt(year, 2, Weekday::Mon, 3),
        26 => easter(year).map(|d| d - Duration::days(2)),
        27 => easter(year).map(|d| d + Duration::days(1)),
        28 => NaiveDate::from_weekday_of_month_opt(year, 1, Weekday::Mon, 3),
        _ => None,
    }
}

/// The last `day` of a month ("the last Monday in May").
fn last_weekday_of_month(year: i32, month: u32, day: Weekday) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, day, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, day, 4))
}

/// Easter Sunday of `year` (the anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_and_thanksgiving_move_with_the_year() {
        assert_eq!(easter(2018), Some(d("2018-04-01")));
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(holiday(20, d("1998-12-01"), Tense::Past), Some(d("1998-11-26")));
        assert_eq!(holiday(1, d("1998-12-01"), Tense::Future), Some(d("1998-12-25")));
    }

    #[test]
    fn a_reported_quarter_is_the_last_one_completed() {
        assert_eq!(last_completed_quarter(d("1989-10-26")), (1989, 3));
        assert_eq!(last_completed_quarter(d("1990-01-15")), (1989, 4));
    }
}
