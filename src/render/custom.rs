//! A municipality's own sections, from its template.

use super::cells::{GRID, choices, field, grid, text};
use super::context::SectionContext;
use crate::layout::Block;
use crate::plan::CustomValue;

/// One of the template's own sections, filled from the plan's `custom` part.
pub(super) fn custom_section(ctx: &SectionContext, key: &str) -> Vec<Block> {
    let plan = ctx.plan;
    let Some(section) = ctx.template.custom_sections.iter().find(|s| s.key == key) else {
        return Vec::new();
    };
    let mut blocks = vec![Block::Heading(section.heading.clone())];
    let values = plan.and_then(|p| p.custom.get(&section.key));
    let rows = section
        .fields
        .iter()
        .map(|custom| {
            let value = values.and_then(|v| v.get(&custom.key));
            let content = match (&custom.checklist, value) {
                (Some(options), value) => {
                    let checked = |key: &str| matches!(value, Some(CustomValue::Checked(keys)) if keys.iter().any(|k| k == key));
                    let options: Vec<(&str, bool)> = options.iter().map(|(key, label)| (label.as_str(), checked(key))).collect();
                    choices(&ctx.template.labels, &options)
                }
                (None, Some(CustomValue::Text(t))) => text(t.clone()),
                (None, _) => Vec::new(),
            };
            vec![field(GRID, &custom.label, content)]
        })
        .collect();
    blocks.push(grid(rows, plan.is_none()));
    blocks
}
