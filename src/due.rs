//! What is due in a caseworker's plans on a given day: follow-ups overdue
//! or coming, consents that have run out or will before the next
//! follow-up, insatser past their done-by date still planned or ongoing,
//! and plans without a named coordinator. `sipplan due` lists them over a
//! folder of plans; the library only judges one plan against a day.

use chrono::NaiveDate;
use serde::Serialize;

use crate::message::Message;
use crate::msg;
use crate::plan::{ActionStatus, Plan};

/// One thing to do for a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    /// What kind of thing.
    pub kind: DueKind,
    /// The date it is about (the follow-up, the consent's last day, the
    /// insats's done-by date); none for a missing coordinator.
    pub date: Option<NaiveDate>,
    /// Days from today to `date`: negative when it has passed.
    pub days: Option<i64>,
    /// The insats row (from 1) it is about, if any.
    pub row: Option<usize>,
}

/// The kinds, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// The consent was revoked: the plan cannot go on as it is.
    ConsentRevoked,
    /// The consent's last day has passed.
    ConsentExpired,
    /// The follow-up date has passed and the plan is not closed.
    FollowUpOverdue,
    /// An insats is past its done-by date and still planned or ongoing.
    ActionOverdue,
    /// No coordinator is named.
    NoCoordinator,
    /// The consent runs out before the next follow-up.
    ConsentBeforeFollowUp,
    /// The follow-up is within the days asked for.
    FollowUpSoon,
}

impl Due {
    /// What to do, in the words of the message catalogue. `masked` leaves
    /// out an insats's own words, which can name the child.
    pub fn message(&self, plan: &Plan, masked: bool) -> Message {
        let date = self.date.map(|d| d.to_string()).unwrap_or_default();
        let days = self.days.unwrap_or_default();
        match self.kind {
            DueKind::ConsentRevoked => msg!("due-consent-revoked", date = date),
            DueKind::ConsentExpired => msg!("due-consent-expired", date = date),
            DueKind::FollowUpOverdue => msg!("due-follow-up-overdue", date = date, days = -days),
            DueKind::ActionOverdue if masked => {
                let row = self.row.unwrap_or_default();
                msg!("due-action-overdue-masked", row = row, date = date)
            }
            DueKind::ActionOverdue => {
                let row = self.row.unwrap_or_default();
                let what = plan
                    .actions
                    .get(row.saturating_sub(1))
                    .map(|a| a.short_what(40))
                    .unwrap_or_default();
                msg!("due-action-overdue", row = row, what = what, date = date)
            }
            DueKind::NoCoordinator => msg!("due-no-coordinator"),
            DueKind::ConsentBeforeFollowUp => msg!("due-consent-before-follow-up", date = date),
            DueKind::FollowUpSoon => msg!("due-follow-up-soon", date = date, days = days),
        }
    }
}

/// What is due in `plan` on `today`, looking `within` days ahead, most
/// urgent first. A closed plan has nothing due.
pub fn due(plan: &Plan, today: NaiveDate, within: u32) -> Vec<Due> {
    if plan.follow_up.closed.is_some() {
        return Vec::new();
    }
    let at = |kind, date: NaiveDate, row| Due {
        kind,
        date: Some(date),
        days: Some((date - today).num_days()),
        row,
    };
    let mut found = Vec::new();
    let follow_up = plan.follow_up.date.0;
    let consent = &plan.consent;
    if let Some(revoked) = consent.revoked_on.filter(|d| d.0 <= today) {
        found.push(at(DueKind::ConsentRevoked, revoked.0, None));
    } else if let Some(until) = consent.valid_until.map(|d| d.0) {
        if until < today {
            found.push(at(DueKind::ConsentExpired, until, None));
        } else if until < follow_up {
            found.push(at(DueKind::ConsentBeforeFollowUp, until, None));
        }
    }
    let days_to_follow_up = (follow_up - today).num_days();
    if days_to_follow_up < 0 {
        found.push(at(DueKind::FollowUpOverdue, follow_up, None));
    } else if days_to_follow_up <= i64::from(within) {
        found.push(at(DueKind::FollowUpSoon, follow_up, None));
    }
    for (i, action) in plan.actions.iter().enumerate() {
        let open = matches!(action.status, ActionStatus::Planned | ActionStatus::Ongoing);
        if let Some(done_by) = action.done_by.map(|d| d.0).filter(|d| *d < today && open) {
            found.push(at(DueKind::ActionOverdue, done_by, Some(i + 1)));
        }
    }
    if plan.responsibility.coordinator.name.trim().is_empty() {
        found.push(Due {
            kind: DueKind::NoCoordinator,
            date: None,
            days: None,
            row: None,
        });
    }
    found.sort_by_key(|d| (d.kind, d.date));
    found
}

/// How urgent a plan's list is, for sorting plans: anything past (oldest
/// first) before anything coming (soonest first); a list with no dates
/// (only a missing coordinator) between them.
pub fn urgency(found: &[Due]) -> (u8, i64) {
    let passed = found.iter().filter_map(|d| d.days).filter(|d| *d < 0).min();
    let coming = found
        .iter()
        .filter_map(|d| d.days)
        .filter(|d| *d >= 0)
        .min();
    match (passed, coming) {
        (Some(days), _) => (0, days),
        (None, _) if found.iter().any(|d| d.kind == DueKind::NoCoordinator) => (1, 0),
        (None, Some(days)) => (2, days),
        (None, None) => (3, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PlanDate;

    fn plan() -> Plan {
        crate::load::full_sample()
    }

    fn day(text: &str) -> NaiveDate {
        PlanDate::parse(text).map(|d| d.0).unwrap_or_default()
    }

    fn kinds(found: &[Due]) -> Vec<DueKind> {
        found.iter().map(|d| d.kind).collect()
    }

    #[test]
    fn a_plan_at_every_stage() {
        let mut p = plan();
        p.follow_up.date = PlanDate(day("2027-01-19"));
        p.consent.valid_until = Some(PlanDate(day("2027-08-31")));
        for action in &mut p.actions {
            action.done_by = None;
        }
        // Months before: nothing.
        assert_eq!(due(&p, day("2026-10-01"), 28), []);
        // Three weeks before: the follow-up is coming.
        let found = due(&p, day("2026-12-29"), 28);
        assert_eq!(kinds(&found), [DueKind::FollowUpSoon]);
        assert_eq!(found[0].days, Some(21));
        // The day after: overdue.
        let found = due(&p, day("2027-01-20"), 28);
        assert_eq!(kinds(&found), [DueKind::FollowUpOverdue]);
        assert_eq!(found[0].days, Some(-1));
        // Closed: nothing, whatever the date.
        p.follow_up.closed = Some(PlanDate(day("2027-01-19")));
        assert_eq!(due(&p, day("2027-06-01"), 28), []);
    }

    #[test]
    fn consent_and_insatser() {
        let mut p = plan();
        p.follow_up.date = PlanDate(day("2027-03-01"));
        p.consent.valid_until = Some(PlanDate(day("2027-02-01")));
        p.actions[0].done_by = Some(PlanDate(day("2026-12-01")));
        p.actions[0].status = ActionStatus::Ongoing;
        p.actions[1].done_by = Some(PlanDate(day("2026-12-01")));
        p.actions[1].status = ActionStatus::Done;
        let found = due(&p, day("2027-01-10"), 28);
        assert!(
            found
                .iter()
                .any(|d| d.kind == DueKind::ConsentBeforeFollowUp)
        );
        let overdue: Vec<_> = found
            .iter()
            .filter(|d| d.kind == DueKind::ActionOverdue)
            .map(|d| d.row)
            .collect();
        // Row 1 is ongoing past its date; row 2 is done.
        assert!(overdue.contains(&Some(1)) && !overdue.contains(&Some(2)));
        let found = due(&p, day("2027-02-02"), 28);
        assert_eq!(found[0].kind, DueKind::ConsentExpired);
        assert_eq!(urgency(&found).0, 0);
    }
}
