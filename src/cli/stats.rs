//! `sipplan stats`: figures for the yearly follow-up from a folder of plans.
//!
//! What leaves this command (the table, CSV, JSON and the PDF report) holds
//! only counts, with the small ones hidden. The files that could not be
//! counted are named on the terminal only, for the person running it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use rayon::prelude::*;
use serde::Serialize;

use sipplan::plan::Plan;
use sipplan::render::ReportOptions;
use sipplan::stats::{self, Input, Period, Section, Stats, Value};
use sipplan::template::{Resolver, Template};

use super::error::CliError;
use super::exit::INVALID;
use super::files::FsFiles;
use super::files::{ReadError, plan_files, read_source, write_atomically};
use super::language::t;
use super::read::given_template;
use sipplan::msg;

/// How `stats` prints its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum StatsFormat {
    /// Aligned text for reading.
    Table,
    /// One figure per line, for a spreadsheet.
    Csv,
    /// For other programs.
    Json,
}

/// What `stats` was asked for.
pub(super) struct StatsRequest<'a> {
    pub folders: &'a [PathBuf],
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub today: chrono::NaiveDate,
    pub format: StatsFormat,
    pub output: Option<&'a Path>,
    pub report: Option<&'a Path>,
    pub min_cell: u64,
    pub template: Option<&'a str>,
    pub force: bool,
}

/// One plan file, counted or not.
enum Read {
    Counted {
        plan: Box<Plan>,
        group: String,
        consent_limit_days: Option<u32>,
    },
    NotCounted(String),
}

pub(super) fn stats(request: &StatsRequest) -> Result<ExitCode, CliError> {
    let to = request.to.unwrap_or(request.today);
    if let Some(from) = request.from.filter(|from| *from > to) {
        return Err(t(msg!("stats-period", from = from, to = to)).into());
    }
    // The language of the table and the report: the template asked for,
    // else the built-in one in the language of the terminal.
    let named = request.template.or(Some(super::language::lang().code()));
    let Some(language) = given_template(named)? else {
        return Ok(ExitCode::from(INVALID));
    };
    let files = files_of(request.folders)?;
    // Each plan with its own template; --template only sets the language.
    let templates = Resolver::new(&FsFiles, None);
    let read: Vec<Read> = files
        .par_iter()
        .map(|path| read_plan(path, &templates))
        .collect();
    let (inputs, not_counted) = counted(&files, &read);
    let period = Period {
        from: request.from,
        to,
    };
    let figures = stats::compute(&inputs, period, request.today);
    write_figures(request, &figures, &language, files.len(), not_counted.len())?;
    if let Some(path) = request.report {
        write_report(request, path, &figures, &language, not_counted.len())?;
    }

    let read = msg!(
        "stats-read",
        plans = inputs.len() - figures.superseded,
        files = files.len(),
        older = figures.superseded
    );
    say!("sipplan: {}", t(read));
    if !not_counted.is_empty() {
        say!(
            "sipplan: {}",
            t(msg!("stats-not-counted", count = not_counted.len()))
        );
        for (name, reason) in &not_counted {
            say!("  {name}: {reason}");
        }
        return Ok(ExitCode::from(INVALID));
    }
    Ok(ExitCode::SUCCESS)
}

/// The plan files in the folders given. A folder that is not there is a
/// typo, not a year without plans: it is said, rather than a table of zeros.
fn files_of(folders: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    if let Some(missing) = folders.iter().find(|f| !f.exists()) {
        let folder = sipplan::privacy::shown_path(missing);
        return Err(t(msg!("stats-no-folder", folder = folder)).into());
    }
    let files = plan_files(folders)?;
    if files.is_empty() {
        return Err(t(msg!("no-plan-files")).into());
    }
    Ok(files)
}

/// The plans to count, and the files not counted with why (by shown name).
fn counted<'a>(files: &[PathBuf], read: &'a [Read]) -> (Vec<Input<'a>>, Vec<(String, &'a str)>) {
    let mut inputs = Vec::new();
    let mut not_counted = Vec::new();
    for (path, read) in files.iter().zip(read) {
        match read {
            Read::Counted {
                plan,
                group,
                consent_limit_days,
            } => inputs.push(Input {
                plan,
                group: group.clone(),
                consent_limit_days: *consent_limit_days,
            }),
            Read::NotCounted(reason) => {
                not_counted.push((sipplan::privacy::shown_path(path), reason.as_str()))
            }
        }
    }
    (inputs, not_counted)
}

/// The figures as a table, CSV or JSON, on the terminal or in a file.
fn write_figures(
    request: &StatsRequest,
    figures: &Stats,
    language: &Template,
    files: usize,
    not_counted: usize,
) -> Result<(), CliError> {
    let min_cell = request.min_cell;
    let text = match request.format {
        StatsFormat::Table => table(figures, language, min_cell, not_counted),
        StatsFormat::Csv => csv(figures, language, min_cell)?,
        StatsFormat::Json => json(figures, language, min_cell, files, not_counted)?,
    };
    match request.output {
        None => io::stdout()
            .lock()
            .write_all(super::terminal::printable(&text).as_bytes())?,
        Some(path) => {
            write_atomically(path, text.as_bytes(), request.force)?;
            let file = sipplan::privacy::shown_path(path);
            say!("sipplan: {}", t(msg!("stats-wrote", file = file)));
        }
    }
    Ok(())
}

/// The PDF report (`--report`), dated by `SOURCE_DATE_EPOCH` or the
/// period's last day, never the clock.
fn write_report(
    request: &StatsRequest,
    path: &Path,
    figures: &Stats,
    language: &Template,
    not_counted: usize,
) -> Result<(), CliError> {
    let options = ReportOptions {
        min_cell: request.min_cell,
        not_counted,
    };
    let last_day = figures.period.to;
    let created = super::read::source_date_epoch()?.unwrap_or_else(|| {
        last_day
            .and_hms_opt(0, 0, 0)
            .map_or(0, |t| t.and_utc().timestamp())
    });
    let printed =
        sipplan::print_report(figures, language, options, created).map_err(|e| t(e.message()))?;
    write_atomically(path, &printed.pdf, request.force)?;
    let file = sipplan::privacy::shown_path(path);
    let wrote = msg!("stats-wrote-report", file = file, pages = printed.pages);
    say!("sipplan: {}", t(wrote));
    Ok(())
}

/// Reads and checks one plan against its own template.
fn read_plan(path: &Path, templates: &Resolver) -> Read {
    let source = match read_source(path) {
        // The message names the file with its digits hidden (shown_path).
        Err(ReadError::Unreadable(e)) => return Read::NotCounted(t(e)),
        Err(ReadError::NotText(diagnostic)) => return Read::NotCounted(t(diagnostic.message)),
        Ok(source) => source,
    };
    let Ok(checked) = sipplan::check_source(&source, templates, None) else {
        return Read::NotCounted(t(msg!("render-template-errors")));
    };
    let template = &checked.template;
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    match checked.plan {
        Some(plan) if errors == 0 => Read::Counted {
            plan: Box::new(plan),
            group: group_name(template),
            consent_limit_days: template.rules.consent_to_meeting_days,
        },
        _ => Read::NotCounted(t(msg!(
            "report-invalid",
            errors = errors.max(1),
            warnings = 0
        ))),
    }
}

/// Whose plans these are: the template's organisations, else its name.
fn group_name(t: &Template) -> String {
    if t.organisations.is_empty() {
        t.name.clone()
    } else {
        t.organisations.join(", ")
    }
}

/// Every group's figures as they may be shown, with their titles: all plans first.
fn shown(figures: &Stats, t: &Template, min_cell: u64) -> Vec<(String, Vec<Section>)> {
    figures
        .shown(&t.labels, min_cell)
        .into_iter()
        .map(|(name, sections)| {
            let title = name.unwrap_or(&t.labels.stats.all_plans).to_owned();
            (title, sections)
        })
        .collect()
}

/// Aligned text: one block per group, one line per figure.
fn table(figures: &Stats, t: &Template, min_cell: u64, not_counted: usize) -> String {
    let s = &t.labels.stats;
    let mut out = format!("{}\n{}: ", s.title, s.period);
    if let Some(from) = figures.period.from {
        out.push_str(&format!("{from} "));
    }
    out.push_str(&format!("– {}\n", figures.period.to));
    if min_cell > 1 {
        out.push_str(&s.suppressed.replace("{min}", &min_cell.to_string()));
        out.push('\n');
    }
    if not_counted > 0 {
        out.push_str(&s.not_counted.replace("{count}", &not_counted.to_string()));
        out.push('\n');
    }
    for (title, sections) in shown(figures, t, min_cell) {
        let width = sections
            .iter()
            .flat_map(|s| &s.rows)
            .map(|r| r.label.chars().count())
            .max()
            .unwrap_or(0);
        out.push_str(&format!("\n{title}\n"));
        for section in sections {
            out.push_str(&format!("  {}\n", section.title));
            for row in section.rows {
                let pad = width - row.label.chars().count();
                out.push_str(&format!(
                    "    {}{}  {}\n",
                    row.label,
                    " ".repeat(pad),
                    row.value.text(t.lang())
                ));
            }
        }
    }
    out
}

/// One line per figure: group, section, key, label, count, of, percent, days.
fn csv(figures: &Stats, t: &Template, min_cell: u64) -> Result<String, CliError> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| cannot_write("CSV", &e);
    out.write_record([
        "group", "section", "key", "label", "count", "of", "percent", "days",
    ])
    .map_err(fail)?;
    for (title, sections) in shown(figures, t, min_cell) {
        for section in sections {
            for row in &section.rows {
                let (count, of, percent, days) = match &row.value {
                    Value::Count(n) => (n.to_string(), String::new(), String::new(), String::new()),
                    Value::Share { count, of, percent } => (
                        count.to_string(),
                        of.to_string(),
                        percent.map(|p| p.to_string()).unwrap_or_default(),
                        String::new(),
                    ),
                    Value::Days(d) => (String::new(), String::new(), String::new(), d.to_string()),
                    Value::Hidden => Default::default(),
                };
                out.write_record([
                    title.as_str(),
                    section.key,
                    &row.key,
                    &row.label,
                    &count,
                    &of,
                    &percent,
                    &days,
                ])
                .map_err(fail)?;
            }
        }
    }
    let bytes = out.into_inner().map_err(|e| cannot_write("CSV", &e))?;
    String::from_utf8(bytes).map_err(|e| CliError::from(cannot_write("CSV", &e)))
}

/// The figures for other programs.
fn json(
    figures: &Stats,
    t: &Template,
    min_cell: u64,
    files: usize,
    not_counted: usize,
) -> Result<String, CliError> {
    #[derive(Serialize)]
    struct Document {
        from: Option<String>,
        to: String,
        min_cell: u64,
        files: Files,
        groups: Vec<Group>,
    }
    #[derive(Serialize)]
    struct Files {
        read: usize,
        not_counted: usize,
        older_revisions_left_out: usize,
    }
    #[derive(Serialize)]
    struct Group {
        name: String,
        sections: Vec<Section>,
    }
    let document = Document {
        from: figures.period.from.map(|d| d.to_string()),
        to: figures.period.to.to_string(),
        min_cell,
        files: Files {
            read: files,
            not_counted,
            older_revisions_left_out: figures.superseded,
        },
        groups: shown(figures, t, min_cell)
            .into_iter()
            .map(|(name, sections)| Group { name, sections })
            .collect(),
    };
    serde_json::to_string_pretty(&document)
        .map(|text| text + "\n")
        .map_err(|e| CliError::from(cannot_write("JSON", &e)))
}

/// A CSV or JSON text that could not be made (only a bug gets here).
fn cannot_write(what: &str, e: &dyn std::fmt::Display) -> String {
    super::language::t(msg!("stats-cannot-write", what = what, why = e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_that_may_hold_a_number_is_shown_without_its_last_four_digits() {
        assert_eq!(
            sipplan::privacy::shown_path(Path::new("plans/201503152383.ron")),
            "plans/20150315XXXX.ron"
        );
        assert_eq!(
            sipplan::privacy::shown_path(Path::new("plans/elsa-v2.ron")),
            "plans/elsa-v2.ron"
        );
        let hidden = Path::new("/nowhere/201503152383.ron");
        let Read::NotCounted(reason) = read_plan(hidden, &Resolver::new(&FsFiles, None)) else {
            panic!("a missing file was counted");
        };
        assert!(!reason.contains("2383"), "{reason}");
        assert!(reason.contains("/nowhere/20150315XXXX.ron"), "{reason}");
    }
}
