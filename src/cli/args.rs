//! The command line: every command and option, defined once. The help
//! texts shown are the catalogue's (`help-<command>-<option>`,
//! `language::localize`); the doc comments here say the same in English.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// sipplan: check a child's SIP (samordnad individuell plan) and print it as a short PDF.
#[derive(Debug, Parser)]
#[command(name = "sipplan", version, about, long_about = None)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages and help: sv (the default) or en. Without
    /// it, an English LANG or LC_MESSAGES gives English. Read before the
    /// arguments are parsed (`language::choose`), so that `--help` and
    /// clap's own errors are in it; declared here so that it is accepted.
    #[arg(long, global = true, value_name = "CODE", value_parser = ["sv", "en"])]
    lang: Option<String>,
}

/// `--template`, for every command that reads a plan.
#[derive(Debug, Args)]
pub(super) struct TemplateArg {
    /// Template to use: a built-in id (sv, en, ar, fa, ckb, so, ti) or a
    /// template file. Default: the template the plan names, else sv.
    #[arg(long, value_name = "FILE|ID")]
    pub template: Option<String>,
}

/// `-o` and `--force`, for every command that writes a file.
#[derive(Debug, Args)]
pub(super) struct OutputArgs {
    /// Where to write the file. Default: beside the plan.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it already exists.
    #[arg(long)]
    pub force: bool,
}

/// `--today`, for every command that judges follow-ups by a day.
#[derive(Debug, Args)]
pub(super) struct TodayArg {
    /// The date to judge follow-ups by (YYYY-MM-DD). Default: today.
    #[arg(long, env = "SIPPLAN_TODAY", value_name = "DATE", value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,
}

impl TodayArg {
    /// The day given, else the clock's.
    pub fn or_clock(&self) -> chrono::NaiveDate {
        self.today.unwrap_or_else(clock_today)
    }
}

/// Today's date from the clock: the only place sipplan reads it.
fn clock_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[derive(Debug, Subcommand)]
pub(super) enum Command {
    /// Check plan files: prints every problem with its line, column and what to do.
    Check {
        /// Plan files (.ron, or .json for JSON), or folders of them.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// How to print the result: readable text, or JSON for other programs.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        #[command(flatten)]
        template: TemplateArg,
        #[command(flatten)]
        today: TodayArg,
    },
    /// Print a plan as an A4 PDF for the SIP meeting (or an empty worksheet with --blank).
    Render(RenderArgs),
    /// Start the next revision of a plan after a follow-up meeting.
    Followup {
        /// The plan file that was followed up.
        plan: PathBuf,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Say what changed between the last two revisions of a plan, or between two plan files.
    Diff {
        /// The plan (its current revision is compared with the one before).
        plan: PathBuf,
        /// A second plan file: compare the first with this one instead.
        other: Option<PathBuf>,
        #[command(flatten)]
        template: TemplateArg,
    },
    /// Write a starter plan with every field and <placeholders> to fill in.
    New {
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Count the plans in folders for the yearly follow-up (BUS): only
    /// figures, never a name or a number; counts under 5 are shown as <5.
    Stats(StatsArgs),
    /// Print the invitation to the SIP meeting: a one-page letter for each
    /// person invited (the guardians and the participants), or one for
    /// all. A plan that is still a draft will do.
    Invitation {
        /// The plan file.
        plan: PathBuf,
        #[command(flatten)]
        output: OutputArgs,
        /// One letter to everyone invited instead of one each.
        #[arg(long)]
        one_for_all: bool,
        #[command(flatten)]
        template: TemplateArg,
    },
    /// Report a deviation in collaboration (avvikelse): a party did not do
    /// its insats, a meeting was not held, a plan was not followed up. The
    /// full report for local handling, or with --deidentified the copy for
    /// the BUS secretariat, which names no one.
    Deviation(DeviationArgs),
    /// What is due in your plans: follow-ups overdue or coming, consents
    /// running out, insatser past their date, plans without a coordinator.
    /// One line per plan, most urgent first; the personnummer is masked.
    Due {
        /// Folders of plan files (or plan files).
        #[arg(required = true)]
        folders: Vec<PathBuf>,
        #[command(flatten)]
        today: TodayArg,
        /// How many days ahead a follow-up counts as coming.
        #[arg(long, value_name = "DAYS", default_value_t = 28)]
        within: u32,
        /// How to print the list.
        #[arg(long, value_enum, default_value_t = super::due::DueFormat::Table)]
        format: super::due::DueFormat,
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

/// `sipplan render`.
#[derive(Debug, Args)]
pub(super) struct RenderArgs {
    /// Plan files (.ron or .json) or folders of them. Not needed with --blank.
    #[arg(required_unless_present = "blank")]
    pub plans: Vec<PathBuf>,
    /// Where to write the PDF; with several plans, a folder. Default: next
    /// to each plan, with .pdf.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Replace the output file if it already exists.
    #[arg(long)]
    pub force: bool,
    /// Print a plan that has errors, marked "UTKAST" on every page.
    #[arg(long)]
    pub draft: bool,
    /// Print the personnummer as YYYYMMDD-XXXX (for copies).
    #[arg(long)]
    pub mask: bool,
    /// Print an empty worksheet to fill in by hand at the meeting.
    #[arg(long)]
    pub blank: bool,
    /// Add a page listing every revision of the plan and what changed.
    #[arg(long)]
    pub history: bool,
    /// Add "Min plan", the child's own page, in large type, after the plan.
    #[arg(long, conflicts_with = "blank")]
    pub child_page: bool,
    /// Name each PDF after the child (e.g. elsa-exempeldotter.pdf) instead
    /// of after the plan file. Never uses the personnummer.
    #[arg(long)]
    pub name_by_child: bool,
    /// Print an earlier revision of the plan (1, 2, …) instead of the current one.
    #[arg(long, value_name = "N")]
    pub revision: Option<u32>,
    #[command(flatten)]
    pub template: TemplateArg,
    /// After the plan, the same plan with the headings in the family's
    /// language (a built-in template's language code, e.g. ar, fa, so).
    #[arg(long, value_name = "CODE", conflicts_with_all = ["blank", "draft"])]
    pub family_language: Option<String>,
    #[command(flatten)]
    pub today: TodayArg,
    /// Print only problems and the summary: no progress bar, no line per PDF.
    #[arg(short, long)]
    pub quiet: bool,
}

/// `sipplan stats`.
#[derive(Debug, Args)]
pub(super) struct StatsArgs {
    /// Folders of plan files (or plan files).
    #[arg(required = true)]
    pub folders: Vec<PathBuf>,
    /// First day of the period (YYYY-MM-DD). Default: no start.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<chrono::NaiveDate>,
    /// Last day of the period (YYYY-MM-DD). Default: today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<chrono::NaiveDate>,
    /// How to print the figures.
    #[arg(long, value_enum, default_value_t = super::stats::StatsFormat::Table)]
    pub format: super::stats::StatsFormat,
    /// Write the figures to this file instead of the terminal.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also write a PDF report with tables and bars, to attach to the follow-up.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Counts from 1 to N-1 are shown as "<N", so that no child can be recognised.
    #[arg(long, value_name = "N", default_value_t = 5,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub min_cell: u64,
    #[command(flatten)]
    pub template: TemplateArg,
    /// Replace output files that already exist.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub today: TodayArg,
}

/// `sipplan deviation`.
#[derive(Debug, Args)]
pub(super) struct DeviationArgs {
    /// The plan file.
    pub plan: PathBuf,
    /// The insats it is about: its row in the plan, from 1.
    #[arg(
        long,
        value_name = "N",
        required_unless_present = "event",
        conflicts_with = "event"
    )]
    pub insats: Option<usize>,
    /// The event it is about, when it is not one insats.
    #[arg(long, value_enum, value_name = "KIND")]
    pub event: Option<DeviationEvent>,
    /// What happened, in a few sentences.
    #[arg(long, value_name = "TEXT")]
    pub what: String,
    /// When it happened (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: chrono::NaiveDate,
    /// Who reports: your name (left out of the de-identified copy).
    #[arg(long, value_name = "NAME")]
    pub reporter: String,
    /// The kind of party that did not do its part, for an event (for an
    /// insats, its ansvarig tells).
    #[arg(long, value_enum, value_name = "PARTY")]
    pub party: Option<DeviationParty>,
    /// The copy for the BUS secretariat: no name, number or birth date.
    #[arg(long)]
    pub deidentified: bool,
    /// You have read --what and it names no person (needed with --deidentified).
    #[arg(long, requires = "deidentified")]
    pub confirmed: bool,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Also keep the deviation in the plan file, so that `stats` counts it.
    #[arg(long)]
    pub record: bool,
    #[command(flatten)]
    pub template: TemplateArg,
}

#[derive(Debug, Subcommand)]
pub(super) enum TemplateCommand {
    /// List the built-in templates.
    List,
    /// Write a commented starting template that extends another one.
    Init {
        /// The template to start from: a built-in id or a template file.
        #[arg(long, default_value = "sv", value_name = "FILE|ID")]
        from: String,
        #[command(flatten)]
        output: OutputArgs,
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

/// The kinds of event a deviation can be about, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum DeviationEvent {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum DeviationParty {
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

/// A `YYYY-MM-DD` argument, explained like a date in a plan.
pub(super) fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    sipplan::plan::PlanDate::parse(text)
        .map(|d| d.0)
        .map_err(super::language::t)
}
