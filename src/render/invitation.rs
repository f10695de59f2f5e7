//! The invitation to the SIP meeting (kallelse): a one-page letter for each
//! person invited, or one for everyone, from the plan's meeting data and
//! the template's words. Made before the meeting, so from a draft: what
//! the plan does not have yet is left out. No personnummer, unless the
//! template asks for it (`rules: (invitation_personnummer: true)`).

use super::cells::{GRID, bullets, field, grid, text};
use super::dates::{in_words, meeting_time};
use super::options::Rendered;
use super::page::{Fixed, framed};
use crate::document::{Document, Geometry, Structure};
use crate::draft::Draft;
use crate::layout::{self, Block, Cell, Inline};
use crate::plan::Plan;
use crate::template::Template;

/// Who a letter is to: a name and what they are to the child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    /// As written in the plan.
    pub name: String,
    /// "mamma", "skolkurator, Exempelskolan".
    pub role: String,
}

/// Everyone invited: the guardians first, then the meeting's participants
/// who are not guardians, in the plan's order; names not yet filled in are
/// left out.
pub fn invitees(draft: &Draft) -> Vec<Invitee> {
    let plan = &draft.plan;
    let mut out: Vec<Invitee> = Vec::new();
    for (i, g) in plan.guardians.iter().enumerate() {
        if !draft.blank.contains(&format!("guardians[{i}].name")) {
            out.push(Invitee {
                name: g.name.to_string(),
                role: g.relation.to_string(),
            });
        }
    }
    for (i, p) in plan.meeting.participants.iter().enumerate() {
        let known = out.iter().any(|o| o.name.trim() == p.name.trim());
        if known
            || draft
                .blank
                .contains(&format!("meeting.participants[{i}].name"))
        {
            continue;
        }
        let organisation = p.organisation.as_ref().map(|o| o.to_string());
        let role = [
            shown(draft, &format!("meeting.participants[{i}].role"), &p.role),
            organisation
                .map(|o| {
                    shown(
                        draft,
                        &format!("meeting.participants[{i}].organisation"),
                        &o,
                    )
                })
                .unwrap_or_default(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
        out.push(Invitee {
            name: p.name.to_string(),
            role,
        });
    }
    out
}

/// Whom a letter each goes to: everyone invited but the one the letters
/// name to ask and tell (the coordinator, else the chair), who is not
/// invited by her own letter.
pub fn addressees(draft: &Draft) -> Vec<Invitee> {
    let plan = &draft.plan;
    let coordinator = shown(
        draft,
        "responsibility.coordinator.name",
        &plan.responsibility.coordinator.name,
    );
    let sender = match coordinator.is_empty() {
        true => shown(draft, "meeting.chair", &plan.meeting.chair),
        false => coordinator,
    };
    invitees(draft)
        .into_iter()
        .filter(|i| sender.is_empty() || i.name.trim() != sender)
        .collect()
}

/// Lays out the invitation: one letter (page) per invitee, or one for all.
pub fn render_invitation(draft: &Draft, template: &Template, one_for_all: bool) -> Rendered {
    let l = &template.labels.invitation;
    let plan = &draft.plan;
    let geometry = Geometry::a4_in(&template.language);
    let child = shown(draft, "child.name", &plan.child.name);
    let date = shown(draft, "meeting.date", &plan.meeting.date.to_string());
    let mut structure = Structure::default();
    let foot = Fixed::footer(
        &[Block::Paragraph(text(
            [l.title.as_str(), &child, &date]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · "),
        ))],
        geometry,
    );
    let foot_top = foot.top;

    let everyone = invitees(draft);
    let letters = addressees(draft);
    let addressees: Vec<Option<&Invitee>> = match one_for_all || letters.is_empty() {
        true => vec![None],
        false => letters.iter().map(Some).collect(),
    };
    // Each letter is a document of its own: its own title (read by a
    // screen reader) and "Sida 1 av 1".
    let mut pages = Vec::new();
    for to in addressees {
        let head = Fixed::lay(
            &[Block::Title(l.title.clone())],
            geometry,
            geometry.top,
            &mut structure,
        );
        let body = letter(draft, template, to, &everyone, &child);
        let laid = layout::layout(
            &body,
            geometry,
            head.bottom + 8.0,
            foot_top - 8.0,
            &mut structure,
        );
        pages.extend(framed(laid.pages, &head, &foot, geometry, &template.labels));
    }
    Rendered {
        document: Document {
            geometry,
            pages,
            structure,
            images: Vec::new(),
        },
        warnings: Vec::new(),
    }
}

/// A value of the draft, or nothing where it is a stand-in.
fn shown(draft: &Draft, path: &str, value: &str) -> String {
    match draft.blank.contains(path) {
        true => String::new(),
        false => value.trim().to_owned(),
    }
}

/// One letter: to whom, why, when and where, who calls and how to reach
/// them, who else is invited, and what to think of before.
fn letter(
    draft: &Draft,
    template: &Template,
    to: Option<&Invitee>,
    everyone: &[Invitee],
    child: &str,
) -> Vec<Block> {
    let l = &template.labels.invitation;
    let plan = &draft.plan;
    let with_child = |words: &str| words.replace("{child}", child);
    let addressee = match to {
        Some(to) if to.role.is_empty() => to.name.clone(),
        Some(to) => format!("{} ({})", to.name, to.role),
        None => l.everyone.clone(),
    };
    let mut blocks = vec![
        Block::Paragraph(vec![
            Inline::Bold(format!("{}:", l.to)),
            Inline::Text(format!(" {addressee}")),
        ]),
        Block::Gap(4.0),
        Block::Paragraph(text(match child.is_empty() {
            true => l.intro_unnamed.clone(),
            false => with_child(&l.intro),
        })),
        Block::Gap(4.0),
    ];
    let mut rows = Vec::new();
    if template.rules.invitation_personnummer == Some(true) {
        let blank = draft.blank.iter().any(|p| p.starts_with("child.id"));
        if !blank {
            let number = plan.child.id.as_written();
            let child_label = &template.labels.document.child;
            let number_label = &template.labels.fields.personnummer;
            rows.push(vec![
                field(GRID / 2, child_label, text(child.to_owned())),
                field(GRID / 2, number_label, text(number)),
            ]);
        }
    }
    let day = match draft.blank.contains("meeting.date") {
        true => None,
        false => Some(in_words(plan.meeting.date, &l.day, &template.labels)),
    };
    let time = meeting_time(plan.meeting.start, plan.meeting.end, &template.labels)
        .filter(|_| !draft.blank.contains("meeting.start"));
    let when = [day, time]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let place = shown(draft, "meeting.place", &plan.meeting.place);
    rows.push(half_fields(&[(&l.when, when), (&l.place, place)]));
    if let Some(question) = &plan.meeting.question {
        let question = shown(draft, "meeting.question", question);
        rows.push(half_fields(&[(&l.question, question)]));
    }
    let caller = plan
        .meeting
        .initiator
        .as_ref()
        .map(|n| shown(draft, "meeting.initiator", n))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| shown(draft, "meeting.chair", &plan.meeting.chair));
    rows.push(half_fields(&[
        (&l.called_by, caller),
        (&l.contact, contact(draft, plan)),
    ]));
    rows.retain(|row| !row.is_empty());
    if !rows.is_empty() {
        blocks.push(grid(rows, false));
    }
    if everyone.len() > 1 || (to.is_none() && !everyone.is_empty()) {
        let names: Vec<String> = everyone
            .iter()
            .map(|i| match i.role.is_empty() {
                true => i.name.clone(),
                false => format!("{} ({})", i.name, i.role),
            })
            .collect();
        let mut content = vec![Inline::Bold(format!("{}:", l.invited))];
        content.extend(bullets(&names));
        blocks.push(Block::Paragraph(content));
    }
    let child_words = match child.is_empty() {
        true => &l.child_unnamed,
        false => &l.child,
    };
    for (heading, words) in [
        (&l.before_heading, &l.before),
        (&l.child_heading, child_words),
        (&l.consent_heading, &l.consent),
    ] {
        blocks.push(Block::Heading(heading.clone()));
        blocks.push(Block::Paragraph(text(with_child(words))));
    }
    blocks
}

/// The fields of a row that have a value, each half the row wide; a
/// question alone takes the whole row.
fn half_fields(fields: &[(&String, String)]) -> Vec<Cell> {
    let width = match fields.len() {
        1 => GRID,
        _ => GRID / 2,
    };
    fields
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(label, value)| field(width, label, text(value.clone())))
        .collect()
}

/// The values a letter is written from that the plan does not have yet,
/// by their field paths: the letters leave them out, and the command says
/// which they are.
pub fn missing(draft: &Draft) -> Vec<&'static str> {
    let plan = &draft.plan;
    let c = &plan.responsibility.coordinator;
    let chair = shown(draft, "meeting.chair", &plan.meeting.chair);
    [
        ("child.name", shown(draft, "child.name", &plan.child.name)),
        (
            "meeting.date",
            shown(draft, "meeting.date", &plan.meeting.date.to_string()),
        ),
        (
            "meeting.place",
            shown(draft, "meeting.place", &plan.meeting.place),
        ),
        ("meeting.chair", chair),
        (
            "responsibility.coordinator.name",
            shown(draft, "responsibility.coordinator.name", &c.name),
        ),
    ]
    .into_iter()
    .filter(|(_, value)| value.is_empty())
    .map(|(path, _)| path)
    .collect()
}

/// Who to reach: the coordinator with phone and e-mail, else the chair.
fn contact(draft: &Draft, plan: &Plan) -> String {
    let c = &plan.responsibility.coordinator;
    let name = shown(draft, "responsibility.coordinator.name", &c.name);
    let name = match name.is_empty() {
        true => shown(draft, "meeting.chair", &plan.meeting.chair),
        false => name,
    };
    [
        Some(name),
        // A phone number never breaks over two lines.
        c.phone.as_ref().map(|p| p.replace(' ', "\u{A0}")),
        c.email.as_ref().map(|e| e.to_string()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}
