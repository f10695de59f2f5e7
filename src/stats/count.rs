//! Counting: which plans count (the newest revision of each), and what
//! each adds to the figures of its group and of all plans.

use std::collections::btree_map::Entry as MapEntry;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::tally::{Ages, ByResponsible, ByStatus, Deviations};
use crate::plan::{Participation, Plan};

/// The days counted, both ends included. `from: None` is "since the start".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day, if any.
    pub from: Option<NaiveDate>,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= day) && day <= self.to
    }
}

/// One plan file as statistics see it.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    /// The plan, with its history of earlier revisions.
    pub plan: &'a Plan,
    /// What to group by: the template's (organisation's) name.
    pub group: String,
    /// The template's limit on days from consent to the first meeting.
    pub consent_limit_days: Option<u32>,
}

/// The figures for one group of plans (or all of them). Raw counts: show
/// them only through [`Stats::shown`], which hides what must be hidden.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// Plans open at some time in the period.
    pub open: u64,
    /// Plans whose first meeting was in the period.
    pub new: u64,
    /// Plans with a follow-up meeting in the period.
    pub followed_up: u64,
    /// Plans closed in the period.
    pub closed: u64,
    /// Children by age at the latest meeting.
    pub ages: Ages,
    /// Actions by who answers for them.
    pub responsible: ByResponsible,
    /// Actions by status.
    pub status: ByStatus,
    /// Plans with at least one action by someone other than kommun and
    /// region (another actor, the family or the child).
    pub measures_by_others: u64,
    /// Plans that name a coordinator (samordnare).
    pub coordinator: u64,
    /// Plans that record how the child took part.
    pub participation_recorded: u64,
    /// Plans where the child took part in some way.
    pub child_took_part: u64,
    /// Plans with two or more guardians with custody.
    pub joint_custody: u64,
    /// Of those, plans where every custodian consented.
    pub joint_consent: u64,
    /// Days from consent to the first meeting, one per new plan, sorted.
    #[serde(skip)]
    pub consent_days: Vec<i64>,
    /// New plans whose template sets a limit on those days.
    pub with_consent_limit: u64,
    /// Of those, plans whose first meeting was within the limit.
    pub within_consent_limit: u64,
    /// Follow-ups whose date fell in the period (and has passed).
    pub follow_ups_due: u64,
    /// Of those, held on or before their date.
    pub follow_ups_on_time: u64,
    /// Held after their date.
    pub follow_ups_late: u64,
    /// Not held: no newer revision, and the plan was not closed.
    pub follow_ups_not_held: u64,
    /// Deviations in collaboration (avvikelser) dated in the period.
    pub deviations: Deviations,
}

/// The statistics of a folder of plans: all of them and each group.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// The period counted.
    pub period: Period,
    /// All plans.
    pub all: Figures,
    /// Per template (organisation), when the plans come from more than one.
    pub groups: BTreeMap<String, Figures>,
    /// Files left out because a newer revision of the same child's plan was
    /// also given (e.g. `elsa.ron` beside `elsa-v2.ron`).
    pub superseded: usize,
}

/// Counts the plans. A plan given in several files (revisions written by
/// `followup` beside each other) counts once, with its newest revision. `today` bounds which follow-ups can have been missed.
pub fn compute(inputs: &[Input], period: Period, today: NaiveDate) -> Stats {
    let mut newest: BTreeMap<String, &Input> = BTreeMap::new();
    let mut superseded = 0;
    for input in inputs {
        match newest.entry(crate::followup::plan_key(input.plan)) {
            MapEntry::Vacant(slot) => {
                slot.insert(input);
            }
            MapEntry::Occupied(mut slot) => {
                superseded += 1;
                let kept = slot.get().plan;
                let key = |p: &Plan| (p.document.revision, p.meeting.date, p.document.date);
                if key(input.plan) > key(kept) {
                    slot.insert(input);
                }
            }
        }
    }
    let mut all = Figures::default();
    let mut groups: BTreeMap<String, Figures> = BTreeMap::new();
    for input in newest.values() {
        all.add(input, period, today);
        groups
            .entry(input.group.clone())
            .or_default()
            .add(input, period, today);
    }
    if groups.len() < 2 {
        groups.clear();
    }
    // Every group lists the same years, so that they line up side by side.
    let years: BTreeSet<i32> = all.deviations.years.keys().copied().collect();
    for figures in groups.values_mut() {
        for year in &years {
            figures.deviations.years.entry(*year).or_default();
        }
    }
    Stats {
        period,
        all,
        groups,
        superseded,
    }
}

impl Figures {
    fn add(&mut self, input: &Input, period: Period, today: NaiveDate) {
        let plan = input.plan;
        // Oldest first: revision 1 … the current one.
        let revisions: Vec<&Plan> = plan.history.iter().chain([plan]).collect();
        let first = revisions[0];
        // Deviations count by their own date, also one from before the
        // first meeting (nobody took the initiative).
        // A deviation recorded twice (the full report and its reworded
        // copy, before `record` knew them as one) counts once.
        let key = |d: &crate::plan::Deviation| (d.date, d.about, d.party(&plan.actions));
        for (i, deviation) in plan.deviations.iter().enumerate() {
            let again = plan.deviations[..i]
                .iter()
                .any(|d| key(d) == key(deviation));
            if period.contains(deviation.date.0) && !again {
                self.deviations.add(deviation, plan);
            }
        }
        let closed = plan.follow_up.closed.map(|d| d.0);
        let started = first.meeting.date.0;
        let open =
            started <= period.to && closed.is_none_or(|c| period.from.is_none_or(|f| c >= f));
        if !open {
            return;
        }
        self.open += 1;
        if period.contains(started) {
            self.new += 1;
            let days = (started - first.consent.date.0).num_days();
            let at = self.consent_days.partition_point(|d| *d <= days);
            self.consent_days.insert(at, days);
            if let Some(limit) = input.consent_limit_days {
                self.with_consent_limit += 1;
                if days <= i64::from(limit) {
                    self.within_consent_limit += 1;
                }
            }
        }
        if revisions[1..]
            .iter()
            .any(|r| period.contains(r.meeting.date.0))
        {
            self.followed_up += 1;
        }
        if closed.is_some_and(|c| period.contains(c)) {
            self.closed += 1;
        }

        // The revision in force at the end of the period.
        let current = revisions
            .iter()
            .rev()
            .find(|r| r.meeting.date.0 <= period.to)
            .copied()
            .unwrap_or(first);
        self.ages.add(current.child_age());
        for action in &current.actions {
            self.responsible.add(&action.responsible);
            self.status.add(action.status);
        }
        // The law's item 3: measures by someone other than kommun and region.
        if current
            .actions
            .iter()
            .any(|a| a.responsible.huvudman().is_none())
        {
            self.measures_by_others += 1;
        }
        if !current.responsibility.coordinator.name.trim().is_empty() {
            self.coordinator += 1;
        }
        if let Some(participation) = &current.meeting.child_participation {
            self.participation_recorded += 1;
            if participation.how != Participation::DidNotTakePart {
                self.child_took_part += 1;
            }
        }
        let custodians = current.custodians();
        if custodians.len() >= 2 {
            self.joint_custody += 1;
            if custodians.iter().all(|name| current.consented(name)) {
                self.joint_consent += 1;
            }
        }

        // Each revision's follow-up date, against the meeting that followed.
        let passed = period.to.min(today);
        for (i, revision) in revisions.iter().enumerate() {
            let due = revision.follow_up.date.0;
            if !(period.from.is_none_or(|f| f <= due) && due <= passed) {
                continue;
            }
            match revisions.get(i + 1) {
                Some(next) if next.meeting.date.0 <= due => self.follow_ups_on_time += 1,
                Some(_) => self.follow_ups_late += 1,
                // Closed before it was due: nothing was missed.
                None if closed.is_some_and(|c| c <= due) => continue,
                None => self.follow_ups_not_held += 1,
            }
            self.follow_ups_due += 1;
        }
    }

    /// The median of the days from consent to the first meeting.
    pub fn median_consent_days(&self) -> Option<f64> {
        let days = &self.consent_days;
        let n = days.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(days[n / 2] as f64),
            _ => Some((days[n / 2 - 1] + days[n / 2]) as f64 / 2.0),
        }
    }
}
