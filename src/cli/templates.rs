//! `sipplan template list | init | check` and `sipplan new`: the files a
//! template keeper and a caseworker start from.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use sipplan::msg;
use sipplan::template;

use super::args::OutputArgs;
use super::error::CliError;
use super::exit::INVALID;
use super::files::{FsFiles, write_atomically};
use super::language::t;
use super::read::read_or_report;
use super::report::print;
use super::report::write_template_errors;

/// The starter plan written by `sipplan new`.
const STARTER_PLAN: &str = include_str!("../starter.ron");

/// `sipplan new`: the starter plan, printed or written to `-o`.
pub(super) fn new_plan(output: &OutputArgs) -> Result<ExitCode, CliError> {
    write_or_print(STARTER_PLAN, output, "new-wrote")
}

/// `text` printed, or written to `-o` and said with the message `wrote`.
fn write_or_print(
    text: &str,
    output: &OutputArgs,
    wrote: &'static str,
) -> Result<ExitCode, CliError> {
    match &output.output {
        None => print(text),
        Some(path) => {
            write_atomically(path, text.as_bytes(), output.force)?;
            let file = sipplan::privacy::shown_path(path);
            say!(
                "sipplan: {}",
                t(sipplan::message::Message::new(wrote).arg("file", file))
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn list() -> Result<ExitCode, CliError> {
    let mut out = String::new();
    for id in template::builtin_ids() {
        let found =
            template::by_name(id, &FsFiles).map_err(|_| t(msg!("template-broken", id = id)))?;
        let about = msg!(
            "template-list-line",
            name = &found.name,
            language = &found.language,
            version = &found.version
        );
        out.push_str(&format!("{:<4} {}\n", found.id, t(about)));
    }
    print(&out)
}

pub(super) fn check(file: &Path) -> Result<ExitCode, CliError> {
    let name = sipplan::privacy::shown_path(file);
    let Some(source) = read_or_report(file)? else {
        return Ok(ExitCode::from(INVALID));
    };
    match template::load(&source, &FsFiles) {
        Ok(checked) => {
            let summary = msg!(
                "template-ok",
                name = &checked.name,
                sections = checked.sections.len(),
                custom = checked.custom_sections.len(),
                required = checked.required.len(),
                logo = if checked.logo.is_some() { "yes" } else { "no" }
            );
            print(&format!("{name}: {}\n", t(summary)))
        }
        Err(errors) => {
            write_template_errors(&errors)?;
            Ok(ExitCode::from(INVALID))
        }
    }
}

pub(super) fn init(from: &str, output: &OutputArgs) -> Result<ExitCode, CliError> {
    let base = match template::by_name(from, &FsFiles) {
        Ok(base) => base,
        Err(errors) => {
            write_template_errors(&errors)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    let text = template::starter(from, &base);
    write_or_print(&text, output, "template-init-wrote")
}
