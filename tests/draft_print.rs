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
