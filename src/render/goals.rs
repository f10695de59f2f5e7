//! The child's and the family's views, and the needs and goals.

use super::cells::{GRID, bullets, field, opt, writing_grid};
use super::context::SectionContext;
use crate::layout::Block;

/// Barnets och familjens bild: the child's own words and the family's view.
pub(super) fn views_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, s) = (&l.fields, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let mut blocks = vec![Block::Heading(s.views.clone())];
    let views = plan.map(|p| &p.views);
    blocks.push(writing_grid(
        vec![
            vec![field(
                GRID,
                &f.child_voice,
                views.map(|v| opt(&v.child)).unwrap_or_default(),
            )],
            vec![field(
                GRID,
                &f.family_view,
                views.map(|v| opt(&v.family)).unwrap_or_default(),
            )],
        ],
        blank,
    ));
    blocks
}

/// Behov och mål.
pub(super) fn needs_and_goals_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, s) = (&l.fields, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let mut blocks = vec![Block::Heading(s.needs_and_goals.clone())];
    let list = |items: Option<&Vec<crate::plan::Text>>| {
        items
            .filter(|i| !i.is_empty())
            .map(|i| bullets(i))
            .unwrap_or_default()
    };
    let rows = vec![
        vec![
            field(3, &f.needs, list(plan.map(|p| &p.needs))),
            field(
                3,
                &f.short_term_goals,
                list(plan.map(|p| &p.goals.short_term)),
            ),
        ],
        vec![field(
            GRID,
            &f.overall_goal,
            plan.map(|p| opt(&p.goals.overall)).unwrap_or_default(),
        )],
    ];
    blocks.push(writing_grid(rows, blank));
    blocks
}
