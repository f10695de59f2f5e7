//! A deviation in collaboration (avvikelse i samverkan): a party did not do
//! its insats, a meeting was not held, a plan was not followed up. The
//! report is handled locally; a de-identified copy goes to the county's BUS
//! secretariat "för kännedom". The copy holds no name, no personnummer, no
//! birth date and no free text that names a person: [`identifying`] finds
//! what in the reporter's text would identify someone from the plan. A
//! deviation can also be kept in the plan file ([`Plan::deviations`]), so
//! that the yearly statistics count them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::diagnostic::FieldPath;
use crate::edit::Edits;
use crate::load::{Format, Source};
use crate::plan::{Name, Plan, PlanDate, Responsible, Text};

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

    /// The template's words for this kind.
    pub fn label(self, l: &crate::labels::DeviationLabels) -> &str {
        match self {
            Event::NoInitiative => &l.no_initiative,
            Event::PartyAbsent => &l.party_absent,
            Event::MeetingNotHeld => &l.meeting_not_held,
            Event::NotFollowedUp => &l.not_followed_up,
            Event::InformationNotPassed => &l.information_not_passed,
            Event::Other => &l.other,
        }
    }
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
    pub fn party(&self, plan: &Plan) -> Option<Party> {
        match (self.party, self.about) {
            (Some(party), _) => Some(party),
            (None, About::Insats(row)) => plan
                .actions
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

/// Why a deviation could not be added to the plan file.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The deviation could not be written in the file's format.
    #[error("the deviation could not be written: {0}")]
    Write(String),
    /// The file could not be edited where the list goes.
    #[error(transparent)]
    Edit(#[from] crate::edit::EditError),
    /// The edited file did not read back with the deviation last.
    #[error("the edited plan file did not read back")]
    NotReadBack,
}

impl RecordError {
    /// Why, in the words of the message catalogue.
    pub fn message(&self) -> crate::message::Message {
        match self {
            RecordError::Write(why) => crate::msg!("record-write", why = why.clone()),
            RecordError::Edit(e) => crate::msg!("record-edit", path = e.0.clone()),
            RecordError::NotReadBack => crate::msg!("record-read-back"),
        }
    }
}

/// The text of the plan file `source` (which holds `plan`) with `deviation`
/// added last to its `deviations`, everything else as it was written:
/// comments, layout, the earlier revisions. The kind of party is written
/// out, so that it still counts right when the insatser change at a
/// follow-up. `None` when the plan has this deviation already (the full
/// report and the copy are often made one after the other).
pub fn record(
    source: &Source,
    plan: &Plan,
    deviation: &Deviation,
) -> Result<Option<String>, RecordError> {
    let deviation = &Deviation {
        party: deviation.party(plan),
        ..deviation.clone()
    };
    if plan.deviations.contains(deviation) {
        return Ok(None);
    }
    let write = |e: &dyn std::fmt::Display| RecordError::Write(e.to_string());
    let item = match source.format {
        // Without the `#![enable(implicit_some)]` line RON puts first: the
        // loader has it on for the whole file.
        Format::Ron => ron::ser::to_string_pretty(deviation, crate::followup::ron_style())
            .map_err(|e| write(&e))?
            .lines()
            .filter(|line| !line.starts_with("#!["))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => serde_json::to_string_pretty(deviation).map_err(|e| write(&e))?,
    };
    let mut file = Edits::new(source);
    match source.value_span(&FieldPath::from("deviations")) {
        Some(list) => file.add_item("deviations", list, &item)?,
        None => file.add_list("", "deviations", &item)?,
    }
    let text = file.apply_within(0..source.text.len())?;
    // The file is only replaced by one that reads back with the deviation.
    let edited = Source::from_text(&source.name, &text, source.format);
    match crate::load::parse_plan(&edited) {
        Ok(plan) if plan.deviations.last() == Some(deviation) => Ok(Some(text)),
        _ => Err(RecordError::NotReadBack),
    }
}

/// Every name the plan holds: the child, the guardians, relatives,
/// participants, signers, the chair, initiator, writer, coordinator, the
/// people who consented and the contact of each insats.
pub fn names(plan: &Plan) -> Vec<String> {
    let mut names: Vec<String> = vec![plan.child.name.to_string(), plan.meeting.chair.to_string()];
    names.extend(plan.guardians.iter().map(|g| g.name.to_string()));
    names.extend(plan.relatives.iter().map(|r| r.name.to_string()));
    names.extend(plan.meeting.participants.iter().map(|p| p.name.to_string()));
    names.extend(plan.signatures.iter().map(|s| s.name.to_string()));
    names.extend(plan.consent.given_by.iter().map(|n| n.to_string()));
    names.extend(plan.meeting.initiator.iter().map(|n| n.to_string()));
    names.extend(plan.document.written_by.iter().map(|n| n.to_string()));
    names.push(plan.responsibility.coordinator.name.to_string());
    names.extend(
        plan.actions
            .iter()
            .filter_map(|a| a.person.as_ref())
            .map(|n| n.to_string()),
    );
    names
}

/// What in `text` would identify someone of `plan`: each word of a name
/// in the plan (of three letters or more, whole words, any case), the
/// child's personnummer or birth date in any common writing, and any
/// ten- or twelve-digit number. Empty when the text may go upward.
pub fn identifying(plan: &Plan, text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut found: Vec<String> = Vec::new();
    for name in names(plan) {
        for part in name.split(|c: char| !c.is_alphabetic()) {
            let part = part.to_lowercase();
            // The name, or its genitive ("Elsas").
            let named = words.iter().any(|w| *w == part || *w == format!("{part}s"));
            if part.chars().count() >= 3 && named && !found.contains(&part) {
                found.push(part);
            }
        }
    }
    // Numbers: digit runs with their dashes taken out.
    let squeezed: Vec<String> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '-' || c == '+'))
        .map(|s| s.chars().filter(char::is_ascii_digit).collect::<String>())
        .filter(|s| !s.is_empty())
        .collect();
    for number in &squeezed {
        if number.len() == 10 || number.len() == 12 {
            found.push(number.clone());
        }
    }
    // The child's birth date (20140517, 140517, 2014-05-17) and any
    // long tail of the number.
    if let Some(Ok(pnr)) = plan.child_number() {
        let full: String = pnr
            .to_string()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let birth = full.get(..8).unwrap_or_default();
        for number in &squeezed {
            let hit = number == birth
                || birth.get(2..) == Some(number.as_str())
                || (number.len() >= 6 && full.ends_with(number.as_str()));
            if hit && !found.contains(number) {
                found.push(number.clone());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        crate::load::full_sample()
    }

    #[test]
    fn finds_names_numbers_and_the_birth_date_in_free_text() {
        let p = plan();
        let found = identifying(
            &p,
            "Elsas mamma Maria väntade, BUP kom inte. Född 2014-05-17, nr 201405179829.",
        );
        assert!(found.contains(&"elsa".to_owned()), "{found:?}");
        assert!(found.contains(&"maria".to_owned()), "{found:?}");
        assert!(found.contains(&"20140517".to_owned()), "{found:?}");
        assert!(found.contains(&"201405179829".to_owned()), "{found:?}");
        assert!(
            identifying(
                &p,
                "BUP kom inte till mötet den 3 mars; ingen hade meddelat återbud."
            )
            .is_empty()
        );
    }
}
