//! Characters that no embedded font can draw (SIP062).

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::font::Weight;
use crate::msg;
use crate::plan::Plan;

/// Text that no embedded font can draw would print as �: an error that
/// names the field, and the person whose entry it is. Arabic, Persian,
/// Sorani, Tigrinya and the Latin, Greek and Cyrillic scripts all print;
/// what is left is mostly emoji and scripts such as Chinese.
pub(super) fn printable(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let fonts = crate::font::Fonts::get();
    let unprintable = |c: char| {
        !is_drawn_blank(c)
            && (!fonts.has_glyph(c, Weight::Regular) || !fonts.has_glyph(c, Weight::Bold))
    };
    // Nearly every plan prints whole: one pass over its text finds that.
    let Ok(text) = serde_json::to_string(plan) else {
        return;
    };
    if text.is_ascii() || !text.chars().any(|c| !c.is_ascii() && unprintable(c)) {
        return;
    }
    let Ok(tree) = serde_json::to_value(plan) else {
        return;
    };
    let strings = crate::diagnostic::strings_in(&tree);
    for (path, text) in strings {
        // Each character once, in the order written, and no more than a
        // dozen: a pasted line of emoji is named, not copied.
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars().filter(|c| unprintable(*c)) {
            if !missing.contains(&c) {
                missing.push(c);
            }
        }
        if missing.is_empty() {
            continue;
        }
        let mut chars: String = missing.iter().take(MAX_NAMED_CHARS).collect();
        if missing.len() > MAX_NAMED_CHARS {
            chars.push('…');
        }
        let message = match person_of(&tree, &path) {
            Some(who) => msg!("sip062-person", chars = chars, who = who),
            None => msg!("sip062", chars = chars),
        };
        out.push(Diagnostic::new(Code::Sip062, path, message).with_hint(msg!("sip062-hint")));
    }
}

/// How many of the characters that cannot be printed SIP062 names.
const MAX_NAMED_CHARS: usize = 12;

/// A character that is not drawn, so needs no glyph: spaces, controls,
/// joiners, direction marks.
fn is_drawn_blank(c: char) -> bool {
    c.is_whitespace() || crate::font::is_invisible(c) || crate::font::is_direction_mark(c)
}

/// Whose entry a field is in, by the name written in that entry: the
/// child, the coordinator, or a person in a list of people.
fn person_of(tree: &serde_json::Value, path: &FieldPath) -> Option<String> {
    use crate::diagnostic::Segment;
    const PEOPLE: [&str; 4] = ["guardians", "relatives", "participants", "signatures"];
    let mut node = tree;
    let mut person = None;
    let mut list = "";
    for segment in &path.0 {
        let entry = match segment {
            Segment::Field(name) => {
                node = node.get(name)?;
                list = name;
                matches!(name.as_str(), "child" | "coordinator")
            }
            Segment::Index(i) => {
                node = node.get(i)?;
                PEOPLE.contains(&list)
            }
        };
        if entry && let Some(name) = node.get("name").and_then(serde_json::Value::as_str) {
            person = Some(name.to_owned());
        }
    }
    person
}
