//! Ansvar och uppföljning: who holds the plan, and when and how it is
//! followed up.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::action::Huvudman;
use super::date::PlanDate;
use super::people::Contact;
use crate::field::{Name, Text};

/// Ansvar för planen (law item 4).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Huvudansvarig: the huvudman with overall responsibility for the plan.
    pub principal: Huvudman,
    /// The unit within that huvudman, e.g. "Socialtjänsten Exempelstad".
    #[validate(nested)]
    pub unit: Name,
    /// Samordnare: the named person who coordinates. Required: the county's
    /// follow-up found this person was rarely designated.
    #[validate(nested)]
    pub coordinator: Contact,
}

/// Uppföljning och avslut.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Nästa uppföljning: after the meeting date.
    pub date: PlanDate,
    /// Form: meeting, digital or phone.
    #[serde(default)]
    pub form: FollowUpForm,
    /// Vem kallar: who calls the follow-up.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<Name>,
    /// Planen avslutas när: when the plan can be closed.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing_criteria: Option<Text>,
    /// Om något inte fungerar, kontakta: whom the family calls when something fails.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub if_not_working: Option<Text>,
    /// Planen avslutades: the day the plan was closed. A closed plan needs
    /// no further follow-up; statistics count it as closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<PlanDate>,
}

/// How the follow-up is held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum FollowUpForm {
    /// Möte.
    #[default]
    Meeting,
    /// Digitalt möte.
    Digital,
    /// Telefon.
    Phone,
}

impl FollowUpForm {
    /// Every choice, in the order the print lists them.
    pub const ALL: [FollowUpForm; 3] = [
        FollowUpForm::Meeting,
        FollowUpForm::Digital,
        FollowUpForm::Phone,
    ];
}
