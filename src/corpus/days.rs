//! A day stored as its number (days from 1 January of year 1) instead of as text, for
//! `#[serde(with = "days")]`: the cache reads millions of them back.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serializer, de::Error};

pub fn serialize<S: Serializer>(day: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_i32(day.num_days_from_ce())
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let n = i32::deserialize(d)?;
    NaiveDate::from_num_days_from_ce_opt(n)
        .ok_or_else(|| D::Error::custom(format!("day {n} is out of range")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Dated(#[serde(with = "super")] NaiveDate);

    #[test]
    fn days_round_trip_as_numbers_and_out_of_range_ones_are_errors() {
        for day in [NaiveDate::MIN, NaiveDate::from_ymd_opt(2018, 6, 12).unwrap(), NaiveDate::MAX] {
            let bytes = postcard::to_stdvec(&Dated(day)).unwrap();
            assert!(bytes.len() <= 5);
            assert_eq!(postcard::from_bytes::<Dated>(&bytes).unwrap(), Dated(day));
        }
        let beyond = postcard::to_stdvec(&i32::MAX).unwrap();
        assert!(postcard::from_bytes::<Dated>(&beyond).is_err());
    }
}
