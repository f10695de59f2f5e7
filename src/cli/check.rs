//! `sipplan check`: every problem in each plan file, located, then a
//! summary; or the same findings as JSON for other programs.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use sipplan::diagnostic::{Diagnostic, FieldPath};
use sipplan::msg;
use sipplan::source::Source;
use sipplan::template::Resolver;

use super::args::OutputFormat;
use super::error::CliError;
use super::exit::{INVALID, IO_ERROR};
use super::files::{FsFiles, ReadError, plan_files, read_source};
use super::language::t;
use super::report::{FileReport, write_template_errors, write_text_report};

/// What checking one file found.
enum Finding {
    /// The file could not be read at all; the reason, in words.
    Unreadable(String),
    /// The file was checked (or is not text sipplan reads, `source: None`).
    Checked {
        valid: bool,
        source: Option<Source>,
        diagnostics: Vec<Diagnostic>,
    },
}

pub(super) fn check(
    files: &[PathBuf],
    format: OutputFormat,
    template: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<ExitCode, CliError> {
    let files = plan_files(files)?;
    if files.is_empty() {
        return Err(t(msg!("no-plan-files")).into());
    }
    let templates = Resolver::new(&FsFiles, template);
    let replaced = super::revisions::replaced_files(&files);
    let mut out = io::stdout().lock();
    let (mut worst, mut reports) = (0, Vec::new());
    let (mut valid_count, mut invalid, mut unreadable) = (0, Vec::new(), Vec::new());
    for (path, replaced) in files.iter().zip(replaced) {
        let name = sipplan::privacy::shown_path(path);
        // A revision that a newer one replaced is not judged by today.
        let today = (!replaced).then_some(today);
        match check_file(path, &templates, today, format)? {
            Finding::Unreadable(why) => {
                worst = worst.max(IO_ERROR);
                match format {
                    OutputFormat::Text => say!("sipplan: {why}"),
                    OutputFormat::Json => reports.push(FileReport::failed(&name, why)),
                }
                unreadable.push(name);
            }
            Finding::Checked {
                valid,
                source,
                diagnostics,
            } => {
                match format {
                    OutputFormat::Text => {
                        write_text_report(&mut out, &name, source.as_ref(), &diagnostics)?
                    }
                    OutputFormat::Json => {
                        reports.push(FileReport::new(&name, valid, source.as_ref(), &diagnostics))
                    }
                }
                if valid {
                    valid_count += 1;
                } else {
                    worst = worst.max(INVALID);
                    invalid.push(name);
                }
            }
        }
    }
    if format == OutputFormat::Json {
        let text = serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?;
        writeln!(out, "{text}")?;
    } else if files.len() > 1 {
        let summary = msg!(
            "check-summary",
            plans = files.len(),
            valid = valid_count,
            invalid = invalid.len(),
            unreadable = unreadable.len()
        );
        writeln!(out, "\n{}", t(summary))?;
        for name in invalid.iter().chain(&unreadable) {
            writeln!(out, "  {name}")?;
        }
    }
    Ok(ExitCode::from(worst))
}

/// Reads and checks one plan through the library. A template with errors
/// is reported (in text) and makes the plan not valid.
fn check_file(
    path: &std::path::Path,
    templates: &Resolver,
    today: Option<chrono::NaiveDate>,
    format: OutputFormat,
) -> Result<Finding, CliError> {
    let source = match read_source(path) {
        Ok(source) => source,
        Err(ReadError::Unreadable(why)) => return Ok(Finding::Unreadable(t(why))),
        Err(ReadError::NotText(diagnostic)) => {
            return Ok(Finding::Checked {
                valid: false,
                source: None,
                diagnostics: vec![diagnostic],
            });
        }
    };
    let outcome = sipplan::run(&sipplan::Request {
        source: Some(&source),
        templates,
        task: sipplan::Task::Check,
        today,
        created: None,
    });
    match outcome.template {
        Some(_) => Ok(Finding::Checked {
            valid: outcome.is_valid(),
            diagnostics: outcome.diagnostics,
            source: Some(source),
        }),
        None => {
            // A template that could not be read at all is the plan's own
            // error, located in it: said once, as the plan's.
            let (own, others): (Vec<_>, Vec<_>) = outcome
                .template_errors
                .into_iter()
                .partition(|file| file.source.location == source.location);
            if format == OutputFormat::Text {
                write_template_errors(&others)?;
            }
            let mut diagnostics: Vec<Diagnostic> =
                own.into_iter().flat_map(|file| file.diagnostics).collect();
            if diagnostics.is_empty() {
                diagnostics.push(Diagnostic::new(
                    sipplan::diagnostic::Code::Sip200,
                    FieldPath::from("document.template"),
                    msg!("sip200-unusable"),
                ));
            }
            Ok(Finding::Checked {
                valid: false,
                diagnostics,
                source: Some(source),
            })
        }
    }
}
