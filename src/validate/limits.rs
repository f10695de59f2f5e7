//! Caps on list sizes and text lengths: a SIP is a short plan, and a list of
//! hundreds of items is a sign of a mistake (or a hostile file).

use crate::diagnostic::{Code, Diagnostic};
use crate::msg;
use crate::plan::Plan;

/// Most rows in the action table: a SIP is a short plan, and a table of
/// hundreds of rows is a sign of a mistake (or a hostile file).
pub const MAX_ACTIONS: usize = 200;
/// Most participants, guardians, relatives and signers.
pub const MAX_PEOPLE: usize = 100;
/// Most items in any other list (needs, goals, organisations, copies…).
pub const MAX_LIST_ITEMS: usize = 100;
/// Longest free text in a custom section, in characters.
pub const MAX_CUSTOM_TEXT: usize = 10_000;

/// Caps on how many items a list may hold (documented in docs/plan-format.md).
pub(super) fn limits(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let lists = [
        ("actions", plan.actions.len(), MAX_ACTIONS),
        (
            "meeting.participants",
            plan.meeting.participants.len(),
            MAX_PEOPLE,
        ),
        ("guardians", plan.guardians.len(), MAX_PEOPLE),
        ("relatives", plan.relatives.len(), MAX_PEOPLE),
        ("signatures", plan.signatures.len(), MAX_PEOPLE),
        ("needs", plan.needs.len(), MAX_LIST_ITEMS),
        (
            "goals.short_term",
            plan.goals.short_term.len(),
            MAX_LIST_ITEMS,
        ),
        ("distribution", plan.distribution.len(), MAX_LIST_ITEMS),
        (
            "consent.given_by",
            plan.consent.given_by.len(),
            MAX_LIST_ITEMS,
        ),
        (
            "consent.sharing_between",
            plan.consent.sharing_between.len(),
            MAX_LIST_ITEMS,
        ),
        ("custom", plan.custom.len(), MAX_LIST_ITEMS),
    ];
    for (path, count, max) in lists {
        if count > max {
            out.push(
                Diagnostic::new(
                    Code::Sip056,
                    path.into(),
                    msg!("sip056", count = count, max = max),
                )
                .with_hint(msg!("sip056-hint")),
            );
        }
    }
}
