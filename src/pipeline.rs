//! The one entry point of every front end: a [`Request`] in, an
//! [`Outcome`] out.
//!
//! A request names a plan file (its [`Source`]), where templates come
//! from, what to make of the plan ([`Task`]) and the day. [`run`] reads the
//! plan, finds its template, checks it, and decides once what can be made
//! of it: a valid plan, a draft, or nothing; the revision asked for; the
//! family's copy. The command line and the browser form only read files,
//! call [`run`] and show what it returns, so they cannot disagree.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::diagnostic::{Code, Diagnostic};
use crate::draft::Draft;
use crate::message::Message;
use crate::msg;
use crate::pdf::PdfError;
use crate::plan::{Audience, Deviation, Plan, PlanDate};
use crate::print::Printed;
use crate::record::RecordError;
use crate::render::Options;
use crate::source::Source;
use crate::template::{Resolver, Template, TemplateErrors};
use crate::{load, validate};

/// What a front end asks for.
pub struct Request<'a> {
    /// The plan file; `None` only for an empty worksheet of a template.
    pub source: Option<&'a Source>,
    /// Where templates come from, and the one asked for (`--template`).
    pub templates: &'a Resolver<'a>,
    /// What to make of the plan.
    pub task: Task<'a>,
    /// The day follow-ups are judged by; `None` judges none. Never the clock.
    pub today: Option<NaiveDate>,
    /// The PDF's date in seconds since 1970 (`SOURCE_DATE_EPOCH`); else
    /// the plan's own date, so that the same plan gives the same bytes.
    pub created: Option<i64>,
}

/// What to make of a plan.
pub enum Task<'a> {
    /// Only check it.
    Check,
    /// Read it as far as it goes, a draft if need be, to go on with it
    /// (the browser form opens a file so); print nothing.
    Open,
    /// Print it.
    Print(Print<'a>),
    /// Print the empty worksheet to fill in by hand, with the plan's child
    /// and meeting in its page header when there is a plan.
    Worksheet(Options),
    /// Print the invitation to the meeting, from the plan as far as it
    /// goes: a letter to each person invited, or one to all.
    Invitation {
        /// One letter to everyone instead of one each.
        one_for_all: bool,
    },
    /// Print the report of a deviation, and keep it in the plan file.
    Deviation(&'a DeviationTask),
    /// Start the next revision after a follow-up meeting.
    FollowUp,
}

/// How to print a plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct Print<'a> {
    /// Print a plan that is not valid yet as a draft; else it is refused.
    pub drafts: bool,
    /// An earlier revision instead of the current one.
    pub revision: Option<u32>,
    /// The family's copy after the plan, in this template's language.
    pub family: Option<&'a Template>,
    /// Masking, the versions' page, the child's page.
    pub options: Options,
}

/// A deviation to report.
#[derive(Debug, Clone)]
pub struct DeviationTask {
    /// The deviation, as the reporter gives it.
    pub deviation: Deviation,
    /// The full report, or the de-identified copy.
    pub audience: Audience,
    /// The reporter has read the text of a de-identified copy again.
    pub confirmed: bool,
    /// Keep the deviation in the plan file too.
    pub record: bool,
}

/// What came of a request.
#[derive(Debug)]
pub struct Outcome {
    /// The template the plan was checked against and printed with; `None`
    /// when it could not be used ([`Outcome::template_errors`]).
    pub template: Option<Arc<Template>>,
    /// The problems of the template files themselves.
    pub template_errors: TemplateErrors,
    /// What could be read of the plan file.
    pub reading: Reading,
    /// Every problem found in the plan file, placed in its text, in file
    /// order: the checks' findings, or for a file that does not read as a
    /// plan, each value that could not be read.
    pub diagnostics: Vec<Diagnostic>,
    /// What was made, if anything.
    pub made: Option<Made>,
    /// Why nothing (or not all that was asked) was made.
    pub refused: Option<Refusal>,
}

/// What could be read of a plan file.
#[derive(Debug)]
pub enum Reading {
    /// No plan file was given (an empty worksheet).
    Nothing,
    /// A plan (it may still have errors: see the diagnostics).
    Plan(Box<Plan>),
    /// A plan as far as it could be read, with stand-ins for the rest.
    Draft(Box<Draft>),
    /// Not even a draft: the file's brackets or quotes do not match, or
    /// its template could not be used.
    Unreadable,
}

/// What a request made.
#[derive(Debug)]
pub enum Made {
    /// A PDF: the plan, a draft, the worksheet.
    Pdf {
        /// The file and what was noticed while making it.
        printed: Printed,
        /// Printed as a draft, marked "UTKAST", because the plan is not
        /// valid yet.
        draft: bool,
    },
    /// The invitation's letters.
    Invitation {
        /// The PDF.
        printed: Printed,
        /// How many letters it holds.
        letters: usize,
        /// The values the letters are written from that the plan does not
        /// have yet, in the print's words ("Mötet: Mötesdatum"): the letters
        /// leave them out.
        missing: Vec<String>,
    },
    /// A deviation report.
    Deviation {
        /// The PDF.
        printed: Printed,
        /// With `record`: the plan file's new text, `None` when it holds
        /// this deviation already, or why it could not be recorded.
        recorded: Option<Result<Option<String>, RecordError>>,
    },
    /// The next revision's plan file.
    Revision {
        /// Its text: the plan's own file edited, or written anew.
        text: String,
        /// Its number.
        revision: u32,
        /// When the file could not be edited, the field where that failed:
        /// the text was written anew, without the file's comments.
        rewritten: Option<String>,
    },
}

impl Made {
    /// The PDF made, if any.
    pub fn printed(&self) -> Option<&Printed> {
        match self {
            Made::Pdf { printed, .. }
            | Made::Invitation { printed, .. }
            | Made::Deviation { printed, .. } => Some(printed),
            Made::Revision { .. } => None,
        }
    }
}

/// Why a request made nothing.
#[derive(Debug)]
pub enum Refusal {
    /// The template could not be used.
    Template,
    /// The file cannot be read, not even as a draft.
    Unreadable,
    /// The plan has errors (this many) and drafts were not asked for.
    Invalid {
        /// How many errors.
        errors: usize,
    },
    /// The plan is longer than a SIP may be (a list or a text past its
    /// limit): not printed, not even as a draft.
    PastLimits,
    /// The plan has no such revision.
    NoRevision(u32),
    /// The plan was closed on this day; it has no next revision.
    Closed(PlanDate),
    /// The deviation names an insats row the plan does not have.
    NoInsats {
        /// The row asked for.
        row: usize,
        /// How many insatser the plan has.
        count: usize,
    },
    /// The de-identified copy's text names someone of the plan.
    Identifying(Vec<String>),
    /// The de-identified copy was not confirmed by the reporter.
    NotConfirmed,
    /// The deviation itself breaks a rule of the plan (an empty
    /// description, a reporter without a name, a text too long): printed
    /// or kept, it would make a plan that `check` refuses. The field
    /// (`what`, `reporter`, ...) and why.
    BadDeviation(String, Message),
    /// The PDF could not be written.
    Pdf(PdfError),
    /// The next revision could not be written as RON; why.
    Write(String),
}

impl Refusal {
    /// Why, in the words of the message catalogue.
    pub fn message(&self) -> Message {
        match self {
            Refusal::Template => msg!("render-template-errors"),
            Refusal::Unreadable => msg!("render-cannot-be-read"),
            Refusal::Invalid { errors } => {
                msg!("report-invalid", errors = (*errors).max(1), warnings = 0)
            }
            Refusal::PastLimits => msg!("render-past-limits"),
            Refusal::NoRevision(n) => msg!("render-no-revision", revision = *n),
            Refusal::Closed(date) => msg!("followup-closed", date = date),
            Refusal::NoInsats { row, count } => {
                msg!("deviation-no-insats", row = *row, count = *count)
            }
            Refusal::Identifying(found) => {
                msg!("deviation-identifying", found = found.join(", "))
            }
            Refusal::NotConfirmed => msg!("deviation-confirm"),
            Refusal::BadDeviation(field, why) => {
                msg!(
                    "deviation-invalid",
                    field = field.as_str(),
                    why = why.clone()
                )
            }
            Refusal::Pdf(e) => e.message(),
            Refusal::Write(why) => msg!("followup-cannot-write", why = why.as_str()),
        }
    }
}

impl Outcome {
    /// Valid means read as a plan and without errors; warnings are allowed.
    pub fn is_valid(&self) -> bool {
        matches!(self.reading, Reading::Plan(_))
            && !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The plan as read, or as far as a draft goes.
    pub fn plan(&self) -> Option<&Plan> {
        match &self.reading {
            Reading::Plan(plan) => Some(plan),
            Reading::Draft(draft) => Some(&draft.plan),
            Reading::Nothing | Reading::Unreadable => None,
        }
    }

    /// How many errors the plan file has.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    fn empty(reading: Reading) -> Self {
        Outcome {
            template: None,
            template_errors: Vec::new(),
            reading,
            diagnostics: Vec::new(),
            made: None,
            refused: None,
        }
    }

    fn refused(mut self, refusal: Refusal) -> Self {
        self.refused = Some(refusal);
        self
    }

    fn made(mut self, made: Result<Made, PdfError>) -> Self {
        match made {
            Ok(made) => self.made = Some(made),
            Err(e) => self.refused = Some(Refusal::Pdf(e)),
        }
        self
    }
}

/// Reads, checks and makes what the request asks for.
pub fn run(request: &Request) -> Outcome {
    let Some(source) = request.source else {
        return worksheet_alone(request);
    };
    let mut outcome = read(source, request);
    let Some(template) = outcome.template.clone() else {
        return outcome.refused(Refusal::Template);
    };
    // The tasks that go on from a draft read one now, as far as it goes.
    let drafts = match &request.task {
        Task::Print(print) => print.drafts,
        Task::Open | Task::Invitation { .. } => true,
        Task::Check | Task::Worksheet(_) | Task::Deviation(_) | Task::FollowUp => false,
    };
    // A check reports every problem that can be found: of a file that
    // does not read as a plan, each value that could not be read and what
    // the rules find in the rest.
    let unreadable = matches!(outcome.reading, Reading::Unreadable);
    if (drafts && !outcome.is_valid()) || (unreadable && matches!(request.task, Task::Check)) {
        outcome = to_draft(outcome, source, &template);
    }
    // Limits hold for drafts too: a plan of 100,000 insatser is no draft
    // of a SIP, and printing it would take minutes and gigabytes.
    let drafted = matches!(outcome.reading, Reading::Draft(_));
    if drafted
        && validate::is_past_limits(&outcome.diagnostics)
        && !matches!(request.task, Task::Check | Task::Open)
    {
        return outcome.refused(Refusal::PastLimits);
    }
    match &request.task {
        Task::Check | Task::Open => outcome,
        Task::Print(print) => print_plan(outcome, &template, print, request.created),
        Task::Worksheet(options) => {
            let Reading::Plan(plan) = &outcome.reading else {
                return outcome.refused(Refusal::Unreadable);
            };
            let printed =
                crate::print::print_blank(&template, *options, request.created, Some(plan));
            let made = printed.map(|printed| Made::Pdf {
                printed,
                draft: false,
            });
            outcome.made(made)
        }
        Task::Invitation { one_for_all } => {
            invitation(outcome, &template, *one_for_all, request.created)
        }
        Task::Deviation(task) => deviation(outcome, source, &template, task, request.created),
        Task::FollowUp => follow_up(outcome, source),
    }
}

/// The plan file read as a plan and checked against its template: the one
/// asked for, else the one it names, else the default.
fn read(source: &Source, request: &Request) -> Outcome {
    let loaded = load::parse_plan(source);
    let named = loaded
        .as_ref()
        .ok()
        .and_then(|p| p.document.template.as_deref());
    match request.templates.for_plan(source, named) {
        Ok(template) => check_with(source, loaded, template, request.today),
        Err(errors) => Outcome {
            template_errors: errors,
            ..Outcome::empty(Reading::Unreadable)
        },
    }
}

/// The plan file read and checked against `template`: the law's rules,
/// the template's and, with `today`, its follow-ups, each finding placed
/// in the file.
pub(crate) fn check_with(
    source: &Source,
    loaded: Result<Plan, Vec<Diagnostic>>,
    template: Arc<Template>,
    today: Option<NaiveDate>,
) -> Outcome {
    let mut outcome = Outcome {
        template: Some(Arc::clone(&template)),
        ..Outcome::empty(Reading::Unreadable)
    };
    match loaded {
        Ok(plan) => {
            let mut diagnostics = validate::all(&plan, &template, today);
            for d in &mut diagnostics {
                if d.span.is_none() {
                    d.span = source.locate(&d.path);
                }
            }
            diagnostics.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
            outcome.diagnostics = diagnostics;
            outcome.reading = Reading::Plan(Box::new(plan));
        }
        Err(diagnostics) => outcome.diagnostics = diagnostics,
    }
    outcome
}

/// A plan that is not valid, as a draft: read as far as it goes, with
/// what it lacks by the rules. A file that reads as a plan keeps its
/// diagnostics; one that does not gets the draft's problems instead.
fn to_draft(mut outcome: Outcome, source: &Source, template: &Template) -> Outcome {
    let reading = std::mem::replace(&mut outcome.reading, Reading::Unreadable);
    let draft = match reading {
        Reading::Plan(plan) => Draft::of(*plan, &outcome.diagnostics),
        Reading::Draft(draft) => *draft,
        Reading::Nothing | Reading::Unreadable => match crate::draft::read(source) {
            Ok(draft) => {
                let rules = validate::all(&draft.plan, template, None);
                let draft = draft.with_rules(rules, source);
                // In the order of the file, for reading beside it; the
                // draft's own list keeps the plan's order.
                let mut diagnostics = draft.problems.clone();
                diagnostics.sort_by_key(|d| d.span.as_ref().map_or(usize::MAX, |s| s.start));
                outcome.diagnostics = diagnostics;
                draft
            }
            Err(problems) => {
                // The plan reader words a broken syntax best (an empty
                // file, a quote left open); it only stops at placeholders
                // before it gets there.
                if !outcome.diagnostics.iter().any(|d| d.code == Code::Sip102) {
                    outcome.diagnostics = problems;
                }
                return outcome.refused(Refusal::Unreadable);
            }
        },
    };
    outcome.reading = Reading::Draft(Box::new(draft));
    outcome
}

/// The plan printed: valid, or as a draft; the revision asked for, with
/// the one that replaced it said on every page; the family's copy after
/// a valid plan.
fn print_plan(
    outcome: Outcome,
    template: &Template,
    print: &Print,
    created: Option<i64>,
) -> Outcome {
    let made = match &outcome.reading {
        Reading::Draft(draft) => crate::print::print_draft(draft, template, print.options, created)
            .map(|printed| Made::Pdf {
                printed,
                draft: true,
            }),
        Reading::Plan(plan) if outcome.is_valid() => {
            let (plan, superseded_by) = match print.revision {
                None => (plan.as_ref().clone(), None),
                Some(n) => match crate::followup::revision(plan, n) {
                    Some(old) => (old, crate::followup::replaced_by(plan, n)),
                    None => return outcome.refused(Refusal::NoRevision(n)),
                },
            };
            let options = Options {
                superseded_by,
                ..print.options
            };
            let printed = match print.family {
                Some(family) => {
                    crate::print::print_plan_for_family(&plan, template, family, options, created)
                }
                None => crate::print::print_plan(&plan, template, options, created),
            };
            printed.map(|printed| Made::Pdf {
                printed,
                draft: false,
            })
        }
        Reading::Plan(_) => {
            let errors = outcome.errors();
            return outcome.refused(Refusal::Invalid { errors });
        }
        Reading::Nothing | Reading::Unreadable => return outcome.refused(Refusal::Unreadable),
    };
    outcome.made(made)
}

/// The worksheet of the template asked for (else the default), without a
/// plan.
fn worksheet_alone(request: &Request) -> Outcome {
    let mut outcome = Outcome::empty(Reading::Nothing);
    let template = match request.templates.given_or_default() {
        Ok(template) => template,
        Err(errors) => {
            outcome.template_errors = errors;
            return outcome.refused(Refusal::Template);
        }
    };
    let options = match &request.task {
        Task::Worksheet(options) => *options,
        _ => Options::default(),
    };
    let printed = crate::print::print_blank(&template, options, request.created, None);
    outcome.template = Some(template);
    outcome.made(printed.map(|printed| Made::Pdf {
        printed,
        draft: false,
    }))
}

/// The invitation, from the draft (a valid plan is a draft without gaps).
fn invitation(
    outcome: Outcome,
    template: &Template,
    one_for_all: bool,
    created: Option<i64>,
) -> Outcome {
    let draft = match &outcome.reading {
        Reading::Plan(plan) => Draft::of(plan.as_ref().clone(), &outcome.diagnostics),
        Reading::Draft(draft) => draft.as_ref().clone(),
        Reading::Nothing | Reading::Unreadable => return outcome.refused(Refusal::Unreadable),
    };
    let letters = match one_for_all {
        true => 1,
        false => crate::render::invitation::addressees(&draft).len().max(1),
    };
    let missing = crate::render::invitation::missing(&draft)
        .into_iter()
        .map(|path| crate::place::place(&path.into(), template))
        .collect();
    let printed = crate::print::print_invitation(&draft, template, one_for_all, created);
    outcome.made(printed.map(|printed| Made::Invitation {
        printed,
        letters,
        missing,
    }))
}

/// A deviation report, once its insats exists and, for the de-identified
/// copy, its text names no one and the reporter has said so; and, asked
/// to, the deviation kept in the plan file.
fn deviation(
    outcome: Outcome,
    source: &Source,
    template: &Template,
    task: &DeviationTask,
    created: Option<i64>,
) -> Outcome {
    let Reading::Plan(plan) = &outcome.reading else {
        return outcome.refused(Refusal::Unreadable);
    };
    let report = &task.deviation;
    if let crate::plan::About::Insats(row) = report.about
        && (row == 0 || row > plan.actions.len())
    {
        let count = plan.actions.len();
        return outcome.refused(Refusal::NoInsats { row, count });
    }
    if task.audience == Audience::Secretariat {
        let reporter = Some(report.reporter.as_str());
        let found = crate::deidentify::identifying(plan, reporter, &report.what);
        if !found.is_empty() {
            return outcome.refused(Refusal::Identifying(found));
        }
        if !task.confirmed {
            return outcome.refused(Refusal::NotConfirmed);
        }
    }
    if let Some((field, why)) = breaks_the_plan(plan, report) {
        return outcome.refused(Refusal::BadDeviation(field, why));
    }
    let printed = crate::print::print_deviation(plan, template, report, task.audience, created);
    let recorded = task
        .record
        .then(|| crate::record::record(source, plan, report));
    outcome.made(printed.map(|printed| Made::Deviation { printed, recorded }))
}

/// The first error the plan's rules find in `report` once it is one of the
/// plan's deviations: its field and why.
fn breaks_the_plan(plan: &Plan, report: &crate::plan::Deviation) -> Option<(String, Message)> {
    let mut with = plan.clone();
    with.deviations.push(report.clone());
    let at = format!("deviations[{}].", with.deviations.len() - 1);
    crate::validate::validate(&with).into_iter().find_map(|d| {
        let path = d.path.to_string();
        let field = path.strip_prefix(&at)?;
        d.is_error().then(|| (field.to_owned(), d.message))
    })
}

/// The next revision of a valid plan that is not closed: the plan's own
/// file edited, or, when it cannot be, written anew.
fn follow_up(outcome: Outcome, source: &Source) -> Outcome {
    let plan = match &outcome.reading {
        Reading::Plan(plan) if outcome.is_valid() => plan.as_ref().clone(),
        Reading::Plan(_) => {
            let errors = outcome.errors();
            return outcome.refused(Refusal::Invalid { errors });
        }
        _ => return outcome.refused(Refusal::Unreadable),
    };
    if let Some(closed) = plan.follow_up.closed {
        return outcome.refused(Refusal::Closed(closed));
    }
    let next = crate::followup::next_revision(&plan);
    let (text, rewritten) = match crate::followup::next_revision_text(source, &plan) {
        Ok(text) => (text, None),
        Err(e) => match crate::ron_file::to_ron(&next) {
            Ok(text) => (text, Some(e.0)),
            Err(why) => return outcome.refused(Refusal::Write(why.to_string())),
        },
    };
    let revision = next.document.revision;
    let mut outcome = outcome;
    outcome.made = Some(Made::Revision {
        text,
        revision,
        rewritten,
    });
    outcome
}
