//! Any bytes, as RON and as JSON: loading and checking never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sipplan::source::{Format, Source};

fuzz_target!(|data: &[u8]| {
    let Ok(template) = sipplan::template::default_template() else { return };
    for format in [Format::Ron, Format::Json] {
        if let Ok(source) = Source::from_bytes("fuzz", data, format) {
            let checked = sipplan::check(&source, &template);
            for d in &checked.diagnostics {
                if let Some(span) = &d.span {
                    let _ = source.line_col(span.start);
                }
            }
        }
    }
});
