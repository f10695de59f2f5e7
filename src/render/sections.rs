//! The plan's body: its sections in the template's order.

use super::actions::actions_section;
use super::cells::text;
use super::consent::consent_section;
use super::context::SectionContext;
use super::custom::custom_section;
use super::goals::{needs_and_goals_section, views_section};
use super::identity::Identity;
use super::meeting::meeting_section;
use super::options::Unfilled;
use super::people::{child_section, guardians_section};
use super::responsibility::{follow_up_section, responsibility_section};
use super::signatures::signatures_section;
use crate::layout::Block;
use crate::plan::Plan;
use crate::template::{SectionRef, Template};

/// The body: the legal basis, then the template's sections in its order.
pub(super) fn body_blocks(
    plan: Option<&Plan>,
    unfilled: Unfilled,
    identity: &Identity,
    template: &Template,
) -> Vec<Block> {
    let mut body = Vec::new();
    if !template.texts.legal_basis.is_empty() {
        body.push(Block::Paragraph(text(template.texts.legal_basis.clone())));
    }
    let ctx = SectionContext {
        plan,
        unfilled,
        identity,
        template,
    };
    for section in &template.sections {
        body.extend(section_blocks(&ctx, section));
    }
    body
}

/// The blocks of one section, heading first.
pub(super) fn section_blocks(ctx: &SectionContext, section: &SectionRef) -> Vec<Block> {
    match section {
        SectionRef::Child => child_section(ctx),
        SectionRef::Guardians => guardians_section(ctx),
        SectionRef::Consent => consent_section(ctx),
        SectionRef::Meeting => meeting_section(ctx),
        SectionRef::Views => views_section(ctx),
        SectionRef::NeedsAndGoals => needs_and_goals_section(ctx),
        SectionRef::Actions => actions_section(ctx),
        SectionRef::Responsibility => responsibility_section(ctx),
        SectionRef::FollowUp => follow_up_section(ctx),
        SectionRef::Signatures => signatures_section(ctx),
        SectionRef::Custom(key) => custom_section(ctx, key),
    }
}
