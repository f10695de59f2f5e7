//! The meeting section: when and where, who took part, how the child did.

use super::cells::{GRID, choices, date, field, grid, opt, opt_str, phone, plain_row, table, text};
use super::context::SectionContext;
use super::dates::meeting_time;
use crate::layout::{Block, Inline};
use crate::plan::Participation;

/// Mötesdatum, and its time when the plan has one: "2026-10-06 kl. 13.30–15.00".
fn when(ctx: &SectionContext, unfilled: super::options::Unfilled) -> Vec<Inline> {
    let meeting = ctx.plan.map(|p| &p.meeting);
    let mut words = date(
        meeting
            .map(|m| m.date)
            .filter(|_| !unfilled("meeting.date")),
    );
    let time = meeting
        .filter(|_| !unfilled("meeting.start"))
        .and_then(|m| meeting_time(m.start, m.end, &ctx.template.labels));
    if let Some(time) = time {
        words.push(Inline::Text(format!(" {time}")));
    }
    words
}

/// Mötet: when, where, who, and how the child took part.
pub(super) fn meeting_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.meeting.clone())];
    let meeting = plan.map(|p| &p.meeting);
    let mut rows = vec![vec![
        field(2, &f.meeting_date, when(ctx, unfilled)),
        field(
            4,
            &f.place,
            meeting.map(|m| text(m.place.clone())).unwrap_or_default(),
        ),
    ]];
    if show(meeting.is_some_and(|m| m.question.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.question,
            meeting.map(|m| opt(&m.question)).unwrap_or_default(),
        )]);
    }
    rows.push(vec![
        field(
            2,
            &f.initiator,
            meeting.map(|m| opt(&m.initiator)).unwrap_or_default(),
        ),
        field(
            2,
            &f.chair,
            meeting.map(|m| text(m.chair.clone())).unwrap_or_default(),
        ),
        field(
            2,
            &f.written_by,
            plan.map(|p| opt(&p.document.written_by))
                .unwrap_or_default(),
        ),
    ]);
    let how = meeting
        .and_then(|m| m.child_participation.as_ref())
        .filter(|_| !unfilled("meeting.child_participation.how"));
    let is = |p: Participation| how.is_some_and(|h| h.how == p);
    let mut participation = choices(
        l,
        &[
            (&c.whole_meeting, is(Participation::WholeMeeting)),
            (&c.part_of_meeting, is(Participation::PartOfMeeting)),
            (
                &c.through_representative,
                is(Participation::ThroughRepresentative),
            ),
            (&c.through_letter, is(Participation::ThroughLetter)),
            (&c.did_not_take_part, is(Participation::DidNotTakePart)),
        ],
    );
    if let Some(note) = how.and_then(|h| h.note.as_ref()) {
        participation.push(Inline::Break);
        participation.push(Inline::Text(note.to_string()));
    }
    rows.push(vec![field(GRID, &f.child_participation, participation)]);
    blocks.push(grid(rows, blank));
    let mut rows = Vec::new();
    if let Some(m) = meeting {
        for p in &m.participants {
            let present = if p.present { &c.yes } else { &c.no };
            rows.push(plain_row(&[
                &p.name,
                &p.role,
                opt_str(&p.organisation),
                &phone(&p.phone),
                present,
            ]));
        }
    }
    // A plan without a list of participants prints no empty table.
    if show(!rows.is_empty()) {
        blocks.push(Block::Gap(3.0));
        blocks.push(table(
            vec![
                f.participants.clone(),
                f.role.clone(),
                f.organisation.clone(),
                f.phone.clone(),
                f.present.clone(),
            ],
            rows,
            blank.then_some((4, vec![2.1, 1.5, 2.1, 1.4, 1.35])),
        ));
    }
    blocks
}
