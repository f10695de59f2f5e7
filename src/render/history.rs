//! The plan's versions: what changed since the last meeting, and the
//! appendix with every revision.

use super::cells::{GRID, grid, text};
use crate::labels::Labels;
use crate::layout::{Block, Cell, Columns, Inline, Row};
use crate::plan::Plan;
use crate::printed::Printed;

/// "Sedan förra mötet": the previous meeting's date and, per action, its
/// status and comment since then.
pub(super) fn since_last(plan: &Plan, previous: &Plan, l: &Labels) -> Block {
    let mut content = vec![Inline::Bold(format!(
        "{} ({}):",
        l.changes.since_last, previous.meeting.date
    ))];
    for action in &plan.actions {
        let existed = action
            .id
            .is_some_and(|id| previous.actions.iter().any(|a| a.id == Some(id)));
        content.push(Inline::Break);
        let status = if existed {
            Printed::word(&action.status, l).to_owned()
        } else {
            l.changes.added.clone()
        };
        // The full text is in the action table above; a short form is enough here.
        let mut line = format!("• {}: {status}", action.short_what(40));
        if let Some(comment) = &action.status_comment {
            line.push_str(&format!(" – {comment}"));
        }
        content.push(Inline::Text(line));
    }
    grid(vec![vec![Cell::spanning(GRID, content)]], false)
}

/// The appendix page: every revision, its meeting and what changed.
pub(super) fn history_blocks(plan: &Plan, l: &Labels) -> Vec<Block> {
    let mut revisions: Vec<&Plan> = plan.history.iter().collect();
    revisions.push(plan);
    let rows = revisions
        .iter()
        .enumerate()
        .map(|(i, revision)| {
            let participants: Vec<&str> = revision
                .meeting
                .participants
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            let changes = match i {
                0 => String::new(),
                _ => crate::followup::describe(
                    &crate::followup::changes(revisions[i - 1], revision),
                    l,
                ),
            };
            Row {
                cells: vec![
                    Cell::new(text(revision.document.revision.to_string())),
                    Cell::new(text(revision.meeting.date.to_string())),
                    Cell::new(text(participants.join(", "))),
                    Cell::new(text(changes.trim_end().to_owned())),
                ],
                min_lines: 1,
            }
        })
        .collect();
    let appendix = l.document.appendix.replace("{number}", "1");
    vec![
        Block::PageBreak,
        Block::Heading(format!("{appendix}: {}", l.changes.history)),
        Block::Table {
            columns: Columns::Fixed(vec![1.15, 1.6, 3.0, 5.0]),
            header: Some(vec![
                l.document.revision.clone(),
                l.fields.meeting_date.clone(),
                l.fields.participants.clone(),
                l.changes.changed.clone(),
            ]),
            rows,
        },
    ]
}
