//! Dates of the plan that must come in order.

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::Plan;

/// Dates that must come in order.
pub(super) fn dates(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let meeting = plan.meeting.date;
    if plan.follow_up.date <= meeting {
        out.push(
            Diagnostic::new(
                Code::Sip020,
                "follow_up.date".into(),
                msg!("sip020", follow_up = plan.follow_up.date, meeting = meeting),
            )
            .with_hint(msg!("sip020-hint")),
        );
    }
    if let Some(closed) = plan.follow_up.closed
        && closed < meeting
    {
        out.push(
            Diagnostic::new(
                Code::Sip022,
                "follow_up.closed".into(),
                msg!("sip022", closed = closed, meeting = meeting),
            )
            .with_hint(msg!("sip022-hint")),
        );
    }
    for (i, action) in plan.actions.iter().enumerate() {
        if let (Some(start), Some(done_by)) = (action.start, action.done_by)
            && done_by < start
        {
            out.push(
                Diagnostic::new(
                    Code::Sip021,
                    FieldPath::from("actions").index(i).field("done_by"),
                    msg!("sip021", done_by = done_by, start = start),
                )
                .with_hint(msg!("sip021-hint")),
            );
        }
    }
}
