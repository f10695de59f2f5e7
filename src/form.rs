//! The form a caseworker fills in: the plan's sections in the template's
//! order, each field with the template's word for it, its kind of input
//! and its choices. The page draws whatever this describes, so a
//! municipality's template changes the form as it changes the print.

use serde::Serialize;

use crate::direction::Direction;
use crate::labels::Labels;
use crate::msg;
use crate::plan::{ActionStatus, ConsentForm, FollowUpForm, Huvudman, Participation};
use crate::printed::Printed;
use crate::template::{SectionRef, Template};

/// The whole form.
#[derive(Debug, Serialize)]
pub struct Form {
    /// The template's language (`sv`, `en`).
    pub lang: String,
    /// Which way the form's fields are written: `rtl` for Arabic, Persian
    /// and Sorani, else `ltr`.
    pub dir: &'static str,
    /// The plan's title, as printed.
    pub title: String,
    /// The sections in the template's order.
    pub sections: Vec<Section>,
}

/// One section of the form, as one section of the print.
#[derive(Debug, Serialize)]
pub struct Section {
    /// The template's section (`child`, `actions`, `custom:skolstod`).
    pub key: String,
    /// Its printed heading.
    pub heading: String,
    /// Its fields, in print order.
    pub fields: Vec<Field>,
}

/// One input, or a repeating group of inputs.
#[derive(Debug, Serialize)]
pub struct Field {
    /// Where the value lives in the plan: `child.name`; in a row, relative
    /// to the row (`name`).
    pub path: String,
    /// The template's word for it.
    pub label: String,
    /// How it is written.
    pub kind: Kind,
    /// Whether the plan file must have it.
    pub required: bool,
    /// The choices, for [`Kind::Choice`]: the value in the file and its word.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<(String, String)>,
    /// The fields of each row, for [`Kind::Rows`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
}

/// How a value is written in the form.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One line of text.
    Text,
    /// Several lines of text.
    Long,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// One of a few choices.
    Choice,
    /// Yes or no.
    Bool,
    /// The child's number: its kind and the number, masked when not in use.
    Id,
    /// Who answers for an insats: a huvudman, the family, the child or a named actor.
    Responsible,
    /// A list of lines (needs, goals, names).
    Lines,
    /// A list of rows, each a group of fields (guardians, insatser).
    Rows,
    /// A custom section's checklist: the keys of the checked options.
    Checklist,
}

impl Field {
    fn new(path: &str, label: &str, kind: Kind, required: bool) -> Self {
        Field {
            path: path.to_owned(),
            label: label.to_owned(),
            kind,
            required,
            options: Vec::new(),
            fields: Vec::new(),
        }
    }

    fn text(path: &str, label: &str, required: bool) -> Self {
        Self::new(path, label, Kind::Text, required)
    }

    fn long(path: &str, label: &str, required: bool) -> Self {
        Self::new(path, label, Kind::Long, required)
    }

    fn date(path: &str, label: &str, required: bool) -> Self {
        Self::new(path, label, Kind::Date, required)
    }

    fn choice(path: &str, label: &str, options: &[(&str, &str)]) -> Self {
        Field {
            options: options
                .iter()
                .map(|(v, l)| ((*v).to_owned(), (*l).to_owned()))
                .collect(),
            ..Self::new(path, label, Kind::Choice, true)
        }
    }

    fn chosen(path: &str, label: &str, options: Vec<(String, String)>) -> Self {
        Field {
            options,
            ..Self::new(path, label, Kind::Choice, true)
        }
    }

    fn rows(path: &str, label: &str, fields: Vec<Field>) -> Self {
        Field {
            fields,
            ..Self::new(path, label, Kind::Rows, false)
        }
    }
}

/// The form of `template`.
pub fn form(template: &Template) -> Form {
    let l = &template.labels;
    let sections = template
        .sections
        .iter()
        .filter_map(|s| section(s, template, l))
        .collect();
    let dir = match Direction::of_language(&template.language) {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    Form {
        lang: template.language.clone(),
        dir,
        title: l.document.title.clone(),
        sections,
    }
}

/// A section of the form: the fields the print shows in it, in its order.
fn section(which: &SectionRef, template: &Template, l: &Labels) -> Option<Section> {
    let s = &l.sections;
    let (key, heading, fields) = match which {
        SectionRef::Child => ("child", &s.child, child_fields(l)),
        SectionRef::Guardians => ("guardians", &s.guardians, guardians_fields(template)),
        SectionRef::Consent => ("consent", &s.consent, consent_fields(l)),
        SectionRef::Meeting => ("meeting", &s.meeting, meeting_fields(template)),
        SectionRef::Views => ("views", &s.views, views_fields(l)),
        SectionRef::NeedsAndGoals => ("needs_and_goals", &s.needs_and_goals, goals_fields(l)),
        SectionRef::Actions => ("actions", &s.actions, actions_fields(template)),
        SectionRef::Responsibility => (
            "responsibility",
            &s.responsibility,
            responsibility_fields(l),
        ),
        SectionRef::FollowUp => ("follow_up", &s.follow_up, follow_up_fields(l)),
        SectionRef::Signatures => ("signatures", &s.signatures, signatures_fields(l)),
        SectionRef::Custom(key) => return custom_section(template, key),
    };
    Some(Section {
        key: key.to_owned(),
        heading: heading.clone(),
        fields,
    })
}

/// Each choice of `all` as the plan file writes it and as the template
/// prints it.
fn options<T: Printed + Serialize>(all: &[T], l: &Labels) -> Vec<(String, String)> {
    all.iter()
        .map(|choice| {
            let key = serde_json::to_value(choice)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            (key, choice.word(l).to_owned())
        })
        .collect()
}

fn child_fields(l: &Labels) -> Vec<Field> {
    let f = &l.fields;
    vec![
        Field::text("child.name", &f.name, true),
        Field {
            kind: Kind::Id,
            ..Field::choice(
                "child.id",
                &f.personnummer,
                &[
                    ("Personnummer", &f.personnummer),
                    ("Samordningsnummer", &f.samordningsnummer),
                    ("Reservnummer", &f.reservnummer),
                    ("BirthDate", &f.birth_date),
                ],
            )
        },
        Field::text("child.school", &f.school, false),
        Field::text("child.language", &f.language, false),
        Field::new("child.lss_plan", &f.lss_plan, Kind::Bool, false),
    ]
}

fn guardians_fields(template: &Template) -> Vec<Field> {
    let l = &template.labels;
    vec![
        Field::rows(
            "guardians",
            &template.lang().text(&msg!("web-guardians")),
            person_fields(l, true),
        ),
        Field::rows("relatives", &l.fields.relative, person_fields(l, false)),
    ]
}

fn consent_fields(l: &Labels) -> Vec<Field> {
    let f = &l.fields;
    vec![
        Field::new("consent.given_by", &f.given_by, Kind::Lines, true),
        Field::date("consent.date", &f.date, true),
        Field::chosen(
            "consent.form",
            &f.consent_form,
            options(&ConsentForm::ALL, l),
        ),
        Field::new(
            "consent.sharing_between",
            &f.sharing_between,
            Kind::Lines,
            false,
        ),
        Field::long("consent.not_to_share", &f.not_to_share, false),
        Field::date("consent.valid_until", &f.valid_until, false),
        Field::date("consent.revoked_on", &f.revoked_on, false),
        Field::long("consent.child_view", &f.child_view, false),
    ]
}

fn meeting_fields(template: &Template) -> Vec<Field> {
    let l = &template.labels;
    let f = &l.fields;
    vec![
        Field::date("meeting.date", &f.meeting_date, true),
        Field::text("meeting.place", &f.place, true),
        Field::long("meeting.question", &f.question, false),
        Field::text("meeting.initiator", &f.initiator, false),
        Field::text("meeting.chair", &f.chair, true),
        Field::rows(
            "meeting.participants",
            &f.participants,
            vec![
                Field::text("name", &f.name, true),
                Field::text("role", &f.role, true),
                Field::text("organisation", &f.organisation, false),
                Field::text("phone", &f.phone, false),
                Field::new("present", &f.present, Kind::Bool, false),
            ],
        ),
        Field {
            required: false,
            ..Field::chosen(
                "meeting.child_participation.how",
                &f.child_participation,
                options(&Participation::ALL, l),
            )
        },
        Field::long(
            "meeting.child_participation.note",
            &template.lang().text(&msg!("web-participation-note")),
            false,
        ),
    ]
}

fn views_fields(l: &Labels) -> Vec<Field> {
    let f = &l.fields;
    vec![
        Field::long("views.child", &f.child_voice, false),
        Field::long("views.family", &f.family_view, false),
    ]
}

fn goals_fields(l: &Labels) -> Vec<Field> {
    let f = &l.fields;
    vec![
        Field::new("needs", &f.needs, Kind::Lines, false),
        Field::long("goals.overall", &f.overall_goal, false),
        Field::new("goals.short_term", &f.short_term_goals, Kind::Lines, false),
    ]
}

fn actions_fields(template: &Template) -> Vec<Field> {
    let l = &template.labels;
    let lang = template.lang();
    let other = lang.text(&msg!("web-other-actor"));
    let mut fields = action_fields(l, &other);
    // What a follow-up asks of each insats: since when its status holds and
    // what was said about it at the meeting.
    fields.push(Field::date(
        "status_date",
        &lang.text(&msg!("web-status-date")),
        false,
    ));
    fields.push(Field::long(
        "status_comment",
        &lang.text(&msg!("web-status-comment")),
        false,
    ));
    vec![
        Field::rows("actions", &l.sections.actions, fields),
        Field::new(
            "no_measures_by_others",
            &l.fields.no_measures_by_others,
            Kind::Bool,
            false,
        ),
    ]
}

fn responsibility_fields(l: &Labels) -> Vec<Field> {
    let f = &l.fields;
    vec![
        Field::chosen(
            "responsibility.principal",
            &f.principal,
            options(&Huvudman::ALL, l),
        ),
        Field::text("responsibility.unit", &f.unit, true),
        Field::text("responsibility.coordinator.name", &f.coordinator, true),
        Field::text("responsibility.coordinator.phone", &f.phone, false),
        Field::text("responsibility.coordinator.email", &f.email, false),
    ]
}

fn follow_up_fields(l: &Labels) -> Vec<Field> {
    let f = &l.fields;
    vec![
        Field::date("follow_up.date", &f.follow_up_date, true),
        Field::chosen(
            "follow_up.form",
            &f.follow_up_form,
            options(&FollowUpForm::ALL, l),
        ),
        Field::text("follow_up.caller", &f.caller, false),
        Field::long("follow_up.closing_criteria", &f.closing_criteria, false),
        Field::long("follow_up.if_not_working", &f.if_not_working, false),
        Field::date("follow_up.closed", &f.closed, false),
    ]
}

fn signatures_fields(l: &Labels) -> Vec<Field> {
    let (f, s) = (&l.fields, &l.sections);
    vec![
        Field::text("document.written_by", &f.written_by, false),
        Field::date("document.date", &l.document.plan_date, true),
        Field::rows(
            "signatures",
            &s.signatures,
            vec![
                Field::text("name", &f.name, true),
                Field::text("organisation", &f.organisation, false),
            ],
        ),
        Field::new("distribution", &s.distribution, Kind::Lines, false),
    ]
}

/// A template's own section: a text or a checklist per field.
fn custom_section(template: &Template, key: &str) -> Option<Section> {
    let custom = template.custom_sections.iter().find(|c| c.key == key)?;
    let fields = custom
        .fields
        .iter()
        .map(|field| {
            let path = format!("custom.{key}.{}", field.key);
            match &field.checklist {
                Some(options) => Field {
                    options: options.clone(),
                    ..Field::new(&path, &field.label, Kind::Checklist, field.required)
                },
                None => Field::long(&path, &field.label, field.required),
            }
        })
        .collect();
    Some(Section {
        key: format!("custom:{key}"),
        heading: custom.heading.clone(),
        fields,
    })
}

/// A guardian's or a relative's fields.
fn person_fields(l: &Labels, guardian: bool) -> Vec<Field> {
    let f = &l.fields;
    let mut fields = vec![
        Field::text("name", &f.name, true),
        Field::text("relation", &f.relation, true),
    ];
    if guardian {
        fields.push(Field::new("custody", &f.custody, Kind::Bool, false));
    }
    fields.push(Field::text("phone", &f.phone, false));
    fields.push(Field::text("email", &f.email, false));
    if guardian {
        fields.push(Field::text("interpreter", &f.interpreter, false));
    }
    fields
}

/// An insats's fields.
fn action_fields(l: &Labels, other: &str) -> Vec<Field> {
    let (f, c) = (&l.fields, &l.choices);
    vec![
        Field::long("what", &f.what, true),
        Field::long("child_text", &l.child_page.child_text, false),
        Field {
            kind: Kind::Responsible,
            ..Field::choice(
                "responsible",
                &f.responsible,
                &[
                    ("Kommun", &c.kommun),
                    ("Region", &c.region),
                    ("Family", &c.family),
                    ("Child", &c.child),
                    ("Other", other),
                ],
            )
        },
        Field::text("unit", &f.unit, false),
        Field::text("person", &f.person, false),
        Field::date("start", &f.start, false),
        Field::date("done_by", &f.done_by, false),
        Field::chosen("status", &f.status, options(&ActionStatus::ALL, l)),
    ]
}
