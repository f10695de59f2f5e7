//! The de-identified deviation report's check: what in the reporter's
//! text would identify someone of the plan, so that the copy for the
//! county's BUS secretariat names no one.
//!
//! Text is compared as a reader sees it, not as it is stored: folded to
//! lower-case Latin letters and ASCII digits (NFKC, characters that draw
//! nothing removed, look-alikes from other scripts and full-width forms
//! transliterated), with spaces, dots and dashes between letters or
//! digits ignored where a name or number could hide behind them. What is
//! printed is what the check saw.

use unicode_normalization::UnicodeNormalization;

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

/// What in `text` would identify someone of `plan` or the reporter: a word
/// of a name (of two letters or more, whole, or with a genitive s), a whole
/// name written as one word or letter by letter ("E l s a"), a name's
/// initials ("E. E."), an e-mail address or phone number of the plan
/// however it is written, any ten- or twelve-digit number, and the child's
/// birth date in any common writing (`2014-05-17`, `17.05.2014`, `17/5
/// 2014`, `17 maj 2014`). Empty when the text may go upward.
pub fn identifying(plan: &Plan, reporter: Option<&str>, text: &str) -> Vec<String> {
    let folded = fold(text);
    let spelled = spelled_out(&words(&folded));
    let mut words = words(&folded);
    words.extend(spelled.iter().cloned());
    let mut found: Vec<String> = Vec::new();
    let mut add = |what: String| {
        if !found.contains(&what) {
            found.push(what);
        }
    };
    let mut people = names(plan);
    people.extend(reporter.map(str::to_owned));
    let squeezed: String = folded.chars().filter(char::is_ascii_alphanumeric).collect();
    for name in &people {
        let parts = words_of(&fold(name));
        for part in parts.iter().filter(|p| p.chars().count() >= 2) {
            let genitive = format!("{part}s");
            let spelled_in =
                part.len() >= 3 && spelled.iter().any(|run| run.contains(part.as_str()));
            if spelled_in || words.iter().any(|w| w == part || *w == genitive) {
                add(part.clone());
            }
        }
        let whole: String = parts.concat();
        if parts.len() > 1 && squeezed.contains(&whole) {
            add(whole);
        }
        let initials: String = parts.iter().filter_map(|p| p.chars().next()).collect();
        if parts.len() > 1 && spelled.contains(&initials) {
            add(initials);
        }
    }
    for contact in contacts(plan) {
        if contact.len() >= 5 && squeezed.contains(&contact) {
            add(contact);
        }
    }
    // Any ten- or twelve-digit number written as one (dashes aside); one
    // pieced together across spaces and dots only when it is a valid
    // personnummer, so that "2026-11-20 13.30" is a date and a time.
    let meeting = plan.meeting.date.0;
    let written_whole: Vec<String> = folded
        .split(|c: char| !(c.is_ascii_digit() || c == '-' || c == '+'))
        .map(|run| run.chars().filter(char::is_ascii_digit).collect())
        .collect();
    let birth = birth_spellings(plan);
    for number in numbers(&folded) {
        let long = number.len() == 10 || number.len() == 12;
        let a_number = long
            && (written_whole.contains(&number)
                || crate::personnummer::Personnummer::parse(&number, meeting).is_ok());
        if a_number || birth.contains(&number) || tail_of_the_number(plan, &number) {
            add(number);
        }
    }
    found
}

/// `text` as a reader sees it: NFKC, without what draws nothing, in
/// lower-case Latin letters and ASCII digits.
fn fold(text: &str) -> String {
    let visible: String = text.nfkc().filter(|&c| !draws_nothing(c)).collect();
    deunicode::deunicode(&visible).to_lowercase()
}

/// Unicode's default-ignorable characters (soft hyphen, zero-width space
/// and joiners, direction marks, word joiner, variation selectors, BOM):
/// the print draws nothing for them, so a name can hide around them.
fn draws_nothing(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// The words of folded text: runs of letters and digits.
fn words(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The parts of a folded name.
fn words_of(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Letters written one by one ("E l s a", "E. E."), each run joined.
fn spelled_out(words: &[String]) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run = String::new();
    for word in words {
        match word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic()) {
            true => run.push_str(word),
            false => runs.extend((run.len() > 1).then(|| std::mem::take(&mut run))),
        }
        if word.len() != 1 {
            run.clear();
        }
    }
    runs.extend((run.len() > 1).then_some(run));
    runs
}

/// The plan's e-mail addresses and phone numbers as they could be
/// written with their dots, dashes and spaces left out: the letters and
/// digits of each e-mail's part before `@`, and each phone's digits.
fn contacts(plan: &Plan) -> Vec<String> {
    let Ok(tree) = serde_json::to_value(plan) else {
        return Vec::new();
    };
    crate::diagnostic::strings_in(&tree)
        .into_iter()
        .filter_map(|(path, value)| match path.0.last() {
            Some(crate::diagnostic::Segment::Field(f)) if f == "email" => {
                let local = value.split('@').next().unwrap_or_default();
                Some(
                    fold(local)
                        .chars()
                        .filter(char::is_ascii_alphanumeric)
                        .collect(),
                )
            }
            Some(crate::diagnostic::Segment::Field(f)) if f == "phone" => {
                let digits: String = value.chars().filter(char::is_ascii_digit).collect();
                // 08-123 456 78 is also written +46 8 123 456 78.
                Some(digits.trim_start_matches('0').to_owned())
            }
            _ => None,
        })
        .collect()
}

/// The numbers of folded text, with the spaces, dots, dashes, slashes and
/// plus signs between their digits taken out (`2014 05 17-9829`,
/// `17.05.2014`), and a month written as a word read as its number
/// (`17 maj 2014` → `1752014`). A phone's leading zeros are left out, as
/// in [`contacts`].
fn numbers(folded: &str) -> Vec<String> {
    let with_months = words(folded)
        .into_iter()
        .map(|w| month_number(&w).map_or(w, |m| m.to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = Vec::new();
    let mut run = String::new();
    let mut chars = with_months.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            run.push(c);
            continue;
        }
        let joins = " .-/+".contains(c) && chars.peek().is_some_and(char::is_ascii_digit);
        if !joins || run.is_empty() {
            out.extend((!run.is_empty()).then(|| std::mem::take(&mut run)));
        }
    }
    out.extend((!run.is_empty()).then_some(run));
    let phones: Vec<String> = out
        .iter()
        .map(|n| n.trim_start_matches('0').to_owned())
        .collect();
    out.extend(phones);
    out
}

/// The number of a month written in Swedish or English, whole or cut
/// short (`maj`, `januari`, `jan`, `may`, `october`).
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [(&str, &str); 12] = [
        ("januari", "january"),
        ("februari", "february"),
        ("mars", "march"),
        ("april", "april"),
        ("maj", "may"),
        ("juni", "june"),
        ("juli", "july"),
        ("augusti", "august"),
        ("september", "september"),
        ("oktober", "october"),
        ("november", "november"),
        ("december", "december"),
    ];
    let n = MONTHS.iter().position(|(sv, en)| {
        [sv, en]
            .iter()
            .any(|m| word == **m || (word.len() >= 3 && m.starts_with(word)))
    })?;
    u32::try_from(n + 1).ok()
}

/// The child's birth date as its digits are written in dates: year first
/// (`20140517`, `140517`, `2014517`) or day first (`17052014`, `1752014`,
/// `170514`, `17514`).
fn birth_spellings(plan: &Plan) -> Vec<String> {
    let Some(date) = plan
        .child
        .id
        .birth_date(plan.meeting.date.0)
        .and_then(|b| b.exact())
    else {
        return Vec::new();
    };
    use chrono::Datelike;
    let (y, m, d) = (date.year(), date.month(), date.day());
    let yy = y % 100;
    vec![
        format!("{y}{m:02}{d:02}"),
        format!("{yy:02}{m:02}{d:02}"),
        format!("{y}{m}{d}"),
        format!("{d:02}{m:02}{y}"),
        format!("{d}{m}{y}"),
        format!("{d:02}{m:02}{yy:02}"),
        format!("{d}{m}{yy:02}"),
    ]
}

/// The last six or more digits of the child's number.
fn tail_of_the_number(plan: &Plan, number: &str) -> bool {
    let Some(Ok(pnr)) = plan.child_number() else {
        return false;
    };
    let full: String = pnr
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    number.len() >= 6 && full.ends_with(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        crate::load::full_sample()
    }

    /// A date and a time side by side are not a personnummer.
    #[test]
    fn a_date_and_a_time_are_not_taken_for_a_number() {
        let p = plan();
        let text = "Mötet 2026-11-20 13.30 ställdes in; BUP meddelade inte återbud.";
        assert!(
            identifying(&p, None, text).is_empty(),
            "{:?}",
            identifying(&p, None, text)
        );
    }

    #[test]
    fn finds_names_numbers_and_the_birth_date_in_free_text() {
        let p = plan();
        let found = identifying(
            &p,
            None,
            "Elsas mamma Maria väntade, BUP kom inte. Född 2014-05-17, nr 201405179829.",
        );
        assert!(found.contains(&"elsa".to_owned()), "{found:?}");
        assert!(found.contains(&"maria".to_owned()), "{found:?}");
        assert!(found.contains(&"20140517".to_owned()), "{found:?}");
        assert!(found.contains(&"201405179829".to_owned()), "{found:?}");
        assert!(
            identifying(
                &p,
                None,
                "BUP kom inte till mötet den 3 mars; ingen hade meddelat återbud."
            )
            .is_empty()
        );
    }

    /// The ways a name or number was let through before: hidden
    /// characters, spaced letters, initials, look-alike and full-width
    /// letters, a two-letter surname, the reporter's own name, a phone
    /// with spaces, an e-mail without dots, dates written day first or in
    /// words, a number with spaces or in Arabic-Indic digits.
    #[test]
    fn a_name_or_number_is_found_however_it_is_written() {
        let mut p = plan();
        p.relatives[0].name = "Omar Ek".into();
        let guardian_phone = p.guardians[0].phone.as_ref().map(|x| x.to_string());
        let email = p.guardians[0].email.as_ref().map(|x| x.to_string());
        let mut cases = vec![
            "E\u{200B}lsa kom inte".to_owned(),
            "El\u{AD}sa kom inte".to_owned(),
            "E l s a kom inte".to_owned(),
            "Barnet E. E. kom inte".to_owned(),
            "\u{0415}lsa kom inte".to_owned(),
            "\u{FF25}\u{FF4C}\u{FF53}\u{FF41} kom inte".to_owned(),
            "Familjen Ek kom inte".to_owned(),
            "Jag, Sara Berg, väntade".to_owned(),
            "Född 17.05.2014".to_owned(),
            "Född 17/5 2014".to_owned(),
            "Född 17 maj 2014".to_owned(),
            "Nummer 2014 05 17 - 9829".to_owned(),
            "Nummer \u{0662}\u{0660}\u{0661}\u{0664}\u{0660}\u{0665}\u{0661}\u{0667}\u{0669}\u{0668}\u{0662}\u{0669}".to_owned(),
        ];
        if let Some(phone) = guardian_phone {
            cases.push(format!("Ring {}", phone.replace('-', " ")));
        }
        if let Some(email) = email {
            cases.push(format!("Skriv till {}", email.replace('.', "")));
        }
        for text in &cases {
            let found = identifying(&p, Some("Sara Berg"), text);
            assert!(!found.is_empty(), "{text:?} passed");
        }
    }
}
