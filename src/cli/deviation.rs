//! `sipplan deviation`: the report of a deviation in collaboration, or its
//! de-identified copy once nothing in it names anyone and the reporter has
//! said so; and, asked to, the deviation kept in the plan file.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use sipplan::msg;
use sipplan::pipeline::{DeviationTask, Made, Refusal, Task};
use sipplan::plan::{About, Audience, Deviation, Event, Party, PlanDate};
use sipplan::record::RecordError;

use super::args::DeviationArgs;
use super::error::CliError;
use super::exit::INVALID;
use super::files::{PlanLock, lock_plan, replace_plan, write_atomically};
use super::language::t;
use super::read::run_plan;
use super::report::write_report;

pub(super) fn deviation(args: &DeviationArgs) -> Result<ExitCode, CliError> {
    let about = match (args.insats, args.event) {
        (Some(row), _) => About::Insats(row),
        (None, Some(event)) => About::Event(event.into()),
        (None, None) => About::Event(Event::Other),
    };
    let audience = match args.deidentified {
        true => Audience::Secretariat,
        false => Audience::Local,
    };
    let task = DeviationTask {
        deviation: Deviation {
            date: PlanDate(args.date),
            about,
            party: args.party.map(Party::from),
            what: args.what.as_str().into(),
            reporter: args.reporter.as_str().into(),
        },
        audience,
        confirmed: args.confirmed,
        record: args.record,
    };
    let path = args.plan.as_path();
    // Locked before it is read, so that a run recording at the same time
    // waits and then reads what this one wrote.
    let lock = match args.record {
        true => Some(lock_plan(path)?),
        false => None,
    };
    let template = args.template.template.as_deref();
    let Some((source, outcome)) = run_plan(path, template, Task::Deviation(&task))? else {
        return Ok(ExitCode::from(INVALID));
    };
    let (printed, recorded) = match (outcome.made, &outcome.refused) {
        (Some(Made::Deviation { printed, recorded }), _) => (printed, recorded),
        (_, Some(Refusal::Pdf(e))) => return Err(t(e.message()).into()),
        (_, Some(Refusal::Unreadable)) | (_, None) => {
            write_report(&source.name, Some(&source), &outcome.diagnostics)?;
            return Ok(ExitCode::from(INVALID));
        }
        (_, Some(refusal)) => {
            say!("sipplan: {}", t(refusal.message()));
            return Ok(ExitCode::from(INVALID));
        }
    };
    // The copy's name says nothing of the child, not even the plan's name.
    let target = match (&args.output.output, audience) {
        (Some(path), _) => path.to_owned(),
        (None, Audience::Secretariat) => {
            path.with_file_name(format!("avvikelse-{}-avidentifierad.pdf", args.date))
        }
        (None, Audience::Local) => path.with_file_name(format!(
            "{}-avvikelse-{}.pdf",
            sipplan::privacy::plan_stem(path),
            args.date
        )),
    };
    write_atomically(&target, &printed.pdf, args.output.force)?;
    let file = sipplan::privacy::shown_path(&target);
    say!("sipplan: {}", t(msg!("deviation-wrote", file = file)));
    if let (Some(recorded), Some(lock)) = (recorded, &lock) {
        record(path, lock, recorded)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Replaces the plan file by its text with the deviation added, unless
/// the same one is there already. The file is replaced whole or not at all.
fn record(
    path: &Path,
    lock: &PlanLock,
    recorded: Result<Option<String>, RecordError>,
) -> Result<(), CliError> {
    let file = sipplan::privacy::shown_path(path);
    let recorded = recorded.map_err(|e| {
        t(msg!(
            "deviation-cannot-record",
            file = &file,
            why = t(e.message())
        ))
    })?;
    let Some(text) = recorded else {
        say!(
            "sipplan: {}",
            t(msg!("deviation-recorded-before", file = &file))
        );
        return Ok(());
    };
    replace_plan(lock, text.as_bytes())?;
    let linked = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if linked {
        let target = sipplan::privacy::shown_path(&lock.real);
        say!(
            "sipplan: {}",
            t(msg!("deviation-recorded-link", file = target, link = &file))
        );
    } else {
        say!("sipplan: {}", t(msg!("deviation-recorded", file = &file)));
    }
    Ok(())
}
