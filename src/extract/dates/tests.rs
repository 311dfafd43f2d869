//! Date expressions in short texts written for these tests, one behaviour a test.

use chrono::NaiveDate;

use super::*;
use crate::corpus::paragraphs;

/// (text, value) of every date found in `body` written on `dct`.
fn dates(body: &str, dct: &str) -> Vec<(String, Option<String>)> {
    let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
    let doc = Doc::new(body, &paragraphs(body), dct);
    find_dates(&doc).into_iter().map(|d| (body[d.span].to_owned(), d.value.map(|v| v.to_string()))).collect()
}

fn one(body: &str, dct: &str) -> (String, Option<String>) {
    let found = dates(body, dct);
    assert_eq!(found.len(), 1, "{body}: {found:?}");
    found.into_iter().next().unwrap()
}

/// The last date found in `body` and its value.
fn last(body: &str, dct: &str) -> Option<(String, Option<String>)> {
    dates(body, dct).pop()
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
    // A month after "beyond", "throughout" or "into" is a time; May after "into" may be a person.
    assert_eq!(value("The pause will not run beyond June.", dct), "2018-06");
    assert_eq!(value("Repairs will go on well into August.", dct), "2018-08");
    assert_eq!(value("Flights stay cut throughout July.", dct), "2018-07");
    assert!(dates("He walked into May's office.", dct).is_empty());
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
    // A past clause may look a month ahead (a plan), not two.
    assert_eq!(value("The vote was set for November.", "2018-10-20"), "2018-11");
    assert_eq!(value("The firm was sold in December.", "2018-10-20"), "2017-12");
}

#[test]
fn a_half_or_a_quarter_of_a_match_is_no_date() {
    let dct = "2025-02-09";
    assert!(dates("Ivo Marsh scored twice in the second half to win it.", dct).is_empty());
    assert!(dates("The Lions led at halftime and scored again in the third quarter.", dct).is_empty());
    assert!(dates("There was a foul on Ivo Marsh in the first half.", dct).is_empty());
    assert!(dates("The referee waved play on in the second half.", dct).is_empty());
    // A half of the year named as such stays a date, whatever the sentence is about.
    assert_eq!(value("Ivo Marsh scored ten goals in the first half of 2024.", dct), "2024-H1");
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
    // Even in a story of last quarter's results, "current" is the article's quarter.
    let story = dates("Profit fell in the first quarter. Profit in the current quarter will rise.", dct);
    assert_eq!(story[1], ("the current quarter".to_owned(), Some("2018-Q2".to_owned())));
    assert_eq!(value("Prices may rise over the next year.", dct), "2019", "the coming calendar year");
    assert_eq!(value("Prices rose in the last week.", dct), "2018-W21", "the week before this one");
    assert_eq!(value("Sales fell over the past year.", dct), "2017");
    assert_eq!(value("Growth was weak in the last decade.", dct), "200");
    assert_eq!(value("Rents rose in past years.", dct), "PAST_REF");
    assert_eq!(value("Sales will rise in the coming months.", dct), "FUTURE_REF");
    assert_eq!(value("Prices rose last week.", dct), "2018-W21");
    assert_eq!(value("Revenue will top $5 billion by the end of the year.", dct), "2018");
    assert_eq!(value("It shut at the beginning of last month.", dct), "2018-04");
    assert_eq!(value("They met last summer.", dct), "2017-SU");
    assert_eq!(value("Work starts in the spring.", dct), "2018-SP");
    assert_eq!(value("It was built in the summer of 1969.", dct), "1969-SU");
    assert_eq!(value("The ferries ran late well into the winter.", dct), "2017-WI");
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
    // A comparison is a length even after a date.
    let body = "Traders see a cut in March, a month later than they did in May.";
    assert_eq!(dates(body, "2018-01-10")[1], ("a month".into(), Some("P1M".into())));
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
    let found = dates("It began in October 2000. A year later, it ended. The month before, rain fell.", dct);
    let values: Vec<Option<String>> = found.into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        values,
        [Some("2000-10".into()), Some("2001".into()), None],
        "a year is too coarse for a month"
    );
}

#[test]
fn the_week_before_last_is_two_back_from_the_article_unless_a_date_follows_last() {
    let dct = "2018-05-30"; // ISO week 2018-W22
    assert_eq!(
        one("The deal was signed the week before last.", dct),
        ("the week before last".into(), Some("2018-W20".into()))
    );
    assert_eq!(value("Sales peaked the year before last.", dct), "2016");
    assert_eq!(
        one("She landed the day before last Tuesday.", dct),
        ("the day before last Tuesday".into(), Some("2018-05-28".into()))
    );
}

#[test]
fn a_half_or_a_quarter_of_a_decade_or_a_century_is_that_decade_or_century() {
    let dct = "1999-05-30";
    assert_eq!(
        one("Mills shut down during the first half of the '70s.", dct),
        ("the first half of the '70s".into(), Some("197".into()))
    );
    assert_eq!(
        one("Mills closed in the first quarter of the 20th century.", dct),
        ("the first quarter of the 20th century".into(), Some("19".into()))
    );
    // A half of a year stays a half.
    assert_eq!(value("Output fell over the last half of this year.", dct), "1999-H2");
    assert_eq!(value("Mills hired staff for the first half of the year.", dct), "1999-H1");
    assert_eq!(value("Output fell over the first half of 1990.", dct), "1990-H1");
    // Only "the" opens the decade: "her 1980s tour" is no half of the 1980s.
    let found = dates("She played the first half of her 1980s tour in Ohio.", dct);
    assert!(found.iter().all(|(text, _)| !text.contains("her")), "{found:?}");
}

#[test]
fn the_day_before_a_date_is_one_expression_counted_from_that_date() {
    let dct = "2018-05-30"; // a Wednesday
    assert_eq!(
        one("The week after Christmas, the mill closed.", dct),
        ("The week after Christmas".into(), Some("2018-W01".into()))
    );
    assert_eq!(
        one("They met the day after May 3 to sign it.", dct),
        ("the day after May 3".into(), Some("2018-05-04".into()))
    );
    // Alone, "the day before" still counts from the date named before it.
    assert_eq!(
        dates("The mill closed on May 3. The day before, the owners met.", dct),
        vec![
            ("May 3".into(), Some("2018-05-03".into())),
            ("The day before".into(), Some("2018-05-02".into()))
        ]
    );
    // Only a date right after it, in the same sentence, and not after a length of time.
    let spans = |body: &str| dates(body, dct).into_iter().map(|(text, _)| text).collect::<Vec<_>>();
    assert_eq!(spans("The day before, the owners met on May 3."), ["The day before", "May 3"]);
    assert_eq!(spans("They met the day before\n\nMay 3 was quiet."), ["the day before", "May 3"]);
    assert_eq!(spans("In the following year 1995 the firm grew."), ["the following year", "1995"]);
}

#[test]
fn later_in_the_month_is_the_month_just_named_or_the_articles() {
    let dct = "2026-06-19";
    assert_eq!(
        one("Earnings are due later in the month.", dct),
        ("later in the month".into(), Some("2026-06".into()))
    );
    assert_eq!(value("The bill passed earlier in the week.", dct), "2026-W25");
    assert_eq!(value("Sales rose early in the year.", dct), "2026");
    assert_eq!(
        last("It opened in May 2001. Late in the year, it closed.", dct),
        Some(("Late in the year".into(), Some("2001".into())))
    );
    assert!(
        dates("He was late in the days of the empire.", dct).is_empty(),
        "a plural is no unit of the calendar"
    );
    assert!(dates("They landed later in the day.", dct).is_empty(), "a time of the day already named");
}

#[test]
fn with_no_date_nearby_the_next_day_has_no_value_and_over_the_next_year_is_the_coming_year() {
    assert_eq!(one("The next day, talks resumed.", "2018-05-30"), ("The next day".into(), None));
    assert_eq!(value("Prices may rise over the next year.", "2018-05-30"), "2019");
}

#[test]
fn times_of_day() {
    assert_eq!(value("The launch is at 18:00 UTC.", "2018-05-30"), "2018-05-30T18:00Z");
    assert_eq!(value("It ended at 6:40 p.m. sharp.", "2018-05-30"), "2018-05-30T18:40");
}

#[test]
fn hours_with_a_part_of_the_day_noon_alone_and_the_middle_of_a_morning() {
    let dct = "2018-05-30";
    assert_eq!(
        one("The ferry sails at 4 in the morning.", dct),
        ("4 in the morning".into(), Some("2018-05-30T04:00".into()))
    );
    assert_eq!(value("The ferry sails at 8 in the evening.", dct), "2018-05-30T20:00");
    assert_eq!(value("The ferry sails at 11 at night.", dct), "2018-05-30T23:00");
    assert_eq!(one("The court rose at midday.", dct), ("midday".into(), Some("2018-05-30T12:00".into())));
    // "noon" names a time after "at", "by" and the like; a noun alone it is not.
    assert!(dates("Noon is the busiest hour.", dct).is_empty());
    assert_eq!(
        one("By mid afternoon the ferry had gone.", dct),
        ("mid afternoon".into(), Some("2018-05-30TAF".into()))
    );
    assert_eq!(one("Shares fell at mid-morning.", dct), ("mid-morning".into(), Some("2018-05-30TMO".into())));
    // Spaced or hyphenated, the middle of a part of the day takes the day a deictic word names.
    assert_eq!(value("Shares fell by mid afternoon yesterday.", dct), "2018-05-29TAF");
}

#[test]
fn the_preposition_before_a_vague_phrase_is_not_part_of_it() {
    let dct = "2018-05-30";
    let spans = |body: &str| dates(body, dct).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
    assert_eq!(spans("The ferries ran over the weekend."), ["the weekend"]);
    assert_eq!(spans("In the past, the ferries ran late."), ["the past"]);
    assert_eq!(spans("Ferries may run late in the future."), ["the future"]);
    assert_eq!(spans("Fares rise in the coming months."), ["coming months"]);
    assert_eq!(spans("No ferry has sunk until now."), ["now"]);
    assert_eq!(spans("Ferries are full right now."), ["right now"]);
    // "a few" and "this past" belong to what they count or point back from.
    assert_eq!(spans("The pier was built a few years ago."), ["a few years ago"]);
    assert_eq!(
        one("The pier opened this past spring.", "2018-10-10"),
        ("this past spring".into(), Some("2018-SP".into()))
    );
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
fn todays_world_is_these_times_and_todays_vote_is_this_day() {
    let dct = "2018-05-30";
    assert!(dates("Ferries matter more to today's youth than to their parents.", dct).is_empty());
    assert_eq!(value("Today's vote on the ferries was close.", dct), "2018-05-30");
}

#[test]
fn credits_are_skipped() {
    assert!(dates("Text.\n\n[Photo taken June 12]", "2018-05-30").iter().all(|(t, _)| t != "June 12"));
}

#[test]
fn quarters_in_a_results_story_and_a_year_earlier_at_that_quarter() {
    let dct = "1989-10-26";
    assert_eq!(value("In the quarter a year ago, the ferry line earned $3 million.", dct), "1988-Q3");
    assert_eq!(value("Ferry bookings in this year's third quarter rose.", dct), "1989-Q3");
    assert_eq!(value("The merger may close in next year's first quarter.", dct), "1990-Q1");
    assert_eq!(value("Bookings slowed in the last half of 1989.", dct), "1989-H2");
    assert_eq!(value("Sales in the fourth quarter will rise.", dct), "1989-Q4");
    let body = "Third-quarter profit rose 12% to $4 million, up from $3 million a year earlier. \
                In the year-ago quarter, fares fell. The company said the quarter was strong.";
    let values: Vec<Option<String>> = dates(body, "1989-10-26").into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        values,
        [Some("1989-Q3".into()), Some("1988-Q3".into()), Some("1988-Q3".into()), Some("1989-Q3".into())]
    );
    assert_eq!(value("Sales will double a year from now.", "2018-05-30"), "2019");
    // A quarter known by its last day is the calendar quarter most of its months fall in, and the
    // one a year earlier refers to.
    let body =
        "The ferry line lost $2 million over the quarter ended April 30, against $1 million a year earlier.";
    let values: Vec<Option<String>> = dates(body, dct).into_iter().map(|(_, v)| v).collect();
    assert_eq!(values, [Some("1989-Q1".into()), Some("1989-04-30".into()), Some("1988-Q1".into())]);
    let body = "The ferry line took $1 million a year earlier and twice that in the fiscal-third quarter.";
    let values: Vec<Option<String>> = dates(body, dct).into_iter().map(|(_, v)| v).collect();
    assert_eq!(values, [Some("1988-Q3".into()), Some("1989-Q3".into())]);
    assert_eq!(
        one("Fiscal-second-quarter fares fell.", dct),
        ("Fiscal-second-quarter".into(), Some("1989-Q2".into()))
    );
    // "year-ago" as an adjective: that quarter last year, or the year when a year was named last.
    assert_eq!(value("In the year-earlier second quarter, the ferry line lost $2 million.", dct), "1988-Q2");
    let body = "Third-quarter ferry fares reached $4 million against year-earlier fares of $3 million.";
    assert_eq!(dates(body, dct)[1].1.as_deref(), Some("1988-Q3"));
    let body = "Third-quarter profit rose. Profit for 1988 was $9 million. Year-ago results were restated.";
    assert_eq!(dates(body, dct)[2].1.as_deref(), Some("1988"));
}

#[test]
fn a_year_ago_outside_a_results_story_is_last_year() {
    assert_eq!(value("A year ago the town had no school.", "2018-05-30"), "2017");
}

#[test]
fn holidays_spelled_years_and_fiscal_years() {
    assert_eq!(value("Shops closed on Christmas Day.", "1998-12-28"), "1998-12-25");
    assert_eq!(value("Families gathered for Thanksgiving.", "1998-12-01"), "1998-11-26");
    // Within a week of the article, the nearest one whatever the tense.
    assert_eq!(value("Pilgrims gathered as Easter approached.", "2000-04-17"), "2000-04-23");
    assert_eq!(value("The ferries will run again after Christmas.", "1998-12-28"), "1998-12-25");
    // "Easter week": the week it falls in.
    assert_eq!(
        one("Pilgrims came for Easter week.", "2000-04-17"),
        ("Easter week".into(), Some("2000-W16".into()))
    );
    assert_eq!(value("Fears about the year two thousand kept the engineers busy.", "1998-03-03"), "2000");
    assert_eq!(value("It began in nineteen ninety-six.", "1998-03-03"), "1996");
    assert_eq!(value("Revenue in fiscal 1990 rose.", "1989-10-26"), "1990");
    assert_eq!(value("Prices rose in mid-1990.", "1991-01-10"), "1990");
    assert_eq!(value("Growth slowed in the nineties.", "2005-01-10"), "199");
}

#[test]
fn a_year_in_words_completes_a_month_a_day_or_a_season() {
    let dct = "2001-05-02";
    assert_eq!(
        one("The ferry sank in March nineteen eighty-two.", dct),
        ("March nineteen eighty-two".into(), Some("1982-03".into()))
    );
    assert_eq!(value("The port shut in May of nineteen seventy.", dct), "1970-05");
    assert_eq!(value("It opened on June 3, nineteen eighty-nine.", dct), "1989-06-03");
    assert_eq!(value("Weavers struck in the autumn of nineteen ninety.", dct), "1990-FA");
}

#[test]
fn the_same_day_and_later_that_year_take_the_date_just_named() {
    let found = dates("They met on June 12, 2018. Later that day they signed it.", "2018-05-30");
    assert_eq!(found[1], ("Later that day".into(), Some("2018-06-12".into())));
    assert_eq!(value("He left later that day.", "2018-05-30"), "2018-05-30");
}

#[test]
fn the_previous_or_following_weekday_counts_from_the_day_just_named() {
    let found = dates(
        "The ferry sailed Tuesday with 80 riders, twice as many as the previous Tuesday.",
        "1989-10-30",
    );
    assert_eq!(found[1], ("the previous Tuesday".into(), Some("1989-10-17".into())));
    let found = dates("The ferry sailed on May 3, 2018. The following Monday it sank.", "2018-05-30");
    assert_eq!(found[1], ("The following Monday".into(), Some("2018-05-07".into())));
}

#[test]
fn a_time_before_a_weekday_is_that_weekday() {
    assert_eq!(value("The deadline is 9 a.m. Tuesday, officials said.", "2000-04-03"), "2000-04-04T09:00");
    assert_eq!(value("It passed at noon Saturday.", "1991-02-25"), "1991-02-23T12:00");
}

#[test]
fn a_year_named_earlier_in_the_sentence_is_a_bare_months() {
    assert_eq!(dates("Last year the water came in August.", "2024-07-04")[1].1.as_deref(), Some("2023-08"));
    // A day of the month too.
    let body = "Next year's festival opens on Sept. 1.";
    assert_eq!(dates(body, "2026-09-06")[1].1.as_deref(), Some("2027-09-01"));
    assert_eq!(
        dates("In 1910, on October 5, crowds rose.", "2024-10-10")[1].1.as_deref(),
        Some("1910-10-05")
    );
    // Nor against the tense.
    let body = "By the end of 2019, exports will double, and talks set for June 1 will be held in Lima.";
    assert_eq!(dates(body, "2019-11-23")[1].1.as_deref(), Some("2020-06-01"));
    assert_eq!(
        dates("The 2027 budget was approved on March 3.", "2026-04-01")[1].1.as_deref(),
        Some("2026-03-03")
    );
    // Not from a phrase that goes on after the year.
    let body =
        "Under a plan approved in 2019 that set no limit, the firm had bought shares through Sept. 29.";
    assert_eq!(dates(body, "2024-10-10")[1].1.as_deref(), Some("2024-09-29"));
    // Only in the same sentence.
    let two = dates("Sales rose last year. The water came in August.", "2024-07-04");
    assert_eq!(two[1].1.as_deref(), Some("2024-08"));
    // Not from inside a relative clause that has closed.
    let body = "Salem, who took over in 2019, said more strikes in February could not be ruled out.";
    assert_eq!(dates(body, "2024-02-04")[1].1.as_deref(), Some("2024-02"));
    let body = "Salem, who took over in 2019 and left in February, spoke.";
    assert_eq!(dates(body, "2024-02-04")[1].1.as_deref(), Some("2019-02"));
    let body = "Salem, who left, came back in 2019, and in February spoke.";
    assert_eq!(dates(body, "2024-02-04")[1].1.as_deref(), Some("2019-02"));
    let body =
        "The mill, which shut in 2019, reopened. The water came in 2021, which flooded it in February.";
    assert_eq!(dates(body, "2024-02-04")[2].1.as_deref(), Some("2021-02"));
}

#[test]
fn in_so_many_years_after_a_first_or_a_superlative_counts_back() {
    let dct = "2023-03-17";
    assert_eq!(value("It was the first summit between the two in 12 years.", dct), "P12Y");
    assert_eq!(value("Prices hit their highest level in five years.", dct), "P5Y");
    assert_eq!(value("It was the union's second strike in three weeks.", dct), "P3W");
    // Not past the noun phrase: the payment falls due ahead.
    assert_eq!(value("The first payment is due in two weeks.", dct), "2023-W13");
    assert_eq!(value("The bonds would be repaid in five years.", dct), "2028");
}

#[test]
fn in_so_many_years_under_a_perfect_counts_back() {
    let dct = "2023-03-17";
    assert_eq!(value("It was the worst I have seen in 20 years.", dct), "P20Y");
    assert_eq!(value("We've not seen rain like this in 20 years.", dct), "P20Y");
    assert_eq!(value("He has not won a title in five years.", dct), "P5Y");
    // A purpose or a future perfect still looks ahead.
    assert_eq!(value("The firm has promised to finish in two years.", dct), "2025");
    assert_eq!(value("They will have paid it in two years.", dct), "2025");
    assert_eq!(value("He has left, and the plant will close in two years.", dct), "2025");
}

#[test]
fn what_a_forecast_is_for_lies_ahead_whatever_the_verb() {
    let dct = "2026-03-13";
    assert_eq!(value("Analysts raised their second-quarter forecast.", dct), "2026-Q2");
    assert_eq!(value("Analysts raised their forecast for the second quarter.", dct), "2026-Q2");
    // Without a forecast the past tense is last year's quarter.
    assert_eq!(value("Profits fell in the second quarter.", dct), "2025-Q2");
}

#[test]
fn a_time_alone_is_on_the_day_just_named() {
    let found = dates("The quake struck late Wednesday. It hit at 11:47 p.m. near the town.", "2023-08-10");
    assert_eq!(found[1].1.as_deref(), Some("2023-08-09T23:47"));
    assert_eq!(value("It hit at 11:47 p.m. near the town.", "2023-08-10"), "2023-08-10T23:47");
    // Not a day ahead when the time is in the past, nor a day gone by when it is ahead.
    let found =
        dates("Landfall is expected early Saturday. Forecasters said at 4 p.m. it was moving.", "2023-08-10");
    assert_eq!(found[1].1.as_deref(), Some("2023-08-10T16:00"));
    let found = dates("The quake struck late Wednesday. Crews will meet at 9 a.m. to plan.", "2023-08-10");
    assert_eq!(found[1].1.as_deref(), Some("2023-08-10T09:00"));
}

#[test]
fn a_recurring_time_is_no_point_on_the_timeline() {
    let dct = "2023-06-22";
    assert!(dates("The field floods every winter and they meet each Thursday.", dct).is_empty());
    assert_eq!(value("The field flooded in winter.", dct), "2022-WI");
}

#[test]
fn adjectives_of_age_and_as_soon_as_are_not_dates() {
    let dct = "2018-05-30";
    for text in
        ["The 6-year-old boy was found.", "They left soon after the vote.", "She was previously a judge."]
    {
        assert!(dates(text, dct).is_empty(), "{text}: {:?}", dates(text, dct));
    }
}

#[test]
fn deadlines_perfects_possessives_and_in_five_years() {
    assert_eq!(value("The loan must be repaid by February.", "1989-10-30"), "1990-02");
    // "through" ends a span of time as "until" does; a past clause keeps its month.
    assert_eq!(value("The lenders have extended the ferry loans through March.", "1989-10-30"), "1990-03");
    assert_eq!(value("Fares rose through March.", "1989-10-30"), "1989-03");
    assert_eq!(value("Fares have slipped from the middle of October.", "1998-02-23"), "1997-10");
    assert_eq!(value("They will look for ways around Wednesday's ruling.", "2000-01-07"), "2000-01-05");
    assert_eq!(value("The bonds would be repaid in five years.", "1989-11-02"), "1994");
    assert_eq!(value("The ballot stays open until 4 p.m. EST Nov. 12.", "1989-11-02"), "1989-11-12T16:00");
    assert_eq!(value("Shares were up at mid-afternoon yesterday.", "1989-11-02"), "1989-11-01TAF");
    assert_eq!(
        value("Aid will reach the towns where the Aug. 7 blasts killed 257.", "1998-08-18"),
        "1998-08-07"
    );
}

#[test]
fn midnight_ends_the_day_and_a_decade_ago_is_a_year() {
    assert_eq!(
        value("The tender had been due to lapse at midnight Friday.", "1989-10-30"),
        "1989-10-27T24:00"
    );
    assert_eq!(value("The alliance was founded a decade ago.", "1999-03-12"), "1989");
    assert_eq!(value("Fares slid from $7 million in the 1988 quarter.", "1989-10-30"), "1988");
}

#[test]
fn fractions_are_not_lengths_of_time() {
    for text in [
        "The island buys about three-quarters of its fuel.",
        "About a half million people lack power.",
        "Each right buys one-half share of stock.",
        "It owns over a quarter of the fleet.",
    ] {
        assert!(dates(text, "1990-08-15").is_empty(), "{text}");
    }
}

#[test]
fn a_month_without_tense_is_the_nearer_occurrence_when_the_other_is_over_half_a_year_away() {
    // Written in January: October is the last one, three months back, not nine ahead.
    assert_eq!(value("Shares from October are worth half that.", "1998-01-08"), "1997-10");
    // Written in November: January is the coming one.
    assert_eq!(value("The merger, completed in January, is a model.", "1989-11-02"), "1989-01");
    assert_eq!(value("The review is in January.", "1989-11-02"), "1990-01");
    assert_eq!(value("The review is in March.", "2018-05-30"), "2018-03");
}

#[test]
fn a_limit_moved_by_a_past_verb_still_lies_ahead() {
    let dct = "2000-03-30"; // a Thursday
    assert_eq!(value("Officials postponed until Tuesday any action on the case.", dct), "2000-04-04");
    assert_eq!(
        value("The board has given the crew until 8 a.m. Tuesday to answer.", dct),
        "2000-04-04T08:00"
    );
    // Without such a verb, "until" in a past clause is the past.
    assert_eq!(value("The shop stayed closed until Tuesday.", dct), "2000-03-28");
}

#[test]
fn an_intention_reported_in_the_past_points_ahead() {
    let dct = "1998-09-30"; // a Wednesday
    assert_eq!(value("The crew planned to leave Lisbon on Thursday for Porto.", dct), "1998-10-01");
    assert_eq!(value("A march on Saturday was expected to draw thousands.", "2000-01-07"), "2000-01-08");
    assert_eq!(value("The crew left Lisbon on Thursday.", dct), "1998-09-24");
}

#[test]
fn a_time_takes_the_weekday_after_an_aside() {
    let found =
        dates("Its last signal came at 9:20 a.m. (0620 GMT) Friday, the coastguard said.", "1998-08-08");
    assert_eq!(found[0], ("9:20 a.m.".to_owned(), Some("1998-08-07T09:20".to_owned())));
    let local = dates("The boat left at 4:30 p.m. local time (1330 GMT) on Friday.", "1998-08-08");
    assert_eq!(local[0].1.as_deref(), Some("1998-08-07T16:30"));
    let truce = dates("The truce took effect at 6 a.m. local time on Saturday.", "1998-08-10");
    assert_eq!(truce[0].1.as_deref(), Some("1998-08-08T06:00"));
}

#[test]
fn a_time_takes_the_day_named_beside_it_with_on_or_at() {
    let dct = "2023-06-14"; // a Wednesday
    let vote = dates("The vote came at 3 p.m. on Tuesday.", dct);
    assert_eq!(vote[0], ("3 p.m.".to_owned(), Some("2023-06-13T15:00".to_owned())));
    assert_eq!(vote[1], ("Tuesday".to_owned(), Some("2023-06-13".to_owned())));
    assert_eq!(
        dates("The ferry leaves at 8 a.m. on June 2, 2024.", dct)[0].1.as_deref(),
        Some("2024-06-02T08:00")
    );
    assert_eq!(
        dates("They met Monday at 10 p.m. in the port.", dct)[1].1.as_deref(),
        Some("2023-06-12T22:00")
    );
    assert_eq!(dates("On 3 June at 7 a.m., the crew left.", dct)[1].1.as_deref(), Some("2023-06-03T07:00"));
    assert_eq!(dates("The fair opens at noon on Friday.", dct)[0].1.as_deref(), Some("2023-06-16T12:00"));
    assert_eq!(dates("They meet Friday at noon.", dct)[1].1.as_deref(), Some("2023-06-16T12:00"));
    assert_eq!(dates("The fair opens at noon on June 2.", dct)[0].1.as_deref(), Some("2023-06-02T12:00"));
    assert_eq!(
        dates("The launch is at 18:00 UTC on June 2.", dct)[0].1.as_deref(),
        Some("2023-06-02T18:00Z")
    );
    // Without "on" or "at" between them a time stays on the article's day.
    assert_eq!(
        dates("At 9 a.m. the crew left; Tuesday was calm.", dct)[0].1.as_deref(),
        Some("2023-06-14T09:00")
    );
}

#[test]
fn a_filings_shorthand_names_fiscal_years_and_halves() {
    let dct = "2023-06-14";
    assert_eq!(one("Its FY2023 results are due.", dct), ("FY2023".into(), Some("2023".into())));
    assert_eq!(value("FY24 guidance was cut.", dct), "2024");
    assert_eq!(value("Ferry sales fell in FY98.", dct), "1998");
    assert_eq!(one("In FY 2021 the line lost money.", dct), ("FY 2021".into(), Some("2021".into())));
    assert_eq!(one("Bookings fell in H1 2022.", dct), ("H1 2022".into(), Some("2022-H1".into())));
    // "H1" without a year, or inside another code, is no date.
    for text in ["H1 was strong.", "The H1N1 strain spread.", "The FYI note came."] {
        assert!(dates(text, dct).is_empty(), "{text}");
    }
}

#[test]
fn a_year_that_dates_a_noun_after_a_determiner_is_a_year() {
    let dct = "2018-05-30";
    assert_eq!(value("It recalled its 2003 merger with a rival.", dct), "2003");
    assert_eq!(value("She lost her bitter 2008 primary.", dct), "2008");
    assert_eq!(value("The notes fall due 2025 with interest.", dct), "2025");
    // A count stays a count.
    assert!(dates("It hired a 1500 workers crew.", dct).is_empty());
    assert!(dates("They sent 2000 troops.", dct).is_empty());
}

#[test]
fn the_year_a_report_covers_is_the_articles() {
    let dct = "2018-10-30";
    assert_eq!(value("For the year, shipments rose.", dct), "2018");
    assert_eq!(value("Profit for the full year fell 5%.", dct), "2018");
    let the_year = ("the year".to_owned(), Some("2018".to_owned()));
    assert!(dates("It lost $4 million in the first six months of the year.", dct).contains(&the_year));
    assert!(dates("In the year ending March 31, the line lost $4 million.", dct).contains(&the_year));
    // Not the title of an award.
    assert!(dates("She was named player of the year.", dct).is_empty());
}

#[test]
fn the_years_of_a_list_and_a_month_that_dates_a_noun() {
    let dct = "1999-02-10";
    let found: Vec<_> =
        dates("The games were played in 2003, 2005 and 2009.", dct).into_iter().map(|d| d.0).collect();
    assert_eq!(found, ["2003", "2005", "2009"]);
    assert_eq!(value("After a June accord, it sold the plant.", dct), "1998-06");
    assert_eq!(value("The March deadline is near.", dct), "1999-03");
    // "May" before a noun is more often a name.
    assert!(dates("The May government fell.", dct).is_empty());
}

#[test]
fn programme_titles_and_months_in_lower_case_are_not_dates() {
    let dct = "1999-01-22";
    assert!(dates("He spoke on the \"This Week\" show about it.", dct).is_empty());
    assert!(dates("It aired on the network's 60 Minutes show.", dct).is_empty());
    assert!(dates("It was reported by USA Today first.", dct).is_empty());
    assert!(dates("They sang at this march for peace.", dct).is_empty());
    // The same words as dates.
    assert_eq!(value("He spoke this week about it.", dct), "1999-W03");
    assert_eq!(value("They meet today.", dct), "1999-01-22");
}

#[test]
fn the_week_of_a_day_is_that_days_week() {
    let dct = "2000-02-24";
    assert_eq!(value("A hearing is set for the week of March 6.", dct), "2000-W10");
    assert_eq!(value("They met the week of Feb. 14, 1999.", dct), "1999-W06");
}

#[test]
fn year_end_is_the_end_of_this_year() {
    for (body, span) in [
        ("Vantor hopes to close the sale by year-end.", "year-end"),
        ("The rules take effect by year's end.", "year's end"),
        ("Hiring should pick up around year end.", "year end"),
    ] {
        assert_eq!(one(body, "2031-10-14"), (span.to_string(), Some("2031".to_string())), "{body}");
    }
    assert!(dates("A year ended in a loss for Vantor.", "2031-10-14").iter().all(|(t, _)| t != "year ended"));
}

#[test]
fn one_day_after_a_modal_is_a_time_ahead_not_a_length() {
    let dct = "2018-05-30";
    assert_eq!(one("The town will one day be a city.", dct), ("one day".into(), Some("FUTURE_REF".into())));
    assert_eq!(one("She hopes to some day return.", dct), ("some day".into(), Some("FUTURE_REF".into())));
    assert_ne!(value("The strike lasted one day.", dct), "FUTURE_REF");
}

#[test]
fn soon_after_a_past_event_is_no_time_ahead() {
    let dct = "2018-05-30";
    assert!(dates("The ferry sank and the crew were soon rescued.", dct).is_empty());
    assert!(dates("By noon the crowd was soon gone.", dct).iter().all(|(text, _)| text != "soon"));
    assert!(dates("A small leak that soon turned into a torrent.", dct).is_empty());
    assert_eq!(value("The budget will soon move into surplus.", dct), "FUTURE_REF");
}

#[test]
fn a_month_with_this_next_or_last_year_is_one_date() {
    let dct = "1998-12-03";
    assert_eq!(
        one("Work on the bridge started in February this year.", dct),
        ("February this year".into(), Some("1998-02".into()))
    );
    assert_eq!(
        one("The museum reopens in April next year.", dct),
        ("April next year".into(), Some("1999-04".into()))
    );
    assert_eq!(
        one("It opens in October of next year.", dct),
        ("October of next year".into(), Some("1999-10".into()))
    );
    assert_eq!(
        one("Sales fell in March last year.", dct),
        ("March last year".into(), Some("1997-03".into()))
    );
}

#[test]
fn the_day_before_a_clause_is_no_earlier_date() {
    let dct = "1998-11-10";
    let found = dates("The boat left port on Nov. 3, the day before inspectors closed the harbour.", dct);
    assert_eq!(found, [("Nov. 3".into(), Some("1998-11-03".into()))]);
    let found = dates("The band played later in the day before driving north.", dct);
    assert!(found.iter().all(|(text, _)| !text.contains("before")), "{found:?}");
    // An event named after it is the anchor of a date: "the day after his death".
    let found = dates("On Nov. 3 he died. Friends came the day after his death.", dct);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn holidays_of_several_words_are_found_and_those_set_by_a_rule_are_reckoned() {
    let dct = "1998-10-26";
    assert_eq!(value("The campaign runs to Election Day.", dct), "1998-11-03");
    assert_eq!(value("Fireworks lit the sky on Independence Day.", dct), "1998-07-04");
    assert_eq!(value("Crowds gathered on Memorial Day.", dct), "1998-05-25");
    assert_eq!(
        one("They married on Valentine's Day.", dct),
        ("Valentine's Day".into(), Some("1998-02-14".into()))
    );
    assert_eq!(value("He returned after Labor Day.", dct), "1998-09-07");
    assert!(dates("The Independence Party won.", dct).is_empty());
    // Other countries' days, and the days set around Easter.
    assert_eq!(value("The shops opened on Boxing Day.", dct), "1997-12-26");
    assert_eq!(value("Crowds marched on Anzac Day.", dct), "1998-04-25");
    assert_eq!(value("The church was full on Good Friday.", dct), "1998-04-10");
    assert_eq!(value("The parade was held on Easter Monday.", dct), "1998-04-13");
    assert_eq!(value("The march was held on Martin Luther King Day.", dct), "1998-01-19");
}

#[test]
fn a_second_day_after_a_month_and_day_is_a_date_of_that_month() {
    let dct = "1999-02-10";
    let found = dates("The fair runs on April 24 and 25 in Lisbon.", dct);
    assert_eq!(
        found,
        [("April 24".into(), Some("1999-04-24".into())), ("25".into(), Some("1999-04-25".into()))]
    );
    // A count after it is no day.
    assert_eq!(dates("On May 2 and 20 people died.", dct).len(), 1);
}

#[test]
fn or_so_before_ago_keeps_the_date() {
    assert_eq!(
        one("The pump broke a week or so ago.", "1991-02-25"),
        ("a week or so ago".into(), Some("1991-W08".into()))
    );
}

#[test]
fn a_year_after_a_holiday_names_that_year_s_holiday() {
    let dct = "2024-03-14";
    assert_eq!(
        one("He was born on Christmas Day 1950.", dct),
        ("Christmas Day 1950".into(), Some("1950-12-25".into()))
    );
    assert_eq!(value("The store opens on New Year's Day 2025.", dct), "2025-01-01");
    // A holiday set by a rule is reckoned in that year.
    assert_eq!(value("The flood came at Easter 2019.", dct), "2019-04-21");
    // A count is no year.
    assert_eq!(one("On Christmas 2,000 people came.", dct).0, "Christmas");
}

#[test]
fn a_year_closing_a_range_or_a_pair_of_days_is_the_first_days_too() {
    let dct = "2023-09-14";
    let talks = dates("Talks held on March 3-5, 2004 failed.", dct);
    assert_eq!(talks, [("March 3".into(), Some("2004-03-03".into()))]);
    let ran = dates("It ran from March 3 to March 5, 2004.", dct);
    assert_eq!(ran[0], ("March 3".into(), Some("2004-03-03".into())));
    let met = dates("They met on June 1 and 2, 2004.", dct);
    assert_eq!(met[1], ("2, 2004".into(), Some("2004-06-02".into())));
    // No year after the range: the article's.
    assert_eq!(dates("They met on March 3 and left.", dct)[0].1.as_deref(), Some("2023-03-03"));
}

#[test]
fn an_ordinal_day_takes_the_month_its_words_or_its_tense_name() {
    let dct = "2023-09-14";
    assert_eq!(
        one("A hearing is set for the 14th of next month.", dct),
        ("the 14th of next month".into(), Some("2023-10-14".into()))
    );
    assert_eq!(value("It opened on the 20th of last month.", dct), "2023-08-20");
    assert_eq!(value("It met on the 3rd.", dct), "2023-09-03");
    assert_eq!(value("He met her on the 20th.", dct), "2023-08-20");
    assert_eq!(value("He will see her on the 2nd.", dct), "2023-10-02");
    // Not a day: a place in a race.
    assert!(dates("She came 3rd in the race.", dct).is_empty());
}

#[test]
fn a_year_of_two_digits_after_an_apostrophe_is_of_the_articles_century_or_the_one_before() {
    let dct = "2018-05-30";
    assert_eq!(one("She won the title in '82 at home.", dct), ("'82".into(), Some("1982".into())));
    assert_eq!(value("The class of \u{2019}09 met again.", dct), "2009");
    // Up to ten years ahead is this century's; further is the last one's.
    assert_eq!(value("The games return in '26.", dct), "2026");
    assert_eq!(value("The games came here in '29.", dct), "1929");
    // With no date to go by, the 1900s.
    assert_eq!(value("The games came here in '09.", "undated"), "1909");
    // Only after a word that takes a year: a quotation is none.
    assert!(dates("He said '82 was his number.", dct).is_empty());
}
