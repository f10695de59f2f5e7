//! A time of day as a plan writes it: `13.30` or `13:30`.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A time of day, hours and minutes, for the meeting's start and end.
/// Written and printed the Swedish way, `13.30`; `13:30` is read as well.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    /// 0–23.
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
}

impl TimeOfDay {
    /// Parses `HH:MM` or `HH.MM` (`9.05` too), explaining what is wrong in words.
    pub fn parse(text: &str) -> Result<Self, crate::message::Message> {
        let wrong = || crate::msg!("time-form", text = text);
        let (h, m) = text.trim().split_once([':', '.']).ok_or_else(wrong)?;
        let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
            (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u8>().ok())
                .flatten()
        };
        match (digits(h, 1..=2), digits(m, 2..=2)) {
            (Some(hour), Some(minute)) if hour < 24 && minute < 60 => Ok(Self { hour, minute }),
            _ => Err(wrong()),
        }
    }
}

/// As written and printed: `13.30`.
impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:02}", self.hour, self.minute)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        TimeOfDay::parse(&text).map_err(|m| serde::de::Error::custom(m.tag()))
    }
}

impl JsonSchema for TimeOfDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeOfDay".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A time of day, HH.MM (13.30) or HH:MM (13:30).",
            "type": "string",
            "pattern": "^([01]?[0-9]|2[0-3])[:.][0-5][0-9]$"
        })
    }
}

crate::display_arg!(TimeOfDay);

#[cfg(test)]
mod tests {
    use super::TimeOfDay;

    #[test]
    fn both_ways_of_writing_a_time_read_and_print_the_swedish_way() {
        for text in ["13:30", "13.30", " 13.30 "] {
            let time = TimeOfDay::parse(text).unwrap();
            assert_eq!(time.to_string(), "13.30");
        }
        assert_eq!(TimeOfDay::parse("9.05").unwrap().to_string(), "09.05");
        for wrong in ["", "13", "24:00", "13:60", "1330", "13:3", "kl 13", "-1:30"] {
            assert!(TimeOfDay::parse(wrong).is_err(), "{wrong}");
        }
    }
}
