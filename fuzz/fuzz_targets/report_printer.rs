//! Any bytes as a plan, and diagnostics placed anywhere in it: the CLI's
//! report printer (its own source, included as it is) never panics, for
//! the text report and for `--format json`. A non-breaking space where a
//! syntax error was found once crashed it (ariadne, a span inside a
//! character).
#![no_main]

// The CLI's modules the printer uses, as siblings, as in `src/cli`.
#[allow(dead_code, unused_imports)]
#[path = "../../src/cli/error.rs"]
mod error;
#[allow(dead_code, unused_imports)]
#[path = "../../src/cli/exit.rs"]
mod exit;
#[allow(dead_code, unused_imports)]
#[path = "../../src/cli/language.rs"]
mod language;
#[allow(dead_code, unused_imports)]
#[path = "../../src/cli/report.rs"]
mod report;
#[allow(dead_code, unused_imports)]
#[path = "../../src/cli/terminal.rs"]
mod terminal;

use sipplan::diagnostic::{Code, Diagnostic, FieldPath};
use sipplan::source::{Format, Source};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(template) = sipplan::template::default_template() else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    for format in [Format::Ron, Format::Json] {
        let source = Source::from_text("fuzz.ron", &text, format);
        let mut diagnostics = sipplan::check(&source, &template).diagnostics;
        // Spans from the bytes themselves: anywhere, of any length,
        // inside a character or past the end.
        for pair in data.chunks(2).take(8) {
            let start = usize::from(pair[0]) * 7 % (data.len() + 3);
            let end = start + usize::from(*pair.get(1).unwrap_or(&0)) % 11;
            let mut d = Diagnostic::new(
                Code::Sip102,
                FieldPath::root(),
                sipplan::msg!("syntax-value"),
            );
            d.span = Some(start..end);
            diagnostics.push(d);
        }
        let mut out = Vec::new();
        let _ = report::write_text_report(&mut out, "fuzz.ron", Some(&source), &diagnostics);
        let json = report::FileReport::new("fuzz.ron", false, Some(&source), &diagnostics);
        let _ = serde_json::to_string(&json);
    }
});
