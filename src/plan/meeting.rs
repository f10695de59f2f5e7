//! Mötet: the SIP meeting, who took part and how the child did.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::date::PlanDate;
use super::people::Participant;
use super::time::TimeOfDay;
use crate::field::{Name, Text};

/// Mötet: the SIP meeting.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Mötesdatum.
    pub date: PlanDate,
    /// Klockan: when the meeting starts, `13.30` (or `13:30`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<TimeOfDay>,
    /// Slutar: when the meeting ends; only printed with a start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<TimeOfDay>,
    /// Plats: where, or "Digitalt".
    #[validate(nested)]
    pub place: Name,
    /// Frågeställning: the question the meeting should solve, agreed beforehand.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<Text>,
    /// Initiativtagare: who called the SIP.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiator: Option<Name>,
    /// Mötesledare: who chairs the meeting.
    #[validate(nested)]
    pub chair: Name,
    /// Deltagare: everyone invited, with role and organisation.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Barnets delaktighet: how the child took part.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_participation: Option<ChildParticipation>,
}

/// Barnets delaktighet: how the child took part, as the law asks ("when possible").
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct ChildParticipation {
    /// The way the child took part.
    pub how: Participation,
    /// Details, e.g. who represented the child.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How the child took part in the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Participation {
    /// Hela mötet.
    WholeMeeting,
    /// Del av mötet.
    PartOfMeeting,
    /// Genom företrädare: someone spoke for the child.
    ThroughRepresentative,
    /// Genom brev eller teckning.
    ThroughLetter,
    /// Deltog inte.
    DidNotTakePart,
}

impl Participation {
    /// Every choice, in the order the print lists them.
    pub const ALL: [Participation; 5] = [
        Participation::WholeMeeting,
        Participation::PartOfMeeting,
        Participation::ThroughRepresentative,
        Participation::ThroughLetter,
        Participation::DidNotTakePart,
    ];
}
