//! Command-line interface: files, terminal output and exit codes.
//!
//! Everything that touches the outside world lives here; the library gets
//! bytes and returns values. Each command reads its files, asks the
//! library's one entry point ([`sipplan::run`]) and shows the outcome.
//! Exit codes: 0 valid (warnings allowed), 1 a plan is invalid, 2 usage or
//! file-system error.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, FromArgMatches};

use sipplan::source::Source;
use sipplan::template::{Resolver, Template};

/// Prints a line to stderr; unlike `eprintln!` it cannot panic on a closed pipe.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

mod args;
mod check;
mod deviation;
mod due;
mod error;
mod files;
mod followup;
mod invitation;
mod language;
mod render;
mod report;
mod stats;
mod templates;

use args::{Cli, Command, RenderArgs, StatsArgs, TemplateCommand};
use error::CliError;
use files::{FsFiles, ReadError, read_source};
use report::{write_report, write_template_errors};

/// Parses the arguments, runs the command and returns the exit code.
pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    language::choose(&args);
    let mut cmd = language::localize(Cli::command());
    let cli = match cmd
        .try_get_matches_from_mut(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => return language::refuse(e, &cmd, &args),
    };
    match dispatch(cli.command) {
        Ok(code) => code,
        // The reader went away (`sipplan check … | head`): nothing to say.
        Err(CliError::PipeClosed) => ExitCode::SUCCESS,
        Err(e) => {
            say!("sipplan: {e}");
            e.exit_code()
        }
    }
}

/// Runs one command.
fn dispatch(command: Command) -> Result<ExitCode, CliError> {
    match command {
        Command::Check {
            files,
            format,
            template,
            today,
        } => check::check(
            &files,
            format,
            template.template.as_deref(),
            today.or_clock(),
        ),
        Command::Render(args) => render_command(&args),
        Command::Stats(args) => stats_command(&args),
        Command::Invitation {
            plan,
            output,
            one_for_all,
            template,
        } => invitation::invitation(&plan, &output, one_for_all, template.template.as_deref()),
        Command::Deviation(args) => deviation::deviation(&args),
        Command::Due {
            folders,
            today,
            within,
            format,
            mask,
        } => due::due(&due::DueRequest {
            folders: &folders,
            today: today.or_clock(),
            within,
            format,
            mask,
        }),
        Command::New { output } => templates::new_plan(&output),
        Command::Followup { plan, output } => followup::followup(&plan, &output),
        Command::Diff {
            plan,
            other,
            template,
        } => followup::diff(&plan, other.as_deref(), template.template.as_deref()),
        Command::Schema { template: false } => print(&sipplan::schema::plan()),
        Command::Schema { template: true } => print(&sipplan::schema::template()),
        Command::Template { command } => match command {
            TemplateCommand::List => templates::list(),
            TemplateCommand::Init { from, output } => templates::init(&from, &output),
            TemplateCommand::Check { file } => templates::check(&file),
        },
    }
}

/// `sipplan render`: the settings settled once, then every plan.
fn render_command(args: &RenderArgs) -> Result<ExitCode, CliError> {
    let family = args
        .family_language
        .as_deref()
        .map(render::family_template)
        .transpose()?;
    render::render(
        &args.plans,
        args.output.as_deref(),
        args.blank,
        &render::RenderSettings {
            force: args.force,
            options: sipplan::render::Options {
                mask: args.mask,
                draft: args.draft,
                history: args.history,
                superseded_by: None,
                family_copy: false,
                child_page: args.child_page,
            },
            revision: args.revision,
            name_by_child: args.name_by_child,
            template: args.template.template.as_deref(),
            family: family.as_ref(),
            created: None,
            today: args.today.or_clock(),
            quiet: args.quiet,
        },
    )
}

/// `sipplan stats`.
fn stats_command(args: &StatsArgs) -> Result<ExitCode, CliError> {
    stats::stats(&stats::StatsRequest {
        folders: &args.folders,
        from: args.from,
        to: args.to,
        today: args.today.or_clock(),
        format: args.format,
        output: args.output.as_deref(),
        report: args.report.as_deref(),
        min_cell: args.min_cell,
        template: args.template.template.as_deref(),
        force: args.force,
    })
}

/// Exit code for invalid input.
const INVALID: u8 = 1;
/// Exit code for a file that could not be read or written.
const IO_ERROR: u8 = 2;

/// Today's date from the clock: the only place sipplan reads it.
fn clock_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Reads a plan that must at least load; a file that does not is reported
/// like `check` does, and `None` is returned.
fn load_plan(path: &Path) -> Result<Option<(Source, sipplan::plan::Plan)>, CliError> {
    let Some(source) = read_or_report(path)? else {
        return Ok(None);
    };
    match sipplan::load::parse_plan(&source) {
        Ok(plan) => Ok(Some((source, plan))),
        Err(diagnostics) => {
            write_report(&source.name, Some(&source), &diagnostics)?;
            Ok(None)
        }
    }
}

/// Reads a file as text. One that is not text sipplan can read is reported
/// like a plan's problems and gives `None`; one that cannot be read at all
/// stops the command.
fn read_or_report(path: &Path) -> Result<Option<Source>, CliError> {
    match read_source(path) {
        Ok(source) => Ok(Some(source)),
        Err(ReadError::Unreadable(message)) => Err(message.into()),
        Err(ReadError::NotText(diagnostic)) => {
            write_report(&sipplan::privacy::shown_path(path), None, &[diagnostic])?;
            Ok(None)
        }
    }
}

/// A plan run through the library for `task`; `None` when the file could
/// not be read or its template is broken, which has been reported.
fn run_plan(
    path: &Path,
    template: Option<&str>,
    task: sipplan::Task,
) -> Result<Option<(Source, sipplan::Outcome)>, CliError> {
    let Some(source) = read_or_report(path)? else {
        return Ok(None);
    };
    let templates = Resolver::new(&FsFiles, template);
    let outcome = sipplan::run(&sipplan::Request {
        source: Some(&source),
        templates: &templates,
        task,
        today: None,
        created: render::source_date_epoch()?,
    });
    if outcome.template.is_none() {
        write_template_errors(&outcome.template_errors)?;
        return Ok(None);
    }
    Ok(Some((source, outcome)))
}

fn print(text: &str) -> Result<ExitCode, CliError> {
    io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The template asked for with `--template`, else the default (sv), for
/// what is not a plan. A broken one is reported on the terminal and gives
/// `None`.
fn given_template(name: Option<&str>) -> Result<Option<Arc<Template>>, CliError> {
    match Resolver::new(&FsFiles, name).given_or_default() {
        Ok(t) => Ok(Some(t)),
        Err(errors) => {
            write_template_errors(&errors)?;
            Ok(None)
        }
    }
}
