//! Any bytes as a template's logo: decoding never panics, and a logo that is
//! accepted always prints (the worksheet carries the logo in its header).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sipplan::source::{Format, Source};
use sipplan::template::{self, Files};

/// Serves the fuzzer's bytes as the one logo file.
struct Logo<'a>(&'a [u8]);

impl Files for Logo<'_> {
    fn template(&self, name: &str, _: &Source) -> Result<Source, String> {
        Err(format!("`{name}` is not a built-in template"))
    }

    fn bytes(&self, _: &str, _: &Source) -> Result<Vec<u8>, String> {
        Ok(self.0.to_vec())
    }
}

const TEMPLATE: &str = r#"(id: "fuzz", name: "Fuzz", version: "1", extends: "sv", logo: "logo.png")"#;

fuzz_target!(|data: &[u8]| {
    let _ = sipplan::image::Image::from_bytes(data);
    let source = Source::from_text("fuzz.ron", TEMPLATE, Format::Ron);
    if let Ok(t) = template::load(&source, &Logo(data)) {
        let printed = sipplan::print_blank(&t, Default::default(), Some(0), None);
        assert!(printed.is_ok(), "an accepted logo did not print");
    }
});
