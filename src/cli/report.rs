//! Printing what sipplan found: rustc-style reports and JSON.

use super::error::CliError;
use std::io::{self, IsTerminal, Write};

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};
use serde::Serialize;

use super::language::t;
use super::terminal::printable;
use sipplan::diagnostic::{Diagnostic, Severity};
use sipplan::msg;
use sipplan::source::Source;
use sipplan::template::TemplateErrors;

pub(super) fn write_text_report(
    out: &mut impl Write,
    name: &str,
    source: Option<&Source>,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    write_diagnostics(out, name, source, diagnostics)?;
    let summary = sipplan::diagnostic::summary(diagnostics);
    writeln!(out, "{name}: {}", t(summary))
}

/// Each diagnostic, located in `source` where there is one: the one
/// printer for every problem sipplan reports, from a check or a render.
pub(super) fn write_diagnostics(
    out: &mut impl Write,
    name: &str,
    source: Option<&Source>,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let shown = source.map(|s| {
        (
            s,
            ariadne::Source::from(printable(&sipplan::privacy::redacted_source(s))),
        )
    });
    for d in diagnostics {
        write_diagnostic(out, name, shown.as_ref(), d, color)?;
    }
    Ok(())
}

/// One diagnostic in the style of rustc: header, source line with a caret, hint.
/// Source lines are shown from the redacted text (no full personnummer).
pub(super) fn write_diagnostic(
    out: &mut impl Write,
    name: &str,
    source: Option<&(&Source, ariadne::Source<String>)>,
    d: &Diagnostic,
    color: bool,
) -> io::Result<()> {
    let (severity, color_of) = match d.severity {
        Severity::Error => (t(msg!("word-error")), Color::Red),
        Severity::Warning => (t(msg!("word-warning")), Color::Yellow),
    };
    let message = t(d.message.clone());
    let hint = d.hint.as_deref().map(|h| t(h.clone()));
    let (Some((source, shown)), Some(span)) = (source, d.span.clone()) else {
        // Nothing to point at: a plain line.
        writeln!(
            out,
            "{}[{}]: {name}: {message}",
            severity.to_lowercase(),
            d.code
        )?;
        if let Some(hint) = &hint {
            writeln!(out, "  {}: {hint}", t(msg!("word-help")).to_lowercase())?;
        }
        return Ok(());
    };
    let span = clamp(span, shown_text(shown));
    let (line, col) = source.line_col(span.start);
    let label = Label::new((name, span.clone()))
        .with_color(color_of)
        .with_message(if d.path.is_root() {
            t(msg!("report-here"))
        } else {
            t(msg!("report-in", path = &d.path))
        });
    let mut report = Report::build(ReportKind::Custom(&severity, color_of), (name, span))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_code(d.code)
        .with_message(format!("{name}:{line}:{col}: {message}"))
        .with_label(label);
    if let Some(hint) = &hint {
        report = report.with_help(hint);
    }
    let mut text = Vec::new();
    report.finish().write((name, shown), &mut text)?;
    if !color {
        // ariadne colours a custom kind's word ("Fel") even without colour.
        text = without_colour(&text);
    }
    if let Some(hint) = &hint {
        text = help_in_language(text, hint);
    }
    out.write_all(&text)
}

/// The text without terminal colour codes (`ESC [ … m`).
fn without_colour(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == 0x1B && text.get(i + 1) == Some(&b'[') {
            let end = text[i..].iter().position(|&b| b == b'm');
            i += end.map_or(text.len() - i, |e| e + 1);
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    out
}

/// ariadne writes the word "Help" in English; the line that holds the
/// hint gets the catalogue's word instead ("Hjälp").
fn help_in_language(report: Vec<u8>, hint: &str) -> Vec<u8> {
    let word = t(msg!("word-help"));
    let text = String::from_utf8_lossy(&report);
    let first_line = hint.lines().next().unwrap_or_default();
    // With colour, an escape code may stand between the word and its colon.
    let at = text
        .rfind(first_line)
        .and_then(|end| text[..end].rfind("Help"));
    match at {
        Some(i) if word != "Help" => {
            format!("{}{word}{}", &text[..i], &text[i + "Help".len()..]).into_bytes()
        }
        _ => report,
    }
}

/// Keeps a span inside the text and on whole characters: ariadne panics on
/// a span that ends inside a character (a non-breaking space, a BOM, a
/// zero-width space where the reader stopped).
pub(super) fn clamp(span: std::ops::Range<usize>, text: &str) -> std::ops::Range<usize> {
    let len = text.len();
    let mut start = span.start.min(len);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, len);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// The text ariadne shows: the redacted source, the same length as the plan's.
fn shown_text(shown: &ariadne::Source<String>) -> &str {
    shown.text()
}

/// One file's result for `--format json`.
#[derive(Serialize)]
pub(super) struct FileReport {
    file: String,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
pub(super) struct JsonDiagnostic {
    code: &'static str,
    severity: Severity,
    message: String,
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    hint: Option<String>,
}

impl FileReport {
    pub(super) fn new(
        name: &str,
        valid: bool,
        source: Option<&Source>,
        diagnostics: &[Diagnostic],
    ) -> Self {
        let diagnostics = diagnostics
            .iter()
            .map(|d| {
                let at = source
                    .zip(d.span.as_ref())
                    .map(|(s, span)| s.line_col(span.start));
                JsonDiagnostic {
                    code: d.code.as_str(),
                    severity: d.severity,
                    message: t(d.message.clone()),
                    path: d.path.to_string(),
                    line: at.map(|a| a.0),
                    column: at.map(|a| a.1),
                    hint: d.hint.as_deref().map(|h| t(h.clone())),
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

    pub(super) fn failed(name: &str, error: String) -> Self {
        Self {
            file: name.to_owned(),
            valid: false,
            error: Some(error),
            diagnostics: Vec::new(),
        }
    }
}

/// Diagnostics in the readable form, on stdout like `check`.
pub(super) fn write_report(
    name: &str,
    source: Option<&Source>,
    diagnostics: &[Diagnostic],
) -> Result<(), CliError> {
    write_text_report(&mut io::stdout().lock(), name, source, diagnostics).map_err(CliError::from)
}

/// A template's problems, file by file, on stdout.
pub(super) fn write_template_errors(errors: &TemplateErrors) -> Result<(), CliError> {
    write_template_errors_to(&mut io::stdout().lock(), errors).map_err(CliError::from)
}

/// A template's problems, file by file.
pub(super) fn write_template_errors_to(
    out: &mut impl Write,
    errors: &TemplateErrors,
) -> io::Result<()> {
    for file in errors {
        let source = (!file.source.text.is_empty()).then_some(&file.source);
        write_text_report(out, &file.source.name, source, &file.diagnostics)?;
    }
    Ok(())
}

/// Text to the terminal, as it is (a plan, a template, a schema).
pub(super) fn print(text: &str) -> Result<std::process::ExitCode, CliError> {
    io::stdout().lock().write_all(printable(text).as_bytes())?;
    Ok(std::process::ExitCode::SUCCESS)
}
