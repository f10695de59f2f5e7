//! The statistics report: the figures of [`crate::stats`] as tables with
//! bars, on A4 pages that say what they are, for which period, and which
//! page of how many.

use super::cells::text;
use super::options::Rendered;
use super::page::{Fixed, document};
use crate::document::{Geometry, Structure};
use crate::layout::{Block, Cell, Columns, Inline, Row};
use crate::message::Lang;
use crate::stats::{Section, Shown, Stats, Value};
use crate::template::Template;

/// What the report needs besides the figures.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions {
    /// Counts from 1 to `min_cell - 1` are shown as `<min_cell`.
    pub min_cell: u64,
    /// Plan files left out because they have errors.
    pub not_counted: usize,
}

/// Lays out the report in the template's language.
pub fn render_report(stats: &Stats, template: &Template, options: ReportOptions) -> Rendered {
    let labels = &template.labels;
    let s = &labels.stats;
    let geometry = Geometry::a4_in(&template.language);
    let period = match stats.period.from {
        Some(from) => format!("{}: {} – {}", s.period, from, stats.period.to),
        None => format!("{}: – {}", s.period, stats.period.to),
    };
    let mut head_blocks = vec![Block::Title(s.title.clone())];
    if !template.organisations.is_empty() {
        head_blocks.push(Block::Paragraph(text(template.organisations.join(" · "))));
    }
    head_blocks.push(Block::Paragraph(text(period.clone())));
    let mut structure = Structure::default();
    let head = Fixed::lay(&head_blocks, geometry, geometry.top, &mut structure);
    let foot = Fixed::footer(
        &[Block::Paragraph(text(format!("{} · {period}", s.title)))],
        geometry,
    );

    let min = options.min_cell.to_string();
    let mut body = Vec::new();
    if options.min_cell > 1 {
        body.push(Block::Paragraph(text(s.suppressed.replace("{min}", &min))));
    }
    if options.not_counted > 0 {
        body.push(Block::Paragraph(text(
            s.not_counted
                .replace("{count}", &options.not_counted.to_string()),
        )));
    }
    let mut shown = stats.shown(&template.labels, options.min_cell).into_iter();
    if let Some((_, all)) = shown.next() {
        figures_blocks(&mut body, &s.all_plans, &all, template.lang());
    }
    let groups: Vec<(&str, Vec<Section>)> = shown
        .filter_map(|(name, sections)| Some((name?, sections)))
        .collect();
    if !groups.is_empty() {
        body.push(Block::PageBreak);
        body.push(Block::Heading(s.by_group.clone()));
        for chunk in groups.chunks(GROUPS_PER_TABLE) {
            body.push(comparison(chunk, template.lang()));
            body.push(Block::Gap(6.0));
        }
    }

    document(&body, (&head, &foot), geometry, labels, structure)
}

/// Organisations side by side in one table: up to this many a table, so
/// that each value has room and the comparison stays on one page.
const GROUPS_PER_TABLE: usize = 4;

/// The figures of a few groups side by side: one column per group, one row
/// per figure, the sections as rows across the table.
fn comparison(groups: &[(&str, Vec<Section>)], lang: Lang) -> Block {
    let sections: Vec<&Vec<Section>> = groups.iter().map(|(_, sections)| sections).collect();
    let mut rows = Vec::new();
    for (s, section) in sections[0].iter().enumerate() {
        rows.push(Row {
            cells: vec![Cell::spanning(
                groups.len() + 1,
                vec![Inline::Bold(section.title.clone())],
            )],
            min_lines: 1,
        });
        for (r, row) in section.rows.iter().enumerate() {
            let mut cells = vec![Cell::new(text(row.label.clone()))];
            cells.extend(
                sections
                    .iter()
                    .map(|group| group.get(s).and_then(|section| section.rows.get(r)))
                    .map(|row| {
                        Cell::new(text(
                            row.map(|row| row.value.text(lang)).unwrap_or_default(),
                        ))
                    }),
            );
            rows.push(Row {
                cells,
                min_lines: 1,
            });
        }
    }
    let value_share = 0.6 / GROUPS_PER_TABLE as f32;
    let mut widths = vec![0.4];
    widths.extend(std::iter::repeat_n(value_share, groups.len()));
    let mut header = vec![String::new()];
    header.extend(groups.iter().map(|(name, _)| (*name).to_owned()));
    Block::Table {
        columns: Columns::Fixed(widths),
        header: Some(header),
        rows,
    }
}

/// One group's figures: a heading, then each section with a bar per figure.
fn figures_blocks(body: &mut Vec<Block>, title: &str, sections: &[Section], lang: Lang) {
    body.push(Block::Gap(4.0));
    body.push(Block::Heading(title.to_owned()));
    for section in sections {
        body.push(Block::Subheading(section.title.clone()));
        // Counts are drawn against the largest in their section; shares
        // against 100 %. A hidden count gets no bar: its length would tell.
        let largest = section
            .rows
            .iter()
            .filter_map(|row| match row.value {
                Value::Count(Shown::Exact(n)) => Some(n),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        for row in &section.rows {
            let fraction = match &row.value {
                Value::Count(Shown::Exact(n)) if largest > 0 => Some(*n as f32 / largest as f32),
                Value::Count(Shown::Exact(_)) => Some(0.0),
                Value::Share {
                    percent: Some(p), ..
                } => Some(*p as f32 / 100.0),
                _ => None,
            };
            body.push(Block::Bar {
                label: row.label.clone(),
                value: row.value.text(lang),
                fraction,
            });
        }
        body.push(Block::Gap(3.0));
    }
}
