//! `sipplan stats` on a folder of 33 generated fictional plan files whose
//! figures are known by construction (see `Corpus`), checked in every
//! output format, with small counts hidden and no personal data anywhere.

use crate::common;

use std::path::PathBuf;

use chrono::{Days, NaiveDate};
use common::{pdf_pages_text, root, sipplan, squeeze, text};
use serde_json::Value;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn plus(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap()
}

fn minus(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap()
}

/// A valid personnummer (YYYYMMDD-NNNC) for a birth date and serial.
fn personnummer(born: NaiveDate, serial: u32) -> String {
    let digits = format!("{}{serial:03}", born.format("%y%m%d"));
    format!(
        "{}-{serial:03}{}",
        born.format("%Y%m%d"),
        common::luhn(&digits)
    )
}

/// One revision of a generated plan.
struct Revision {
    number: u32,
    meeting: NaiveDate,
    follow_up: NaiveDate,
}

/// Plan `i` of the corpus, as RON. The rules, which the expected figures
/// below are counted from:
/// - P0–P19: first meeting 2026-02-02 + 7·i days, one revision, follow-up
///   120 days later; P0–P3 closed 100 days after the meeting.
/// - P20–P29: first meeting 2025-09-01 + 7·(i−20) days, follow-up 150 days
///   later; revision 2 held 5 days before that date (P20–P25) or 10 days
///   after it (P26–P29), with its next follow-up 400 days later (2027).
/// - P30: first meeting 2024-01-10, closed 2025-06-01.
/// - Age (born 1 January): P0–P19 by i % 4: 3, 8, 14, 10 years; P19 has a
///   reservnummer; P20–P29 born 2019; P30 born 2015.
/// - Actions: a Kommun one (ongoing) and a Region one (planned) in every
///   plan; an other actor's (planned) when i % 5 == 0; a family one (done)
///   when i % 10 == 1.
/// - Child's participation: none recorded when i % 3 == 0, whole meeting
///   when i % 3 == 1, did not take part when i % 3 == 2.
/// - Guardians: two with custody when i is even, and both consented when
///   i % 4 == 0 (otherwise only the first); one guardian when i is odd.
/// - Consent 10 + i days before the first meeting (P0–P19), 14 days for
///   the others.
/// - Template: Exempelkommun's (21-day consent limit) when i % 3 == 0, else sv.
/// - Deviations: insats 2 (the Region's) 30 days after the first meeting
///   when i < 20 and i is even (10, all in 2026); a called party (Kommun)
///   absent on 2025-12-01 in P20–P24; a plan not followed up, no party
///   given, on 2026-03-01 in P25–P29; insats 1 (the Kommun's) on
///   2024-05-01 in P30.
fn plan(i: u32) -> String {
    let (first, born, closed) = match i {
        0..=19 => {
            let meeting = plus(day("2026-02-02"), 7 * u64::from(i));
            let age = [3, 8, 14, 10][i as usize % 4];
            let closed = (i <= 3).then(|| plus(meeting, 100));
            (meeting, day(&format!("{}-01-01", 2026 - age)), closed)
        }
        20..=29 => (
            plus(day("2025-09-01"), 7 * u64::from(i - 20)),
            day("2019-01-01"),
            None,
        ),
        _ => (
            day("2024-01-10"),
            day("2015-01-01"),
            Some(day("2025-06-01")),
        ),
    };
    let mut revisions = vec![Revision {
        number: 1,
        meeting: first,
        follow_up: plus(first, if i < 20 { 120 } else { 150 }),
    }];
    if (20..=29).contains(&i) {
        let due = revisions[0].follow_up;
        let held = if i <= 25 {
            minus(due, 5)
        } else {
            plus(due, 10)
        };
        revisions.push(Revision {
            number: 2,
            meeting: held,
            follow_up: plus(held, 400),
        });
    }
    let consent = minus(first, if i < 20 { 10 + u64::from(i) } else { 14 });
    let id = if i == 19 {
        "Reservnummer(\"RES-0019\")".to_owned()
    } else {
        format!("Personnummer(\"{}\")", personnummer(born, 100 + i))
    };
    let exempel = i.is_multiple_of(3);
    let body = |r: &Revision, closed: Option<NaiveDate>| {
        let guardians = if i.is_multiple_of(2) {
            format!(
                "[(name: \"Anna Testförälder{i}\", relation: \"mamma\", custody: true), \
                  (name: \"Bo Testförälder{i}\", relation: \"pappa\", custody: true)]"
            )
        } else {
            format!("[(name: \"Anna Testförälder{i}\", relation: \"mamma\", custody: true)]")
        };
        let given_by = if i.is_multiple_of(4) {
            format!("[\"Anna Testförälder{i}\", \"Bo Testförälder{i}\"]")
        } else {
            format!("[\"Anna Testförälder{i}\"]")
        };
        let participation = match i % 3 {
            0 => String::new(),
            1 => "child_participation: (how: WholeMeeting),".to_owned(),
            _ => "child_participation: (how: DidNotTakePart),".to_owned(),
        };
        let mut actions = vec![
            "(what: \"Stödsamtal\", responsible: Kommun, unit: \"Socialtjänsten\", status: Ongoing)".to_owned(),
            "(what: \"Utredning\", responsible: Region, unit: \"BUP\")".to_owned(),
        ];
        if i.is_multiple_of(5) {
            actions.push(
                "(what: \"Ansökan om stöd\", responsible: Other(\"Försäkringskassan\"))".to_owned(),
            );
        }
        if i % 10 == 1 {
            actions
                .push("(what: \"Hämta ut intyg\", responsible: Family, status: Done)".to_owned());
        }
        let (school, caller, custom) = if exempel {
            (
                "school: \"Testskolan\",",
                "caller: \"Samordnaren\",",
                "custom: {\"skola\": {\"kontakt\": \"Skolkuratorn\"}},",
            )
        } else {
            ("", "", "")
        };
        let closed = closed.map_or(String::new(), |d| format!("closed: \"{d}\","));
        // A name holds no digits (SIP064): the number in letters, 12 → "BC".
        let letters: String = i
            .to_string()
            .bytes()
            .map(|d| char::from(b'A' + (d - b'0')))
            .collect();
        format!(
            "version: 1,
    document: (date: \"{meeting}\", revision: {number}{template}),
    child: (name: \"Testbarn Nummer{letters}\", id: {id}, {school}),
    guardians: {guardians},
    consent: (given_by: {given_by}, date: \"{consent}\", form: Written),
    meeting: (date: \"{meeting}\", place: \"Kontoret\", chair: \"Ordförande Testsson{i}\", {participation}),
    actions: [{actions}],
    no_measures_by_others: {no_others},
    responsibility: (principal: Kommun, unit: \"Socialtjänsten\", coordinator: (name: \"Samordnare Testsson{i}\")),
    follow_up: (date: \"{follow_up}\", {caller} {closed}),
    {custom}",
            meeting = r.meeting,
            number = r.number,
            template = if exempel {
                ", template: \"templates/exempelkommun.ron\""
            } else {
                ""
            },
            actions = actions.join(", "),
            no_others = !i.is_multiple_of(5) && i % 10 != 1,
            follow_up = r.follow_up,
        )
    };
    let current = revisions.last().unwrap();
    let history: Vec<String> = revisions[..revisions.len() - 1]
        .iter()
        .map(|r| format!("({})", body(r, None)))
        .collect();
    let deviation = |date: &str, about: &str| {
        format!(
            "(date: \"{date}\", about: {about}, what: \"Det blev inte av.\", reporter: \"Samordnare Testsson{i}\")"
        )
    };
    let deviations = match i {
        0..=19 if i.is_multiple_of(2) => deviation(&plus(first, 30).to_string(), "Insats(2)"),
        20..=24 => deviation("2025-12-01", "Event(PartyAbsent), party: Kommun"),
        25..=29 => deviation("2026-03-01", "Event(NotFollowedUp)"),
        30 => deviation("2024-05-01", "Insats(1)"),
        _ => String::new(),
    };
    format!(
        "// Generated for tests: a fictional child.\n(\n    {}\n    deviations: [{deviations}],\n    history: [{}],\n)\n",
        body(current, closed),
        history.join(", ")
    )
}

/// The corpus in a temporary folder: P0–P30, P20's first revision as an
/// older file beside it, and two files with errors.
struct Corpus {
    folder: tempfile::TempDir,
}

impl Corpus {
    fn new() -> Corpus {
        let folder = tempfile::tempdir().unwrap();
        let write =
            |name: &str, text: &str| std::fs::write(folder.path().join(name), text).unwrap();
        for i in 0..=30 {
            write(&format!("p{i:02}.ron"), &plan(i));
        }
        // The first revision of P20, left beside the newer file: counted once.
        let p20 = plan(20);
        let (head, _) = p20.split_once("history:").unwrap();
        let older = head
            .replace("revision: 2", "revision: 1")
            .replace("2026-01-24", "2025-09-01")
            .replace("2027-02-28", "2026-01-29");
        assert!(older.contains("2026-01-29"), "the dates of P20 changed");
        write("p20-original.ron", &format!("{older})\n"));
        write(
            "broken.ron",
            "(version: 1, document: (date: \"2026-05-01\"),",
        );
        // P5 with its follow-up before its meeting (SIP020).
        let follow_up_first = plan(5).replace("2026-07-07", "2020-01-07");
        assert_ne!(follow_up_first, plan(5), "the dates of P5 changed");
        write("follow-up-first.ron", &follow_up_first);
        // The template sits in a subfolder: stats reads no subfolders.
        let templates = folder.path().join("templates");
        std::fs::create_dir(&templates).unwrap();
        for file in ["exempelkommun.ron", "exempelkommun-logo.png"] {
            std::fs::copy(
                root().join("samples/templates").join(file),
                templates.join(file),
            )
            .unwrap();
        }
        Corpus { folder }
    }

    fn path(&self) -> &str {
        self.folder.path().to_str().unwrap()
    }

    fn stats(&self, args: &[&str]) -> (Option<i32>, String, String) {
        let mut all = vec!["stats", self.path()];
        all.extend(args);
        let output = sipplan(&all);
        let (stdout, stderr) = text(&output);
        (output.status.code(), stdout, stderr)
    }
}

/// The figure `key` of `section` in `group` (the first group is all plans).
fn figure<'a>(json: &'a Value, group: usize, section: &str, key: &str) -> &'a Value {
    let sections = &json["groups"][group]["sections"];
    let section = sections
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == section)
        .unwrap_or_else(|| panic!("no section {section}"));
    let row = section["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key}"));
    &row["value"]
}

fn count(json: &Value, group: usize, section: &str, key: &str) -> Value {
    figure(json, group, section, key)["count"].clone()
}

fn share(json: &Value, group: usize, key: &str) -> (Value, Value, Value) {
    let share = &figure(json, group, "quality", key)["share"];
    (
        share["count"].clone(),
        share["of"].clone(),
        share["percent"].clone(),
    )
}

fn json_for(corpus: &Corpus, args: &[&str]) -> (Option<i32>, Value, String) {
    let mut all = vec!["--format", "json", "--today", "2026-12-31"];
    all.extend(args);
    let (code, stdout, stderr) = corpus.stats(&all);
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    (code, json, stderr)
}

const YEAR_2026: [&str; 4] = ["--from", "2026-01-01", "--to", "2026-12-31"];

#[test]
fn every_figure_of_2026_is_the_known_answer() {
    let corpus = Corpus::new();
    let (_, json, _) = json_for(&corpus, &YEAR_2026);
    let n = |v: u64| Value::from(v);
    let fewer = Value::from("<5");
    let withheld = Value::from("..");
    assert_eq!(json["from"], "2026-01-01");
    assert_eq!(json["to"], "2026-12-31");
    assert_eq!(json["min_cell"], 5);
    assert_eq!(json["files"]["read"], 34);
    assert_eq!(json["files"]["not_counted"], 2);
    assert_eq!(json["files"]["older_revisions_left_out"], 1);

    let plans = |key| count(&json, 0, "plans", key);
    assert_eq!(plans("open"), n(30));
    assert_eq!(plans("new"), n(20));
    assert_eq!(plans("followed_up"), n(10));
    assert_eq!(plans("closed"), fewer, "4 closed plans are hidden");

    let age = |key| count(&json, 0, "age", key);
    // 19 + 5 + 0 + <5 = 30 would give the hidden count: the smallest other
    // part is withheld too.
    assert_eq!(age("age_0_5"), withheld);
    assert_eq!(age("age_6_12"), n(19));
    assert_eq!(age("age_13_17"), n(5));
    assert_eq!(age("age_18"), n(0));
    assert_eq!(age("age_unknown"), fewer);

    let who = |key| count(&json, 0, "responsible", key);
    assert_eq!(who("kommun"), n(30));
    assert_eq!(who("region"), n(30));
    assert_eq!(who("other_actor"), withheld);
    assert_eq!(who("family"), fewer);
    assert_eq!(who("child"), n(0));

    let status = |key| count(&json, 0, "status", key);
    assert_eq!(status("planned"), n(36));
    assert_eq!(status("ongoing"), withheld);
    assert_eq!(status("done"), fewer);
    assert_eq!(status("changed"), n(0));
    assert_eq!(status("cancelled"), n(0));

    let pct = |v: u64| Value::from(v);
    let hidden = Value::Null;
    // Another actor in P0, P5, …, P25; the family in P1, P11, P21.
    assert_eq!(
        share(&json, 0, "measures_by_others"),
        (n(9), n(30), pct(30))
    );
    assert_eq!(share(&json, 0, "coordinator"), (n(30), n(30), pct(100)));
    assert_eq!(
        share(&json, 0, "participation_recorded"),
        (n(20), n(30), pct(67))
    );
    assert_eq!(share(&json, 0, "child_took_part"), (n(10), n(30), pct(33)));
    assert_eq!(share(&json, 0, "joint_consent"), (n(8), n(15), pct(53)));
    assert_eq!(
        figure(&json, 0, "quality", "consent_days_median")["days"],
        19.5
    );
    assert_eq!(
        share(&json, 0, "consent_within_limit"),
        (fewer.clone(), n(7), hidden.clone()),
        "4 of 7 within the limit: the share would tell the count"
    );
    assert_eq!(count(&json, 0, "quality", "follow_ups_due"), n(26));
    assert_eq!(
        share(&json, 0, "follow_ups_on_time"),
        (withheld.clone(), n(26), hidden.clone())
    );
    assert_eq!(share(&json, 0, "follow_ups_late"), (fewer, n(26), hidden));
    assert_eq!(
        share(&json, 0, "follow_ups_not_held"),
        (n(16), n(26), pct(62))
    );
}

#[test]
fn deviations_are_counted_by_party_kind_and_year() {
    let corpus = Corpus::new();
    let n = |v: u64| Value::from(v);
    let (_, json, _) = json_for(&corpus, &YEAR_2026);
    let party = |key| count(&json, 0, "deviations", key);
    assert_eq!(party("deviations"), n(15));
    assert_eq!(
        party("deviations_region"),
        n(10),
        "insats 2 is the Region's"
    );
    assert_eq!(party("deviations_kommun"), n(0), "P20–P24's were in 2025");
    assert_eq!(party("deviations_other_actor"), n(0));
    assert_eq!(party("deviations_no_party"), n(5));
    let kind = |key| count(&json, 0, "deviations_by_kind", key);
    assert_eq!(kind("deviations_insats"), n(10));
    assert_eq!(kind("deviations_not_followed_up"), n(5));
    assert_eq!(kind("deviations_party_absent"), n(0));
    let sections = json["groups"][0]["sections"].as_array().unwrap();
    assert!(
        !sections.iter().any(|s| s["key"] == "deviations_by_year"),
        "one year: its count is the total"
    );

    // Since the start: 2024 has one, which is hidden, and 2025's five
    // are withheld, or 21 − 15 would tell it.
    let (_, all, _) = json_for(&corpus, &["--to", "2026-12-31"]);
    let year = |key| count(&all, 0, "deviations_by_year", key);
    assert_eq!(count(&all, 0, "deviations", "deviations"), n(21));
    assert_eq!(year("deviations_2024"), "<5");
    assert_eq!(year("deviations_2025"), "..");
    assert_eq!(year("deviations_2026"), n(15));
    assert_eq!(count(&all, 0, "deviations", "deviations_kommun"), n(6));
    // Every organisation lists the same years, so that they line up.
    let rows = |group: usize| -> Vec<String> {
        all["groups"][group]["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == "deviations_by_year")
            .unwrap()["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["label"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(rows(0), ["2024", "2025", "2026"]);
    assert_eq!(rows(1), rows(0));
    assert_eq!(rows(2), rows(0));
}

#[test]
fn plans_from_two_templates_are_also_counted_per_organisation() {
    let corpus = Corpus::new();
    let (_, json, _) = json_for(&corpus, &YEAR_2026);
    let names: Vec<&str> = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Alla planer",
            "Exempelkommun, Region Exempel",
            "Kort SIP för barn och unga"
        ]
    );
    // P0, P3, …, P27 use Exempelkommun's template: 10 plans, 7 of them new.
    assert_eq!(count(&json, 1, "plans", "open"), 10);
    assert_eq!(count(&json, 1, "plans", "new"), 7);
    assert_eq!(count(&json, 2, "plans", "open"), 20);
    assert_eq!(count(&json, 2, "plans", "new"), 13);
    // The sv template sets no time limit from consent to meeting.
    assert_eq!(share(&json, 2, "consent_within_limit").1, 0);
}

#[test]
fn the_period_filter_counts_only_what_happened_in_it() {
    let corpus = Corpus::new();
    let (_, json, _) = json_for(&corpus, &["--from", "2025-01-01", "--to", "2025-12-31"]);
    assert_eq!(count(&json, 0, "plans", "open"), 11, "P20–P29 and P30");
    assert_eq!(count(&json, 0, "plans", "new"), 10);
    assert_eq!(count(&json, 0, "plans", "followed_up"), 0);
    assert_eq!(count(&json, 0, "plans", "closed"), "<5");
    assert_eq!(count(&json, 0, "quality", "follow_ups_due"), 0);
    // Ages at the latest meeting within 2025: P20–P29 are 6, P30 was 9.
    assert_eq!(count(&json, 0, "age", "age_6_12"), 11);

    // Without --from: everything up to --to.
    let (_, all, _) = json_for(&corpus, &["--to", "2026-12-31"]);
    assert_eq!(count(&all, 0, "plans", "open"), 31);
    assert_eq!(count(&all, 0, "plans", "new"), 31);

    let (code, _, stderr) = corpus.stats(&["--from", "2026-02-01", "--to", "2026-01-01"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("--from 2026-02-01 är efter --to 2026-01-01"),
        "{stderr}"
    );
}

#[test]
fn the_smallest_count_shown_can_be_changed() {
    let corpus = Corpus::new();
    let mut args = YEAR_2026.to_vec();
    args.extend(["--min-cell", "3"]);
    let (_, json, _) = json_for(&corpus, &args);
    assert_eq!(json["min_cell"], 3);
    assert_eq!(count(&json, 0, "plans", "closed"), 4);
    assert_eq!(count(&json, 0, "age", "age_unknown"), "<3");
    assert_eq!(
        share(&json, 0, "consent_within_limit"),
        (4.into(), 7.into(), 57.into())
    );
    let (code, _, stderr) = corpus.stats(&["--min-cell", "0"]);
    assert_eq!(code, Some(2), "{stderr}");
}

#[test]
fn files_with_errors_are_counted_and_named_on_the_terminal_only() {
    let corpus = Corpus::new();
    let mut args = vec!["--today", "2026-12-31"];
    args.extend(YEAR_2026);
    let (code, stdout, stderr) = corpus.stats(&args);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stdout.contains("2 planfiler kunde inte räknas"), "{stdout}");
    assert!(stderr.contains("2 planfiler räknades inte"), "{stderr}");
    assert!(stderr.contains("broken.ron"), "{stderr}");
    assert!(
        stderr.contains("follow-up-first.ron: inte giltig: 1 fel"),
        "{stderr}"
    );
    assert!(
        stderr.contains("läste 31 planer från 34 filer (1 utelämnade"),
        "{stderr}"
    );
    assert!(
        !stdout.contains("broken.ron"),
        "file names stay off the figures"
    );
}

#[test]
fn the_table_and_csv_show_the_same_figures_in_the_templates_language() {
    let corpus = Corpus::new();
    let mut args = vec!["--today", "2026-12-31", "--template", "en"];
    args.extend(YEAR_2026);
    let (_, table, _) = corpus.stats(&args);
    let line = |label: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no line {label} in\n{table}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(
        line("Plans open in the period"),
        "Plans open in the period 30"
    );
    assert_eq!(line("Plans closed"), "Plans closed <5");
    assert_eq!(
        line("Coordinator designated"),
        "Coordinator designated 30 / 30 (100 %)"
    );
    assert_eq!(
        line("Days from consent to first meeting"),
        "Days from consent to first meeting (median) 19.5"
    );

    args.extend(["--format", "csv"]);
    let (_, csv, _) = corpus.stats(&args);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("group,section,key,label,count,of,percent,days")
    );
    assert!(
        csv.contains("All plans,plans,open,Plans open in the period,30,,,\n"),
        "{csv}"
    );
    assert!(
        csv.contains("All plans,plans,closed,Plans closed,<5,,,\n"),
        "{csv}"
    );
    assert!(
        csv.contains("All plans,quality,child_took_part,\"Child took part (whole, part, through a representative or a letter)\",10,30,33,\n"),
        "{csv}"
    );
    assert!(csv.contains("All plans,quality,consent_days_median,Days from consent to first meeting (median),,,,19.5\n"), "{csv}");
    // A header, then 42 figures for each of the 3 groups (30 about the
    // plans, 12 about deviations).
    assert_eq!(csv.lines().count(), 1 + 3 * 42);
}

#[test]
fn the_pdf_report_holds_the_figures_on_two_pages() {
    let corpus = Corpus::new();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.pdf");
    let mut args = vec![
        "--today",
        "2026-12-31",
        "--report",
        report.to_str().unwrap(),
    ];
    args.extend(YEAR_2026);
    let (_, _, stderr) = corpus.stats(&args);
    let pdf = std::fs::read(&report).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let pages = pdf_pages_text(&pdf);
    assert!(pages.len() <= 2, "{} pages", pages.len());
    let all = squeeze(&pages.join(" "));
    for expected in [
        "Uppföljning av SIP för barn",
        "Period: 2026-01-01 – 2026-12-31",
        "Alla planer",
        "Exempelkommun, Region Exempel",
        "Aktiva planer under perioden 30",
        "Avslutade planer <5",
        "Samordnare utsedd 30 / 30 (100 %)",
        "Dagar från samtycke till första mötet (median) 19,5",
        "Antal under 5 visas som <5",
    ] {
        assert!(
            all.contains(&squeeze(expected)),
            "`{expected}` missing from the report:\n{all}"
        );
    }
    // All plans with bars on page 1; the organisations side by side on page 2.
    assert_eq!(pages.len(), 2);
    let second = squeeze(&pages[1]);
    for expected in [
        "Per mall och organisation",
        "Exempelkommun, Region Exempel",
        "Kort SIP för barn och unga",
    ] {
        assert!(second.contains(&squeeze(expected)), "{expected}: {second}");
    }
    for (i, page) in pages.iter().enumerate() {
        let label = format!("Sida {} av {}", i + 1, pages.len());
        assert!(
            squeeze(page).contains(&squeeze(&label)),
            "page {i} lacks `{label}`"
        );
    }
    // The same input gives the same bytes.
    let again = out.path().join("again.pdf");
    let mut args = vec!["--today", "2026-12-31", "--report", again.to_str().unwrap()];
    args.extend(YEAR_2026);
    corpus.stats(&args);
    assert_eq!(std::fs::read(&again).unwrap(), pdf);
}

/// Every name, number and free text of the corpus.
fn personal_data() -> Vec<String> {
    let mut out: Vec<String> = [
        "Testbarn",
        "Testförälder",
        "Testsson",
        "Ordförande",
        "RES-0019",
    ]
    .map(String::from)
    .to_vec();
    out.extend(
        [
            "Stödsamtal",
            "Utredning",
            "Kontoret",
            "Skolkuratorn",
            "Testskolan",
        ]
        .map(String::from),
    );
    for i in 0..=30 {
        let text = plan(i);
        if let Some(at) = text.find("Personnummer(\"") {
            let number = &text[at + 14..at + 27];
            out.push(number.to_owned());
            out.push(number.replace('-', ""));
            out.push(number[2..].to_owned());
        }
    }
    out
}

#[test]
fn no_name_number_or_free_text_reaches_any_output() {
    let corpus = Corpus::new();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.pdf");
    let mut outputs = Vec::new();
    for format in ["table", "csv", "json"] {
        let mut args = vec!["--today", "2026-12-31", "--format", format];
        args.extend(YEAR_2026);
        outputs.push(corpus.stats(&args).1);
    }
    let file = out.path().join("figures.csv");
    corpus.stats(&[
        "--format",
        "csv",
        "-o",
        file.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ]);
    outputs.push(std::fs::read_to_string(&file).unwrap());
    outputs.push(pdf_pages_text(&std::fs::read(&report).unwrap()).join("\n"));
    let data = personal_data();
    assert!(data.len() > 80);
    for output in &outputs {
        assert!(output.len() > 500, "an output is empty: {output}");
        for secret in &data {
            assert!(
                !output.contains(secret.as_str()),
                "`{secret}` leaked into:\n{output}"
            );
        }
    }
}

#[test]
fn the_generated_plans_are_valid() {
    // A guard on the corpus itself: every generated plan passes `check`.
    let corpus = Corpus::new();
    let plans: Vec<PathBuf> = (0..=30)
        .map(|i| corpus.folder.path().join(format!("p{i:02}.ron")))
        .chain([corpus.folder.path().join("p20-original.ron")])
        .collect();
    let mut args = vec!["check", "--today", "2025-01-01"];
    args.extend(plans.iter().map(|p| p.to_str().unwrap()));
    let output = sipplan(&args);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
}

#[test]
fn a_childs_later_separate_plan_counts_on_its_own() {
    let corpus = Corpus::new();
    // P30's child gets a new plan in 2026, after the first was closed in 2025.
    let again = plan(30)
        .replace("2024-01-10", "2026-03-02") // meeting
        .replace("2023-12-27", "2026-02-16") // consent
        .replace("2024-06-08", "2026-07-30") // follow-up
        .replace("closed: \"2025-06-01\",", "");
    std::fs::write(corpus.folder.path().join("p30-new.ron"), again).unwrap();
    let (_, json, stderr) = json_for(&corpus, &YEAR_2026);
    assert_eq!(count(&json, 0, "plans", "open"), 31, "{stderr}");
    assert_eq!(count(&json, 0, "plans", "new"), 21);
    assert_eq!(json["files"]["older_revisions_left_out"], 1);
}

#[test]
fn a_folder_that_does_not_exist_is_an_error_not_a_table_of_zeros() {
    let output = sipplan(&["stats", "no/such/folder", "--today", "2026-12-31"]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stdout.is_empty(), "a table was printed: {stdout}");
    assert!(stderr.contains("`no/such/folder` finns inte"), "{stderr}");
}

#[test]
fn a_file_that_cannot_be_counted_is_named_with_its_folder_and_only_the_number_masked() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("BUS 2026");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(
        root().join("samples/minimal.ron"),
        folder.join("minimal.ron"),
    )
    .unwrap();
    std::fs::write(folder.join("20150312-2382.ron"), "(version: 1,").unwrap();
    let output = sipplan(&["stats", folder.to_str().unwrap(), "--today", "2026-12-31"]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let shown = folder.join("20150312-XXXX.ron");
    assert!(stderr.contains(shown.to_str().unwrap()), "{stderr}");
    assert!(!stderr.contains("2382"), "{stderr}");
}
