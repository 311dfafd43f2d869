//! Date expressions in a body: where they are, and what they mean against the article's date.
//!
//! One pattern finds candidates (alternatives ordered so the most specific wins at a position);
//! a few context checks drop the ones that are not dates ("May" the verb, "2010 people"); then
//! each is resolved, using the tense of its clause where the direction is open.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use regex::{Captures, Regex};

use serde::{Deserialize, Serialize};

use super::tense::{Tense, tense_at};
use super::timex::{DayPart, Season, TimexValue, Unit, Vague};
use crate::corpus::{Paragraph, ParagraphKind};
use crate::span::Span;

/// A date expression: its byte span in the body and its value, `None` when it cannot be resolved
/// (a relative expression in an undated article, an unknown quantity).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub span: Span,
    pub value: Option<TimexValue>,
}

const MONTH_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBR: &str = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?";
const WEEKDAY: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const DAY: &str = r"3[01]|[12]\d|0?[1-9]";
const YEAR: &str = r"1[6-9]\d\d|20\d\d|21\d\d";
const NUMBER: &str = r"(?i:a few|several|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\d+)";
const COUNT: &str = r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\d+)";

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let month = format!("(?:{MONTH_FULL}|{MONTH_ABBR})");
    let alternatives = [
        format!(
            r"(?P<md>(?:(?P<md_wd>{WEEKDAY}),?\s+)?(?P<md_m>{month})\s+(?P<md_d>{DAY})(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_y>{YEAR})\b)?)"
        ),
        format!(
            r"(?P<dm>\b(?:(?P<dm_wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<dm_d>{DAY})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm_m>{month})(?:,?\s+(?P<dm_y>{YEAR})\b)?)"
        ),
        r"(?P<iso>\b(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})\b)".to_owned(),
        r"(?P<num>\b(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4})\b)".to_owned(),
        format!(
            r"(?P<my>\b(?:(?i:early|late|mid)[-\s])?(?P<my_m>{MONTH_FULL}|{MONTH_ABBR})(?:\s+of)?,?\s+(?P<my_y>{YEAR})\b)"
        ),
        format!(r"(?P<mid>\b(?i:early|late|mid)(?:-|\s+)(?P<mid_m>{MONTH_FULL})\b)"),
        format!(
            r"(?P<edge>\b(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<edge_m>{MONTH_FULL})\b)"
        ),
        r"(?P<edge_rel>\b(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<edge_rel_r>the|this|last|next)\s+(?P<edge_rel_u>year|month|week)\b)".to_owned(),
        format!(
            r"(?P<half>\b(?:[Tt]he\s+)?(?P<half_n>first|second)\s+half\b(?:\s+of\s+(?:(?P<half_y>{YEAR})\b|(?P<half_r>the|this|last|next)\s+year\b))?)"
        ),
        format!(r"(?P<rm>\b(?P<rm_rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<rm_m>{MONTH_FULL})\b)"),
        format!(
            r"(?P<wd>\b(?:(?P<wd_rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd_d>{WEEKDAY})\b(?:\s+(?P<wd_part>morning|afternoon|evening|night)\b)?)"
        ),
        r"(?P<deic>\b(?P<deic_w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b(?:\s+(?P<deic_part>morning|afternoon|evening|night)\b)?)".to_owned(),
        r"(?P<tpart>\b(?P<tpart_rel>[Tt]his|[Ll]ast)\s+(?P<tpart_p>morning|afternoon|evening|night)\b)".to_owned(),
        r"(?P<narr>\b[Tt]he\s+(?P<narr_dir>following|previous|preceding|next)\s+(?P<narr_u>day|morning|afternoon|evening|night|week|month|year)\b)".to_owned(),
        r"(?P<narr2>\b[Tt]he\s+(?P<narr2_u>day|week|month|year)\s+(?P<narr2_dir>before|after)\b)".to_owned(),
        r"(?P<alater>\b(?i:a|an|one)\s+(?P<alater_u>day|week|month|year)\s+(?P<alater_dir>later|earlier)\b)".to_owned(),
        r"(?P<rel>\b(?:(?i:earlier|later)\s+)?(?P<rel_rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<rel_u>week|month|year|weekend|quarter|spring|summer|fall|autumn|winter)\b)".to_owned(),
        // "the current quarter"; but "the next year" is usually a length of time, so no "the" above.
        r"(?P<cur>\b(?:[Tt]he\s+)?[Cc]urrent\s+(?P<cur_u>week|month|year|quarter)\b)".to_owned(),
        r"(?P<wkend>\b(?:[Oo]ver\s+)?[Tt]he\s+weekend\b)".to_owned(),
        format!(r"(?P<ago>\b(?P<ago_n>{NUMBER})\s+(?P<ago_u>day|week|month|year|decade)s?\s+ago\b)"),
        format!(
            r"(?P<dur>\b(?:(?i:almost|nearly|about|more than|over|some|roughly|around|at least|less than)\s+)?(?:(?i:the)\s+(?:last|past|next)\s+)?(?P<dur_n>{COUNT})(?:\s+|-)(?P<dur_u>second|minute|hour|day|week|month|year|decade|century|centurie)s?\b(?:\s+(?P<dur_dir>later|earlier))?)"
        ),
        r"(?P<dec>\b(?:[Tt]he\s+)?(?:(?i:early|mid|late)[-\s])?(?P<dec_y>1[0-9]\d0|20\d0)s\b|\b[Tt]he\s+(?:'|’)(?P<dec_s>\d0)s\b|\b[Tt]he\s+(?P<dec_t>[2-9]0)s\b)".to_owned(),
        r"(?P<cent>\b(?:[Tt]he\s+)?(?P<cent_n>\d{1,2})(?:st|nd|rd|th)\s+century\b)".to_owned(),
        format!(
            r"(?P<qtr>\b(?:[Tt]he\s+)?(?P<qtr_n>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b(?:\s+of\s+(?P<qtr_y>{YEAR})\b)?)"
        ),
        format!(r"(?P<q>\bQ(?P<q_n>[1-4])\s+(?P<q_y>{YEAR})\b)"),
        format!(
            r"(?P<season>\b(?:(?P<season_rel>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)[-\s]+)?(?P<season_s>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\b(?:\s+(?:of\s+)?(?P<season_y>{YEAR})\b)?)"
        ),
        r"(?P<time>\b(?P<time_h>1[0-2]|0?[1-9])(?::(?P<time_m>[0-5]\d))?\s*(?P<time_ap>[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)(?:\s+(?P<time_z>UTC|GMT)\b)?|\b(?P<time_h24>[01]?\d|2[0-3]):(?P<time_m24>[0-5]\d)\s+(?P<time_z24>UTC|GMT)\b)".to_owned(),
        r"(?P<vague>\b(?:(?i:right|just|until|till)\s+)?(?P<vague_w>[Nn]ow|[Cc]urrently|[Nn]owadays|[Rr]ecently|[Ll]ately|[Ff]ormerly|[Pp]reviously|[Ss]oon|[Aa]t\s+present|[Tt]hese\s+days|[Ii]n\s+the\s+past|[Ii]n\s+the\s+future|[Ii]n\s+the\s+coming\s+(?:days|weeks|months|years))\b)".to_owned(),
        format!(r"(?P<year>\b(?P<year_y>{YEAR})\b)"),
        format!(r"(?P<month>\b(?P<month_m>{MONTH_FULL})\b)"),
    ];
    Regex::new(&alternatives.join("|")).expect("the date pattern compiles")
});

/// Finds the date expressions of a body (outside credit lines), resolved against `reference`.
/// `sentences` are the body's sentences in order (byte ranges), which give each match its context.
pub fn find_dates(
    body: &str,
    paragraphs: &[Paragraph],
    sentences: &[Range<usize>],
    reference: Option<NaiveDate>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    // The last calendar date named, and in which sentence: "the next day" counts from it.
    let mut anchor: Option<(TimexValue, usize)> = None;
    // One search per paragraph; each match is then read within its own sentence.
    for p in paragraphs.iter().filter(|p| p.kind != ParagraphKind::Credit) {
        for caps in PATTERN.captures_iter(&body[p.span]) {
            let Some(whole) = caps.get(0) else { continue };
            let start = p.span.start() + whole.start();
            let i = sentences.partition_point(|s| s.end <= start);
            let Some(sentence) =
                sentences.get(i).filter(|s| s.start <= start && p.span.start() + whole.end() <= s.end)
            else {
                continue;
            };
            let s = &body[sentence.clone()];
            let local = start - sentence.start..start - sentence.start + whole.len();
            let candidate = Candidate { sentence: s, caps: &caps, span: local };
            let near = anchor.as_ref().filter(|(_, at)| i - at <= ANCHOR_SENTENCES).map(|(v, _)| v);
            if let Some(found) = candidate.resolve(reference, near) {
                if let Some(v) = found.value.as_ref().filter(|v| v.interval().is_some()) {
                    anchor = Some((*v, i));
                }
                out.push(DateMention {
                    span: Span::new(sentence.start + found.span.start, sentence.start + found.span.end),
                    value: found.value,
                });
            }
        }
    }
    out
}

/// One pattern match in its sentence.
struct Candidate<'s, 'c> {
    sentence: &'s str,
    caps: &'c Captures<'s>,
    /// The match, as a byte range of `sentence`.
    span: Range<usize>,
}

/// A kept match: span within the sentence and value.
struct Found {
    span: Range<usize>,
    value: Option<TimexValue>,
}

impl<'s, 'c> Candidate<'s, 'c> {
    fn get(&self, name: &str) -> Option<&'s str> {
        self.caps.name(name).map(|m| m.as_str())
    }

    fn has(&self, name: &str) -> bool {
        self.caps.name(name).is_some()
    }

    fn tense(&self) -> Tense {
        tense_at(self.sentence, self.span.clone())
    }

    /// The lower-cased word before the match, and the one before that.
    fn words_before(&self, n: usize) -> Vec<String> {
        self.sentence[..self.span.start]
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .filter(|w| !w.is_empty())
            .rev()
            .take(n)
            .map(str::to_lowercase)
            .collect()
    }

    fn word_after(&self) -> Option<&'s str> {
        self.sentence[self.span.end..]
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .find(|w| !w.is_empty())
    }

    fn char_after(&self) -> Option<char> {
        self.sentence[self.span.end..].chars().next()
    }

    fn resolve(self, dct: Option<NaiveDate>, anchor: Option<&TimexValue>) -> Option<Found> {
        let value = if self.has("narr") || self.has("narr2") || self.has("alater") {
            let unit = self.get("narr_u").or(self.get("narr2_u")).or(self.get("alater_u"))?;
            let direction = self.get("narr_dir").or(self.get("narr2_dir")).or(self.get("alater_dir"))?;
            let step =
                if matches!(direction, "previous" | "preceding" | "before" | "earlier") { -1 } else { 1 };
            let spanning = self.words_before(1).first().is_some_and(|w| SPAN_WORDS.contains(&w.as_str()));
            if spanning && self.has("narr") {
                // "over the next year": a length of time.
                duration("one", unit)?
            } else {
                anchor.and_then(|a| from_anchor(a, unit, step))
            }
        } else if self.has("md") {
            let (m, d) = (month_number(self.get("md_m")?)?, self.get("md_d")?.parse().ok()?);
            self.day_of(m, d, self.get("md_y"), dct)?
        } else if self.has("dm") {
            let (m, d) = (month_number(self.get("dm_m")?)?, self.get("dm_d")?.parse().ok()?);
            self.day_of(m, d, self.get("dm_y"), dct)?
        } else if self.has("iso") {
            let y = self.get("iso_y")?.parse().ok()?;
            Some(TimexValue::Day(NaiveDate::from_ymd_opt(
                y,
                self.get("iso_m")?.parse().ok()?,
                self.get("iso_d")?.parse().ok()?,
            )?))
        } else if self.has("num") {
            numeric_date(self.get("num_a")?, self.get("num_b")?, self.get("num_y")?).map(TimexValue::Day)
        } else if self.has("my") {
            Some(TimexValue::Month(self.get("my_y")?.parse().ok()?, month_number(self.get("my_m")?)?))
        } else if self.has("mid") || self.has("edge") {
            let m = month_number(self.get("mid_m").or(self.get("edge_m"))?)?;
            dct.map(|d| self.month_in_context(m, d))
        } else if self.has("edge_rel") {
            let step = match self.get("edge_rel_r")? {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            dct.and_then(|d| relative_unit(self.get("edge_rel_u")?, step, d))
        } else if self.has("half") {
            let h = if self.get("half_n")? == "first" { 1 } else { 2 };
            match (self.get("half_y"), self.get("half_r")) {
                (Some(y), _) => Some(TimexValue::Half(y.parse().ok()?, h)),
                (None, r) => {
                    // "the second half" alone is the article's year.
                    let step = match r {
                        Some("last") => -1,
                        Some("next") => 1,
                        _ => 0,
                    };
                    dct.map(|d| TimexValue::Half(d.year() + step, h))
                }
            }
        } else if self.has("rm") {
            let m = month_number(self.get("rm_m")?)?;
            let rel = self.get("rm_rel")?.to_lowercase();
            dct.map(|d| match rel.as_str() {
                "last" => TimexValue::Month(if m < d.month() { d.year() } else { d.year() - 1 }, m),
                "next" => TimexValue::Month(if m > d.month() { d.year() } else { d.year() + 1 }, m),
                _ => TimexValue::Month(d.year(), m),
            })
        } else if self.has("wd") {
            let weekday: Weekday = self.get("wd_d")?.parse().ok()?;
            let part = self.get("wd_part").and_then(day_part);
            dct.map(|d| self.weekday(weekday, d)).map(|day| with_part(day, part))
        } else if self.has("deic") {
            let offset = match self.get("deic_w")?.to_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            let tonight = self.get("deic_w")?.eq_ignore_ascii_case("tonight");
            let part = self.get("deic_part").and_then(day_part).or(tonight.then_some(DayPart::Night));
            dct.map(|d| with_part(d + Duration::days(offset), part))
        } else if self.has("tpart") {
            let part = day_part(self.get("tpart_p")?)?;
            let last = self.get("tpart_rel")?.eq_ignore_ascii_case("last");
            dct.map(|d| TimexValue::DayPart(if last { d - Duration::days(1) } else { d }, part))
        } else if self.has("rel") && self.words_before(1).first().is_some_and(|w| w == "the") {
            // "over the next year", "in the last week": a length of time, not a calendar period.
            let unit = self.get("rel_u")?;
            Some(match unit {
                "week" => TimexValue::Duration(1, Unit::Week),
                "month" => TimexValue::Duration(1, Unit::Month),
                "year" => TimexValue::Duration(1, Unit::Year),
                "quarter" => TimexValue::Duration(3, Unit::Month),
                _ => return None,
            })
        } else if self.has("rel") {
            let step = match self.get("rel_rel")?.to_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            dct.and_then(|d| relative_unit(self.get("rel_u")?, step, d))
        } else if self.has("cur") {
            dct.and_then(|d| relative_unit(self.get("cur_u")?, 0, d))
        } else if self.has("wkend") {
            dct.map(|d| self.weekend(d))
        } else if self.has("ago") {
            let n = number(self.get("ago_n")?);
            match (n, dct) {
                (Some(n), Some(d)) => ago(n, self.get("ago_u")?, d),
                _ => None,
            }
        } else if self.has("dur") {
            // "three weeks later" counts from the date just named, when there is one.
            let step = match self.get("dur_dir") {
                Some("later") => number(self.get("dur_n")?),
                Some(_) => number(self.get("dur_n")?).map(|n| -n),
                None => None,
            };
            match (step, anchor) {
                (Some(n), Some(a)) => from_anchor(a, self.get("dur_u")?, n)
                    .map(Some)
                    .unwrap_or(duration(self.get("dur_n")?, self.get("dur_u")?)?),
                _ => duration(self.get("dur_n")?, self.get("dur_u")?)?,
            }
        } else if self.has("dec") {
            let decade = if let Some(y) = self.get("dec_y") {
                y.parse::<i32>().ok()? / 10
            } else {
                190 + self.get("dec_s").or(self.get("dec_t"))?.parse::<i32>().ok()? / 10
            };
            Some(TimexValue::Decade(decade))
        } else if self.has("cent") {
            let n: i32 = self.get("cent_n")?.parse().ok()?;
            (1..=21).contains(&n).then_some(TimexValue::Century(n - 1))
        } else if self.has("qtr") || self.has("q") {
            let q = match self.get("qtr_n").or(self.get("q_n"))? {
                "first" | "1st" | "1" => 1,
                "second" | "2nd" | "2" => 2,
                "third" | "3rd" | "3" => 3,
                _ => 4,
            };
            match self.get("qtr_y").or(self.get("q_y")) {
                Some(y) => Some(TimexValue::Quarter(y.parse().ok()?, q)),
                None => dct.map(|d| TimexValue::Quarter(d.year(), q)),
            }
        } else if self.has("season") {
            return self.season(dct);
        } else if self.has("time") {
            return self.time(dct);
        } else if self.has("vague") {
            return self.vague();
        } else if self.has("year") {
            return self.year();
        } else if self.has("month") {
            return self.month(dct);
        } else {
            return None;
        };
        Some(Found { span: self.span.clone(), value })
    }

    /// A day of a month, with the year given or chosen to fit the tense around it.
    fn day_of(
        &self,
        month: u32,
        day: u32,
        year: Option<&str>,
        dct: Option<NaiveDate>,
    ) -> Option<Option<TimexValue>> {
        if let Some(y) = year {
            return Some(NaiveDate::from_ymd_opt(y.parse().ok()?, month, day).map(TimexValue::Day));
        }
        let Some(dct) = dct else { return Some(None) };
        let candidates: Vec<NaiveDate> = (dct.year() - 1..=dct.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .collect();
        let same_year = candidates.iter().copied().find(|c| c.year() == dct.year());
        // A past clause may still speak of a plan a few weeks ahead ("was slated for June 12").
        // The tense decides when it speaks; only without one does the nearer year win.
        let chosen = match (self.tense(), same_year) {
            (Tense::Future, Some(c)) if c < dct => candidates.iter().copied().find(|x| *x >= dct),
            (Tense::Future, Some(c)) => Some(c),
            (Tense::Past, Some(c)) if (c - dct).num_days() > PLAN_HORIZON_DAYS => {
                candidates.iter().copied().rev().find(|x| *x <= dct)
            }
            (Tense::Past, Some(c)) => Some(c),
            (_, Some(c)) if (c - dct).num_days().abs() <= 183 => Some(c),
            _ => candidates.iter().copied().min_by_key(|c| (*c - dct).num_days().abs()),
        };
        Some(chosen.map(TimexValue::Day))
    }

    /// A month named without a year: the article's year, moved by the tense when the month lies
    /// on the other side of the article's date.
    fn month_in_context(&self, month: u32, dct: NaiveDate) -> TimexValue {
        let year = match self.tense() {
            Tense::Future if month < dct.month() => dct.year() + 1,
            Tense::Past if month > dct.month() + PLAN_HORIZON_MONTHS => dct.year() - 1,
            _ => dct.year(),
        };
        TimexValue::Month(year, month)
    }

    /// The nearest such weekday: the article's own day, else by tense, else the closer one.
    fn weekday(&self, weekday: Weekday, dct: NaiveDate) -> NaiveDate {
        let ahead = (weekday.num_days_from_monday() as i64 - dct.weekday().num_days_from_monday() as i64)
            .rem_euclid(7);
        let next = dct + Duration::days(if ahead == 0 { 7 } else { ahead });
        let previous = dct - Duration::days(if ahead == 0 { 7 } else { 7 - ahead });
        match self.get("wd_rel").map(str::to_lowercase).as_deref() {
            Some("last") => return previous,
            Some("next") => return next,
            Some(_) => return dct + Duration::days(ahead) - Duration::days(if ahead > 3 { 7 } else { 0 }),
            None => {}
        }
        if ahead == 0 {
            return dct;
        }
        match self.tense() {
            Tense::Past => previous,
            Tense::Future => next,
            Tense::Unknown if ahead <= 3 => next,
            Tense::Unknown => previous,
        }
    }

    fn weekend(&self, dct: NaiveDate) -> TimexValue {
        let week = |d: NaiveDate| TimexValue::Weekend(d.iso_week().year(), d.iso_week().week());
        // Early in the week, "the weekend" is the one just past unless the clause looks ahead.
        let early_in_week = matches!(dct.weekday(), Weekday::Mon | Weekday::Tue);
        let is_weekend = matches!(dct.weekday(), Weekday::Sat | Weekday::Sun);
        match self.tense() {
            Tense::Past if !is_weekend => week(dct - Duration::days(7)),
            Tense::Unknown if early_in_week => week(dct - Duration::days(7)),
            _ => week(dct),
        }
    }

    fn season(&self, dct: Option<NaiveDate>) -> Option<Found> {
        let season = match self.get("season_s")?.to_lowercase().as_str() {
            "spring" => Season::Spring,
            "summer" => Season::Summer,
            "fall" | "autumn" => Season::Fall,
            _ => Season::Winter,
        };
        let rel = self.get("season_rel").map(str::to_lowercase);
        if let Some(y) = self.get("season_y") {
            return Some(Found {
                span: self.span.clone(),
                value: Some(TimexValue::Season(y.parse().ok()?, season)),
            });
        }
        // "in spring", "during the winter"; not "the fall of the wall" or "prices fall".
        let before = self.words_before(2);
        let preposition =
            if before.first().is_some_and(|w| w == "the") { before.get(1) } else { before.first() };
        let cue = preposition.is_some_and(|w| SEASON_CUES.contains(&w.as_str()));
        let of_something = self.sentence[self.span.end..].trim_start().starts_with("of ");
        let seasonal = rel.is_some() || (cue && !of_something);
        if self.char_after() == Some('-') || !seasonal {
            return None;
        }
        let tense = self.tense();
        let value = dct.map(|d| {
            let year = match (rel.as_deref(), tense) {
                (Some("last"), _) => season_year(season, d, -1),
                (Some("next"), _) => season_year(season, d, 1),
                // "will begin in the spring", written in November: next spring; "began in the
                // autumn", written in March: last autumn.
                (None | Some("the"), Tense::Future) if season_over(season, d) => season_year(season, d, 1),
                (None | Some("the"), Tense::Past) if season_ahead(season, d) => season_year(season, d, -1),
                _ => season_year(season, d, 0),
            };
            TimexValue::Season(year, season)
        });
        Some(Found { span: self.span.clone(), value })
    }

    fn time(&self, dct: Option<NaiveDate>) -> Option<Found> {
        let (hour, minute, utc) = if let Some(h) = self.get("time_h") {
            let mut hour: u32 = h.parse().ok()?;
            let pm = self.get("time_ap")?.to_lowercase().starts_with('p');
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            (hour, self.get("time_m").map_or(Some(0), |m| m.parse().ok())?, self.has("time_z"))
        } else {
            (self.get("time_h24")?.parse().ok()?, self.get("time_m24")?.parse().ok()?, true)
        };
        let value = dct.map(|day| TimexValue::Time { day, hour, minute, utc });
        Some(Found { span: self.span.clone(), value })
    }

    fn vague(&self) -> Option<Found> {
        let word = self.get("vague_w")?.to_lowercase();
        if word == "soon" {
            let before = self.sentence[..self.span.start].trim_end().to_lowercase();
            if before.ends_with(" as")
                || before == "as"
                || self.sentence[self.span.end..].trim_start().starts_with("as ")
            {
                return None;
            }
        }
        if self.char_after() == Some('-') {
            return None;
        }
        let vague = match word.as_str() {
            "now" | "currently" | "nowadays" | "these days" => Vague::Present,
            w if w.starts_with("at") => Vague::Present,
            "soon" | "in the future" => Vague::Future,
            w if w.starts_with("in the coming") => Vague::Future,
            _ => Vague::Past,
        };
        Some(Found { span: self.span.clone(), value: Some(TimexValue::Vague(vague)) })
    }

    /// A bare year counts when a date word leads to it and no count noun follows it.
    fn year(&self) -> Option<Found> {
        let before = self.words_before(1);
        let cue = before.first().is_some_and(|w| YEAR_CUES.contains(&w.as_str()) || w.ends_with("'s"));
        let counted = self.word_after().is_some_and(|w| COUNT_NOUNS.contains(&w.to_lowercase().as_str()));
        let money = self.sentence[..self.span.start].ends_with(['$', '€', '£', '#']);
        let numeric = matches!(self.char_after(), Some('%' | ',' | '.'))
            && self.sentence[self.span.end..].chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        if !cue || counted || money || numeric {
            return None;
        }
        Some(Found {
            span: self.span.clone(),
            value: Some(TimexValue::Year(self.get("year_y")?.parse().ok()?)),
        })
    }

    /// A month named alone counts after a date word ("in June", "April and May"); "May" the
    /// name or the verb does not.
    fn month(&self, dct: Option<NaiveDate>) -> Option<Found> {
        let name = self.get("month_m")?;
        let before = self.words_before(4);
        let prev = before.first()?;
        let month_nearby = before.iter().skip(1).any(|w| month_number_lower(w).is_some());
        let cue = match prev.as_str() {
            // "April and May", "from April to May"; a lone "to May" may be a person.
            "and" | "or" => month_nearby,
            "to" | "through" | "until" => month_nearby || name != "May",
            w => MONTH_CUES.contains(&w),
        };
        // "June Carter": a capitalised word right after makes the month a given name.
        let followed_by_name = self.sentence[self.span.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()));
        if !cue || followed_by_name {
            return None;
        }
        let m = month_number(name)?;
        Some(Found { span: self.span.clone(), value: dct.map(|d| self.month_in_context(m, d)) })
    }
}

/// How far ahead a past-tense clause may still point (a plan, a schedule) before a year-less date
/// is taken to be last year's.
const PLAN_HORIZON_DAYS: i64 = 62;
const PLAN_HORIZON_MONTHS: u32 = 2;

const YEAR_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "between",
    "of",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "fiscal",
    "circa",
    "around",
    "the",
    "year",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "end",
    "beginning",
    "start",
    "middle",
    "as",
];

const SEASON_CUES: &[&str] = &["in", "during", "by", "until", "since", "over", "through", "before", "after"];

const MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "during",
    "before",
    "after",
    "between",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "that",
    "each",
    "every",
    "end",
    "beginning",
    "start",
    "middle",
    "until",
    "till",
    "through",
    "late-",
    "mid-",
    "early-",
];

const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "members",
    "troops",
    "soldiers",
    "votes",
    "times",
    "cases",
    "deaths",
    "units",
    "homes",
    "jobs",
    "workers",
    "students",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "yuan",
    "won",
    "rupees",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "feet",
    "tons",
    "tonnes",
    "points",
    "percent",
    "households",
    "residents",
    "children",
    "women",
    "men",
    "refugees",
    "staff",
    "employees",
    "vehicles",
    "cars",
    "shares",
    "barrels",
    "hectares",
    "acres",
    "square",
    "games",
    "goals",
    "runs",
    "yards",
    "seats",
    "beds",
];

fn month_number(name: &str) -> Option<u32> {
    month_number_lower(&name.to_lowercase())
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

fn month_number_lower(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.');
    let position = MONTHS
        .iter()
        .position(|m| *m == key)
        .or_else(|| MONTHS.iter().position(|m| key.len() == 3 && m.starts_with(key)))
        .or_else(|| (key == "sept").then_some(8));
    position.map(|i| i as u32 + 1)
}

/// A month or weekday name, which is never a person's name on its own.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    MONTHS.iter().chain(&WEEKDAYS).any(|w| w.eq_ignore_ascii_case(word))
}

fn day_part(word: &str) -> Option<DayPart> {
    Some(match word.to_lowercase().as_str() {
        "morning" => DayPart::Morning,
        "afternoon" => DayPart::Afternoon,
        "evening" => DayPart::Evening,
        "night" => DayPart::Night,
        _ => return None,
    })
}

fn with_part(day: NaiveDate, part: Option<DayPart>) -> TimexValue {
    match part {
        Some(p) => TimexValue::DayPart(day, p),
        None => TimexValue::Day(day),
    }
}

/// `3/14/2018` is month first; `14/3/2018` can only be day first.
fn numeric_date(a: &str, b: &str, y: &str) -> Option<NaiveDate> {
    let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    if a > 12 { NaiveDate::from_ymd_opt(y, b, a) } else { NaiveDate::from_ymd_opt(y, a, b) }
}

fn number(word: &str) -> Option<i64> {
    let w = word.to_lowercase();
    let words = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    let tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match w.as_str() {
        "a" | "an" => Some(1),
        "hundred" => Some(100),
        _ => words
            .iter()
            .position(|x| *x == w)
            .map(|i| i as i64)
            .or_else(|| tens.iter().position(|x| *x == w).map(|i| 30 + 10 * i as i64))
            .or_else(|| w.parse().ok()),
    }
}

fn relative_unit(unit: &str, step: i64, dct: NaiveDate) -> Option<TimexValue> {
    let week = |d: NaiveDate| (d.iso_week().year(), d.iso_week().week());
    Some(match unit {
        "week" => {
            let (y, w) = week(dct + Duration::weeks(step));
            TimexValue::Week(y, w)
        }
        "weekend" => {
            let (y, w) = week(dct + Duration::weeks(step));
            TimexValue::Weekend(y, w)
        }
        "month" => {
            let d = shift_months(dct, step)?;
            TimexValue::Month(d.year(), d.month())
        }
        "year" => TimexValue::Year(dct.year() + step as i32),
        "quarter" => {
            let d = shift_months(dct, 3 * step)?;
            TimexValue::Quarter(d.year(), (d.month() - 1) / 3 + 1)
        }
        season => {
            let s = match season {
                "spring" => Season::Spring,
                "summer" => Season::Summer,
                "winter" => Season::Winter,
                _ => Season::Fall,
            };
            TimexValue::Season(season_year(s, dct, step), s)
        }
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
/// after the date in its year, -1 = the last one that has begun before it ended, 1 = the next one.
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

fn ago(n: i64, unit: &str, dct: NaiveDate) -> Option<TimexValue> {
    Some(match unit {
        "day" => TimexValue::Day(dct - Duration::days(n)),
        "week" => {
            let d = dct - Duration::weeks(n);
            TimexValue::Week(d.iso_week().year(), d.iso_week().week())
        }
        "month" => {
            let d = shift_months(dct, -n)?;
            TimexValue::Month(d.year(), d.month())
        }
        "year" => TimexValue::Year(dct.year() - n as i32),
        _ => TimexValue::Decade((dct.year() - 10 * n as i32) / 10),
    })
}

/// How many sentences back a date may be to anchor "the next day" or "three weeks later".
const ANCHOR_SENTENCES: usize = 3;

/// Words before "the next year" that make it a length of time.
const SPAN_WORDS: &[&str] = &["over", "for", "during", "within", "in", "throughout"];

/// `step` units away from the date just named; `None` when that date is coarser than the unit
/// ("the next day" after "in 2010" says nothing).
fn from_anchor(anchor: &TimexValue, unit: &str, step: i64) -> Option<TimexValue> {
    use super::timex::Granularity as G;
    let granularity = anchor.granularity()?;
    let day = anchor.interval()?.0;
    let fine_enough = |limit: G| granularity <= limit;
    Some(match unit {
        "day" if fine_enough(G::Day) => TimexValue::Day(day + Duration::days(step)),
        "morning" | "afternoon" | "evening" | "night" if fine_enough(G::Day) => {
            TimexValue::DayPart(day + Duration::days(step), day_part(unit)?)
        }
        "week" if fine_enough(G::Week) => {
            let d = day + Duration::weeks(step);
            TimexValue::Week(d.iso_week().year(), d.iso_week().week())
        }
        "month" if fine_enough(G::Month) => {
            let d = shift_months(day, step)?;
            TimexValue::Month(d.year(), d.month())
        }
        "year" if fine_enough(G::Year) => TimexValue::Year(day.year() + step as i32),
        _ => return None,
    })
}

fn duration(n: &str, unit: &str) -> Option<Option<TimexValue>> {
    let Some(n) = number(n) else { return Some(None) };
    let Ok(n) = u32::try_from(n) else { return Some(None) };
    let (n, unit) = match unit {
        "second" => (n, Unit::Second),
        "minute" => (n, Unit::Minute),
        "hour" => (n, Unit::Hour),
        "day" => (n, Unit::Day),
        "week" => (n, Unit::Week),
        "month" => (n, Unit::Month),
        "year" => (n, Unit::Year),
        "decade" => (n.saturating_mul(10), Unit::Year),
        _ => (n.saturating_mul(100), Unit::Year),
    };
    Some(Some(TimexValue::Duration(n, unit)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::paragraphs;

    /// (text, value) of every date found in `body` written on `dct`.
    fn dates(body: &str, dct: &str) -> Vec<(String, Option<String>)> {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        find_dates(body, &paragraphs(body), &crate::text::sentences(body), dct)
            .into_iter()
            .map(|d| (body[d.span].to_owned(), d.value.map(|v| v.to_string())))
            .collect()
    }

    fn one(body: &str, dct: &str) -> (String, Option<String>) {
        let found = dates(body, dct);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn value(body: &str, dct: &str) -> String {
        one(body, dct).1.unwrap_or_else(|| "null".into())
    }

    #[test]
    fn weekdays_follow_the_tense_and_the_possessive_is_not_part_of_the_span() {
        let dct = "2018-05-30"; // a Wednesday
        assert_eq!(value("They met on Monday.", dct), "2018-05-28");
        assert_eq!(value("They will meet on Friday.", dct), "2018-06-01");
        assert_eq!(one("Wednesday's dinner was long.", dct), ("Wednesday".into(), Some("2018-05-30".into())));
        assert_eq!(value("Talks resumed last Thursday.", dct), "2018-05-24");
        assert_eq!(value("Talks resume next Monday.", dct), "2018-06-04");
        assert_eq!(value("He spoke on Tuesday night.", dct), "2018-05-29TNI");
    }

    #[test]
    fn weekdays_cross_month_and_year_ends() {
        assert_eq!(value("The vote will be held on Friday.", "2021-12-29"), "2021-12-31");
        assert_eq!(value("The vote will be held on Monday.", "2021-12-29"), "2022-01-03");
        assert_eq!(value("Markets fell on Thursday.", "2022-01-03"), "2021-12-30");
    }

    #[test]
    fn today_yesterday_tomorrow_tonight_and_parts_of_days() {
        let dct = "2020-03-01";
        assert_eq!(value("The law takes effect today.", dct), "2020-03-01");
        assert_eq!(value("He arrived yesterday.", dct), "2020-02-29");
        assert_eq!(value("She leaves tomorrow.", dct), "2020-03-02");
        assert_eq!(value("They will speak tonight.", dct), "2020-03-01TNI");
        assert_eq!(value("Officials met this morning.", dct), "2020-03-01TMO");
        assert_eq!(value("Shots were heard last night.", dct), "2020-02-29TNI");
    }

    #[test]
    fn last_this_next_week_month_year_cross_boundaries() {
        assert_eq!(value("The strike began last week.", "2021-01-06"), "2020-W53");
        assert_eq!(value("The strike ends this week.", "2021-01-06"), "2021-W01");
        assert_eq!(value("Talks continue next week.", "2020-12-30"), "2021-W01");
        assert_eq!(value("Prices rose last month.", "2021-01-15"), "2020-12");
        assert_eq!(value("Prices will fall next month.", "2020-12-15"), "2021-01");
        assert_eq!(value("Sales rose last year.", "2018-05-30"), "2017");
        assert_eq!(value("Sales will rise next year.", "2018-05-30"), "2019");
        assert_eq!(value("It was announced earlier this month.", "2018-05-30"), "2018-05");
        assert_eq!(value("It happens later this year.", "2018-05-30"), "2018");
        assert_eq!(value("Crowds are expected this weekend.", "2018-05-30"), "2018-W22-WE");
        assert_eq!(value("Protests spread over the weekend.", "2018-05-28"), "2018-W21-WE");
    }

    #[test]
    fn months_with_and_without_days_and_years() {
        let dct = "2018-05-30";
        assert_eq!(value("The summit is set for June 12.", dct), "2018-06-12");
        assert_eq!(value("The summit is set for June 12th.", dct), "2018-06-12");
        assert_eq!(value("They signed it on June 12, 2018.", dct), "2018-06-12");
        assert_eq!(value("They signed it on 12 June 2018.", dct), "2018-06-12");
        assert_eq!(value("They met on the 3rd of March.", dct), "2018-03-03");
        assert_eq!(
            one("It opened on Tuesday, June 12, 2018.", dct),
            ("Tuesday, June 12, 2018".into(), Some("2018-06-12".into()))
        );
        assert_eq!(value("They met in October 2000.", dct), "2000-10");
        assert_eq!(value("Talks resume in mid-June.", dct), "2018-06");
        assert_eq!(value("Talks resume in early July.", dct), "2018-07");
        assert_eq!(value("He left at the end of March.", dct), "2018-03");
        assert_eq!(
            dates("He visited in April and May.", dct),
            [("April".into(), Some("2018-04".into())), ("May".into(), Some("2018-05".into()))]
        );
        assert_eq!(value("Jan. 5, 2019 is the deadline.", dct), "2019-01-05");
    }

    #[test]
    fn the_tense_decides_the_year_even_far_from_the_article_date() {
        assert_eq!(value("The first offer arrived on March 3.", "2022-11-30"), "2022-03-03");
        assert_eq!(value("The vote will be held on October 2.", "2022-01-15"), "2022-10-02");
        assert_eq!(value("Work will begin in the spring.", "2022-11-30"), "2023-SP");
        assert_eq!(value("Work began in the autumn.", "2022-03-10"), "2021-FA");
    }

    #[test]
    fn a_year_less_date_takes_the_year_that_fits() {
        assert_eq!(value("The deal was signed on December 20.", "2019-01-05"), "2018-12-20");
        assert_eq!(value("The court will rule on January 10.", "2018-12-15"), "2019-01-10");
        assert_eq!(value("Elections were held in November.", "2019-02-01"), "2018-11");
        assert_eq!(value("Elections will be held in February.", "2018-11-20"), "2019-02");
    }

    #[test]
    fn years_decades_centuries_quarters_seasons() {
        let dct = "2018-05-30";
        assert_eq!(value("He was elected in 2010.", dct), "2010");
        assert_eq!(value("Growth slowed in the 1990s.", dct), "199");
        assert_eq!(value("It was popular in the '80s.", dct), "198");
        assert_eq!(value("It dates from the 20th century.", dct), "19");
        assert_eq!(value("Profits rose in the first quarter.", dct), "2018-Q1");
        assert_eq!(value("Profits fell in the third quarter of 2017.", dct), "2017-Q3");
        assert_eq!(value("Sales rose in the first half of 2011.", dct), "2011-H1");
        assert_eq!(value("Sales will rise in the second half of the year.", dct), "2018-H2");
        assert_eq!(value("Sales fell in the first half.", dct), "2018-H1");
        assert_eq!(value("Profit in the current quarter will rise.", dct), "2018-Q2");
        assert_eq!(
            value("Prices may rise over the next year.", dct),
            "P1Y",
            "a span ahead, not a calendar year"
        );
        assert_eq!(value("Prices rose in the last week.", dct), "P1W");
        assert_eq!(value("Prices rose last week.", dct), "2018-W21");
        assert_eq!(value("Revenue will top $5 billion by the end of the year.", dct), "2018");
        assert_eq!(value("It shut at the beginning of last month.", dct), "2018-04");
        assert_eq!(value("They met last summer.", dct), "2017-SU");
        assert_eq!(value("Work starts in the spring.", dct), "2018-SP");
        assert_eq!(value("It was built in the summer of 1969.", dct), "1969-SU");
    }

    #[test]
    fn iso_and_numeric_dates() {
        assert_eq!(value("Filed 2018-05-30 in court.", "2020-01-01"), "2018-05-30");
        assert_eq!(value("Dated 3/14/2018.", "2020-01-01"), "2018-03-14");
        assert_eq!(value("Dated 14/3/2018.", "2020-01-01"), "2018-03-14");
    }

    #[test]
    fn ago_later_and_durations() {
        assert_eq!(value("He left two days ago.", "2018-03-01"), "2018-02-27");
        assert_eq!(value("He left three weeks ago.", "2018-01-10"), "2017-W51");
        assert_eq!(value("It closed two months ago.", "2018-01-10"), "2017-11");
        assert_eq!(value("It closed a year ago.", "2018-01-10"), "2017");
        assert_eq!(
            value("Three weeks later, it reopened.", "2018-01-10"),
            "P3W",
            "no date named before: a length"
        );
        assert_eq!(value("He stayed for almost two decades.", "2018-01-10"), "P20Y");
        assert_eq!(value("Shares hit a six-month high.", "2018-01-10"), "P6M");
        assert_eq!(value("The 10-year yield rose.", "2018-01-10"), "P10Y");
        assert_eq!(value("They talked for 72 hours.", "2018-01-10"), "PT72H");
    }

    #[test]
    fn the_next_day_and_three_weeks_later_count_from_the_date_just_named() {
        let dct = "2018-05-30";
        let found = dates(
            "They met on June 12, 2018. The next day, talks resumed. Three weeks later, they met again.",
            dct,
        );
        let values: Vec<Option<String>> = found.into_iter().map(|(_, v)| v).collect();
        assert_eq!(values, [Some("2018-06-12".into()), Some("2018-06-13".into()), Some("2018-W27".into())]);
        let found =
            dates("It began in October 2000. A year later, it ended. The month before, rain fell.", dct);
        let values: Vec<Option<String>> = found.into_iter().map(|(_, v)| v).collect();
        assert_eq!(
            values,
            [Some("2000-10".into()), Some("2001".into()), None],
            "a year is too coarse for a month"
        );
    }

    #[test]
    fn with_no_date_nearby_the_next_day_has_no_value_and_over_the_next_year_is_a_length() {
        assert_eq!(one("The next day, talks resumed.", "2018-05-30"), ("The next day".into(), None));
        assert_eq!(value("Prices may rise over the next year.", "2018-05-30"), "P1Y");
    }

    #[test]
    fn times_of_day() {
        assert_eq!(value("The launch is at 18:00 UTC.", "2018-05-30"), "2018-05-30T18:00Z");
        assert_eq!(value("It ended at 6:40 p.m. sharp.", "2018-05-30"), "2018-05-30T18:40");
    }

    #[test]
    fn vague_references_are_kept_off_the_calendar() {
        let dct = "2018-05-30";
        assert_eq!(value("He is now in Seoul.", dct), "PRESENT_REF");
        assert_eq!(value("She currently leads the party.", dct), "PRESENT_REF");
        assert_eq!(value("He recently returned.", dct), "PAST_REF");
        assert_eq!(value("A decision is expected soon.", dct), "FUTURE_REF");
        assert!(dates("Call as soon as possible.", dct).is_empty());
    }

    #[test]
    fn without_an_article_date_relative_values_are_null_and_absolute_ones_resolve() {
        assert_eq!(one("They met on Wednesday.", ""), ("Wednesday".into(), None));
        assert_eq!(one("He left last week.", ""), ("last week".into(), None));
        assert_eq!(value("They met in October 2000.", ""), "2000-10");
        assert_eq!(value("They met on June 12, 2018.", ""), "2018-06-12");
    }

    #[test]
    fn words_that_only_look_like_dates_are_not_dates() {
        let dct = "2018-05-30";
        for text in [
            "May I ask a question?",
            "It may rain.",
            "June Carter sang.",
            "He said 2010 people came.",
            "The fall of the wall changed Europe.",
            "Prices fall when supply rises, and leaves fall in autumn-coloured parks.",
            "He paid $2010 for it.",
            "A March Madness game.",
            "The 20 members voted.",
        ] {
            assert!(dates(text, dct).is_empty(), "{text}: {:?}", dates(text, dct));
        }
    }

    #[test]
    fn credits_are_skipped() {
        assert!(dates("Text.\n\n[Photo taken June 12]", "2018-05-30").iter().all(|(t, _)| t != "June 12"));
    }
}
