//! `sipplan deviation`: the full report for local handling, and the
//! de-identified copy for the BUS secretariat, checked against every name,
//! number and birth date of its plan.

use crate::common;

use common::{load_plan, pdf_pages_text, sipplan, squeeze, text};

fn report(args: &[&str]) -> (Option<i32>, String, Option<String>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("avvikelse.pdf");
    let out_text = out.display().to_string();
    let mut all = vec!["deviation", "samples/full.ron"];
    all.extend(args);
    all.extend(["-o", &out_text]);
    let output = sipplan(&all);
    let (stdout, stderr) = text(&output);
    let pdf = std::fs::read(&out)
        .ok()
        .map(|pdf| pdf_pages_text(&pdf).concat());
    (output.status.code(), stdout + &stderr, pdf)
}

const ABOUT_INSATS_1: [&str; 8] = [
    "--insats",
    "1",
    "--what",
    "Utredningen har inte börjat och ingen har svarat på två påminnelser.",
    "--date",
    "2026-12-20",
    "--reporter",
    "Anna Svensson",
];

#[test]
fn the_full_report_names_the_child_the_insats_and_the_reporter() {
    let (code, said, pdf) = report(&ABOUT_INSATS_1);
    assert_eq!(code, Some(0), "{said}");
    let pdf = squeeze(&pdf.unwrap());
    for expected in [
        "Avvikelse i samverkan",
        "Barn: Elsa Exempeldotter",
        "Personnummer: 20140517-9829",
        "Rapporterad av: Anna Svensson",
        "Datum för händelsen: 2026-12-20",
        "Gäller: Insats 1 i planen: Neuropsykiatrisk utredning",
        "Part som inte fullföljde sin del: Region, BUP Exempelstad, Karin Lund",
        "Vad hände: Utredningen har inte börjat",
        "Svar från den part som avvikelsen gäller",
        "Orsak:",
        "Besvarat av:",
    ] {
        assert!(pdf.contains(&squeeze(expected)), "{expected} in {pdf}");
    }
}

#[test]
fn the_deidentified_copy_holds_no_name_number_or_birth_date_of_the_plan() {
    let mut args = ABOUT_INSATS_1.to_vec();
    args.extend(["--deidentified", "--confirmed"]);
    let (code, said, pdf) = report(&args);
    assert_eq!(code, Some(0), "{said}");
    let pdf = pdf.unwrap();
    let flat = squeeze(&pdf).to_lowercase();
    let plan = load_plan("samples/full.ron");
    for name in sipplan::deidentify::names(&plan) {
        for part in name
            .split(|c: char| !c.is_alphabetic())
            .filter(|p| p.chars().count() >= 3)
        {
            assert!(
                !flat.contains(&part.to_lowercase()),
                "{part} (of {name}) in the copy"
            );
        }
    }
    for number in [
        "201405179829",
        "20140517-9829",
        "140517",
        "2014-05-17",
        "9829",
    ] {
        assert!(!flat.contains(number), "{number} in the copy");
    }
    assert!(flat.contains(&squeeze("Avidentifierad kopia till BUS-kansliet").to_lowercase()));
    assert!(flat.contains(&squeeze("Rapportören har läst beskrivningen").to_lowercase()));
    assert!(flat.contains(&squeeze("Region, BUP Exempelstad").to_lowercase()));
}

#[test]
fn a_description_that_names_someone_or_is_not_confirmed_gives_no_copy() {
    let (code, said, pdf) = report(&[
        "--event",
        "party-absent",
        "--what",
        "Elsas pappa Johan väntade men skolan kom inte.",
        "--date",
        "2026-12-20",
        "--reporter",
        "Anna Svensson",
        "--deidentified",
        "--confirmed",
    ]);
    assert_eq!(code, Some(1));
    assert!(pdf.is_none(), "nothing is written");
    assert!(said.contains("elsa") && said.contains("johan"), "{said}");

    let mut args = ABOUT_INSATS_1.to_vec();
    args.push("--deidentified");
    let (code, said, pdf) = report(&args);
    assert_eq!(code, Some(1));
    assert!(pdf.is_none());
    assert!(said.contains("--confirmed"), "{said}");
}

#[test]
fn an_event_and_an_insats_that_is_not_in_the_plan() {
    let (code, said, pdf) = report(&[
        "--event",
        "meeting-not-held",
        "--what",
        "Mötet sköts upp tre gånger.",
        "--date",
        "2026-12-20",
        "--reporter",
        "Anna Svensson",
    ]);
    assert_eq!(code, Some(0), "{said}");
    assert!(squeeze(&pdf.unwrap()).contains(&squeeze(
        "Gäller: SIP-mötet hölls inte inom överenskommen tid"
    )));

    let mut args = ABOUT_INSATS_1.to_vec();
    args[1] = "99";
    let (code, said, pdf) = report(&args);
    assert_eq!(code, Some(1));
    assert!(pdf.is_none());
    assert!(
        said.contains("planen har ingen insats 99: den har 7"),
        "{said}"
    );
}

/// Runs `sipplan deviation` on a copy of `sample` with --record; returns
/// the exit code, what was said and the plan file's text after.
fn record(dir: &std::path::Path, file: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let plan = dir.join(file);
    let out = dir.join("avvikelse.pdf");
    let (plan_text, out_text) = (plan.display().to_string(), out.display().to_string());
    let mut all = vec!["deviation", &plan_text];
    all.extend(args);
    all.extend(["--record", "--force", "-o", &out_text]);
    let output = sipplan(&all);
    let (stdout, stderr) = text(&output);
    let after = std::fs::read_to_string(&plan).unwrap();
    (output.status.code(), stdout + &stderr, after)
}

#[test]
fn a_recorded_deviation_is_added_to_the_plan_file_once_with_its_party() {
    for sample in ["full.ron", "full.json"] {
        let dir = tempfile::tempdir().unwrap();
        let original = std::fs::read_to_string(format!("samples/{sample}")).unwrap();
        std::fs::write(dir.path().join(sample), &original).unwrap();

        let (code, said, after) = record(dir.path(), sample, &ABOUT_INSATS_1);
        assert_eq!(code, Some(0), "{said}");
        assert!(said.contains("sparade avvikelsen i"), "{said}");
        // Everything written before stays as it was, comments too.
        let kept = original.trim_end().trim_end_matches([')', '}']).trim_end();
        let kept = kept.trim_end_matches(',');
        assert!(after.starts_with(kept), "{sample}: the text before changed");
        let plan = load_plan(dir.path().join(sample).to_str().unwrap());
        assert_eq!(plan.deviations.len(), 1);
        let recorded = &plan.deviations[0];
        assert_eq!(recorded.date.to_string(), "2026-12-20");
        assert_eq!(recorded.about, sipplan::plan::About::Insats(1));
        assert_eq!(
            recorded.party,
            Some(sipplan::plan::Party::Region),
            "the party of insats 1, written out"
        );
        assert_eq!(recorded.reporter.as_str(), "Anna Svensson");

        // The de-identified copy of the same deviation: not added again.
        let mut copy = ABOUT_INSATS_1.to_vec();
        copy.extend(["--deidentified", "--confirmed"]);
        let (code, said, again) = record(dir.path(), sample, &copy);
        assert_eq!(code, Some(0), "{said}");
        assert!(said.contains("avvikelsen finns redan"), "{said}");
        assert_eq!(again, after);

        // Its description reworded so that it names no one: still the same.
        let mut reworded = ABOUT_INSATS_1.to_vec();
        reworded[3] = "Utredningen har inte börjat; två påminnelser är obesvarade.";
        reworded.extend(["--deidentified", "--confirmed"]);
        let (code, said, again) = record(dir.path(), sample, &reworded);
        assert_eq!(code, Some(0), "{said}");
        assert!(said.contains("avvikelsen finns redan"), "{said}");
        assert_eq!(again, after);

        // A second deviation goes last.
        let (code, said, after) = record(
            dir.path(),
            sample,
            &[
                "--event",
                "party-absent",
                "--party",
                "kommun",
                "--what",
                "Skolan kom inte.",
                "--date",
                "2027-01-10",
                "--reporter",
                "Anna Svensson",
            ],
        );
        assert_eq!(code, Some(0), "{said}");
        let plan = load_plan(dir.path().join(sample).to_str().unwrap());
        assert_eq!(plan.deviations.len(), 2, "{after}");
        assert_eq!(
            plan.deviations[1].about,
            sipplan::plan::About::Event(sipplan::plan::Event::PartyAbsent)
        );
        assert_eq!(plan.deviations[1].party, Some(sipplan::plan::Party::Kommun));
        let checked = sipplan(&["check", dir.path().join(sample).to_str().unwrap()]);
        assert!(checked.status.success(), "{:?}", text(&checked));
    }
}

#[test]
fn a_recorded_deviation_about_a_row_the_plan_lacks_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string("samples/minimal.ron").unwrap();
    let (body, _) = original.rsplit_once(')').unwrap();
    let plan = format!(
        "{body}    deviations: [(date: \"2026-11-01\", about: Insats(5), what: \"Inget hände.\", reporter: \"Mats Ek\")],\n)\n"
    );
    let path = dir.path().join("p.ron");
    std::fs::write(&path, plan).unwrap();
    let output = sipplan(&["check", path.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    let said = stdout + &stderr;
    assert!(output.status.success(), "a warning: {said}");
    assert!(said.contains("SIP023"), "{said}");
    assert!(
        said.contains("avvikelsen gäller insats 5, men planen har 2 insatser"),
        "{said}"
    );
}

#[test]
fn a_deviation_goes_into_an_empty_list_in_the_files_own_layout() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string("samples/minimal.ron").unwrap();
    let (body, _) = original.rsplit_once(')').unwrap();
    std::fs::write(
        dir.path().join("p.ron"),
        format!("{body}    deviations: [],\n)\n"),
    )
    .unwrap();
    let (code, said, after) = record(
        dir.path(),
        "p.ron",
        &[
            "--event",
            "other",
            "--what",
            "Ingen kom.",
            "--date",
            "2026-11-01",
            "--reporter",
            "Mats Ek",
        ],
    );
    assert_eq!(code, Some(0), "{said}");
    assert!(
        after.ends_with(
            "    deviations: [
        (
            date: \"2026-11-01\",
            about: Event(Other),
            what: \"Ingen kom.\",
            reporter: \"Mats Ek\",
        ),
    ],
)
"
        ),
        "{after}"
    );
}

/// An insats's unit is printed on the copy only when it names no one of
/// the plan ("psykolog Karin Lund" is left out; the huvudman stays), and
/// the reporter's own name in the description keeps the copy back.
#[test]
fn the_deidentified_copy_leaves_out_a_unit_that_names_someone() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    let full = std::fs::read_to_string(common::root().join("samples/full.ron")).unwrap();
    assert!(full.contains("unit: \"BUP Exempelstad\""));
    let named = full.replacen(
        "unit: \"BUP Exempelstad\"",
        "unit: \"psykolog Karin Lund\"",
        1,
    );
    std::fs::write(&plan, named).unwrap();
    let pdf = dir.path().join("kopia.pdf");
    let mut args = vec!["deviation", plan.to_str().unwrap()];
    args.extend(ABOUT_INSATS_1);
    args.extend(["--deidentified", "--confirmed", "-o", pdf.to_str().unwrap()]);
    let output = sipplan(&args);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    let copy = squeeze(&pdf_pages_text(&std::fs::read(&pdf).unwrap()).concat());
    assert!(!copy.contains("Karin"), "{copy}");
    assert!(
        copy.contains(&squeeze("Part som inte fullföljde sin del: Region")),
        "{copy}"
    );

    let mut args = vec!["deviation", plan.to_str().unwrap()];
    let what = "Jag, Anna Svensson, väntade en timme.";
    args.extend(["--insats", "1", "--what", what, "--date", "2026-12-20"]);
    args.extend([
        "--reporter",
        "Anna Svensson",
        "--deidentified",
        "--confirmed",
    ]);
    let other = dir.path().join("annan.pdf");
    args.extend(["-o", other.to_str().unwrap()]);
    let output = sipplan(&args);
    assert_ne!(output.status.code(), Some(0));
    assert!(!other.exists());
}
