//! sipplan: a shortened *samordnad individuell plan* (SIP) for children.
//!
//! The library is a pipeline over data in memory, one module per stage:
//! [`load`] (bytes → [`plan::Plan`] with source positions) → [`validate`]
//! (plan → [`diagnostic::Diagnostic`]s). Domain modules beside them:
//! [`plan`] (the data model) and [`personnummer`].
//!
//! It never prints, exits, reads the clock or touches files: that is the job
//! of the `sipplan` binary, so the same library can run elsewhere (e.g. as
//! WebAssembly in a browser).

pub mod diagnostic;
pub mod load;
pub mod personnummer;
pub mod plan;
pub mod validate;

use diagnostic::Diagnostic;
use load::Source;
use plan::Plan;

/// The result of checking one plan file.
#[derive(Debug)]
pub struct Checked {
    /// The plan, when the file could be read (it may still have errors).
    pub plan: Option<Plan>,
    /// Every problem found, located in the source, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// Valid means readable and without errors; warnings are allowed.
    pub fn is_valid(&self) -> bool {
        self.plan.is_some() && !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Reads and validates a plan, and places every finding in the source text.
pub fn check(source: &Source) -> Checked {
    let plan = match load::parse_plan(source) {
        Ok(plan) => plan,
        Err(diagnostics) => {
            return Checked {
                plan: None,
                diagnostics,
            };
        }
    };
    let mut diagnostics = validate::validate(&plan);
    for d in &mut diagnostics {
        if d.span.is_none() {
            d.span = source.locate(&d.path);
        }
    }
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
    Checked {
        plan: Some(plan),
        diagnostics,
    }
}

/// The JSON Schema of the plan file format, pretty-printed, as committed in
/// `schemas/plan.schema.json`.
pub fn plan_schema() -> String {
    let schema = schemars::schema_for!(Plan);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
