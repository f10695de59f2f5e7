//! What every section of the plan is laid out from.

use super::identity::Identity;
use super::options::Unfilled;
use crate::plan::Plan;
use crate::template::Template;

/// What every section is made from: the plan (`None` for the worksheet),
/// which of its values are stand-ins (a draft), the page header's identity
/// and the template.
pub(super) struct SectionContext<'a> {
    pub(super) plan: Option<&'a Plan>,
    pub(super) unfilled: Unfilled<'a>,
    pub(super) identity: &'a Identity,
    pub(super) template: &'a Template,
}
