//! The figures as they are shown: titled sections of labelled rows in
//! the template's words, small counts already hidden.

use serde::Serialize;

use super::count::{Figures, Stats};
use super::suppress::Shown;
use super::tally::{Deviations, Key, RESPONSIBLE, keyed};
use crate::labels::Labels;
use crate::plan::{ActionStatus, Event, Party, Responsible};
use crate::printed::Printed;

impl Figures {
    /// The figures as labelled rows, small counts hidden: any count from 1
    /// to `min_cell - 1` becomes `<min_cell`, a count in `withheld` is not
    /// shown at all, and a share or median made from such a count is not
    /// shown either. Use [`Stats::sections`], which knows what to withhold.
    fn sections(&self, labels: &Labels, min_cell: u64, withheld: &[Key]) -> Vec<Section> {
        let s = &labels.stats;
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
                    responsible_words(labels).to_vec(),
                ),
            ),
            section(
                "status",
                &s.status,
                list(
                    keyed(self.status.counts()),
                    ActionStatus::ALL.iter().map(|a| a.word(labels)).collect(),
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

/// The words of the rows of [`ByResponsible::counts`], in its order: each
/// kind's printed word, and one row for every other actor, whatever its name.
fn responsible_words(labels: &Labels) -> [&str; RESPONSIBLE.len()] {
    RESPONSIBLE.each_ref().map(|kind| match kind {
        Responsible::Other(_) => &labels.stats.other_actor,
        kind => kind.word(labels),
    })
}

/// Makes labelled rows of counts, small ones hidden ([`Figures::sections`]).
type Rows<'a> = &'a dyn Fn(Vec<(Key, u64)>, Vec<&str>) -> Vec<Row>;

impl Deviations {
    /// The three sections: by party (after the total), by kind, and by
    /// year when the deviations of the period fall in more than one.
    fn sections(&self, labels: &Labels, list: Rows) -> Vec<Section> {
        let s = &labels.stats;
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
                    std::iter::once(s.deviations_total.as_str())
                        .chain(Party::ALL.iter().map(|p| p.word(labels)))
                        .chain([s.deviations_no_party.as_str()])
                        .collect(),
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
