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

use sipplan::render::Options;
use sipplan::source::Source;

use std::collections::HashSet;
use std::sync::Arc;

use sipplan::output::{self, Destination, Target, Wanted};
use sipplan::privacy::shown_path;
use sipplan::template::{Resolver, Template};

use super::error::CliError;
use super::files::FsFiles;
use super::files::{ReadError, plan_files, read_source, write_atomically};
use super::language::t;
use super::report::{write_diagnostics, write_template_errors_to, write_text_report};
use super::{INVALID, IO_ERROR, given_template};
use sipplan::msg;

/// How every plan of a `render` call is printed.
pub(super) struct RenderSettings<'a> {
    pub force: bool,
    pub options: Options,
    pub revision: Option<u32>,
    /// Name the PDF after the child instead of after the plan file.
    pub name_by_child: bool,
    pub template: Option<&'a str>,
    /// The template of the family's language, for a copy after each plan.
    pub family: Option<&'a sipplan::template::Template>,
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

/// The built-in template in the family's language (`--family-language`).
pub(super) fn family_template(code: &str) -> Result<sipplan::template::Template, CliError> {
    let templates = sipplan::template::builtin_ids()
        .into_iter()
        .filter_map(|id| sipplan::template::by_name(id, &FsFiles).ok());
    let mut codes = Vec::new();
    for template in templates {
        if template.language == code {
            return Ok(template);
        }
        codes.push(template.language);
    }
    Err(t(msg!(
        "render-no-family-language",
        code = code,
        codes = codes.join(", ")
    ))
    .into())
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
        return Err(t(msg!("no-plan-files")).into());
    }
    // One plan: -o names the PDF. Several: -o names a folder for them.
    let batch = files.len() > 1 || plans.iter().any(|p| p.is_dir());
    if batch && let Some(folder) = output.filter(|o| !o.is_dir()) {
        return Err(t(msg!(
            "render-output-not-folder",
            folder = shown_path(folder)
        ))
        .into());
    }
    let started = std::time::Instant::now();
    let templates = Resolver::new(&FsFiles, settings.template);
    let checked: Vec<Checked> = files
        .par_iter()
        .map(|path| check_one(path, settings, &templates))
        .collect();

    let targets = pdf_targets(&files, &checked, output, batch, settings);
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

/// Where each plan's PDF goes: the file `-o` names for one plan, else a
/// name per plan (after the plan file, or the child with
/// `--name-by-child`) beside it or in the folder `-o` names.
fn pdf_targets(
    files: &[PathBuf],
    checked: &[Checked],
    output: Option<&Path>,
    batch: bool,
    settings: &RenderSettings,
) -> Vec<Target> {
    if let Some(file) = output.filter(|_| !batch) {
        // A file name the user gave wins over --name-by-child.
        return vec![Target {
            path: file.to_path_buf(),
            renamed_from: None,
        }];
    }
    let wanted: Vec<Wanted> = files
        .iter()
        .zip(checked)
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
    let seconds = sipplan::message::Arg::Decimal(elapsed.as_secs_f64(), 2);
    say!(
        "sipplan: {}",
        t(msg!(
            "render-summary",
            written = written,
            plans = files.len(),
            seconds = seconds,
            failed = failures.len()
        ))
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
            "sipplan: {}",
            t(msg!("render-renamed", count = renamed.len()))
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
        "sipplan: {}",
        t(msg!("render-exists", count = listed.len()))
    );
    for path in listed {
        say!("  {}", shown_path(path));
    }
    say!("  {}", t(msg!("render-exists-hint")));
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
    let (template, plan, target) = match plans {
        [] => {
            let Some(template) = given_template(settings.template)? else {
                return Ok(ExitCode::from(INVALID));
            };
            (template, None, PathBuf::from("sip-arbetsblad.pdf"))
        }
        [path] => {
            let Some((source, plan)) = super::load_plan(path)? else {
                return Ok(ExitCode::from(INVALID));
            };
            let named = plan.document.template.as_deref();
            let template = match Resolver::new(&FsFiles, settings.template).for_plan(&source, named)
            {
                Ok(template) => template,
                Err(errors) => {
                    write_template_errors_to(&mut io::stdout(), &errors)?;
                    return Ok(ExitCode::from(INVALID));
                }
            };
            let stem = sipplan::privacy::plan_stem(path);
            (
                template,
                Some(plan),
                path.with_file_name(format!("{stem}-arbetsblad.pdf")),
            )
        }
        _ => return Err(t(msg!("render-blank-one")).into()),
    };
    let target = output.map_or(target, Path::to_path_buf);
    let printed =
        sipplan::print_blank(&template, settings.options, settings.created, plan.as_ref())
            .map_err(|e| t(e.message()))?;
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
    let template = format!(
        "{{bar:40}} {{pos}}/{{len}} {}, {{elapsed}}",
        t(msg!("progress-plans"))
    );
    if let Ok(style) = ProgressStyle::with_template(&template) {
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
        Err(ReadError::Unreadable(e)) => {
            let e = t(e);
            outcome.notes.push(format!("sipplan: {e}"));
            return unprintable(outcome.failed(IO_ERROR, e));
        }
        Err(ReadError::NotText(diagnostic)) => {
            report(&mut outcome, None, std::slice::from_ref(&diagnostic));
            return unprintable(outcome.failed(INVALID, t(diagnostic.message)));
        }
        Ok(source) => source,
    };
    let checked = match sipplan::check_source(&source, templates, Some(settings.today)) {
        Ok(checked) => checked,
        Err(errors) => {
            let _ = write_template_errors_to(&mut outcome.report, &errors);
            let reason = t(msg!("render-template-errors"));
            let note = t(msg!(
                "render-not-printed-because",
                file = &name,
                reason = &reason
            ));
            outcome.notes.push(format!("sipplan: {note}"));
            return unprintable(outcome.failed(INVALID, reason));
        }
    };
    let template = Arc::clone(&checked.template);
    if settings.options.draft && !checked.is_valid() {
        return check_draft(&source, checked, template, name, outcome);
    }
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    let valid = checked.is_valid();
    if !checked.diagnostics.is_empty() {
        report(&mut outcome, Some(&source), &checked.diagnostics);
    }
    let Some(plan) = checked.plan.filter(|_| valid) else {
        let note = t(msg!("render-not-printed", file = &name));
        outcome.notes.push(format!("sipplan: {note}"));
        let reason = t(msg!("report-invalid", errors = errors.max(1), warnings = 0));
        return unprintable(outcome.failed(INVALID, reason));
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
                let message = t(msg!("render-no-revision", revision = n));
                outcome.notes.push(format!("sipplan: {name}: {message}"));
                return unprintable(outcome.failed(INVALID, message));
            }
        },
    };
    Checked {
        name,
        outcome,
        printable: Some(Printable::Plan(Box::new(plan))),
        template: Some(template),
        superseded_by,
    }
}

/// A plan that is not valid, to print as a draft: read as far as it goes,
/// its problems reported as `check` would. Only a file whose syntax cannot
/// be read is refused.
fn check_draft(
    source: &Source,
    checked: sipplan::Checked,
    template: Arc<Template>,
    name: String,
    mut outcome: Outcome,
) -> Checked {
    let draft = match checked.plan {
        Some(plan) => Ok(sipplan::draft::Draft::of(plan, &checked.diagnostics)),
        None => sipplan::draft::read(source, &template),
    };
    let (problems, draft) = match draft {
        Ok(draft) => (draft.problems.clone(), Some(draft)),
        Err(errors) => (errors, None),
    };
    let _ = write_text_report(&mut outcome.report, &name, Some(source), &problems);
    let Some(draft) = draft else {
        let note = t(msg!("render-draft-unreadable", file = &name));
        outcome.notes.push(format!("sipplan: {note}"));
        return Checked {
            name,
            outcome: outcome.failed(INVALID, t(msg!("render-cannot-be-read"))),
            printable: None,
            template: None,
            superseded_by: None,
        };
    };
    Checked {
        name,
        outcome,
        printable: Some(Printable::Draft(Box::new(draft))),
        template: Some(template),
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
    let (Some(printable), Some(template)) = (printable, template) else {
        return outcome;
    };
    let options = sipplan::render::Options {
        superseded_by,
        ..settings.options
    };
    let printed = match &printable {
        Printable::Plan(plan) => match settings.family {
            Some(family) => {
                sipplan::print_plan_for_family(plan, &template, family, options, settings.created)
            }
            None => sipplan::print_plan(plan, &template, options, settings.created),
        },
        Printable::Draft(draft) => {
            sipplan::print_draft(draft, &template, options, settings.created)
        }
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
        Err(e) => outcome.failed(IO_ERROR, t(e.message())),
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
                let wrote = msg!(
                    "render-wrote",
                    file = shown_path(target),
                    pages = printed.pages,
                    size = printed.pdf.len().div_ceil(1024)
                );
                outcome.notes.push(format!("sipplan: {}", t(wrote)));
            }
        }
        Err(e) => {
            let e = t(e);
            outcome.notes.push(format!("sipplan: {e}"));
            outcome.failure = Some((IO_ERROR, e));
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
