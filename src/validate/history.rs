//! The plan's life: its earlier revisions and its due follow-ups.

use chrono::NaiveDate;

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::{ActionStatus, Plan};

/// The plan's life: earlier revisions in order, actions reviewed at each
/// follow-up, and, given today's date, follow-ups that are due. `today`
/// comes from the caller (the CLI's `--today`), never from the clock here.
pub fn validate_history(plan: &Plan, today: Option<NaiveDate>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    revisions(plan, &mut out);
    reviewed(plan, &mut out);
    statuses(plan, &mut out);
    if let Some(today) = today
        && plan.follow_up.date.0 < today
        && plan.follow_up.closed.is_none()
    {
        out.push(
            Diagnostic::new(
                Code::Sip094,
                "follow_up.date".into(),
                msg!("sip094", date = plan.follow_up.date),
            )
            .with_hint(msg!("sip094-hint")),
        );
    }
    out
}

/// Earlier revisions hold no history of their own, and each is numbered
/// and dated after the one before.
fn revisions(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for (i, old) in plan.history.iter().enumerate() {
        if !old.history.is_empty() {
            out.push(
                Diagnostic::new(
                    Code::Sip093,
                    FieldPath::from("history").index(i).field("history"),
                    msg!("sip093"),
                )
                .with_hint(msg!("sip093-hint")),
            );
        }
    }
    // Each revision, oldest first, then the current one.
    let revisions: Vec<(FieldPath, &Plan)> = plan
        .history
        .iter()
        .enumerate()
        .map(|(i, p)| (FieldPath::from("history").index(i), p))
        .chain([(FieldPath::root(), plan)])
        .collect();
    for pair in revisions.windows(2) {
        let ((_, before), (at, after)) = (&pair[0], &pair[1]);
        let (was, is) = (before.document.revision, after.document.revision);
        if is != was + 1 {
            out.push(
                Diagnostic::new(
                    Code::Sip090,
                    at.field("document").field("revision"),
                    msg!("sip090", revision = is, previous = was),
                )
                .with_hint(msg!("sip090-hint")),
            );
        }
        if after.meeting.date <= before.meeting.date {
            out.push(
                Diagnostic::new(
                    Code::Sip091,
                    at.field("meeting").field("date"),
                    msg!(
                        "sip091",
                        revision = is,
                        date = after.meeting.date,
                        previous = was,
                        previous_date = before.meeting.date
                    ),
                )
                .with_hint(msg!("sip091-hint")),
            );
        }
    }
}

/// An action the previous revision had was reviewed at this follow-up.
fn reviewed(plan: &Plan, out: &mut Vec<Diagnostic>) {
    if let Some(previous) = plan.previous() {
        for (i, action) in plan.actions.iter().enumerate() {
            let existed = action
                .id
                .is_some_and(|id| previous.actions.iter().any(|a| a.id == Some(id)));
            let reviewed = action
                .status_date
                .is_some_and(|d| d > previous.meeting.date);
            if existed && !reviewed {
                out.push(
                    Diagnostic::new(
                        Code::Sip095,
                        FieldPath::from("actions").index(i).field("status_date"),
                        msg!("sip095", what = action.short_what(50)),
                    )
                    .with_hint(msg!("sip095-hint")),
                );
            }
        }
    }
}

/// A status says how things stood when it was set (at the meeting), so
/// it is judged by that day, never by the computer's clock.
fn statuses(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for (i, action) in plan.actions.iter().enumerate() {
        let set_on = action.status_date.unwrap_or(plan.document.date);
        if let (ActionStatus::Done, Some(done_by)) = (action.status, action.done_by)
            && done_by > set_on
        {
            out.push(
                Diagnostic::new(
                    Code::Sip096,
                    FieldPath::from("actions").index(i).field("done_by"),
                    msg!("sip096", done_by = done_by),
                )
                .with_hint(msg!("sip096-hint")),
            );
        }
    }
}
