//! A deviation in collaboration (avvikelse i samverkan) as the plan file
//! keeps it: a party did not do its insats, a meeting was not held, a plan
//! was not followed up. The report is handled locally; a de-identified copy
//! goes to the county's BUS secretariat "för kännedom" ([`Audience`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::action::{Action, Responsible};
use super::date::PlanDate;
use crate::field::{Name, Text};

/// What went wrong, when it is not one insats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Event {
    /// Nobody took the initiative to a SIP.
    NoInitiative,
    /// A party that was called did not come.
    PartyAbsent,
    /// The SIP meeting was not held within the agreed time.
    MeetingNotHeld,
    /// The plan was not followed up.
    NotFollowedUp,
    /// Information was not passed on.
    InformationNotPassed,
    /// Something else.
    Other,
}

impl Event {
    /// Every kind, in the order the report and the statistics list them.
    pub const ALL: [Event; 6] = [
        Event::NoInitiative,
        Event::PartyAbsent,
        Event::MeetingNotHeld,
        Event::NotFollowedUp,
        Event::InformationNotPassed,
        Event::Other,
    ];
}

/// What the report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum About {
    /// An insats of the plan, by its row (from 1), e.g. `Insats(2)`.
    Insats(usize),
    /// An event, e.g. `Event(PartyAbsent)`.
    Event(Event),
}

/// The kind of party that did not do its part: what the statistics count
/// by. The unit and the person are in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Party {
    /// Kommunen (socialtjänst, skola, LSS).
    Kommun,
    /// Regionen (BUP, habilitering, primärvård).
    Region,
    /// Another actor, e.g. Försäkringskassan or a fristående skola.
    Other,
}

impl Party {
    /// Every choice, in the order the print lists them.
    pub const ALL: [Party; 3] = [Party::Kommun, Party::Region, Party::Other];

    /// The kind of party that answers for an insats; `None` for the family
    /// and the child, who are not parties to the agreement.
    pub fn of(responsible: &Responsible) -> Option<Party> {
        match responsible {
            Responsible::Kommun => Some(Party::Kommun),
            Responsible::Region => Some(Party::Region),
            Responsible::Other(_) => Some(Party::Other),
            Responsible::Family | Responsible::Child => None,
        }
    }
}

/// One deviation, as the reporter gives it and as the plan file keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Deviation {
    /// When it happened.
    pub date: PlanDate,
    /// What it is about: an insats of the plan or an event.
    pub about: About,
    /// The kind of party that did not do its part. Leave it out for an
    /// insats: its ansvarig tells.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<Party>,
    /// What happened, in the reporter's words.
    #[validate(nested)]
    pub what: Text,
    /// Who reported it (never on the de-identified copy).
    #[validate(nested)]
    pub reporter: Name,
}

impl Deviation {
    /// The kind of party it concerns: as given, else the ansvarig of the
    /// insats it is about.
    pub fn party(&self, actions: &[Action]) -> Option<Party> {
        match (self.party, self.about) {
            (Some(party), _) => Some(party),
            (None, About::Insats(row)) => actions
                .get(row.checked_sub(1)?)
                .and_then(|action| Party::of(&action.responsible)),
            (None, About::Event(_)) => None,
        }
    }
}

/// Whom the printed report is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The services that handle it locally: the full report.
    Local,
    /// The county's BUS secretariat: the de-identified copy, which names
    /// no one.
    Secretariat,
}
