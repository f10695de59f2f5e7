//! A child's birth date, which may be partly unknown.
//!
//! When the month or the day of birth cannot be established, Skatteverket
//! writes `00` for it in a samordningsnummer (the day then reads `60`). The
//! children this happens to, newly arrived and unaccompanied children, are
//! often the ones a SIP is for. So a birth date here is a year, and a month
//! and a day that are each known or not, and everything computed from it
//! (an age, an age group) is a range rather than a guess.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::message::Message;
use crate::msg;

/// A birth date whose month and day may each be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BirthDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Why a year, month and day are not a possible birth date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BirthDateError {
    /// Month outside 1–12.
    #[error("the month must be 01–12")]
    Month,
    /// Day outside 1–31.
    #[error("the day must be 01–31")]
    Day,
    /// The month has no such day (30 February, 31 April).
    #[error("month {month:02} has no day {day}")]
    NoSuchDay {
        /// The month.
        month: u32,
        /// The day written.
        day: u32,
    },
}

impl BirthDateError {
    /// Why `text` is not a birth date, in the catalogue's words.
    pub fn message(self, text: &str) -> Message {
        match self {
            BirthDateError::Month => msg!("birth-date-month", text = text),
            BirthDateError::Day => msg!("birth-date-day", text = text),
            BirthDateError::NoSuchDay { month, day } => msg!(
                "birth-date-no-such-day",
                text = text,
                month = format!("{month:02}"),
                day = day.to_string()
            ),
        }
    }
}

impl BirthDate {
    /// A birth date from its parts; `None` is a part that is not known.
    /// A known day must exist in a known month (in that year).
    pub fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Self, BirthDateError> {
        if month.is_some_and(|m| !(1..=12).contains(&m)) {
            return Err(BirthDateError::Month);
        }
        if day.is_some_and(|d| !(1..=31).contains(&d)) {
            return Err(BirthDateError::Day);
        }
        if let (Some(month), Some(day)) = (month, day)
            && NaiveDate::from_ymd_opt(year, month, day).is_none()
        {
            return Err(BirthDateError::NoSuchDay { month, day });
        }
        Ok(Self { year, month, day })
    }

    /// A birth date known to the day.
    pub fn exactly(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM` (day not known) or `YYYY` (month and
    /// day not known).
    pub fn parse(text: &str) -> Result<Self, Message> {
        let form = || msg!("birth-date-form", text = text);
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |part: &str, len: usize| -> Result<u32, Message> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| form())
            } else {
                Err(form())
            }
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, 4)?, None, None),
            [y, m] => (number(y, 4)?, Some(number(m, 2)?), None),
            [y, m, d] => (number(y, 4)?, Some(number(m, 2)?), Some(number(d, 2)?)),
            _ => return Err(form()),
        };
        Self::new(year as i32, month, day).map_err(|e| e.message(text))
    }

    /// The year of birth.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, when known.
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day, when known.
    pub fn day(&self) -> Option<u32> {
        self.day
    }

    /// The date, when it is known to the day.
    pub fn exact(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }

    /// The earliest day the child can have been born.
    pub fn earliest(&self) -> NaiveDate {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        NaiveDate::from_ymd_opt(self.year, month, day)
            .or_else(|| NaiveDate::from_ymd_opt(self.year, month, 1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The latest day the child can have been born.
    pub fn latest(&self) -> NaiveDate {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        // A known day that a later month lacks (31 with the month unknown):
        // the last month that has it.
        (1..=month)
            .rev()
            .find_map(|m| NaiveDate::from_ymd_opt(self.year, m, day))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The child's age in whole years on `day`: a range when the birth date
    /// is partly unknown. `None` when the child cannot have been born yet.
    pub fn age_on(&self, day: NaiveDate) -> Option<Age> {
        let min = day.years_since(self.latest()).unwrap_or(0);
        let max = day.years_since(self.earliest())?;
        Some(Age { min, max })
    }
}

/// The number of days in a month of a year.
fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28)
}

/// An age in whole years, as precise as the birth date allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age {
    /// The youngest the child can be.
    pub min: u32,
    /// The oldest the child can be.
    pub max: u32,
}

impl Age {
    /// Whether the child is certainly at least `years` old.
    pub fn certainly_at_least(&self, years: u32) -> bool {
        self.min >= years
    }

    /// Whether the child may be `years` old or older.
    pub fn possibly_at_least(&self, years: u32) -> bool {
        self.max >= years
    }

    /// Whether the whole range lies within `years` (inclusive).
    pub fn within(&self, years: std::ops::RangeInclusive<u32>) -> bool {
        years.contains(&self.min) && years.contains(&self.max)
    }
}

/// `14` or `14–15`.
impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.min == self.max {
            write!(f, "{}", self.min)
        } else {
            write!(f, "{}–{}", self.min, self.max)
        }
    }
}

/// `2015-03-14`, `2015-03` or `2015`: the form it is written in.
impl fmt::Display for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        match (self.month, self.day) {
            (Some(_), Some(day)) => write!(f, "-{day:02}"),
            _ => Ok(()),
        }
    }
}

impl Serialize for BirthDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for BirthDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(|m| serde::de::Error::custom(m.tag()))
    }
}

impl JsonSchema for BirthDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "BirthDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "YYYY-MM-DD, or YYYY-MM or YYYY when the day or the month is not known"
        })
    }
}

crate::display_arg!(BirthDate);

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reads_a_whole_date_a_year_and_month_or_a_year() {
        for text in ["2015-03-14", "2015-03", "2015"] {
            assert_eq!(BirthDate::parse(text).unwrap().to_string(), text);
        }
        for bad in [
            "2015-3",
            "15",
            "2015-13",
            "2015-02-30",
            "2015-00",
            "x",
            "2015-03-14-1",
        ] {
            assert!(BirthDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_unknown_part_spans_every_day_it_could_be() {
        let year = BirthDate::parse("2015").unwrap();
        assert_eq!(
            (year.earliest(), year.latest()),
            (day("2015-01-01"), day("2015-12-31"))
        );
        let month = BirthDate::parse("2016-02").unwrap();
        assert_eq!(month.latest(), day("2016-02-29"));
        let no_month = BirthDate::new(2015, None, Some(31)).unwrap();
        assert_eq!(
            (no_month.earliest(), no_month.latest()),
            (day("2015-01-31"), day("2015-12-31"))
        );
    }

    #[test]
    fn the_age_is_a_range_when_the_birth_date_is_partly_unknown() {
        let meeting = day("2030-03-20");
        let year = BirthDate::parse("2015").unwrap();
        assert_eq!(year.age_on(meeting).unwrap().to_string(), "14–15");
        let march = BirthDate::parse("2015-03").unwrap();
        assert_eq!(march.age_on(meeting).unwrap().to_string(), "14–15");
        let exact = BirthDate::parse("2015-03-14").unwrap();
        assert_eq!(exact.age_on(meeting).unwrap().to_string(), "15");
        // Certainly 18 only when even the latest possible birthday has passed.
        let age = BirthDate::parse("2012").unwrap().age_on(meeting).unwrap();
        assert!(!age.certainly_at_least(18) && age.possibly_at_least(18));
        assert!(BirthDate::parse("2031").unwrap().age_on(meeting).is_none());
    }
}
