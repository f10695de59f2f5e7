//! Statistics for the yearly BUS follow-up: how many plans, for which
//! children, who does what, and whether the plan was made and followed up
//! as agreed.
//!
//! Only aggregates leave this module: counts, shares and a median, never a
//! name, a number or a free text. Small counts are hidden when the figures
//! are shown ([`Figures::sections`]), so that a child in a small municipality
//! cannot be recognised. The definitions below are the ones in
//! `docs/statistics.md`; the tests check them figure by figure.

use std::borrow::Cow;
use std::collections::btree_map::Entry as MapEntry;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::labels::Labels;
use crate::plan::{About, Event, Party};
use crate::plan::{ActionStatus, ChildId, Participation, Plan, Responsible};
use crate::printed::Printed;

/// A figure's stable name for programs (CSV, JSON): `new`, `joint_consent`,
/// `deviations_2026`.
pub type Key = Cow<'static, str>;

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
        match newest.entry(plan_key(input.plan)) {
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

/// Which plan this is: the child and the day of its first meeting, which
/// every revision keeps in its history. A child's later, separate plan
/// counts on its own. Never shown: it holds the number.
fn plan_key(plan: &Plan) -> String {
    let first = plan.history.first().unwrap_or(plan);
    let child = match &plan.child.id {
        ChildId::Personnummer(_) | ChildId::Samordningsnummer(_) => {
            match plan.child.id.personnummer(first.meeting.date.0) {
                Some(Ok(number)) => format!("pnr:{number}"),
                _ => format!("name:{}", plan.child.name.trim().to_lowercase()),
            }
        }
        ChildId::Reservnummer(text) => format!("res:{}", text.as_str().trim()),
        ChildId::BirthDate(born) => {
            format!("born:{born}:{}", plan.child.name.trim().to_lowercase())
        }
    };
    format!("{child}:{}", first.meeting.date)
}

impl Figures {
    fn add(&mut self, input: &Input, period: Period, today: NaiveDate) {
        let plan = input.plan;
        // Oldest first: revision 1 … the current one.
        let revisions: Vec<&Plan> = plan.history.iter().chain([plan]).collect();
        let first = revisions[0];
        // Deviations count by their own date, also one from before the
        // first meeting (nobody took the initiative).
        for deviation in &plan.deviations {
            if period.contains(deviation.date.0) {
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

    /// The figures as labelled rows, small counts hidden: any count from 1
    /// to `min_cell - 1` becomes `<min_cell`, a count in `withheld` is not
    /// shown at all, and a share or median made from such a count is not
    /// shown either. Use [`Stats::sections`], which knows what to withhold.
    fn sections(&self, labels: &Labels, min_cell: u64, withheld: &[Key]) -> Vec<Section> {
        let s = &labels.stats;
        let c = &labels.choices;
        let shown = |key: &str, n: u64| {
            if withheld.iter().any(|k| k == key) {
                Shown::Withheld
            } else {
                Shown::new(n, min_cell)
            }
        };
        let count = |key: Key, label: &str, n: u64| {
            Row::new(key.clone(), label, Value::Count(shown(&key, n)))
        };
        let share = |key: &'static str, label: &str, n: u64, of_key: &str, of: u64| {
            Row::new(
                key.into(),
                label,
                Value::share(shown(key, n), shown(of_key, of), n, of),
            )
        };
        let section = |key, title: &str, rows| Section {
            key,
            title: title.to_owned(),
            rows,
        };
        let list = |counts: Vec<(Key, u64)>, names: Vec<&str>| {
            counts
                .into_iter()
                .zip(names)
                .map(|((key, n), name)| count(key, name, n))
                .collect()
        };
        let consent_days = Row::new(
            "consent_days_median".into(),
            &s.consent_days,
            match self.median_consent_days() {
                Some(days) if self.consent_days.len() as u64 >= min_cell => Value::Days(days),
                _ => Value::Hidden,
            },
        );
        let mut sections = vec![
            section(
                "plans",
                &s.plans,
                vec![
                    count("open".into(), &s.open, self.open),
                    count("new".into(), &s.new, self.new),
                    count("followed_up".into(), &s.followed_up, self.followed_up),
                    count("closed".into(), &s.closed, self.closed),
                ],
            ),
            section(
                "age",
                &s.age,
                list(
                    keyed(self.ages.counts()),
                    vec![
                        &s.age_0_5,
                        &s.age_6_12,
                        &s.age_13_17,
                        &s.age_18,
                        &s.age_unknown,
                    ],
                ),
            ),
            section(
                "responsible",
                &s.responsible,
                list(
                    keyed(self.responsible.counts()),
                    vec![&c.kommun, &c.region, &s.other_actor, &c.family, &c.child],
                ),
            ),
            section(
                "status",
                &s.status,
                list(
                    keyed(self.status.counts()),
                    vec![&c.planned, &c.ongoing, &c.done, &c.changed, &c.cancelled],
                ),
            ),
            section(
                "quality",
                &s.quality,
                vec![
                    share(
                        "measures_by_others",
                        &s.measures_by_others,
                        self.measures_by_others,
                        "open",
                        self.open,
                    ),
                    share(
                        "coordinator",
                        &s.coordinator,
                        self.coordinator,
                        "open",
                        self.open,
                    ),
                    share(
                        "participation_recorded",
                        &s.participation_recorded,
                        self.participation_recorded,
                        "open",
                        self.open,
                    ),
                    share(
                        "child_took_part",
                        &s.child_took_part,
                        self.child_took_part,
                        "open",
                        self.open,
                    ),
                    share(
                        "joint_consent",
                        &s.joint_consent,
                        self.joint_consent,
                        "joint_custody",
                        self.joint_custody,
                    ),
                    consent_days,
                    share(
                        "consent_within_limit",
                        &s.consent_within_limit,
                        self.within_consent_limit,
                        "with_consent_limit",
                        self.with_consent_limit,
                    ),
                    count(
                        "follow_ups_due".into(),
                        &s.follow_ups_due,
                        self.follow_ups_due,
                    ),
                    share(
                        "follow_ups_on_time",
                        &s.follow_ups_on_time,
                        self.follow_ups_on_time,
                        "follow_ups_due",
                        self.follow_ups_due,
                    ),
                    share(
                        "follow_ups_late",
                        &s.follow_ups_late,
                        self.follow_ups_late,
                        "follow_ups_due",
                        self.follow_ups_due,
                    ),
                    share(
                        "follow_ups_not_held",
                        &s.follow_ups_not_held,
                        self.follow_ups_not_held,
                        "follow_ups_due",
                        self.follow_ups_due,
                    ),
                ],
            ),
        ];
        sections.extend(self.deviations.sections(labels, &list));
        sections
    }
}

/// Turns a fixed list of counts into rows' keys.
fn keyed<const N: usize>(counts: [(&'static str, u64); N]) -> Vec<(Key, u64)> {
    counts.into_iter().map(|(k, n)| (k.into(), n)).collect()
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
    fn add(&mut self, age: Option<crate::birth::Age>) {
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

impl ByResponsible {
    fn add(&mut self, responsible: &Responsible) {
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

/// Actions by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ByStatus {
    /// Planerad.
    pub planned: u64,
    /// Pågående.
    pub ongoing: u64,
    /// Genomförd.
    pub done: u64,
    /// Ändrad.
    pub changed: u64,
    /// Avbruten.
    pub cancelled: u64,
}

impl ByStatus {
    fn add(&mut self, status: ActionStatus) {
        *match status {
            ActionStatus::Planned => &mut self.planned,
            ActionStatus::Ongoing => &mut self.ongoing,
            ActionStatus::Done => &mut self.done,
            ActionStatus::Changed => &mut self.changed,
            ActionStatus::Cancelled => &mut self.cancelled,
        } += 1;
    }

    /// Each key and count, in the order of the printed table.
    pub fn counts(&self) -> [(&'static str, u64); 5] {
        [
            ("planned", self.planned),
            ("ongoing", self.ongoing),
            ("done", self.done),
            ("changed", self.changed),
            ("cancelled", self.cancelled),
        ]
    }
}

/// Deviations in collaboration (avvikelser i samverkan) dated in the
/// period: by the kind of party that did not do its part, by what went
/// wrong, and by year. Each of the three adds up to `total`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Deviations {
    /// All of them.
    pub total: u64,
    /// Kommunen.
    pub kommun: u64,
    /// Regionen.
    pub region: u64,
    /// Another actor.
    pub other_actor: u64,
    /// No party given (an event, or an insats of the family's).
    pub no_party: u64,
    /// An insats of the plan was not done.
    pub insats: u64,
    /// Each kind of event, in [`Event::ALL`] order.
    pub events: [u64; 6],
    /// By calendar year.
    pub years: BTreeMap<i32, u64>,
}

/// Makes labelled rows of counts, small ones hidden ([`Figures::sections`]).
type Rows<'a> = &'a dyn Fn(Vec<(Key, u64)>, Vec<&str>) -> Vec<Row>;

/// The keys of [`Deviations::events`], in [`Event::ALL`] order.
const EVENT_KEYS: [&str; 6] = [
    "deviations_no_initiative",
    "deviations_party_absent",
    "deviations_meeting_not_held",
    "deviations_not_followed_up",
    "deviations_information_not_passed",
    "deviations_other",
];

impl Deviations {
    fn add(&mut self, deviation: &crate::plan::Deviation, plan: &Plan) {
        self.total += 1;
        *match deviation.party(&plan.actions) {
            Some(Party::Kommun) => &mut self.kommun,
            Some(Party::Region) => &mut self.region,
            Some(Party::Other) => &mut self.other_actor,
            None => &mut self.no_party,
        } += 1;
        match deviation.about {
            About::Insats(_) => self.insats += 1,
            About::Event(event) => {
                if let Some(at) = Event::ALL.iter().position(|e| *e == event) {
                    self.events[at] += 1;
                }
            }
        }
        *self.years.entry(deviation.date.0.year()).or_default() += 1;
    }

    /// By the kind of party.
    fn by_party(&self) -> Vec<(Key, u64)> {
        keyed([
            ("deviations_kommun", self.kommun),
            ("deviations_region", self.region),
            ("deviations_other_actor", self.other_actor),
            ("deviations_no_party", self.no_party),
        ])
    }

    /// By what went wrong: an insats, then each kind of event.
    fn by_kind(&self) -> Vec<(Key, u64)> {
        let mut out = keyed([("deviations_insats", self.insats)]);
        out.extend(
            EVENT_KEYS
                .iter()
                .zip(self.events)
                .map(|(k, n)| (Key::Borrowed(k), n)),
        );
        out
    }

    /// By year, oldest first.
    fn by_year(&self) -> Vec<(Key, u64)> {
        self.years
            .iter()
            .map(|(year, n)| (Key::Owned(format!("deviations_{year}")), *n))
            .collect()
    }

    /// Every count, the total first.
    fn counts(&self) -> Vec<(Key, u64)> {
        let mut out = keyed([("deviations", self.total)]);
        out.extend(self.by_party());
        out.extend(self.by_kind());
        out.extend(self.by_year());
        out
    }

    /// The three sections: by party (after the total), by kind, and by
    /// year when the deviations of the period fall in more than one.
    fn sections(&self, labels: &Labels, list: Rows) -> Vec<Section> {
        let s = &labels.stats;
        let c = &labels.choices;
        let mut by_party = keyed([("deviations", self.total)]);
        by_party.extend(self.by_party());
        let mut kinds = vec![s.deviations_insats.as_str()];
        kinds.extend(Event::ALL.iter().map(|e| e.word(labels)));
        let years: Vec<String> = self.years.keys().map(i32::to_string).collect();
        let mut sections = vec![
            Section {
                key: "deviations",
                title: s.deviations.clone(),
                rows: list(
                    by_party,
                    vec![
                        &s.deviations_total,
                        &c.kommun,
                        &c.region,
                        &s.other_actor,
                        &s.deviations_no_party,
                    ],
                ),
            },
            Section {
                key: "deviations_by_kind",
                title: s.deviations_by_kind.clone(),
                rows: list(self.by_kind(), kinds),
            },
        ];
        if self.years.len() > 1 {
            sections.push(Section {
                key: "deviations_by_year",
                title: s.deviations_by_year.clone(),
                rows: list(self.by_year(), years.iter().map(String::as_str).collect()),
            });
        }
        sections
    }
}

/// The ways a due follow-up went; together they are `follow_ups_due`.
const FOLLOW_UP_KEYS: [&str; 3] = [
    "follow_ups_on_time",
    "follow_ups_late",
    "follow_ups_not_held",
];

impl Figures {
    /// Every count that is shown, as a row or as what a share is taken of.
    fn counts(&self) -> Vec<(Key, u64)> {
        let mut out = keyed([
            ("open", self.open),
            ("new", self.new),
            ("followed_up", self.followed_up),
            ("closed", self.closed),
        ]);
        out.extend(keyed(self.ages.counts()));
        out.extend(keyed(self.responsible.counts()));
        out.extend(keyed(self.status.counts()));
        out.extend(keyed([
            ("measures_by_others", self.measures_by_others),
            ("coordinator", self.coordinator),
            ("participation_recorded", self.participation_recorded),
            ("child_took_part", self.child_took_part),
            ("joint_custody", self.joint_custody),
            ("joint_consent", self.joint_consent),
            ("with_consent_limit", self.with_consent_limit),
            ("consent_within_limit", self.within_consent_limit),
            ("follow_ups_due", self.follow_ups_due),
            ("follow_ups_on_time", self.follow_ups_on_time),
            ("follow_ups_late", self.follow_ups_late),
            ("follow_ups_not_held", self.follow_ups_not_held),
        ]));
        out.extend(self.deviations.counts());
        out
    }
}

/// A count in the statistics: its group (0 for all plans, then the groups
/// in order) and its key.
type Cell = (usize, Key);

/// A sum a reader can check: `parts` add up to `total`. A total of `None`
/// is not shown but can be known anyway (the number of actions is the sum
/// of the responsible rows and also of the status rows), so it is treated
/// as shown and can never be withheld.
struct Sum {
    total: Option<Cell>,
    parts: Vec<Cell>,
}

impl Stats {
    /// Every group's figures as they may be shown: all plans first (`None`),
    /// then each group by name. Counts from 1 to `min_cell - 1` are shown as
    /// `<min_cell` (primary suppression); and wherever a sum and all but one
    /// of its parts would be shown, so that the hidden one could be worked
    /// out by subtraction, the smallest other part (or else the total) is
    /// withheld as well, until no such sum is left (secondary suppression).
    pub fn shown(&self, labels: &Labels, min_cell: u64) -> Vec<(Option<&str>, Vec<Section>)> {
        let withheld = self.withheld(min_cell);
        std::iter::once((None, &self.all))
            .chain(self.groups.iter().map(|(name, f)| (Some(name.as_str()), f)))
            .zip(withheld)
            .map(|((name, figures), withheld)| {
                (name, figures.sections(labels, min_cell, &withheld))
            })
            .collect()
    }

    /// The counts of each group (in [`Stats::shown`] order) that are
    /// withheld although they are not small.
    fn withheld(&self, min_cell: u64) -> Vec<Vec<Key>> {
        let figures: Vec<&Figures> = std::iter::once(&self.all)
            .chain(self.groups.values())
            .collect();
        let value: BTreeMap<Cell, u64> = figures
            .iter()
            .enumerate()
            .flat_map(|(g, f)| f.counts().into_iter().map(move |(key, n)| ((g, key), n)))
            .collect();
        let small = |n: u64| n > 0 && n < min_cell;
        let mut hidden: BTreeSet<Cell> = value
            .iter()
            .filter(|(_, n)| small(**n))
            .map(|(cell, _)| cell.clone())
            .collect();
        let sums = sums(figures.len(), &self.all);
        loop {
            let mut more = false;
            for sum in &sums {
                let cells = sum.parts.iter().chain(&sum.total);
                if cells.clone().filter(|c| hidden.contains(c)).count() != 1 {
                    continue;
                }
                // A part rather than the total, and the smallest: the least
                // is lost. Zeros give nothing away and protect nothing.
                let pick = cells
                    .filter(|c| !hidden.contains(*c) && value[*c] > 0)
                    .min_by_key(|c| (sum.total.as_ref() == Some(*c), value[*c]));
                if let Some(cell) = pick {
                    hidden.insert(cell.clone());
                    more = true;
                }
            }
            if !more {
                break;
            }
        }
        let mut out = vec![Vec::new(); figures.len()];
        for (g, key) in hidden {
            if !small(value[&(g, key.clone())]) {
                out[g].push(key);
            }
        }
        out
    }
}

/// Every sum a reader of `groups` groups (all plans and the rest) can check.
/// `all` gives the keys that vary (the years of the deviations).
fn sums(groups: usize, all: &Figures) -> Vec<Sum> {
    let mut sums = Vec::new();
    let keys =
        |counts: Vec<(Key, u64)>| -> Vec<Key> { counts.into_iter().map(|(k, _)| k).collect() };
    let empty = Figures::default();
    let d = &all.deviations;
    let parts = [
        (Some("open"), keys(keyed(empty.ages.counts()))),
        (None, keys(keyed(empty.responsible.counts()))),
        (None, keys(keyed(empty.status.counts()))),
        (
            Some("follow_ups_due"),
            FOLLOW_UP_KEYS.map(Key::from).to_vec(),
        ),
        (Some("deviations"), keys(d.by_party())),
        (Some("deviations"), keys(d.by_kind())),
        (Some("deviations"), keys(d.by_year())),
    ];
    for g in 0..groups {
        for (total, keys) in &parts {
            sums.push(Sum {
                total: total.map(|t| (g, t.into())),
                parts: keys.iter().map(|k| (g, k.clone())).collect(),
            });
        }
    }
    // All plans are the sum of the groups, figure by figure.
    if groups > 1 {
        for (key, _) in all.counts() {
            sums.push(Sum {
                total: Some((0, key.clone())),
                parts: (1..groups).map(|g| (g, key.clone())).collect(),
            });
        }
    }
    sums
}

/// A titled list of figures, e.g. "Plans".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Stable name for programs (CSV, JSON): `plans`, `age`, `quality`, …
    pub key: &'static str,
    /// Title in the template's language.
    pub title: String,
    /// The figures.
    pub rows: Vec<Row>,
}

/// One figure with its label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Stable name for programs, e.g. `new` or `joint_consent`.
    pub key: Key,
    /// Label in the template's language.
    pub label: String,
    /// The figure, small counts already hidden.
    pub value: Value,
}

impl Row {
    fn new(key: Key, label: &str, value: Value) -> Self {
        Row {
            key,
            label: label.to_owned(),
            value,
        }
    }
}

/// A figure ready to show: small counts are already [`Shown::Fewer`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// A count.
    Count(Shown),
    /// `count` of `of`, with the share in per cent when both may be shown.
    Share {
        /// How many had it.
        count: Shown,
        /// Out of how many.
        of: Shown,
        /// Rounded per cent, `None` when hidden or nothing to divide by.
        percent: Option<u64>,
    },
    /// A median number of days.
    Days(f64),
    /// A median from fewer plans than may be shown.
    Hidden,
}

impl Value {
    /// `n` of `of`, as far as each may be shown.
    fn share(count: Shown, of_shown: Shown, n: u64, of: u64) -> Value {
        // A share reveals its count: show it only when both can be shown.
        let exact = matches!(count, Shown::Exact(_)) && matches!(of_shown, Shown::Exact(_));
        let percent = (exact && of > 0).then(|| (n * 100 + of / 2) / of);
        Value::Share {
            count,
            of: of_shown,
            percent,
        }
    }
}

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Shown {
    /// The exact count (0, or at least the threshold).
    Exact(u64),
    /// Between 1 and the threshold: shown as `<threshold`.
    #[serde(serialize_with = "fewer")]
    Fewer(u64),
    /// Not shown, although not small: with it, a small count could be
    /// worked out by subtraction (secondary suppression). Shown as `..`.
    #[serde(serialize_with = "withheld")]
    Withheld,
}

impl Shown {
    /// `n`, hidden when it is 1 to `min_cell - 1`.
    pub fn new(n: u64, min_cell: u64) -> Shown {
        if n > 0 && n < min_cell {
            Shown::Fewer(min_cell)
        } else {
            Shown::Exact(n)
        }
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shown::Exact(n) => write!(f, "{n}"),
            Shown::Fewer(min) => write!(f, "<{min}"),
            Shown::Withheld => f.write_str(WITHHELD),
        }
    }
}

fn fewer<S: serde::Serializer>(min: &u64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format!("<{min}"))
}

/// How a withheld count is written: the sign Swedish official statistics
/// use for a figure that cannot be published.
const WITHHELD: &str = "..";

fn withheld<S: serde::Serializer>(serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(WITHHELD)
}

impl Value {
    /// The figure as `lang` writes it: `9,5` days in Swedish, `9.5` in English.
    pub fn text(&self, lang: crate::message::Lang) -> String {
        match self {
            Value::Count(n) => n.to_string(),
            Value::Share {
                count,
                of,
                percent: Some(p),
            } => format!("{count} / {of} ({p} %)"),
            Value::Share { count, of, .. } => format!("{count} / {of}"),
            Value::Days(d) if d.fract() == 0.0 => lang.decimal(*d, 0),
            Value::Days(d) => lang.decimal(*d, 1),
            Value::Hidden => "–".to_owned(),
        }
    }
}
