//! The insatser: who does what and when.

use super::cells::{NBSP, choices, opt, table_of, text};
use super::context::SectionContext;
use crate::document::MM;
use crate::layout::{self, Block, Cell, Inline, Row};
use crate::plan::Responsible;
use crate::printed::Printed;

/// Empty rows in the worksheet's action table.
pub(super) const BLANK_ACTION_ROWS: usize = 6;

/// On the worksheet: the height of each insats row, in mm.
pub(super) const ACTION_ROW_MM: f32 = 12.0;

/// Insatser – vem gör vad och när: the law's items 1–3, and "Inga åtgärder av annan" as its last row.
pub(super) fn actions_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.actions.clone())];
    let mut rows = Vec::new();
    if let Some(p) = plan {
        for (i, a) in p.actions.iter().enumerate() {
            let who = match &a.responsible {
                _ if unfilled(&format!("actions[{i}].responsible")) => String::new(),
                Responsible::Kommun => c.kommun.clone(),
                Responsible::Region => c.region.clone(),
                Responsible::Other(name) => name.clone(),
                Responsible::Family => c.family.clone(),
                Responsible::Child => c.child.clone(),
            };
            let status = a.status.word(l);
            let when = match (a.start, a.done_by) {
                (Some(s), Some(d)) => format!("{s}{NBSP}–\n{d}"),
                (Some(s), None) => format!("{s}{NBSP}–"),
                (None, Some(d)) => format!("–{NBSP}{d}"),
                (None, None) => String::new(),
            };
            let mut responsible = vec![Inline::Bold(who)];
            if let Some(unit) = &a.unit {
                responsible.extend([Inline::Break, Inline::Text(unit.to_string())]);
            }
            rows.push(Row {
                cells: vec![
                    Cell::new(text(a.what.clone())),
                    Cell::new(responsible),
                    Cell::new(opt(&a.person)),
                    Cell::new(text(when)),
                    Cell::new(text(status.to_owned())),
                ],
                min_lines: 1,
            });
        }
    }
    blocks.push(table_of(
        vec![
            f.what.clone(),
            f.responsible_unit.clone(),
            f.person.clone(),
            f.when.clone(),
            f.status.clone(),
        ],
        rows,
        blank.then_some((BLANK_ACTION_ROWS, vec![3.6, 1.8, 1.4, 1.2, 1.0])),
        layout::lines_for_height(ACTION_ROW_MM * MM),
    ));
    // The law's third item belongs in the table it is about.
    let none = plan.is_some_and(|p| p.no_measures_by_others);
    if let Some(Block::Table { rows, .. }) = blocks.last_mut() {
        rows.push(Row {
            cells: vec![Cell::spanning(
                5,
                choices(l, &[(&f.no_measures_by_others, none)]),
            )],
            min_lines: 1,
        });
    }
    blocks
}
