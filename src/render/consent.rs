//! The consent section.

use super::cells::{GRID, choices, date, field, grid, joined, opt, text};
use super::context::SectionContext;
use crate::layout::Block;
use crate::plan::ConsentForm;

/// Samtycke: who, when, how, what may be shared, for how long.
pub(super) fn consent_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.consent.clone())];
    let consent = plan.map(|p| &p.consent);
    let form = consent
        .map(|c| c.form)
        .filter(|_| !unfilled("consent.form"));
    let mut rows = vec![
        vec![field(
            GRID,
            &f.given_by,
            consent
                .map(|c| text(joined(&c.given_by)))
                .unwrap_or_default(),
        )],
        vec![
            field(
                3,
                &f.date,
                date(
                    consent
                        .map(|c| c.date)
                        .filter(|_| !unfilled("consent.date")),
                ),
            ),
            field(
                3,
                &f.consent_form,
                choices(
                    l,
                    &[
                        (&c.written, form == Some(ConsentForm::Written)),
                        (&c.oral, form == Some(ConsentForm::Oral)),
                    ],
                ),
            ),
        ],
        vec![field(
            GRID,
            &f.sharing_between,
            consent
                .map(|c| text(joined(&c.sharing_between)))
                .unwrap_or_default(),
        )],
    ];
    if show(consent.is_some_and(|c| c.not_to_share.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.not_to_share,
            consent.map(|c| opt(&c.not_to_share)).unwrap_or_default(),
        )]);
    }
    let until = consent.and_then(|c| c.valid_until);
    let revoked = consent.and_then(|c| c.revoked_on);
    if show(until.is_some() || revoked.is_some()) {
        rows.push(vec![
            field(3, &f.valid_until, date(until)),
            field(3, &f.revoked_on, date(revoked)),
        ]);
    }
    if show(consent.is_some_and(|c| c.child_view.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.child_view,
            consent.map(|c| opt(&c.child_view)).unwrap_or_default(),
        )]);
    }
    blocks.push(grid(rows, blank));
    blocks
}
