//! Samtycke: given, dated, in force and by the people it names.

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::Plan;

/// Samtycke: a legal precondition, dated, and from both custodians.
pub(super) fn consent(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let c = &plan.consent;
    let meeting = plan.meeting.date;
    if c.given_by.is_empty() {
        out.push(
            Diagnostic::new(Code::Sip010, "consent.given_by".into(), msg!("sip010"))
                .with_hint(msg!("sip010-hint")),
        );
    }
    if c.date > meeting {
        out.push(
            Diagnostic::new(
                Code::Sip011,
                "consent.date".into(),
                msg!("sip011", date = c.date, meeting = meeting),
            )
            .with_hint(msg!("sip011-hint")),
        );
    }
    if let Some(revoked) = c.revoked_on
        && revoked <= meeting
    {
        out.push(
            Diagnostic::new(
                Code::Sip012,
                "consent.revoked_on".into(),
                msg!("sip012", date = revoked),
            )
            .with_hint(msg!("sip012-hint")),
        );
    }
    if let Some(until) = c.valid_until {
        if until < meeting {
            out.push(
                Diagnostic::new(
                    Code::Sip016,
                    "consent.valid_until".into(),
                    msg!("sip016", date = until, meeting = meeting),
                )
                .with_hint(msg!("sip016-hint")),
            );
        } else if until < plan.follow_up.date {
            out.push(
                Diagnostic::new(
                    Code::Sip015,
                    "consent.valid_until".into(),
                    msg!("sip015", date = until, follow_up = plan.follow_up.date),
                )
                .with_hint(msg!("sip015-hint")),
            );
        }
    }
    consenters(plan, out);
}

/// Both custodians consented, and everyone named as consenting is a
/// person of the plan.
fn consenters(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let c = &plan.consent;
    let same = crate::plan::same_name;
    let custodians = plan.custodians();
    if custodians.len() >= 2 {
        for name in &custodians {
            if !plan.consented(name) {
                out.push(
                    Diagnostic::new(
                        Code::Sip013,
                        "consent.given_by".into(),
                        msg!("sip013", name = *name),
                    )
                    .with_hint(msg!("sip013-hint")),
                );
            }
        }
    }
    let people: Vec<String> = std::iter::once(&plan.child.name)
        .chain(plan.guardians.iter().map(|g| &g.name))
        .chain(plan.relatives.iter().map(|r| &r.name))
        .map(ToString::to_string)
        .collect();
    for (i, name) in c.given_by.iter().enumerate() {
        let known = people.iter().any(|p| same(p, name));
        if !known && !name.trim().is_empty() {
            let hint = match crate::suggest::closest(name.trim(), &people) {
                Some(meant) => msg!("sip017-hint-meant", name = meant),
                None => msg!("sip017-hint"),
            };
            out.push(
                Diagnostic::new(
                    Code::Sip017,
                    FieldPath::from("consent.given_by").index(i),
                    msg!("sip017", name = name),
                )
                .with_hint(hint),
            );
        }
    }
}
