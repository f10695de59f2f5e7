//! Follow-up meetings: the next revision of a plan, and what changed.
//!
//! A plan file holds its whole life: the current revision at the top, the
//! earlier ones, frozen, in `history`. [`next_revision`] starts the next
//! one after a follow-up meeting; [`changes`] lists what differs between two
//! revisions, and [`describe`] says it in the template's language.

use crate::diagnostic::FieldPath;
use crate::edit::{EditError, Edits};
use crate::labels::Labels;
use crate::plan::{Action, ActionStatus, Plan, PlanDate};
use crate::source::Source;

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

    let to_fill = || PlanDate::parse(crate::ron_file::DATE_TO_FILL).unwrap_or(plan.document.date);
    let mut next = current;
    next.history.push(frozen);
    next.document.revision += 1;
    next.document.date = to_fill();
    next.meeting.date = to_fill();
    next.follow_up.date = to_fill();
    if let Some(child) = &mut next.meeting.child_participation {
        child.note = Some(NOTE_TO_FILL.into());
    }
    for action in &mut next.actions {
        action.status_date = Some(to_fill());
        action.status_comment = Some(COMMENT_TO_FILL.into());
    }
    next
}

/// The placeholder for a date to fill in, as written in the file.
const DATE_PLACEHOLDER: &str = "\"<YYYY-MM-DD>\"";

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
    attendance_to_fill(&mut file, plan)?;
    match history {
        Some(list) => file.add_item("history", list, &frozen)?,
        None => file.add_list("", "history", &frozen)?,
    }
    file.apply_within(0..source.text.len())
}

/// Who came to the follow-up meeting and how the child took part are not
/// the last meeting's: each participant's `present` and the child's
/// participation become placeholders.
fn attendance_to_fill(file: &mut Edits, plan: &Plan) -> Result<(), EditError> {
    for i in 0..plan.meeting.participants.len() {
        let participant = format!("meeting.participants[{i}]");
        file.set(
            &format!("{participant}.present"),
            &participant,
            "present",
            PRESENT_TO_FILL,
        )?;
    }
    if plan.meeting.child_participation.is_some() {
        let at = "meeting.child_participation";
        file.replace(&format!("{at}.how"), HOW_TO_FILL)?;
        file.set(
            &format!("{at}.note"),
            at,
            "note",
            &format!("\"{NOTE_TO_FILL}\""),
        )?;
    }
    Ok(())
}

/// Placeholder for whether a participant came to the follow-up meeting.
const PRESENT_TO_FILL: &str = "\"<true om på uppföljningsmötet, annars false>\"";
/// Placeholder for how the child took part in the follow-up meeting.
const HOW_TO_FILL: &str =
    "\"<WholeMeeting, PartOfMeeting, ThroughRepresentative, ThroughLetter eller DidNotTakePart>\"";
/// Placeholder for the details of the child's participation.
const NOTE_TO_FILL: &str = "<hur barnet deltog i uppföljningsmötet>";

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

/// The revision that replaced revision `n` and its date, said on every
/// page when `n` is printed on its own.
pub fn replaced_by(plan: &Plan, n: u32) -> Option<(u32, PlanDate)> {
    std::iter::once(plan)
        .chain(&plan.history)
        .find(|r| r.document.revision == n + 1)
        .map(|r| (r.document.revision, r.document.date))
}

/// Which plan a file holds, whatever its revision: the child and the day of
/// its first meeting, which every revision keeps in its history. A child's
/// later, separate plan is another plan. Never shown: it holds the number.
pub fn plan_key(plan: &Plan) -> String {
    use crate::plan::ChildId;
    let first = plan.history.first().unwrap_or(plan);
    let child = match &plan.child.id {
        ChildId::Personnummer(_) | ChildId::Samordningsnummer(_) => {
            match plan.child.id.personnummer(first.meeting.date.0) {
                Some(Ok(number)) => format!("pnr:{number}"),
                _ => format!("name:{}", plan.child.name.trim().to_lowercase()),
            }
        }
        ChildId::Reservnummer(text) => format!("res:{}", text.as_str().trim()),
        ChildId::BirthDate(born) => {
            format!("born:{born}:{}", plan.child.name.trim().to_lowercase())
        }
    };
    format!("{child}:{}", first.meeting.date)
}

/// For each plan, whether it is replaced: a newer revision of the same
/// plan is also among `plans` (`elsa.ron` beside the `elsa-v2.ron` that
/// `followup` wrote). `due` and `check` do not judge a replaced revision's
/// dates, as `stats` does not count it; two copies of one revision are
/// both judged.
pub fn replaced(plans: &[&Plan]) -> Vec<bool> {
    use std::collections::BTreeMap;
    let order = |p: &Plan| (p.document.revision, p.meeting.date, p.document.date);
    let mut newest: BTreeMap<String, usize> = BTreeMap::new();
    let keys: Vec<String> = plans.iter().map(|p| plan_key(p)).collect();
    for (i, key) in keys.iter().enumerate() {
        let kept = newest.entry(key.clone()).or_insert(i);
        if order(plans[i]) > order(plans[*kept]) {
            *kept = i;
        }
    }
    keys.iter()
        .enumerate()
        .map(|(i, key)| order(plans[i]) < order(plans[newest[key]]))
        .collect()
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
    /// Its status moved otherwise (planned → ongoing): what, before, after.
    Status(String, ActionStatus, ActionStatus),
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
    let number = |p: &Plan| p.child_number().and_then(Result::ok);
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
            out.push(Change::Added(action.what.to_string()));
            continue;
        };
        let status_moved = before.status != action.status;
        match action.status {
            ActionStatus::Done if status_moved => out.push(Change::Done(action.what.to_string())),
            ActionStatus::Cancelled if status_moved => {
                out.push(Change::Cancelled(action.what.to_string()))
            }
            _ => {
                let altered = before.what != action.what
                    || before.responsible != action.responsible
                    || before.unit != action.unit
                    || before.person != action.person
                    || (status_moved && action.status == ActionStatus::Changed);
                if altered {
                    out.push(Change::Changed(action.what.to_string()));
                } else if status_moved {
                    let what = action.what.to_string();
                    out.push(Change::Status(what, before.status, action.status));
                }
            }
        }
        let when = |a: &Action| {
            let date = |d: Option<PlanDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "–".into());
            format!("{} – {}", date(a.start), date(a.done_by))
        };
        if before.start != action.start || before.done_by != action.done_by {
            out.push(Change::Moved(
                action.what.to_string(),
                when(before),
                when(action),
            ));
        }
    }
    for before in &old.actions {
        if !new.actions.iter().any(|a| same(before, a)) {
            out.push(Change::Removed(before.what.to_string()));
        }
    }
    let (was, is) = (
        &old.responsibility.coordinator.name,
        &new.responsibility.coordinator.name,
    );
    if was != is {
        out.push(Change::Coordinator(was.to_string(), is.to_string()));
    }
    if old.follow_up.date != new.follow_up.date {
        out.push(Change::FollowUp(
            old.follow_up.date.to_string(),
            new.follow_up.date.to_string(),
        ));
    }
    out
}

/// What `diff` says: which revisions (number and meeting date) and what
/// changed between them, in the template's language.
pub fn compare(old: &Plan, new: &Plan, labels: &Labels) -> String {
    let revision = &labels.document.revision;
    let heading = format!(
        "{revision} {} ({}) → {revision} {} ({})\n",
        old.document.revision, old.meeting.date, new.document.revision, new.meeting.date
    );
    heading + &describe(&changes(old, new), labels)
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
            Change::Status(what, before, after) => {
                use crate::printed::Printed;
                let (before, after) = (before.word(labels), after.word(labels));
                format!("{}: {what} ({before} → {after})", c.changed)
            }
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
