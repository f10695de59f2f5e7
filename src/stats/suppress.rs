//! What may be shown: counts from 1 to `min_cell - 1` are hidden as
//! `<min_cell` (primary suppression), and a count that would let a reader
//! work out a hidden one by subtraction is withheld as `..` (secondary
//! suppression).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::count::{Figures, Stats};
use super::tally::{Key, keyed};

/// The ways a due follow-up went; together they are `follow_ups_due`.
const FOLLOW_UP_KEYS: [&str; 3] = [
    "follow_ups_on_time",
    "follow_ups_late",
    "follow_ups_not_held",
];

impl Figures {
    /// Every count that is shown, as a row or as what a share is taken of.
    pub(super) fn counts(&self) -> Vec<(Key, u64)> {
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

/// What of one group's figures may be shown.
pub(super) struct Mask {
    /// Counts from 1 to `min_cell - 1` are hidden.
    min_cell: u64,
    /// The counts withheld although they are not small.
    withheld: Vec<Key>,
}

impl Mask {
    /// The count `n` under `key`, as it may be shown.
    pub(super) fn shown(&self, key: &str, n: u64) -> Shown {
        if self.withheld.iter().any(|k| k == key) {
            Shown::Withheld
        } else {
            Shown::new(n, self.min_cell)
        }
    }

    /// Whether a median of `n` values may be shown: not when a count of
    /// them would be hidden.
    pub(super) fn shows_median_of(&self, n: usize) -> bool {
        n as u64 >= self.min_cell
    }
}

impl Stats {
    /// What of each group's figures may be shown, in [`Stats::shown`] order.
    pub(super) fn masks(&self, min_cell: u64) -> Vec<Mask> {
        self.withheld(min_cell)
            .into_iter()
            .map(|withheld| Mask { min_cell, withheld })
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
