//! Which of the files given holds a revision that a newer one replaced
//! (among the files, or beside it where `followup` writes it), for `due`
//! and `check --today`.

use std::path::{Path, PathBuf};

use sipplan::plan::Plan;

use super::files::read_source;

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
    sipplan::draft::plan_as_far_as_it_reads(&source)
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

/// The plan's file name without `.ron` and without a `-v2` revision suffix,
/// so that `elsa-v2.ron` is followed by `elsa-v3.ron`.
pub(super) fn plan_stem(path: &Path) -> String {
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
