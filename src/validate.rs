//! Checks a plan against the law and good practice (domain brief §5).
//!
//! Field rules (not blank, e-mail, phone, length) belong to the field types
//! themselves ([`crate::field`]), reached through `validator`; the rules
//! here look across fields: the four items the law requires, consent, dates
//! and the child's identity. Every rule has a stable code, a severity and a
//! hint, and all findings are returned at once.

use chrono::NaiveDate;
use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::font::Weight;
use crate::message::Message;
use crate::msg;
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

/// Every rule for a plan that was read: the law's and the field rules
/// ([`validate`]), the template's ([`validate_template`]) and those of its
/// life and, given `today`, its due follow-ups ([`validate_history`]).
pub fn all(plan: &Plan, template: &Template, today: Option<NaiveDate>) -> Vec<Diagnostic> {
    let mut out = validate(plan);
    out.extend(validate_template(plan, template));
    out.extend(validate_history(plan, today));
    out
}

/// All findings for a plan, errors and warnings, in a stable order.
pub fn validate(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = field_rules(plan);
    limits(plan, &mut out);
    let meeting = plan.meeting.date.0;
    law_items(plan, &mut out);
    consent(plan, &mut out);
    dates(plan, &mut out);
    deviations(plan, &mut out);
    child(plan, meeting, &mut out);
    printable(plan, &mut out);
    readability(plan, &mut out);
    out
}

/// Text for the family and the child should be plain Swedish: a hint
/// (SIP057) where its LIX is above 40, with what makes it hard. The
/// child's and the family's words, the goals, the insatser told to the
/// child ("Min plan") and the meeting's question (in the invitation).
fn readability(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut texts: Vec<(FieldPath, &str)> = Vec::new();
    if let Some(text) = &plan.views.child {
        texts.push(("views.child".into(), text));
    }
    if let Some(text) = &plan.views.family {
        texts.push(("views.family".into(), text));
    }
    if let Some(text) = &plan.goals.overall {
        texts.push(("goals.overall".into(), text));
    }
    for (i, goal) in plan.goals.short_term.iter().enumerate() {
        texts.push((FieldPath::from("goals.short_term").index(i), goal));
    }
    for (i, action) in plan.actions.iter().enumerate() {
        if let Some(text) = &action.child_text {
            texts.push((
                FieldPath::from("actions").index(i).field("child_text"),
                text,
            ));
        }
    }
    if let Some(question) = &plan.meeting.question {
        texts.push(("meeting.question".into(), question));
    }
    for (path, text) in texts {
        let Some(lix) = crate::lix::lix(text).filter(|l| l.score as f32 > crate::lix::THRESHOLD)
        else {
            continue;
        };
        out.push(readability_hint(path, &lix));
    }
}

/// The SIP057 hint for a text with this score.
fn readability_hint(path: FieldPath, lix: &crate::lix::Lix) -> Diagnostic {
    let per_sentence = (lix.words as f32 / lix.sentences as f32).round() as u32;
    let long_share = (100.0 * lix.long as f32 / lix.words as f32).round() as u32;
    let longest = match lix.longest.is_empty() {
        true => "none".to_owned(),
        false => lix.longest.join(", "),
    };
    Diagnostic::new(
        Code::Sip057,
        path,
        msg!(
            "sip057",
            band = Message::new(crate::lix::band(lix.score)),
            score = lix.score,
            per_sentence = per_sentence,
            long_share = long_share,
            longest = longest
        ),
    )
    .with_hint(msg!("sip057-hint"))
}

/// Text that no embedded font can draw would print as �: an error that
/// names the field, and the person whose entry it is. Arabic, Persian,
/// Sorani, Tigrinya and the Latin, Greek and Cyrillic scripts all print;
/// what is left is mostly emoji and scripts such as Chinese.
fn printable(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let fonts = crate::font::Fonts::get();
    let unprintable = |c: char| {
        !is_drawn_blank(c)
            && (!fonts.has_glyph(c, Weight::Regular) || !fonts.has_glyph(c, Weight::Bold))
    };
    // Nearly every plan prints whole: one pass over its text finds that.
    let Ok(text) = serde_json::to_string(plan) else {
        return;
    };
    if text.is_ascii() || !text.chars().any(|c| !c.is_ascii() && unprintable(c)) {
        return;
    }
    let Ok(tree) = serde_json::to_value(plan) else {
        return;
    };
    let mut strings = Vec::new();
    collect_strings(&tree, FieldPath::root(), &mut strings);
    for (path, text) in strings {
        // Each character once, in the order written, and no more than a
        // dozen: a pasted line of emoji is named, not copied.
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars().filter(|c| unprintable(*c)) {
            if !missing.contains(&c) {
                missing.push(c);
            }
        }
        if missing.is_empty() {
            continue;
        }
        let mut chars: String = missing.iter().take(MAX_NAMED_CHARS).collect();
        if missing.len() > MAX_NAMED_CHARS {
            chars.push('…');
        }
        let message = match person_of(&tree, &path) {
            Some(who) => msg!("sip062-person", chars = chars, who = who),
            None => msg!("sip062", chars = chars),
        };
        out.push(Diagnostic::new(Code::Sip062, path, message).with_hint(msg!("sip062-hint")));
    }
}

/// How many of the characters that cannot be printed SIP062 names.
const MAX_NAMED_CHARS: usize = 12;

/// A character that is not drawn, so needs no glyph: spaces, controls,
/// joiners, direction marks.
fn is_drawn_blank(c: char) -> bool {
    c.is_whitespace() || crate::font::is_invisible(c) || crate::font::is_direction_mark(c)
}

/// Every string of the plan, with its field path.
fn collect_strings<'a>(
    value: &'a serde_json::Value,
    at: FieldPath,
    out: &mut Vec<(FieldPath, &'a str)>,
) {
    match value {
        serde_json::Value::String(text) => out.push((at, text)),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_strings(item, at.index(i), out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (name, item) in fields {
                collect_strings(item, at.field(name), out);
            }
        }
        _ => {}
    }
}

/// Whose entry a field is in, by the name written in that entry: the
/// child, the coordinator, or a person in a list of people.
fn person_of(tree: &serde_json::Value, path: &FieldPath) -> Option<String> {
    use crate::diagnostic::Segment;
    const PEOPLE: [&str; 4] = ["guardians", "relatives", "participants", "signatures"];
    let mut node = tree;
    let mut person = None;
    let mut list = "";
    for segment in &path.0 {
        let entry = match segment {
            Segment::Field(name) => {
                node = node.get(name)?;
                list = name;
                matches!(name.as_str(), "child" | "coordinator")
            }
            Segment::Index(i) => {
                node = node.get(i)?;
                PEOPLE.contains(&list)
            }
        };
        if entry && let Some(name) = node.get("name").and_then(serde_json::Value::as_str) {
            person = Some(name.to_owned());
        }
    }
    person
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
                Diagnostic::new(
                    Code::Sip056,
                    path.into(),
                    msg!("sip056", count = count, max = max),
                )
                .with_hint(msg!("sip056-hint")),
            );
        }
    }
}

/// The law's four items: insatser, huvudman per insats, what others do,
/// overall responsibility (SoL / HSL 16 kap. 4 §).
fn law_items(plan: &Plan, out: &mut Vec<Diagnostic>) {
    if plan.actions.is_empty() {
        out.push(
            Diagnostic::new(Code::Sip001, "actions".into(), msg!("sip001"))
                .with_hint(msg!("sip001-hint")),
        );
    }
    for (i, action) in plan.actions.iter().enumerate() {
        let row = FieldPath::from("actions").index(i);
        if action.responsible.huvudman().is_some() && action.unit.is_none() {
            out.push(
                Diagnostic::new(Code::Sip002, row.field("unit"), msg!("sip002"))
                    .with_hint(msg!("sip002-hint")),
            );
        }
        if let Responsible::Other(name) = &action.responsible
            && name.trim().is_empty()
        {
            out.push(
                Diagnostic::new(Code::Sip007, row.field("responsible"), msg!("sip007"))
                    .with_hint(msg!("sip007-hint")),
            );
        }
    }

    let by_others = plan
        .actions
        .iter()
        .any(|a| a.responsible.huvudman().is_none());
    match (by_others, plan.no_measures_by_others) {
        (false, false) => out.push(
            Diagnostic::new(Code::Sip003, "actions".into(), msg!("sip003"))
                .with_hint(msg!("sip003-hint")),
        ),
        (true, true) => out.push(
            Diagnostic::new(Code::Sip004, "no_measures_by_others".into(), msg!("sip004"))
                .with_hint(msg!("sip004-hint")),
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
            Diagnostic::new(
                Code::Sip005,
                "responsibility.principal".into(),
                msg!("sip005", huvudman = principal.message()),
            )
            .with_hint(msg!("sip005-hint")),
        );
    }
    let both = has(crate::plan::Huvudman::Kommun) && has(crate::plan::Huvudman::Region);
    if !plan.actions.is_empty() && !both {
        out.push(
            Diagnostic::new(Code::Sip006, "actions".into(), msg!("sip006"))
                .with_hint(msg!("sip006-hint")),
        );
    }
}

/// Samtycke: a legal precondition, dated, and from both custodians.
fn consent(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let c = &plan.consent;
    let meeting = plan.meeting.date;
    if c.given_by.is_empty() {
        out.push(
            Diagnostic::new(Code::Sip010, "consent.given_by".into(), msg!("sip010"))
                .with_hint(msg!("sip010-hint")),
        );
    }
    if c.date > meeting {
        out.push(
            Diagnostic::new(
                Code::Sip011,
                "consent.date".into(),
                msg!("sip011", date = c.date, meeting = meeting),
            )
            .with_hint(msg!("sip011-hint")),
        );
    }
    if let Some(revoked) = c.revoked_on
        && revoked <= meeting
    {
        out.push(
            Diagnostic::new(
                Code::Sip012,
                "consent.revoked_on".into(),
                msg!("sip012", date = revoked),
            )
            .with_hint(msg!("sip012-hint")),
        );
    }
    if let Some(until) = c.valid_until {
        if until < meeting {
            out.push(
                Diagnostic::new(
                    Code::Sip016,
                    "consent.valid_until".into(),
                    msg!("sip016", date = until, meeting = meeting),
                )
                .with_hint(msg!("sip016-hint")),
            );
        } else if until < plan.follow_up.date {
            out.push(
                Diagnostic::new(
                    Code::Sip015,
                    "consent.valid_until".into(),
                    msg!("sip015", date = until, follow_up = plan.follow_up.date),
                )
                .with_hint(msg!("sip015-hint")),
            );
        }
    }

    let same = crate::plan::same_name;
    let custodians = plan.custodians();
    if custodians.len() >= 2 {
        for name in &custodians {
            if !plan.consented(name) {
                out.push(
                    Diagnostic::new(
                        Code::Sip013,
                        "consent.given_by".into(),
                        msg!("sip013", name = *name),
                    )
                    .with_hint(msg!("sip013-hint")),
                );
            }
        }
    }
    let people: Vec<String> = std::iter::once(&plan.child.name)
        .chain(plan.guardians.iter().map(|g| &g.name))
        .chain(plan.relatives.iter().map(|r| &r.name))
        .map(ToString::to_string)
        .collect();
    for (i, name) in c.given_by.iter().enumerate() {
        let known = people.iter().any(|p| same(p, name));
        if !known && !name.trim().is_empty() {
            let hint = match crate::suggest::closest(name.trim(), &people) {
                Some(meant) => msg!("sip017-hint-meant", name = meant),
                None => msg!("sip017-hint"),
            };
            out.push(
                Diagnostic::new(
                    Code::Sip017,
                    FieldPath::from("consent.given_by").index(i),
                    msg!("sip017", name = name),
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
            Diagnostic::new(
                Code::Sip020,
                "follow_up.date".into(),
                msg!("sip020", follow_up = plan.follow_up.date, meeting = meeting),
            )
            .with_hint(msg!("sip020-hint")),
        );
    }
    if let Some(closed) = plan.follow_up.closed
        && closed < meeting
    {
        out.push(
            Diagnostic::new(
                Code::Sip022,
                "follow_up.closed".into(),
                msg!("sip022", closed = closed, meeting = meeting),
            )
            .with_hint(msg!("sip022-hint")),
        );
    }
    for (i, action) in plan.actions.iter().enumerate() {
        if let (Some(start), Some(done_by)) = (action.start, action.done_by)
            && done_by < start
        {
            out.push(
                Diagnostic::new(
                    Code::Sip021,
                    FieldPath::from("actions").index(i).field("done_by"),
                    msg!("sip021", done_by = done_by, start = start),
                )
                .with_hint(msg!("sip021-hint")),
            );
        }
    }
}

/// A recorded deviation about an insats names a row of the plan. A
/// warning: the row is the one it had when the deviation was written, and
/// a follow-up may have taken insatser away since.
fn deviations(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for (i, deviation) in plan.deviations.iter().enumerate() {
        if let crate::plan::About::Insats(row) = deviation.about
            && (row == 0 || row > plan.actions.len())
        {
            out.push(
                Diagnostic::new(
                    Code::Sip023,
                    FieldPath::from("deviations").index(i).field("about"),
                    msg!("sip023", row = row, count = plan.actions.len()),
                )
                .with_hint(msg!("sip023-hint")),
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
            match plan.child_number() {
                Some(Err(e)) => out.push(
                    Diagnostic::new(
                        Code::Sip040,
                        id_path.clone(),
                        msg!("sip040", kind = kind_name(written_as), why = e.message()),
                    )
                    .with_hint(msg!("sip040-hint")),
                ),
                Some(Ok(n)) if n.kind() != written_as => out.push(
                    Diagnostic::new(
                        Code::Sip041,
                        id_path.clone(),
                        msg!(
                            "sip041",
                            kind = kind_name(n.kind()),
                            written = kind_name(written_as)
                        ),
                    )
                    .with_hint(match n.kind() {
                        IdKind::Samordningsnummer => msg!("sip041-hint-samordningsnummer"),
                        IdKind::Personnummer => msg!("sip041-hint-personnummer"),
                    }),
                ),
                Some(Ok(n)) if n.written_with_plus() => out.push(
                    Diagnostic::new(Code::Sip042, id_path.clone(), msg!("sip042"))
                        .with_hint(msg!("sip042-hint")),
                ),
                _ => {}
            }
        }
        ChildId::Reservnummer(text) if text.as_str().trim().is_empty() => out.push(
            Diagnostic::new(Code::Sip044, id_path.clone(), msg!("sip044"))
                .with_hint(msg!("sip044-hint")),
        ),
        ChildId::BirthDate(date) if date.earliest() > meeting => out.push(
            Diagnostic::new(
                Code::Sip043,
                id_path.clone(),
                msg!("sip043", date = date, meeting = meeting),
            )
            .with_hint(msg!("sip043-hint")),
        ),
        _ => {}
    }

    // A partly unknown birth date gives an age range (`14–15`): the adult
    // warning needs certainty, the child's own view is asked for as soon as
    // the child may be old enough.
    if let Some(age) = plan.child_age() {
        if age.certainly_at_least(ADULT_AGE) {
            out.push(
                Diagnostic::new(Code::Sip031, id_path, msg!("sip031", age = age.to_string()))
                    .with_hint(msg!("sip031-hint")),
            );
        } else {
            if age.possibly_at_least(ADULT_AGE) {
                out.push(
                    Diagnostic::new(Code::Sip032, id_path, msg!("sip032", age = age.to_string()))
                        .with_hint(msg!("sip032-hint")),
                );
            }
            if age.possibly_at_least(CONSENT_VIEW_AGE) && plan.consent.child_view.is_none() {
                out.push(
                    Diagnostic::new(
                        Code::Sip014,
                        "consent.child_view".into(),
                        msg!("sip014", age = age.to_string()),
                    )
                    .with_hint(msg!("sip014-hint")),
                );
            }
        }
    }

    if plan.meeting.child_participation.is_none() {
        out.push(
            Diagnostic::new(
                Code::Sip030,
                "meeting.child_participation".into(),
                msg!("sip030"),
            )
            .with_hint(msg!("sip030-hint")),
        );
    }
    if plan.guardians.is_empty() {
        out.push(
            Diagnostic::new(Code::Sip045, "guardians".into(), msg!("sip045"))
                .with_hint(msg!("sip045-hint")),
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
                Diagnostic::new(
                    Code::Sip093,
                    FieldPath::from("history").index(i).field("history"),
                    msg!("sip093"),
                )
                .with_hint(msg!("sip093-hint")),
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
                Diagnostic::new(
                    Code::Sip090,
                    at.field("document").field("revision"),
                    msg!("sip090", revision = is, previous = was),
                )
                .with_hint(msg!("sip090-hint")),
            );
        }
        if after.meeting.date <= before.meeting.date {
            out.push(
                Diagnostic::new(
                    Code::Sip091,
                    at.field("meeting").field("date"),
                    msg!(
                        "sip091",
                        revision = is,
                        date = after.meeting.date,
                        previous = was,
                        previous_date = before.meeting.date
                    ),
                )
                .with_hint(msg!("sip091-hint")),
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
                    Diagnostic::new(
                        Code::Sip095,
                        FieldPath::from("actions").index(i).field("status_date"),
                        msg!("sip095", what = action.short_what(50)),
                    )
                    .with_hint(msg!("sip095-hint")),
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
                Diagnostic::new(
                    Code::Sip096,
                    FieldPath::from("actions").index(i).field("done_by"),
                    msg!("sip096", done_by = done_by),
                )
                .with_hint(msg!("sip096-hint")),
            );
        }
    }
    if let Some(today) = today
        && plan.follow_up.date.0 < today
        && plan.follow_up.closed.is_none()
    {
        out.push(
            Diagnostic::new(
                Code::Sip094,
                "follow_up.date".into(),
                msg!("sip094", date = plan.follow_up.date),
            )
            .with_hint(msg!("sip094-hint")),
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
                Diagnostic::new(
                    Code::Sip070,
                    FieldPath::parse(field.path()),
                    msg!("sip070", template = &template.id, field = field.path()),
                )
                .with_hint(msg!("sip070-hint")),
            );
        }
    }
    custom_values(plan, template, &mut out);

    let rules = &template.rules;
    let meeting = plan.meeting.date;
    let limits = [
        (
            Code::Sip080,
            "meeting.date",
            (plan.consent.date, meeting),
            rules.consent_to_meeting_days,
            &rules.consent_to_meeting_message,
            (|days| msg!("sip080", days = days)) as fn(u32) -> Message,
            msg!("sip080-hint"),
        ),
        (
            Code::Sip081,
            "follow_up.date",
            (meeting, plan.follow_up.date),
            rules.follow_up_days,
            &rules.follow_up_message,
            |days| msg!("sip081", days = days),
            msg!("sip081-hint"),
        ),
    ];
    for (code, path, (from, to), limit, message, default, hint) in limits {
        let Some(limit) = limit else { continue };
        let days = (to.0 - from.0).num_days();
        if days > i64::from(limit) {
            // The template's own words, in its language, or ours.
            let said = match message {
                Some(own) => msg!(
                    "template-text",
                    text = own.replace("{days}", &limit.to_string())
                ),
                None => default(limit),
            };
            out.push(
                Diagnostic::new(
                    code,
                    path.into(),
                    msg!("days-here", said = said, days = days),
                )
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
                None if sections.is_empty() => msg!("sip071-hint-none", template = &template.id),
                None => msg!("sip071-hint", sections = sections.join(", ")),
            };
            out.push(Diagnostic::new(Code::Sip071, at, msg!("sip071", key = key)).with_hint(hint));
            continue;
        };
        let fields: Vec<String> = section.fields.iter().map(|f| f.key.clone()).collect();
        for (field_key, value) in values {
            let at = at.field(field_key);
            let Some(field) = section.fields.iter().find(|f| &f.key == field_key) else {
                let hint = match crate::suggest::closest(field_key, &fields) {
                    Some(k) => crate::suggest::did_you_mean(k),
                    None => msg!("sip072-hint", key = key, fields = fields.join(", ")),
                };
                out.push(
                    Diagnostic::new(
                        Code::Sip072,
                        at,
                        msg!("sip072", key = key, field = field_key),
                    )
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
                                Diagnostic::new(
                                    Code::Sip073,
                                    at.index(i),
                                    msg!("sip073", option = c, field = field_key),
                                )
                                .with_hint(msg!("sip073-hint", options = keys.join(", "))),
                            );
                        }
                    }
                }
                (Some(options), CustomValue::Text(_)) => {
                    let keys: Vec<&str> = options.iter().map(|(k, _)| k.as_str()).collect();
                    out.push(
                        Diagnostic::new(
                            Code::Sip074,
                            at,
                            msg!("sip074-checklist", field = field_key),
                        )
                        .with_hint(msg!(
                            "sip074-checklist-hint",
                            first = *keys.first().unwrap_or(&""),
                            options = keys.join(", ")
                        )),
                    );
                }
                (None, CustomValue::Checked(_)) => out.push(
                    Diagnostic::new(Code::Sip074, at, msg!("sip074-text", field = field_key))
                        .with_hint(msg!("sip074-text-hint")),
                ),
                (None, CustomValue::Text(t)) if t.trim().is_empty() => out.push(
                    Diagnostic::new(Code::Sip050, at, msg!("sip050"))
                        .with_hint(msg!("sip050-hint")),
                ),
                (None, CustomValue::Text(t)) if t.chars().count() > MAX_CUSTOM_TEXT => out.push(
                    Diagnostic::new(Code::Sip051, at, msg!("sip051", max = MAX_CUSTOM_TEXT))
                        .with_hint(msg!("sip051-hint")),
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
                    Diagnostic::new(
                        Code::Sip075,
                        FieldPath::from("custom")
                            .field(&section.key)
                            .field(&field.key),
                        msg!(
                            "sip075",
                            field = &field.key,
                            section = &section.key,
                            label = &field.label
                        ),
                    )
                    .with_hint(msg!(
                        "sip075-hint",
                        section = &section.key,
                        field = &field.key
                    )),
                );
            }
        }
    }
}

fn kind_name(kind: IdKind) -> Message {
    match kind {
        IdKind::Personnummer => msg!("personnummer"),
        IdKind::Samordningsnummer => msg!("samordningsnummer"),
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
        // A list item's own error (a blank name in a list of names) is
        // about the item itself, not about a field inside it.
        let path = if field == crate::field::THIS_VALUE {
            at.clone()
        } else {
            at.field(field)
        };
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
    let path = path.clone();
    match error.code.as_ref() {
        "blank" => {
            Diagnostic::new(Code::Sip050, path, msg!("sip050")).with_hint(msg!("sip050-hint"))
        }
        "length" => Diagnostic::new(
            Code::Sip051,
            path,
            msg!("sip051", max = param("max").unwrap_or_default()),
        )
        .with_hint(msg!("sip051-hint")),
        "email" => {
            Diagnostic::new(Code::Sip052, path, msg!("sip052")).with_hint(msg!("sip052-hint"))
        }
        "phone" => {
            Diagnostic::new(Code::Sip053, path, msg!("sip053")).with_hint(msg!("sip053-hint"))
        }
        _ => Diagnostic::new(Code::Sip055, path, msg!("sip055")).with_hint(msg!("sip055-hint")),
    }
}
