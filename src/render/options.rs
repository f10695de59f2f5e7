//! How a plan is printed, and what laying it out gives.

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::plan::PlanDate;

/// The number of pages the core plan should fit on (domain brief §0).
pub const PAGE_BUDGET: usize = 2;

/// Choices for how a plan is printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Print the personnummer as `YYYYMMDD-XXXX` (for copies).
    pub mask: bool,
    /// Mark every page "UTKAST" (a plan that is not valid yet is printed
    /// so by [`render_draft`]).
    pub draft_mark: bool,
    /// Add a page listing every revision of the plan and what changed.
    pub history: bool,
    /// For an earlier revision printed on its own: the revision that
    /// replaced it and its date, said on every page.
    pub superseded_by: Option<(u32, PlanDate)>,
    /// Print the family's copy: the plan with the labels of the family's
    /// language, said on every page to be a translation of the original.
    pub family_copy: bool,
    /// Add "Min plan", the child's own page, after the plan.
    pub child_page: bool,
}

/// A laid-out document, ready for a backend, and what went wrong laying it out.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The pages, with header and footer, their structure and images.
    pub document: Document,
    /// Problems found while laying out (missing glyphs, too many pages).
    pub warnings: Vec<Diagnostic>,
}

/// Says whether a value of the plan (by its field path) is a stand-in that
/// prints as an empty field (in a draft).
pub(super) type Unfilled<'a> = &'a dyn Fn(&str) -> bool;
