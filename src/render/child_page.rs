//! "Min plan", the child's own page after the plan: the child's own words,
//! what will happen and who helps with what, when we meet again, whom to
//! call, and room to draw. Large type on short lines, in the words the
//! caseworker wrote for the child (`child_text` on each insats), else a
//! plain line from the insats itself. Not part of the two core pages.

use super::cells::text;
use super::dates::in_words;
use crate::document::MM;
use crate::labels::Labels;
use crate::layout::{self, Block, Cell, Columns, Inline, Row};
use crate::plan::{Plan, Responsible};

/// The page's blocks, starting on a new page.
pub(super) fn blocks(plan: &Plan, labels: &Labels) -> Vec<Block> {
    let l = &labels.child_page;
    let mut blocks = vec![Block::PageBreak, Block::LargeHeading(l.title.clone())];
    if let Some(words) = &plan.views.child {
        blocks.push(Block::LargeHeading(l.my_words.clone()));
        blocks.push(Block::Large(text(words.to_string())));
    }
    blocks.push(Block::LargeHeading(l.what_happens.clone()));
    let happenings: Vec<String> = plan
        .actions
        .iter()
        .map(|action| match &action.child_text {
            Some(words) => words.to_string(),
            None => format!(
                "{}: {}",
                who(action.unit.as_deref(), &action.responsible, labels),
                action.what
            ),
        })
        .collect();
    let mut list = Vec::new();
    for (i, line) in happenings.iter().enumerate() {
        if i > 0 {
            list.push(Inline::Break);
        }
        list.push(Inline::Text(format!("• {line}")));
    }
    blocks.push(Block::Large(list));
    blocks.push(Block::LargeHeading(l.meet_again.clone()));
    blocks.push(Block::Large(text(l.meet_again_text.replace(
        "{date}",
        &in_words(plan.follow_up.date, &l.meet_again_day, labels),
    ))));
    let c = &plan.responsibility.coordinator;
    let mut call = l.talk_to_text.replace("{name}", &c.name);
    if let Some(phone) = &c.phone {
        call.push_str(&format!(", {}", phone.replace(' ', "\u{A0}")));
    }
    call.push('.');
    blocks.push(Block::LargeHeading(l.talk_to.clone()));
    blocks.push(Block::Large(text(call)));
    // The heading stays with its box.
    blocks.push(Block::Keep(vec![
        Block::LargeHeading(l.draw.clone()),
        drawing_box(),
    ]));
    blocks
}

/// Who does an insats, in the fewest words: the unit, else the huvudman.
pub(super) fn who(unit: Option<&str>, responsible: &Responsible, labels: &Labels) -> String {
    if let Some(unit) = unit {
        return unit.to_owned();
    }
    let c = &labels.choices;
    match responsible {
        Responsible::Kommun => c.kommun.clone(),
        Responsible::Region => c.region.clone(),
        Responsible::Family => c.family.clone(),
        Responsible::Child => c.child.clone(),
        Responsible::Other(name) => name.to_string(),
    }
}

/// An empty box, 55 mm high, to draw or write in.
fn drawing_box() -> Block {
    Block::Table {
        columns: Columns::Fixed(vec![1.0]),
        header: None,
        rows: vec![Row {
            cells: vec![Cell::new(Vec::new())],
            min_lines: layout::lines_for_height(55.0 * MM),
        }],
    }
}
