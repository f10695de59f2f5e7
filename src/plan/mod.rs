//! The data model of a shortened SIP (samordnad individuell plan) for a child.
//!
//! One [`Plan`] is what a caseworker writes in a plan file and what is printed
//! for the SIP meeting. It follows the domain brief §3: the four items the law
//! requires (SoL / HSL 16 kap. 4 §) live in [`Plan::actions`] (which insatser,
//! which huvudman answers for each, what others do) and
//! [`Plan::responsibility`] (which huvudman has the overall responsibility).
//!
//! Field names are English; the printed Swedish labels come from the template.
//! Structural rules (a field is present, a date is a date) are enforced when the
//! file is read; field rules (not blank, e-mail, phone) are the field types'
//! own ([`Name`], [`Text`], [`Phone`], [`Email`]); rules across fields live
//! in [`crate::validate`].
//!
//! One file per part of the plan; this one holds the whole [`Plan`] and
//! the parts too small for a file of their own.

mod action;
mod child;
mod choice;
mod consent;
mod date;
mod deviation;
mod follow_up;
mod meeting;
mod people;
mod requirable;
mod time;
mod version;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::personnummer::{Personnummer, PersonnummerError};

pub use crate::field::{Email, Name, Phone, Text};
pub use action::{Action, ActionStatus, Huvudman, Responsible};
pub use child::{Child, ChildId, IdText};
pub use choice::CHOICE_WORDS;
pub use consent::{Consent, ConsentForm};
pub use date::PlanDate;
pub use deviation::{About, Audience, Deviation, Event, Party};
pub use follow_up::{FollowUp, FollowUpForm, Responsibility};
pub use meeting::{ChildParticipation, Meeting, Participation};
pub use people::{Contact, Guardian, Participant, Relative, Signer};
pub use requirable::Requirable;
pub use time::TimeOfDay;
pub use version::{FORMAT_VERSION, FormatVersion};

/// A whole plan file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// File format version. Write 1.
    pub version: FormatVersion,
    /// The plan document itself: when it was drawn up, its revision, who wrote it.
    #[validate(nested)]
    pub document: Document,
    /// Barnet: the child the plan is for.
    #[validate(nested)]
    pub child: Child,
    /// Vårdnadshavare: the child's guardians (and others with a parent's role).
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guardians: Vec<Guardian>,
    /// Närstående: next of kin who take part in the plan.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relatives: Vec<Relative>,
    /// Samtycke: the consent that makes the plan possible (a legal precondition).
    #[validate(nested)]
    pub consent: Consent,
    /// The SIP meeting where the plan is drawn up.
    #[validate(nested)]
    pub meeting: Meeting,
    /// Barnets och familjens bild: the child's and the family's own view.
    #[serde(default)]
    #[validate(nested)]
    pub views: Views,
    /// Behov: what the child needs help with.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Text>,
    /// Mål: the overall goal and the short-term goals until the next follow-up.
    #[serde(default)]
    #[validate(nested)]
    pub goals: Goals,
    /// Insatser – vem gör vad och när: one row per insats or åtgärd.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Set to `true` to state that nobody other than the kommun and the region
    /// takes any measure. The law requires the plan to say what others do, so
    /// either the table has such rows or this says there are none.
    #[serde(default)]
    pub no_measures_by_others: bool,
    /// Ansvar för planen: the huvudman with overall responsibility and the coordinator.
    #[validate(nested)]
    pub responsibility: Responsibility,
    /// Uppföljning: when and how the plan is followed up.
    #[validate(nested)]
    pub follow_up: FollowUp,
    /// Kopia till: who gets a copy of the plan.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<Name>,
    /// Underskrifter: one signature line per signer.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<Signer>,
    /// The template's own sections, by section key, then field key: a text,
    /// or the keys of the checked options of a checklist.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub custom: BTreeMap<String, BTreeMap<String, CustomValue>>,
    /// Avvikelser i samverkan: deviations reported for this plan, oldest
    /// first. `sipplan deviation --record` adds them; `stats` counts them
    /// per year and per kind of party.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub deviations: Vec<Deviation>,
    /// Earlier revisions, oldest first, as they were when they were followed
    /// up. `sipplan followup` adds to it; nobody edits it by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Plan>,
}

impl Plan {
    /// The revision before this one, if the plan has been followed up.
    pub fn previous(&self) -> Option<&Plan> {
        self.history.last()
    }

    /// The names of the guardians with custody (vårdnad).
    pub fn custodians(&self) -> Vec<&str> {
        self.guardians
            .iter()
            .filter(|g| g.custody)
            .map(|g| g.name.as_str())
            .collect()
    }

    /// The child's age on the meeting date, as far as the id tells it: a
    /// range when the birth date is partly unknown.
    pub fn child_age(&self) -> Option<crate::birth::Age> {
        let meeting = self.meeting.date.0;
        self.child.id.birth_date(meeting)?.age_on(meeting)
    }

    /// The child's personnummer or samordningsnummer, checked against this
    /// plan's meeting date; `None` for a reservnummer or a birth date.
    pub fn child_number(&self) -> Option<Result<Personnummer, PersonnummerError>> {
        self.child.id.personnummer(self.meeting.date.0)
    }

    /// Whether `name` is among those who gave consent (samtycke).
    pub fn consented(&self, name: &str) -> bool {
        self.consent.given_by.iter().any(|g| same_name(g, name))
    }
}

/// Two names written for the same person: case and outer spaces ignored.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A value in a custom section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum CustomValue {
    /// Free text.
    Text(String),
    /// The keys of the checked options of a checklist.
    Checked(Vec<String>),
}

impl Plan {
    /// Whether the plan fills in `field` (not blank).
    pub fn has(&self, field: Requirable) -> bool {
        fn filled<T: AsRef<str>>(t: &Option<T>) -> bool {
            t.as_ref().is_some_and(|t| !t.as_ref().trim().is_empty())
        }
        match field {
            Requirable::WrittenBy => filled(&self.document.written_by),
            Requirable::School => filled(&self.child.school),
            Requirable::Language => filled(&self.child.language),
            Requirable::SharingBetween => !self.consent.sharing_between.is_empty(),
            Requirable::ValidUntil => self.consent.valid_until.is_some(),
            Requirable::ChildView => filled(&self.consent.child_view),
            Requirable::Question => filled(&self.meeting.question),
            Requirable::Initiator => filled(&self.meeting.initiator),
            Requirable::ChildParticipation => self.meeting.child_participation.is_some(),
            Requirable::ChildVoice => filled(&self.views.child),
            Requirable::OverallGoal => filled(&self.goals.overall),
            Requirable::Caller => filled(&self.follow_up.caller),
            Requirable::ClosingCriteria => filled(&self.follow_up.closing_criteria),
            Requirable::IfNotWorking => filled(&self.follow_up.if_not_working),
        }
    }
}

/// Page-header data: identifies the plan on every printed page.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Upprättad: the date the plan was drawn up (usually the meeting date).
    pub date: PlanDate,
    /// Planens version: 1 for a new plan, one more at each revision.
    #[serde(default = "first_revision")]
    #[validate(range(min = 1, max = 999))]
    pub revision: u32,
    /// Planen skrivs av: who writes the plan down.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written_by: Option<Name>,
    /// The template the plan is printed with (a built-in id or a file); empty for the default.
    #[validate(length(max = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
}

fn first_revision() -> u32 {
    1
}

/// Barnets och familjens bild.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Views {
    /// "Det här är viktigt för mig": the child's own words.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child: Option<Text>,
    /// The family's view of the situation.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<Text>,
}

/// Mål.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Goals {
    /// Övergripande mål.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overall: Option<Text>,
    /// Delmål till nästa uppföljning.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub short_term: Vec<Text>,
}
