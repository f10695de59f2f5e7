//! A calendar date as a plan writes it: `YYYY-MM-DD`.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date written `YYYY-MM-DD`.
///
/// Its own type so that a wrong date gets a message a caseworker understands
/// ("2026-02-30 is not in the calendar") rather than a parser's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlanDate(pub NaiveDate);

impl PlanDate {
    /// Parses `YYYY-MM-DD`, explaining what is wrong in words.
    pub fn parse(text: &str) -> Result<Self, crate::message::Message> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let numbers: Option<Vec<u32>> = match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                parts.iter().map(|p| p.parse().ok()).collect()
            }
            _ => None,
        };
        let Some([y, m, d]) = numbers.as_deref().map(|n| [n[0], n[1], n[2]]) else {
            return Err(crate::msg!("date-form", text = text));
        };
        NaiveDate::from_ymd_opt(y as i32, m, d)
            .map(PlanDate)
            .ok_or_else(|| crate::msg!("date-calendar", text = text))
    }
}

impl fmt::Display for PlanDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for PlanDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PlanDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PlanDate::parse(&text).map_err(|m| serde::de::Error::custom(m.tag()))
    }
}

impl JsonSchema for PlanDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PlanDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date, YYYY-MM-DD.",
            "type": "string",
            "format": "date"
        })
    }
}

crate::display_arg!(PlanDate);
