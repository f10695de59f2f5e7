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

/// Every rule for a plan that was read: the law's and the field rules
/// ([`validate`]), the template's ([`validate_template`]) and those of its
/// life and, given `today`, its due follow-ups ([`validate_history`]).
pub fn all(plan: &Plan, template: &Template, today: Option<NaiveDate>) -> Vec<Diagnostic> {
    let mut out = validate(plan);
    out.extend(validate_template(plan, template));
    out.extend(validate_history(plan, today));
    out
}

/// All findings for a plan, errors and warnings, in a stable order.
pub fn validate(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = fields::field_rules(plan);
    limits::limits(plan, &mut out);
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
