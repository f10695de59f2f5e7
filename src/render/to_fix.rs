//! The last section of a draft: what is still to do before the plan is
//! valid.

use crate::diagnostic::{Code, Diagnostic};
use crate::labels::Labels;
use crate::layout::{Block, Inline};
use crate::msg;
use crate::template::Template;

/// The last section of a draft: what is not filled in, one line per
/// section, then each other problem with the field it concerns. Never the
/// personnummer: the messages do not repeat it.
pub(super) fn to_fix_blocks(problems: &[Diagnostic], template: &Template) -> Vec<Block> {
    if problems.is_empty() {
        return Vec::new();
    }
    let (labels, lang) = (&template.labels, template.lang());
    let mut unfilled: Vec<(String, Vec<String>)> = Vec::new();
    let mut others = Vec::new();
    for problem in problems {
        let path = problem.path.to_string();
        let section = section_of(&path, labels).unwrap_or_default().to_owned();
        if problem.code == Code::Sip107 {
            match unfilled.iter_mut().find(|(s, _)| *s == section) {
                Some((_, paths)) => paths.push(path),
                None => unfilled.push((section, vec![path])),
            }
        } else {
            let place = match section.as_str() {
                "" if path.is_empty() => String::new(),
                "" => format!("{path}: "),
                _ => format!("{section} ({path}): "),
            };
            others.push((place, lang.text(&problem.message)));
        }
    }
    let item = |bold: String, rest: String| {
        let mut line = vec![Inline::Text("• ".into())];
        if !bold.is_empty() {
            line.push(Inline::Bold(bold));
        }
        line.push(Inline::Text(rest));
        Block::Paragraph(line)
    };
    let mut blocks = vec![Block::Heading(labels.document.to_fix.clone())];
    for (section, paths) in unfilled {
        let place = if section.is_empty() {
            String::new()
        } else {
            format!("{section}: ")
        };
        let fields = paths.join(", ");
        blocks.push(item(
            place,
            lang.text(&msg!("draft-not-filled", fields = fields)),
        ));
    }
    blocks.extend(
        others
            .into_iter()
            .map(|(place, message)| item(place, message)),
    );
    blocks
}

/// The printed heading of the section a field path is in.
pub(super) fn section_of<'a>(path: &str, labels: &'a Labels) -> Option<&'a str> {
    let s = &labels.sections;
    let first = path.split(['.', '[']).next()?;
    Some(match first {
        "child" => &s.child,
        "guardians" | "relatives" => &s.guardians,
        "consent" => &s.consent,
        "meeting" => &s.meeting,
        "views" => &s.views,
        "needs" | "goals" => &s.needs_and_goals,
        "actions" | "no_measures_by_others" => &s.actions,
        "responsibility" => &s.responsibility,
        "follow_up" => &s.follow_up,
        "distribution" => &s.distribution,
        "signatures" => &s.signatures,
        _ => return None,
    })
}
