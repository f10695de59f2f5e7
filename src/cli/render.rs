//! `sipplan render`: one plan, or many in parallel with a progress bar.
//!
//! Each plan is printed on its own: its messages are collected and shown
//! together when it is done, in the order the plans were named, so parallel
//! renders never interleave and one bad file never stops the others.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use sipplan::load::Source;
use sipplan::render::Options;

use std::collections::HashSet;
use std::sync::Arc;

use sipplan::output::{self, Destination, Target, Wanted};
use sipplan::privacy::shown_path;
use sipplan::template::{Resolver, Template};

use super::error::CliError;
use super::files::FsFiles;
use super::files::{plan_files, read_source, write_atomically};
use super::report::{count, write_diagnostics, write_template_errors_to, write_text_report};
use super::{INVALID, IO_ERROR, given_template};

/// How every plan of a `render` call is printed.
pub(super) struct RenderSettings<'a> {
    pub force: bool,
    pub options: Options,
    pub revision: Option<u32>,
    /// Name the PDF after the child instead of after the plan file.
    pub name_by_child: bool,
    pub template: Option<&'a str>,
    pub created: Option<i64>,
    pub today: chrono::NaiveDate,
    /// No progress bar and no "wrote …" lines: only problems and the summary.
    pub quiet: bool,
}

/// What printing one plan gave: its report (diagnostics, for stdout), its
/// notes (for stderr) and, if it was not printed, the exit code and why.
#[derive(Default)]
struct Outcome {
    report: Vec<u8>,
    notes: Vec<String>,
    failure: Option<(u8, String)>,
    /// Whether its PDF was written.
    written: bool,
}

impl Outcome {
    fn failed(mut self, code: u8, reason: impl Into<String>) -> Self {
        self.failure = Some((code, reason.into()));
        self
    }
}

pub(super) fn render(
    plans: &[PathBuf],
    output: Option<&Path>,
    blank: bool,
    settings: &RenderSettings,
) -> Result<ExitCode, CliError> {
    let settings = &RenderSettings {
        created: source_date_epoch()?,
        ..*settings
    };
    if blank {
        return render_blank(plans, output, settings);
    }
    let files = plan_files(plans)?;
    if files.is_empty() {
        return Err("no plan files (.ron or .json) were found".into());
    }
    // One plan: -o names the PDF. Several: -o names a folder for them.
    let batch = files.len() > 1 || plans.iter().any(|p| p.is_dir());
    if batch && let Some(folder) = output.filter(|o| !o.is_dir()) {
        return Err(format!(
            "`{}` is not a folder: with several plans, -o names the folder the PDFs go to",
            folder.display()
        )
        .into());
    }
    let started = std::time::Instant::now();
    let templates = Resolver::new(&FsFiles, settings.template);
    let checked: Vec<Checked> = files
        .par_iter()
        .map(|path| check_one(path, settings, &templates))
        .collect();

    let targets = match output {
        // A file name the user gave wins over --name-by-child.
        Some(file) if !batch => vec![Target {
            path: file.to_path_buf(),
            renamed_from: None,
        }],
        _ => {
            let wanted: Vec<Wanted> = files
                .iter()
                .zip(&checked)
                .map(|(plan, c)| Wanted {
                    plan,
                    child: c
                        .printable
                        .as_ref()
                        .filter(|_| settings.name_by_child)
                        .map(|p| p.plan().child.name.as_str()),
                })
                .collect();
            let destination = output.map_or(Destination::BesidePlans, Destination::Folder);
            output::targets(&wanted, destination)
        }
    };
    // Files that exist before anything is written: only these may be
    // replaced, and only with --force.
    let existing: HashSet<&Path> = targets
        .iter()
        .zip(&checked)
        .filter(|(t, c)| c.printable.is_some() && t.path.exists() && !t.path.is_dir())
        .map(|(t, _)| t.path.as_path())
        .collect();
    if !settings.force && !existing.is_empty() {
        for c in &checked {
            show(&c.outcome)?;
        }
        return refuse_existing(&targets, &existing);
    }

    let progress = progress_bar(files.len(), settings.quiet || !batch);
    let outcomes: Vec<Outcome> = checked
        .into_par_iter()
        .zip(&targets)
        .map(|(c, target)| {
            let replace = existing.contains(target.path.as_path());
            let outcome = print_one(c, &target.path, replace, settings);
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();

    let mut failures = Vec::new();
    for (path, outcome) in files.iter().zip(&outcomes) {
        show(outcome)?;
        if let Some((code, reason)) = &outcome.failure {
            failures.push((*code, format!("{}: {reason}", shown_path(path))));
        }
    }
    if batch {
        summarise(&files, &outcomes, &targets, &failures, started.elapsed());
    }
    let worst = failures.iter().map(|(code, _)| *code).max().unwrap_or(0);
    Ok(ExitCode::from(worst))
}

/// The end of a batch: how many PDFs were written (counted, not assumed),
/// which got a number because another plan had their name, and what failed.
fn summarise(
    files: &[PathBuf],
    outcomes: &[Outcome],
    targets: &[Target],
    failures: &[(u8, String)],
    elapsed: Duration,
) {
    let written = outcomes.iter().filter(|o| o.written).count();
    say!(
        "sipplan: printed {written} of {} in {:.2} s{}",
        count(files.len(), "plan"),
        elapsed.as_secs_f32(),
        if failures.is_empty() {
            String::new()
        } else {
            format!("; {} not printed:", failures.len())
        }
    );
    for (_, failure) in failures {
        say!("  {failure}");
    }
    let renamed: Vec<(&PathBuf, &Target)> = files
        .iter()
        .zip(targets)
        .zip(outcomes)
        .filter(|((_, t), o)| o.written && t.renamed_from.is_some())
        .map(|((plan, t), _)| (plan, t))
        .collect();
    if !renamed.is_empty() {
        say!(
            "sipplan: {} got a number added to its name, because an earlier plan has the same name:",
            if renamed.len() == 1 {
                "1 PDF".to_owned()
            } else {
                format!("{} PDFs each", renamed.len())
            }
        );
        for (plan, target) in renamed {
            say!("  {} → {}", shown_path(plan), shown_path(&target.path));
        }
    }
}

/// Nothing is written when any PDF would replace a file: the user decides
/// with --force, knowing which files those are.
fn refuse_existing(targets: &[Target], existing: &HashSet<&Path>) -> Result<ExitCode, CliError> {
    // Targets are distinct, so each existing file is listed once.
    let listed: Vec<&Path> = targets
        .iter()
        .map(|t| t.path.as_path())
        .filter(|p| existing.contains(p))
        .collect();
    say!(
        "sipplan: nothing was written: {} already {}:",
        count(listed.len(), "PDF"),
        if listed.len() == 1 { "exists" } else { "exist" }
    );
    for path in listed {
        say!("  {}", shown_path(path));
    }
    say!("  add --force to replace them (no two plans are ever written to one file)");
    Ok(ExitCode::from(IO_ERROR))
}

/// The empty worksheet of a template; with a plan, its page header names
/// the plan's child and meeting date (the plan's template, unless
/// --template says otherwise).
fn render_blank(
    plans: &[PathBuf],
    output: Option<&Path>,
    settings: &RenderSettings,
) -> Result<ExitCode, CliError> {
    let (t, plan, target) = match plans {
        [] => {
            let Some(t) = given_template(settings.template)? else {
                return Ok(ExitCode::from(INVALID));
            };
            (t, None, PathBuf::from("sip-arbetsblad.pdf"))
        }
        [path] => {
            let Some((source, plan)) = super::load_plan(path)? else {
                return Ok(ExitCode::from(INVALID));
            };
            let named = plan.document.template.as_deref();
            let t = match Resolver::new(&FsFiles, settings.template).for_plan(&source, named) {
                Ok(t) => t,
                Err(errors) => {
                    write_template_errors_to(&mut io::stdout(), &errors)?;
                    return Ok(ExitCode::from(INVALID));
                }
            };
            let stem = sipplan::privacy::plan_stem(path);
            (
                t,
                Some(plan),
                path.with_file_name(format!("{stem}-arbetsblad.pdf")),
            )
        }
        _ => return Err("--blank prints the worksheet for one plan at a time".into()),
    };
    let target = output.map_or(target, Path::to_path_buf);
    let printed = sipplan::print_blank(&t, settings.options, settings.created, plan.as_ref())
        .map_err(|e| e.to_string())?;
    let mut outcome = Outcome::default();
    let name = sipplan::privacy::shown_path(&target);
    write_printed(
        &printed,
        &name,
        &target,
        settings.force,
        settings.quiet,
        &mut outcome,
    );
    show(&outcome)?;
    Ok(ExitCode::from(outcome.failure.map_or(0, |(code, _)| code)))
}

/// A progress bar on stderr, only where someone watches it.
fn progress_bar(len: usize, quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} plans, {elapsed}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Shows one plan's report and notes.
fn show(outcome: &Outcome) -> Result<(), CliError> {
    io::stdout().lock().write_all(&outcome.report)?;
    for note in &outcome.notes {
        say!("{note}");
    }
    Ok(())
}

/// One plan read and checked: what was said about it so far and, when it
/// can be printed, the plan (the revision asked for) and its template.
struct Checked {
    /// The plan file's name as shown in messages.
    name: String,
    outcome: Outcome,
    printable: Option<Printable>,
    template: Option<Arc<Template>>,
    /// For an earlier revision: the one that replaced it, and its date.
    superseded_by: Option<(u32, sipplan::plan::PlanDate)>,
}

/// What is printed of a plan file.
enum Printable {
    /// A valid plan (or the revision asked for).
    Plan(Box<sipplan::plan::Plan>),
    /// With --draft, a plan that is not valid yet.
    Draft(Box<sipplan::draft::Draft>),
}

impl Printable {
    fn plan(&self) -> &sipplan::plan::Plan {
        match self {
            Printable::Plan(plan) => plan,
            Printable::Draft(draft) => &draft.plan,
        }
    }
}

/// Reads and checks one plan; nothing is written yet.
fn check_one(path: &Path, settings: &RenderSettings, templates: &Resolver) -> Checked {
    let mut outcome = Outcome::default();
    let name = sipplan::privacy::shown_path(path);
    let unprintable = |outcome| Checked {
        name: name.clone(),
        outcome,
        printable: None,
        template: None,
        superseded_by: None,
    };
    // Writing to a Vec cannot fail.
    let report = |out: &mut Outcome, source: Option<&Source>, diagnostics| {
        let _ = write_text_report(&mut out.report, &name, source, diagnostics);
    };
    let source = match read_source(path) {
        Err(e) => {
            outcome.notes.push(format!("sipplan: {e}"));
            return unprintable(outcome.failed(IO_ERROR, e));
        }
        Ok(Err(diagnostic)) => {
            report(&mut outcome, None, std::slice::from_ref(&diagnostic));
            return unprintable(outcome.failed(INVALID, diagnostic.message));
        }
        Ok(Ok(source)) => source,
    };
    let checked = match sipplan::check_source(&source, templates, Some(settings.today)) {
        Ok(checked) => checked,
        Err(errors) => {
            let _ = write_template_errors_to(&mut outcome.report, &errors);
            let reason = "its template has errors";
            outcome
                .notes
                .push(format!("sipplan: {name} was not printed: {reason}"));
            return unprintable(outcome.failed(INVALID, reason));
        }
    };
    let t = Arc::clone(&checked.template);
    if settings.options.draft && !checked.is_valid() {
        return check_draft(&source, checked, t, name, outcome);
    }
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    let valid = checked.is_valid();
    if !checked.diagnostics.is_empty() {
        report(&mut outcome, Some(&source), &checked.diagnostics);
    }
    let Some(plan) = checked.plan.filter(|_| valid) else {
        outcome.notes.push(format!(
            "sipplan: {name} was not printed; fix the errors above, or add --draft to print it marked UTKAST"
        ));
        return unprintable(outcome.failed(
            INVALID,
            format!("not valid: {}", count(errors.max(1), "error")),
        ));
    };
    // An earlier revision says on every page which one replaced it.
    let superseded_by = settings.revision.and_then(|n| {
        std::iter::once(&plan)
            .chain(&plan.history)
            .find(|r| r.document.revision == n + 1)
            .map(|r| (r.document.revision, r.document.date))
    });
    let plan = match settings.revision {
        None => plan,
        Some(n) => match sipplan::followup::revision(&plan, n) {
            Some(p) => p,
            None => {
                let message = format!("the plan has no revision {n}");
                outcome.notes.push(format!("sipplan: {name}: {message}"));
                return unprintable(outcome.failed(INVALID, message));
            }
        },
    };
    Checked {
        name,
        outcome,
        printable: Some(Printable::Plan(Box::new(plan))),
        template: Some(t),
        superseded_by,
    }
}

/// A plan that is not valid, to print as a draft: read as far as it goes,
/// its problems reported as `check` would. Only a file whose syntax cannot
/// be read is refused.
fn check_draft(
    source: &Source,
    checked: sipplan::Checked,
    t: Arc<Template>,
    name: String,
    mut outcome: Outcome,
) -> Checked {
    let draft = match checked.plan {
        Some(plan) => Ok(sipplan::draft::Draft::of(plan, &checked.diagnostics)),
        None => sipplan::draft::read(source, &t),
    };
    let (problems, draft) = match draft {
        Ok(draft) => (draft.problems.clone(), Some(draft)),
        Err(errors) => (errors, None),
    };
    let _ = write_text_report(&mut outcome.report, &name, Some(source), &problems);
    let Some(draft) = draft else {
        outcome.notes.push(format!(
            "sipplan: {name} was not printed: it cannot be read even as a draft; fix the error above"
        ));
        return Checked {
            name,
            outcome: outcome.failed(INVALID, "cannot be read"),
            printable: None,
            template: None,
            superseded_by: None,
        };
    };
    Checked {
        name,
        outcome,
        printable: Some(Printable::Draft(Box::new(draft))),
        template: Some(t),
        superseded_by: None,
    }
}

/// Prints a checked plan to `target`; `replace` says that the file existed
/// before the run and --force allows replacing it.
fn print_one(checked: Checked, target: &Path, replace: bool, settings: &RenderSettings) -> Outcome {
    let Checked {
        name,
        outcome,
        printable,
        template,
        superseded_by,
    } = checked;
    let (Some(printable), Some(t)) = (printable, template) else {
        return outcome;
    };
    let options = sipplan::render::Options {
        superseded_by,
        ..settings.options
    };
    let printed = match &printable {
        Printable::Plan(plan) => sipplan::print_plan(plan, &t, options, settings.created),
        Printable::Draft(draft) => sipplan::print_draft(draft, &t, options, settings.created),
    };
    match printed {
        Ok(printed) => {
            let mut outcome = outcome;
            write_printed(
                &printed,
                &name,
                target,
                replace,
                settings.quiet,
                &mut outcome,
            );
            outcome
        }
        Err(e) => outcome.failed(IO_ERROR, e.to_string()),
    }
}

/// Notes layout warnings, writes the PDF atomically and says where it went.
fn write_printed(
    printed: &sipplan::Printed,
    name: &str,
    target: &Path,
    replace: bool,
    quiet: bool,
    outcome: &mut Outcome,
) {
    // Through the same printer as the plan's check; writing to a Vec
    // cannot fail.
    let _ = write_diagnostics(&mut outcome.report, name, None, &printed.warnings);
    match write_atomically(target, &printed.pdf, replace) {
        Ok(()) => {
            outcome.written = true;
            if !quiet {
                outcome.notes.push(format!(
                    "sipplan: wrote {} ({}, {} KB)",
                    target.display(),
                    count(printed.pages, "page"),
                    printed.pdf.len().div_ceil(1024)
                ));
            }
        }
        Err(e) => {
            outcome.notes.push(format!("sipplan: {e}"));
            outcome.failure = Some((IO_ERROR, e));
        }
    }
}

/// `SOURCE_DATE_EPOCH` for reproducible builds, if set.
pub(super) fn source_date_epoch() -> Result<Option<i64>, CliError> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Err(_) => Ok(None),
        Ok(value) => value.trim().parse().map(Some).map_err(|_| {
            CliError::from(format!(
                "SOURCE_DATE_EPOCH must be a number of seconds since 1970, not `{value}`"
            ))
        }),
    }
}
