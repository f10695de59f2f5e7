//! sipplan: a shortened *samordnad individuell plan* (SIP) for children.
//!
//! The library is a pipeline over data in memory, one module per stage:
//! [`load`] (bytes → [`plan::Plan`] with source positions) → [`validate`]
//! (plan → [`diagnostic::Diagnostic`]s) → [`render`] (plan + template → pages
//! of positioned boxes) → [`pdf`] (pages → bytes). Domain modules beside
//! them: [`plan`] (the data model), [`personnummer`], [`template`] (a
//! municipality's version of the plan), [`labels`] (the printed words) and
//! [`font`] (the embedded typeface).
//!
//! It never prints, exits, reads the clock or touches files: that is the job
//! of the `sipplan` binary, so the same library can run elsewhere (e.g. as
//! WebAssembly in a browser). The binary and the crates only it needs
//! (argument parsing, terminal output, parallel batches, temporary files,
//! the clock) are behind the default `cli` feature: build with
//! `--no-default-features` for the library alone; CI checks that it builds
//! for `wasm32-unknown-unknown`.

pub mod birth;
pub mod decode;
pub mod deidentify;
pub mod diagnostic;
pub mod document;
pub mod draft;
pub mod due;
pub mod edit;
pub mod field;
pub mod followup;
pub mod font;
pub mod image;
pub mod labels;
pub mod layout;
pub mod lix;
pub mod load;
pub mod message;
pub mod output;
pub mod pdf;
pub mod personnummer;
pub mod plan;
pub mod printed;
pub mod privacy;
pub mod record;
pub mod render;
pub mod ron_file;
pub mod scan;
pub mod sniff;
pub mod source;
pub mod stats;
pub mod suggest;
pub mod template;
pub mod validate;

use diagnostic::Diagnostic;
use plan::Plan;
use source::Source;

/// The result of checking one plan file.
#[derive(Debug)]
pub struct Checked {
    /// The plan, when the file could be read (it may still have errors).
    pub plan: Option<Plan>,
    /// The template it was checked against, and is printed with.
    pub template: std::sync::Arc<template::Template>,
    /// Every problem found, located in the source, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// Valid means readable and without errors; warnings are allowed.
    pub fn is_valid(&self) -> bool {
        self.plan.is_some() && !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The pipeline's entry point for every front end: reads a plan, finds its
/// template (the one asked for, else the one it names, else the default),
/// and checks it against the law, the template's local rules and, with
/// `today`, its follow-ups. Fails only when the template cannot be used.
pub fn check_source(
    source: &Source,
    templates: &template::Resolver,
    today: Option<chrono::NaiveDate>,
) -> Result<Checked, template::TemplateErrors> {
    let loaded = load::parse_plan(source);
    let named = loaded
        .as_ref()
        .ok()
        .and_then(|p| p.document.template.as_deref());
    let template = templates.for_plan(source, named)?;
    Ok(check_with(source, loaded, template, today))
}

/// Reads and validates a plan against one template, e.g. in tests.
pub fn check(source: &Source, template: &template::Template) -> Checked {
    check_with(
        source,
        load::parse_plan(source),
        std::sync::Arc::new(template.clone()),
        None,
    )
}

/// Checks a plan that was read against its template, and places every
/// finding in the source text.
fn check_with(
    source: &Source,
    loaded: Result<Plan, Vec<Diagnostic>>,
    template: std::sync::Arc<template::Template>,
    today: Option<chrono::NaiveDate>,
) -> Checked {
    let plan = match loaded {
        Ok(plan) => plan,
        Err(diagnostics) => {
            return Checked {
                plan: None,
                template,
                diagnostics,
            };
        }
    };
    let mut diagnostics = validate::all(&plan, &template, today);
    for d in &mut diagnostics {
        if d.span.is_none() {
            d.span = source.locate(&d.path);
        }
    }
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
    Checked {
        plan: Some(plan),
        template,
        diagnostics,
    }
}

/// The JSON Schema of the plan file format, pretty-printed, as committed in
/// `schemas/plan.schema.json`.
pub fn plan_schema() -> String {
    pretty(schemars::schema_for!(Plan))
}

/// The JSON Schema of the template file format, as committed in
/// `schemas/template.schema.json`.
pub fn template_schema() -> String {
    pretty(schemars::schema_for!(template::TemplateFile))
}

fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// A finished PDF and what was noticed while making it.
#[derive(Debug)]
pub struct Printed {
    /// The PDF file's bytes.
    pub pdf: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
    /// Layout warnings (characters the font lacks, more pages than the budget).
    pub warnings: Vec<Diagnostic>,
}

/// Prints a plan as PDF. `created` (seconds since 1970, e.g. from
/// `SOURCE_DATE_EPOCH`) defaults to the plan's date, so the same plan always
/// gives the same bytes.
pub fn print_plan(
    plan: &Plan,
    template: &template::Template,
    options: render::Options,
    created: Option<i64>,
) -> Result<Printed, pdf::PdfError> {
    let rendered = render::render_plan(plan, template, options);
    let created = created.unwrap_or_else(|| plan_timestamp(plan));
    finish(rendered, template, &template.labels.document.title, created)
}

/// Prints a plan as PDF followed by the family's copy: the same plan with
/// the labels of `family`, a template in the family's language
/// ([`render::render_for_family`]). The document's language stays the
/// template's; the copy is marked with the family's.
pub fn print_plan_for_family(
    plan: &Plan,
    template: &template::Template,
    family: &template::Template,
    options: render::Options,
    created: Option<i64>,
) -> Result<Printed, pdf::PdfError> {
    let rendered = render::render_for_family(plan, template, family, options);
    let created = created.unwrap_or_else(|| plan_timestamp(plan));
    finish(rendered, template, &template.labels.document.title, created)
}

/// Prints the invitation to the meeting ([`render::invitation`]): a letter
/// for each person invited, or one for all. From a draft, because the
/// meeting has not been held yet.
pub fn print_invitation(
    draft: &draft::Draft,
    template: &template::Template,
    one_for_all: bool,
    created: Option<i64>,
) -> Result<Printed, pdf::PdfError> {
    let rendered = render::invitation::render_invitation(draft, template, one_for_all);
    let created = created.unwrap_or_else(|| plan_timestamp(&draft.plan));
    finish(
        rendered,
        template,
        &template.labels.invitation.title,
        created,
    )
}

/// Prints a deviation report ([`deviation`]) for `audience`: the full
/// report, or the de-identified copy for the BUS secretariat.
/// Its metadata holds the report's title and the date of the event only.
pub fn print_deviation(
    plan: &Plan,
    template: &template::Template,
    deviation: &plan::Deviation,
    audience: plan::Audience,
    created: Option<i64>,
) -> Result<Printed, pdf::PdfError> {
    let rendered = render::deviation::render_deviation(plan, template, deviation, audience);
    let created = created.unwrap_or_else(|| plan_timestamp(plan));
    finish(
        rendered,
        template,
        &template.labels.deviation.title,
        created,
    )
}

/// Prints a draft ([`draft::read`]) as PDF: the plan as far as it goes,
/// "UTKAST" across every page, and what to do before it is valid.
pub fn print_draft(
    draft: &draft::Draft,
    template: &template::Template,
    options: render::Options,
    created: Option<i64>,
) -> Result<Printed, pdf::PdfError> {
    let rendered = render::render_draft(draft, template, options);
    let dated = (!draft.is_blank("document.date")).then_some(&draft.plan);
    let created = created.unwrap_or_else(|| dated.map_or(0, plan_timestamp));
    finish(rendered, template, &template.labels.document.title, created)
}

/// The plan's own date as seconds since 1970: a PDF's date that never
/// comes from the clock.
fn plan_timestamp(plan: &Plan) -> i64 {
    plan.document
        .date
        .0
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp())
}

/// Prints the empty worksheet as PDF; with `for_plan`, its page header
/// names that plan's child and meeting date.
pub fn print_blank(
    template: &template::Template,
    options: render::Options,
    created: Option<i64>,
    for_plan: Option<&Plan>,
) -> Result<Printed, pdf::PdfError> {
    let created = created.unwrap_or_else(|| for_plan.map_or(0, plan_timestamp));
    finish(
        render::render_blank(template, options, for_plan),
        template,
        &template.labels.document.title,
        created,
    )
}

/// Prints the statistics report (`sipplan stats --report`) as PDF.
pub fn print_report(
    stats: &stats::Stats,
    template: &template::Template,
    options: render::ReportOptions,
    created: i64,
) -> Result<Printed, pdf::PdfError> {
    let rendered = render::render_report(stats, template, options);
    finish(rendered, template, &template.labels.stats.title, created)
}

/// Writes laid-out pages as PDF in the template's language; the title goes
/// into the metadata, so it must never hold personal data.
fn finish(
    rendered: render::Rendered,
    template: &template::Template,
    title: &str,
    created: i64,
) -> Result<Printed, pdf::PdfError> {
    let meta = pdf::Metadata {
        title: title.to_owned(),
        producer: concat!("sipplan ", env!("CARGO_PKG_VERSION")).to_owned(),
        created,
        lang: template.language.clone(),
    };
    let pdf = pdf::write(&rendered.document, &meta)?;
    Ok(Printed {
        pdf,
        pages: rendered.document.pages.len(),
        warnings: rendered.warnings,
    })
}
