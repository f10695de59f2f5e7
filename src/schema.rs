//! The JSON Schemas of the plan and template file formats, for editors
//! and other programs (`sipplan schema`).

use crate::plan::Plan;
use crate::template;

/// The JSON Schema of the plan file format, pretty-printed, as committed in
/// `schemas/plan.schema.json`.
pub fn plan() -> String {
    pretty(schemars::schema_for!(Plan))
}

/// The JSON Schema of the template file format, as committed in
/// `schemas/template.schema.json`.
pub fn template() -> String {
    pretty(schemars::schema_for!(template::TemplateFile))
}

fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
