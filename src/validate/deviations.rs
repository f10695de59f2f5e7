//! Recorded deviations name rows of the action table that exist.

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::Plan;

/// A recorded deviation about an insats names a row of the plan. A
/// warning: the row is the one it had when the deviation was written, and
/// a follow-up may have taken insatser away since.
pub(super) fn deviations(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for (i, deviation) in plan.deviations.iter().enumerate() {
        if let crate::plan::About::Insats(row) = deviation.about
            && (row == 0 || row > plan.actions.len())
        {
            out.push(
                Diagnostic::new(
                    Code::Sip023,
                    FieldPath::from("deviations").index(i).field("about"),
                    msg!("sip023", row = row, count = plan.actions.len()),
                )
                .with_hint(msg!("sip023-hint")),
            );
        }
    }
}
