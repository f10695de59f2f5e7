//! Checks a plan against the law and good practice (domain brief §5).
//!
//! Field rules (not blank, e-mail, phone, length) are declared on the model
//! with `validator`; the rules here look across fields: the four items the law
//! requires, consent, dates and the child's identity. Every rule has a stable
//! code, a severity and a hint, and all findings are returned at once.

use std::borrow::Cow;

use chrono::NaiveDate;
use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use crate::diagnostic::{Diagnostic, FieldPath, Segment};
use crate::personnummer::IdKind;
use crate::plan::{ActionStatus, ChildId, CustomValue, Plan, Responsible};
use crate::template::Template;

/// Age from which the child's own view on consent should be recorded (JO).
const CONSENT_VIEW_AGE: u32 = 15;
/// Age at which a children's SIP no longer fits (the template may change it later).
const ADULT_AGE: u32 = 18;

/// Most rows in the action table: a SIP is a short plan, and a table of
/// hundreds of rows is a sign of a mistake (or a hostile file).
pub const MAX_ACTIONS: usize = 200;
/// Most participants, guardians, relatives and signers.
pub const MAX_PEOPLE: usize = 100;
/// Most items in any other list (needs, goals, organisations, copies…).
pub const MAX_LIST_ITEMS: usize = 100;
/// Longest free text in a custom section, in characters.
pub const MAX_CUSTOM_TEXT: usize = 10_000;

/// All findings for a plan, errors and warnings, in a stable order.
pub fn validate(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = field_rules(plan);
    limits(plan, &mut out);
    let meeting = plan.meeting.date.0;
    law_items(plan, &mut out);
    consent(plan, &mut out);
    dates(plan, &mut out);
    child(plan, meeting, &mut out);
    out
}

/// Caps on how many items a list may hold (documented in docs/plan-format.md).
fn limits(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let lists = [
        ("actions", plan.actions.len(), MAX_ACTIONS),
        (
            "meeting.participants",
            plan.meeting.participants.len(),
            MAX_PEOPLE,
        ),
        ("guardians", plan.guardians.len(), MAX_PEOPLE),
        ("relatives", plan.relatives.len(), MAX_PEOPLE),
        ("signatures", plan.signatures.len(), MAX_PEOPLE),
        ("needs", plan.needs.len(), MAX_LIST_ITEMS),
        (
            "goals.short_term",
            plan.goals.short_term.len(),
            MAX_LIST_ITEMS,
        ),
        ("distribution", plan.distribution.len(), MAX_LIST_ITEMS),
        (
            "consent.given_by",
            plan.consent.given_by.len(),
            MAX_LIST_ITEMS,
        ),
        (
            "consent.sharing_between",
            plan.consent.sharing_between.len(),
            MAX_LIST_ITEMS,
        ),
        ("custom", plan.custom.len(), MAX_LIST_ITEMS),
    ];
    for (path, count, max) in lists {
        if count > max {
            out.push(
                Diagnostic::error("SIP056", path.into(), format!("this list has {count} items; sipplan takes at most {max}"))
                    .with_hint("a SIP is a short plan: keep what the meeting agreed on, and check that the file is the right one"),
            );
        }
    }
}

/// The law's four items: insatser, huvudman per insats, what others do,
/// overall responsibility (SoL / HSL 16 kap. 4 §).
fn law_items(plan: &Plan, out: &mut Vec<Diagnostic>) {
    if plan.actions.is_empty() {
        out.push(
            Diagnostic::error("SIP001", "actions".into(), "the plan has no insatser (actions)")
                .with_hint("add at least one row under `actions`: the law requires the plan to say which insatser are needed"),
        );
    }
    for (i, action) in plan.actions.iter().enumerate() {
        let row = FieldPath::from("actions").index(i);
        if action.responsible.huvudman().is_some() && action.unit.is_none() {
            out.push(
                Diagnostic::error(
                    "SIP002",
                    row.field("unit"),
                    "this insats has no verksamhet: say which unit of the huvudman carries it out",
                )
                .with_hint("add e.g. `unit: \"BUP Norr\"` or `unit: \"Socialtjänsten\"`"),
            );
        }
        if let Responsible::Other(name) = &action.responsible
            && name.trim().is_empty()
        {
            out.push(
                Diagnostic::error(
                    "SIP007",
                    row.field("responsible"),
                    "the other actor responsible has no name",
                )
                .with_hint("write the actor's name, e.g. `Other(\"Försäkringskassan\")`"),
            );
        }
    }

    let by_others = plan
        .actions
        .iter()
        .any(|a| a.responsible.huvudman().is_none());
    match (by_others, plan.no_measures_by_others) {
        (false, false) => out.push(
            Diagnostic::error(
                "SIP003",
                "actions".into(),
                "the plan does not say what others than the kommun and the region do",
            )
            .with_hint("add rows with `responsible: Family`, `Child` or `Other(\"…\")`, or write `no_measures_by_others: true` if there are none"),
        ),
        (true, true) => out.push(
            Diagnostic::error(
                "SIP004",
                "no_measures_by_others".into(),
                "`no_measures_by_others` is true, but the table has rows for others than the kommun and the region",
            )
            .with_hint("remove `no_measures_by_others: true`, or change those rows"),
        ),
        _ => {}
    }

    let principal = plan.responsibility.principal;
    let has = |h| {
        plan.actions
            .iter()
            .any(|a| a.responsible.huvudman() == Some(h))
    };
    if !plan.actions.is_empty() && !has(principal) {
        out.push(
            Diagnostic::warning(
                "SIP005",
                "responsibility.principal".into(),
                format!(
                    "the {principal:?} has the overall responsibility but no insats in the plan"
                ),
            )
            .with_hint("check that the right huvudman holds the overall responsibility"),
        );
    }
    let both = has(crate::plan::Huvudman::Kommun) && has(crate::plan::Huvudman::Region);
    if !plan.actions.is_empty() && !both {
        out.push(
            Diagnostic::warning(
                "SIP006",
                "actions".into(),
                "the plan has insatser from only one huvudman",
            )
            .with_hint("a SIP is for needs that both the kommun and the region answer for; check that nothing is missing"),
        );
    }
}

/// Samtycke: a legal precondition, dated, and from both custodians.
fn consent(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let c = &plan.consent;
    let meeting = plan.meeting.date;
    if c.given_by.is_empty() {
        out.push(
            Diagnostic::error("SIP010", "consent.given_by".into(), "nobody is recorded as having given consent")
                .with_hint("write the names of those who consented, e.g. `given_by: [\"Sara Exempel\"]`: the plan needs consent"),
        );
    }
    if c.date > meeting {
        out.push(
            Diagnostic::error(
                "SIP011",
                "consent.date".into(),
                format!(
                    "consent is dated {}, after the meeting on {meeting}",
                    c.date
                ),
            )
            .with_hint("consent must be given before the plan is drawn up: check both dates"),
        );
    }
    if let Some(revoked) = c.revoked_on
        && revoked <= meeting
    {
        out.push(
            Diagnostic::error(
                "SIP012",
                "consent.revoked_on".into(),
                format!("consent was withdrawn on {revoked}, on or before the meeting"),
            )
            .with_hint("a plan cannot be drawn up without consent: ask for new consent or remove `revoked_on` if it is wrong"),
        );
    }
    if let Some(until) = c.valid_until {
        if until < meeting {
            out.push(
                Diagnostic::error(
                    "SIP016",
                    "consent.valid_until".into(),
                    format!("consent ran out on {until}, before the meeting on {meeting}"),
                )
                .with_hint("ask for new consent and update `date` and `valid_until`"),
            );
        } else if until < plan.follow_up.date {
            out.push(
                Diagnostic::warning(
                    "SIP015",
                    "consent.valid_until".into(),
                    format!(
                        "consent runs out on {until}, before the follow-up on {}",
                        plan.follow_up.date
                    ),
                )
                .with_hint("renew consent before the follow-up, or move the follow-up"),
            );
        }
    }

    let same = crate::plan::same_name;
    let custodians = plan.custodians();
    if custodians.len() >= 2 {
        for name in &custodians {
            if !plan.consented(name) {
                out.push(
                    Diagnostic::warning(
                        "SIP013",
                        "consent.given_by".into(),
                        format!("{name} has joint custody but is not recorded as consenting"),
                    )
                    .with_hint("with joint custody both guardians consent; write both names, or note the social welfare board's decision under FB 6 kap. 13 a §"),
                );
            }
        }
    }
    let people: Vec<String> = std::iter::once(plan.child.name.clone())
        .chain(plan.guardians.iter().map(|g| g.name.clone()))
        .chain(plan.relatives.iter().map(|r| r.name.clone()))
        .collect();
    for (i, name) in c.given_by.iter().enumerate() {
        let known = people.iter().any(|p| same(p, name));
        if !known && !name.trim().is_empty() {
            let hint = match crate::suggest::closest(name.trim(), &people) {
                Some(meant) => format!(
                    "{} Write the name exactly as in `guardians`",
                    crate::suggest::did_you_mean(meant)
                ),
                None => {
                    "check the spelling against `guardians`, or add the person there".to_owned()
                }
            };
            out.push(
                Diagnostic::warning(
                    "SIP017",
                    FieldPath::from("consent.given_by").index(i),
                    format!("{name} gave consent but is not the child, a guardian or a relative in the plan"),
                )
                .with_hint(hint),
            );
        }
    }
}

/// Dates that must come in order.
fn dates(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let meeting = plan.meeting.date;
    if plan.follow_up.date <= meeting {
        out.push(
            Diagnostic::error(
                "SIP020",
                "follow_up.date".into(),
                format!(
                    "the follow-up on {} is not after the meeting on {meeting}",
                    plan.follow_up.date
                ),
            )
            .with_hint("set the follow-up date to a day after the meeting"),
        );
    }
    if let Some(closed) = plan.follow_up.closed
        && closed < meeting
    {
        out.push(
            Diagnostic::error(
                "SIP022",
                "follow_up.closed".into(),
                format!("the plan is closed on {closed}, before its meeting on {meeting}"),
            )
            .with_hint("write the day the plan was closed, on or after the meeting"),
        );
    }
    for (i, action) in plan.actions.iter().enumerate() {
        if let (Some(start), Some(done_by)) = (action.start, action.done_by)
            && done_by < start
        {
            out.push(
                Diagnostic::error(
                    "SIP021",
                    FieldPath::from("actions").index(i).field("done_by"),
                    format!("the insats is to be done by {done_by}, before it starts on {start}"),
                )
                .with_hint("swap the dates or correct one of them"),
            );
        }
    }
}

/// The child's identity, age and participation.
fn child(plan: &Plan, meeting: NaiveDate, out: &mut Vec<Diagnostic>) {
    let id_path = FieldPath::from("child.id");
    match &plan.child.id {
        ChildId::Personnummer(_) | ChildId::Samordningsnummer(_) => {
            let written_as = match plan.child.id {
                ChildId::Samordningsnummer(_) => IdKind::Samordningsnummer,
                _ => IdKind::Personnummer,
            };
            match plan.child.id.personnummer(meeting) {
                Some(Err(e)) => out.push(
                    Diagnostic::error(
                        "SIP040",
                        id_path.clone(),
                        format!("the child's {} is not valid: {e}", kind_name(written_as)),
                    )
                    .with_hint("compare the number with the child's papers, digit by digit"),
                ),
                Some(Ok(n)) if n.kind() != written_as => out.push(
                    Diagnostic::error(
                        "SIP041",
                        id_path.clone(),
                        format!(
                            "the number is a {}, but it is written as a {}",
                            kind_name(n.kind()),
                            kind_name(written_as)
                        ),
                    )
                    .with_hint(match n.kind() {
                        IdKind::Samordningsnummer => "a day of 61–91 marks a samordningsnummer: write `Samordningsnummer(\"…\")`",
                        IdKind::Personnummer => "write `Personnummer(\"…\")`",
                    }),
                ),
                Some(Ok(n)) if n.written_with_plus() => out.push(
                    Diagnostic::error(
                        "SIP042",
                        id_path.clone(),
                        "the number is written with `+`, which means the person is 100 or older",
                    )
                    .with_hint("for a child, write `-` between the date and the last four digits"),
                ),
                _ => {}
            }
        }
        ChildId::Reservnummer(text) if text.as_str().trim().is_empty() => out.push(
            Diagnostic::error("SIP044", id_path.clone(), "the reservnummer is empty")
                .with_hint("write the reserve number, or use `BirthDate(\"YYYY-MM-DD\")` if the child has none"),
        ),
        ChildId::BirthDate(date) if date.earliest() > meeting => out.push(
            Diagnostic::error(
                "SIP043",
                id_path.clone(),
                format!("the birth date {date} is after the meeting on {meeting}"),
            )
            .with_hint("check the year of the birth date"),
        ),
        _ => {}
    }

    // A partly unknown birth date gives an age range (`14–15`): the adult
    // warning needs certainty, the child's own view is asked for as soon as
    // the child may be old enough.
    if let Some(age) = plan.child_age() {
        if age.certainly_at_least(ADULT_AGE) {
            out.push(
                Diagnostic::warning(
                    "SIP031",
                    id_path,
                    format!("the child is {age} on the meeting date"),
                )
                .with_hint("this is a SIP for children; from 18 the person consents alone and an adult SIP may fit better"),
            );
        } else {
            if age.possibly_at_least(ADULT_AGE) {
                out.push(
                    Diagnostic::warning(
                        "SIP032",
                        id_path,
                        format!("the child is {age} on the meeting date: the birth date is not fully known, so the child may be 18"),
                    )
                    .with_hint("if the child is 18, they consent alone; ask the child, and check with Skatteverket whether the birth date has been established"),
                );
            }
            if age.possibly_at_least(CONSENT_VIEW_AGE) && plan.consent.child_view.is_none() {
                out.push(
                    Diagnostic::warning(
                        "SIP014",
                        "consent.child_view".into(),
                        format!("the child is {age}, but the child's own view on the consent is not recorded"),
                    )
                    .with_hint("from about 15 the child's own position matters: write it in `consent.child_view`"),
                );
            }
        }
    }

    if plan.meeting.child_participation.is_none() {
        out.push(
            Diagnostic::warning(
                "SIP030",
                "meeting.child_participation".into(),
                "the plan does not say how the child took part",
            )
            .with_hint("add e.g. `child_participation: (how: PartOfMeeting)`: the plan is drawn up together with the child when possible"),
        );
    }
    if plan.guardians.is_empty() {
        out.push(
            Diagnostic::warning("SIP045", "guardians".into(), "no guardian is listed")
                .with_hint("add the child's vårdnadshavare under `guardians`"),
        );
    }
}

/// The plan's life: earlier revisions in order, actions reviewed at each
/// follow-up, and, given today's date, follow-ups that are due. `today`
/// comes from the caller (the CLI's `--today`), never from the clock here.
pub fn validate_history(plan: &Plan, today: Option<NaiveDate>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, old) in plan.history.iter().enumerate() {
        if !old.history.is_empty() {
            out.push(
                Diagnostic::error(
                    "SIP093",
                    FieldPath::from("history").index(i).field("history"),
                    "an earlier revision has a history of its own",
                )
                .with_hint("the history is one list, oldest first, at the top level of the plan"),
            );
        }
    }
    // Each revision, oldest first, then the current one.
    let revisions: Vec<(FieldPath, &Plan)> = plan
        .history
        .iter()
        .enumerate()
        .map(|(i, p)| (FieldPath::from("history").index(i), p))
        .chain([(FieldPath::root(), plan)])
        .collect();
    for pair in revisions.windows(2) {
        let ((_, before), (at, after)) = (&pair[0], &pair[1]);
        let (was, is) = (before.document.revision, after.document.revision);
        if is != was + 1 {
            out.push(
                Diagnostic::error("SIP090", at.field("document").field("revision"), format!("revision {is} follows revision {was}"))
                    .with_hint("revisions are numbered 1, 2, 3, … in order; an earlier revision may have been changed by hand"),
            );
        }
        if after.meeting.date <= before.meeting.date {
            out.push(
                Diagnostic::error(
                    "SIP091",
                    at.field("meeting").field("date"),
                    format!(
                        "the meeting of revision {is} ({}) is not after the meeting of revision {was} ({})",
                        after.meeting.date, before.meeting.date
                    ),
                )
                .with_hint("each follow-up meeting comes after the one before; check the dates"),
            );
        }
    }

    if let Some(previous) = plan.previous() {
        for (i, action) in plan.actions.iter().enumerate() {
            let existed = action
                .id
                .is_some_and(|id| previous.actions.iter().any(|a| a.id == Some(id)));
            let reviewed = action
                .status_date
                .is_some_and(|d| d > previous.meeting.date);
            if existed && !reviewed {
                out.push(
                    Diagnostic::warning(
                        "SIP095",
                        FieldPath::from("actions").index(i).field("status_date"),
                        format!(
                            "the insats \"{}\" has no status from this follow-up",
                            action.short_what(50)
                        ),
                    )
                    .with_hint(
                        "set `status`, `status_comment` and `status_date` as agreed at the meeting",
                    ),
                );
            }
        }
    }

    // A status says how things stood when it was set (at the meeting), so
    // it is judged by that day, never by the computer's clock.
    for (i, action) in plan.actions.iter().enumerate() {
        let set_on = action.status_date.unwrap_or(plan.document.date);
        if let (ActionStatus::Done, Some(done_by)) = (action.status, action.done_by)
            && done_by > set_on
        {
            out.push(
                Diagnostic::warning(
                    "SIP096",
                    FieldPath::from("actions").index(i).field("done_by"),
                    format!(
                        "the insats is marked done, but its done-by date {done_by} is still to come"
                    ),
                )
                .with_hint("check the status, or set `done_by` to the day it was done"),
            );
        }
    }
    if let Some(today) = today
        && plan.follow_up.date.0 < today
        && plan.follow_up.closed.is_none()
    {
        out.push(
            Diagnostic::warning(
                "SIP094",
                "follow_up.date".into(),
                format!("the follow-up planned for {} has passed, and no newer revision exists", plan.follow_up.date),
            )
            .with_hint("after the follow-up meeting, run `sipplan followup` on this plan to start the next revision"),
        );
    }
    out
}

/// The template's additions: fields it makes required, its custom sections
/// and its local time limits (warnings in the template's own words).
pub fn validate_template(plan: &Plan, template: &Template) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for &field in &template.required {
        let present = plan.has(field);
        if !present {
            out.push(
                Diagnostic::error(
                    "SIP070",
                    FieldPath::parse(field.path()),
                    format!("the template `{}` requires `{field}`", template.id),
                )
                .with_hint("fill it in: your municipality's agreement asks for it"),
            );
        }
    }
    custom_values(plan, template, &mut out);

    let rules = &template.rules;
    let meeting = plan.meeting.date;
    let limits = [
        (
            "SIP080",
            "meeting.date",
            (plan.consent.date, meeting),
            rules.consent_to_meeting_days,
            &rules.consent_to_meeting_message,
            "the meeting should be held within {days} days of consent",
            "note the reason for the delay in the case file",
        ),
        (
            "SIP081",
            "follow_up.date",
            (meeting, plan.follow_up.date),
            rules.follow_up_days,
            &rules.follow_up_message,
            "the follow-up should be within {days} days of the meeting",
            "move the follow-up earlier, or keep the date if the group agreed on it",
        ),
    ];
    for (code, path, (from, to), limit, message, default, hint) in limits {
        let Some(limit) = limit else { continue };
        let days = (to.0 - from.0).num_days();
        if days > i64::from(limit) {
            let message = message
                .as_deref()
                .unwrap_or(default)
                .replace("{days}", &limit.to_string());
            out.push(
                Diagnostic::warning(code, path.into(), format!("{message} ({days} days here)"))
                    .with_hint(hint),
            );
        }
    }
    out
}

/// The plan's `custom` part against the template's custom sections.
fn custom_values(plan: &Plan, template: &Template, out: &mut Vec<Diagnostic>) {
    let sections: Vec<String> = template
        .custom_sections
        .iter()
        .map(|s| s.key.clone())
        .collect();
    for (key, values) in &plan.custom {
        let at = FieldPath::from("custom").field(key);
        let Some(section) = template.custom_sections.iter().find(|s| &s.key == key) else {
            let hint = match crate::suggest::closest(key, &sections) {
                Some(k) => crate::suggest::did_you_mean(k),
                None if sections.is_empty() => {
                    format!("the template `{}` has no custom sections", template.id)
                }
                None => format!(
                    "the template's custom sections are: {}",
                    sections.join(", ")
                ),
            };
            out.push(
                Diagnostic::error(
                    "SIP071",
                    at,
                    format!("the template has no custom section `{key}`"),
                )
                .with_hint(hint),
            );
            continue;
        };
        let fields: Vec<String> = section.fields.iter().map(|f| f.key.clone()).collect();
        for (field_key, value) in values {
            let at = at.field(field_key);
            let Some(field) = section.fields.iter().find(|f| &f.key == field_key) else {
                let hint = match crate::suggest::closest(field_key, &fields) {
                    Some(k) => crate::suggest::did_you_mean(k),
                    None => format!("the fields of `{key}` are: {}", fields.join(", ")),
                };
                out.push(
                    Diagnostic::error("SIP072", at, format!("`{key}` has no field `{field_key}`"))
                        .with_hint(hint),
                );
                continue;
            };
            match (&field.checklist, value) {
                (Some(options), CustomValue::Checked(checked)) => {
                    let keys: Vec<String> = options.iter().map(|(k, _)| k.clone()).collect();
                    for (i, c) in checked.iter().enumerate() {
                        if !keys.contains(c) {
                            out.push(
                                Diagnostic::error(
                                    "SIP073",
                                    at.index(i),
                                    format!("`{c}` is not an option of `{field_key}`"),
                                )
                                .with_hint(format!("the options are: {}", keys.join(", "))),
                            );
                        }
                    }
                }
                (Some(options), CustomValue::Text(_)) => {
                    let keys: Vec<&str> = options.iter().map(|(k, _)| k.as_str()).collect();
                    out.push(
                        Diagnostic::error("SIP074", at, format!("`{field_key}` is a checklist: write the keys of the checked options"))
                            .with_hint(format!("e.g. `[\"{}\"]`; the options are: {}", keys.first().unwrap_or(&""), keys.join(", "))),
                    );
                }
                (None, CustomValue::Checked(_)) => out.push(
                    Diagnostic::error(
                        "SIP074",
                        at,
                        format!("`{field_key}` is a text field: write text in quotes"),
                    )
                    .with_hint("e.g. `\"…\"`"),
                ),
                (None, CustomValue::Text(t)) if t.trim().is_empty() => out.push(
                    Diagnostic::error("SIP050", at, "this text is empty")
                        .with_hint("write the value, or delete the line if the field is optional"),
                ),
                (None, CustomValue::Text(t)) if t.chars().count() > MAX_CUSTOM_TEXT => out.push(
                    Diagnostic::error(
                        "SIP051",
                        at,
                        format!("this text is too long: at most {MAX_CUSTOM_TEXT} characters"),
                    )
                    .with_hint(
                        "shorten it; long background belongs in the case file, not in the plan",
                    ),
                ),
                _ => {}
            }
        }
    }
    for section in &template.custom_sections {
        for field in section.fields.iter().filter(|f| f.required) {
            let given = plan
                .custom
                .get(&section.key)
                .and_then(|v| v.get(&field.key));
            let empty = match given {
                None => true,
                Some(CustomValue::Text(t)) => t.trim().is_empty(),
                Some(CustomValue::Checked(c)) => c.is_empty(),
            };
            if empty {
                out.push(
                    Diagnostic::error(
                        "SIP075",
                        FieldPath::from("custom")
                            .field(&section.key)
                            .field(&field.key),
                        format!(
                            "the template requires `{}` in `{}` ({})",
                            field.key, section.key, field.label
                        ),
                    )
                    .with_hint(format!(
                        "add it under `custom: {{ \"{}\": {{ \"{}\": … }} }}`",
                        section.key, field.key
                    )),
                );
            }
        }
    }
}

fn kind_name(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Personnummer => "personnummer",
        IdKind::Samordningsnummer => "samordningsnummer",
    }
}

/// Runs the `validator` field rules and turns them into diagnostics.
fn field_rules(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Err(errors) = plan.validate() {
        flatten(&errors, &FieldPath::root(), &mut out);
    }
    out.sort_by_key(|d| d.path.to_string());
    out
}

fn flatten(errors: &ValidationErrors, at: &FieldPath, out: &mut Vec<Diagnostic>) {
    for (field, kind) in errors.errors() {
        let path = at.field(field);
        match kind {
            ValidationErrorsKind::Struct(inner) => flatten(inner, &path, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    flatten(inner, &path.index(*i), out);
                }
            }
            ValidationErrorsKind::Field(list) => {
                out.extend(list.iter().map(|e| field_diagnostic(e, &path)))
            }
        }
    }
}

fn field_diagnostic(error: &ValidationError, path: &FieldPath) -> Diagnostic {
    let param = |name: &str| error.params.get(name).map(ToString::to_string);
    let mut path = path.clone();
    if let Some(i) = error.params.get("index").and_then(|v| v.as_u64()) {
        path.0.push(Segment::Index(i as usize));
    }
    match error.code.as_ref() {
        "blank" => Diagnostic::error("SIP050", path, "this text is empty")
            .with_hint("write the value, or delete the line if the field is optional"),
        "length" => Diagnostic::error(
            "SIP051",
            path,
            format!(
                "this text is too long: at most {} characters",
                param("max").unwrap_or_default()
            ),
        )
        .with_hint("shorten it; long background belongs in the case file, not in the plan"),
        "email" => Diagnostic::error("SIP052", path, "this is not an e-mail address")
            .with_hint("write it like namn@exempel.se"),
        "phone" => Diagnostic::error("SIP053", path, "this is not a phone number")
            .with_hint("use digits, spaces, + and -, e.g. 08-123 456 78 or +46 8 123 456 78"),
        _ => Diagnostic::error("SIP055", path, "this value is out of range")
            .with_hint("the plan's revision is a number from 1 to 999"),
    }
}

/// Field rule: text must not be empty or only spaces.
pub(crate) fn filled(text: &str) -> Result<(), ValidationError> {
    if text.trim().is_empty() {
        Err(ValidationError::new("blank"))
    } else {
        Ok(())
    }
}

/// Field rule: every item of a list of texts is filled in.
pub(crate) fn items_filled(items: &[String]) -> Result<(), ValidationError> {
    match items.iter().position(|t| t.trim().is_empty()) {
        Some(i) => {
            let mut e = ValidationError::new("blank");
            e.add_param(Cow::Borrowed("index"), &i);
            Err(e)
        }
        None => Ok(()),
    }
}

/// Field rule: a Swedish or international phone number, written loosely.
pub(crate) fn phone(text: &str) -> Result<(), ValidationError> {
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()/".contains(c));
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let plus_first = text.trim_start().find('+').is_none_or(|i| i == 0);
    if allowed && (6..=15).contains(&digits) && plus_first && text.matches('+').count() <= 1 {
        Ok(())
    } else {
        Err(ValidationError::new("phone"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_common_swedish_phone_numbers() {
        for ok in [
            "08-123 456 78",
            "+46 8 123 456 78",
            "070-123 45 67",
            "0701234567",
            "(08) 12 34 56",
        ] {
            assert!(phone(ok).is_ok(), "{ok}");
        }
        for bad in [
            "ring mig",
            "123",
            "08-123 456 78 ank 12",
            "46+8123456",
            "1234567890123456",
        ] {
            assert!(phone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn blank_text_is_not_filled() {
        assert!(filled("  \t").is_err());
        assert!(filled("x").is_ok());
        assert!(items_filled(&["a".into(), " ".into()]).is_err());
    }
}
