//! Every integration test, in one test binary.
//!
//! One binary links the library once instead of once per file: on two cores
//! that saves minutes of linking and gigabytes of `target/` (docs/performance.md).
//! Run one file's tests with its module name: `cargo test render::`.

mod common;

mod bidi_reference;
mod check;
mod codes;
mod deviation;
mod draft_print;
mod due;
mod family_languages;
mod followup;
mod hostile;
mod invitation;
mod layout;
mod limits;
mod messages;
mod pages;
mod paths;
mod personnummer_meta;
mod properties;
mod reading_order;
mod render;
mod shaping_reference;
mod stats;
mod structure;
mod suppression;
mod tagged;
mod template;
mod unknown_birth_date;
mod validate;
