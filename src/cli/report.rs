//! Printing what sipplan found: rustc-style reports and JSON.

use super::error::CliError;
use std::io::{self, IsTerminal, Write};

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};
use serde::Serialize;

use sipplan::diagnostic::{Diagnostic, Severity};
use sipplan::load::Source;
use sipplan::template::TemplateErrors;

pub(super) fn write_text_report(
    out: &mut impl Write,
    name: &str,
    source: Option<&Source>,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    write_diagnostics(out, name, source, diagnostics)?;
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
            ariadne::Source::from(sipplan::privacy::redacted_source(s)),
        )
    });
    for d in diagnostics {
        write_diagnostic(out, name, shown.as_ref(), d, color)?;
    }
    Ok(())
}

pub(super) fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
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
pub(super) fn clamp(span: std::ops::Range<usize>, len: usize) -> std::ops::Range<usize> {
    let start = span.start.min(len);
    start..span.end.clamp(start, len)
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
