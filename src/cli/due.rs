//! `sipplan due`: the caseworker's own overview of what is due in their
//! plans: one line per plan with something to do, most urgent first. The
//! child's name is shown (`--mask` hides it) and the personnummer always
//! with its last four digits hidden. A report: the exit code is 0 whether
//! or not something is due, 2 when a file could not be read.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use rayon::prelude::*;
use serde::Serialize;

use sipplan::due::{self, Due};
use sipplan::message::Message;
use sipplan::msg;
use sipplan::plan::{ChildId, Plan};

use super::error::CliError;
use super::files::{ReadError, plan_files, read_source};
use super::language::t;

/// How `due` prints its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum DueFormat {
    /// Aligned text for reading.
    Table,
    /// One line per thing to do, for a spreadsheet.
    Csv,
    /// For other programs.
    Json,
}

/// What `due` was asked for.
pub(super) struct DueRequest<'a> {
    pub folders: &'a [PathBuf],
    pub today: NaiveDate,
    pub within: u32,
    pub format: DueFormat,
    pub mask: bool,
}

/// A plan with something due.
#[derive(Serialize)]
struct Line {
    file: String,
    child: String,
    id: String,
    items: Vec<Item>,
    #[serde(skip)]
    urgency: (u8, i64),
}

/// One thing due, as printed.
#[derive(Serialize)]
struct Item {
    #[serde(flatten)]
    due: Due,
    what: String,
}

pub(super) fn due(request: &DueRequest) -> Result<ExitCode, CliError> {
    if let Some(missing) = request.folders.iter().find(|f| !f.exists()) {
        let folder = sipplan::privacy::shown_path(missing);
        return Err(t(msg!("stats-no-folder", folder = folder)).into());
    }
    let files = plan_files(request.folders)?;
    if files.is_empty() {
        return Err(t(msg!("no-plan-files")).into());
    }
    let read: Vec<Result<Plan, Message>> = files.par_iter().map(|path| read_plan(path)).collect();
    let replaced = super::revisions::replaced_files(&files);
    let older = replaced.iter().filter(|r| **r).count();
    let mut lines = Vec::new();
    let mut unreadable = Vec::new();
    for ((path, read), replaced) in files.iter().zip(read.iter()).zip(replaced) {
        match read {
            Ok(_) if replaced => {}
            Ok(plan) => {
                let found = due::due(plan, request.today, request.within);
                if !found.is_empty() {
                    lines.push(line(path, plan, found, request.mask));
                }
            }
            Err(why) => unreadable.push((sipplan::privacy::shown_path(path), t(why.clone()))),
        }
    }
    lines.sort_by(|a, b| a.urgency.cmp(&b.urgency).then_with(|| a.file.cmp(&b.file)));
    let text = match request.format {
        DueFormat::Table => table(
            &lines,
            files.len() - unreadable.len() - older,
            older,
            request.within,
        ),
        DueFormat::Csv => csv(&lines)?,
        DueFormat::Json => serde_json::to_string_pretty(&lines).unwrap_or_default() + "\n",
    };
    io::stdout().write_all(super::terminal::printable(&text).as_bytes())?;
    for (file, why) in &unreadable {
        eprintln!(
            "{}",
            t(msg!(
                "due-unreadable",
                file = file.as_str(),
                why = why.as_str()
            ))
        );
    }
    Ok(match unreadable.is_empty() {
        true => ExitCode::SUCCESS,
        false => ExitCode::from(2),
    })
}

/// The plan in a file, or why it cannot be read. A plan with errors still
/// has its dates: only a file that is not a plan at all is left out.
fn read_plan(path: &Path) -> Result<Plan, Message> {
    let source = match read_source(path) {
        Err(ReadError::Unreadable(e)) => return Err(e),
        Err(ReadError::NotText(diagnostic)) => return Err(diagnostic.message),
        Ok(source) => source,
    };
    sipplan::load::parse_plan(&source).map_err(|problems| {
        problems
            .into_iter()
            .next()
            .map(|d| d.message)
            .unwrap_or_else(|| msg!("sip102-empty"))
    })
}

fn line(path: &Path, plan: &Plan, found: Vec<Due>, mask: bool) -> Line {
    let child = match mask {
        true => "–".to_owned(),
        false => plan.child.name.to_string(),
    };
    let id = match &plan.child.id {
        ChildId::Personnummer(text) | ChildId::Samordningsnummer(text) => {
            sipplan::privacy::mask_last_four(text.as_str().trim())
        }
        ChildId::Reservnummer(_) | ChildId::BirthDate(_) => String::new(),
    };
    let urgency = due::urgency(&found);
    let items = found
        .into_iter()
        .map(|due| Item {
            what: t(due.message(plan, mask)),
            due,
        })
        .collect();
    Line {
        file: match mask {
            true => sipplan::privacy::masked_file_name(path),
            false => sipplan::privacy::shown_path(path),
        },
        child,
        id,
        urgency,
        items,
    }
}

/// Aligned columns: the most urgent date, the child, the number, the file
/// and what to do; then how many plans had nothing due.
fn table(lines: &[Line], plans: usize, older: usize, within: u32) -> String {
    let heads = [
        t(msg!("due-column-when")),
        t(msg!("due-column-child")),
        t(msg!("due-column-id")),
        t(msg!("due-column-file")),
        t(msg!("due-column-what")),
    ];
    let rows: Vec<[String; 5]> = lines
        .iter()
        .map(|l| {
            let when = l
                .items
                .iter()
                .filter_map(|i| i.due.date)
                .min()
                .map(|d| d.to_string())
                .unwrap_or_default();
            let what: Vec<&str> = l.items.iter().map(|i| i.what.as_str()).collect();
            [
                when,
                l.child.clone(),
                l.id.clone(),
                l.file.clone(),
                what.join("; "),
            ]
        })
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([heads[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..4).map(width).collect();
    let mut out = String::new();
    if !rows.is_empty() {
        for row in std::iter::once(&heads).chain(rows.iter()) {
            for (i, cell) in row.iter().enumerate().take(4) {
                out.push_str(cell);
                out.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            }
            out.push_str(&row[4]);
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&t(msg!(
        "due-summary",
        plans = plans,
        due = lines.len(),
        within = within,
        older = older
    )));
    out.push('\n');
    out
}

/// One row per thing to do, with the plan's columns on each.
fn csv(lines: &[Line]) -> Result<String, CliError> {
    let fail = |e: csv::Error| {
        t(msg!(
            "stats-cannot-write",
            what = "CSV",
            why = e.to_string()
        ))
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["file", "child", "id", "kind", "date", "days", "row", "what"])
        .map_err(fail)?;
    for line in lines {
        for item in &line.items {
            let kind = serde_json::to_value(item.due.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            writer
                .write_record([
                    line.file.as_str(),
                    line.child.as_str(),
                    line.id.as_str(),
                    kind.as_str(),
                    &item.due.date.map(|d| d.to_string()).unwrap_or_default(),
                    &item.due.days.map(|d| d.to_string()).unwrap_or_default(),
                    &item.due.row.map(|r| r.to_string()).unwrap_or_default(),
                    item.what.as_str(),
                ])
                .map_err(fail)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
