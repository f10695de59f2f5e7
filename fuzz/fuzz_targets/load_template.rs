//! Any bytes as a template file (extending the built-ins): never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sipplan::source::{Format, Source};
use sipplan::template::{self, NoFiles};

fuzz_target!(|data: &[u8]| {
    for format in [Format::Ron, Format::Json] {
        if let Ok(source) = Source::from_bytes("fuzz", data, format) {
            let _ = template::load(&source, &NoFiles);
        }
    }
});
