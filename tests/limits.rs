//! Inputs too large to keep in the repository, and things that are not
//! files: each gets a clear diagnostic and exit code, never a panic or an
//! out-of-memory.

use crate::common;

use common::{root, sipplan, text};

fn minimal() -> String {
    std::fs::read_to_string(root().join("samples/minimal.ron")).unwrap()
}

fn check_file(contents: &[u8], name: &str) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    let output = sipplan(&["check", path.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (output.status.code(), stdout, stderr)
}

#[test]
fn a_100_000_character_field_is_too_long() {
    let plan = minimal().replace("Kontaktperson två gånger i månaden", &"ord ".repeat(25_000));
    let (code, stdout, _) = check_file(plan.as_bytes(), "long.ron");
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("[SIP051]")
            && stdout.contains("100000 tecken, här får den vara högst 10000"),
        "{}",
        &stdout[..stdout.len().min(2000)]
    );
}

#[test]
fn ten_thousand_actions_are_refused_with_the_limit() {
    let rows = "        (what: \"Samtal\", responsible: Family),\n".repeat(10_000);
    let plan = minimal().replace("    actions: [\n", &format!("    actions: [\n{rows}"));
    let (code, stdout, _) = check_file(plan.as_bytes(), "many.ron");
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("[SIP056]") && stdout.contains("10002 rader; sipplan tar högst 200"),
        "{stdout}"
    );
}

#[test]
fn a_file_over_5_mb_is_refused_before_it_is_read() {
    let big = vec![b' '; 5 * 1024 * 1024 + 1];
    let (code, stdout, _) = check_file(&big, "big.ron");
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("[SIP101]") && stdout.contains("5120 kB"),
        "{stdout}"
    );
}

#[test]
fn a_device_is_not_a_plan_file() {
    let output = sipplan(&["check", "/dev/null"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("inte en vanlig fil"));
}

#[test]
fn a_logo_over_512_kb_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(600 * 1024, 0);
    std::fs::write(dir.path().join("logo.png"), png).unwrap();
    let template = dir.path().join("kommun.ron");
    std::fs::write(
        &template,
        "(id: \"k\", name: \"K\", plan_format: 1, extends: \"sv\", logo: \"logo.png\")",
    )
    .unwrap();
    let output = sipplan(&["template", "check", template.to_str().unwrap()]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout.contains("[SIP207]") && stdout.contains("600 kB; gränsen är 512 kB"),
        "{stdout}"
    );
}

/// A list past its limit is said once, alone, whatever its items would
/// each give (a guardian who has not consented, times ten thousand), and
/// the plan is printed neither as a plan nor as a draft: no PDF is left.
#[test]
fn a_list_past_its_limit_is_one_error_and_no_draft() {
    let rows =
        "        (name: \"Vårdnadshavare Exempelsson\", relation: \"mor\"),\n".repeat(10_000);
    let plan = minimal().replace("    guardians: [\n", &format!("    guardians: [\n{rows}"));
    let (code, stdout, _) = check_file(plan.as_bytes(), "many.ron");
    assert_eq!(code, Some(1));
    let said: Vec<&str> = stdout.lines().filter(|l| l.starts_with('[')).collect();
    let excerpt: String = stdout.chars().take(2000).collect();
    assert_eq!(said.len(), 1, "{excerpt}");
    assert!(said[0].starts_with("[SIP056]"), "{}", said[0]);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.ron");
    std::fs::write(&file, &plan).unwrap();
    let pdf = dir.path().join("many.pdf");
    let output = sipplan(&[
        "render",
        "--draft",
        file.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("inte heller som utkast"), "{stderr}");
    assert!(!pdf.exists());
}
