//! `sipplan due` on a folder with plans at every stage: what is due comes
//! out one line per plan, most urgent first, with the personnummer masked;
//! the exit code says whether every file could be read, not whether
//! something is due.

use crate::common;

use std::fs;

use common::{sipplan, text};

/// The minimal sample with some of its text replaced.
fn variant(changes: &[(&str, &str)]) -> String {
    let mut plan = fs::read_to_string(common::root().join("samples/minimal.ron")).unwrap();
    for (from, to) in changes {
        assert!(plan.contains(from), "{from}");
        plan = plan.replacen(from, to, 1);
    }
    plan
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, plan: String| fs::write(dir.path().join(name), plan).unwrap();
    // Follow-up 2027-01-12 in every plan unless changed; judged on 2027-01-10.
    write("coming.ron", variant(&[("Vera Provsson", "Ada Kommande")]));
    write(
        "later.ron",
        variant(&[("Vera Provsson", "Bo Senare"), ("2027-01-12", "2027-06-01")]),
    );
    write(
        "overdue.ron",
        variant(&[
            ("Vera Provsson", "Cleo Försenad"),
            ("2027-01-12", "2026-12-01"),
        ]),
    );
    write(
        "closed.ron",
        variant(&[
            ("Vera Provsson", "Dan Avslutad"),
            (
                "follow_up: (date: \"2027-01-12\")",
                "follow_up: (date: \"2026-12-01\", closed: \"2026-12-01\")",
            ),
        ]),
    );
    write(
        "consent.ron",
        variant(&[
            ("Vera Provsson", "Eva Samtycke"),
            ("2027-01-12", "2027-06-01"),
            (
                "form: Written,",
                "form: Written,\n        valid_until: \"2027-03-01\",",
            ),
        ]),
    );
    write(
        "action.ron",
        variant(&[
            ("Vera Provsson", "Frej Insats"),
            ("2027-01-12", "2027-06-01"),
            // An insats's words can name the child: --mask leaves them out.
            ("\"Samtalskontakt\"", "\"Samtalskontakt med Frej\""),
            (
                "unit: \"BUP Exempelstad\")",
                "unit: \"BUP Exempelstad\", done_by: \"2026-12-20\", status: Ongoing)",
            ),
        ]),
    );
    write(
        "no-coordinator.ron",
        variant(&[
            ("Vera Provsson", "Gun Utan"),
            ("2027-01-12", "2027-06-01"),
            (
                "coordinator: (name: \"Mats Ek\")",
                "coordinator: (name: \" \")",
            ),
        ]),
    );
    dir
}

#[test]
fn lists_what_is_due_most_urgent_first_and_masks_the_number() {
    let dir = folder();
    let path = dir.path().display().to_string();
    let output = sipplan(&["due", &path, "--today", "2027-01-10"]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let order: Vec<&str> = [
        "Cleo Försenad",
        "Frej Insats",
        "Gun Utan",
        "Ada Kommande",
        "Eva Samtycke",
    ]
    .into_iter()
    .filter(|name| stdout.contains(name))
    .collect();
    assert_eq!(order.len(), 5, "{stdout}");
    let position = |name: &str| stdout.find(name).unwrap();
    for pair in order.windows(2) {
        assert!(
            position(pair[0]) < position(pair[1]),
            "{pair:?} in\n{stdout}"
        );
    }
    // Nothing due within 28 days, or closed: not listed.
    assert!(
        !stdout.contains("Bo Senare") && !stdout.contains("Dan Avslutad"),
        "{stdout}"
    );
    assert!(
        stdout.contains("uppföljningen skulle ha varit 2026-12-01 (40 dagar sedan)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("uppföljning 2027-01-12 (om 2 dagar)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("samtycket gäller till 2027-03-01, före uppföljningen"),
        "{stdout}"
    );
    assert!(
        stdout.contains("insats 2 (Samtalskontakt med Frej) skulle vara klar 2026-12-20"),
        "{stdout}"
    );
    assert!(stdout.contains("ingen samordnare namngiven"), "{stdout}");
    assert!(
        stdout.contains("20160903-XXXX") && !stdout.contains("9845"),
        "{stdout}"
    );
    assert!(
        stdout.contains("7 planer, 5 med något att göra"),
        "{stdout}"
    );
}

#[test]
fn mask_hides_the_names_and_csv_and_json_carry_each_thing_due() {
    let dir = folder();
    let path = dir.path().display().to_string();
    let output = sipplan(&[
        "due",
        &path,
        "--today",
        "2027-01-10",
        "--mask",
        "--format",
        "csv",
    ]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout.starts_with("file,child,id,kind,date,days,row,what\n"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("Cleo") && !stdout.contains("Frej") && !stdout.contains("9845"),
        "{stdout}"
    );
    // Plan files are often named after the child: only the first letter.
    assert!(!stdout.contains("overdue.ron"), "{stdout}");
    assert!(stdout.contains("/o….ron,"), "{stdout}");
    assert!(
        stdout.contains(",follow_up_overdue,2026-12-01,-40,,"),
        "{stdout}"
    );
    assert!(
        stdout.contains(",action_overdue,2026-12-20,-21,2,"),
        "{stdout}"
    );

    let output = sipplan(&["due", &path, "--today", "2027-01-10", "--format", "json"]);
    let (stdout, _) = text(&output);
    let lines: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(lines.as_array().unwrap().len(), 5);
    assert_eq!(lines[0]["child"], "Cleo Försenad");
    assert_eq!(lines[0]["items"][0]["kind"], "follow_up_overdue");
    assert_eq!(lines[0]["items"][0]["days"], -40);
}

#[test]
fn nothing_due_is_still_exit_0_and_an_unreadable_file_is_exit_2() {
    let quiet = tempfile::tempdir().unwrap();
    fs::write(quiet.path().join("plan.ron"), variant(&[])).unwrap();
    let quiet_path = quiet.path().display().to_string();
    let output = sipplan(&["due", &quiet_path, "--today", "2026-10-07"]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout,
        "1 plan, 0 med något att göra (uppföljningar inom 28 dagar)\n"
    );

    let dir = folder();
    let path = dir.path().display().to_string();

    fs::write(dir.path().join("broken.ron"), "(version: 1, child: (").unwrap();
    let output = sipplan(&["due", &path, "--today", "2027-01-10"]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stdout.contains("Cleo Försenad"),
        "the readable plans are still listed"
    );
    assert!(stderr.contains("broken.ron: kunde inte läsas"), "{stderr}");
}

/// `followup` writes `yusuf-v2.ron` beside `yusuf.ron`: the old revision's
/// follow-up date is no longer due, in `due` as in `check --today`, whether
/// the new one is filled in yet or not.
#[test]
fn a_revision_replaced_by_followup_is_not_reported_as_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("yusuf.ron");
    fs::copy(common::root().join("samples/full.ron"), &old).unwrap();
    let old = old.display().to_string();
    let output = sipplan(&["followup", &old]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let folder = dir.path().display().to_string();
    let (stdout, _) = text(&sipplan(&["due", "--today", "2027-03-01", &folder]));
    assert!(!stdout.contains("2027-01-19"), "{stdout}");
    assert!(stdout.contains("1 utelämnad: en äldre version"), "{stdout}");
    let (stdout, _) = text(&sipplan(&["check", "--today", "2027-03-01", &old]));
    assert!(!stdout.contains("SIP094"), "{stdout}");
    assert!(!stdout.contains("har passerat"), "{stdout}");
    // Without the new revision beside it, the same file is overdue.
    fs::remove_file(dir.path().join("yusuf-v2.ron")).unwrap();
    let (stdout, _) = text(&sipplan(&["due", "--today", "2027-03-01", &folder]));
    assert!(stdout.contains("2027-01-19"), "{stdout}");
    let (stdout, _) = text(&sipplan(&["check", "--today", "2027-03-01", &old]));
    assert!(stdout.contains("SIP094"), "{stdout}");
}
