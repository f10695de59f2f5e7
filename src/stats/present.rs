//! The figures as they are shown: titled sections of labelled rows in
//! the template's words, small counts already hidden.

use serde::Serialize;

use super::count::{Figures, Stats};
use super::suppress::{Mask, Shown};
use super::tally::{Deviations, Key, RESPONSIBLE, keyed};
use crate::labels::Labels;
use crate::plan::{ActionStatus, Event, Party, Responsible};
use crate::printed::Printed;

impl Stats {
    /// Every group's figures as they may be shown: all plans first (`None`),
    /// then each group by name. Counts from 1 to `min_cell - 1` are shown as
    /// `<min_cell` (primary suppression); and wherever a sum and all but one
    /// of its parts would be shown, so that the hidden one could be worked
    /// out by subtraction, the smallest other part (or else the total) is
    /// withheld as well, until no such sum is left (secondary suppression).
    pub fn shown(&self, labels: &Labels, min_cell: u64) -> Vec<(Option<&str>, Vec<Section>)> {
        std::iter::once((None, &self.all))
            .chain(self.groups.iter().map(|(name, f)| (Some(name.as_str()), f)))
            .zip(self.masks(min_cell))
            .map(|((name, figures), mask)| {
                let rows = Rows {
                    labels,
                    mask: &mask,
                };
                (name, sections(figures, &rows))
            })
            .collect()
    }
}

/// One group's figures as sections: the plans, the children's ages, who
/// answers for the actions and their status, the quality of the work, and
/// the deviations.
fn sections(f: &Figures, rows: &Rows) -> Vec<Section> {
    let labels = rows.labels;
    let s = &labels.stats;
    let ages = [
        &s.age_0_5,
        &s.age_6_12,
        &s.age_13_17,
        &s.age_18,
        &s.age_unknown,
    ];
    let statuses = ActionStatus::ALL.iter().map(|a| a.word(labels));
    let mut sections = vec![
        section("plans", &s.plans, plans(f, rows)),
        section("age", &s.age, rows.list(keyed(f.ages.counts()), ages)),
        section(
            "responsible",
            &s.responsible,
            rows.list(keyed(f.responsible.counts()), responsible_words(labels)),
        ),
        section(
            "status",
            &s.status,
            rows.list(keyed(f.status.counts()), statuses),
        ),
        section("quality", &s.quality, quality(f, rows)),
    ];
    sections.extend(deviations(&f.deviations, rows));
    sections
}

/// How many plans were open, new, followed up and closed.
fn plans(f: &Figures, rows: &Rows) -> Vec<Row> {
    let s = &rows.labels.stats;
    vec![
        rows.count("open".into(), &s.open, f.open),
        rows.count("new".into(), &s.new, f.new),
        rows.count("followed_up".into(), &s.followed_up, f.followed_up),
        rows.count("closed".into(), &s.closed, f.closed),
    ]
}

/// Whether the plans were made and followed up as agreed: shares of the
/// plans, the days from consent to the first meeting, the follow-ups.
fn quality(f: &Figures, rows: &Rows) -> Vec<Row> {
    let s = &rows.labels.stats;
    let open = ("open", f.open);
    let custody = ("joint_custody", f.joint_custody);
    let with_limit = ("with_consent_limit", f.with_consent_limit);
    let due = ("follow_ups_due", f.follow_ups_due);
    let median = match f.median_consent_days() {
        Some(days) if rows.mask.shows_median_of(f.consent_days.len()) => Value::Days(days),
        _ => Value::Hidden,
    };
    vec![
        rows.share(
            "measures_by_others",
            &s.measures_by_others,
            f.measures_by_others,
            open,
        ),
        rows.share("coordinator", &s.coordinator, f.coordinator, open),
        rows.share(
            "participation_recorded",
            &s.participation_recorded,
            f.participation_recorded,
            open,
        ),
        rows.share(
            "child_took_part",
            &s.child_took_part,
            f.child_took_part,
            open,
        ),
        rows.share("joint_consent", &s.joint_consent, f.joint_consent, custody),
        Row::new("consent_days_median".into(), &s.consent_days, median),
        rows.share(
            "consent_within_limit",
            &s.consent_within_limit,
            f.within_consent_limit,
            with_limit,
        ),
        rows.count("follow_ups_due".into(), &s.follow_ups_due, f.follow_ups_due),
        rows.share(
            "follow_ups_on_time",
            &s.follow_ups_on_time,
            f.follow_ups_on_time,
            due,
        ),
        rows.share(
            "follow_ups_late",
            &s.follow_ups_late,
            f.follow_ups_late,
            due,
        ),
        rows.share(
            "follow_ups_not_held",
            &s.follow_ups_not_held,
            f.follow_ups_not_held,
            due,
        ),
    ]
}

/// The deviations: by party (after the total), by kind, and by year when
/// the deviations of the period fall in more than one.
fn deviations(d: &Deviations, rows: &Rows) -> Vec<Section> {
    let labels = rows.labels;
    let s = &labels.stats;
    let mut by_party = keyed([("deviations", d.total)]);
    by_party.extend(d.by_party());
    let parties = std::iter::once(s.deviations_total.as_str())
        .chain(Party::ALL.iter().map(|p| p.word(labels)))
        .chain([s.deviations_no_party.as_str()]);
    let kinds = std::iter::once(s.deviations_insats.as_str())
        .chain(Event::ALL.iter().map(|e| e.word(labels)));
    let mut sections = vec![
        section("deviations", &s.deviations, rows.list(by_party, parties)),
        section(
            "deviations_by_kind",
            &s.deviations_by_kind,
            rows.list(d.by_kind(), kinds),
        ),
    ];
    if d.years.len() > 1 {
        let years = d.years.keys().map(i32::to_string);
        sections.push(section(
            "deviations_by_year",
            &s.deviations_by_year,
            rows.list(d.by_year(), years),
        ));
    }
    sections
}

/// The words of the rows of [`ByResponsible::counts`], in its order: each
/// kind's printed word, and one row for every other actor, whatever its name.
///
/// [`ByResponsible::counts`]: super::tally::ByResponsible::counts
fn responsible_words(labels: &Labels) -> [&str; RESPONSIBLE.len()] {
    RESPONSIBLE.each_ref().map(|kind| match kind {
        Responsible::Other(_) => &labels.stats.other_actor,
        kind => kind.word(labels),
    })
}

fn section(key: &'static str, title: &str, rows: Vec<Row>) -> Section {
    Section {
        key,
        title: title.to_owned(),
        rows,
    }
}

/// Makes the labelled rows of one group: the template's words, and the
/// counts as the group's [`Mask`] lets them be shown.
struct Rows<'a> {
    labels: &'a Labels,
    mask: &'a Mask,
}

impl Rows<'_> {
    /// A count.
    fn count(&self, key: Key, label: &str, n: u64) -> Row {
        let shown = self.mask.shown(&key, n);
        Row::new(key, label, Value::Count(shown))
    }

    /// `n` of `of`, as far as each may be shown.
    fn share(&self, key: &'static str, label: &str, n: u64, (of_key, of): (&str, u64)) -> Row {
        let value = Value::share(self.mask.shown(key, n), self.mask.shown(of_key, of), n, of);
        Row::new(key.into(), label, value)
    }

    /// A count for each key, labelled with the word in the same place.
    fn list(
        &self,
        counts: Vec<(Key, u64)>,
        words: impl IntoIterator<Item = impl AsRef<str>>,
    ) -> Vec<Row> {
        counts
            .into_iter()
            .zip(words)
            .map(|((key, n), word)| self.count(key, word.as_ref(), n))
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
