//! `sipplan followup` and `sipplan diff`: the next revision of a plan after
//! a follow-up meeting, and what changed between two revisions.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sipplan::msg;
use sipplan::pipeline::{Made, Reading, Refusal, Task};
use sipplan::plan::Plan;
use sipplan::source::Format;
use sipplan::template::Resolver;

use super::args::OutputArgs;
use super::error::CliError;
use super::exit::INVALID;
use super::files::{FsFiles, read_source, write_atomically};
use super::language::t;
use super::read::{load_plan, run_plan};
use super::report::print;
use super::report::{write_report, write_template_errors};

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

/// The plan's file name without `.ron` and without a `-v2` revision suffix,
/// so that `elsa-v2.ron` is followed by `elsa-v3.ron`.
fn plan_stem(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match stem.rsplit_once("-v") {
        Some((base, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => {
            base.to_owned()
        }
        _ => stem,
    }
}

/// Where `followup` writes the revision after `plan` read from `path`.
fn next_revision_path(path: &Path, plan: &Plan) -> PathBuf {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ron".into());
    let revision = plan.document.revision + 1;
    path.with_file_name(format!("{}-v{revision}.{extension}", plan_stem(path)))
}

/// The plan in a file as far as it reads: a revision that `followup` just
/// wrote still has placeholders, and still replaces the one before it.
fn read_leniently(path: &Path) -> Option<Plan> {
    let source = read_source(path).ok()?;
    sipplan::load::parse_plan(&source)
        .ok()
        .or_else(|| sipplan::draft::read(&source).ok().map(|d| d.plan))
}

/// For each file, whether its plan is replaced: a newer revision of the
/// same plan is among the files, or beside it where `followup` writes it
/// (`elsa-v2.ron` beside `elsa.ron`). `due` and `check` judge a replaced
/// revision's dates no more than `stats` counts it.
pub(super) fn replaced_files(files: &[PathBuf]) -> Vec<bool> {
    let given: std::collections::BTreeSet<&PathBuf> = files.iter().collect();
    let plans: Vec<Option<Plan>> = files.iter().map(|f| read_leniently(f)).collect();
    let beside: Vec<Plan> = files
        .iter()
        .zip(&plans)
        .filter_map(|(path, plan)| {
            let next = next_revision_path(path, plan.as_ref()?);
            match given.contains(&next) || !next.is_file() {
                true => None,
                false => read_leniently(&next),
            }
        })
        .collect();
    let all: Vec<&Plan> = plans.iter().flatten().chain(&beside).collect();
    let mut flags = sipplan::followup::replaced(&all).into_iter();
    plans
        .iter()
        .map(|plan| plan.is_some() && flags.next().unwrap_or(false))
        .collect()
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
