//! `sipplan check`, `new` and `schema` as a user runs them.

use crate::common;

use common::{files_in, load_plan, root, sipplan, text};

#[test]
fn every_sample_plan_passes_check() {
    let samples: Vec<String> = files_in("samples")
        .into_iter()
        .filter(|f| f.ends_with(".ron") || f.ends_with(".json"))
        .collect();
    assert!(samples.len() >= 4, "{samples:?}");
    for sample in samples {
        let output = sipplan(&["check", &sample]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(0), "{sample}\n{stdout}{stderr}");
        assert!(stdout.contains(&format!("{sample}: OK")), "{stdout}");
        assert!(!stdout.contains("] Fel:"), "{sample} has errors:\n{stdout}");
    }
}

#[test]
fn every_broken_plan_fails_with_its_located_and_explained_error() {
    let broken = files_in("tests/bad/plans");
    assert!(broken.len() >= 15);
    for file in broken {
        for (lang, prefix) in common::LANGUAGES {
            let (name, stdout) = common::assert_refused_in(lang, &["check"], &file);
            common::assert_snapshot("check", &format!("{prefix}{name}"), &stdout);
        }
    }
}

#[test]
fn the_starter_plan_fails_until_its_placeholders_are_filled_then_passes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ny.ron");
    let path_text = path.display().to_string();
    let output = sipplan(&["new", "-o", &path_text]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));

    let output = sipplan(&["check", &path_text]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    let placeholders = stdout.matches("[SIP107]").count();
    assert!(
        placeholders > 30,
        "only {placeholders} placeholders reported"
    );

    // Fill every placeholder the way a caseworker would.
    let mut plan = std::fs::read_to_string(&path).unwrap();
    let dates = [
        "2026-09-15", // document.date
        "2026-09-01", // consent.date
        "2027-09-01", // consent.valid_until
        "2026-09-15", // meeting.date
        "2026-09-20", // actions[0].start
        "2026-12-01", // actions[0].done_by
        "2027-01-15", // follow_up.date
    ];
    for date in dates {
        plan = plan.replacen("<YYYY-MM-DD>", date, 1);
    }
    plan = plan
        .replace("<YYYYMMDD-NNNN>", "20140517-9829")
        .replace("<e-post>", "namn@example.se")
        .replace("<telefon>", "070-123 45 67");
    for person in ["<namn>", "<namn på den som samtyckt>"] {
        plan = plan.replace(person, "Maria Exempel");
    }
    plan = plan.replace("<TT.MM>", "13.30");
    while let Some(start) = plan.find("\"<") {
        let end = start + plan[start..].find(">\"").unwrap() + 2;
        plan.replace_range(start..end, "\"Exempeltext\"");
    }
    std::fs::write(&path, plan).unwrap();
    let output = sipplan(&["check", &path_text]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, "mine").unwrap();
    let path_text = path.display().to_string();
    let output = sipplan(&["new", "-o", &path_text]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    let output = sipplan(&["new", "-o", &path_text, "--force"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("version: 1")
    );
}

#[test]
fn a_missing_file_or_a_folder_is_an_io_error_with_exit_code_2() {
    let output = sipplan(&["check", "samples/does-not-exist.ron"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("filen finns inte"));
    // An image cannot be read as a plan at all.
    let output = sipplan(&["check", "samples/templates/exempelkommun-logo.png"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("är en PNG-bild"));
}

#[test]
fn checking_several_files_reports_each_and_fails_if_any_is_invalid() {
    let output = sipplan(&[
        "check",
        "samples/minimal.ron",
        "tests/bad/plans/sip001-no-actions.ron",
    ]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout.contains("samples/minimal.ron: OK"));
    assert!(stdout.contains("sip001-no-actions.ron: inte giltig: 1 fel"));
    assert!(
        stdout.contains(
            "2 planer kontrollerade: 1 giltig, 1 inte giltig\n  tests/bad/plans/sip001-no-actions.ron"
        ),
        "{stdout}"
    );
}

#[test]
fn a_folder_without_plans_is_an_error_not_a_silent_success() {
    let dir = tempfile::tempdir().unwrap();
    let output = sipplan(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("inga planfiler"));
}

#[test]
fn checking_a_folder_checks_every_plan_in_it() {
    let output = sipplan(&["check", "samples"]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("8 planer kontrollerade: 8 giltiga, 0 inte giltiga"),
        "{stdout}"
    );
}

#[test]
fn json_output_lists_located_diagnostics_without_the_personnummer() {
    let output = sipplan(&[
        "check",
        "--format",
        "json",
        "tests/bad/plans/sip040-wrong-check-digit.ron",
        "samples/full.ron",
    ]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    let reports: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let first = &reports[0];
    assert_eq!(first["valid"], false);
    let d = &first["diagnostics"][0];
    assert_eq!(d["code"], "SIP040");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "child.id");
    assert_eq!(d["line"], 5);
    assert_eq!(d["column"], 40);
    assert!(d["hint"].as_str().unwrap().len() > 10);
    assert_eq!(reports[1]["valid"], true);
    assert!(!stdout.contains("9846"), "the number leaked: {stdout}");
}

#[test]
fn source_lines_in_messages_mask_the_personnummer() {
    let output = sipplan(&["check", "tests/bad/plans/sip040-wrong-check-digit.ron"]);
    let (stdout, _) = text(&output);
    assert!(stdout.contains("20160903-XXXX"), "{stdout}");
    assert!(!stdout.contains("9846"), "{stdout}");
}

#[test]
fn the_json_sample_is_the_same_plan_as_the_ron_sample() {
    let ron = serde_json::to_value(load_plan("samples/full.ron")).unwrap();
    let json = serde_json::to_value(load_plan("samples/full.json")).unwrap();
    assert_eq!(ron, json);
}

#[test]
fn the_committed_schemas_are_current() {
    for (file, generated, args) in [
        (
            "schemas/plan.schema.json",
            sipplan::schema::plan(),
            vec!["schema"],
        ),
        (
            "schemas/template.schema.json",
            sipplan::schema::template(),
            vec!["schema", "--template"],
        ),
    ] {
        let path = root().join(file);
        if std::env::var_os("SIPPLAN_UPDATE_SCHEMAS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{file} is out of date: run `SIPPLAN_UPDATE_SCHEMAS=1 cargo test` and commit it"
        );
        let output = sipplan(&args);
        assert_eq!(text(&output).0, generated);
    }
}

#[test]
fn a_word_document_pdf_or_image_given_as_a_plan_is_named_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, kind) in [
        (
            "plan.docx",
            &b"PK\x03\x04\x14\0\0\0[Content_Types].xml word/document.xml"[..],
            "ett Word-dokument",
        ),
        ("plan.ron", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "en PDF-fil"),
        (
            "plan.json",
            b"PK\x03\x04\x0A\0\0\0 plan.ron",
            "ett ZIP-arkiv",
        ),
        ("logo.ron", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "en PNG-bild"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = sipplan(&["check", path.to_str().unwrap()]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{name}: {stdout}{stderr}");
        assert!(
            stderr.contains(&format!(
                "är {kind}; sipplan läser planfiler skrivna som text"
            )),
            "{name}: {stderr}"
        );
        assert!(stderr.contains("sipplan new"), "{stderr}");
    }
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    use std::io::Read;
    // Far more output than a pipe holds, so sipplan is still writing when
    // the reader goes away, as with `sipplan check … | head`.
    let dir = tempfile::tempdir().unwrap();
    let bad =
        std::fs::read(common::root().join("tests/bad/plans/sip011-consent-after-meeting.ron"))
            .unwrap();
    for i in 0..300 {
        std::fs::write(dir.path().join(format!("plan-{i:03}.ron")), &bad).unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sipplan"))
        .args(["check", dir.path().to_str().unwrap()])
        .env("SIPPLAN_TODAY", "2026-11-25")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here, as `head` closes it.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(output.status.code(), Some(0));
}

/// Every object with a `name` and an `email` in a JSON value.
fn people_with_email(value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(name), Some(email)) = (
                map.get("name").and_then(|v| v.as_str()),
                map.get("email").and_then(|v| v.as_str()),
            ) {
                out.push((name.to_owned(), email.to_owned()));
            }
            map.values().for_each(|v| people_with_email(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| people_with_email(v, out)),
        _ => {}
    }
}

#[test]
fn the_samples_check_without_warnings_and_their_people_are_consistent() {
    // On the days around the samples' own dates, before any follow-up is
    // due: nothing depends on the computer's clock.
    for today in ["2026-09-01", "2026-11-26", "2027-01-01"] {
        let mut args = vec!["check", "--today", today];
        let files = files_in("samples");
        args.extend(files.iter().map(String::as_str));
        let output = sipplan(&args);
        let (stdout, _) = text(&output);
        assert_eq!(output.status.code(), Some(0), "{today}: {stdout}");
        assert!(!stdout.contains("] Varning:"), "{today}: {stdout}");
    }
    // Everyone's e-mail is their own: firstname.lastname@…
    let mut checked = 0;
    for sample in files_in("samples") {
        let plan = common::load_plan(&sample);
        let mut people = Vec::new();
        people_with_email(&serde_json::to_value(&plan).unwrap(), &mut people);
        checked += people.len();
        for (name, email) in people {
            let local = email.split('@').next().unwrap_or_default();
            let expected = name
                .to_lowercase()
                .replace(['å', 'ä'], "a")
                .replace('ö', "o")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(".");
            assert_eq!(local, expected, "{sample}: {name} has {email}");
        }
    }
    // The full sample alone has a guardian's and the coordinator's.
    assert!(
        checked >= 4,
        "only {checked} e-mail addresses in the samples"
    );
}

#[test]
fn messages_are_swedish_unless_the_user_asks_for_english() {
    let args = [
        "check",
        "samples/minimal.ron",
        "tests/bad/plans/sip001-no-actions.ron",
    ];
    let swedish = "2 planer kontrollerade: 1 giltig, 1 inte giltig";
    let english = "2 plans checked: 1 valid, 1 not valid";
    let stdout = |output: std::process::Output| text(&output).0;

    assert!(stdout(sipplan(&args)).contains(swedish));
    assert!(stdout(common::sipplan_in("en_GB.UTF-8", &args)).contains(english));
    assert!(stdout(common::sipplan_in("C.UTF-8", &args)).contains(swedish));
    // --lang wins over the environment, in either direction.
    let mut with = vec!["--lang", "en"];
    with.extend(args);
    assert!(stdout(sipplan(&with)).contains(english));
    with[1] = "sv";
    assert!(stdout(common::sipplan_in("en_US.UTF-8", &with)).contains(swedish));
    // LC_MESSAGES (and LC_ALL) come before LANG, as everywhere on Unix.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_sipplan"))
        .args(args)
        .current_dir(root())
        .env_remove("LC_ALL")
        .env("LANG", "sv_SE.UTF-8")
        .env("LC_MESSAGES", "en_GB.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(output).contains(english));

    // The codes are the same in both languages.
    let output = sipplan(&["check", "tests/bad/plans/sip001-no-actions.ron"]);
    assert!(text(&output).0.contains("[SIP001] Fel:"));
}

#[test]
fn help_and_refused_arguments_are_in_the_users_language() {
    let (help, _) = text(&sipplan(&["check", "--help"]));
    assert!(
        help.contains("Användning: sipplan check [VAL] <FILER>..."),
        "{help}"
    );
    assert!(help.contains("Kontrollera planfiler"), "{help}");
    assert!(
        !help.contains("[default:") && !help.contains("Usage"),
        "{help}"
    );
    let (help, _) = text(&common::sipplan_in("en_GB.UTF-8", &["check", "--help"]));
    assert!(
        help.contains("Usage: sipplan check [OPTIONS] <FILES>..."),
        "{help}"
    );
    // `sipplan help COMMAND` works as before.
    let (help, _) = text(&sipplan(&["help", "render"]));
    assert!(help.contains("Användning: sipplan render"), "{help}");

    let output = sipplan(&["render", "--frce", "samples/full.ron"]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("det finns inget val `--frce`; menade du `--force`?"),
        "{stderr}"
    );
    assert!(stderr.contains("Användning: sipplan render"), "{stderr}");

    let output = sipplan(&["--lang", "de", "check", "samples/full.ron"]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("skriv ett av: sv, en"), "{stderr}");
}

/// An unfinished plan: a placeholder, an insats without `responsible` and
/// a follow-up date written "19 januari". `check` reports all three in one
/// run, as the draft's list does, not only the placeholder.
#[test]
fn check_reports_every_problem_of_an_unfinished_plan_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yusuf.ron");
    let plan = std::fs::read_to_string(root().join("samples/full.ron")).unwrap();
    let plan = plan
        .replacen(
            "name: \"Elsa Exempeldotter\"",
            "name: \"<barnets namn>\"",
            1,
        )
        .replacen("            responsible: Kommun,\n", "", 1)
        .replacen("date: \"2027-01-19\"", "date: \"19 januari\"", 1);
    std::fs::write(&path, plan).unwrap();
    let output = sipplan(&["check", path.to_str().unwrap()]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    for code in ["[SIP107]", "[SIP104]", "[SIP105]"] {
        assert!(stdout.contains(code), "{code}: {stdout}");
    }
    assert!(stdout.contains("inte giltig: 3 fel"), "{stdout}");
}

/// A file saved with old Mac line ends (CR alone) or with Unicode's line
/// and paragraph separators reads as the same plan with ordinary ones,
/// not as one long comment ("the file is empty").
#[test]
fn a_plan_with_old_mac_or_unicode_line_ends_reads_as_with_ordinary_ones() {
    let minimal = std::fs::read_to_string(common::root().join("samples/minimal.ron")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (name, end) in [
        ("cr.ron", "\r"),
        ("ls.ron", "\u{2028}"),
        ("ps.ron", "\u{2029}"),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, minimal.replace('\n', end)).unwrap();
        let output = sipplan(&["check", file.to_str().unwrap()]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(0), "{name}: {stdout}{stderr}");
    }
    // An error is still placed on its line.
    let broken = minimal
        .replace("version: 1,", "version: 1")
        .replace('\n', "\r");
    let file = dir.path().join("broken.ron");
    std::fs::write(&file, broken).unwrap();
    let (stdout, _) = text(&sipplan(&["check", file.to_str().unwrap()]));
    assert!(stdout.contains("broken.ron:4:"), "{stdout}");
}
