//! A plan as a RON file, as sipplan writes one: four spaces, no struct
//! names, letters as they are, `Some` left implicit, as in the samples.

use crate::plan::Plan;

/// Stands for "a date to fill in" while a plan is serialised; it is
/// replaced by the `"<YYYY-MM-DD>"` placeholder in the text. No real plan has
/// a date in the year 1000.
pub const DATE_TO_FILL: &str = "1000-01-01";

/// A plan as a RON file, with a heading comment in Swedish (the plan's
/// version; while a placeholder is left, what to fill in). Dates left to fill in by
/// [`crate::followup::next_revision`] become `"<YYYY-MM-DD>"` placeholders, which `check`
/// lists until they are filled.
pub fn to_ron(plan: &Plan) -> Result<String, ron::Error> {
    let body = ron::ser::to_string_pretty(plan, style())?;
    let body = body.replace(&format!("\"{DATE_TO_FILL}\""), "\"<YYYY-MM-DD>\"");
    let lang = crate::message::Lang::Sv;
    let mut heading = format!(
        "// {}\n",
        lang.text(&crate::msg!(
            "ron-heading",
            revision = plan.document.revision
        ))
    );
    if body.contains("\"<") {
        heading += &format!("// {}\n", lang.text(&crate::msg!("ron-heading-to-fill")));
    }
    Ok(heading + &body + "\n")
}

/// How sipplan writes RON: four spaces, no struct names, letters as they
/// are, `Some` left implicit, as in the samples.
pub fn style() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
}
