//! Documents to PDF: each kind of document the library prints, laid out
//! by [`crate::render`] and written by [`crate::pdf`], with metadata that
//! never holds personal data.

use crate::diagnostic::Diagnostic;
use crate::draft::Draft;
use crate::plan::{self, Plan};
use crate::{pdf, render, stats, template};

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
    draft: &Draft,
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
    draft: &Draft,
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
