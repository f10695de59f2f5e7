//! A deviation in collaboration (avvikelse i samverkan): a party did not do
//! its insats, a meeting was not held, a plan was not followed up. The
//! report is handled locally; a de-identified copy goes to the county's BUS
//! secretariat "för kännedom". The copy holds no name, no personnummer, no
//! birth date and no free text that names a person: [`identifying`] finds
//! what in the reporter's text would identify someone from the plan.

use chrono::NaiveDate;

use crate::plan::Plan;

/// What went wrong, when it is not one insats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// An insats of the plan, by its row (from 1).
    Insats(usize),
    /// An event.
    Event(Event),
}

/// One report, as the reporter gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Deviation {
    /// What it is about.
    pub about: About,
    /// What happened, in the reporter's words.
    pub what: String,
    /// When it happened.
    pub date: NaiveDate,
    /// Who reports (left out of the de-identified copy).
    pub reporter: String,
    /// The copy for the BUS secretariat: nothing that identifies anyone.
    pub deidentified: bool,
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
