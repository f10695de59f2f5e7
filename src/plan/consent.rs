//! Samtycke: the consent that makes the plan possible.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::date::PlanDate;
use crate::field::{Name, Text};

/// Samtycke: consent to draw up the plan and to share information (OSL 12 kap. 2 §).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Who gave consent: names exactly as in `guardians`, and the child's name if the child consented.
    #[validate(nested)]
    pub given_by: Vec<Name>,
    /// When consent was given: on or before the meeting.
    pub date: PlanDate,
    /// Written or oral.
    pub form: ConsentForm,
    /// Samtycket gäller informationsutbyte mellan: the organisations that may share information.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sharing_between: Vec<Name>,
    /// Detta ska inte delas: what the family does not want shared.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_to_share: Option<Text>,
    /// Samtycket gäller t.o.m.: the last day the consent is valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<PlanDate>,
    /// Återkallat: the day consent was withdrawn, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_on: Option<PlanDate>,
    /// Barnets inställning: the child's own view on the consent (asked from about
    /// age 15, or younger when mature enough).
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_view: Option<Text>,
}

/// How consent was given. Oral consent must still be written down here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ConsentForm {
    /// Skriftligt.
    Written,
    /// Muntligt.
    Oral,
}

impl ConsentForm {
    /// Every choice, in the order the print lists them.
    pub const ALL: [ConsentForm; 2] = [ConsentForm::Written, ConsentForm::Oral];
}
