//! The last section of a draft: what is still to do before the plan is
//! valid, each field named in the print's words ("Insats 2: Ansvarig"),
//! never by its key.

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
    let form = crate::form::form(template);
    for problem in problems {
        let path = problem.path.to_string();
        let words = crate::place::place_in(&form, &problem.path, template);
        // A field outside the plan's sections (the document's date) is
        // listed under the heading the form shows it with.
        let section = match section_of(&path, labels) {
            Some(section) => section.to_owned(),
            None => words
                .split_once(": ")
                .map(|(h, _)| h.to_owned())
                .unwrap_or_default(),
        };
        // A placeholder left, or a required field left out: not filled in.
        if matches!(problem.code, Code::Sip107 | Code::Sip104) {
            // Under its section's heading, the field without it.
            let prefix = format!("{section}: ");
            let field = match words.strip_prefix(&prefix) {
                Some(field) => field.to_owned(),
                None if words == section => continue,
                None => words,
            };
            match unfilled.iter_mut().find(|(s, _)| *s == section) {
                Some((_, fields)) if fields.contains(&field) => {}
                Some((_, fields)) => fields.push(field),
                None => unfilled.push((section, vec![field])),
            }
        } else {
            let place = match path.is_empty() {
                true => String::new(),
                false => format!("{words}: "),
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
    // In the order the template prints its sections.
    let order: Vec<&str> = form.sections.iter().map(|s| s.heading.as_str()).collect();
    unfilled.sort_by_key(|(section, _)| {
        order
            .iter()
            .position(|h| h == section)
            .unwrap_or(order.len())
    });
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
