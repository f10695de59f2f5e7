//! The signature lines, never split from the statement they sign.

use super::cells::{GRID, field, grid, joined, opt_str, text};
use super::context::SectionContext;
use crate::layout::Block;
use crate::plan::{Plan, Responsible};
use crate::template::Template;

/// Underskrifter: the statement directly above the lines, and who gets a copy, kept together on one page.
pub(super) fn signatures_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, s) = (&l.fields, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let template = ctx.template;
    let signers: Vec<(String, String)> = match plan {
        Some(p) if !p.signatures.is_empty() => p
            .signatures
            .iter()
            .map(|s| (s.name.to_string(), opt_str(&s.organisation).to_owned()))
            .collect(),
        Some(p) => default_signers(p, template),
        // The worksheet: what to write under each line.
        None => vec![(f.name.clone(), format!("{} / {}", f.role, f.organisation)); 6],
    };
    let distribution = plan.map(|p| joined(&p.distribution)).unwrap_or_default();
    let mut blocks = vec![Block::Heading(s.signatures.clone())];
    let mut together = Vec::new();
    if !template.texts.consent.is_empty() {
        together.push(Block::Paragraph(text(template.texts.consent.clone())));
    }
    if !signers.is_empty() {
        together.push(Block::Signatures {
            signers,
            date_label: f.signature_date.clone(),
        });
    }
    if show(!distribution.is_empty()) {
        together.push(grid(
            vec![vec![field(GRID, &s.distribution, text(distribution))]],
            blank,
        ));
    }
    blocks.push(Block::Keep(together));
    blocks
}

/// Who signs a plan that names no signers: each guardian with custody, the
/// child from the template's age (12 unless it says otherwise), each unit
/// or other actor responsible for an insats, and the coordinator. Never a heading with nothing under it.
pub(super) fn default_signers(plan: &Plan, template: &Template) -> Vec<(String, String)> {
    let l = &template.labels;
    let mut signers: Vec<(String, String)> = plan
        .guardians
        .iter()
        .filter(|g| g.custody)
        .map(|g| (g.name.to_string(), g.relation.to_string()))
        .collect();
    let from = template.rules.child_signature_age.unwrap_or(12);
    let old_enough = plan
        .child_age()
        .is_some_and(|age| from > 0 && age.possibly_at_least(from));
    if old_enough {
        signers.push((plan.child.name.to_string(), l.choices.child.clone()));
    }
    // Each party answers for its insatser: a line for each responsible
    // unit (or other actor), signed by the insats's ansvarig person.
    for action in &plan.actions {
        let unit = match &action.responsible {
            Responsible::Kommun | Responsible::Region => {
                action.unit.as_ref().map(|u| u.to_string())
            }
            Responsible::Other(actor) => Some(actor.clone()),
            Responsible::Family | Responsible::Child => None,
        };
        let Some(unit) = unit.filter(|u| !u.trim().is_empty()) else {
            continue;
        };
        let person = action
            .person
            .as_ref()
            .map(|p| p.to_string())
            .unwrap_or_default();
        let signs =
            |(n, o): &(String, String)| o == &unit || (!person.trim().is_empty() && n == &person);
        if !signers.iter().any(signs) {
            signers.push((person, unit));
        }
    }
    let coordinator = &plan.responsibility.coordinator.name;
    if !coordinator.trim().is_empty() && !signers.iter().any(|(n, _)| coordinator == n.as_str()) {
        signers.push((coordinator.to_string(), l.fields.coordinator.clone()));
    }
    signers
}
