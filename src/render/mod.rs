//! Lays out the documents sipplan prints: what goes on the pages.
//!
//! The plan (its sections, fields, the action table, signature lines) and
//! the header and footer that make every page identify itself after
//! scanning: child, number, plan date, version and "Sida X av Y"; the
//! worksheet, the family's copy, the child's page, the invitation, the
//! deviation report and the statistics report. [`crate::layout`] decides
//! *where*; [`crate::pdf`] draws it.
//!
//! The same code builds the filled plan and the blank worksheet, so the two
//! always have the same sections in the same order. One file per document
//! or section; this one only names them.

mod actions;
mod cells;
mod child_page;
mod consent;
mod context;
mod custom;
mod dates;
pub mod deviation;
mod goals;
mod history;
mod identity;
pub mod invitation;
mod meeting;
mod options;
mod page;
mod people;
mod plan;
mod report;
mod responsibility;
mod sections;
mod signatures;
mod to_fix;

pub use options::{Options, PAGE_BUDGET, Rendered};
pub use plan::{render_blank, render_draft, render_for_family, render_plan};
pub use report::{ReportOptions, render_report};
