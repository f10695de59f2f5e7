//! Who holds the plan, and when and how it is followed up.

use super::cells::{GRID, choices, date, field, grid, opt, text};
use super::context::SectionContext;
use super::history::since_last;
use crate::layout::Block;
use crate::plan::{FollowUpForm, Huvudman};

/// Ansvar för planen: the law's item 4.
pub(super) fn responsibility_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.responsibility.clone())];
    let resp = plan.map(|p| &p.responsibility);
    let principal = resp
        .map(|r| r.principal)
        .filter(|_| !unfilled("responsibility.principal"));
    let coordinator = resp
        .map(|r| {
            let parts: Vec<&str> = [
                Some(r.coordinator.name.as_str()),
                r.coordinator.phone.as_deref(),
                r.coordinator.email.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect();
            text(parts.join(", "))
        })
        .unwrap_or_default();
    blocks.push(grid(
        vec![
            vec![
                field(
                    3,
                    &f.principal,
                    choices(
                        l,
                        &[
                            (&c.kommun, principal == Some(Huvudman::Kommun)),
                            (&c.region, principal == Some(Huvudman::Region)),
                        ],
                    ),
                ),
                field(
                    3,
                    &f.unit,
                    resp.map(|r| text(r.unit.clone())).unwrap_or_default(),
                ),
            ],
            vec![field(GRID, &f.coordinator, coordinator)],
            vec![field(
                GRID,
                &f.original_kept_by,
                resp.map(|r| text(r.unit.clone())).unwrap_or_default(),
            )],
        ],
        blank,
    ));
    blocks
}

/// Uppföljning och avslut, with "Sedan förra mötet" after a follow-up.
pub(super) fn follow_up_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.follow_up.clone())];
    if let Some((plan, previous)) = plan.and_then(|p| p.previous().map(|prev| (p, prev))) {
        blocks.push(since_last(plan, previous, l));
    }
    let follow = plan.map(|p| &p.follow_up);
    let form = follow
        .map(|x| x.form)
        .filter(|_| !unfilled("follow_up.form"));
    let mut rows = vec![vec![
        field(
            2,
            &f.follow_up_date,
            date(
                follow
                    .map(|x| x.date)
                    .filter(|_| !unfilled("follow_up.date")),
            ),
        ),
        field(
            4,
            &f.follow_up_form,
            choices(
                l,
                &[
                    (&c.meeting, form == Some(FollowUpForm::Meeting)),
                    (&c.digital, form == Some(FollowUpForm::Digital)),
                    (&c.phone, form == Some(FollowUpForm::Phone)),
                ],
            ),
        ),
    ]];
    if blank {
        // The worksheet: who calls fits beside the date and the form.
        rows[0][1].span = 2;
        rows[0].insert(1, field(2, &f.caller, Vec::new()));
    } else if follow.is_some_and(|x| x.caller.is_some()) {
        rows.push(vec![field(
            GRID,
            &f.caller,
            follow.map(|x| opt(&x.caller)).unwrap_or_default(),
        )]);
    }
    if show(follow.is_some_and(|x| x.closing_criteria.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.closing_criteria,
            follow.map(|x| opt(&x.closing_criteria)).unwrap_or_default(),
        )]);
    }
    if show(follow.is_some_and(|x| x.if_not_working.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.if_not_working,
            follow.map(|x| opt(&x.if_not_working)).unwrap_or_default(),
        )]);
    }
    // Only a plan that was closed says so; a worksheet is for an open one.
    if let Some(closed) = follow.and_then(|x| x.closed) {
        rows.push(vec![field(GRID, &f.closed, date(Some(closed)))]);
    }
    blocks.push(grid(rows, blank));
    blocks
}
