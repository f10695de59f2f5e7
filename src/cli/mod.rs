//! Command-line interface: files, terminal output and exit codes.
//!
//! Everything that touches the outside world lives here; the library gets
//! bytes and returns values. Exit codes: 0 valid (warnings allowed),
//! 1 a plan is invalid, 2 usage or file-system error.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use sipplan::render::Options;
use sipplan::source::Source;
use sipplan::template::{self, Resolver, Template};

/// Prints a line to stderr; unlike `eprintln!` it cannot panic on a closed pipe.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

mod check;
mod due;
mod error;
mod files;
mod language;
mod render;
mod report;
mod stats;

use error::CliError;
use files::{FsFiles, ReadError, read_source, write_atomically};
use language::t;
use report::{write_report, write_template_errors};
use sipplan::msg;

/// The starter plan written by `sipplan new`.
const STARTER_PLAN: &str = include_str!("../starter.ron");

/// sipplan: check a child's SIP (samordnad individuell plan) and print it as a short PDF.
#[derive(Debug, Parser)]
#[command(name = "sipplan", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of messages and help: sv (the default) or en. Without
    /// it, an English LANG or LC_MESSAGES gives English. Read before the
    /// arguments are parsed (`language::choose`), so that `--help` and
    /// clap's own errors are in it; declared here so that it is accepted.
    #[arg(long, global = true, value_name = "CODE", value_parser = ["sv", "en"])]
    lang: Option<String>,
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
        /// Template to check against: a built-in id (sv, en, ar, fa, ckb, so, ti) or a template file.
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
        /// Add "Min plan", the child's own page, in large type, after the plan.
        #[arg(long, conflicts_with = "blank")]
        child_page: bool,
        /// Name each PDF after the child (e.g. elsa-exempeldotter.pdf) instead
        /// of after the plan file. Never uses the personnummer.
        #[arg(long)]
        name_by_child: bool,
        /// Print an earlier revision of the plan (1, 2, …) instead of the current one.
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
        /// Template to print with: a built-in id (sv, en, ar, fa, ckb, so, ti) or a template file.
        /// Default: the template the plan names, else sv.
        #[arg(long, value_name = "FILE|ID")]
        template: Option<String>,
        /// After the plan, the same plan with the headings in the family's
        /// language (a built-in template's language code, e.g. ar, fa, so).
        #[arg(long, value_name = "CODE", conflicts_with_all = ["blank", "draft"])]
        family_language: Option<String>,
        /// The date to judge due follow-ups by (YYYY-MM-DD). Default: today.
        #[arg(long, env = "SIPPLAN_TODAY", value_name = "DATE", value_parser = parse_date)]
        today: Option<chrono::NaiveDate>,
        /// Print only problems and the summary: no progress bar, no line per PDF.
        #[arg(short, long)]
        quiet: bool,
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
    /// Count the plans in folders for the yearly follow-up (BUS): only
    /// figures, never a name or a number; counts under 5 are shown as <5.
    Stats {
        /// Folders of plan files (or plan files).
        #[arg(required = true)]
        folders: Vec<PathBuf>,
        /// First day of the period (YYYY-MM-DD). Default: no start.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Option<chrono::NaiveDate>,
        /// Last day of the period (YYYY-MM-DD). Default: today.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        to: Option<chrono::NaiveDate>,
        /// How to print the figures.
        #[arg(long, value_enum, default_value_t = stats::StatsFormat::Table)]
        format: stats::StatsFormat,
        /// Write the figures to this file instead of the terminal.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also write a PDF report with tables and bars, to attach to the follow-up.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// Counts from 1 to N-1 are shown as "<N", so that no child can be recognised.
        #[arg(long, value_name = "N", default_value_t = 5,
              value_parser = clap::value_parser!(u64).range(1..))]
        min_cell: u64,
        /// Template whose language the figures are shown in: a built-in id
        /// (sv, en, ar, fa, ckb, so, ti) or a template file. Default: sv.
        #[arg(long, value_name = "FILE|ID")]
        template: Option<String>,
        /// Replace output files that already exist.
        #[arg(long)]
        force: bool,
        /// The date that ends a period without --to, and that decides which
        /// follow-ups have been missed (YYYY-MM-DD). Default: today.
        #[arg(long, env = "SIPPLAN_TODAY", value_name = "DATE", value_parser = parse_date)]
        today: Option<chrono::NaiveDate>,
    },
    /// Print the invitation to the SIP meeting: a one-page letter for each
    /// person invited (the guardians and the participants), or one for
    /// all. A plan that is still a draft will do.
    Invitation {
        /// The plan file.
        plan: PathBuf,
        /// The PDF to write. Default: beside the plan, `<plan>-kallelse.pdf`.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// One letter to everyone invited instead of one each.
        #[arg(long)]
        one_for_all: bool,
        /// Template whose words the letter uses: a built-in id or a template
        /// file. Default: the template the plan names, else sv.
        #[arg(long, value_name = "FILE|ID")]
        template: Option<String>,
        /// Replace the PDF if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// Report a deviation in collaboration (avvikelse): a party did not do
    /// its insats, a meeting was not held, a plan was not followed up. The
    /// full report for local handling, or with --deidentified the copy for
    /// the BUS secretariat, which names no one.
    Deviation {
        /// The plan file.
        plan: PathBuf,
        /// The insats it is about: its row in the plan, from 1.
        #[arg(
            long,
            value_name = "N",
            required_unless_present = "event",
            conflicts_with = "event"
        )]
        insats: Option<usize>,
        /// The event it is about, when it is not one insats.
        #[arg(long, value_enum, value_name = "KIND")]
        event: Option<DeviationEvent>,
        /// What happened, in a few sentences.
        #[arg(long, value_name = "TEXT")]
        what: String,
        /// When it happened (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        date: chrono::NaiveDate,
        /// Who reports: your name (left out of the de-identified copy).
        #[arg(long, value_name = "NAME")]
        reporter: String,
        /// The kind of party that did not do its part, for an event (for an
        /// insats, its ansvarig tells).
        #[arg(long, value_enum, value_name = "PARTY")]
        party: Option<DeviationParty>,
        /// The copy for the BUS secretariat: no name, number or birth date.
        #[arg(long)]
        deidentified: bool,
        /// You have read --what and it names no person (needed with --deidentified).
        #[arg(long, requires = "deidentified")]
        confirmed: bool,
        /// The PDF to write. Default: beside the plan.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also keep the deviation in the plan file, so that `stats` counts it.
        #[arg(long)]
        record: bool,
        /// Template whose words the report uses. Default: the plan's, else sv.
        #[arg(long, value_name = "FILE|ID")]
        template: Option<String>,
        /// Replace the PDF if it already exists.
        #[arg(long)]
        force: bool,
    },
    /// What is due in your plans: follow-ups overdue or coming, consents
    /// running out, insatser past their date, plans without a coordinator.
    /// One line per plan, most urgent first; the personnummer is masked.
    Due {
        /// Folders of plan files (or plan files).
        #[arg(required = true)]
        folders: Vec<PathBuf>,
        /// The day to judge by (YYYY-MM-DD). Default: today.
        #[arg(long, env = "SIPPLAN_TODAY", value_name = "DATE", value_parser = parse_date)]
        today: Option<chrono::NaiveDate>,
        /// How many days ahead a follow-up counts as coming.
        #[arg(long, value_name = "DAYS", default_value_t = 28)]
        within: u32,
        /// How to print the list.
        #[arg(long, value_enum, default_value_t = due::DueFormat::Table)]
        format: due::DueFormat,
        /// Hide the children's names too (for a list shown to others).
        #[arg(long)]
        mask: bool,
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
pub(super) enum OutputFormat {
    Text,
    Json,
}

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
    let result = match cli.command {
        Command::Check {
            files,
            format,
            template,
            today,
        } => check::check(
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
            child_page,
            name_by_child,
            revision,
            template,
            family_language,
            today,
            quiet,
        } => family_language
            .as_deref()
            .map(render::family_template)
            .transpose()
            .and_then(|family| {
                render::render(
                    &plans,
                    output.as_deref(),
                    blank,
                    &render::RenderSettings {
                        force,
                        options: Options {
                            mask,
                            draft,
                            history,
                            superseded_by: None,
                            family_copy: false,
                            child_page,
                        },
                        revision,
                        name_by_child,
                        template: template.as_deref(),
                        family: family.as_ref(),
                        created: None,
                        today: today.unwrap_or_else(clock_today),
                        quiet,
                    },
                )
            }),
        Command::Stats {
            folders,
            from,
            to,
            format,
            output,
            report,
            min_cell,
            template,
            force,
            today,
        } => stats::stats(&stats::StatsRequest {
            folders: &folders,
            from,
            to,
            today: today.unwrap_or_else(clock_today),
            format,
            output: output.as_deref(),
            report: report.as_deref(),
            min_cell,
            template: template.as_deref(),
            force,
        }),
        Command::Invitation {
            plan,
            output,
            one_for_all,
            template,
            force,
        } => invitation(
            &plan,
            output.as_deref(),
            one_for_all,
            template.as_deref(),
            force,
        ),
        Command::Deviation {
            plan,
            insats,
            event,
            what,
            date,
            reporter,
            party,
            deidentified,
            confirmed,
            output,
            record,
            template,
            force,
        } => {
            use sipplan::plan::{About, Audience, Event, Party};
            let about = match (insats, event) {
                (Some(row), _) => About::Insats(row),
                (None, Some(event)) => About::Event(event.into()),
                (None, None) => About::Event(Event::Other),
            };
            let report = sipplan::plan::Deviation {
                date: sipplan::plan::PlanDate(date),
                about,
                party: party.map(Party::from),
                what: what.into(),
                reporter: reporter.into(),
            };
            let request = DeviationRequest {
                audience: match deidentified {
                    true => Audience::Secretariat,
                    false => Audience::Local,
                },
                confirmed,
                record,
                output: output.as_deref(),
                template: template.as_deref(),
                force,
            };
            deviation(&plan, &report, &request)
        }
        Command::Due {
            folders,
            today,
            within,
            format,
            mask,
        } => due::due(&due::DueRequest {
            folders: &folders,
            today: today.unwrap_or_else(clock_today),
            within,
            format,
            mask,
        }),
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
        // The reader went away (`sipplan check … | head`): nothing to say.
        Err(CliError::PipeClosed) => ExitCode::SUCCESS,
        Err(e) => {
            say!("sipplan: {e}");
            e.exit_code()
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
    sipplan::plan::PlanDate::parse(text).map(|d| d.0).map_err(t)
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

fn followup(path: &Path, output: Option<&Path>, force: bool) -> Result<ExitCode, CliError> {
    let Some(source) = read_or_report(path)? else {
        return Ok(ExitCode::from(INVALID));
    };
    // One reading: a file that does not load comes back with its
    // diagnostics and no plan.
    let checked = match sipplan::check_source(&source, &Resolver::new(&FsFiles, None), None) {
        Ok(checked) => checked,
        Err(errors) => {
            write_template_errors(&errors)?;
            return Ok(ExitCode::from(INVALID));
        }
    };
    let (valid, loaded) = (checked.is_valid(), checked.plan.is_some());
    let Some(plan) = checked.plan.filter(|_| valid) else {
        write_report(&source.name, Some(&source), &checked.diagnostics)?;
        if loaded {
            say!("sipplan: {}", t(msg!("followup-invalid")));
        }
        return Ok(ExitCode::from(INVALID));
    };
    if let Some(closed) = plan.follow_up.closed {
        say!("sipplan: {}", t(msg!("followup-closed", date = closed)));
        return Ok(ExitCode::from(INVALID));
    }
    let next = sipplan::followup::next_revision(&plan);
    // The caseworker's own file, edited; written anew only if that fails.
    let text = match sipplan::followup::next_revision_text(&source, &plan) {
        Ok(text) => text,
        Err(e) => {
            say!(
                "sipplan: {}",
                t(msg!("followup-rewritten", path = e.0.to_string()))
            );
            sipplan::ron_file::to_ron(&next)
                .map_err(|e| t(msg!("followup-cannot-write", why = e.to_string())))?
        }
    };
    let target = output.map_or_else(
        || {
            // The same format as the plan: the text is the plan's own, edited.
            let extension = match source.format {
                sipplan::source::Format::Ron => "ron",
                sipplan::source::Format::Json => "json",
            };
            path.with_file_name(format!(
                "{}-v{}.{extension}",
                plan_stem(path),
                next.document.revision
            ))
        },
        Path::to_path_buf,
    );
    write_atomically(&target, text.as_bytes(), force)?;
    let shown = sipplan::privacy::shown_path(&target);
    say!(
        "sipplan: {}",
        t(msg!(
            "followup-wrote",
            revision = next.document.revision,
            file = shown
        ))
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

fn diff(path: &Path, other: Option<&Path>, template: Option<&str>) -> Result<ExitCode, CliError> {
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

/// The kinds of event a deviation can be about, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DeviationEvent {
    /// Nobody took the initiative to a SIP.
    NoInitiative,
    /// A party that was called did not come.
    PartyAbsent,
    /// The meeting was not held within the agreed time.
    MeetingNotHeld,
    /// The plan was not followed up.
    NotFollowedUp,
    /// Information was not passed on.
    InformationNotPassed,
    /// Something else.
    Other,
}

/// The kinds of party a deviation can concern, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DeviationParty {
    /// Kommunen.
    Kommun,
    /// Regionen.
    Region,
    /// Another actor.
    Other,
}

impl From<DeviationParty> for sipplan::plan::Party {
    fn from(party: DeviationParty) -> Self {
        use sipplan::plan::Party;
        match party {
            DeviationParty::Kommun => Party::Kommun,
            DeviationParty::Region => Party::Region,
            DeviationParty::Other => Party::Other,
        }
    }
}

impl From<DeviationEvent> for sipplan::plan::Event {
    fn from(event: DeviationEvent) -> Self {
        use sipplan::plan::Event;
        match event {
            DeviationEvent::NoInitiative => Event::NoInitiative,
            DeviationEvent::PartyAbsent => Event::PartyAbsent,
            DeviationEvent::MeetingNotHeld => Event::MeetingNotHeld,
            DeviationEvent::NotFollowedUp => Event::NotFollowedUp,
            DeviationEvent::InformationNotPassed => Event::InformationNotPassed,
            DeviationEvent::Other => Event::Other,
        }
    }
}

/// What `sipplan deviation` is asked to do besides the report itself.
struct DeviationRequest<'a> {
    audience: sipplan::plan::Audience,
    /// The reporter has read the text of a de-identified copy.
    confirmed: bool,
    /// Keep the deviation in the plan file too.
    record: bool,
    output: Option<&'a Path>,
    template: Option<&'a str>,
    force: bool,
}

/// `sipplan deviation`: the report, or its de-identified copy once nothing
/// in it names anyone and the reporter has said so; and, asked to, the
/// deviation kept in the plan file.
fn deviation(
    path: &Path,
    report: &sipplan::plan::Deviation,
    request: &DeviationRequest,
) -> Result<ExitCode, CliError> {
    use sipplan::plan::Audience;
    let Some((source, checked)) = read_checked(path, request.template)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let Some(plan) = checked.plan else {
        write_report(&source.name, Some(&source), &checked.diagnostics)?;
        return Ok(ExitCode::from(INVALID));
    };
    if let sipplan::plan::About::Insats(row) = report.about
        && (row == 0 || row > plan.actions.len())
    {
        say!(
            "sipplan: {}",
            t(msg!(
                "deviation-no-insats",
                row = row,
                count = plan.actions.len()
            ))
        );
        return Ok(ExitCode::from(INVALID));
    }
    if request.audience == Audience::Secretariat {
        let found = sipplan::deidentify::identifying(&plan, &report.what);
        if !found.is_empty() {
            say!(
                "sipplan: {}",
                t(msg!("deviation-identifying", found = found.join(", ")))
            );
            return Ok(ExitCode::from(INVALID));
        }
        if !request.confirmed {
            say!("sipplan: {}", t(msg!("deviation-confirm")));
            return Ok(ExitCode::from(INVALID));
        }
    }
    let printed =
        sipplan::print_deviation(&plan, &checked.template, report, request.audience, None)
            .map_err(|e| t(e.message()))?;
    // The copy's name says nothing of the child, not even the plan's name.
    let target = match (request.output, request.audience) {
        (Some(path), _) => path.to_owned(),
        (None, Audience::Secretariat) => {
            path.with_file_name(format!("avvikelse-{}-avidentifierad.pdf", report.date))
        }
        (None, Audience::Local) => path.with_file_name(format!(
            "{}-avvikelse-{}.pdf",
            sipplan::privacy::plan_stem(path),
            report.date
        )),
    };
    write_atomically(&target, &printed.pdf, request.force)?;
    let file = sipplan::privacy::shown_path(&target);
    say!("sipplan: {}", t(msg!("deviation-wrote", file = file)));
    if request.record {
        record_deviation(path, &source, &plan, report)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Adds `report` to the plan file's `deviations`, unless the same one is
/// there already. The file is replaced whole or not at all.
fn record_deviation(
    path: &Path,
    source: &Source,
    plan: &sipplan::plan::Plan,
    report: &sipplan::plan::Deviation,
) -> Result<(), CliError> {
    let file = sipplan::privacy::shown_path(path);
    let recorded = sipplan::record::record(source, plan, report).map_err(|e| {
        t(msg!(
            "deviation-cannot-record",
            file = &file,
            why = t(e.message())
        ))
    })?;
    let Some(text) = recorded else {
        say!(
            "sipplan: {}",
            t(msg!("deviation-recorded-before", file = &file))
        );
        return Ok(());
    };
    write_atomically(path, text.as_bytes(), true)?;
    say!("sipplan: {}", t(msg!("deviation-recorded", file = &file)));
    Ok(())
}

/// A plan file read and checked against its template (or `template`);
/// `None` when it could not be read or its template is broken, which has
/// been reported.
fn read_checked(
    path: &Path,
    template: Option<&str>,
) -> Result<Option<(Source, sipplan::Checked)>, CliError> {
    let Some(source) = read_or_report(path)? else {
        return Ok(None);
    };
    match sipplan::check_source(&source, &Resolver::new(&FsFiles, template), None) {
        Ok(checked) => Ok(Some((source, checked))),
        Err(errors) => {
            write_template_errors(&errors)?;
            Ok(None)
        }
    }
}

/// `sipplan invitation`: the letters, from the plan as far as it goes.
fn invitation(
    path: &Path,
    output: Option<&Path>,
    one_for_all: bool,
    template: Option<&str>,
    force: bool,
) -> Result<ExitCode, CliError> {
    let Some((source, checked)) = read_checked(path, template)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let template = checked.template;
    let draft = match checked.plan {
        Some(plan) => sipplan::draft::Draft::of(plan, &checked.diagnostics),
        None => match sipplan::draft::read(&source, &template) {
            Ok(draft) => draft,
            Err(problems) => {
                write_report(&source.name, Some(&source), &problems)?;
                return Ok(ExitCode::from(INVALID));
            }
        },
    };
    let letters = match one_for_all {
        true => 1,
        false => sipplan::render::invitation::invitees(&draft).len().max(1),
    };
    let printed = sipplan::print_invitation(&draft, &template, one_for_all, None)
        .map_err(|e| t(e.message()))?;
    let target = match output {
        Some(path) => path.to_owned(),
        None => path.with_file_name(format!(
            "{}-kallelse.pdf",
            sipplan::privacy::plan_stem(path)
        )),
    };
    write_atomically(&target, &printed.pdf, force)?;
    let file = sipplan::privacy::shown_path(&target);
    say!(
        "sipplan: {}",
        t(msg!("invitation-wrote", file = file, letters = letters))
    );
    Ok(ExitCode::SUCCESS)
}

fn new_plan(output: Option<&Path>, force: bool) -> Result<ExitCode, CliError> {
    match output {
        None => print(STARTER_PLAN),
        Some(path) => {
            write_atomically(path, STARTER_PLAN.as_bytes(), force)?;
            let file = sipplan::privacy::shown_path(path);
            say!("sipplan: {}", t(msg!("new-wrote", file = file)));
            Ok(ExitCode::SUCCESS)
        }
    }
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

fn template_list() -> Result<ExitCode, CliError> {
    let mut out = String::new();
    for id in template::builtin_ids() {
        let found =
            template::by_name(id, &FsFiles).map_err(|_| t(msg!("template-broken", id = id)))?;
        let about = msg!(
            "template-list-line",
            name = &found.name,
            language = &found.language,
            version = &found.version
        );
        out.push_str(&format!("{:<4} {}\n", found.id, t(about)));
    }
    print(&out)
}

fn template_check(file: &Path) -> Result<ExitCode, CliError> {
    let name = sipplan::privacy::shown_path(file);
    let Some(source) = read_or_report(file)? else {
        return Ok(ExitCode::from(INVALID));
    };
    match template::load(&source, &FsFiles) {
        Ok(checked) => {
            let summary = msg!(
                "template-ok",
                name = &checked.name,
                sections = checked.sections.len(),
                custom = checked.custom_sections.len(),
                required = checked.required.len(),
                logo = if checked.logo.is_some() { "yes" } else { "no" }
            );
            print(&format!("{name}: {}\n", t(summary)))
        }
        Err(errors) => {
            write_template_errors(&errors)?;
            Ok(ExitCode::from(INVALID))
        }
    }
}

fn template_init(from: &str, output: Option<&Path>, force: bool) -> Result<ExitCode, CliError> {
    let base = match template::by_name(from, &FsFiles) {
        Ok(base) => base,
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
            let file = sipplan::privacy::shown_path(path);
            say!("sipplan: {}", t(msg!("template-init-wrote", file = file)));
            Ok(ExitCode::SUCCESS)
        }
    }
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
