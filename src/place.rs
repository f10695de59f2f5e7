//! Where a value sits in a plan, in the words of the print: "Insats 2:
//! Ansvarig", "Vårdnadshavare 1: Telefon", "Samtycke: Datum", "Behov, rad
//! 2". A caseworker reads this in the form and on the draft's printed list
//! instead of a field key such as `actions[1].responsible`; rows and lines
//! are counted from 1, as `due` and `--insats` count insatser.

use crate::diagnostic::{FieldPath, Segment};
use crate::form::{self, Field, Kind};
use crate::labels::Labels;
use crate::template::Template;

/// `path` in the template's words. A part of the path the form does not
/// show keeps the words of the part above it; a path the form knows
/// nothing of is written as it stands.
pub fn place(path: &FieldPath, template: &Template) -> String {
    place_in(&form::form(template), path, template)
}

/// [`place`] with the template's form already made: for a list of many
/// places (the draft's), made once.
pub fn place_in(form: &form::Form, path: &FieldPath, template: &Template) -> String {
    let l = &template.labels;
    let mut words: Vec<String> = Vec::new();
    // The fields the next segment is looked up among, and the section
    // heading to name when a top-level field is found.
    let mut fields: Vec<&Field> = Vec::new();
    let mut heading: Option<&str> = None;
    for section in &form.sections {
        fields.extend(section.fields.iter());
    }
    let mut key = String::new();
    let mut list: Option<&Field> = None;
    for segment in &path.0 {
        match segment {
            Segment::Field(name) => {
                if !key.is_empty() {
                    key.push('.');
                }
                key.push_str(name);
                let Some(field) = fields.iter().copied().find(|f| f.path == key) else {
                    continue;
                };
                if words.is_empty() && heading.is_none() {
                    heading = form
                        .sections
                        .iter()
                        .find(|s| s.fields.iter().any(|f| std::ptr::eq(f, field)))
                        .map(|s| s.heading.as_str());
                }
                key.clear();
                match field.kind {
                    Kind::Rows | Kind::Lines => list = Some(field),
                    _ => words.push(field.label.clone()),
                }
            }
            Segment::Index(i) => {
                let number = i.saturating_add(1);
                match list.take() {
                    Some(rows) if matches!(rows.kind, Kind::Rows) => {
                        words.push(format!("{} {number}", row_word(&rows.path, l, &rows.label)));
                        fields = rows.fields.iter().collect();
                    }
                    Some(lines) => words.push(format!("{}, {} {number}", lines.label, l.rows.line)),
                    None => {
                        let word = row_word(&key, l, "");
                        if word.is_empty() {
                            words.push(format!("{} {number}", l.rows.line));
                        } else {
                            words.push(format!("{word} {number}"));
                        }
                        key.clear();
                    }
                }
            }
        }
    }
    if let Some(whole) = list {
        words.push(whole.label.clone());
    }
    if words.is_empty() {
        return heading
            .or_else(|| section_of(form, path))
            .map_or_else(|| path.to_string(), str::to_owned);
    }
    let numbered = path.0.iter().any(|s| matches!(s, Segment::Index(_)));
    match heading {
        Some(h) if !numbered && words.len() == 1 && words[0] != h => format!("{h}: {}", words[0]),
        _ => words.join(": "),
    }
}

/// The heading of the section whose fields start with `path`'s first name.
fn section_of<'a>(form: &'a form::Form, path: &FieldPath) -> Option<&'a str> {
    let Some(Segment::Field(first)) = path.0.first() else {
        return None;
    };
    let prefix = format!("{first}.");
    form.sections
        .iter()
        .find(|s| {
            s.fields
                .iter()
                .any(|f| f.path == *first || f.path.starts_with(&prefix))
        })
        .map(|s| s.heading.as_str())
}

/// What one row of the list at `path` is called ("Insats"), or `fallback`.
fn row_word<'a>(path: &str, l: &'a Labels, fallback: &'a str) -> &'a str {
    let r = &l.rows;
    match path.rsplit('.').next().unwrap_or(path) {
        "guardians" => &r.guardian,
        "relatives" => &r.relative,
        "participants" => &r.participant,
        "actions" => &r.action,
        "signatures" => &r.signer,
        "deviations" => &r.deviation,
        _ => fallback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template;

    fn sv(path: &str) -> String {
        let t = template::in_language("sv").expect("the built-in Swedish template");
        place(&FieldPath::parse(path), &t)
    }

    #[test]
    fn a_row_s_field_is_named_by_the_row_counted_from_one() {
        assert_eq!(sv("actions[1].responsible"), "Insats 2: Ansvarig");
        assert_eq!(sv("guardians[0].phone"), "Vårdnadshavare 1: Telefon");
        assert_eq!(sv("meeting.participants[2].name"), "Deltagare 3: Namn");
        assert_eq!(sv("actions[0]"), "Insats 1");
    }

    #[test]
    fn a_field_of_a_section_is_named_with_its_heading() {
        assert_eq!(sv("consent.date"), "Samtycke: Datum");
        assert_eq!(sv("consent"), "Samtycke");
    }

    #[test]
    fn a_line_of_a_list_is_counted_from_one() {
        assert_eq!(sv("needs[1]"), "Behov, rad 2");
    }

    #[test]
    fn a_part_the_form_does_not_show_keeps_the_words_above_it() {
        assert_eq!(sv("actions[3].follow_up_note"), "Insats 4");
        assert_eq!(sv("deviations[0].what"), "Avvikelse 1");
    }
}
