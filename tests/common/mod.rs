//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every sample plan, each printed and followed up in the tests.
pub const SAMPLES: [&str; 6] = [
    "samples/minimal.ron",
    "samples/full.ron",
    "samples/full.json",
    "samples/samordningsnummer.ron",
    "samples/exempelkommun.ron",
    "samples/followed-up.ron",
];

/// Runs the built `sipplan` binary with `args` in the repository root, as
/// a Swedish user does (messages in Swedish).
pub fn sipplan(args: &[&str]) -> Output {
    sipplan_in("sv_SE.UTF-8", args)
}

/// Runs `sipplan` with the environment's language `lang` (`LANG`), e.g.
/// `en_GB.UTF-8` for English messages.
pub fn sipplan_in(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sipplan"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        // Fixed, so that "follow-up has passed" never depends on the calendar.
        .env("SIPPLAN_TODAY", "2026-11-25")
        .output()
        .expect("the sipplan binary runs")
}

/// The languages the snapshot tests run in: the environment's `LANG` and
/// the prefix of the snapshot's name (none for Swedish, the default).
pub const LANGUAGES: [(&str, &str); 2] = [("sv_SE.UTF-8", ""), ("en_GB.UTF-8", "en-")];

/// stdout and stderr as text.
pub fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Files in a folder of the repository, sorted, as paths relative to the root.
pub fn files_in(folder: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join(folder))
        .expect("folder exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            Path::new(folder)
                .join(p.file_name().expect("name"))
                .display()
                .to_string()
        })
        .collect();
    files.sort();
    files
}

/// The Luhn check digit over the nine digits `YYMMDDNNN` of a personnummer
/// or samordningsnummer, for making valid fictional numbers in tests.
pub fn luhn(nine: &str) -> u32 {
    let sum: u32 = nine
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).expect("a digit") * if i % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    (10 - sum % 10) % 10
}

/// Reads a plan from the repository through the library.
pub fn load_plan(path: &str) -> sipplan::plan::Plan {
    let text = std::fs::read_to_string(root().join(path)).expect("sample exists");
    let format = sipplan::source::Format::from_file_name(path);
    let source = sipplan::source::Source::from_text(path, &text, format);
    sipplan::load::parse_plan(&source).expect("sample loads")
}

/// The text of every page of a PDF, extracted with lopdf.
pub fn pdf_pages_text(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("a readable PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    pages
        .iter()
        .map(|&n| doc.extract_text(&[n]).expect("text extracts"))
        .collect()
}

/// Text without any white space (including no-break spaces) and without
/// the soft hyphens of words broken at a line end, for comparing values
/// that may wrap over lines.
pub fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{AD}')
        .collect()
}

/// Renders a plan in-process with the default template.
pub fn print(plan: &sipplan::plan::Plan, options: sipplan::render::Options) -> sipplan::Printed {
    let template = sipplan::template::default_template().expect("default template");
    sipplan::print_plan(plan, &template, options, Some(1_767_225_600)).expect("prints")
}

/// Runs `sipplan <args> <file>` on a file of the bad-input corpus and checks
/// what every bad input must give: exit code 1, no panic, the diagnostic code
/// its name starts with (`sip011-…` → `[SIP011]`), the file named in the
/// first line of the report, and a hint. Returns the file name and stdout,
/// for the snapshot.
pub fn assert_refused(args: &[&str], file: &str) -> (String, String) {
    assert_refused_in("sv_SE.UTF-8", args, file)
}

/// [`assert_refused`] with the environment's language `lang`.
pub fn assert_refused_in(lang: &str, args: &[&str], file: &str) -> (String, String) {
    let mut all = args.to_vec();
    all.push(file);
    let output = sipplan_in(lang, &all);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{file}\n{stdout}{stderr}");
    assert!(!stderr.contains("panicked"), "{file}: {stderr}");
    let name = file.rsplit('/').next().unwrap_or_default().to_owned();
    let code = name[..6].to_uppercase();
    assert!(
        stdout.contains(&format!("[{code}]")),
        "{file} lacks {code}:\n{stdout}"
    );
    let first = stdout.lines().next().unwrap_or_default();
    assert!(
        first.contains(&format!("{file}:")),
        "{file}: not named first\n{stdout}"
    );
    assert!(
        ["Help:", "help:", "Hjälp:", "hjälp:"]
            .iter()
            .any(|word| stdout.contains(word)),
        "{file}: no hint\n{stdout}"
    );
    (name, stdout)
}

/// A message in Swedish, the default language.
pub fn sv(message: &sipplan::message::Message) -> String {
    sipplan::message::Lang::Sv.text(message)
}

/// A message in English.
pub fn en(message: &sipplan::message::Message) -> String {
    sipplan::message::Lang::En.text(message)
}

/// Compares `value` with `tests/snapshots/{file}__{name}.snap`. The file's
/// name is the test file's, not the module path: all tests share one binary
/// (tests/main.rs), and the snapshots keep the names they had before.
pub fn assert_snapshot(file: &str, name: &str, value: &str) {
    let folder = root().join("tests/snapshots");
    insta::with_settings!({prepend_module_to_snapshot => false, snapshot_path => folder, omit_expression => true}, {
        insta::assert_snapshot!(format!("{file}__{name}"), value);
    });
}
