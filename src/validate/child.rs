//! The child: identity number, age, participation and guardians.

use chrono::NaiveDate;

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::message::Message;
use crate::msg;
use crate::personnummer::IdKind;
use crate::plan::{ChildId, Plan};

/// Age from which the child's own view on consent should be recorded (JO).
const CONSENT_VIEW_AGE: u32 = 15;
/// Age at which a children's SIP no longer fits (the template may change it later).
const ADULT_AGE: u32 = 18;

/// The child's identity, age and participation.
pub(super) fn child(plan: &Plan, meeting: NaiveDate, out: &mut Vec<Diagnostic>) {
    identity(plan, meeting, out);
    name_without_digits(plan, out);
    age(plan, out);
    if plan.meeting.child_participation.is_none() {
        out.push(
            Diagnostic::new(
                Code::Sip030,
                "meeting.child_participation".into(),
                msg!("sip030"),
            )
            .with_hint(msg!("sip030-hint")),
        );
    }
    if plan.guardians.is_empty() {
        out.push(
            Diagnostic::new(Code::Sip045, "guardians".into(), msg!("sip045"))
                .with_hint(msg!("sip045-hint")),
        );
    }
}

/// The child's name is printed in every page's header beside the
/// personnummer: digits in it ("Elsa Personnummer: 20991231-0000") could
/// pass for another number, so a name holds none, in any script.
fn name_without_digits(plan: &Plan, out: &mut Vec<Diagnostic>) {
    if plan.child.name.chars().any(char::is_numeric) {
        out.push(
            Diagnostic::new(Code::Sip064, "child.name".into(), msg!("sip064"))
                .with_hint(msg!("sip064-hint")),
        );
    }
}

/// The child's number checks out and is the kind it is written as; a
/// birth date given instead lies before the meeting.
fn identity(plan: &Plan, meeting: NaiveDate, out: &mut Vec<Diagnostic>) {
    let id_path = FieldPath::from("child.id");
    match &plan.child.id {
        ChildId::Personnummer(_) | ChildId::Samordningsnummer(_) => {
            let written_as = match plan.child.id {
                ChildId::Samordningsnummer(_) => IdKind::Samordningsnummer,
                _ => IdKind::Personnummer,
            };
            match plan.child_number() {
                Some(Err(e)) => out.push(
                    Diagnostic::new(
                        Code::Sip040,
                        id_path.clone(),
                        msg!("sip040", kind = kind_name(written_as), why = e.message()),
                    )
                    .with_hint(msg!("sip040-hint")),
                ),
                Some(Ok(n)) if n.kind() != written_as => out.push(
                    Diagnostic::new(
                        Code::Sip041,
                        id_path.clone(),
                        msg!(
                            "sip041",
                            kind = kind_name(n.kind()),
                            written = kind_name(written_as)
                        ),
                    )
                    .with_hint(match n.kind() {
                        IdKind::Samordningsnummer => msg!("sip041-hint-samordningsnummer"),
                        IdKind::Personnummer => msg!("sip041-hint-personnummer"),
                    }),
                ),
                Some(Ok(n)) if n.written_with_plus() => out.push(
                    Diagnostic::new(Code::Sip042, id_path.clone(), msg!("sip042"))
                        .with_hint(msg!("sip042-hint")),
                ),
                _ => {}
            }
        }
        ChildId::Reservnummer(text) if text.as_str().trim().is_empty() => out.push(
            Diagnostic::new(Code::Sip044, id_path.clone(), msg!("sip044"))
                .with_hint(msg!("sip044-hint")),
        ),
        ChildId::BirthDate(date) if date.earliest() > meeting => out.push(
            Diagnostic::new(
                Code::Sip043,
                id_path.clone(),
                msg!("sip043", date = date, meeting = meeting),
            )
            .with_hint(msg!("sip043-hint")),
        ),
        _ => {}
    }
}

/// A partly unknown birth date gives an age range (`14–15`): the adult
/// warning needs certainty, the child's own view is asked for as soon as
/// the child may be old enough.
fn age(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let id_path = FieldPath::from("child.id");
    if let Some(age) = plan.child_age() {
        if age.certainly_at_least(ADULT_AGE) {
            out.push(
                Diagnostic::new(Code::Sip031, id_path, msg!("sip031", age = age.to_string()))
                    .with_hint(msg!("sip031-hint")),
            );
        } else {
            if age.possibly_at_least(ADULT_AGE) {
                out.push(
                    Diagnostic::new(Code::Sip032, id_path, msg!("sip032", age = age.to_string()))
                        .with_hint(msg!("sip032-hint")),
                );
            }
            if age.possibly_at_least(CONSENT_VIEW_AGE) && plan.consent.child_view.is_none() {
                out.push(
                    Diagnostic::new(
                        Code::Sip014,
                        "consent.child_view".into(),
                        msg!("sip014", age = age.to_string()),
                    )
                    .with_hint(msg!("sip014-hint")),
                );
            }
        }
    }
}

/// The name of a kind of number, for messages.
fn kind_name(kind: IdKind) -> Message {
    match kind {
        IdKind::Personnummer => msg!("personnummer"),
        IdKind::Samordningsnummer => msg!("samordningsnummer"),
    }
}
