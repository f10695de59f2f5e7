//! Reading what a command works on: a plan file (reported like `check`
//! when it cannot be used), a plan run through the library, a template.

use std::path::Path;
use std::sync::Arc;

use sipplan::source::Source;
use sipplan::template::{Resolver, Template};

use super::error::CliError;
use super::files::{FsFiles, ReadError, read_source};
use super::language::t;
use super::report::{write_report, write_template_errors};
use sipplan::msg;

/// Reads a plan that must at least load; a file that does not is reported
/// like `check` does, and `None` is returned.
pub(super) fn load_plan(path: &Path) -> Result<Option<(Source, sipplan::plan::Plan)>, CliError> {
    let Some(source) = read_or_report(path)? else {
        return Ok(None);
    };
    match sipplan::load::parse_plan(&source) {
        Ok(plan) => Ok(Some((source, plan))),
        Err(diagnostics) => {
            write_report(&source.name, Some(&source), &diagnostics)?;
            Ok(None)
        }
    }
}

/// Reads a file as text. One that is not text sipplan can read is reported
/// like a plan's problems and gives `None`; one that cannot be read at all
/// stops the command.
pub(super) fn read_or_report(path: &Path) -> Result<Option<Source>, CliError> {
    match read_source(path) {
        Ok(source) => Ok(Some(source)),
        Err(ReadError::Unreadable(message)) => Err(message.into()),
        Err(ReadError::NotText(diagnostic)) => {
            write_report(&sipplan::privacy::shown_path(path), None, &[diagnostic])?;
            Ok(None)
        }
    }
}

/// A plan run through the library for `task`; `None` when the file could
/// not be read or its template is broken, which has been reported.
pub(super) fn run_plan(
    path: &Path,
    template: Option<&str>,
    task: sipplan::Task,
) -> Result<Option<(Source, sipplan::Outcome)>, CliError> {
    let Some(source) = read_or_report(path)? else {
        return Ok(None);
    };
    let templates = Resolver::new(&FsFiles, template);
    let outcome = sipplan::run(&sipplan::Request {
        source: Some(&source),
        templates: &templates,
        task,
        today: None,
        created: source_date_epoch()?,
    });
    if outcome.template.is_none() {
        write_template_errors(&outcome.template_errors)?;
        return Ok(None);
    }
    Ok(Some((source, outcome)))
}

/// The template asked for with `--template`, else the default (sv), for
/// what is not a plan. A broken one is reported on the terminal and gives
/// `None`.
pub(super) fn given_template(name: Option<&str>) -> Result<Option<Arc<Template>>, CliError> {
    match Resolver::new(&FsFiles, name).given_or_default() {
        Ok(t) => Ok(Some(t)),
        Err(errors) => {
            write_template_errors(&errors)?;
            Ok(None)
        }
    }
}

/// `SOURCE_DATE_EPOCH` for reproducible builds, if set.
pub(super) fn source_date_epoch() -> Result<Option<i64>, CliError> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Err(_) => Ok(None),
        Ok(value) => value
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| CliError::from(t(msg!("source-date-epoch", value = value.as_str())))),
    }
}
