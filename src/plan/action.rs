//! Insatser: who does what and when, and who answers for it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::date::PlanDate;
use crate::field::{Name, Text};

/// One row of "Insatser – vem gör vad och när".
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// A number that follows the action from revision to revision, set by
    /// `sipplan followup`; it lets `diff` tell a changed action from a new one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    /// Insats/åtgärd: what is done.
    #[validate(nested)]
    pub what: Text,
    /// The insats told to the child, in the second person ("Du träffar
    /// Karin på BUP varannan vecka"): printed on the child's own page,
    /// "Min plan" (`render --child-page`).
    #[validate(nested)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_text: Option<Text>,
    /// Ansvarig: the huvudman or other actor that answers for it.
    pub responsible: Responsible,
    /// Verksamhet: the unit that carries it out, e.g. "BUP Norr". Required for Kommun and Region.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Name>,
    /// Ansvarig person: the named contact.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Name>,
    /// Start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<PlanDate>,
    /// Klart senast: done by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_by: Option<PlanDate>,
    /// Status.
    #[serde(default)]
    pub status: ActionStatus,
    /// What was said about the action at the latest follow-up.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub status_comment: Option<Text>,
    /// When the status was last set, normally the follow-up meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_date: Option<PlanDate>,
}

impl Action {
    /// The start of `what`, at most `max` characters, cut at a space and
    /// ending in "…" when cut: for messages and compact lists, where the full
    /// text is printed elsewhere.
    pub fn short_what(&self, max: usize) -> String {
        let text = self.what.as_str();
        if text.chars().count() <= max {
            return text.to_owned();
        }
        let cut: String = text.chars().take(max).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
        format!("{}…", cut.trim_end_matches([',', ';', ' ']))
    }
}

/// Who answers for an action: one of the two huvudmän, or someone else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Responsible {
    /// Kommunen (socialtjänst, LSS, förskola, skola, elevhälsa).
    Kommun,
    /// Regionen (BUP, habilitering, BUMM, BVC, vårdcentral).
    Region,
    /// Another actor, named, e.g. "Försäkringskassan" or a fristående skola.
    Other(String),
    /// Familjen.
    Family,
    /// Barnet självt.
    Child,
}

impl Responsible {
    /// The huvudman, for rows that belong to the kommun or the region.
    pub fn huvudman(&self) -> Option<Huvudman> {
        match self {
            Responsible::Kommun => Some(Huvudman::Kommun),
            Responsible::Region => Some(Huvudman::Region),
            _ => None,
        }
    }
}

/// A huvudman (principal): the two bodies the SIP law binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Huvudman {
    /// Kommunen.
    Kommun,
    /// Regionen.
    Region,
}

impl Huvudman {
    /// Every choice, in the order the print lists them.
    pub const ALL: [Huvudman; 2] = [Huvudman::Kommun, Huvudman::Region];

    /// Its name in a message ("kommunen", "regionen").
    pub fn message(self) -> crate::message::Message {
        match self {
            Huvudman::Kommun => crate::msg!("huvudman-kommun"),
            Huvudman::Region => crate::msg!("huvudman-region"),
        }
    }
}

/// Status of an action; updated at each follow-up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ActionStatus {
    /// Planerad.
    #[default]
    Planned,
    /// Pågående.
    Ongoing,
    /// Genomförd.
    Done,
    /// Ändrad: changed at the follow-up (what, who or when).
    Changed,
    /// Avbruten.
    Cancelled,
}

impl ActionStatus {
    /// Every choice, in the order the print lists them.
    pub const ALL: [ActionStatus; 5] = [
        ActionStatus::Planned,
        ActionStatus::Ongoing,
        ActionStatus::Done,
        ActionStatus::Changed,
        ActionStatus::Cancelled,
    ];
}
