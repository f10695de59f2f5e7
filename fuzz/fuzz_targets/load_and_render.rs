//! Any bytes as a plan file, printed through the one entry point as the
//! CLI's `render --draft --mask --history --child-page` prints it: never a
//! panic, and what is made is a PDF.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sipplan::pipeline::Print;
use sipplan::render::Options;
use sipplan::source::{Format, Source};
use sipplan::template::{NoFiles, Resolver};
use sipplan::{Request, Task};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = Source::from_bytes("fuzz.ron", data, Format::Ron) else {
        return;
    };
    let templates = Resolver::new(&NoFiles, None);
    let options = Options {
        mask: true,
        history: true,
        child_page: true,
        ..Default::default()
    };
    let outcome = sipplan::run(&Request {
        source: Some(&source),
        templates: &templates,
        task: Task::Print(Print {
            drafts: true,
            options,
            ..Default::default()
        }),
        today: None,
        created: Some(0),
    });
    if let Some(printed) = outcome.made.as_ref().and_then(|m| m.printed()) {
        assert!(printed.pdf.starts_with(b"%PDF-"));
    }
});
