//! The four items the law requires of a SIP (SoL / HSL 16 kap. 4 §).

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::{Plan, Responsible};

/// The law's four items: insatser, huvudman per insats, what others do,
/// overall responsibility (SoL / HSL 16 kap. 4 §).
pub(super) fn law_items(plan: &Plan, out: &mut Vec<Diagnostic>) {
    if plan.actions.is_empty() {
        out.push(
            Diagnostic::new(Code::Sip001, "actions".into(), msg!("sip001"))
                .with_hint(msg!("sip001-hint")),
        );
    }
    for (i, action) in plan.actions.iter().enumerate() {
        let row = FieldPath::from("actions").index(i);
        if action.responsible.huvudman().is_some() && action.unit.is_none() {
            out.push(
                Diagnostic::new(Code::Sip002, row.field("unit"), msg!("sip002"))
                    .with_hint(msg!("sip002-hint")),
            );
        }
        if let Responsible::Other(name) = &action.responsible
            && name.trim().is_empty()
        {
            out.push(
                Diagnostic::new(Code::Sip007, row.field("responsible"), msg!("sip007"))
                    .with_hint(msg!("sip007-hint")),
            );
        }
    }

    let by_others = plan
        .actions
        .iter()
        .any(|a| a.responsible.huvudman().is_none());
    match (by_others, plan.no_measures_by_others) {
        (false, false) => out.push(
            Diagnostic::new(Code::Sip003, "actions".into(), msg!("sip003"))
                .with_hint(msg!("sip003-hint")),
        ),
        (true, true) => out.push(
            Diagnostic::new(Code::Sip004, "no_measures_by_others".into(), msg!("sip004"))
                .with_hint(msg!("sip004-hint")),
        ),
        _ => {}
    }

    let principal = plan.responsibility.principal;
    let has = |h| {
        plan.actions
            .iter()
            .any(|a| a.responsible.huvudman() == Some(h))
    };
    if !plan.actions.is_empty() && !has(principal) {
        out.push(
            Diagnostic::new(
                Code::Sip005,
                "responsibility.principal".into(),
                msg!("sip005", huvudman = principal.message()),
            )
            .with_hint(msg!("sip005-hint")),
        );
    }
    let both = has(crate::plan::Huvudman::Kommun) && has(crate::plan::Huvudman::Region);
    if !plan.actions.is_empty() && !both {
        out.push(
            Diagnostic::new(Code::Sip006, "actions".into(), msg!("sip006"))
                .with_hint(msg!("sip006-hint")),
        );
    }
}
