//! Follow-up meetings: the next revision of a plan, and what changed.
//!
//! A plan file holds its whole life: the current revision at the top, the
//! earlier ones, frozen, in `history`. [`next_revision`] starts the next
//! one after a follow-up meeting; [`changes`] lists what differs between two
//! revisions, and [`describe`] says it in the template's language.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::diagnostic::FieldPath;
use crate::labels::Labels;
use crate::load::{Format, Source};
use crate::plan::{Action, ActionStatus, Plan, PlanDate};

/// Stands for "a date to fill in" while a plan is serialised; it is
/// replaced by the `"<YYYY-MM-DD>"` placeholder in the text. No real plan has
/// a date in the year 1000.
const DATE_TO_FILL: &str = "1000-01-01";
/// Placeholder for what was said about an action at the follow-up.
const COMMENT_TO_FILL: &str = "<vad som sades om insatsen vid uppföljningen>";

/// The next revision: the current one moves, unchanged, to the end of the
/// history; the new one keeps everything, numbers the actions (so they can
/// be followed), and leaves the new dates and each action's status to fill in.
pub fn next_revision(plan: &Plan) -> Plan {
    let mut current = plan.clone();
    let mut next_id = current
        .actions
        .iter()
        .filter_map(|a| a.id)
        .max()
        .unwrap_or(0);
    for action in &mut current.actions {
        if action.id.is_none() {
            next_id += 1;
            action.id = Some(next_id);
        }
    }
    let mut frozen = current.clone();
    frozen.history.clear();

    let to_fill = || PlanDate::parse(DATE_TO_FILL).unwrap_or(plan.document.date);
    let mut next = current;
    next.history.push(frozen);
    next.document.revision += 1;
    next.document.date = to_fill();
    next.meeting.date = to_fill();
    next.follow_up.date = to_fill();
    for action in &mut next.actions {
        action.status_date = Some(to_fill());
        action.status_comment = Some(COMMENT_TO_FILL.to_owned());
    }
    next
}

/// The placeholder for a date to fill in, as written in the file.
const DATE_PLACEHOLDER: &str = "\"<YYYY-MM-DD>\"";

/// Why the next revision could not be made by editing the file as written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan file could not be edited at `{0}`")]
pub struct EditError(String);

/// The next revision ([`next_revision`]) made by editing the plan's own
/// file, so that the caseworker's comments, layout and spelling stay as
/// they were: only the values that change are rewritten (the revision
/// number; the plan's, the meeting's and the follow-up's dates and each
/// insats's status date and comment, as placeholders; an `id` for each
/// insats without one), and the previous revision is added to `history` as
/// the text it was, its own history left out.
pub fn next_revision_text(source: &Source, plan: &Plan) -> Result<String, EditError> {
    let next = next_revision(plan);
    let mut file = Edits::new(source);
    // Numbers for insatser without one: in the frozen copy too, so that the
    // next follow-up can match them.
    let mut ids = Edits::new(source);
    for (i, (old, new)) in plan.actions.iter().zip(&next.actions).enumerate() {
        if let (None, Some(id)) = (old.id, new.id) {
            ids.add(&format!("actions[{i}]"), "id", &id.to_string());
            file.add(&format!("actions[{i}]"), "id", &id.to_string());
        }
    }
    let root = file.span("")?;
    let history = source.value_span(&FieldPath::from("history"));
    if let Some(list) = &history {
        ids.remove_field("history", list.clone())?;
    }
    let frozen = ids.apply_within(root.clone())?;

    file.set(
        "document.revision",
        "document",
        "revision",
        &next.document.revision.to_string(),
    )?;
    for path in ["document.date", "meeting.date", "follow_up.date"] {
        file.replace(path, DATE_PLACEHOLDER)?;
    }
    let comment = format!("\"{COMMENT_TO_FILL}\"");
    for i in 0..plan.actions.len() {
        let action = format!("actions[{i}]");
        file.set(
            &format!("{action}.status_date"),
            &action,
            "status_date",
            DATE_PLACEHOLDER,
        )?;
        file.set(
            &format!("{action}.status_comment"),
            &action,
            "status_comment",
            &comment,
        )?;
    }
    match history {
        Some(list) => file.add_item("history", list, &frozen)?,
        None => file.add_list("", "history", &frozen)?,
    }
    file.apply_within(0..source.text.len())
}

/// Changes to a source text, made from the loader's value spans and applied
/// together, so that each refers to the text as it was read.
struct Edits<'a> {
    source: &'a Source,
    /// Replacements: the range of the original text and its new text.
    replaced: Vec<(Range<usize>, String)>,
    /// Fields to add, by the path of the group they go into, in order.
    added: BTreeMap<String, Vec<(String, String)>>,
}

impl<'a> Edits<'a> {
    fn new(source: &'a Source) -> Self {
        Self {
            source,
            replaced: Vec::new(),
            added: BTreeMap::new(),
        }
    }

    fn text(&self) -> &'a str {
        &self.source.text
    }

    /// Where the value at `path` is written, without white space or a
    /// comment after a bare word.
    fn span(&self, path: &str) -> Result<Range<usize>, EditError> {
        let span = self
            .source
            .value_span(&FieldPath::from(path))
            .ok_or_else(|| EditError(path.to_owned()))?;
        let value = &self.text()[span.clone()];
        let bare = !value.starts_with(['"', '(', '[', '{']) && !value.contains('(');
        let end = match value.find(|c: char| c.is_whitespace() || c == '/' || c == ',') {
            Some(cut) if bare => span.start + cut,
            _ => span.end,
        };
        Ok(span.start..end)
    }

    /// RON ends every item of a list written over several lines with a
    /// comma; JSON allows none after the last.
    fn trailing_comma(&self) -> &'static str {
        match self.source.format {
            Format::Ron => ",",
            Format::Json => "",
        }
    }

    fn replace(&mut self, path: &str, value: &str) -> Result<(), EditError> {
        let span = self.span(path)?;
        self.replaced.push((span, value.to_owned()));
        Ok(())
    }

    /// Replaces the value at `path`, or adds it as `field` to `group`.
    fn set(&mut self, path: &str, group: &str, field: &str, value: &str) -> Result<(), EditError> {
        match self.source.value_span(&FieldPath::from(path)) {
            Some(_) => self.replace(path, value),
            None => {
                self.add(group, field, value);
                Ok(())
            }
        }
    }

    fn add(&mut self, group: &str, field: &str, value: &str) {
        self.added
            .entry(group.to_owned())
            .or_default()
            .push((field.to_owned(), value.to_owned()));
    }

    /// Adds `field` with a list holding one item, `item`, to `group`.
    fn add_list(&mut self, group: &str, field: &str, item: &str) -> Result<(), EditError> {
        let (_, indent) = self.last_child(group)?;
        let inner = format!("{indent}    ");
        let trailing = self.trailing_comma();
        let value = format!("[\n{inner}{}{trailing}\n{indent}]", reindent(item, &inner));
        self.add(group, field, &value);
        Ok(())
    }

    /// Adds `item` as the last item of the list at `path`.
    fn add_item(&mut self, path: &str, list: Range<usize>, item: &str) -> Result<(), EditError> {
        match self.last_child(path) {
            Ok((last, indent)) => {
                let (at, comma) = self.after(last);
                let trailing = self.trailing_comma();
                let text = format!("{comma}\n{indent}{}{trailing}", reindent(item, &indent));
                self.replaced.push((at..at, text));
            }
            // An empty list: the item goes inside the brackets.
            Err(_) => {
                let indent = format!("{}    ", line_indent(self.text(), list.start));
                let trailing = self.trailing_comma();
                let text = format!("\n{indent}{}{trailing}\n", reindent(item, &indent));
                self.replaced.push((list.start + 1..list.start + 1, text));
            }
        }
        Ok(())
    }

    /// Leaves out the field whose value is `value`, with its name, its
    /// comma and, when it has lines of its own, those lines.
    fn remove_field(&mut self, name: &str, value: Range<usize>) -> Result<(), EditError> {
        let text = self.text();
        let before = text[..value.start].trim_end();
        let before = before
            .strip_suffix(':')
            .ok_or_else(|| EditError(name.to_owned()))?
            .trim_end();
        let key = before
            .strip_suffix(name)
            .or_else(|| before.strip_suffix(&format!("\"{name}\"")))
            .ok_or_else(|| EditError(name.to_owned()))?;
        let mut start = key.len();
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..start].trim().is_empty() {
            start = line_start;
        }
        let (mut end, _) = self.after(value.end);
        if text[end..].starts_with(',') {
            end += 1;
        }
        let rest = &text[end..];
        let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        if rest[..line_end].trim().is_empty() {
            end += line_end;
        }
        self.replaced.push((start..end, String::new()));
        Ok(())
    }

    /// The end of the last value written in the group or list at `path`,
    /// and the indentation of its line.
    fn last_child(&self, path: &str) -> Result<(usize, String), EditError> {
        let group = self.span(path)?;
        let last = self
            .child_spans(path)
            .into_iter()
            .filter(|span| group.start < span.start && span.end < group.end)
            .max_by_key(|span| span.end)
            .ok_or_else(|| EditError(path.to_owned()))?;
        Ok((last.end, line_indent(self.text(), last.start)))
    }

    /// The spans of the values directly inside the group or list at `path`.
    fn child_spans(&self, path: &str) -> Vec<Range<usize>> {
        let depth = FieldPath::from(path).0.len() + 1;
        self.source
            .value_paths()
            .into_iter()
            .filter(|(p, _)| p.0.len() == depth && p.0.starts_with(&FieldPath::from(path).0))
            .map(|(p, _)| self.span(&p.to_string()).unwrap_or(0..0))
            .collect()
    }

    /// Where to add after a value that ends at `end`: after its comma (and
    /// the rest of its line), and the comma to write when it has none.
    fn after(&self, end: usize) -> (usize, &'static str) {
        let text = self.text();
        let rest = &text[end..];
        let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if rest[spaces..].starts_with(',') {
            let after_comma = end + spaces + 1;
            // Keep a comment after the comma on its line.
            let line = &text[after_comma..];
            let line_end = line.find('\n').unwrap_or(line.len());
            let tail = line[..line_end].trim();
            if tail.starts_with("//") {
                return (after_comma + line_end, "");
            }
            (after_comma, "")
        } else {
            (end, ",")
        }
    }

    /// The text within `range` with every edit in it applied.
    fn apply_within(mut self, range: Range<usize>) -> Result<String, EditError> {
        let format = self.source.format;
        for (group, fields) in std::mem::take(&mut self.added) {
            let (last, indent) = self.last_child(&group)?;
            let (at, comma) = self.after(last);
            let mut text = comma.to_owned();
            for (i, (name, value)) in fields.iter().enumerate() {
                let key = match format {
                    Format::Ron => name.clone(),
                    Format::Json => format!("\"{name}\""),
                };
                let separator = if i == 0 { "" } else { "," };
                let one_line = !self.text()[self.span(&group)?].contains('\n');
                if one_line {
                    text.push_str(&format!("{separator} {key}: {value}"));
                } else {
                    text.push_str(&format!("{separator}\n{indent}{key}: {value}"));
                }
            }
            // RON keeps the trailing comma of the lines around it.
            if format == Format::Ron && comma.is_empty() {
                text.push(',');
            }
            self.replaced.push((at..at, text));
        }
        let mut edits: Vec<(usize, Range<usize>, String)> = self
            .replaced
            .into_iter()
            .enumerate()
            .filter(|(_, (r, _))| range.start <= r.start && r.end <= range.end)
            .map(|(i, (r, t))| (i, r, t))
            .collect();
        edits.sort_by_key(|(i, r, _)| (std::cmp::Reverse(r.start), std::cmp::Reverse(*i)));
        let mut out = self.source.text[range.clone()].to_owned();
        let mut limit = range.end;
        for (_, r, text) in edits {
            if r.end > limit {
                return Err(EditError("overlapping edits".into()));
            }
            out.replace_range(r.start - range.start..r.end - range.start, &text);
            limit = r.start;
        }
        Ok(out)
    }
}

/// The white space at the start of the line that `at` is on.
fn line_indent(text: &str, at: usize) -> String {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// A block of text moved `indent` deeper: every line after the first,
/// except lines that continue a quoted text.
fn reindent(block: &str, indent: &str) -> String {
    let source = Source::from_text("", block, Format::Ron);
    let quoted = source.quoted_spans();
    let mut result = String::with_capacity(block.len() + 256);
    let mut offset = 0;
    for line in block.split_inclusive('\n') {
        let inside = quoted.iter().any(|q| q.start < offset && offset < q.end);
        if offset > 0 && !inside && !line.trim().is_empty() {
            result.push_str(indent);
        }
        result.push_str(line);
        offset += line.len();
    }
    result
}

/// Revision `n` of a plan as it was, with the history up to it (so that it
/// prints with its own follow-up box).
pub fn revision(plan: &Plan, n: u32) -> Option<Plan> {
    if plan.document.revision == n {
        return Some(plan.clone());
    }
    let at = plan.history.iter().position(|p| p.document.revision == n)?;
    let mut old = plan.history[at].clone();
    old.history = plan.history[..at].to_vec();
    Some(old)
}

/// A plan as a RON file, with a heading comment. Dates left to fill in by
/// [`next_revision`] become `"<YYYY-MM-DD>"` placeholders, which `check`
/// lists until they are filled.
pub fn to_ron(plan: &Plan) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let body = ron::ser::to_string_pretty(plan, config)?;
    let body = body.replace(&format!("\"{DATE_TO_FILL}\""), "\"<YYYY-MM-DD>\"");
    let heading = format!(
        "// Samordnad individuell plan (SIP), revision {} — written by `sipplan followup`.\n\
         // Fill in every \"<…>\": the date of this revision and of its meeting, the\n\
         // next follow-up, and for each insats its status (Planned, Ongoing, Done,\n\
         // Changed or Cancelled), what was said and when. Add new insatser without\n\
         // an `id`. `history` holds the earlier revisions: leave it as it is.\n",
        plan.document.revision
    );
    Ok(heading + &body + "\n")
}

/// One difference between two revisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// An insats that was not there before.
    Added(String),
    /// Marked done since last time.
    Done(String),
    /// Cancelled since last time.
    Cancelled(String),
    /// Changed: what, who, unit, person or status.
    Changed(String),
    /// No longer in the plan.
    Removed(String),
    /// Start or done-by date moved: what, before, after.
    Moved(String, String, String),
    /// New coordinator: before, after.
    Coordinator(String, String),
    /// Next follow-up moved: before, after.
    FollowUp(String, String),
}

/// Whether two plans are for the same child: the same number however it is
/// written, or, for a child without one, the same name and reserve number
/// or birth date.
pub fn same_child(a: &Plan, b: &Plan) -> bool {
    use crate::plan::ChildId;
    let number = |p: &Plan| {
        p.child
            .id
            .personnummer(p.meeting.date.0)
            .and_then(Result::ok)
    };
    if let (Some(x), Some(y)) = (number(a), number(b)) {
        return x == y;
    }
    let same_id = match (&a.child.id, &b.child.id) {
        (ChildId::Reservnummer(x), ChildId::Reservnummer(y)) => {
            x.as_str().trim() == y.as_str().trim()
        }
        (ChildId::BirthDate(x), ChildId::BirthDate(y)) => x == y,
        _ => false,
    };
    same_id && crate::plan::same_name(&a.child.name, &b.child.name)
}

/// What changed from `old` to `new`, insatser matched by `id` (or, without
/// one, by their text).
pub fn changes(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    let same = |a: &Action, b: &Action| match (a.id, b.id) {
        (Some(x), Some(y)) => x == y,
        _ => a.what == b.what,
    };
    for action in &new.actions {
        let Some(before) = old.actions.iter().find(|a| same(a, action)) else {
            out.push(Change::Added(action.what.clone()));
            continue;
        };
        let status_moved = before.status != action.status;
        match action.status {
            ActionStatus::Done if status_moved => out.push(Change::Done(action.what.clone())),
            ActionStatus::Cancelled if status_moved => {
                out.push(Change::Cancelled(action.what.clone()))
            }
            _ => {
                let altered = before.what != action.what
                    || before.responsible != action.responsible
                    || before.unit != action.unit
                    || before.person != action.person
                    || (status_moved && action.status == ActionStatus::Changed);
                if altered {
                    out.push(Change::Changed(action.what.clone()));
                }
            }
        }
        let when = |a: &Action| {
            let date = |d: Option<PlanDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "–".into());
            format!("{} – {}", date(a.start), date(a.done_by))
        };
        if before.start != action.start || before.done_by != action.done_by {
            out.push(Change::Moved(
                action.what.clone(),
                when(before),
                when(action),
            ));
        }
    }
    for before in &old.actions {
        if !new.actions.iter().any(|a| same(before, a)) {
            out.push(Change::Removed(before.what.clone()));
        }
    }
    let (was, is) = (
        &old.responsibility.coordinator.name,
        &new.responsibility.coordinator.name,
    );
    if was != is {
        out.push(Change::Coordinator(was.clone(), is.clone()));
    }
    if old.follow_up.date != new.follow_up.date {
        out.push(Change::FollowUp(
            old.follow_up.date.to_string(),
            new.follow_up.date.to_string(),
        ));
    }
    out
}

/// The changes as lines of text in the template's language.
pub fn describe(changes: &[Change], labels: &Labels) -> String {
    let c = &labels.changes;
    if changes.is_empty() {
        return format!("{}\n", c.nothing);
    }
    let mut out = String::new();
    for change in changes {
        let line = match change {
            Change::Added(what) => format!("{}: {what}", c.added),
            Change::Done(what) => format!("{}: {what}", c.done),
            Change::Cancelled(what) => format!("{}: {what}", c.cancelled),
            Change::Changed(what) => format!("{}: {what}", c.changed),
            Change::Removed(what) => format!("{}: {what}", c.removed),
            Change::Moved(what, before, after) => {
                format!("{}: {what} ({before} → {after})", c.moved)
            }
            Change::Coordinator(before, after) => {
                format!("{}: {after} ({} {before})", c.coordinator, c.before)
            }
            Change::FollowUp(before, after) => {
                format!("{}: {after} ({} {before})", c.follow_up, c.before)
            }
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}
