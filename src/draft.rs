//! Drafts: a plan printed before it is finished.
//!
//! A caseworker prints a draft before the meeting, half filled in: the
//! starter plan's `"<placeholders>"`, a consent without a date, an insats
//! without anyone responsible. [`read`] reads whatever can be read: every
//! value that is a placeholder, missing or not understood gets a stand-in
//! (empty text, an empty list, a choice's first option) and is listed in
//! [`Draft::blank`], so that it prints as an empty field to fill in by
//! hand; and every problem is kept, to be printed as the list of what to do
//! before the plan is valid. Only a file that cannot be read at all (its
//! brackets or quotes do not match) is refused.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use crate::diagnostic::{Code, Diagnostic, FieldPath, Segment};
use crate::edit::Edits;
use crate::load;
use crate::plan::{Plan, PlanDate};
use crate::source::{Format, Source};

/// How many values a draft may need to stand in for before sipplan gives
/// up: far more than a plan has fields.
const MAX_REPAIRS: usize = 400;

/// A plan as far as it could be read, and what is still missing.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The plan, with a stand-in for each value it lacks.
    pub plan: Plan,
    /// The field paths (`consent.date`, `actions[1].responsible`) whose
    /// values are stand-ins: printed as empty fields.
    pub blank: BTreeSet<String>,
    /// What must be done before the plan is valid (errors only), located in
    /// the file as written, in file order.
    pub problems: Vec<Diagnostic>,
}

impl Draft {
    /// A plan that loaded, with its errors as the problems.
    pub fn of(plan: Plan, diagnostics: &[Diagnostic]) -> Self {
        let mut problems: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        in_plan_order(&mut problems, &plan);
        Self {
            plan,
            blank: BTreeSet::new(),
            problems,
        }
    }

    /// The draft with what the plan still lacks by the rules (`rules`, the
    /// law's and the template's) joined to what could not be read: errors
    /// only, a rule about a stand-in left out (it says nothing about the
    /// plan), each placed in `source` and listed in the plan's order.
    pub fn with_rules(mut self, rules: Vec<Diagnostic>, source: &Source) -> Self {
        let rules: Vec<Diagnostic> = rules
            .into_iter()
            .filter(|d| d.is_error() && !self.is_blank(&d.path.to_string()))
            .map(|d| relocated(&d, source))
            .collect();
        let mut problems = std::mem::take(&mut self.problems);
        problems.extend(rules);
        problems.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
        problems.dedup_by(|a, b| a.path == b.path && a.code == b.code);
        in_plan_order(&mut problems, &self.plan);
        self.problems = problems;
        self
    }

    /// Whether the value at `path`, or a value it is part of, is a stand-in.
    pub fn is_blank(&self, path: &str) -> bool {
        self.blank.iter().any(|b| {
            path == b
                || path
                    .strip_prefix(b.as_str())
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
        })
    }
}

/// The plan in a file as far as it reads, finished or not: for judging
/// which revisions replace which, where a revision `followup` just wrote
/// still has placeholders. `None` when its syntax cannot be read.
pub fn plan_as_far_as_it_reads(source: &Source) -> Option<Plan> {
    read(source).ok().map(|draft| draft.plan)
}

/// Reads a plan that may be unfinished: its problems are what could not
/// be read ([`Draft::with_rules`] adds the rules'). Refuses only a file
/// whose syntax cannot be read, with the located error.
pub fn read(source: &Source) -> Result<Draft, Vec<Diagnostic>> {
    syntax(source)?;
    let mut text = source.text.clone();
    let mut blank = BTreeSet::new();
    let mut found: Vec<Diagnostic> = Vec::new();
    for pass in 0..MAX_REPAIRS {
        let current =
            Source::from_text(&source.name, &text, source.format).at(source.location.clone());
        let diagnostics = match load::parse_plan(&current) {
            Ok(plan) => {
                return Ok(Draft {
                    plan,
                    blank,
                    problems: found,
                });
            }
            Err(diagnostics) => diagnostics,
        };
        // The first reading is of the file as written: its places stand.
        // Later ones read the file with stand-ins, placed by their path.
        let placed = |d: &Diagnostic| match pass {
            0 => d.clone(),
            _ => relocated(d, source),
        };
        let mut edits = Edits::new(&current);
        for d in &diagnostics {
            let path = d.path.to_string();
            // A stand-in that did not take would be put there again.
            if blank.contains(&path) || !repair(&mut edits, &current, d) {
                found.push(placed(d));
                return Err(found);
            }
            blank.insert(path);
        }
        found.extend(diagnostics.iter().map(placed));
        if edits
            .apply_within(0..current.text.len())
            .map(|t| text = t)
            .is_err()
        {
            return Err(found);
        }
    }
    Err(found)
}

/// The file's syntax alone: brackets, quotes, commas. A file that fails
/// here cannot be printed even as a draft.
fn syntax(source: &Source) -> Result<(), Vec<Diagnostic>> {
    let read = match source.format {
        Format::Ron => crate::decode::parse::<ron::Value>(source).map(drop),
        Format::Json => crate::decode::parse::<serde_json::Value>(source).map(drop),
    };
    read.map_err(|d| vec![d])
}

/// Orders the problems as their fields come in the plan, whatever the
/// file's format or layout: the same draft prints the same from a RON
/// file, a JSON file or the browser form. (Their places in the file stay
/// in each diagnostic's span, for the terminal.)
fn in_plan_order(problems: &mut [Diagnostic], plan: &Plan) {
    let Ok(text) = crate::ron_file::to_ron(plan) else {
        return;
    };
    let canonical = Source::from_text("", &text, Format::Ron);
    // Stable: two problems of one field keep their order.
    problems.sort_by_key(|d| canonical.locate(&d.path).map_or(usize::MAX, |s| s.start));
}

/// A diagnostic placed in the file as written, by its field path.
fn relocated(d: &Diagnostic, source: &Source) -> Diagnostic {
    let mut d = d.clone();
    d.span = source.locate(&d.path);
    d
}

/// Puts a stand-in where `d` found a problem; `false` when it cannot.
fn repair(edits: &mut Edits, current: &Source, d: &Diagnostic) -> bool {
    let path = d.path.to_string();
    let Some(value) = stand_in(&d.path, current) else {
        return false;
    };
    match d.code {
        // A placeholder, a value of the wrong kind, a choice not known.
        Code::Sip105 | Code::Sip106 | Code::Sip107 => edits.replace(&path, &value).is_ok(),
        // JSON's `null` where a choice goes reads as broken syntax.
        Code::Sip102 if written_empty(current, &d.path) => edits.replace(&path, &value).is_ok(),
        // A required field that is not there.
        Code::Sip104 => {
            let mut parent = d.path.clone();
            let Some(Segment::Field(field)) = parent.0.pop() else {
                return false;
            };
            edits.add(&parent.to_string(), &field, &value);
            true
        }
        _ => false,
    }
}

/// Whether the file writes nothing at `path`: `null` or `None`.
fn written_empty(current: &Source, path: &FieldPath) -> bool {
    current
        .value_span(path)
        .and_then(|span| current.text.get(span))
        .is_some_and(|value| matches!(value.trim(), "null" | "None"))
}

/// A value of the right kind for `path` that stands for "not filled in":
/// empty text, an empty list or group, `None` for an optional value, a
/// choice's first option, a date near the plan's other dates.
fn stand_in(path: &FieldPath, current: &Source) -> Option<String> {
    let (schema, optional) = schema_at(path)?;
    let ron = current.format == Format::Ron;
    if optional {
        return Some(if ron { "None" } else { "null" }.to_owned());
    }
    value_for(schema, ron, &known_date(current))
}

/// A stand-in of the kind `schema` describes; a group has a stand-in for
/// each of its required fields, so that a group left out is one thing to
/// fill in, not one per field.
fn value_for(schema: &'static serde_json::Value, ron: bool, date: &str) -> Option<String> {
    if schema.get("format").and_then(|f| f.as_str()) == Some("date") {
        return Some(format!("\"{date}\""));
    }
    if let Some(constant) = schema.get("const") {
        return Some(constant.to_string());
    }
    if let Some(first) = schema.get("oneOf").and_then(|o| o.get(0)) {
        let first = resolve(first).0;
        if let Some(name) = first.get("const").and_then(|c| c.as_str()) {
            return Some(if ron {
                name.to_owned()
            } else {
                format!("\"{name}\"")
            });
        }
        let variant = first.get("properties")?.as_object()?.keys().next()?;
        return Some(if ron {
            format!("{variant}(\"\")")
        } else {
            format!("{{\"{variant}\": \"\"}}")
        });
    }
    let kind = schema.get("type").and_then(|t| t.as_str())?;
    if kind == "object" {
        return Some(group_for(schema, ron, date));
    }
    Some(
        match kind {
            "string" => "\"\"",
            "boolean" => "false",
            "integer" => "1",
            "array" => "[]",
            _ => return None,
        }
        .to_owned(),
    )
}

/// A group with a stand-in for each required field.
fn group_for(schema: &'static serde_json::Value, ron: bool, date: &str) -> String {
    let required = schema.get("required").and_then(|r| r.as_array());
    let fields: Vec<String> = required
        .into_iter()
        .flatten()
        .filter_map(|name| {
            let name = name.as_str()?;
            let (field, _) = resolve(schema.get("properties")?.get(name)?);
            let value = value_for(field, ron, date)?;
            Some(match ron {
                true => format!("{name}: {value}"),
                false => format!("\"{name}\": {value}"),
            })
        })
        .collect();
    match ron {
        true => format!("({})", fields.join(", ")),
        false => format!("{{{}}}", fields.join(", ")),
    }
}

/// A date the plan already has (its meeting, its own date, the consent),
/// for a date that is not filled in: a stand-in near the others keeps the
/// date rules from finding problems that are not there.
fn known_date(current: &Source) -> String {
    ["meeting.date", "document.date", "consent.date"]
        .iter()
        .filter_map(|p| current.value_span(&FieldPath::from(*p)))
        .filter_map(|span| current.text.get(span.start + 1..span.end.saturating_sub(1)))
        .find(|text| PlanDate::parse(text).is_ok())
        .unwrap_or("2000-01-01")
        .to_owned()
}

/// The plan's JSON Schema, made once.
fn schema() -> &'static serde_json::Value {
    static SCHEMA: OnceLock<serde_json::Value> = OnceLock::new();
    SCHEMA.get_or_init(|| serde_json::to_value(schemars::schema_for!(Plan)).unwrap_or_default())
}

/// The schema of the value at `path`, and whether the value is optional.
fn schema_at(path: &FieldPath) -> Option<(&'static serde_json::Value, bool)> {
    let (mut node, mut optional) = resolve(schema());
    for segment in &path.0 {
        let next = match segment {
            Segment::Field(name) => node.get("properties")?.get(name)?,
            Segment::Index(_) => node.get("items")?,
        };
        (node, optional) = resolve(next);
    }
    Some((node, optional))
}

/// A schema with its `$ref` followed and an "or null" taken off.
fn resolve(mut node: &'static serde_json::Value) -> (&'static serde_json::Value, bool) {
    let mut optional = false;
    loop {
        if let Some(name) = node
            .get("$ref")
            .and_then(|r| r.as_str())
            .and_then(|r| r.strip_prefix("#/$defs/"))
            && let Some(def) = schema().get("$defs").and_then(|d| d.get(name))
        {
            node = def;
            continue;
        }
        let alternatives = node.get("anyOf").and_then(|a| a.as_array());
        if let Some(alternatives) = alternatives
            && let Some(real) = alternatives
                .iter()
                .find(|a| a.get("type").and_then(|t| t.as_str()) != Some("null"))
            && alternatives.len() == 2
        {
            optional = true;
            node = real;
            continue;
        }
        if let Some(kinds) = node.get("type").and_then(|t| t.as_array())
            && kinds.iter().any(|k| k == "null")
        {
            optional = true;
        }
        return (node, optional);
    }
}
