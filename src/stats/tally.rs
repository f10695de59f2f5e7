//! The splits of the figures: children by age, actions by who answers
//! for them and by status, deviations by party, kind and year. Each tally
//! counts one thing at a time and lists its counts under stable keys.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::Datelike;
use serde::Serialize;

use crate::plan::{About, ActionStatus, Event, Party, Plan, Responsible};

/// A figure's stable name for programs (CSV, JSON): `new`, `joint_consent`,
/// `deviations_2026`.
pub type Key = Cow<'static, str>;

/// Turns a fixed list of counts into rows' keys.
pub(super) fn keyed(counts: impl IntoIterator<Item = (&'static str, u64)>) -> Vec<(Key, u64)> {
    counts.into_iter().map(|(k, n)| (k.into(), n)).collect()
}

/// Counts `choice` in `counts`, which hold one count per variant of the
/// choice in the order of its `all`.
fn count_in<T: PartialEq, const N: usize>(counts: &mut [u64; N], all: &[T; N], choice: &T) {
    if let Some(at) = all.iter().position(|c| c == choice) {
        counts[at] += 1;
    }
}

/// Children by age at the latest meeting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Ages {
    /// 0–5 years.
    pub age_0_5: u64,
    /// 6–12 years.
    pub age_6_12: u64,
    /// 13–17 years.
    pub age_13_17: u64,
    /// 18 or older.
    pub age_18: u64,
    /// Not known, or a range across two bands.
    pub age_unknown: u64,
}

impl Ages {
    /// Counts one child. An age that is a range (a partly unknown birth
    /// date) is put in a band only when the whole range is inside it.
    pub(super) fn add(&mut self, age: Option<crate::birth::Age>) {
        let within = |band| age.is_some_and(|a| a.within(band));
        let slot = if within(0..=5) {
            &mut self.age_0_5
        } else if within(6..=12) {
            &mut self.age_6_12
        } else if within(13..=17) {
            &mut self.age_13_17
        } else if within(18..=u32::MAX) {
            &mut self.age_18
        } else {
            &mut self.age_unknown
        };
        *slot += 1;
    }

    /// Each band's key and count, youngest first.
    pub fn counts(&self) -> [(&'static str, u64); 5] {
        [
            ("age_0_5", self.age_0_5),
            ("age_6_12", self.age_6_12),
            ("age_13_17", self.age_13_17),
            ("age_18", self.age_18),
            ("age_unknown", self.age_unknown),
        ]
    }
}

/// Actions by who answers for them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ByResponsible {
    /// Kommunen.
    pub kommun: u64,
    /// Regionen.
    pub region: u64,
    /// Another actor (`Other("…")`).
    pub other_actor: u64,
    /// The family.
    pub family: u64,
    /// The child.
    pub child: u64,
}

/// Who answers, in the order of [`ByResponsible::counts`]: this `Other`
/// stands for every other actor, whatever its name.
pub(super) static RESPONSIBLE: [Responsible; 5] = [
    Responsible::Kommun,
    Responsible::Region,
    Responsible::Other(String::new()),
    Responsible::Family,
    Responsible::Child,
];

impl ByResponsible {
    pub(super) fn add(&mut self, responsible: &Responsible) {
        *match responsible {
            Responsible::Kommun => &mut self.kommun,
            Responsible::Region => &mut self.region,
            Responsible::Other(_) => &mut self.other_actor,
            Responsible::Family => &mut self.family,
            Responsible::Child => &mut self.child,
        } += 1;
    }

    /// Each key and count, in the order of the printed table.
    pub fn counts(&self) -> [(&'static str, u64); 5] {
        [
            ("kommun", self.kommun),
            ("region", self.region),
            ("other_actor", self.other_actor),
            ("family", self.family),
            ("child", self.child),
        ]
    }
}

/// Actions by status, one count per status in [`ActionStatus::ALL`] order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ByStatus([u64; ActionStatus::ALL.len()]);

/// The keys of [`ByStatus`], in [`ActionStatus::ALL`] order.
const STATUS_KEYS: [&str; ActionStatus::ALL.len()] =
    ["planned", "ongoing", "done", "changed", "cancelled"];

impl ByStatus {
    pub(super) fn add(&mut self, status: ActionStatus) {
        count_in(&mut self.0, &ActionStatus::ALL, &status);
    }

    /// Each key and count, in [`ActionStatus::ALL`] order (the printed table's).
    pub fn counts(&self) -> [(&'static str, u64); ActionStatus::ALL.len()] {
        std::array::from_fn(|at| (STATUS_KEYS[at], self.0[at]))
    }
}

/// Deviations in collaboration (avvikelser i samverkan) dated in the
/// period: by the kind of party that did not do its part, by what went
/// wrong, and by year. Each of the three adds up to `total`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Deviations {
    /// All of them.
    pub total: u64,
    /// By the kind of party, in [`Party::ALL`] order.
    pub parties: [u64; Party::ALL.len()],
    /// No party given (an event, or an insats of the family's).
    pub no_party: u64,
    /// An insats of the plan was not done.
    pub insats: u64,
    /// Each kind of event, in [`Event::ALL`] order.
    pub events: [u64; Event::ALL.len()],
    /// By calendar year.
    pub years: BTreeMap<i32, u64>,
}

/// The keys of [`Deviations::parties`], in [`Party::ALL`] order.
const PARTY_KEYS: [&str; Party::ALL.len()] = [
    "deviations_kommun",
    "deviations_region",
    "deviations_other_actor",
];

/// The keys of [`Deviations::events`], in [`Event::ALL`] order.
const EVENT_KEYS: [&str; Event::ALL.len()] = [
    "deviations_no_initiative",
    "deviations_party_absent",
    "deviations_meeting_not_held",
    "deviations_not_followed_up",
    "deviations_information_not_passed",
    "deviations_other",
];

impl Deviations {
    pub(super) fn add(&mut self, deviation: &crate::plan::Deviation, plan: &Plan) {
        self.total += 1;
        match deviation.party(&plan.actions) {
            Some(party) => count_in(&mut self.parties, &Party::ALL, &party),
            None => self.no_party += 1,
        }
        match deviation.about {
            About::Insats(_) => self.insats += 1,
            About::Event(event) => count_in(&mut self.events, &Event::ALL, &event),
        }
        *self.years.entry(deviation.date.0.year()).or_default() += 1;
    }

    /// By the kind of party, then those with none.
    pub(super) fn by_party(&self) -> Vec<(Key, u64)> {
        let mut out = keyed(PARTY_KEYS.into_iter().zip(self.parties));
        out.extend(keyed([("deviations_no_party", self.no_party)]));
        out
    }

    /// By what went wrong: an insats, then each kind of event.
    pub(super) fn by_kind(&self) -> Vec<(Key, u64)> {
        let mut out = keyed([("deviations_insats", self.insats)]);
        out.extend(keyed(EVENT_KEYS.into_iter().zip(self.events)));
        out
    }

    /// By year, oldest first.
    pub(super) fn by_year(&self) -> Vec<(Key, u64)> {
        self.years
            .iter()
            .map(|(year, n)| (Key::Owned(format!("deviations_{year}")), *n))
            .collect()
    }

    /// Every count, the total first.
    pub(super) fn counts(&self) -> Vec<(Key, u64)> {
        let mut out = keyed([("deviations", self.total)]);
        out.extend(self.by_party());
        out.extend(self.by_kind());
        out.extend(self.by_year());
        out
    }
}
