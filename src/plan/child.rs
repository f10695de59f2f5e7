//! Barnet: the child, and how the child is identified.

use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::birth::BirthDate;
use crate::field::Name;
use crate::personnummer::{Personnummer, PersonnummerError};

/// Barnet: the child.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// Namn: the child's full name.
    #[validate(nested)]
    pub name: Name,
    /// Personnummer, samordningsnummer, reservnummer or, without a number, the birth date.
    pub id: ChildId,
    /// Förskola/skola, and class if any.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<Name>,
    /// Språk/tolkbehov: language spoken at home and any interpreter need.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Name>,
    /// Whether an individual plan under LSS 10 § (IP) exists; a different plan from the SIP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lss_plan: Option<bool>,
}

/// How the child is identified.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub enum ChildId {
    /// A personnummer: `YYYYMMDD-NNNC` (or `YYMMDD-NNNC`).
    Personnummer(IdText),
    /// A samordningsnummer: like a personnummer with 60 added to the day.
    Samordningsnummer(IdText),
    /// A regional reserve number (reservnummer), used as written.
    Reservnummer(IdText),
    /// No number yet (e.g. newly arrived): the birth date only, written
    /// `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the day or month is not known.
    BirthDate(BirthDate),
}

impl ChildId {
    /// The checked number, with its century resolved against `reference`
    /// (the meeting date). `None` for a reservnummer or a birth date.
    pub fn personnummer(
        &self,
        reference: NaiveDate,
    ) -> Option<Result<Personnummer, PersonnummerError>> {
        match self {
            ChildId::Personnummer(t) | ChildId::Samordningsnummer(t) => Some(t.number(reference)),
            ChildId::Reservnummer(_) | ChildId::BirthDate(_) => None,
        }
    }

    /// The id as the plan writes it, in full: for the documents that stay
    /// with the services (the deviation report, an invitation whose
    /// template asks for the number).
    pub fn as_written(&self) -> String {
        match self {
            ChildId::Personnummer(t) | ChildId::Samordningsnummer(t) | ChildId::Reservnummer(t) => {
                t.as_str().trim().to_owned()
            }
            ChildId::BirthDate(d) => d.to_string(),
        }
    }

    /// The child's birth date, as far as the id tells it (a samordningsnummer
    /// or a `BirthDate` may leave the month or the day unknown).
    pub fn birth_date(&self, reference: NaiveDate) -> Option<BirthDate> {
        match self {
            ChildId::BirthDate(d) => Some(*d),
            _ => self
                .personnummer(reference)
                .and_then(Result::ok)
                .map(|n| n.birth_date()),
        }
    }
}

/// Text that holds a personal identity number, and the number it is. The
/// number is checked once, on first use, and kept: validation, the page
/// header, statistics and the follow-up all ask this one value. Its
/// `Debug` output is masked (`YYMMDD-XXXX`) so that a log line or a panic
/// message cannot leak it.
#[derive(Clone, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct IdText {
    text: String,
    /// The number checked against a meeting date (which decides the
    /// century of a 10-digit number and whether the birth date has come).
    checked: OnceLock<(NaiveDate, Result<Personnummer, PersonnummerError>)>,
}

impl IdText {
    /// The number as written in the plan file.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The checked number, as on `reference` (the meeting date).
    fn number(&self, reference: NaiveDate) -> Result<Personnummer, PersonnummerError> {
        match self.checked.get() {
            Some((on, number)) if *on == reference => number.clone(),
            _ => {
                let number = Personnummer::parse(&self.text, reference);
                // Kept for the first date asked; another date is checked anew.
                let _ = self.checked.set((reference, number.clone()));
                number
            }
        }
    }
}

impl From<String> for IdText {
    fn from(text: String) -> Self {
        IdText {
            text,
            checked: OnceLock::new(),
        }
    }
}

impl From<IdText> for String {
    fn from(id: IdText) -> Self {
        id.text
    }
}

/// Two ids are the same when they are written the same.
impl PartialEq for IdText {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for IdText {}

impl JsonSchema for IdText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IdText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The number as written: YYYYMMDD-NNNC or YYMMDD-NNNC."
        })
    }
}

impl fmt::Debug for IdText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdText({})", crate::privacy::mask_text(&self.text))
    }
}
