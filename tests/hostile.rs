//! Hostile input and hostile moments: files that break the report printer,
//! interrupted and concurrent runs, outputs over inputs, and what the plan
//! file keeps when a deviation is recorded in it.

mod common;

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
        ("nbsp.ron", plan.replacen("version: 1", "version:\u{a0}1", 1)),
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
