//! What a draft and the child's page print where the plan has no value yet,
//! and how the child's page writes its day (issue 27).

use crate::common;

use common::{pdf_pages_text, sipplan, squeeze, text};

/// The starter plan from `sipplan new`, printed with `args`.
fn starter_printed(args: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ny.ron");
    let out = dir.path().join("utkast.pdf");
    let (plan, out) = (plan.display().to_string(), out.display().to_string());
    assert!(sipplan(&["new", "-o", &plan]).status.success());
    let mut all = vec!["render", "--draft", plan.as_str(), "-o", out.as_str()];
    all.extend(args);
    let output = sipplan(&all);
    assert!(output.status.code().is_some(), "{:?}", text(&output));
    pdf_pages_text(&std::fs::read(&out).unwrap())
}

#[test]
fn a_draft_s_header_and_footer_print_no_label_or_separator_without_its_value() {
    let pages = starter_printed(&[]);
    for page in &pages {
        let squeezed = squeeze(page);
        for orphan in [
            "Barn:Personnummer:",
            "Personnummer:Upprättad:",
            "Upprättad:Version:",
            "··",
            "Upprättad·",
            "mellan:,",
        ] {
            assert!(!squeezed.contains(orphan), "{orphan} in {page}");
        }
        assert!(squeezed.contains("Version:1"), "{page}");
        assert!(
            squeezed.contains("Version1"),
            "the footer keeps the version: {page}"
        );
        assert!(
            !page.lines().any(|l| l.trim_start().starts_with('·')),
            "{page}"
        );
    }
}

#[test]
fn the_child_s_page_writes_the_next_meeting_as_a_child_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let out_text = out.display().to_string();
    let output = sipplan(&[
        "render",
        "samples/full.ron",
        "--child-page",
        "-o",
        &out_text,
    ]);
    assert!(output.status.success(), "{:?}", text(&output));
    let pages = pdf_pages_text(&std::fs::read(&out).unwrap());
    let child_page = pages
        .iter()
        .find(|p| p.contains("Min plan"))
        .expect("the child's page");
    let squeezed = squeeze(child_page);
    assert!(
        squeezed.contains(&squeeze("Vi träffas igen tisdag den 19 januari och pratar")),
        "{child_page}"
    );
    assert!(!squeezed.contains("igen2027-01-19"), "{child_page}");
}
