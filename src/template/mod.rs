//! Templates: a municipality's or region's version of the plan, as data.
//!
//! A template says how a plan is printed and what the local agreement adds:
//! labels, section order, which optional sections show, which optional fields
//! are required, custom sections, legal and fixed texts, a secrecy marking,
//! local time limits and a logo. A template may `extends` another (a built-in
//! id or a file) and change only what it names.
//!
//! The library never opens files: `extends` and `logo` are read through
//! [`Files`], which the CLI implements with the file system.

mod builtin;
mod check;
mod files;
mod find;
mod load;
mod model;
mod starter;

pub use builtin::{BUILTIN, DEFAULT_ID, builtin, builtin_ids};
pub use files::{Files, NoFiles};
pub use find::{Origin, Resolver, by_name, default_template, in_language};
pub use load::{FileDiagnostics, TemplateErrors, load};
pub use model::{
    CustomField, CustomSection, RuleOverrides, SectionRef, Template, TemplateFile, TextOverrides,
    Texts,
};
pub use starter::starter;
