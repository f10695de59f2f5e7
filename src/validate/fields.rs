//! The field rules (not blank, e-mail, phone, length) that the field types
//! declare through `validator` ([`crate::field`]), as diagnostics.

use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::Plan;

/// Runs the `validator` field rules and turns them into diagnostics.
pub(super) fn field_rules(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Err(errors) = plan.validate() {
        flatten(&errors, &FieldPath::root(), &mut out);
    }
    out.sort_by_key(|d| d.path.to_string());
    out
}

fn flatten(errors: &ValidationErrors, at: &FieldPath, out: &mut Vec<Diagnostic>) {
    for (field, kind) in errors.errors() {
        // A list item's own error (a blank name in a list of names) is
        // about the item itself, not about a field inside it.
        let path = if field == crate::field::THIS_VALUE {
            at.clone()
        } else {
            at.field(field)
        };
        match kind {
            ValidationErrorsKind::Struct(inner) => flatten(inner, &path, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    flatten(inner, &path.index(*i), out);
                }
            }
            ValidationErrorsKind::Field(list) => {
                out.extend(list.iter().map(|e| field_diagnostic(e, &path)))
            }
        }
    }
}

fn field_diagnostic(error: &ValidationError, path: &FieldPath) -> Diagnostic {
    let param = |name: &str| error.params.get(name).map(ToString::to_string);
    let path = path.clone();
    match error.code.as_ref() {
        "blank" => {
            Diagnostic::new(Code::Sip050, path, msg!("sip050")).with_hint(msg!("sip050-hint"))
        }
        "length" => Diagnostic::new(
            Code::Sip051,
            path,
            msg!(
                "sip051",
                max = param("max").unwrap_or_default(),
                count = param("count").unwrap_or_default()
            ),
        )
        .with_hint(msg!("sip051-hint")),
        "email" => {
            Diagnostic::new(Code::Sip052, path, msg!("sip052")).with_hint(msg!("sip052-hint"))
        }
        "hidden" => Diagnostic::new(
            Code::Sip063,
            path,
            msg!(
                "sip063",
                chars = param("chars").unwrap_or_default().trim_matches('"')
            ),
        )
        .with_hint(msg!("sip063-hint")),
        "phone" => {
            Diagnostic::new(Code::Sip053, path, msg!("sip053")).with_hint(msg!("sip053-hint"))
        }
        _ => Diagnostic::new(Code::Sip055, path, msg!("sip055")).with_hint(msg!("sip055-hint")),
    }
}
