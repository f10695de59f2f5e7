//! Any bytes that load as a plan are laid out and written as PDF without
//! panicking, also as a draft of an invalid plan.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sipplan::source::{Format, Source};
use sipplan::render::Options;

fuzz_target!(|data: &[u8]| {
    let Ok(template) = sipplan::template::default_template() else { return };
    let Ok(source) = Source::from_bytes("fuzz", data, Format::Ron) else { return };
    let checked = sipplan::check(&source, &template);
    if let Some(plan) = checked.plan {
        let options = Options { mask: true, draft: true, history: true };
        let printed = sipplan::print_plan(&plan, &template, options, Some(0)).expect("prints");
        assert!(printed.pdf.starts_with(b"%PDF-"));
    }
});
