//! The child's and the guardians' sections.

use super::cells::{GRID, choices, field, grid, opt, opt_str, phone, plain_row, table, text};
use super::context::SectionContext;
use crate::layout::Block;

/// Barnet: name, number, school, language, LSS.
pub(super) fn child_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let identity = ctx.identity;
    let mut blocks = vec![Block::Heading(s.child.clone())];
    let child = plan.map(|p| &p.child);
    let mut rows = vec![
        vec![
            field(
                3,
                &f.name,
                child.map(|c| text(c.name.clone())).unwrap_or_default(),
            ),
            match plan {
                Some(_) => field(3, &identity.id_label, text(identity.id.clone())),
                None => field(
                    3,
                    &format!("{} / {}", f.personnummer, f.samordningsnummer),
                    Vec::new(),
                ),
            },
        ],
        vec![
            field(
                3,
                &f.school,
                child.map(|c| opt(&c.school)).unwrap_or_default(),
            ),
            field(
                3,
                &f.language,
                child.map(|c| opt(&c.language)).unwrap_or_default(),
            ),
        ],
    ];
    let lss = child.and_then(|c| c.lss_plan);
    let lss_field = |span| {
        field(
            span,
            &f.lss_plan,
            choices(
                l,
                &[(&c.yes, lss == Some(true)), (&c.no, lss == Some(false))],
            ),
        )
    };
    if blank {
        // The worksheet: three short fields share a row.
        for cell in &mut rows[1] {
            cell.span = 2;
        }
        rows[1].push(lss_field(2));
    } else if lss.is_some() {
        rows.push(vec![lss_field(GRID)]);
    }
    blocks.push(grid(rows, blank));
    blocks
}

/// Vårdnadshavare och närstående.
pub(super) fn guardians_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let mut blocks = vec![Block::Heading(s.guardians.clone())];
    let mut rows = Vec::new();
    if let Some(p) = plan {
        for g in &p.guardians {
            let mut relation = g.relation.to_string();
            if let Some(i) = &g.interpreter {
                relation.push_str(&format!("\n{}: {i}", f.interpreter));
            }
            let custody = if g.custody { &c.yes } else { &c.no };
            rows.push(plain_row(&[
                &g.name,
                &relation,
                custody,
                &phone(&g.phone),
                opt_str(&g.email),
            ]));
        }
        for r in &p.relatives {
            let relation = format!("{} ({})", r.relation, f.relative.to_lowercase());
            rows.push(plain_row(&[
                &r.name,
                &relation,
                "",
                &phone(&r.phone),
                opt_str(&r.email),
            ]));
        }
    }
    blocks.push(table(
        vec![
            f.name.clone(),
            f.relation.clone(),
            f.custody.clone(),
            f.phone.clone(),
            f.email.clone(),
        ],
        rows,
        blank.then_some((2, vec![2.4, 1.6, 0.9, 1.4, 2.2])),
    ));
    blocks
}
