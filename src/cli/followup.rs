//! `sipplan followup` and `sipplan diff`: the next revision of a plan after
//! a follow-up meeting, and what changed between two revisions.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use sipplan::msg;
use sipplan::pipeline::{Made, Reading, Refusal, Task};
use sipplan::source::Format;
use sipplan::template::Resolver;

use super::args::OutputArgs;
use super::error::CliError;
use super::exit::INVALID;
use super::files::{FsFiles, write_atomically};
use super::language::t;
use super::read::{load_plan, run_plan};
use super::report::print;
use super::report::{write_report, write_template_errors};
use super::revisions::plan_stem;

/// Writes the next revision beside the plan (`elsa-v2.ron`), or where `-o`
/// says.
pub(super) fn followup(path: &Path, output: &OutputArgs) -> Result<ExitCode, CliError> {
    let Some((source, outcome)) = run_plan(path, None, Task::FollowUp)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let (text, revision, rewritten) = match (outcome.made, &outcome.refused) {
        (
            Some(Made::Revision {
                text,
                revision,
                rewritten,
            }),
            _,
        ) => (text, revision, rewritten),
        (_, Some(refusal @ Refusal::Closed(_))) => {
            say!("sipplan: {}", t(refusal.message()));
            return Ok(ExitCode::from(INVALID));
        }
        (_, Some(refusal @ Refusal::Write(_))) => return Err(t(refusal.message()).into()),
        _ => {
            write_report(&source.name, Some(&source), &outcome.diagnostics)?;
            if matches!(outcome.reading, Reading::Plan(_)) {
                say!("sipplan: {}", t(msg!("followup-invalid")));
            }
            return Ok(ExitCode::from(INVALID));
        }
    };
    if let Some(path) = rewritten {
        say!("sipplan: {}", t(msg!("followup-rewritten", path = path)));
    }
    let target = output.output.clone().unwrap_or_else(|| {
        // The same format as the plan: the text is the plan's own, edited.
        let extension = match source.format {
            Format::Ron => "ron",
            Format::Json => "json",
        };
        path.with_file_name(format!("{}-v{revision}.{extension}", plan_stem(path)))
    });
    write_atomically(&target, text.as_bytes(), output.force)?;
    let shown = sipplan::privacy::shown_path(&target);
    say!(
        "sipplan: {}",
        t(msg!("followup-wrote", revision = revision, file = shown))
    );
    Ok(ExitCode::SUCCESS)
}

/// What changed since the previous revision, or between two plan files.
pub(super) fn diff(
    path: &Path,
    other: Option<&Path>,
    template: Option<&str>,
) -> Result<ExitCode, CliError> {
    let Some((source, plan)) = load_plan(path)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let named = plan.document.template.clone();
    let (old, new) = match other {
        Some(other_path) => {
            let Some((_, other_plan)) = load_plan(other_path)? else {
                return Ok(ExitCode::from(INVALID));
            };
            if !sipplan::followup::same_child(&plan, &other_plan) {
                let (first, second) = (
                    sipplan::privacy::shown_path(path),
                    sipplan::privacy::shown_path(other_path),
                );
                say!(
                    "sipplan: {}",
                    t(msg!("diff-other-child", first = first, second = second))
                );
            }
            (plan, other_plan)
        }
        None => match plan.previous().cloned() {
            Some(previous) => (previous, plan),
            None => {
                let file = sipplan::privacy::shown_path(path);
                return Err(t(msg!("diff-one-revision", file = file)).into());
            }
        },
    };
    let language = match Resolver::new(&FsFiles, template).for_plan(&source, named.as_deref()) {
        Ok(language) => language,
        Err(errors) => {
            write_template_errors(&errors)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    print(&sipplan::followup::compare(&old, &new, &language.labels))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_revision_is_named_after_the_plan() {
        assert_eq!(plan_stem(Path::new("a/elsa.ron")), "elsa");
        assert_eq!(plan_stem(Path::new("elsa-v2.ron")), "elsa");
        assert_eq!(plan_stem(Path::new("plan-vera.ron")), "plan-vera");
        assert_eq!(plan_stem(Path::new("plan-v.ron")), "plan-v");
    }
}
