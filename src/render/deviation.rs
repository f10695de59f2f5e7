//! The deviation report (avvikelse i samverkan) as a page: what happened,
//! which insats or event, the plan it concerns, and room for the answer of
//! the party concerned. The de-identified copy for the BUS secretariat
//! leaves out the child, every name, the personnummer and the birth date.

use super::cells::{GRID, field, grid, text, writing_grid};
use super::options::Rendered;
use super::page::{Fixed, document};
use crate::document::{Geometry, Structure};
use crate::layout::Block;
use crate::plan::Plan;
use crate::plan::{About, Audience, Deviation};
use crate::printed::Printed;
use crate::template::Template;

/// Lays out the report for `audience`: the full report, or the
/// de-identified copy for the BUS secretariat.
pub fn render_deviation(
    plan: &Plan,
    template: &Template,
    deviation: &Deviation,
    audience: Audience,
) -> Rendered {
    let labels = &template.labels;
    let l = &labels.deviation;
    let geometry = Geometry::a4_in(&template.language);
    let mut head_blocks = vec![Block::Title(l.title.clone())];
    if audience == Audience::Secretariat {
        head_blocks.push(Block::Paragraph(text(l.deidentified.clone())));
    }
    if !template.organisations.is_empty() {
        head_blocks.push(Block::Paragraph(text(template.organisations.join(" · "))));
    }
    let mut structure = Structure::default();
    let head = Fixed::lay(&head_blocks, geometry, geometry.top, &mut structure);
    let foot_text = format!("{} · {}", l.title, deviation.date);
    let foot = Fixed::footer(&[Block::Paragraph(text(foot_text))], geometry);
    let body = body(plan, template, deviation, audience);
    document(&body, (&head, &foot), geometry, labels, structure)
}

fn body(plan: &Plan, template: &Template, deviation: &Deviation, audience: Audience) -> Vec<Block> {
    let labels = &template.labels;
    let l = &labels.deviation;
    let f = &labels.fields;
    let anonymous = audience == Audience::Secretariat;
    let mut rows = Vec::new();
    if !anonymous {
        rows.push(vec![
            field(
                GRID / 2,
                &labels.document.child,
                text(plan.child.name.to_string()),
            ),
            field(GRID / 2, &f.personnummer, text(plan.child.id.as_written())),
        ]);
        rows.push(vec![field(
            GRID,
            &l.reported_by,
            text(deviation.reporter.to_string()),
        )]);
    }
    rows.push(vec![
        field(GRID / 2, &l.date, text(deviation.date.to_string())),
        field(
            GRID / 2,
            &l.plan,
            text(format!(
                "{} {}, {} {}",
                labels.document.plan_date,
                plan.document.date,
                labels.document.revision,
                plan.document.revision
            )),
        ),
    ]);
    match deviation.about {
        About::Insats(row) => {
            if let Some(action) = plan.actions.get(row.saturating_sub(1)) {
                let row_label = l.insats.replace("{row}", &row.to_string());
                // The plan's own text goes upward only if it names no one.
                let names_someone = |text: &str| {
                    let reporter = Some(deviation.reporter.as_str());
                    !crate::deidentify::identifying(plan, reporter, text).is_empty()
                };
                let mut about = match anonymous && names_someone(&action.what) {
                    true => row_label,
                    false => format!("{row_label}: {}", action.what),
                };
                if let Some(by) = action.done_by {
                    about.push_str(&format!(" ({} {by})", f.done_by));
                }
                rows.push(vec![field(GRID, &l.about, text(about))]);
                let huvudman = super::child_page::who(None, &action.responsible, labels);
                let mut party = match &action.unit {
                    Some(unit) if anonymous && names_someone(unit) => huvudman,
                    Some(unit) => format!("{huvudman}, {unit}"),
                    None => huvudman,
                };
                if let (Some(person), false) = (&action.person, anonymous) {
                    party.push_str(&format!(", {person}"));
                }
                rows.push(vec![field(GRID, &l.party, text(party))]);
            }
        }
        About::Event(event) => {
            rows.push(vec![field(
                GRID,
                &l.about,
                text(event.word(labels).to_owned()),
            )]);
            if let Some(party) = deviation.party {
                rows.push(vec![field(
                    GRID,
                    &l.party,
                    text(party.word(labels).to_owned()),
                )]);
            }
        }
    }
    rows.push(vec![field(GRID, &l.what, text(deviation.what.to_string()))]);
    let mut blocks = vec![grid(rows, false)];
    if anonymous {
        blocks.push(Block::Paragraph(text(l.confirmed.clone())));
    }
    blocks.push(Block::Heading(l.response.clone()));
    blocks.push(writing_grid(
        vec![
            vec![field(GRID, &l.cause, Vec::new())],
            vec![field(GRID, &l.measures, Vec::new())],
            vec![
                field(GRID / 2, &l.answered_by, Vec::new()),
                field(GRID / 2, &f.date, Vec::new()),
            ],
        ],
        true,
    ));
    blocks
}
