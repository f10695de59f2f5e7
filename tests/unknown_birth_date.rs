//! Children whose birth date is not fully known: samordningsnummer with
//! month 00 or day 60, and `BirthDate("2015")` or `BirthDate("2015-03")`.
//! Their plans check and print, and every age computed is a range.

use crate::common;

use chrono::NaiveDate;
use common::{load_plan, luhn, pdf_pages_text, print, sipplan, squeeze, text};
use proptest::prelude::*;
use sipplan::birth::BirthDate;
use sipplan::personnummer::Personnummer;
use sipplan::plan::{ChildId, Plan};
use sipplan::render::Options;

/// The minimal sample (meeting 2026-10-06) for a child with this id.
fn plan_with(id: &str) -> String {
    std::fs::read_to_string(common::root().join("samples/minimal.ron"))
        .unwrap()
        .replace(r#"Personnummer("20160903-9845")"#, id)
}

#[test]
fn plans_for_children_with_an_unknown_birth_month_or_day_check_and_print() {
    let dir = tempfile::tempdir().unwrap();
    for (id, printed) in [
        // March 2015, day not known.
        (
            r#"Samordningsnummer("20150360-2383")"#,
            "Samordningsnummer:20150360-2383",
        ),
        // 2015, month and day not known.
        (
            r#"Samordningsnummer("20150060-2386")"#,
            "Samordningsnummer:20150060-2386",
        ),
        (
            r#"BirthDate("2015")"#,
            "Födelsedatum:2015(månadochdagokända)",
        ),
        (r#"BirthDate("2015-03")"#, "Födelsedatum:2015-03(dagokänd)"),
    ] {
        let path = dir.path().join("plan.ron");
        std::fs::write(&path, plan_with(id)).unwrap();
        let output = sipplan(&["check", path.to_str().unwrap()]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(0), "{id}: {stdout}{stderr}");
        assert!(!stdout.contains("] Varning:"), "{id}: {stdout}");

        let source = sipplan::source::Source::from_text(
            "plan.ron",
            &plan_with(id),
            sipplan::source::Format::Ron,
        );
        let plan = sipplan::load::parse_plan(&source).unwrap();
        let pdf = print(&plan, Options::default());
        let pages = pdf_pages_text(&pdf.pdf);
        for (i, page) in pages.iter().enumerate() {
            assert!(
                squeeze(page).contains(printed),
                "{id}, page {}: {page}",
                i + 1
            );
        }
    }
}

#[test]
fn an_age_that_may_be_18_gets_a_softer_note_and_a_certain_18_the_adult_warning() {
    let codes = |id: &str| -> Vec<&'static str> {
        let source = sipplan::source::Source::from_text(
            "p.ron",
            &plan_with(id),
            sipplan::source::Format::Ron,
        );
        let plan = sipplan::load::parse_plan(&source).unwrap();
        sipplan::validate::validate(&plan)
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    };
    // Meeting 2026-10-06. Born some time in 2008: 17 or 18.
    let may_be = codes(r#"BirthDate("2008")"#);
    assert!(
        may_be.contains(&"SIP032") && !may_be.contains(&"SIP031"),
        "{may_be:?}"
    );
    // Born 2008-09: 18 on 2026-10-06 whatever the day.
    let certain = codes(r#"BirthDate("2008-09")"#);
    assert!(
        certain.contains(&"SIP031") && !certain.contains(&"SIP032"),
        "{certain:?}"
    );
    // Born some time in 2011: 14 or 15, so the child's own view is asked for.
    assert!(codes(r#"BirthDate("2011")"#).contains(&"SIP014"));
    assert!(!codes(r#"BirthDate("2012")"#).contains(&"SIP014"));
}

#[test]
fn stats_put_a_child_in_an_age_group_only_when_the_whole_range_is_inside_it() {
    let band = |id: &str| -> &'static str {
        let source = sipplan::source::Source::from_text(
            "p.ron",
            &plan_with(id),
            sipplan::source::Format::Ron,
        );
        let plan = sipplan::load::parse_plan(&source).unwrap();
        let inputs = [sipplan::stats::Input {
            plan: &plan,
            group: "A".into(),
            consent_limit_days: None,
        }];
        let period = sipplan::stats::Period {
            from: None,
            to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        };
        let stats = sipplan::stats::compute(&inputs, period, period.to);
        let counts = stats.all.ages.counts();
        counts.into_iter().find(|(_, n)| *n == 1).unwrap().0
    };
    // Meeting 2026-10-06.
    assert_eq!(
        band(r#"BirthDate("2015")"#),
        "age_6_12",
        "10–11: inside 6–12"
    );
    assert_eq!(
        band(r#"BirthDate("2013")"#),
        "age_unknown",
        "12–13: straddles 12/13"
    );
    assert_eq!(
        band(r#"BirthDate("2013-09")"#),
        "age_13_17",
        "13 for certain"
    );
    assert_eq!(band(r#"Samordningsnummer("20150060-2386")"#), "age_6_12");
}

/// A partly unknown birth date: year, and a month and day each known or not.
fn partial_birth_date() -> impl Strategy<Value = BirthDate> {
    (
        1990..2026i32,
        prop::option::of(1..=12u32),
        1..=31u32,
        any::<bool>(),
    )
        .prop_filter_map("a real date", |(year, month, day, day_known)| {
            let day = (day_known && month.is_some()).then_some(day);
            BirthDate::new(year, month, day).ok()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_possible_birthday_gives_an_age_inside_the_range(
        born in partial_birth_date(),
        days_after in 0..10_000u64,
    ) {
        let meeting = born.latest() + chrono::Days::new(days_after);
        let age = born.age_on(meeting).unwrap();
        prop_assert!(age.min <= age.max && age.max - age.min <= 1, "{age}");
        let mut day = born.earliest();
        while day <= born.latest() {
            let exact = meeting.years_since(day).unwrap();
            prop_assert!(age.min <= exact && exact <= age.max, "{born} on {meeting}: {exact} not in {age}");
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn a_samordningsnummer_carries_its_partly_unknown_birth_date(
        born in partial_birth_date(),
        serial in 1..1000u32,
    ) {
        let month = born.month().unwrap_or(0);
        let day = born.day().unwrap_or(0) + 60;
        let nine = format!("{:02}{month:02}{day:02}{serial:03}", born.year() % 100);
        let number = format!("{}{}-{serial:03}{}", born.year() / 100, &nine[..6], luhn(&nine));
        let reference = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let parsed = Personnummer::parse(&number, reference).unwrap();
        prop_assert_eq!(parsed.birth_date(), born);
        prop_assert_eq!(parsed.to_string(), number.clone());
        // The 10-digit form resolves to the same century.
        let short = format!("{}-{serial:03}{}", &nine[..6], luhn(&nine));
        prop_assert_eq!(Personnummer::parse(&short, reference).unwrap().birth_date(), born);
        // And a plan with it loads.
        let mut plan: Plan = load_plan("samples/minimal.ron");
        plan.child.id = ChildId::BirthDate(born);
        prop_assert!(sipplan::validate::validate(&plan).iter().all(|d| !d.is_error()));
    }
}
