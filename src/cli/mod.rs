//! Command-line interface: files, terminal output and exit codes.
//!
//! Everything that touches the outside world lives here; the library gets
//! bytes and returns values. Each command reads its files, asks the
//! library's one entry point ([`sipplan::run`]) and shows the outcome.
//! Exit codes: 0 valid (warnings allowed), 1 a plan is invalid, 2 usage or
//! file-system error.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

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
mod exit;
mod files;
mod followup;
mod interrupt;
mod invitation;
mod language;
mod read;
mod render;
mod report;
mod revisions;
mod stats;
mod templates;
mod terminal;

use args::{Cli, Command, RenderArgs, StatsArgs, TemplateCommand};
use error::CliError;
use report::print;

/// Parses the arguments, runs the command and returns the exit code.
pub fn run() -> ExitCode {
    interrupt::install();
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
            drafts: args.draft,
            options: sipplan::render::Options {
                mask: args.mask,
                draft_mark: args.draft,
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
