//! Any bytes as a template's logo: decoding never panics, and a logo that is
//! accepted always prints (the worksheet carries the logo in its header).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sipplan::message::Message;
use sipplan::source::{Format, Source};
use sipplan::template::{self, Files};

/// Serves the fuzzer's bytes as the one logo file.
struct Logo<'a>(&'a [u8]);

impl Files for Logo<'_> {
    fn template(&self, _: &str, _: &Source) -> Result<Source, Message> {
        Err(sipplan::msg!("io-not-found"))
    }

    fn bytes(&self, _: &str, _: &Source) -> Result<Vec<u8>, Message> {
        Ok(self.0.to_vec())
    }
}

const TEMPLATE: &str = r#"(id: "fuzz", name: "Fuzz", version: "1", plan_format: 1, extends: "sv", logo: "logo.png")"#;

fuzz_target!(|data: &[u8]| {
    let _ = sipplan::image::Image::from_bytes(data);
    let source = Source::from_text("fuzz.ron", TEMPLATE, Format::Ron);
    if let Ok(t) = template::load(&source, &Logo(data)) {
        let printed = sipplan::print_blank(&t, Default::default(), Some(0), None);
        assert!(printed.is_ok(), "an accepted logo did not print");
    }
});
