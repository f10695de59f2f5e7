//! The de-identified deviation report's check: what in the reporter's
//! text would identify someone of the plan, so that the copy for the
//! county's BUS secretariat names no one.

use crate::plan::Plan;

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
