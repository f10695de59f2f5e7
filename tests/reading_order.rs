//! What other PDF readers extract: a checkbox reads as ☒ or ☐ in the text
//! (a screen reader still hears "kryssad"), on Swedish and right-to-left
//! pages alike, and the "UTKAST" across a draft is drawn, not written, so
//! that no reader (poppler's `pdftotext`, MuPDF's `mutool`) extracts it.
//! `.ci/run` installs poppler-utils; without a reader its test says so and
//! passes.

use crate::common;

use std::process::Command;

use common::{load_plan, sipplan};
use sipplan::render::Options;
use sipplan::template::{NoFiles, by_name};

/// The text `reader` extracts from the PDF at `path`, or `None` when the
/// reader is not installed.
fn extracted(reader: &str, path: &std::path::Path) -> Option<String> {
    let path = path.to_str()?;
    let output = match reader {
        "pdftotext" => Command::new("pdftotext")
            .args(["-enc", "UTF-8", path, "-"])
            .output(),
        _ => Command::new("mutool")
            .args(["draw", "-q", "-F", "txt", "-o", "-", path])
            .output(),
    }
    .ok()?;
    assert!(output.status.success(), "{reader} failed");
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn written(pdf: &[u8], name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, pdf).unwrap();
    (dir, path)
}

#[test]
fn a_checkbox_reads_as_its_symbol_in_the_extracted_text() {
    let plan = load_plan("samples/arabic-names.ron");
    let swedish = by_name("sv", &NoFiles).unwrap();
    let arabic = by_name("ar", &NoFiles).unwrap();
    let printed =
        sipplan::print_plan_for_family(&plan, &swedish, &arabic, Options::default(), None).unwrap();
    let (_dir, path) = written(&printed.pdf, "plan.pdf");
    for reader in ["pdftotext", "mutool"] {
        let Some(text) = extracted(reader, &path) else {
            eprintln!("{reader} is not installed: checkboxes not read back");
            continue;
        };
        assert!(text.contains('☒') && text.contains('☐'), "{reader}: {text}");
        for spoken in [
            "kryssad",
            &arabic.labels.document.checked,
            &arabic.labels.document.unchecked,
        ] {
            let reversed: String = spoken.chars().rev().collect();
            assert!(
                !text.contains(spoken) && !text.contains(&reversed),
                "{reader} reads a checkbox as {spoken:?}"
            );
        }
    }
}

#[test]
fn the_draft_mark_is_seen_but_not_extracted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("utkast.pdf");
    let output = sipplan(&[
        "render",
        "-q",
        "--draft",
        "-o",
        path.to_str().unwrap(),
        "tests/bad/plans/sip001-no-actions.ron",
    ]);
    assert!(path.exists(), "{}", String::from_utf8_lossy(&output.stderr));
    for reader in ["pdftotext", "mutool"] {
        let Some(text) = extracted(reader, &path) else {
            eprintln!("{reader} is not installed: the draft mark not checked");
            continue;
        };
        assert!(text.contains("Samordnad individuell plan"), "{reader}");
        // The draft's own heading says "UTKAST – …"; the mark's letters
        // came out as lines of their own ("UT", "KA", "ST").
        let leaked: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|w| ["UTKAST", "UT", "KA", "ST", "U", "T", "K", "A", "S"].contains(w))
            .collect();
        assert!(leaked.is_empty(), "{reader} extracts {leaked:?}");
    }
}
