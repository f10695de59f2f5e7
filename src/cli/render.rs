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

use super::files::write_atomically;
use super::files::{child_file_name, default_output, plan_files, read_source};
use super::report::{count, write_template_errors_to, write_text_report};
use super::{INVALID, IO_ERROR, TemplateCache, given_template};

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
) -> Result<ExitCode, String> {
    let settings = &RenderSettings {
        created: source_date_epoch()?,
        ..*settings
    };
    if blank {
        return render_blank(output, settings);
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
        ));
    }
    let target = |path: &Path| match (output, batch) {
        (Some(folder), true) => folder.join(default_output(path).file_name().unwrap_or_default()),
        (Some(file), false) => file.to_path_buf(),
        (None, _) => default_output(path),
    };
    // A file name the user gave wins over --name-by-child.
    let settings = &RenderSettings {
        name_by_child: settings.name_by_child && (batch || output.is_none()),
        ..*settings
    };
    let templates = TemplateCache::default();
    if !batch {
        let outcome = render_one(&files[0], &target(&files[0]), settings, &templates);
        show(&outcome)?;
        return Ok(ExitCode::from(outcome.failure.map_or(0, |(code, _)| code)));
    }

    let started = std::time::Instant::now();
    let progress = progress_bar(files.len(), settings.quiet);
    let outcomes: Vec<Outcome> = files
        .par_iter()
        .map(|path| {
            let outcome = render_one(path, &target(path), settings, &templates);
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();

    let mut failures = Vec::new();
    for (path, outcome) in files.iter().zip(&outcomes) {
        show(outcome)?;
        if let Some((code, reason)) = &outcome.failure {
            failures.push((*code, format!("{}: {reason}", path.display())));
        }
    }
    say!(
        "sipplan: printed {} of {} in {:.2} s{}",
        files.len() - failures.len(),
        count(files.len(), "plan"),
        started.elapsed().as_secs_f32(),
        if failures.is_empty() {
            String::new()
        } else {
            format!("; {} not printed:", failures.len())
        }
    );
    for (_, failure) in &failures {
        say!("  {failure}");
    }
    let worst = failures.iter().map(|(code, _)| *code).max().unwrap_or(0);
    Ok(ExitCode::from(worst))
}

/// The empty worksheet of a template.
fn render_blank(output: Option<&Path>, settings: &RenderSettings) -> Result<ExitCode, String> {
    let Some(t) = given_template(settings.template)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let target = output.map_or_else(|| PathBuf::from("sip-arbetsblad.pdf"), Path::to_path_buf);
    let printed =
        sipplan::print_blank(&t, settings.options, settings.created).map_err(|e| e.to_string())?;
    let mut outcome = Outcome::default();
    write_printed(&printed, &target, settings, &mut outcome);
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
fn show(outcome: &Outcome) -> Result<(), String> {
    io::stdout()
        .lock()
        .write_all(&outcome.report)
        .map_err(terminal)?;
    for note in &outcome.notes {
        say!("{note}");
    }
    Ok(())
}

fn terminal(e: io::Error) -> String {
    format!("cannot write to the terminal: {e}")
}

/// Prints one plan to `target`.
fn render_one(
    path: &Path,
    target: &Path,
    settings: &RenderSettings,
    templates: &TemplateCache,
) -> Outcome {
    let mut outcome = Outcome::default();
    let name = path.display().to_string();
    // Writing to a Vec cannot fail.
    let report = |out: &mut Outcome, source: Option<&Source>, diagnostics| {
        let _ = write_text_report(&mut out.report, &name, source, diagnostics);
    };
    let source = match read_source(path) {
        Err(e) => {
            outcome.notes.push(format!("sipplan: {e}"));
            return outcome.failed(IO_ERROR, e);
        }
        Ok(Err(diagnostic)) => {
            report(&mut outcome, None, std::slice::from_ref(&diagnostic));
            return outcome.failed(INVALID, diagnostic.message);
        }
        Ok(Ok(source)) => source,
    };
    let loaded = sipplan::load::parse_plan(&source);
    let named = super::named_template(loaded.as_ref().ok());
    let t = match templates.get(settings.template, named, &source) {
        Ok(t) => t,
        Err(errors) => {
            let _ = write_template_errors_to(&mut outcome.report, &errors);
            let reason = "its template has errors";
            outcome
                .notes
                .push(format!("sipplan: {name} was not printed: {reason}"));
            return outcome.failed(INVALID, reason);
        }
    };
    let checked = sipplan::check_loaded(&source, loaded, &t, Some(settings.today));
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    let printable = checked.is_valid() || settings.options.draft;
    if !checked.diagnostics.is_empty() {
        report(&mut outcome, Some(&source), &checked.diagnostics);
    }
    let Some(plan) = checked.plan.as_ref().filter(|_| printable) else {
        outcome.notes.push(format!(
            "sipplan: {name} was not printed; fix the errors above, or add --draft to print it marked UTKAST"
        ));
        return outcome.failed(
            INVALID,
            format!("not valid: {}", count(errors.max(1), "error")),
        );
    };
    let chosen;
    let plan = match settings.revision {
        None => plan,
        Some(n) => match sipplan::followup::revision(plan, n) {
            Some(p) => {
                chosen = p;
                &chosen
            }
            None => {
                let message = format!("the plan has no revision {n}");
                outcome.notes.push(format!("sipplan: {name}: {message}"));
                return outcome.failed(INVALID, message);
            }
        },
    };
    let printed = match sipplan::print_plan(plan, &t, settings.options, settings.created) {
        Ok(printed) => printed,
        Err(e) => return outcome.failed(IO_ERROR, e.to_string()),
    };
    let named;
    let target = if settings.name_by_child {
        named = target.with_file_name(format!("{}.pdf", child_file_name(&plan.child.name)));
        named.as_path()
    } else {
        target
    };
    write_printed(&printed, target, settings, &mut outcome);
    outcome
}

/// Notes layout warnings, writes the PDF atomically and says where it went.
fn write_printed(
    printed: &sipplan::Printed,
    target: &Path,
    settings: &RenderSettings,
    outcome: &mut Outcome,
) {
    for warning in &printed.warnings {
        outcome.notes.push(format!(
            "sipplan: warning[{}]: {}",
            warning.code, warning.message
        ));
        if let Some(hint) = &warning.hint {
            outcome.notes.push(format!("  help: {hint}"));
        }
    }
    match write_atomically(target, &printed.pdf, settings.force) {
        Ok(()) if settings.quiet => {}
        Ok(()) => outcome.notes.push(format!(
            "sipplan: wrote {} ({}, {} KB)",
            target.display(),
            count(printed.pages, "page"),
            printed.pdf.len().div_ceil(1024)
        )),
        Err(e) => {
            outcome.notes.push(format!("sipplan: {e}"));
            outcome.failure = Some((IO_ERROR, e));
        }
    }
}

/// `SOURCE_DATE_EPOCH` for reproducible builds, if set.
pub(super) fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Err(_) => Ok(None),
        Ok(value) => value.trim().parse().map(Some).map_err(|_| {
            format!("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not `{value}`")
        }),
    }
}
