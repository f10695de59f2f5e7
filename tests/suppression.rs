//! Statistics never reveal a hidden count by subtraction: folders of plans
//! are generated, counted by the library, and the figures as shown are
//! attacked with every sum a reader can check.

use crate::common;

use std::collections::HashMap;

use chrono::NaiveDate;
use proptest::prelude::*;
use sipplan::birth::BirthDate;
use sipplan::plan::{About, Deviation, Event, Party};
use sipplan::plan::{ActionStatus, ChildId, Plan, PlanDate, Responsible};
use sipplan::stats::{self, Input, Period, Shown, Value};

/// One generated plan: its organisation, the child's age, its actions
/// (who, status), whether its follow-up has passed, whether it is closed,
/// and its deviations (party, kind, in 2025 or 2026).
#[derive(Debug, Clone)]
struct Generated {
    group: usize,
    age: u32,
    actions: Vec<(u8, u8)>,
    follow_up_passed: bool,
    closed: bool,
    deviations: Vec<(u8, u8, bool)>,
}

fn generated() -> impl Strategy<Value = Generated> {
    (
        0..3usize,
        0..20u32,
        prop::collection::vec((0..5u8, 0..5u8), 1..5),
        any::<bool>(),
        prop::bool::weighted(0.1),
        prop::collection::vec((0..4u8, 0..7u8, any::<bool>()), 0..3),
    )
        .prop_map(
            |(group, age, actions, follow_up_passed, closed, deviations)| Generated {
                group,
                age,
                actions,
                follow_up_passed,
                closed,
                deviations,
            },
        )
}

fn day(y: i32, m: u32, d: u32) -> PlanDate {
    PlanDate(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// The minimal sample changed to what `g` says; the meeting is 2026-10-06.
fn plan(g: &Generated, base: &Plan) -> Plan {
    let mut plan = base.clone();
    plan.child.id = ChildId::BirthDate(BirthDate::exactly(day(2026 - g.age as i32, 1, 1).0));
    let template = base.actions[0].clone();
    plan.actions = g
        .actions
        .iter()
        .map(|&(who, status)| {
            let mut action = template.clone();
            action.responsible = match who {
                0 => Responsible::Kommun,
                1 => Responsible::Region,
                2 => Responsible::Other("Försäkringskassan".into()),
                3 => Responsible::Family,
                _ => Responsible::Child,
            };
            action.status = match status {
                0 => ActionStatus::Planned,
                1 => ActionStatus::Ongoing,
                2 => ActionStatus::Done,
                3 => ActionStatus::Changed,
                _ => ActionStatus::Cancelled,
            };
            action
        })
        .collect();
    plan.follow_up.date = if g.follow_up_passed {
        day(2026, 11, 1)
    } else {
        day(2027, 3, 1)
    };
    plan.follow_up.closed = g.closed.then(|| day(2026, 12, 1));
    plan.deviations = g
        .deviations
        .iter()
        .map(|&(party, kind, earlier)| Deviation {
            date: if earlier {
                day(2025, 6, 1)
            } else {
                day(2026, 6, 1)
            },
            about: match kind {
                0 => About::Insats(1),
                k => About::Event(Event::ALL[usize::from(k) - 1]),
            },
            party: [
                Some(Party::Kommun),
                Some(Party::Region),
                Some(Party::Other),
                None,
            ][usize::from(party)],
            what: "Det blev inte av.".into(),
            reporter: "Mats Ek".into(),
        })
        .collect();
    plan
}

/// What a reader sees of one count: its exact value, or that it is hidden.
fn seen(value: &Value) -> Vec<Option<u64>> {
    let one = |s: &Shown| match s {
        Shown::Exact(n) => Some(*n),
        _ => None,
    };
    match value {
        Value::Count(n) => vec![one(n)],
        Value::Share { count, of, .. } => vec![one(count), one(of)],
        _ => Vec::new(),
    }
}

/// Every sum a reader can check, as lists of row keys in one group: the
/// first is the total (`None`: not shown, but known from elsewhere).
const SUMS: [(Option<&str>, &[&str]); 6] = [
    (
        Some("open"),
        &["age_0_5", "age_6_12", "age_13_17", "age_18", "age_unknown"],
    ),
    (
        None,
        &["kommun", "region", "other_actor", "family", "child"],
    ),
    (
        None,
        &["planned", "ongoing", "done", "changed", "cancelled"],
    ),
    (
        Some("follow_ups_due"),
        &[
            "follow_ups_on_time",
            "follow_ups_late",
            "follow_ups_not_held",
        ],
    ),
    (
        Some("deviations"),
        &[
            "deviations_kommun",
            "deviations_region",
            "deviations_other_actor",
            "deviations_no_party",
        ],
    ),
    (
        Some("deviations"),
        &[
            "deviations_insats",
            "deviations_no_initiative",
            "deviations_party_absent",
            "deviations_meeting_not_held",
            "deviations_not_followed_up",
            "deviations_information_not_passed",
            "deviations_other",
        ],
    ),
];

/// By year, when the deviations fall in both years of the period.
const YEARS: [&str; 2] = ["deviations_2025", "deviations_2026"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_hidden_count_can_be_worked_out_by_subtraction(
        plans in prop::collection::vec(generated(), 1..40),
        min_cell in 2..8u64,
    ) {
        let base = common::load_plan("samples/minimal.ron");
        let built: Vec<Plan> = plans.iter().map(|g| plan(g, &base)).collect();
        let names = ["Kommun A", "Kommun B", "Kommun C"];
        let inputs: Vec<Input> = built
            .iter()
            .zip(&plans)
            .map(|(plan, g)| Input {
                plan,
                group: names[g.group].to_owned(),
                consent_limit_days: Some(14),
            })
            .collect();
        let period = Period {
            from: NaiveDate::from_ymd_opt(2025, 1, 1),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let figures = stats::compute(&inputs, period, today);
        let template = sipplan::template::default_template().unwrap();
        let shown = figures.shown(&template.labels, min_cell);

        // Group → key → what the reader sees (the count of a row, and for
        // a share also the total it is of, under the total's own key).
        let mut tables: Vec<HashMap<&str, Option<u64>>> = Vec::new();
        for (_, sections) in &shown {
            let mut table = HashMap::new();
            for row in sections.iter().flat_map(|s| &s.rows) {
                let values = seen(&row.value);
                if let Some(count) = values.first() {
                    table.insert(row.key.as_ref(), *count);
                }
                // Totals that are only shown as what a share is taken of.
                let of = match row.key.as_ref() {
                    "joint_consent" => Some("joint_custody"),
                    "consent_within_limit" => Some("with_consent_limit"),
                    _ => None,
                };
                if let (Some(key), Some(total)) = (of, values.get(1)) {
                    table.insert(key, *total);
                }
            }
            tables.push(table);
        }
        let check = |total: Option<Option<u64>>, parts: Vec<Option<u64>>, what: String| {
            let hidden = parts.iter().filter(|p| p.is_none()).count()
                + usize::from(total == Some(None));
            // The number of actions is not shown. With one part hidden and
            // the others 0, it equals that small part, so every non-zero
            // part of its other split is small and hidden too: unknown.
            let unknowable_total =
                total.is_none() && parts.iter().all(|p| p.is_none() || *p == Some(0));
            prop_assert!(
                hidden != 1 || unknowable_total,
                "one hidden count in {what}: {total:?} {parts:?}"
            );
            Ok(())
        };
        for (g, table) in tables.iter().enumerate() {
            for (total, parts) in SUMS {
                let total = total.map(|k| table[k]);
                let what = format!("group {g}, {parts:?}");
                check(total, parts.iter().map(|k| table[k]).collect(), what)?;
            }
            if table.contains_key(YEARS[0]) {
                let parts = YEARS.iter().map(|k| table[k]).collect();
                check(Some(table["deviations"]), parts, format!("group {g}, years"))?;
            }
        }
        // All plans are the sum of the organisations, figure by figure.
        if tables.len() > 1 {
            for key in tables[0].keys() {
                let parts = tables[1..].iter().map(|t| t[key]).collect();
                check(Some(tables[0][key]), parts, format!("`{key}` across organisations"))?;
            }
        }
        // What is shown is true, and no small count is shown.
        let all = &figures.all;
        for (key, truth) in [
            ("open", all.open),
            ("age_6_12", all.ages.age_6_12),
            ("kommun", all.responsible.kommun),
            ("follow_ups_due", all.follow_ups_due),
        ] {
            match tables[0][key] {
                Some(n) => {
                    prop_assert_eq!(n, truth);
                    prop_assert!(n == 0 || n >= min_cell);
                }
                None => prop_assert!(truth > 0, "a 0 was hidden"),
            }
        }
    }
}
