//! The templates built into sipplan, by id.

use crate::source::{Format, Source};

/// The built-in templates: id and source text.
pub const BUILTIN: [(&str, &str); 7] = [
    ("sv", include_str!("../../templates/sv.ron")),
    ("en", include_str!("../../templates/en.ron")),
    ("ar", include_str!("../../templates/ar.ron")),
    ("fa", include_str!("../../templates/fa.ron")),
    ("ckb", include_str!("../../templates/ckb.ron")),
    ("so", include_str!("../../templates/so.ron")),
    ("ti", include_str!("../../templates/ti.ron")),
];

/// The template used when a plan names none.
pub const DEFAULT_ID: &str = "sv";

/// The built-in template with this id.
pub fn builtin(id: &str) -> Option<Source> {
    BUILTIN.iter().find(|(i, _)| *i == id).map(|(i, text)| {
        let mut source = Source::from_text(&format!("inbyggd mall `{i}`"), text, Format::Ron);
        source.builtin = true;
        source
    })
}

/// Ids of the built-in templates.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTIN.iter().map(|(id, _)| *id).collect()
}
