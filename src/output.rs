//! Where each printed PDF goes: one distinct file per plan, decided before
//! anything is printed.
//!
//! Two plans must never end up in one file. Names clash easily: `a.ron` and
//! `a.json`, every plan file named by a personnummer (they all become
//! `sip-plan.pdf`), two revisions of one child with `--name-by-child`. So the
//! names of a whole batch are worked out here, at once and without touching
//! the file system: the first plan keeps its name, later ones get `-2`, `-3`
//! in the order they were given, so the same inputs always get the same names.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::privacy::{child_stem, plan_stem};

/// What a plan's PDF is named after.
#[derive(Debug, Clone, Copy)]
pub struct Wanted<'a> {
    /// The plan file, as given.
    pub plan: &'a Path,
    /// The child's name, when the PDF is to be named after the child and
    /// the plan could be read that far.
    pub child: Option<&'a str>,
}

/// The folder the PDFs go to.
#[derive(Debug, Clone, Copy)]
pub enum Destination<'a> {
    /// Beside each plan file.
    BesidePlans,
    /// All in one folder.
    Folder(&'a Path),
}

/// One plan's PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Where the PDF is written.
    pub path: PathBuf,
    /// The name it would have had, when a number was added because an
    /// earlier plan of the batch already had it.
    pub renamed_from: Option<PathBuf>,
}

/// The PDF of every plan, in the order given, no two the same.
///
/// Names are compared without regard to case, because the file systems of
/// Windows and macOS do so: `Elsa.pdf` and `elsa.pdf` are one file there.
/// A numbered name never takes a name that another plan has on its own
/// (`a.ron`, `a.json` and `a-2.ron` give `a.pdf`, `a-3.pdf` and `a-2.pdf`).
pub fn targets(plans: &[Wanted], destination: Destination) -> Vec<Target> {
    let wanted: Vec<PathBuf> = plans
        .iter()
        .map(|w| {
            let stem = match w.child {
                Some(name) => child_stem(name),
                None => plan_stem(w.plan),
            };
            let folder = match destination {
                Destination::Folder(folder) => folder,
                Destination::BesidePlans => w.plan.parent().unwrap_or(Path::new("")),
            };
            folder.join(format!("{stem}.pdf"))
        })
        .collect();
    let reserved: HashSet<String> = wanted.iter().map(|p| key(p)).collect();
    let mut taken = HashSet::new();
    wanted
        .into_iter()
        .map(|path| {
            if taken.insert(key(&path)) {
                return Target {
                    path,
                    renamed_from: None,
                };
            }
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let numbered = (2..)
                .map(|n| path.with_file_name(format!("{stem}-{n}.pdf")))
                .find(|p| !reserved.contains(&key(p)) && !taken.contains(&key(p)))
                .unwrap_or_else(|| path.clone());
            taken.insert(key(&numbered));
            Target {
                path: numbered,
                renamed_from: Some(path),
            }
        })
        .collect()
}

/// A path compared as Windows and macOS compare file names.
fn key(path: &Path) -> String {
    path.to_string_lossy().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(plans: &[&str], destination: Destination) -> Vec<String> {
        let wanted: Vec<Wanted> = plans
            .iter()
            .map(|p| Wanted {
                plan: Path::new(p),
                child: None,
            })
            .collect();
        targets(&wanted, destination)
            .into_iter()
            .map(|t| t.path.display().to_string())
            .collect()
    }

    #[test]
    fn a_plan_in_ron_and_in_json_get_two_files() {
        assert_eq!(
            names(&["in/a.ron", "in/a.json"], Destination::BesidePlans),
            ["in/a.pdf", "in/a-2.pdf"]
        );
    }

    #[test]
    fn plans_named_by_personnummer_get_numbered_neutral_names() {
        assert_eq!(
            names(
                &["20150312-2382.ron", "201403129831.ron", "140517-9829.json"],
                Destination::Folder(Path::new("ut"))
            ),
            ["ut/sip-plan.pdf", "ut/sip-plan-2.pdf", "ut/sip-plan-3.pdf"]
        );
    }

    #[test]
    fn a_number_never_takes_another_plans_own_name() {
        assert_eq!(
            names(&["a.ron", "a.json", "a-2.ron"], Destination::BesidePlans),
            ["a.pdf", "a-3.pdf", "a-2.pdf"]
        );
    }

    #[test]
    fn names_differing_only_in_case_are_one_file() {
        assert_eq!(
            names(
                &["x/Elsa.ron", "y/elsa.ron"],
                Destination::Folder(Path::new("ut"))
            ),
            ["ut/Elsa.pdf", "ut/elsa-2.pdf"]
        );
    }

    #[test]
    fn plans_in_different_folders_may_share_a_name_beside_their_plans() {
        assert_eq!(
            names(&["x/a.ron", "y/a.ron"], Destination::BesidePlans),
            ["x/a.pdf", "y/a.pdf"]
        );
    }

    #[test]
    fn the_same_inputs_always_get_the_same_names() {
        let plans = ["b.ron", "a.ron", "a.json", "b.json", "a.ron"];
        let first = names(&plans, Destination::BesidePlans);
        assert_eq!(first, names(&plans, Destination::BesidePlans));
        let unique: HashSet<&String> = first.iter().collect();
        assert_eq!(unique.len(), plans.len());
    }

    #[test]
    fn two_revisions_of_one_child_named_by_child_get_two_files() {
        let wanted = [
            Wanted {
                plan: Path::new("elsa.ron"),
                child: Some("Elsa Exempeldotter"),
            },
            Wanted {
                plan: Path::new("elsa-v2.ron"),
                child: Some("Elsa Exempeldotter"),
            },
        ];
        let t = targets(&wanted, Destination::BesidePlans);
        assert_eq!(t[0].path, Path::new("elsa-exempeldotter.pdf"));
        assert_eq!(t[1].path, Path::new("elsa-exempeldotter-2.pdf"));
        assert_eq!(
            t[1].renamed_from.as_deref(),
            Some(Path::new("elsa-exempeldotter.pdf"))
        );
    }
}
