//! `sipplan invitation`: the letters inviting to the meeting, from the plan
//! as far as it goes.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use sipplan::msg;
use sipplan::pipeline::{Made, Task};

use super::args::OutputArgs;
use super::error::CliError;
use super::exit::INVALID;
use super::files::write_atomically;
use super::language::t;
use super::read::run_plan;
use super::report::write_report;

pub(super) fn invitation(
    path: &Path,
    output: &OutputArgs,
    one_for_all: bool,
    template: Option<&str>,
) -> Result<ExitCode, CliError> {
    let task = Task::Invitation { one_for_all };
    let Some((source, outcome)) = run_plan(path, template, task)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let (printed, letters, missing) = match outcome.made {
        Some(Made::Invitation {
            printed,
            letters,
            missing,
        }) => (printed, letters, missing),
        _ => {
            if let Some(refusal) = outcome
                .refused
                .iter()
                .find(|r| matches!(r, sipplan::pipeline::Refusal::Pdf(_)))
            {
                return Err(t(refusal.message()).into());
            }
            write_report(&source.name, Some(&source), &outcome.diagnostics)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    let target = match &output.output {
        Some(path) => path.to_owned(),
        None => path.with_file_name(format!(
            "{}-kallelse.pdf",
            sipplan::privacy::plan_stem(path)
        )),
    };
    write_atomically(&target, &printed.pdf, output.force)?;
    if !missing.is_empty() {
        let values = missing.join(", ");
        say!(
            "sipplan: {}",
            t(msg!(
                "invitation-missing",
                values = values,
                count = missing.len()
            ))
        );
    }
    let file = sipplan::privacy::shown_path(&target);
    say!(
        "sipplan: {}",
        t(msg!("invitation-wrote", file = file, letters = letters))
    );
    Ok(ExitCode::SUCCESS)
}
