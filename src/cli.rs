//! Command-line interface: files, terminal output and exit codes.
//!
//! Everything that touches the outside world lives here; the library gets
//! bytes and returns values. Exit codes: 0 valid (warnings allowed),
//! 1 a plan is invalid, 2 usage or file-system error.

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use sipplan::diagnostic::{Diagnostic, FieldPath, Severity};
use sipplan::load::{Format, MAX_FILE_BYTES, Source};
use sipplan::render::Options;
use sipplan::template::{self, Files, Template, TemplateErrors};

/// Prints a line to stderr; unlike `eprintln!` it cannot panic on a closed pipe.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

/// The starter plan written by `sipplan new`.
const STARTER_PLAN: &str = include_str!("starter.ron");

/// sipplan: check a child's SIP (samordnad individuell plan) and print it as a short PDF.
#[derive(Debug, Parser)]
#[command(name = "sipplan", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check plan files: prints every problem with its line, column and what to do.
    Check {
        /// Plan files (.ron, or .json for JSON), or folders of them.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// How to print the result: readable text, or JSON for other programs.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Template to check against: a built-in id (sv, en) or a template file.
        /// Default: the template the plan names, else sv.
        #[arg(long, value_name = "FILE|ID")]
        template: Option<String>,
        /// The date to judge due follow-ups by (YYYY-MM-DD). Default: today.
        #[arg(long, env = "SIPPLAN_TODAY", value_name = "DATE", value_parser = parse_date)]
        today: Option<chrono::NaiveDate>,
    },
    /// Print a plan as an A4 PDF for the SIP meeting (or an empty worksheet with --blank).
    Render {
        /// Plan files (.ron or .json) or folders of them. Not needed with --blank.
        #[arg(required_unless_present = "blank")]
        plans: Vec<PathBuf>,
        /// Where to write the PDF; with several plans, a folder. Default: next
        /// to each plan, with .pdf.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the output file if it already exists.
        #[arg(long)]
        force: bool,
        /// Print a plan that has errors, marked "UTKAST" on every page.
        #[arg(long)]
        draft: bool,
        /// Print the personnummer as YYYYMMDD-XXXX (for copies).
        #[arg(long)]
        mask: bool,
        /// Print an empty worksheet to fill in by hand at the meeting.
        #[arg(long)]
        blank: bool,
        /// Add a page listing every revision of the plan and what changed.
        #[arg(long)]
        history: bool,
        /// Name each PDF after the child (e.g. elsa-exempeldotter.pdf) instead
        /// of after the plan file. Never uses the personnummer.
        #[arg(long)]
        name_by_child: bool,
        /// Print an earlier revision of the plan (1, 2, …) instead of the current one.
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
        /// Template to print with: a built-in id (sv, en) or a template file.
        /// Default: the template the plan names, else sv.
        #[arg(long, value_name = "FILE|ID")]
        template: Option<String>,
        /// The date to judge due follow-ups by (YYYY-MM-DD). Default: today.
        #[arg(long, env = "SIPPLAN_TODAY", value_name = "DATE", value_parser = parse_date)]
        today: Option<chrono::NaiveDate>,
    },
    /// Start the next revision of a plan after a follow-up meeting.
    Followup {
        /// The plan file that was followed up.
        plan: PathBuf,
        /// Where to write the new revision; default: beside the plan, named
        /// after it with the new revision number (plan-v2.ron).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the output file if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// Say what changed between the last two revisions of a plan, or between two plan files.
    Diff {
        /// The plan (its current revision is compared with the one before).
        plan: PathBuf,
        /// A second plan file: compare the first with this one instead.
        other: Option<PathBuf>,
        /// Template whose language to use: a built-in id or a template file.
        #[arg(long, value_name = "FILE|ID")]
        template: Option<String>,
    },
    /// Write a starter plan with every field and <placeholders> to fill in.
    New {
        /// Where to write it; without this, the plan is printed.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the output file if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// Print the JSON Schema of the plan file format (for editors and other programs).
    Schema {
        /// Print the schema of the template format instead.
        #[arg(long)]
        template: bool,
    },
    /// Work with templates: a municipality's or region's version of the plan.
    Template {
        #[command(subcommand)]
        command: TemplateCommand,
    },
}

#[derive(Debug, Subcommand)]
enum TemplateCommand {
    /// List the built-in templates.
    List,
    /// Write a commented starting template that extends another one.
    Init {
        /// The template to start from: a built-in id or a template file.
        #[arg(long, default_value = "sv", value_name = "FILE|ID")]
        from: String,
        /// Where to write it; without this, the template is printed.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the output file if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// Check a template file and everything it extends.
    Check {
        /// The template file (.ron, or .json for JSON).
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
}

/// Parses the arguments, runs the command and returns the exit code.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            files,
            format,
            template,
            today,
        } => check(
            &files,
            format,
            template.as_deref(),
            today.unwrap_or_else(clock_today),
        ),
        Command::Render {
            plans,
            output,
            force,
            draft,
            mask,
            blank,
            history,
            name_by_child,
            revision,
            template,
            today,
        } => render(
            &plans,
            output.as_deref(),
            blank,
            &RenderSettings {
                force,
                options: Options {
                    mask,
                    draft,
                    history,
                },
                revision,
                name_by_child,
                template: template.as_deref(),
                created: None,
                today: today.unwrap_or_else(clock_today),
            },
        ),
        Command::New { output, force } => new_plan(output.as_deref(), force),
        Command::Followup {
            plan,
            output,
            force,
        } => followup(&plan, output.as_deref(), force),
        Command::Diff {
            plan,
            other,
            template,
        } => diff(&plan, other.as_deref(), template.as_deref()),
        Command::Schema { template: false } => print(&sipplan::plan_schema()),
        Command::Schema { template: true } => print(&sipplan::template_schema()),
        Command::Template { command } => match command {
            TemplateCommand::List => template_list(),
            TemplateCommand::Init {
                from,
                output,
                force,
            } => template_init(&from, output.as_deref(), force),
            TemplateCommand::Check { file } => template_check(&file),
        },
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            say!("sipplan: {message}");
            ExitCode::from(2)
        }
    }
}

/// Exit code for invalid input.
const INVALID: u8 = 1;
/// Exit code for a file that could not be read or written.
const IO_ERROR: u8 = 2;

/// Today's date from the clock: the only place sipplan reads it.
fn clock_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// A `YYYY-MM-DD` argument, explained like a date in a plan.
fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    sipplan::plan::PlanDate::parse(text).map(|d| d.0)
}

fn check(
    files: &[PathBuf],
    format: OutputFormat,
    template: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<ExitCode, String> {
    let mut worst = 0;
    let mut reports = Vec::new();
    let mut out = io::stdout().lock();
    let files = plan_files(files)?;
    let (mut valid_count, mut invalid, mut unreadable) = (0, Vec::new(), Vec::new());
    for path in &files {
        let name = path.display().to_string();
        let (valid, diagnostics, source) = match read_source(path) {
            Err(e) => {
                worst = worst.max(IO_ERROR);
                unreadable.push(name.clone());
                match format {
                    OutputFormat::Text => say!("sipplan: {e}"),
                    OutputFormat::Json => reports.push(FileReport::failed(&name, e)),
                }
                continue;
            }
            Ok(Err(diagnostic)) => (false, vec![diagnostic], None),
            Ok(Ok(source)) => match template_for(template, &source) {
                Ok(t) => {
                    let checked = sipplan::check_at(&source, &t, Some(today));
                    (checked.is_valid(), checked.diagnostics, Some(source))
                }
                Err(errors) => {
                    worst = worst.max(INVALID);
                    if format == OutputFormat::Text {
                        write_template_errors(&errors)?;
                    }
                    let message =
                        "the template could not be used; run `sipplan template check` on it";
                    (
                        false,
                        vec![Diagnostic::error(
                            "SIP200",
                            FieldPath::from("document.template"),
                            message,
                        )],
                        Some(source),
                    )
                }
            },
        };
        if valid {
            valid_count += 1;
        } else {
            worst = worst.max(INVALID);
            invalid.push(name.clone());
        }
        match format {
            OutputFormat::Text => {
                write_text_report(&mut out, &name, source.as_ref(), &diagnostics)
                    .map_err(|e| format!("cannot write to the terminal: {e}"))?;
            }
            OutputFormat::Json => {
                reports.push(FileReport::new(&name, valid, source.as_ref(), &diagnostics))
            }
        }
    }
    if format == OutputFormat::Json {
        let text = serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?;
        writeln!(out, "{text}").map_err(|e| format!("cannot write to the terminal: {e}"))?;
    } else if files.len() > 1 {
        let mut summary = format!(
            "\n{} checked: {valid_count} valid, {} not valid",
            count(files.len(), "plan"),
            invalid.len()
        );
        if !unreadable.is_empty() {
            summary.push_str(&format!(", {} could not be read", unreadable.len()));
        }
        writeln!(out, "{summary}").map_err(|e| format!("cannot write to the terminal: {e}"))?;
        for name in invalid.iter().chain(&unreadable) {
            writeln!(out, "  {name}").map_err(|e| format!("cannot write to the terminal: {e}"))?;
        }
    }
    Ok(ExitCode::from(worst))
}

/// Reads a plan file: the outer error is a file-system problem (exit 2),
/// the inner one a file that is not a readable plan (exit 1).
fn read_source(path: &Path) -> Result<Result<Source, Diagnostic>, String> {
    let name = path.display();
    let meta =
        fs::metadata(path).map_err(|e| format!("cannot read `{name}`: {}", io_reason(&e)))?;
    if meta.is_dir() {
        return Err(format!("`{name}` is a folder, not a plan file"));
    }
    if !meta.is_file() {
        return Err(format!("`{name}` is not a regular file"));
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        // Refuse before reading it all into memory.
        return Ok(Err(sipplan::load::too_large(meta.len())));
    }
    let bytes = fs::read(path).map_err(|e| format!("cannot read `{name}`: {}", io_reason(&e)))?;
    let display = name.to_string();
    Ok(Source::from_bytes(
        &display,
        &bytes,
        Format::from_file_name(&display),
    ))
}

/// A file-system error in words, without Rust's `(os error 2)` noise.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "there is no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk or folder is read-only".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text,
            }
        }
    }
}

fn write_text_report(
    out: &mut impl Write,
    name: &str,
    source: Option<&Source>,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let shown = source.map(|s| (s, ariadne::Source::from(s.redacted_text())));
    for d in diagnostics {
        write_diagnostic(out, name, shown.as_ref(), d, color)?;
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let summary = match (errors, warnings) {
        (0, 0) => "OK".to_owned(),
        (0, w) => format!("OK, {}", count(w, "warning")),
        (e, 0) => format!("not valid: {}", count(e, "error")),
        (e, w) => format!("not valid: {}, {}", count(e, "error"), count(w, "warning")),
    };
    writeln!(out, "{name}: {summary}")
}

fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// One diagnostic in the style of rustc: header, source line with a caret, hint.
/// Source lines are shown from the redacted text (no full personnummer).
fn write_diagnostic(
    out: &mut impl Write,
    name: &str,
    source: Option<&(&Source, ariadne::Source<String>)>,
    d: &Diagnostic,
    color: bool,
) -> io::Result<()> {
    let kind = match d.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    let (Some((source, shown)), Some(span)) = (source, d.span.clone()) else {
        // Nothing to point at: a plain line.
        let severity = if d.is_error() { "error" } else { "warning" };
        writeln!(out, "{severity}[{}]: {name}: {}", d.code, d.message)?;
        if let Some(hint) = &d.hint {
            writeln!(out, "  help: {hint}")?;
        }
        return Ok(());
    };
    let span = clamp(span, source.text.len());
    let (line, col) = source.line_col(span.start);
    let mut label = Label::new((name, span.clone())).with_color(if d.is_error() {
        Color::Red
    } else {
        Color::Yellow
    });
    label = label.with_message(if d.path.is_root() {
        "here".to_owned()
    } else {
        format!("in `{}`", d.path)
    });
    let mut report = Report::build(kind, (name, span))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_code(d.code)
        .with_message(format!("{}:{line}:{col}: {}", name, d.message))
        .with_label(label);
    if let Some(hint) = &d.hint {
        report = report.with_help(hint);
    }
    report.finish().write((name, shown), &mut *out)
}

/// Keeps a span inside the text; ariadne needs at least one byte to point at.
fn clamp(span: std::ops::Range<usize>, len: usize) -> std::ops::Range<usize> {
    let start = span.start.min(len);
    start..span.end.clamp(start, len)
}

/// One file's result for `--format json`.
#[derive(Serialize)]
struct FileReport {
    file: String,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    code: &'static str,
    severity: Severity,
    message: String,
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    hint: Option<String>,
}

impl FileReport {
    fn new(name: &str, valid: bool, source: Option<&Source>, diagnostics: &[Diagnostic]) -> Self {
        let diagnostics = diagnostics
            .iter()
            .map(|d| {
                let at = source
                    .zip(d.span.as_ref())
                    .map(|(s, span)| s.line_col(span.start));
                JsonDiagnostic {
                    code: d.code,
                    severity: d.severity,
                    message: d.message.clone(),
                    path: d.path.to_string(),
                    line: at.map(|a| a.0),
                    column: at.map(|a| a.1),
                    hint: d.hint.clone(),
                }
            })
            .collect();
        Self {
            file: name.to_owned(),
            valid,
            error: None,
            diagnostics,
        }
    }

    fn failed(name: &str, error: String) -> Self {
        Self {
            file: name.to_owned(),
            valid: false,
            error: Some(error),
            diagnostics: Vec::new(),
        }
    }
}

/// How every plan of a `render` call is printed.
struct RenderSettings<'a> {
    force: bool,
    options: Options,
    revision: Option<u32>,
    /// Name the PDF after the child instead of after the plan file.
    name_by_child: bool,
    template: Option<&'a str>,
    created: Option<i64>,
    today: chrono::NaiveDate,
}

fn render(
    plans: &[PathBuf],
    output: Option<&Path>,
    blank: bool,
    settings: &RenderSettings,
) -> Result<ExitCode, String> {
    let settings = &RenderSettings {
        created: source_date_epoch()?,
        ..*settings
    };
    let RenderSettings {
        force,
        options,
        template,
        created,
        ..
    } = *settings;
    if blank {
        let chosen = match template {
            Some(name) => template::by_name(name, &FsFiles),
            None => template::default_template(),
        };
        let t = match chosen {
            Ok(t) => t,
            Err(errors) => {
                write_template_errors(&errors)?;
                return Ok(ExitCode::from(INVALID));
            }
        };
        let target = output.map_or_else(|| PathBuf::from("sip-arbetsblad.pdf"), Path::to_path_buf);
        let printed = sipplan::print_blank(&t, options, created).map_err(|e| e.to_string())?;
        write_printed(&printed, &target, force)?;
        return Ok(ExitCode::SUCCESS);
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
    let started = std::time::Instant::now();
    let mut failures = Vec::new();
    let mut worst = 0;
    for path in &files {
        let target = match (output, batch) {
            (Some(folder), true) => {
                folder.join(default_output(path).file_name().unwrap_or_default())
            }
            (Some(file), false) => file.to_path_buf(),
            (None, _) => default_output(path),
        };
        // A file name the user gave wins over --name-by-child.
        let explicit = output.is_some() && !batch;
        let file_settings = RenderSettings {
            name_by_child: settings.name_by_child && !explicit,
            ..*settings
        };
        if let Err((code, reason)) = render_one(path, &target, &file_settings)? {
            worst = worst.max(code);
            failures.push(format!("{}: {reason}", path.display()));
        }
    }
    if batch {
        say!(
            "sipplan: printed {} of {} plans in {:.1} s",
            files.len() - failures.len(),
            files.len(),
            started.elapsed().as_secs_f32()
        );
        if !failures.is_empty() {
            say!("not printed:");
            for failure in &failures {
                say!("  {failure}");
            }
        }
    }
    Ok(ExitCode::from(worst))
}

/// The plan files named: files as given, folders searched for .ron and
/// .json files (sorted, not recursing).
fn plan_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = fs::read_dir(path).map_err(|e| {
                format!(
                    "cannot read the folder `{}`: {}",
                    path.display(),
                    io_reason(&e)
                )
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && matches!(p.extension().and_then(|e| e.to_str()), Some("ron" | "json"))
                })
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Prints one plan. The outer error stops everything (the terminal is gone);
/// the inner one is this plan's failure: exit code and a short reason.
fn render_one(
    path: &Path,
    target: &Path,
    settings: &RenderSettings,
) -> Result<Result<(), (u8, String)>, String> {
    let RenderSettings {
        force,
        options,
        revision,
        name_by_child,
        template,
        created,
        today,
    } = *settings;
    let name = path.display().to_string();
    let source = match read_source(path) {
        Err(e) => {
            say!("sipplan: {e}");
            return Ok(Err((IO_ERROR, e)));
        }
        Ok(Err(diagnostic)) => {
            write_report(&name, None, std::slice::from_ref(&diagnostic))?;
            return Ok(Err((INVALID, diagnostic.message)));
        }
        Ok(Ok(source)) => source,
    };
    let t = match template_for(template, &source) {
        Ok(t) => t,
        Err(errors) => {
            write_template_errors(&errors)?;
            say!("sipplan: {name} was not printed: its template has errors");
            return Ok(Err((INVALID, "its template has errors".into())));
        }
    };
    let checked = sipplan::check_at(&source, &t, Some(today));
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    let Some(plan) = checked
        .plan
        .as_ref()
        .filter(|_| checked.is_valid() || options.draft)
    else {
        write_report(&name, Some(&source), &checked.diagnostics)?;
        say!(
            "sipplan: {name} was not printed; fix the errors above, or add --draft to print it marked UTKAST"
        );
        return Ok(Err((
            INVALID,
            format!("not valid: {}", count(errors.max(1), "error")),
        )));
    };
    if !checked.diagnostics.is_empty() {
        write_report(&name, Some(&source), &checked.diagnostics)?;
    }
    let chosen;
    let plan = match revision {
        None => plan,
        Some(n) => match sipplan::followup::revision(plan, n) {
            Some(p) => {
                chosen = p;
                &chosen
            }
            None => {
                let message = format!("the plan has no revision {n}");
                say!("sipplan: {name}: {message}");
                return Ok(Err((INVALID, message)));
            }
        },
    };
    let printed = match sipplan::print_plan(plan, &t, options, created) {
        Ok(printed) => printed,
        Err(e) => return Ok(Err((IO_ERROR, e.to_string()))),
    };
    let named;
    let target = if name_by_child {
        named = target.with_file_name(format!("{}.pdf", child_file_name(&plan.child.name)));
        named.as_path()
    } else {
        target
    };
    match write_printed(&printed, target, force) {
        Ok(()) => Ok(Ok(())),
        Err(e) => {
            say!("sipplan: {e}");
            Ok(Err((IO_ERROR, e)))
        }
    }
}

/// Reports layout warnings, writes the PDF atomically and says where it went.
fn write_printed(printed: &sipplan::Printed, target: &Path, force: bool) -> Result<(), String> {
    for warning in &printed.warnings {
        say!("sipplan: warning[{}]: {}", warning.code, warning.message);
        if let Some(hint) = &warning.hint {
            say!("  help: {hint}");
        }
    }
    write_atomically(target, &printed.pdf, force)?;
    say!(
        "sipplan: wrote {} ({}, {} KB)",
        target.display(),
        count(printed.pages, "page"),
        printed.pdf.len().div_ceil(1024)
    );
    Ok(())
}

/// `SOURCE_DATE_EPOCH` for reproducible builds, if set.
fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Err(_) => Ok(None),
        Ok(value) => value.trim().parse().map(Some).map_err(|_| {
            format!("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not `{value}`")
        }),
    }
}

/// `plan.ron` → `plan.pdf` beside it. A name that looks like it holds a
/// personnummer is not copied: the PDF gets a neutral name instead.
fn default_output(plan: &Path) -> PathBuf {
    let stem = plan
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let digits = stem.chars().filter(char::is_ascii_digit).count();
    let name = if stem.is_empty() || digits >= 10 {
        "sip-plan.pdf".to_owned()
    } else {
        format!("{stem}.pdf")
    };
    plan.with_file_name(name)
}

/// A file name from the child's name: lower case a–z, å/ä/ö as a/a/o,
/// words joined by "-", never a digit (so never a personnummer).
fn child_file_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            c => c,
        };
        if c.is_ascii_lowercase() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "sip-plan".to_owned()
    } else {
        out
    }
}

/// Diagnostics in the readable form, on stdout like `check`.
fn write_report(
    name: &str,
    source: Option<&Source>,
    diagnostics: &[Diagnostic],
) -> Result<(), String> {
    write_text_report(&mut io::stdout().lock(), name, source, diagnostics)
        .map_err(|e| format!("cannot write to the terminal: {e}"))
}

/// Reads a plan that must at least load; a file that does not is reported
/// like `check` does, and `None` is returned.
fn load_plan(path: &Path) -> Result<Option<(Source, sipplan::plan::Plan)>, String> {
    let name = path.display().to_string();
    let source = match read_source(path)? {
        Ok(source) => source,
        Err(diagnostic) => {
            write_report(&name, None, &[diagnostic])?;
            return Ok(None);
        }
    };
    match sipplan::load::parse_plan(&source) {
        Ok(plan) => Ok(Some((source, plan))),
        Err(diagnostics) => {
            let located: Vec<Diagnostic> = diagnostics;
            write_report(&name, Some(&source), &located)?;
            Ok(None)
        }
    }
}

fn followup(path: &Path, output: Option<&Path>, force: bool) -> Result<ExitCode, String> {
    let Some((source, plan)) = load_plan(path)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let t = match template_for(None, &source) {
        Ok(t) => t,
        Err(errors) => {
            write_template_errors(&errors)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    let checked = sipplan::check(&source, &t);
    if !checked.is_valid() {
        write_report(&source.name, Some(&source), &checked.diagnostics)?;
        say!("sipplan: fix the plan before starting the next revision");
        return Ok(ExitCode::from(INVALID));
    }
    let next = sipplan::followup::next_revision(&plan);
    let text =
        sipplan::followup::to_ron(&next).map_err(|e| format!("cannot write the plan: {e}"))?;
    let target = output.map_or_else(
        || {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stem = stem.split("-v").next().unwrap_or(&stem).to_owned();
            path.with_file_name(format!("{stem}-v{}.ron", next.document.revision))
        },
        Path::to_path_buf,
    );
    write_atomically(&target, text.as_bytes(), force)?;
    say!(
        "sipplan: wrote revision {} to {}; fill in every <placeholder>, then run `sipplan check {}`",
        next.document.revision,
        target.display(),
        target.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn diff(path: &Path, other: Option<&Path>, template: Option<&str>) -> Result<ExitCode, String> {
    let Some((source, plan)) = load_plan(path)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let (old, new) = match other {
        Some(other_path) => {
            let Some((_, other_plan)) = load_plan(other_path)? else {
                return Ok(ExitCode::from(INVALID));
            };
            (plan, other_plan)
        }
        None => match plan.previous().cloned() {
            Some(previous) => (previous, plan),
            None => {
                return Err(format!(
                    "`{}` has only one revision: there is nothing to compare (give a second plan file to compare with)",
                    path.display()
                ));
            }
        },
    };
    let t = match template_for(template, &source) {
        Ok(t) => t,
        Err(errors) => {
            write_template_errors(&errors)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    let changes = sipplan::followup::changes(&old, &new);
    let heading = format!(
        "{} {} ({}) → {} {} ({})\n",
        t.labels.document.revision,
        old.document.revision,
        old.meeting.date,
        t.labels.document.revision,
        new.document.revision,
        new.meeting.date
    );
    print(&(heading + &sipplan::followup::describe(&changes, &t.labels)))
}

fn new_plan(output: Option<&Path>, force: bool) -> Result<ExitCode, String> {
    match output {
        None => print(STARTER_PLAN),
        Some(path) => {
            write_atomically(path, STARTER_PLAN.as_bytes(), force)?;
            say!(
                "sipplan: wrote {}; fill in every <placeholder>, then run `sipplan check {}`",
                path.display(),
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print(text: &str) -> Result<ExitCode, String> {
    io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write to the terminal: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a file so that it is either complete or not there at all: the bytes
/// go to a temporary file in the same folder, which is then renamed.
fn write_atomically(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    write_atomically_with(path, force, |file| file.write_all(bytes))
}

/// [`write_atomically`] with the writing itself passed in, so that tests can
/// make it fail like a full disk does.
fn write_atomically_with(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut fs::File) -> io::Result<()>,
) -> Result<(), String> {
    let name = path.display();
    if path.is_dir() {
        return Err(format!(
            "`{name}` is a folder: give a file name, e.g. `{name}/plan.pdf`"
        ));
    }
    if !force && path.exists() {
        return Err(format!(
            "`{name}` already exists; add --force to replace it"
        ));
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(format!(
            "cannot write `{name}`: the folder `{}` does not exist",
            folder.display()
        ));
    }
    let fail = |e: io::Error| format!("cannot write `{name}`: {}", io_reason(&e));
    // Dropping the temporary file on any error below removes it.
    let mut temp = tempfile::Builder::new()
        .prefix(".sipplan-")
        .tempfile_in(folder)
        .map_err(fail)?;
    write(temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    let persisted = if force {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    persisted.map_err(|e| fail(e.error))
}

/// Templates and logos from the file system, relative to the file that names them.
struct FsFiles;

impl FsFiles {
    fn path(name: &str, from: &Source) -> PathBuf {
        let base = Path::new(&from.name).parent().unwrap_or(Path::new(""));
        if from.name.is_empty() || from.name.starts_with("built-in") {
            PathBuf::from(name)
        } else {
            base.join(name)
        }
    }
}

impl Files for FsFiles {
    fn template(&self, name: &str, from: &Source) -> Result<Source, String> {
        let path = Self::path(name, from);
        match read_source(&path)? {
            Ok(source) => Ok(source),
            Err(diagnostic) => Err(format!("`{}`: {}", path.display(), diagnostic.message)),
        }
    }

    fn bytes(&self, name: &str, from: &Source) -> Result<Vec<u8>, String> {
        let path = Self::path(name, from);
        let meta =
            fs::metadata(&path).map_err(|e| format!("`{}`: {}", path.display(), io_reason(&e)))?;
        if !meta.is_file() {
            return Err(format!("`{}` is not a file", path.display()));
        }
        if meta.len() > sipplan::image::MAX_BYTES as u64 {
            return Err(format!(
                "`{}` is {} KB; the limit is {} KB",
                path.display(),
                meta.len() / 1024,
                sipplan::image::MAX_BYTES / 1024
            ));
        }
        fs::read(&path).map_err(|e| format!("`{}`: {}", path.display(), io_reason(&e)))
    }
}

/// The template for a plan: the one asked for, else the one the plan names
/// (relative to the plan file), else the default.
fn template_for(explicit: Option<&str>, plan: &Source) -> Result<Template, TemplateErrors> {
    if let Some(name) = explicit {
        return template::by_name(name, &FsFiles);
    }
    let named = sipplan::load::parse_plan(plan)
        .ok()
        .and_then(|p| p.document.template)
        .filter(|t| !t.trim().is_empty());
    match named {
        None => template::default_template(),
        Some(name) => match template::builtin(&name) {
            Some(source) => template::load(&source, &FsFiles),
            None => match FsFiles.template(&name, plan) {
                Ok(source) => template::load(&source, &FsFiles),
                Err(e) => Err(vec![template::FileDiagnostics {
                    source: plan.clone(),
                    diagnostics: vec![
                        Diagnostic::error(
                            "SIP200",
                            FieldPath::from("document.template"),
                            format!("cannot read the plan's template: {e}"),
                        )
                        .with_hint(
                            "write a built-in id (sv, en) or a path relative to the plan file",
                        )
                        .with_span(
                            plan.locate(&FieldPath::from("document.template"))
                                .unwrap_or(0..0),
                        ),
                    ],
                }]),
            },
        },
    }
}

fn write_template_errors(errors: &TemplateErrors) -> Result<(), String> {
    for file in errors {
        let source = (!file.source.text.is_empty()).then_some(&file.source);
        write_report(&file.source.name, source, &file.diagnostics)?;
    }
    Ok(())
}

fn template_list() -> Result<ExitCode, String> {
    let mut out = String::new();
    for id in template::builtin_ids() {
        let t = template::by_name(id, &FsFiles)
            .map_err(|_| format!("the built-in template `{id}` is broken"))?;
        out.push_str(&format!(
            "{:<4} {} (language: {}, version {})\n",
            t.id, t.name, t.language, t.version
        ));
    }
    print(&out)
}

fn template_check(file: &Path) -> Result<ExitCode, String> {
    let name = file.display().to_string();
    let source = match read_source(file)? {
        Ok(source) => source,
        Err(diagnostic) => {
            write_report(&name, None, &[diagnostic])?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    match template::load(&source, &FsFiles) {
        Ok(t) => {
            let custom = t.custom_sections.len();
            print(&format!(
                "{name}: OK — \"{}\" ({} sections printed, {custom} custom, {} required fields{})\n",
                t.name,
                t.sections.len(),
                t.required.len(),
                if t.logo.is_some() { ", logo" } else { "" }
            ))
        }
        Err(errors) => {
            write_template_errors(&errors)?;
            Ok(ExitCode::from(INVALID))
        }
    }
}

fn template_init(from: &str, output: Option<&Path>, force: bool) -> Result<ExitCode, String> {
    let base = match template::by_name(from, &FsFiles) {
        Ok(t) => t,
        Err(errors) => {
            write_template_errors(&errors)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    let text = sipplan::template::starter(from, &base);
    match output {
        None => print(&text),
        Some(path) => {
            write_atomically(path, text.as_bytes(), force)?;
            say!(
                "sipplan: wrote {}; change what your agreement needs, then run `sipplan template check {}`",
                path.display(),
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_childs_file_name_has_no_digits_and_no_odd_letters() {
        assert_eq!(child_file_name("Elsa Exempeldotter"), "elsa-exempeldotter");
        assert_eq!(child_file_name("Åsa-Märta Öberg"), "asa-marta-oberg");
        assert_eq!(child_file_name("Elsa 20140517-9829"), "elsa");
        assert_eq!(child_file_name("漢字"), "sip-plan");
    }

    #[test]
    fn a_full_disk_leaves_neither_the_file_nor_a_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.pdf");
        let result = write_atomically_with(&target, false, |file| {
            file.write_all(b"%PDF-1.3 half")?;
            Err(io::Error::from_raw_os_error(28)) // ENOSPC
        });
        let message = result.unwrap_err();
        assert!(message.contains("the disk is full"), "{message}");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file_when_forced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.pdf");
        fs::write(&target, "old").unwrap();
        let result =
            write_atomically_with(&target, true, |_| Err(io::Error::from_raw_os_error(28)));
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
