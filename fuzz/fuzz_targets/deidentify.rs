//! Any text as a deviation's description against the full sample plan:
//! the de-identification check never panics, and whatever the text, with
//! the child's first name added (hidden behind a zero-width space, or
//! letter by letter) it is never let through.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sipplan::source::{Format, Source};

fuzz_target!(|data: &[u8]| {
    let source = Source::from_text("full.ron", include_str!("../../samples/full.ron"), Format::Ron);
    let Ok(plan) = sipplan::load::parse_plan(&source) else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    let _ = sipplan::deidentify::identifying(&plan, Some("Sara Berg"), &text);
    for added in ["Elsa", "E\u{200B}lsa", "E l s a", "ELSA"] {
        let named = format!("{text} {added} ");
        let found = sipplan::deidentify::identifying(&plan, None, &named);
        assert!(!found.is_empty(), "{named:?} let through");
    }
});
