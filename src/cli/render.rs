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

use sipplan::pipeline::{Made, Print, Refusal, Request, Task};
use sipplan::render::Options;
use sipplan::source::Source;

use std::collections::HashSet;

use sipplan::output::{self, Destination, Target, Wanted};
use sipplan::privacy::shown_path;
use sipplan::template::{Resolver, Template};

use super::error::CliError;
use super::exit::{INVALID, IO_ERROR};
use super::files::FsFiles;
use super::files::{ReadError, plan_files, read_source, write_atomically};
use super::language::t;
use super::report::{write_diagnostics, write_template_errors_to, write_text_report};
use sipplan::msg;

/// How every plan of a `render` call is printed.
pub(super) struct RenderSettings<'a> {
    pub force: bool,
    /// Print a plan that is not valid yet as a draft (`--draft`).
    pub drafts: bool,
    pub options: Options,
    pub revision: Option<u32>,
    /// Name the PDF after the child instead of after the plan file.
    pub name_by_child: bool,
    pub template: Option<&'a str>,
    /// The template of the family's language, for a copy after each plan.
    pub family: Option<&'a Template>,
    pub created: Option<i64>,
    pub today: chrono::NaiveDate,
    /// No progress bar and no "wrote …" lines: only problems and the summary.
    pub quiet: bool,
}

/// What printing one plan gave: its report (diagnostics, for stdout), its
/// notes (for stderr) and, if it was not printed, the exit code and why.
#[derive(Default)]
struct PlanLog {
    report: Vec<u8>,
    notes: Vec<String>,
    failure: Option<(u8, String)>,
    /// Whether its PDF was written.
    written: bool,
}

impl PlanLog {
    fn failed(mut self, code: u8, reason: impl Into<String>) -> Self {
        self.failure = Some((code, reason.into()));
        self
    }
}

/// The built-in template in the family's language (`--family-language`),
/// found once before any plan is read.
pub(super) fn family_template(code: &str) -> Result<Template, CliError> {
    sipplan::template::in_language(code).map_err(|codes| {
        t(msg!(
            "render-no-family-language",
            code = code,
            codes = codes.join(", ")
        ))
        .into()
    })
}

pub(super) fn render(
    plans: &[PathBuf],
    output: Option<&Path>,
    blank: bool,
    settings: &RenderSettings,
) -> Result<ExitCode, CliError> {
    let settings = &RenderSettings {
        created: super::read::source_date_epoch()?,
        ..*settings
    };
    if blank {
        return render_blank(plans, output, settings);
    }
    let files = plan_files(plans)?;
    if files.is_empty() {
        return Err(t(msg!("no-plan-files")).into());
    }
    // One plan: -o names the PDF. Several: -o names a folder for them,
    // made if it is not there (but not one named like a PDF).
    let batch = files.len() > 1 || plans.iter().any(|p| p.is_dir());
    let not_a_folder = |o: &&Path| {
        let pdf = o.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        (pdf && !o.is_dir()) || super::files::make_folder(o).is_err()
    };
    if batch && let Some(folder) = output.filter(not_a_folder) {
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
        .filter(|(t, c)| c.printed.is_some() && t.path.exists() && !t.path.is_dir())
        .map(|(t, _)| t.path.as_path())
        .collect();
    if !settings.force && !existing.is_empty() {
        for c in &checked {
            show(&c.log)?;
        }
        return refuse_existing(&targets, &existing);
    }

    let progress = progress_bar(files.len(), settings.quiet || !batch);
    let outcomes: Vec<PlanLog> = checked
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
                .child
                .as_deref()
                .filter(|_| c.printed.is_some() && settings.name_by_child),
        })
        .collect();
    let destination = output.map_or(Destination::BesidePlans, Destination::Folder);
    output::targets(&wanted, destination)
}

/// The end of a batch: how many PDFs were written (counted, not assumed),
/// which got a number because another plan had their name, and what failed.
fn summarise(
    files: &[PathBuf],
    outcomes: &[PlanLog],
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
    let (source, target) = match plans {
        [] => (None, PathBuf::from("sip-arbetsblad.pdf")),
        [path] => {
            let Some(source) = super::read::read_or_report(path)? else {
                return Ok(ExitCode::from(INVALID));
            };
            let stem = sipplan::privacy::plan_stem(path);
            (
                Some(source),
                path.with_file_name(format!("{stem}-arbetsblad.pdf")),
            )
        }
        _ => return Err(t(msg!("render-blank-one")).into()),
    };
    let templates = Resolver::new(&FsFiles, settings.template);
    let outcome = sipplan::run(&Request {
        source: source.as_ref(),
        templates: &templates,
        task: Task::Worksheet(settings.options),
        today: None,
        created: settings.created,
    });
    if outcome.template.is_none() {
        write_template_errors_to(&mut io::stdout(), &outcome.template_errors)?;
        return Ok(ExitCode::from(INVALID));
    }
    let printed = match (outcome.made, outcome.refused) {
        (Some(Made::Pdf { printed, .. }), _) => printed,
        (_, Some(Refusal::Pdf(e))) => return Err(t(e.message()).into()),
        _ => {
            let name = source.as_ref().map_or("", |s| s.name.as_str());
            super::report::write_report(name, source.as_ref(), &outcome.diagnostics)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    let target = output.map_or(target, Path::to_path_buf);
    let mut log = PlanLog::default();
    let name = sipplan::privacy::shown_path(&target);
    write_printed(
        &printed,
        &name,
        &target,
        settings.force,
        settings.quiet,
        &mut log,
    );
    show(&log)?;
    Ok(ExitCode::from(log.failure.map_or(0, |(code, _)| code)))
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
fn show(outcome: &PlanLog) -> Result<(), CliError> {
    io::stdout().lock().write_all(&outcome.report)?;
    for note in &outcome.notes {
        say!("{note}");
    }
    Ok(())
}

/// One plan read, checked and printed through the library: what was said
/// about it so far and, when there is one, its PDF, not written yet.
struct Checked {
    /// The plan file's name as shown in messages.
    name: String,
    log: PlanLog,
    printed: Option<sipplan::Printed>,
    /// The child's name, for --name-by-child.
    child: Option<String>,
}

/// Reads one plan and makes its PDF in memory; nothing is written yet.
fn check_one(path: &Path, settings: &RenderSettings, templates: &Resolver) -> Checked {
    let mut log = PlanLog::default();
    let name = sipplan::privacy::shown_path(path);
    let unprintable = |log| Checked {
        name: name.clone(),
        log,
        printed: None,
        child: None,
    };
    let source = match read_source(path) {
        Err(ReadError::Unreadable(e)) => {
            let e = t(e);
            log.notes.push(format!("sipplan: {e}"));
            return unprintable(log.failed(IO_ERROR, e));
        }
        Err(ReadError::NotText(diagnostic)) => {
            // Writing to a Vec cannot fail.
            let _ = write_text_report(
                &mut log.report,
                &name,
                None,
                std::slice::from_ref(&diagnostic),
            );
            return unprintable(log.failed(INVALID, t(diagnostic.message)));
        }
        Ok(source) => source,
    };
    let outcome = sipplan::run(&Request {
        source: Some(&source),
        templates,
        task: Task::Print(Print {
            drafts: settings.drafts,
            revision: settings.revision,
            family: settings.family,
            options: settings.options,
        }),
        today: Some(settings.today),
        created: settings.created,
    });
    let log = log_outcome(log, &name, &source, &outcome);
    let child = outcome.plan().map(|p| p.child.name.to_string());
    let printed = match outcome.made {
        Some(Made::Pdf { printed, .. }) if log.failure.is_none() => Some(printed),
        _ => None,
    };
    Checked {
        name,
        log,
        printed,
        child,
    }
}

/// What `render` says about a plan it read: its diagnostics as `check`
/// shows them and, when it is not printed, why.
fn log_outcome(
    mut log: PlanLog,
    name: &str,
    source: &Source,
    outcome: &sipplan::Outcome,
) -> PlanLog {
    if outcome.template.is_none() {
        let _ = write_template_errors_to(&mut log.report, &outcome.template_errors);
        let reason = t(msg!("render-template-errors"));
        let note = t(msg!(
            "render-not-printed-because",
            file = name,
            reason = &reason
        ));
        log.notes.push(format!("sipplan: {note}"));
        return log.failed(INVALID, reason);
    }
    if !outcome.diagnostics.is_empty() {
        let _ = write_text_report(&mut log.report, name, Some(source), &outcome.diagnostics);
    }
    let Some(refusal) = &outcome.refused else {
        return log;
    };
    let why = t(refusal.message());
    match refusal {
        Refusal::Unreadable => {
            let note = t(msg!("render-draft-unreadable", file = name));
            log.notes.push(format!("sipplan: {note}"));
            log.failed(INVALID, why)
        }
        Refusal::Invalid { .. } => {
            let note = t(msg!("render-not-printed", file = name));
            log.notes.push(format!("sipplan: {note}"));
            log.failed(INVALID, why)
        }
        Refusal::Pdf(_) => log.failed(IO_ERROR, why),
        _ => {
            log.notes.push(format!("sipplan: {name}: {why}"));
            log.failed(INVALID, why)
        }
    }
}

/// Writes a plan's PDF to `target`; `replace` says that the file existed
/// before the run and --force allows replacing it.
fn print_one(checked: Checked, target: &Path, replace: bool, settings: &RenderSettings) -> PlanLog {
    let Checked {
        name,
        mut log,
        printed,
        ..
    } = checked;
    if let Some(printed) = printed {
        write_printed(&printed, &name, target, replace, settings.quiet, &mut log);
    }
    log
}

/// Notes layout warnings, writes the PDF atomically and says where it went.
fn write_printed(
    printed: &sipplan::Printed,
    name: &str,
    target: &Path,
    replace: bool,
    quiet: bool,
    outcome: &mut PlanLog,
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
