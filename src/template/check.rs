//! Checks of a template file's own content: its plan format, language,
//! sections and custom sections (SIP203, SIP208–SIP213).

use std::collections::BTreeSet;

use super::model::{CustomSection, SectionRef, TemplateFile};
use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::FORMAT_VERSION;

/// The template is written for the plan format this sipplan reads (SIP203).
pub(super) fn plan_format(file: &TemplateFile, errors: &mut Vec<Diagnostic>) {
    if file.plan_format != FORMAT_VERSION {
        errors.push(
            Diagnostic::new(
                Code::Sip203,
                "plan_format".into(),
                msg!("sip203", found = file.plan_format, reads = FORMAT_VERSION),
            )
            .with_hint(msg!("sip203-hint", reads = FORMAT_VERSION)),
        );
    }
}

/// The longest label, name or sentence a template may give (the built-in
/// templates' longest, an invitation's sentence, is 271).
const MAX_LABEL: usize = 500;
/// The longest statement above the signatures (`texts.consent`).
const MAX_STATEMENT: usize = 2_000;
/// The longest text printed on every page (`texts`: the legal basis, the
/// secrecy marking, the footer): about three lines, so that every page
/// keeps its room for the plan.
const MAX_EVERY_PAGE: usize = 300;

/// How many organisations the page header names (a kommun, a region and
/// a few more): each header holds them on one or two lines.
const MAX_ORGANISATIONS: usize = 6;

/// No text longer than its place holds (SIP214): a label of 10,000
/// letters slows every print, and fixed texts taller than a page would
/// leave no room for the plan.
pub(super) fn lengths(file: &TemplateFile, errors: &mut Vec<Diagnostic>) {
    let organisations = file.organisations.as_ref().map_or(0, Vec::len);
    if organisations > MAX_ORGANISATIONS {
        let message = msg!(
            "sip214-organisations",
            count = organisations,
            max = MAX_ORGANISATIONS
        );
        errors.push(
            Diagnostic::new(Code::Sip214, "organisations".into(), message)
                .with_hint(msg!("sip214-organisations-hint")),
        );
    }
    let Ok(tree) = serde_json::to_value(file) else {
        return;
    };
    for (path, text) in crate::diagnostic::strings_in(&tree) {
        let max = match path.to_string().as_str() {
            "texts.consent" => MAX_STATEMENT,
            texts if texts.starts_with("texts.") => MAX_EVERY_PAGE,
            _ => MAX_LABEL,
        };
        let count = text.chars().count();
        if count > max {
            let message = msg!("sip214", count = count, max = max);
            errors
                .push(Diagnostic::new(Code::Sip214, path, message).with_hint(msg!("sip214-hint")));
        }
    }
}

/// The printed plan's language is a language tag, like "sv" (SIP213).
pub(super) fn language(file: &TemplateFile, errors: &mut Vec<Diagnostic>) {
    if let Some(language) = file
        .language
        .as_deref()
        .filter(|l| !crate::message::is_language_tag(l))
    {
        errors.push(
            Diagnostic::new(
                Code::Sip213,
                "language".into(),
                msg!("sip213", language = language),
            )
            .with_hint(msg!("sip213-hint")),
        );
    }
}

/// Each section once, custom sections the template defines, and the
/// sections the law requires kept (SIP208–SIP210).
pub(super) fn sections(
    sections: &[SectionRef],
    custom: &[CustomSection],
    own: bool,
    errors: &mut Vec<Diagnostic>,
) {
    let path = if own { "sections" } else { "extends" };
    let mut seen = BTreeSet::new();
    for (i, s) in sections.iter().enumerate() {
        if !seen.insert(s) {
            errors.push(
                Diagnostic::new(
                    Code::Sip208,
                    FieldPath::from(path).index(i),
                    msg!("sip208", section = format!("{s:?}")),
                )
                .with_hint(msg!("sip208-hint")),
            );
        }
        if let SectionRef::Custom(key) = s
            && !custom.iter().any(|c| &c.key == key)
        {
            let keys: Vec<String> = custom.iter().map(|c| c.key.clone()).collect();
            let hint = match crate::suggest::closest(key, &keys) {
                Some(k) => crate::suggest::did_you_mean(&format!("Custom(\"{k}\")")),
                None => msg!("sip209-hint"),
            };
            errors.push(
                Diagnostic::new(
                    Code::Sip209,
                    FieldPath::from(path).index(i),
                    msg!("sip209", key = key),
                )
                .with_hint(hint),
            );
        }
    }
    for required in SectionRef::REQUIRED {
        if !sections.is_empty() && !sections.contains(&required) {
            errors.push(
                Diagnostic::new(
                    Code::Sip210,
                    path.into(),
                    msg!("sip210", section = format!("{required:?}")),
                )
                .with_hint(msg!("sip210-hint")),
            );
        }
    }
}

/// Custom sections and their fields with plain keys, each once
/// (SIP211, SIP212).
pub(super) fn custom_sections(custom: &[CustomSection], errors: &mut Vec<Diagnostic>) {
    let mut keys = BTreeSet::new();
    for (i, section) in custom.iter().enumerate() {
        let at = FieldPath::from("custom_sections").index(i);
        if !is_key(&section.key) {
            errors.push(bad_key(at.field("key"), &section.key));
        }
        if !keys.insert(section.key.as_str()) {
            errors.push(
                Diagnostic::new(
                    Code::Sip211,
                    at.field("key"),
                    msg!("sip211-section", key = &section.key),
                )
                .with_hint(msg!("sip211-section-hint")),
            );
        }
        let mut field_keys = BTreeSet::new();
        for (j, field) in section.fields.iter().enumerate() {
            let at = at.field("fields").index(j);
            if !is_key(&field.key) {
                errors.push(bad_key(at.field("key"), &field.key));
            }
            if !field_keys.insert(field.key.as_str()) {
                errors.push(
                    Diagnostic::new(
                        Code::Sip211,
                        at.field("key"),
                        msg!("sip211-field", section = &section.key, key = &field.key),
                    )
                    .with_hint(msg!("sip211-field-hint")),
                );
            }
            if let Some(options) = &field.checklist {
                let mut option_keys = BTreeSet::new();
                for (k, (key, _)) in options.iter().enumerate() {
                    if !is_key(key) || !option_keys.insert(key.as_str()) {
                        errors.push(bad_key(at.field("checklist").index(k), key));
                    }
                }
            }
        }
    }
}

/// Keys are what a caseworker types in the plan: short, lower case, no spaces.
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The SIP212 error for a key that is not plain.
fn bad_key(path: FieldPath, key: &str) -> Diagnostic {
    Diagnostic::new(Code::Sip212, path, msg!("sip212", key = key)).with_hint(msg!("sip212-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_plain_lower_case() {
        assert!(is_key("skolstod_2"));
        assert!(!is_key("Skolstöd") && !is_key("") && !is_key("a b"));
    }
}
