//! The template's rules for a plan: required fields, custom sections and
//! local time limits.

use super::limits::MAX_CUSTOM_TEXT;
use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::message::Message;
use crate::msg;
use crate::plan::{CustomValue, Plan};
use crate::template::{CustomField, Template};

/// The template's additions: fields it makes required, its custom sections
/// and its local time limits (warnings in the template's own words).
pub fn validate_template(plan: &Plan, template: &Template) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for &field in &template.required {
        let present = plan.has(field);
        if !present {
            out.push(
                Diagnostic::new(
                    Code::Sip070,
                    FieldPath::parse(field.path()),
                    msg!("sip070", template = &template.id, field = field.path()),
                )
                .with_hint(msg!("sip070-hint")),
            );
        }
    }
    custom_values(plan, template, &mut out);

    let rules = &template.rules;
    let meeting = plan.meeting.date;
    let limits = [
        (
            Code::Sip080,
            "meeting.date",
            (plan.consent.date, meeting),
            rules.consent_to_meeting_days,
            &rules.consent_to_meeting_message,
            (|days| msg!("sip080", days = days)) as fn(u32) -> Message,
            msg!("sip080-hint"),
        ),
        (
            Code::Sip081,
            "follow_up.date",
            (meeting, plan.follow_up.date),
            rules.follow_up_days,
            &rules.follow_up_message,
            |days| msg!("sip081", days = days),
            msg!("sip081-hint"),
        ),
    ];
    for (code, path, (from, to), limit, message, default, hint) in limits {
        let Some(limit) = limit else { continue };
        let days = (to.0 - from.0).num_days();
        if days > i64::from(limit) {
            // The template's own words, in its language, or ours.
            let said = match message {
                Some(own) => msg!(
                    "template-text",
                    text = own.replace("{days}", &limit.to_string())
                ),
                None => default(limit),
            };
            out.push(
                Diagnostic::new(
                    code,
                    path.into(),
                    msg!("days-here", said = said, days = days),
                )
                .with_hint(hint),
            );
        }
    }
    out
}

/// The plan's `custom` part against the template's custom sections.
fn custom_values(plan: &Plan, template: &Template, out: &mut Vec<Diagnostic>) {
    let sections: Vec<String> = template
        .custom_sections
        .iter()
        .map(|s| s.key.clone())
        .collect();
    for (key, values) in &plan.custom {
        let at = FieldPath::from("custom").field(key);
        let Some(section) = template.custom_sections.iter().find(|s| &s.key == key) else {
            let hint = match crate::suggest::closest(key, &sections) {
                Some(k) => crate::suggest::did_you_mean(k),
                None if sections.is_empty() => msg!("sip071-hint-none", template = &template.id),
                None => msg!("sip071-hint", sections = sections.join(", ")),
            };
            out.push(Diagnostic::new(Code::Sip071, at, msg!("sip071", key = key)).with_hint(hint));
            continue;
        };
        let fields: Vec<String> = section.fields.iter().map(|f| f.key.clone()).collect();
        for (field_key, value) in values {
            let at = at.field(field_key);
            let Some(field) = section.fields.iter().find(|f| &f.key == field_key) else {
                let hint = match crate::suggest::closest(field_key, &fields) {
                    Some(k) => crate::suggest::did_you_mean(k),
                    None => msg!("sip072-hint", key = key, fields = fields.join(", ")),
                };
                out.push(
                    Diagnostic::new(
                        Code::Sip072,
                        at,
                        msg!("sip072", key = key, field = field_key),
                    )
                    .with_hint(hint),
                );
                continue;
            };
            custom_value(field, value, at, out);
        }
    }
    required_custom(plan, template, out);
}

/// Every field of a custom section the template requires is filled in.
fn required_custom(plan: &Plan, template: &Template, out: &mut Vec<Diagnostic>) {
    for section in &template.custom_sections {
        for field in section.fields.iter().filter(|f| f.required) {
            let given = plan
                .custom
                .get(&section.key)
                .and_then(|v| v.get(&field.key));
            let empty = match given {
                None => true,
                Some(CustomValue::Text(t)) => t.trim().is_empty(),
                Some(CustomValue::Checked(c)) => c.is_empty(),
            };
            if empty {
                out.push(
                    Diagnostic::new(
                        Code::Sip075,
                        FieldPath::from("custom")
                            .field(&section.key)
                            .field(&field.key),
                        msg!(
                            "sip075",
                            field = &field.key,
                            section = &section.key,
                            label = &field.label
                        ),
                    )
                    .with_hint(msg!(
                        "sip075-hint",
                        section = &section.key,
                        field = &field.key
                    )),
                );
            }
        }
    }
}

/// One value of a custom field: checked options the checklist has, or
/// text for a text field, not blank and not too long.
fn custom_value(
    field: &CustomField,
    value: &CustomValue,
    at: FieldPath,
    out: &mut Vec<Diagnostic>,
) {
    match (&field.checklist, value) {
        (Some(options), CustomValue::Checked(checked)) => {
            let keys: Vec<String> = options.iter().map(|(k, _)| k.clone()).collect();
            for (i, c) in checked.iter().enumerate() {
                if !keys.contains(c) {
                    out.push(
                        Diagnostic::new(
                            Code::Sip073,
                            at.index(i),
                            msg!("sip073", option = c, field = &field.key),
                        )
                        .with_hint(msg!("sip073-hint", options = keys.join(", "))),
                    );
                }
            }
        }
        (Some(options), CustomValue::Text(_)) => {
            let keys: Vec<&str> = options.iter().map(|(k, _)| k.as_str()).collect();
            out.push(
                Diagnostic::new(
                    Code::Sip074,
                    at,
                    msg!("sip074-checklist", field = &field.key),
                )
                .with_hint(msg!(
                    "sip074-checklist-hint",
                    first = *keys.first().unwrap_or(&""),
                    options = keys.join(", ")
                )),
            );
        }
        (None, CustomValue::Checked(_)) => out.push(
            Diagnostic::new(Code::Sip074, at, msg!("sip074-text", field = &field.key))
                .with_hint(msg!("sip074-text-hint")),
        ),
        (None, CustomValue::Text(t)) if t.trim().is_empty() => out
            .push(Diagnostic::new(Code::Sip050, at, msg!("sip050")).with_hint(msg!("sip050-hint"))),
        (None, CustomValue::Text(t)) if t.chars().count() > MAX_CUSTOM_TEXT => out.push(
            Diagnostic::new(
                Code::Sip051,
                at,
                msg!("sip051", max = MAX_CUSTOM_TEXT, count = t.chars().count()),
            )
            .with_hint(msg!("sip051-hint")),
        ),
        _ => {}
    }
}
