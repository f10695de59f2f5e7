//! Checks a plan against the law and good practice (domain brief §5).
//!
//! Field rules (not blank, e-mail, phone, length) belong to the field types
//! themselves ([`crate::field`]), reached through `validator`; the rules
//! here look across fields: the four items the law requires, consent, dates
//! and the child's identity. Every rule has a stable code, a severity and a
//! hint, and all findings are returned at once. Each concept's rules have a
//! file of their own; this module runs them in a fixed order.

mod child;
mod consent;
mod dates;
mod deviations;
mod fields;
mod history;
mod law;
mod limits;
mod printable;
mod readability;
mod template;

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::plan::Plan;
use crate::template::Template;

pub use history::validate_history;
pub use limits::{MAX_ACTIONS, MAX_CUSTOM_TEXT, MAX_LIST_ITEMS, MAX_PEOPLE};
pub use template::validate_template;

/// Whether `found` says the plan is longer than a SIP may be: a list past
/// its limit (SIP056) or a text past its length (SIP051). Such a plan is
/// not printed, not even as a draft.
pub fn is_past_limits(found: &[Diagnostic]) -> bool {
    found.iter().any(|d| {
        matches!(
            d.code,
            crate::diagnostic::Code::Sip056 | crate::diagnostic::Code::Sip051
        )
    })
}

/// Every rule for a plan that was read: the law's and the field rules
/// ([`validate`]), the template's ([`validate_template`]) and those of its
/// life and, given `today`, its due follow-ups ([`validate_history`]).
pub fn all(plan: &Plan, template: &Template, today: Option<NaiveDate>) -> Vec<Diagnostic> {
    let mut out = validate(plan);
    // A list past its limit is said alone (see `validate`).
    if out
        .iter()
        .any(|d| d.code == crate::diagnostic::Code::Sip056)
    {
        return out;
    }
    out.extend(validate_template(plan, template));
    out.extend(validate_history(plan, today));
    out
}

/// All findings for a plan, errors and warnings, in a stable order.
/// A list past its limit (SIP056) is said once, alone: the rules that look
/// at each of its items would say the same thing a hundred thousand times.
pub fn validate(plan: &Plan) -> Vec<Diagnostic> {
    let mut over = Vec::new();
    limits::limits(plan, &mut over);
    if !over.is_empty() {
        return over;
    }
    let mut out = fields::field_rules(plan);
    let meeting = plan.meeting.date.0;
    law::law_items(plan, &mut out);
    consent::consent(plan, &mut out);
    dates::dates(plan, &mut out);
    deviations::deviations(plan, &mut out);
    child::child(plan, meeting, &mut out);
    printable::printable(plan, &mut out);
    readability::readability(plan, &mut out);
    out
}
