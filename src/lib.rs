//! sipplan: a shortened *samordnad individuell plan* (SIP) for children.
//!
//! The library is a pipeline over data in memory. Its one entry point,
//! [`run`] ([`pipeline`]), takes a request from a front end (the command
//! line, the browser form) and returns the outcome: read → check → lay
//! out → write, with each step's module below the next:
//!
//! - the base: [`source`] (text with positions), [`scan`], [`sniff`],
//!   [`decode`] (reading any document with located errors), [`message`]
//!   and [`diagnostic`], [`suggest`], [`privacy`] (every masking rule),
//!   [`edit`] (changing a file where a value is written), [`image`],
//!   [`font`];
//! - the model: [`field`], [`birth`], [`personnummer`], [`plan`];
//! - templates and their words: [`labels`], [`template`], [`printed`];
//! - reading [`load`], [`draft`]; checking [`validate`], [`lix`], [`due`],
//!   [`deidentify`]; revising [`followup`], [`ron_file`], [`record`];
//!   counting [`stats`]; naming files [`output`];
//! - the documents: [`render`] (what goes on the pages) over the layout
//!   engine, and [`pdf`], the writer, which reads only the laid-out
//!   document; [`print`] joins them;
//! - [`pipeline`], on top.
//!
//! It never prints, exits, reads the clock or touches files: that is the job
//! of the `sipplan` binary, so the same library can run elsewhere (e.g. as
//! WebAssembly in a browser). The binary and the crates only it needs
//! (argument parsing, terminal output, parallel batches, temporary files,
//! the clock) are behind the default `cli` feature: build with
//! `--no-default-features` for the library alone; CI checks that it builds
//! for `wasm32-unknown-unknown`. `tests/structure.rs` keeps the imports
//! running downward.

pub mod birth;
pub mod decode;
pub mod deidentify;
pub mod diagnostic;
pub mod direction;
pub mod document;
pub mod draft;
pub mod due;
pub mod edit;
pub mod field;
pub mod followup;
pub mod font;
pub mod form;
pub mod image;
pub mod labels;
pub mod layout;
pub mod lix;
pub mod load;
pub mod message;
pub mod output;
pub mod pdf;
pub mod personnummer;
pub mod pipeline;
pub mod place;
pub mod plan;
pub mod print;
pub mod printed;
pub mod privacy;
pub mod record;
pub mod render;
pub mod ron_file;
pub mod scan;
pub mod schema;
pub mod sniff;
pub mod source;
pub mod stats;
pub mod suggest;
pub mod template;
pub mod validate;

pub use pipeline::{Outcome, Request, Task, run};
pub use print::{
    Printed, print_blank, print_deviation, print_draft, print_invitation, print_plan,
    print_plan_for_family, print_report,
};

use std::sync::Arc;

use diagnostic::Diagnostic;
use plan::Plan;
use source::Source;

/// The result of checking one plan file, for tests and tools that only
/// check ([`check`], [`check_source`]).
#[derive(Debug)]
pub struct Checked {
    /// The plan, when the file could be read (it may still have errors).
    pub plan: Option<Plan>,
    /// The template it was checked against, and is printed with.
    pub template: Arc<template::Template>,
    /// Every problem found, located in the source, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// Valid means readable and without errors; warnings are allowed.
    pub fn is_valid(&self) -> bool {
        self.plan.is_some() && !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Checks a plan as [`run`] does with [`Task::Check`]: against the
/// template asked for, else the one it names, else the default. Fails
/// only when the template cannot be used.
pub fn check_source(
    source: &Source,
    templates: &template::Resolver,
    today: Option<chrono::NaiveDate>,
) -> Result<Checked, template::TemplateErrors> {
    let outcome = run(&Request {
        source: Some(source),
        templates,
        task: Task::Check,
        today,
        created: None,
    });
    match outcome.template.clone() {
        Some(template) => Ok(into_checked(outcome, template)),
        None => Err(outcome.template_errors),
    }
}

/// Checks a plan against one template, e.g. in tests.
pub fn check(source: &Source, template: &template::Template) -> Checked {
    let template = Arc::new(template.clone());
    into_checked(
        pipeline::check_with(
            source,
            load::parse_plan(source),
            Arc::clone(&template),
            None,
        ),
        template,
    )
}

fn into_checked(outcome: Outcome, template: Arc<template::Template>) -> Checked {
    let plan = match outcome.reading {
        pipeline::Reading::Plan(plan) => Some(*plan),
        _ => None,
    };
    Checked {
        plan,
        template,
        diagnostics: outcome.diagnostics,
    }
}
