//! sipplan for the offline browser form: the library's one pipeline,
//! exported to JavaScript with wasm-bindgen. No browser code lives in the
//! library; this crate only turns its values into JSON and bytes.
//!
//! The page keeps the plan as a JSON value (the plan file format in JSON),
//! and the template files the user opened as a map of name → text. Every
//! call gets both, so this side holds no state. "Today" comes from the page.

use std::collections::BTreeMap;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use sipplan::diagnostic::{Diagnostic, Severity};
use sipplan::message::{Lang, Message};
use sipplan::msg;
use sipplan::pipeline::{Made, Print, Reading, Request, Task};
use sipplan::plan::{FORMAT_VERSION, Plan, PlanDate};
use sipplan::source::{Format, Source};
use sipplan::template::{self, Files, Resolver};

/// The built-in templates: id, name and language, as JSON.
#[wasm_bindgen]
pub fn templates() -> String {
    #[derive(Serialize)]
    struct Entry {
        id: &'static str,
        name: String,
        language: String,
    }
    let entries: Vec<Entry> = template::builtin_ids()
        .into_iter()
        .filter_map(|id| {
            let t = template::by_name(id, &template::NoFiles).ok()?;
            Some(Entry {
                id,
                name: t.name,
                language: t.language,
            })
        })
        .collect();
    json(&entries)
}

/// The form for `template` (a built-in id, a file in `files`, or empty for
/// the default), as JSON; or the template's problems.
#[wasm_bindgen]
pub fn form(files: &str, template: &str) -> String {
    let files = OpenedFiles::from_json(files);
    match resolver(&files, template).given_or_default() {
        Ok(t) => {
            json(&serde_json::json!({ "form": sipplan::form::form(&t), "words": words(t.lang()) }))
        }
        Err(errors) => json(&serde_json::json!({ "errors": template_problems(&errors) })),
    }
}

/// The words of the page itself (buttons, headings), in `lang`.
fn words(lang: Lang) -> BTreeMap<&'static str, String> {
    WORDS
        .iter()
        .map(|(key, id)| (*key, lang.text(&Message::new(id))))
        .collect()
}

/// The page's words: its key for each and the message in the catalogue.
const WORDS: &[(&str, &str)] = &[
    ("new", "web-new"),
    ("open", "web-open"),
    ("savePlan", "web-save-plan"),
    ("saveJson", "web-save-json"),
    ("savePdf", "web-save-pdf"),
    ("print", "web-print"),
    ("followup", "web-followup"),
    ("diff", "web-diff"),
    ("template", "web-template"),
    ("templateDefault", "web-template-default"),
    ("family", "web-family"),
    ("familyNone", "web-family-none"),
    ("childPage", "web-child-page"),
    ("openTemplate", "web-open-template"),
    ("problems", "web-problems"),
    ("noProblems", "web-no-problems"),
    ("preview", "web-preview"),
    ("add", "web-add"),
    ("remove", "web-remove"),
    ("up", "web-up"),
    ("down", "web-down"),
    ("row", "web-row"),
    ("idKind", "web-id-kind"),
    ("other", "web-other-actor"),
    ("draft", "web-draft"),
    ("valid", "web-valid"),
    ("unsaved", "web-unsaved"),
    ("offline", "web-offline"),
    ("yes", "web-yes"),
    ("no", "web-no"),
    ("unknown", "web-unknown"),
    ("dateFormat", "web-date-format"),
];

/// What the page shows after every change: the diagnostics (`check`'s,
/// and the print's own) and the PDF, a draft while the plan is not valid.
#[wasm_bindgen]
pub struct Preview {
    valid: bool,
    summary: String,
    diagnostics: String,
    pdf: Vec<u8>,
}

#[wasm_bindgen]
impl Preview {
    /// Whether the plan is valid (no errors): printed without "UTKAST".
    #[wasm_bindgen(getter)]
    pub fn valid(&self) -> bool {
        self.valid
    }

    /// What `check` says on its last line: "OK" or "inte giltig: 2 fel".
    #[wasm_bindgen(getter)]
    pub fn summary(&self) -> String {
        self.summary.clone()
    }

    /// The diagnostics as JSON: code, severity, message, hint, path.
    #[wasm_bindgen(getter)]
    pub fn diagnostics(&self) -> String {
        self.diagnostics.clone()
    }

    /// The PDF's bytes (empty when it could not be made).
    #[wasm_bindgen(getter)]
    pub fn pdf(&self) -> Vec<u8> {
        self.pdf.clone()
    }
}

/// Checks the plan (JSON) and prints it, as `sipplan check` and `sipplan
/// render` (`--draft` while it has errors) would: one call of the
/// library's pipeline. `today` is `YYYY-MM-DD`. `family`, a built-in
/// template's language code or empty, adds the family's copy in that
/// language to a valid plan, as `render --family-language` does (a draft
/// is printed without it); `child_page` adds "Min plan", as `render
/// --child-page` does.
#[wasm_bindgen]
pub fn preview(
    plan: &str,
    files: &str,
    template: &str,
    today: &str,
    family: &str,
    child_page: bool,
) -> Preview {
    let files = OpenedFiles::from_json(files);
    let resolver = resolver(&files, template);
    let source = Source::from_text("plan.json", plan, Format::Json);
    let family = Some(family)
        .filter(|code| !code.is_empty())
        .and_then(|code| template::in_language(code).ok());
    let outcome = sipplan::run(&Request {
        source: Some(&source),
        templates: &resolver,
        task: Task::Print(Print {
            drafts: true,
            family: family.as_ref(),
            options: sipplan::render::Options {
                child_page,
                ..Default::default()
            },
            ..Default::default()
        }),
        today: PlanDate::parse(today).ok().map(|d| d.0),
        created: None,
    });
    let Some(t) = &outcome.template else {
        return Preview {
            valid: false,
            summary: String::new(),
            diagnostics: json(&template_problems(&outcome.template_errors)),
            pdf: Vec::new(),
        };
    };
    let lang = t.lang();
    let mut problems = outcome.diagnostics.clone();
    let printed = outcome.made.as_ref().and_then(Made::printed);
    if let Some(printed) = printed {
        problems.extend(printed.warnings.iter().cloned());
    }
    Preview {
        valid: outcome.is_valid(),
        summary: lang.text(&sipplan::diagnostic::summary(&problems)),
        diagnostics: json(&shown(&problems, lang)),
        pdf: printed.map(|p| p.pdf.clone()).unwrap_or_default(),
    }
}

/// Reads a plan file (RON or JSON, by `name`) for the form: the plan as
/// JSON with the fields that could not be read left empty (the form then
/// checks it), or, when not even a draft can be read or its template is
/// missing, which file failed and why (`{"failed": …, "problems": […]}`).
#[wasm_bindgen]
pub fn open(text: &str, name: &str, files: &str, template: &str) -> String {
    let files = OpenedFiles::from_json(files);
    let resolver = resolver(&files, template);
    let source = Source::from_text(name, text, Format::from_file_name(name));
    let outcome = sipplan::run(&Request {
        source: Some(&source),
        templates: &resolver,
        task: Task::Open,
        today: None,
        created: None,
    });
    // Said in the words of the template in use: the file's own may be the
    // one that is missing.
    let failed = |problems: Vec<Shown>| {
        let lang = resolver.given_or_default().map_or(Lang::Sv, |t| t.lang());
        let failed = said(lang, &msg!("web-open-failed", name = name));
        json(&serde_json::json!({ "failed": failed, "problems": problems }))
    };
    let Some(t) = &outcome.template else {
        return failed(template_problems(&outcome.template_errors));
    };
    let (plan, blank) = match &outcome.reading {
        Reading::Plan(plan) => (plan.as_ref(), None),
        Reading::Draft(draft) => (&draft.plan, Some(&draft.blank)),
        Reading::Nothing | Reading::Unreadable => {
            return failed(shown(&outcome.diagnostics, t.lang()));
        }
    };
    let mut value = serde_json::to_value(plan).unwrap_or_default();
    for path in blank.into_iter().flatten() {
        clear(&mut value, path);
    }
    json(&serde_json::json!({ "plan": value }))
}

/// The plan as a file: `ron` (as `sipplan new` writes them) or `json`. A
/// RON file needs a plan that can be read; until then the page saves JSON.
#[wasm_bindgen]
pub fn save(plan: &str, format: &str) -> Result<String, JsValue> {
    if format == "json" {
        let value: serde_json::Value =
            serde_json::from_str(plan).map_err(|e| JsValue::from_str(&e.to_string()))?;
        return Ok(serde_json::to_string_pretty(&value).unwrap_or_default() + "\n");
    }
    let plan: Plan = serde_json::from_str(plan).map_err(|_| not_yet_ron())?;
    sipplan::ron_file::to_ron(&plan).map_err(|_| not_yet_ron())
}

/// The plan cannot be read as a whole yet (a date or a required field is
/// missing): the page keeps offering JSON and says why in its problem list.
fn not_yet_ron() -> JsValue {
    JsValue::from_str("incomplete")
}

/// The next revision of a plan after a follow-up meeting, as `sipplan
/// followup` starts it (one call of the library's pipeline), opened for
/// the form as [`open`] opens a file: what is left to fill in is empty.
/// Or, when the plan has no next revision yet, why (`{"refused": …}`).
#[wasm_bindgen]
pub fn followup(plan: &str, files: &str, template: &str, today: &str) -> String {
    let opened = OpenedFiles::from_json(files);
    let resolver = resolver(&opened, template);
    let source = Source::from_text("plan.json", plan, Format::Json);
    let outcome = sipplan::run(&Request {
        source: Some(&source),
        templates: &resolver,
        task: Task::FollowUp,
        today: PlanDate::parse(today).ok().map(|d| d.0),
        created: None,
    });
    let lang = outcome.template.as_ref().map_or(Lang::Sv, |t| t.lang());
    match (&outcome.made, &outcome.refused) {
        // The plan's own text edited (JSON), or, when it could not be, RON.
        (
            Some(Made::Revision {
                text, rewritten, ..
            }),
            _,
        ) => {
            let name = if rewritten.is_some() {
                "plan.ron"
            } else {
                "plan.json"
            };
            open(text, name, files, template)
        }
        (_, Some(why)) => json(&serde_json::json!({ "refused": said(lang, &why.message()) })),
        _ => json(&serde_json::json!({ "refused": "" })),
    }
}

/// What changed since the previous revision, in the template's words, as
/// `sipplan diff` says it.
#[wasm_bindgen]
pub fn diff(plan: &str, files: &str, template: &str) -> Result<String, JsValue> {
    let plan: Plan = serde_json::from_str(plan).map_err(|_| not_yet_ron())?;
    let Some(previous) = plan.previous() else {
        return Err(JsValue::from_str("one revision"));
    };
    let files = OpenedFiles::from_json(files);
    let t = resolver(&files, template)
        .given_or_default()
        .map_err(|_| JsValue::from_str("template"))?;
    Ok(sipplan::followup::compare(previous, &plan, &t.labels))
}

/// The child's number as the form shows it when the field is not in use
/// ([`sipplan::privacy::mask_last_four`]).
#[wasm_bindgen]
pub fn mask(text: &str) -> String {
    sipplan::privacy::mask_last_four(text)
}

/// The plan format version the page writes into a new plan.
#[wasm_bindgen]
pub fn format_version() -> u32 {
    FORMAT_VERSION
}

/// One diagnostic as the page shows it.
#[derive(Serialize)]
struct Shown {
    code: &'static str,
    severity: Severity,
    message: String,
    hint: Option<String>,
    path: String,
}

/// A message as the page shows it: every number that could be a
/// personnummer without its last four digits, also in a file's name.
fn said(lang: Lang, message: &Message) -> String {
    sipplan::privacy::mask_numbers(&lang.text(message))
}

fn shown(diagnostics: &[Diagnostic], lang: Lang) -> Vec<Shown> {
    diagnostics
        .iter()
        .map(|d| Shown {
            code: d.code.as_str(),
            severity: d.severity,
            message: said(lang, &d.message),
            hint: d.hint.as_deref().map(|h| said(lang, h)),
            path: d.path.to_string(),
        })
        .collect()
}

/// A template's problems, file by file, as diagnostics of the page (in
/// Swedish: the template that would give the language is the broken one).
fn template_problems(errors: &template::TemplateErrors) -> Vec<Shown> {
    errors
        .iter()
        .flat_map(|file| {
            shown(&file.diagnostics, Lang::Sv).into_iter().map(|mut d| {
                d.message = format!("{}: {}", file.source.name, d.message);
                d.path = String::new();
                d
            })
        })
        .collect()
}

/// Sets the value at a field path (`actions[1].what`) to null: a value the
/// draft reader had to stand in for is shown empty.
fn clear(value: &mut serde_json::Value, path: &str) {
    let mut at = value;
    let parts: Vec<&str> = path.split(['.', '[']).filter(|p| !p.is_empty()).collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let next = match part.strip_suffix(']').and_then(|n| n.parse::<usize>().ok()) {
            Some(index) => at.get_mut(index),
            None => at.get_mut(*part),
        };
        let Some(next) = next else { return };
        if last {
            *next = serde_json::Value::Null;
            return;
        }
        at = next;
    }
}

fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn resolver<'a>(files: &'a OpenedFiles, template: &str) -> Resolver<'a> {
    let given = Some(template).filter(|t| !t.is_empty());
    Resolver::new(files, given)
}

/// The template files (and their logos) the user opened in the page, by
/// file name: a template as its text, a logo as a `data:` URL. A plan that
/// names `kommun/mall.ron` finds the opened `mall.ron`.
struct OpenedFiles(BTreeMap<String, String>);

impl OpenedFiles {
    fn from_json(text: &str) -> Self {
        OpenedFiles(serde_json::from_str(text).unwrap_or_default())
    }

    fn find(&self, name: &str) -> Option<(&String, &String)> {
        let base = |n: &str| n.rsplit(['/', '\\']).next().unwrap_or(n).to_owned();
        self.0.iter().find(|(n, _)| base(n) == base(name))
    }
}

impl Files for OpenedFiles {
    fn template(&self, name: &str, _: &Source) -> Result<Source, Message> {
        let (found, text) = self
            .find(name)
            .ok_or_else(|| msg!("web-template-not-opened", name = name))?;
        Ok(Source::from_text(
            found,
            text,
            Format::from_file_name(found),
        ))
    }

    fn bytes(&self, name: &str, _: &Source) -> Result<Vec<u8>, Message> {
        use base64::Engine;
        let (_, url) = self
            .find(name)
            .ok_or_else(|| msg!("web-logo-not-opened", name = name))?;
        let encoded = url.split_once(";base64,").map_or("", |(_, data)| data);
        base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| msg!("web-logo-not-opened", name = name))
    }

    fn locate(&self, name: &str, _: &Source) -> String {
        self.find(name)
            .map_or_else(|| name.to_owned(), |(n, _)| n.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = include_str!("../../samples/full.ron");

    #[test]
    fn a_plan_file_opens_checks_and_prints_the_cli_s_bytes() {
        let opened: serde_json::Value =
            serde_json::from_str(&open(FULL, "full.ron", "{}", "")).unwrap();
        let plan = opened["plan"].to_string();
        let preview = preview(&plan, "{}", "", "2026-11-25", "", false);
        assert!(preview.valid(), "{}", preview.diagnostics());
        let source = Source::from_text("full.ron", FULL, Format::Ron);
        let t = template::default_template().unwrap();
        let checked = sipplan::check(&source, &t);
        let cli =
            sipplan::print_plan(&checked.plan.unwrap(), &t, Default::default(), None).unwrap();
        assert_eq!(preview.pdf(), cli.pdf);
    }

    #[test]
    fn an_empty_plan_is_a_draft_with_its_problems_at_their_fields() {
        let preview = preview(r#"{"version": 1}"#, "{}", "", "2026-11-25", "", false);
        assert!(!preview.valid());
        assert!(preview.pdf().starts_with(b"%PDF-"));
        let shown: Vec<serde_json::Value> = serde_json::from_str(&preview.diagnostics()).unwrap();
        assert!(shown.iter().any(|d| d["path"] == "child"), "{shown:?}");
    }

    #[test]
    fn a_follow_up_in_the_form_leaves_what_is_to_fill_empty() {
        let opened: serde_json::Value =
            serde_json::from_str(&open(FULL, "full.ron", "{}", "")).unwrap();
        let next: serde_json::Value = serde_json::from_str(&followup(
            &opened["plan"].to_string(),
            "{}",
            "",
            "2026-11-25",
        ))
        .unwrap();
        let plan = &next["plan"];
        assert_eq!(plan["document"]["revision"], 2, "{next}");
        for date in [
            &plan["document"]["date"],
            &plan["meeting"]["date"],
            &plan["follow_up"]["date"],
            &plan["actions"][0]["status_date"],
            &plan["actions"][0]["status_comment"],
        ] {
            assert!(date.is_null(), "{date}");
        }
        assert!(!plan.to_string().contains("1000-01-01"), "{plan}");
        assert_eq!(plan["history"][0]["document"]["revision"], 1);
    }

    #[test]
    fn a_file_that_cannot_be_opened_is_named() {
        for (name, text) in [
            ("elsa.pdf", "%PDF-1.7\n%\u{e2}\u{e3}\n1 0 obj"),
            (
                "exempelkommun.ron",
                include_str!("../../samples/exempelkommun.ron"),
            ),
        ] {
            let answer: serde_json::Value =
                serde_json::from_str(&open(text, name, "{}", "")).unwrap();
            assert!(answer["plan"].is_null(), "{name}: {answer}");
            assert!(
                answer["failed"].as_str().unwrap().contains(name),
                "{name}: {answer}"
            );
        }
    }

    /// A caseworker may name the file after the child: the page then says
    /// which file failed without the personnummer's last four digits.
    #[test]
    fn a_file_named_with_a_personnummer_is_named_masked() {
        let answer: serde_json::Value =
            serde_json::from_str(&open("%PDF-1.7\n", "elsa-20160412-2386.pdf", "{}", "")).unwrap();
        let failed = answer["failed"].as_str().unwrap();
        assert!(failed.contains("elsa-20160412-"), "{answer}");
        assert!(!failed.contains("2386"), "{answer}");
    }

    #[test]
    fn a_blank_value_is_cleared_for_the_form() {
        let mut value = serde_json::json!({"actions": [{"what": "x"}, {"what": "y"}]});
        clear(&mut value, "actions[1].what");
        assert_eq!(value["actions"][1]["what"], serde_json::Value::Null);
        assert_eq!(value["actions"][0]["what"], "x");
    }

    /// What the form shows of a plan file it opened, and what `check` and
    /// `render --draft` say of the file the form saves: the same problems
    /// (code, field, words) and the same PDF. For every sample, the starter
    /// plan from `sipplan new` and a plan just followed up.
    #[test]
    fn the_form_and_the_command_line_agree_on_every_plan() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let kommun =
            std::fs::read_to_string(format!("{root}/samples/templates/exempelkommun.ron")).unwrap();
        let logo =
            std::fs::read(format!("{root}/samples/templates/exempelkommun-logo.png")).unwrap();
        use base64::Engine;
        let files = serde_json::json!({
            "exempelkommun.ron": kommun,
            "exempelkommun-logo.png": format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(logo)
            ),
        })
        .to_string();
        let mut plans: Vec<(String, String)> = std::fs::read_dir(format!("{root}/samples"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        plans.sort();
        assert!(plans.len() >= 8, "{plans:?}");
        let starter = include_str!("../../src/starter.ron");
        plans.push(("starter.ron".into(), starter.into()));
        let (_, full) = plans.iter().find(|(n, _)| n == "full.ron").unwrap().clone();
        plans.push(("full-v2.ron".into(), next_revision_file(&full)));

        let opened_files = OpenedFiles::from_json(&files);
        let resolver = resolver(&opened_files, "");
        for (name, text) in &plans {
            let opened: serde_json::Value =
                serde_json::from_str(&open(text, name, &files, "")).unwrap();
            let state = opened["plan"].to_string();
            assert!(opened["plan"].is_object(), "{name}: {opened}");
            let form = preview(&state, &files, "", "2026-11-25", "", false);
            let saved = save(&state, "json").unwrap();
            let source = Source::from_text("saved.json", &saved, Format::Json);
            let today = PlanDate::parse("2026-11-25").ok().map(|d| d.0);
            let check = sipplan::run(&Request {
                source: Some(&source),
                templates: &resolver,
                task: Task::Check,
                today,
                created: None,
            });
            let render = sipplan::run(&Request {
                source: Some(&source),
                templates: &resolver,
                task: Task::Print(Print {
                    drafts: true,
                    ..Default::default()
                }),
                today,
                created: None,
            });
            let Some(printed) = render.made.as_ref().and_then(Made::printed) else {
                panic!(
                    "{name}: not printed: {:?} {:?} {:?}",
                    render.refused, render.template_errors, render.diagnostics
                );
            };
            let mut said = check.diagnostics.clone();
            said.extend(printed.warnings.iter().cloned());
            let lang = check.template.as_ref().unwrap().lang();
            let words = |shown: Vec<serde_json::Value>| -> Vec<(String, String, String)> {
                shown
                    .into_iter()
                    .map(|d| {
                        (
                            d["code"].to_string(),
                            d["path"].to_string(),
                            d["message"].to_string(),
                        )
                    })
                    .collect()
            };
            let form_said = words(serde_json::from_str(&form.diagnostics()).unwrap());
            let cli_said = words(
                serde_json::from_value(serde_json::to_value(shown(&said, lang)).unwrap()).unwrap(),
            );
            assert_eq!(form_said, cli_said, "{name}");
            assert_eq!(form.valid(), check.is_valid(), "{name}");
            assert!(
                form.pdf() == printed.pdf,
                "{name}: the form's PDF is not render's"
            );
        }
    }

    /// The next revision as `sipplan followup` writes it.
    fn next_revision_file(text: &str) -> String {
        let source = Source::from_text("full.ron", text, Format::Ron);
        let outcome = sipplan::run(&Request {
            source: Some(&source),
            templates: &Resolver::new(&template::NoFiles, None),
            task: Task::FollowUp,
            today: None,
            created: None,
        });
        match outcome.made {
            Some(Made::Revision { text, .. }) => text,
            other => panic!("{other:?}"),
        }
    }
}
