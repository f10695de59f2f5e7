//! Hostile input and hostile moments: files that break the report printer,
//! interrupted and concurrent runs, outputs over inputs, and what the plan
//! file keeps when a deviation is recorded in it.

use crate::common;

use std::fs;
use std::path::Path;

use common::{root, sipplan, text};

fn minimal() -> String {
    fs::read_to_string(root().join("samples/minimal.ron")).unwrap()
}

fn arg(p: &Path) -> String {
    p.display().to_string()
}

#[test]
fn a_syntax_error_at_a_character_beyond_ascii_is_reported_not_crashed_on() {
    let dir = tempfile::tempdir().unwrap();
    let plan = minimal();
    let bad = [
        (
            "nbsp.ron",
            plan.replacen("version: 1", "version:\u{a0}1", 1),
        ),
        ("zwsp.ron", format!("\u{200b}{plan}")),
        ("bom.ron", format!("\u{feff}\u{feff}{plan}")),
    ];
    for (name, text_) in &bad {
        fs::write(dir.path().join(name), text_).unwrap();
    }
    for (name, _) in &bad {
        let output = sipplan(&["check", &arg(&dir.path().join(name))]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {stdout}{stderr}");
        assert!(!stderr.contains("internal error"), "{name}: {stderr}");
        assert!(stdout.contains("SIP"), "{name}: {stdout}");
    }
    // A batch with good plans beside them prints the good ones.
    fs::write(dir.path().join("good.ron"), &plan).unwrap();
    let out = dir.path().join("pdf");
    fs::create_dir(&out).unwrap();
    let output = sipplan(&["render", &arg(dir.path()), "-o", &arg(&out)]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert!(out.join("good.pdf").exists(), "{stdout}{stderr}");
}

/// Runs `sipplan` with `args` and sends it `signal` after `after_ms`; its exit code.
fn interrupted(args: &[&str], signal: i32, after_ms: u64) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sipplan"))
        .args(args)
        .current_dir(root())
        .env("LANG", "sv_SE.UTF-8")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(after_ms));
    let pid = i32::try_from(child.id()).unwrap();
    // SAFETY: a signal to the child started above.
    unsafe { libc::kill(pid, signal) };
    let status = child.wait().unwrap();
    status.code().or(status.signal().map(|s| 128 + s))
}

/// Files in `dir` that start with `.sipplan`, and PDFs that do not end.
fn left_behind(dir: &Path) -> Vec<String> {
    let mut bad = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(&path).unwrap();
        let whole = bytes.windows(5).rev().take(64).any(|w| w == b"%%EOF");
        if name.starts_with(".sipplan") || (name.ends_with(".pdf") && !whole) {
            bad.push(name);
        }
    }
    bad
}

fn batch(dir: &Path, plans: usize) -> (std::path::PathBuf, std::path::PathBuf) {
    let (input, output) = (dir.join("plans"), dir.join("pdf"));
    fs::create_dir(&input).unwrap();
    fs::create_dir(&output).unwrap();
    let plan = fs::read_to_string(root().join("samples/full.ron")).unwrap();
    for i in 0..plans {
        fs::write(input.join(format!("p{i:02}.ron")), &plan).unwrap();
    }
    (input, output)
}

#[test]
fn ctrl_c_and_sigterm_during_a_batch_leave_no_temporary_file_and_no_partial_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = batch(dir.path(), 12);
    let mut moment = 7u64;
    for trial in 0..20 {
        moment = (moment * 1103515245 + 12345) % 2_147_483_648;
        let after = 150 + moment % 1500;
        let signal = if trial % 2 == 0 {
            libc::SIGINT
        } else {
            libc::SIGTERM
        };
        let code = interrupted(
            &["render", &arg(&input), "-o", &arg(&output), "--force"],
            signal,
            after,
        );
        assert!(
            code == Some(0) || code == Some(128 + signal),
            "trial {trial}: exit {code:?}"
        );
        let bad = left_behind(&output);
        assert!(bad.is_empty(), "trial {trial} after {after} ms: {bad:?}");
    }
}

#[test]
fn the_next_run_removes_the_temporary_files_of_a_killed_run_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = batch(dir.path(), 2);
    // What kill -9 leaves: a process number that no process has.
    fs::write(output.join(".sipplan-999999999-aB3dE9"), b"%PDF-1.7 half").unwrap();
    // Not sipplan's: kept.
    fs::write(output.join(".sipplan-notes"), b"mine").unwrap();
    let output_ = sipplan(&["render", &arg(&input), "-o", &arg(&output)]);
    let (stdout, stderr) = text(&output_);
    assert_eq!(output_.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        !output.join(".sipplan-999999999-aB3dE9").exists(),
        "{stderr}"
    );
    assert!(output.join(".sipplan-notes").exists());
    assert!(stderr.contains("tog bort 1 tillfällig fil"), "{stderr}");
}

#[test]
fn kill_9_during_a_batch_leaves_only_what_the_next_run_removes() {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = batch(dir.path(), 12);
    for (trial, after) in [300u64, 700, 1100].into_iter().enumerate() {
        interrupted(
            &["render", &arg(&input), "-o", &arg(&output), "--force"],
            libc::SIGKILL,
            after,
        );
        let one = input.join("p00.ron");
        let pdf = output.join("p00.pdf");
        let again = sipplan(&["render", &arg(&one), "-o", &arg(&pdf), "--force"]);
        assert_eq!(again.status.code(), Some(0), "trial {trial}");
        let bad = left_behind(&output);
        assert!(bad.is_empty(), "trial {trial} after {after} ms: {bad:?}");
    }
}

/// `sipplan deviation <plan> --record` with `what` as the text, the PDF to `pdf`.
fn record_args(plan: &Path, pdf: &Path, what: &str) -> Vec<String> {
    [
        "deviation",
        &arg(plan),
        "--insats",
        "1",
        "--what",
        what,
        "--date",
        "2026-12-20",
        "--reporter",
        "Anna Svensson",
        "--record",
        "--force",
        "-o",
        &arg(pdf),
    ]
    .map(str::to_owned)
    .to_vec()
}

fn record(plan: &Path, pdf: &Path, what: &str) -> std::process::Output {
    let args = record_args(plan, pdf, what);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    sipplan(&args)
}

fn plan_copy(dir: &Path) -> std::path::PathBuf {
    let plan = dir.join("plan.ron");
    fs::copy(root().join("samples/full.ron"), &plan).unwrap();
    plan
}

#[test]
fn two_deviations_recorded_at_once_are_both_kept() {
    for trial in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_copy(dir.path());
        let runs: Vec<_> = (0..2)
            .map(|i| {
                let plan = plan.clone();
                let pdf = dir.path().join(format!("a{i}.pdf"));
                // Two different deviations (two insatser): the same one
                // recorded twice is kept once on purpose.
                std::thread::spawn(move || {
                    let mut args = record_args(
                        &plan,
                        &pdf,
                        &format!("Insatsen har inte börjat (körning {i})."),
                    );
                    args[3] = (i + 1).to_string();
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    sipplan(&args)
                })
            })
            .collect();
        for run in runs {
            let output = run.join().unwrap();
            let (stdout, stderr) = text(&output);
            assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
        }
        let after = fs::read_to_string(&plan).unwrap();
        for i in 0..2 {
            assert!(
                after.contains(&format!("(körning {i})")),
                "trial {trial}: deviation {i} lost"
            );
        }
        assert!(left_behind(dir.path()).is_empty());
    }
}

#[cfg(unix)]
#[test]
fn recording_keeps_the_plans_permissions_and_owner() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_copy(dir.path());
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o600)).unwrap();
    let output = record(&plan, &dir.path().join("a.pdf"), "Ingen kom till mötet.");
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let meta = fs::metadata(&plan).unwrap();
    assert_eq!(meta.mode() & 0o777, 0o600);
    assert!(fs::read_to_string(&plan).unwrap().contains("Ingen kom"));
    // As root, a plan of another user stays that user's.
    // SAFETY: reads the process's user id.
    if unsafe { libc::geteuid() } == 0 {
        fs::set_permissions(&plan, fs::Permissions::from_mode(0o640)).unwrap();
        std::os::unix::fs::chown(&plan, Some(4321), Some(4321)).unwrap();
        let output = record(&plan, &dir.path().join("b.pdf"), "Ingen svarade.");
        assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
        let meta = fs::metadata(&plan).unwrap();
        assert_eq!(
            (meta.mode() & 0o777, meta.uid(), meta.gid()),
            (0o640, 4321, 4321)
        );
    }
}

#[cfg(unix)]
#[test]
fn recording_through_a_link_updates_the_real_plan_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_copy(dir.path());
    let link = dir.path().join("länk.ron");
    std::os::unix::fs::symlink(&plan, &link).unwrap();
    let output = record(&link, &dir.path().join("a.pdf"), "Ingen kom till mötet.");
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&plan).unwrap().contains("Ingen kom"));
    assert!(stderr.contains("länken"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_hard_linked_plan_is_not_split_by_recording() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_copy(dir.path());
    let other = dir.path().join("samma.ron");
    fs::hard_link(&plan, &other).unwrap();
    let before = fs::read_to_string(&plan).unwrap();
    let output = record(&plan, &dir.path().join("a.pdf"), "Ingen kom till mötet.");
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("hårda länkar"), "{stderr}");
    assert_eq!(fs::read_to_string(&other).unwrap(), before);
    assert_eq!(fs::read_to_string(&plan).unwrap(), before);
}

#[test]
fn an_output_that_is_one_of_the_inputs_is_refused_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    std::fs::copy(root().join("samples/full.ron"), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let plan = arg(&plan);
    for args in [
        vec!["render", &plan, "-o", &plan, "--force"],
        vec!["render", &plan, "-o", &plan],
        vec!["invitation", &plan, "-o", &plan, "--force"],
        vec![
            "deviation",
            &plan,
            "--insats",
            "1",
            "--what",
            "Ingen har hört av sig.",
            "--date",
            "2026-12-20",
            "--reporter",
            "Åsa Lindqvist",
            "-o",
            &plan,
            "--force",
        ],
    ] {
        let output = sipplan(&args);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stdout}{stderr}");
        // Without --force the file that exists is refused first.
        let words = if args.contains(&"--force") {
            "är en av filerna som lästes"
        } else {
            "finns redan"
        };
        assert!(stderr.contains(words), "{args:?}: {stderr}");
        assert_eq!(std::fs::read(dir.path().join("plan.ron")).unwrap(), before);
    }
}

#[test]
fn a_file_that_says_it_is_empty_but_is_endless_is_read_only_to_the_limit() {
    // /proc/self/pagemap reports size 0 and would be gigabytes if read whole.
    if !std::path::Path::new("/proc/self/pagemap").exists() {
        return;
    }
    let output = sipplan(&["check", "/proc/self/pagemap"]);
    let (stdout, stderr) = text(&output);
    assert_ne!(output.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        !stderr.contains("internal error") && !stdout.contains("internal error"),
        "{stdout}{stderr}"
    );
}

#[test]
fn a_deviation_that_would_break_the_plan_is_neither_printed_nor_kept() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    std::fs::copy(root().join("samples/full.ron"), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let long = "a".repeat(20_000);
    for (what, reporter, said) in [
        ("", "Åsa Lindqvist", "beskrivningen (--what): texten är tom"),
        (
            "Ingen har hört av sig.",
            "",
            "vem som rapporterar (--reporter): texten är tom",
        ),
        (
            long.as_str(),
            "Åsa Lindqvist",
            "beskrivningen (--what): texten är för lång",
        ),
    ] {
        let plan = arg(&plan);
        let output = sipplan(&[
            "deviation",
            &plan,
            "--insats",
            "1",
            "--what",
            what,
            "--date",
            "2026-12-20",
            "--reporter",
            reporter,
            "--record",
        ]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
        assert!(stderr.contains(said), "{stderr}");
    }
    assert_eq!(std::fs::read(&plan).unwrap(), before);
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "only the plan: {files:?}");
}

#[test]
fn a_personnummer_outside_the_childs_field_is_masked_in_every_excerpt_and_message() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read_to_string(root().join("samples/minimal.ron")).unwrap();
    for (name, broken) in [
        // A typo in `child`: the line with the number is shown as it was.
        ("typo.ron", plan.replace("    child: (", "    chil: (")),
        // A personnummer typed into a date field.
        (
            "date.ron",
            plan.replace(
                r#"document: (date: "2026-10-06")"#,
                r#"document: (date: "20160903-9845")"#,
            ),
        ),
    ] {
        assert_ne!(broken, plan, "{name}");
        let file = dir.path().join(name);
        std::fs::write(&file, broken).unwrap();
        for format in ["text", "json"] {
            let output = sipplan(&["check", &arg(&file), "--format", format]);
            let (stdout, stderr) = text(&output);
            assert_ne!(output.status.code(), Some(0), "{name}: {stdout}");
            let all = stdout + &stderr;
            assert!(!all.contains("9845"), "{name} {format}: {all}");
        }
    }
}

/// Terminal escape sequences typed or pasted into a plan (a window title,
/// a screen clear) reach no terminal: `check`, `due`, `diff` and `template
/// check` show each control character as `?`.
#[test]
fn control_characters_in_a_plan_or_template_are_shown_not_sent_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let title = "\u{1b}]0;HACKAD\u{7}";
    let clear = "\u{1b}[2J\u{9b}2J";
    let hostile = minimal()
        .replace(
            "\"Kontaktperson två gånger i månaden\"",
            &format!("\"Kontaktperson{title} två gånger i månaden\", done_by: \"2026-11-01\""),
        )
        .replace("\"BUP Exempelstad\"", &format!("\"BUP{clear}\""));
    let plan = dir.path().join("plan.ron");
    fs::write(&plan, &hostile).unwrap();
    let v2 = dir.path().join("plan-v2.ron");
    fs::write(
        &v2,
        hostile.replace("Samtalskontakt", &format!("Samtal{clear}")),
    )
    .unwrap();
    let broken = dir.path().join("trasig.ron");
    fs::write(&broken, hostile.replace("done_by:", "done_bye:")).unwrap();
    let template = dir.path().join("mall.ron");
    fs::write(
        &template,
        format!("(\n    id: \"k\",\n    name: \"K{title}\", lablar: 1,\n    plan_format: 1,\n    extends: \"sv\",\n)\n"),
    )
    .unwrap();
    let runs: [&[&str]; 5] = [
        &["check", &arg(&plan)],
        &["check", &arg(&broken)],
        &["due", &arg(&plan), "--today", "2027-03-01"],
        &["diff", &arg(&plan), &arg(&v2)],
        &["template", "check", &arg(&template)],
    ];
    for args in runs {
        let output = sipplan(args);
        let (stdout, stderr) = text(&output);
        assert!(output.status.code().is_some(), "{args:?}");
        for shown in [&stdout, &stderr] {
            assert!(
                !shown.contains(['\u{1b}', '\u{7}', '\u{9b}']),
                "{args:?}: {shown:?}"
            );
        }
    }
    let (stdout, _) = text(&sipplan(&["check", &arg(&broken)]));
    assert!(stdout.contains("Kontaktperson?]0;HACKAD?"), "{stdout}");
}
