//! Templates: a municipality's or region's version of the plan, as data.
//!
//! A template says how a plan is printed and what the local agreement adds:
//! labels, section order, which optional sections show, which optional fields
//! are required, custom sections, legal and fixed texts, a secrecy marking,
//! local time limits and a logo. A template may `extends` another (a built-in
//! id or a file) and change only what it names.
//!
//! The library never opens files: `extends` and `logo` are read through
//! [`Files`], which the CLI implements with the file system.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::decode::{self, Readable};
use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::image::Image;
use crate::labels::{LabelOverrides, Labels};
use crate::message::Message;
use crate::msg;
use crate::plan::{FORMAT_VERSION, Requirable};
use crate::source::{Format, Source};

/// The built-in templates: id and source text.
pub const BUILTIN: [(&str, &str); 7] = [
    ("sv", include_str!("../templates/sv.ron")),
    ("en", include_str!("../templates/en.ron")),
    ("ar", include_str!("../templates/ar.ron")),
    ("fa", include_str!("../templates/fa.ron")),
    ("ckb", include_str!("../templates/ckb.ron")),
    ("so", include_str!("../templates/so.ron")),
    ("ti", include_str!("../templates/ti.ron")),
];

/// The template used when a plan names none.
pub const DEFAULT_ID: &str = "sv";

/// A template file as written. Everything but the identity is optional: what
/// is left out comes from the template it `extends`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateFile {
    /// Short id, e.g. "exempelkommun".
    pub id: String,
    /// Name shown to users, e.g. "SIP för barn, Exempelkommun".
    pub name: String,
    /// The template's own version, e.g. "2026-1".
    pub version: Option<String>,
    /// The plan file format this template is written for: 1.
    pub plan_format: u32,
    /// The template this one builds on: a built-in id ("sv", "en") or a file
    /// path relative to this file.
    pub extends: Option<String>,
    /// Language of the printed plan, e.g. "sv" or "en".
    pub language: Option<String>,
    /// Organisations named in the page header, e.g. the kommun and the region.
    pub organisations: Option<Vec<String>>,
    /// Sections in print order; a section left out is not printed.
    pub sections: Option<Vec<SectionRef>>,
    /// Optional plan fields that this template makes required, e.g. "child.school".
    pub required: Option<Vec<Requirable>>,
    /// Sections the municipality adds; a plan fills them under `custom`.
    pub custom_sections: Option<Vec<CustomSection>>,
    /// Legal and fixed texts.
    #[serde(default)]
    pub texts: TextOverrides,
    /// Local rules from the municipality's agreement.
    #[serde(default)]
    pub rules: RuleOverrides,
    /// A PNG or JPEG logo for the page header, relative to this file.
    pub logo: Option<String>,
    /// The printed words; only what differs from the extended template.
    #[serde(default)]
    pub labels: LabelOverrides,
}

impl Readable for TemplateFile {}

/// A printed section, in the order given by the template.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum SectionRef {
    /// Barnet (always printed).
    Child,
    /// Vårdnadshavare och närstående.
    Guardians,
    /// Samtycke (always printed).
    Consent,
    /// Mötet (always printed).
    Meeting,
    /// Barnets och familjens bild.
    Views,
    /// Behov och mål.
    NeedsAndGoals,
    /// Insatser – vem gör vad och när (always printed: the law's items 1–3).
    Actions,
    /// Ansvar för planen (always printed: the law's item 4).
    Responsibility,
    /// Uppföljning och avslut (always printed).
    FollowUp,
    /// Underskrifter and the distribution list.
    Signatures,
    /// A section this template defines under `custom_sections`, by key.
    Custom(String),
}

impl SectionRef {
    /// Sections that carry what the law requires, or identify the plan.
    pub const REQUIRED: [SectionRef; 6] = [
        SectionRef::Child,
        SectionRef::Consent,
        SectionRef::Meeting,
        SectionRef::Actions,
        SectionRef::Responsibility,
        SectionRef::FollowUp,
    ];
}

/// A section the municipality adds, with free-text fields and checklists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomSection {
    /// Key used in the plan's `custom` part and in `sections`, e.g. "skola".
    pub key: String,
    /// Printed heading.
    pub heading: String,
    /// The section's fields, in print order.
    pub fields: Vec<CustomField>,
}

/// A field of a custom section: free text, or a checklist when `checklist` is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomField {
    /// Key used in the plan, e.g. "atgardsprogram".
    pub key: String,
    /// Printed label.
    pub label: String,
    /// Whether a plan must fill it in.
    #[serde(default)]
    pub required: bool,
    /// The options of a checklist, as (key, printed label).
    pub checklist: Option<Vec<(String, String)>>,
}

/// Legal and fixed texts as a template file writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextOverrides {
    /// The legal basis line under the title; "" hides it.
    pub legal_basis: Option<String>,
    /// Printed above the signatures; "" hides it.
    pub consent: Option<String>,
    /// Secrecy marking printed at the top of every page, e.g.
    /// "SEKRETESS enligt 26 kap. 1 § OSL · {date} · Socialnämnden" (`{date}`
    /// becomes the plan date); "" for none.
    pub secrecy: Option<String>,
    /// Extra text in every page's footer; "" for none.
    pub footer: Option<String>,
}

/// Local rules as a template file writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleOverrides {
    /// Most days allowed from consent to the first meeting (e.g. 21).
    pub consent_to_meeting_days: Option<u32>,
    /// Warning shown when that is broken; `{days}` is replaced by the limit.
    pub consent_to_meeting_message: Option<String>,
    /// Usual longest time from the meeting to the follow-up, in days.
    pub follow_up_days: Option<u32>,
    /// Warning shown when that is broken; `{days}` is replaced by the limit.
    pub follow_up_message: Option<String>,
    /// From what age the child gets a signature line of their own when the
    /// plan names no signers (default 12); 0 for no line for the child.
    pub child_signature_age: Option<u32>,
    /// Print "Min plan", the child's own page, after every plan, as
    /// `render --child-page` does.
    pub child_page: Option<bool>,
    /// Print the child's personnummer in the invitation to the meeting,
    /// for letters that are filed by number. Default: no number.
    pub invitation_personnummer: Option<bool>,
}

/// A template with everything resolved: what render and validate use.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// Id, e.g. "sv".
    pub id: String,
    /// Name shown to users.
    pub name: String,
    /// The template's own version.
    pub version: String,
    /// Language of the printed plan.
    pub language: String,
    /// Organisations named in the header.
    pub organisations: Vec<String>,
    /// Sections in print order.
    pub sections: Vec<SectionRef>,
    /// Optional plan fields made required.
    pub required: Vec<Requirable>,
    /// Sections the template adds.
    pub custom_sections: Vec<CustomSection>,
    /// Legal and fixed texts; empty means not printed.
    pub texts: Texts,
    /// Local rules.
    pub rules: RuleOverrides,
    /// The logo, checked and ready to place.
    pub logo: Option<Image>,
    /// Every printed word.
    pub labels: Labels,
}

impl Template {
    /// The language of the template's messages (the draft's "to fix" list):
    /// its own when sipplan has a catalogue for it, else Swedish.
    pub fn lang(&self) -> crate::message::Lang {
        crate::message::Lang::from_code(&self.language).unwrap_or_default()
    }
}

/// Legal and fixed texts; an empty text is not printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    /// Legal basis line under the title.
    pub legal_basis: String,
    /// Text above the signatures.
    pub consent: String,
    /// Secrecy marking on every page.
    pub secrecy: String,
    /// Extra footer text on every page.
    pub footer: String,
}

/// Problems found in one template file (a template and the ones it extends
/// are separate files, so each keeps its own source for located messages).
#[derive(Debug, Clone)]
pub struct FileDiagnostics {
    /// The file the diagnostics point into.
    pub source: Source,
    /// What is wrong there.
    pub diagnostics: Vec<Diagnostic>,
}

/// Everything wrong with a template, file by file.
pub type TemplateErrors = Vec<FileDiagnostics>;

/// Where templates and logos named by a template come from. `Sync`, so
/// that one [`Resolver`] serves plans checked in parallel.
pub trait Files: Sync {
    /// The template file `name`, relative to the template `from` that names it.
    fn template(&self, name: &str, from: &Source) -> Result<Source, Message>;
    /// The bytes of the file `name`, relative to the template `from`.
    fn bytes(&self, name: &str, from: &Source) -> Result<Vec<u8>, Message>;
    /// Which file `name`, named in `from`, is: two names for one file give
    /// the same answer (e.g. the path relative to `from`'s folder). It tells
    /// templates apart in the [`Resolver`]'s cache.
    fn locate(&self, name: &str, _from: &Source) -> String {
        name.to_owned()
    }
}

/// Where a template comes from: what the [`Resolver`] keeps it under.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The default template, `sv`.
    Default,
    /// A built-in template, by id.
    Builtin(String),
    /// A template file, as [`Files::locate`] names it.
    File(String),
}

/// Finds the template for each plan, and reads each template once however
/// many plans use it: the one asked for (`--template`), else the one the
/// plan names in `document.template` (relative to the plan file), else the
/// default. The one rule, for every command and front end.
pub struct Resolver<'a> {
    files: &'a dyn Files,
    given: Option<String>,
    cache: std::sync::Mutex<std::collections::HashMap<Origin, std::sync::Arc<Template>>>,
}

impl<'a> Resolver<'a> {
    /// A resolver reading template files through `files`; `given` is the
    /// template asked for, overriding what plans name.
    pub fn new(files: &'a dyn Files, given: Option<&str>) -> Self {
        Self {
            files,
            given: given.map(str::to_owned),
            cache: Default::default(),
        }
    }

    /// The template asked for, else the default: for what is not a plan
    /// (the worksheet, the statistics' language).
    pub fn given_or_default(&self) -> Result<std::sync::Arc<Template>, TemplateErrors> {
        let nowhere = Source::from_text("", "", Format::Ron);
        self.for_plan(&nowhere, None)
    }

    /// The template for a plan read from `source` that names `named`.
    pub fn for_plan(
        &self,
        source: &Source,
        named: Option<&str>,
    ) -> Result<std::sync::Arc<Template>, TemplateErrors> {
        let named = named.map(str::trim).filter(|n| !n.is_empty());
        let nowhere = Source::from_text("", "", Format::Ron);
        let origin = match (&self.given, named) {
            (Some(given), _) if builtin(given).is_some() => Origin::Builtin(given.clone()),
            (Some(given), _) => Origin::File(self.files.locate(given, &nowhere)),
            (None, None) => Origin::Default,
            (None, Some(name)) if builtin(name).is_some() => Origin::Builtin(name.to_owned()),
            (None, Some(name)) => Origin::File(self.files.locate(name, source)),
        };
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&origin)
            .cloned();
        if let Some(t) = cached {
            return Ok(t);
        }
        let loaded = match (&self.given, named) {
            (Some(given), _) => by_name(given, self.files),
            (None, None) => default_template(),
            (None, Some(name)) => match builtin(name) {
                Some(builtin) => load(&builtin, self.files),
                None => self
                    .files
                    .template(name, source)
                    .map_err(|e| unreadable_named(source, &e))
                    .and_then(|file| load(&file, self.files)),
            },
        };
        let t = std::sync::Arc::new(loaded?);
        self.cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(origin, std::sync::Arc::clone(&t));
        Ok(t)
    }
}

/// The error for a plan whose `document.template` cannot be read.
fn unreadable_named(plan: &Source, why: &Message) -> TemplateErrors {
    let at = FieldPath::from("document.template");
    vec![FileDiagnostics {
        source: plan.clone(),
        diagnostics: vec![
            Diagnostic::new(
                Code::Sip200,
                at.clone(),
                msg!("sip200-plan", why = why.clone()),
            )
            .with_hint(msg!(
                "sip200-plan-hint",
                builtins = builtin_ids().join(", ")
            ))
            .with_span(plan.locate(&at).unwrap_or(0..0)),
        ],
    }]
}

/// For templates that name no files: every file request fails.
pub struct NoFiles;

impl Files for NoFiles {
    fn template(&self, name: &str, _: &Source) -> Result<Source, Message> {
        Err(msg!("not-builtin", name = name))
    }

    fn bytes(&self, name: &str, _: &Source) -> Result<Vec<u8>, Message> {
        Err(msg!("no-files", name = name))
    }
}

/// The built-in template with this id.
pub fn builtin(id: &str) -> Option<Source> {
    BUILTIN.iter().find(|(i, _)| *i == id).map(|(i, text)| {
        let mut source = Source::from_text(&format!("inbyggd mall `{i}`"), text, Format::Ron);
        source.builtin = true;
        source
    })
}

/// The default template (`sv`), resolved.
pub fn default_template() -> Result<Template, TemplateErrors> {
    by_name(DEFAULT_ID, &NoFiles)
}

/// A built-in id, or a template file read through `files`.
pub fn by_name(name: &str, files: &dyn Files) -> Result<Template, TemplateErrors> {
    match builtin(name) {
        Some(source) => load(&source, files),
        None => {
            let nowhere = Source::from_text("", "", Format::Ron);
            let source = files.template(name, &nowhere).map_err(|e| {
                vec![FileDiagnostics {
                    source: Source::from_text(name, "", Format::Ron),
                    diagnostics: vec![
                        Diagnostic::new(Code::Sip200, FieldPath::root(), e)
                            .with_hint(msg!("sip200-hint", builtins = builtin_ids().join(", "))),
                    ],
                }]
            })?;
            load(&source, files)
        }
    }
}

/// The built-in template in the language `code` (`ar`, `fa`, …), for the
/// family's copy; else the languages there are.
pub fn in_language(code: &str) -> Result<Template, Vec<String>> {
    let mut languages = Vec::new();
    for template in builtin_ids()
        .into_iter()
        .filter_map(|id| by_name(id, &NoFiles).ok())
    {
        if template.language == code {
            return Ok(template);
        }
        languages.push(template.language);
    }
    Err(languages)
}

/// Ids of the built-in templates.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTIN.iter().map(|(id, _)| *id).collect()
}

/// Reads, checks and resolves a template and everything it extends.
pub fn load(source: &Source, files: &dyn Files) -> Result<Template, TemplateErrors> {
    resolve(source, files, &mut Vec::new())
}

fn resolve(
    source: &Source,
    files: &dyn Files,
    chain: &mut Vec<String>,
) -> Result<Template, TemplateErrors> {
    let locate = |d: Diagnostic| {
        let span = d.span.clone().or_else(|| source.locate(&d.path));
        Diagnostic { span, ..d }
    };
    let here = |diagnostics: Vec<Diagnostic>| FileDiagnostics {
        source: source.clone(),
        diagnostics,
    };
    let file: TemplateFile = decode::parse(source).map_err(|d| vec![here(vec![d])])?;
    if chain.contains(&source.name) {
        return Err(vec![here(vec![locate(
            Diagnostic::new(
                Code::Sip201,
                "extends".into(),
                msg!(
                    "sip201",
                    chain = format!("{} → {}", chain.join(" → "), source.name)
                ),
            )
            .with_hint(msg!("sip201-hint")),
        )])]);
    }
    chain.push(source.name.clone());

    let base = match &file.extends {
        None => None,
        Some(name) => {
            let parent = match builtin(name) {
                Some(b) => b,
                None => files.template(name, source).map_err(|e| {
                    vec![here(vec![locate(
                        Diagnostic::new(
                            Code::Sip200,
                            "extends".into(),
                            msg!("sip200-extends", why = e),
                        )
                        .with_hint(msg!(
                            "sip200-extends-hint",
                            builtins = builtin_ids().join(", ")
                        )),
                    )])]
                })?,
            };
            Some(resolve(&parent, files, chain).map_err(|mut errors| {
                errors.insert(
                    0,
                    here(vec![locate(
                        Diagnostic::new(
                            Code::Sip202,
                            "extends".into(),
                            msg!("sip202", name = name),
                        )
                        .with_hint(msg!("sip202-hint")),
                    )]),
                );
                errors
            })?)
        }
    };
    chain.pop();

    let mut errors = Vec::new();
    if file.plan_format != FORMAT_VERSION {
        errors.push(
            Diagnostic::new(
                Code::Sip203,
                "plan_format".into(),
                msg!("sip203", found = file.plan_format, reads = FORMAT_VERSION),
            )
            .with_hint(msg!("sip203-hint", reads = FORMAT_VERSION)),
        );
    }

    let labels = match &base {
        Some(b) => file.labels.apply(&b.labels),
        None => file.labels.complete().unwrap_or_else(|missing| {
            let shown: Vec<&str> = missing.iter().take(8).map(String::as_str).collect();
            let more = missing.len().saturating_sub(shown.len());
            errors.push(
                Diagnostic::new(
                    Code::Sip204,
                    "labels".into(),
                    msg!(
                        "sip204",
                        count = missing.len(),
                        labels = shown.join(", "),
                        more = more
                    ),
                )
                .with_hint(msg!("sip204-hint")),
            );
            file.labels.filled_with("")
        }),
    };

    if let Some(language) = file
        .language
        .as_deref()
        .filter(|l| !crate::message::is_language_tag(l))
    {
        errors.push(
            Diagnostic::new(
                Code::Sip213,
                "language".into(),
                msg!("sip213", language = language),
            )
            .with_hint(msg!("sip213-hint")),
        );
    }

    let custom_sections = file
        .custom_sections
        .clone()
        .or_else(|| base.as_ref().map(|b| b.custom_sections.clone()))
        .unwrap_or_default();
    check_custom_sections(&custom_sections, &mut errors);

    let sections = match (&file.sections, &base) {
        (Some(s), _) => s.clone(),
        (None, Some(b)) => b.sections.clone(),
        (None, None) => {
            errors.push(
                Diagnostic::new(Code::Sip205, "sections".into(), msg!("sip205"))
                    .with_hint(msg!("sip205-hint")),
            );
            Vec::new()
        }
    };
    check_sections(
        &sections,
        &custom_sections,
        file.sections.is_some(),
        &mut errors,
    );

    let required = file
        .required
        .clone()
        .or_else(|| base.as_ref().map(|b| b.required.clone()))
        .unwrap_or_default();

    let logo = match &file.logo {
        None => base.as_ref().and_then(|b| b.logo.clone()),
        Some(path) => match files
            .bytes(path, source)
            .map_err(|e| msg!("sip207-unreadable", why = e))
            .and_then(|bytes| {
                Image::from_bytes(&bytes).map_err(|e| msg!("sip207-unusable", why = e))
            }) {
            Ok(logo) => Some(logo),
            Err(message) => {
                errors.push(
                    Diagnostic::new(Code::Sip207, "logo".into(), message)
                        .with_hint(msg!("sip207-hint")),
                );
                None
            }
        },
    };

    let inherit = |own: &Option<String>, from: fn(&Texts) -> &String| {
        own.clone()
            .or_else(|| base.as_ref().map(|b| from(&b.texts).clone()))
            .unwrap_or_default()
    };
    let texts = Texts {
        legal_basis: inherit(&file.texts.legal_basis, |t| &t.legal_basis),
        consent: inherit(&file.texts.consent, |t| &t.consent),
        secrecy: inherit(&file.texts.secrecy, |t| &t.secrecy),
        footer: inherit(&file.texts.footer, |t| &t.footer),
    };
    let base_rules = base.as_ref().map(|b| b.rules.clone()).unwrap_or_default();
    let rules = RuleOverrides {
        consent_to_meeting_days: file
            .rules
            .consent_to_meeting_days
            .or(base_rules.consent_to_meeting_days),
        consent_to_meeting_message: file
            .rules
            .consent_to_meeting_message
            .clone()
            .or(base_rules.consent_to_meeting_message),
        follow_up_days: file.rules.follow_up_days.or(base_rules.follow_up_days),
        follow_up_message: file
            .rules
            .follow_up_message
            .clone()
            .or(base_rules.follow_up_message),
        child_signature_age: file
            .rules
            .child_signature_age
            .or(base_rules.child_signature_age),
        child_page: file.rules.child_page.or(base_rules.child_page),
        invitation_personnummer: file
            .rules
            .invitation_personnummer
            .or(base_rules.invitation_personnummer),
    };

    if !errors.is_empty() {
        return Err(vec![here(errors.into_iter().map(locate).collect())]);
    }
    Ok(Template {
        id: file.id.clone(),
        name: file.name.clone(),
        version: file
            .version
            .clone()
            .or_else(|| base.as_ref().map(|b| b.version.clone()))
            .unwrap_or_default(),
        language: file
            .language
            .clone()
            .or_else(|| base.as_ref().map(|b| b.language.clone()))
            .unwrap_or_default(),
        organisations: file
            .organisations
            .clone()
            .or_else(|| base.as_ref().map(|b| b.organisations.clone()))
            .unwrap_or_default(),
        sections,
        required,
        custom_sections,
        texts,
        rules,
        logo,
        labels,
    })
}

/// A commented starting file that extends `from` and shows, commented out,
/// everything that can be changed, with the current values of `base`.
pub fn starter(from: &str, base: &Template) -> String {
    let quote = |t: &str| format!("{t:?}");
    let sections: Vec<String> = base
        .sections
        .iter()
        .map(|s| match s {
            SectionRef::Custom(k) => format!("Custom({k:?})"),
            other => format!("{other:?}"),
        })
        .collect();
    let mut out = format!(
        r#"// A municipality's SIP template. It extends "{from}": everything left out
// (or commented out with //) comes from there. Change only what your local
// agreement needs, then run: sipplan template check <this file>
(
    id: "kommun",                        // short id: a–z, 0–9, _
    name: "SIP för barn, Kommunen",      // shown to caseworkers
    version: "1",                        // your own version of this template
    plan_format: 1,                      // the plan file format it is written for
    extends: {extends},

    // Organisations named in the page header:
    // organisations: ["Exempelkommun", "Region Exempel"],

    // A PNG or JPEG logo beside this file (at most 512 KB), printed in the header:
    // logo: "logo.png",

    // Print order; leave a section out to hide it. Child, Consent, Meeting,
    // Actions, Responsibility and FollowUp cannot be left out. Add your own
    // sections as Custom("key").
    // sections: [{sections}],

    // Optional plan fields your agreement makes required. Possible:
    // {requirable}
    // required: ["child.school", "follow_up.caller"],

    // Your own sections: free-text fields and checklists. A plan fills them in
    // under `custom: {{ "skola": {{ "kontakt": "…", "stod": ["anpassningar"] }} }}`.
    // custom_sections: [
    //     (
    //         key: "skola",
    //         heading: "Skolans stöd",
    //         fields: [
    //             (key: "kontakt", label: "Kontaktperson i skolan"),
    //             (key: "stod", label: "Stöd", checklist: [("anpassningar", "Extra anpassningar"), ("sarskilt_stod", "Särskilt stöd")]),
    //         ],
    //     ),
    // ],

    texts: (
        // legal_basis: {legal},
        // consent: {consent},
        // secrecy: "SEKRETESS enligt 26 kap. 1 § OSL – Kommunen",
        // footer: "Kommunen · Socialtjänsten · 000-00 00 00",
    ),

    rules: (
        // Days allowed from consent to the meeting, and the warning's words:
        // consent_to_meeting_days: 21,
        // consent_to_meeting_message: "Enligt vår överenskommelse ska mötet hållas inom {{days}} dagar från samtycket",
        // Usual longest time to the follow-up:
        // follow_up_days: 180,
        // follow_up_message: "Uppföljning ska ske inom {{days}} dagar",
        // The age from which the child gets a signature line when the plan
        // names no signers (0: no line for the child):
        // child_signature_age: 12,
        // Print "Min plan", the child's own page, after every plan:
        // child_page: true,
        // Print the child's personnummer in the invitation (default: no):
        // invitation_personnummer: true,
    ),

    // Every printed word, with its current text. Remove the // in front of
    // the ones you change (and of their group line and closing bracket).
    labels: (
"#,
        extends = quote(from),
        sections = sections.join(", "),
        requirable = Requirable::ALL.map(Requirable::path).join(", "),
        legal = quote(&base.texts.legal_basis),
        consent = quote(&base.texts.consent),
    );
    if let Ok(serde_json::Value::Object(groups)) = serde_json::to_value(&base.labels) {
        for (group, labels) in groups {
            out.push_str(&format!("        // {group}: (\n"));
            if let serde_json::Value::Object(labels) = labels {
                for (key, text) in labels {
                    out.push_str(&format!("        //     {key}: {text},\n"));
                }
            }
            out.push_str("        // ),\n");
        }
    }
    out.push_str("    ),\n)\n");
    out
}

fn check_sections(
    sections: &[SectionRef],
    custom: &[CustomSection],
    own: bool,
    errors: &mut Vec<Diagnostic>,
) {
    let path = if own { "sections" } else { "extends" };
    let mut seen = BTreeSet::new();
    for (i, s) in sections.iter().enumerate() {
        if !seen.insert(s) {
            errors.push(
                Diagnostic::new(
                    Code::Sip208,
                    FieldPath::from(path).index(i),
                    msg!("sip208", section = format!("{s:?}")),
                )
                .with_hint(msg!("sip208-hint")),
            );
        }
        if let SectionRef::Custom(key) = s
            && !custom.iter().any(|c| &c.key == key)
        {
            let keys: Vec<String> = custom.iter().map(|c| c.key.clone()).collect();
            let hint = match crate::suggest::closest(key, &keys) {
                Some(k) => crate::suggest::did_you_mean(&format!("Custom(\"{k}\")")),
                None => msg!("sip209-hint"),
            };
            errors.push(
                Diagnostic::new(
                    Code::Sip209,
                    FieldPath::from(path).index(i),
                    msg!("sip209", key = key),
                )
                .with_hint(hint),
            );
        }
    }
    for required in SectionRef::REQUIRED {
        if !sections.is_empty() && !sections.contains(&required) {
            errors.push(
                Diagnostic::new(
                    Code::Sip210,
                    path.into(),
                    msg!("sip210", section = format!("{required:?}")),
                )
                .with_hint(msg!("sip210-hint")),
            );
        }
    }
}

fn check_custom_sections(custom: &[CustomSection], errors: &mut Vec<Diagnostic>) {
    let mut keys = BTreeSet::new();
    for (i, section) in custom.iter().enumerate() {
        let at = FieldPath::from("custom_sections").index(i);
        if !is_key(&section.key) {
            errors.push(bad_key(at.field("key"), &section.key));
        }
        if !keys.insert(section.key.as_str()) {
            errors.push(
                Diagnostic::new(
                    Code::Sip211,
                    at.field("key"),
                    msg!("sip211-section", key = &section.key),
                )
                .with_hint(msg!("sip211-section-hint")),
            );
        }
        let mut field_keys = BTreeSet::new();
        for (j, field) in section.fields.iter().enumerate() {
            let at = at.field("fields").index(j);
            if !is_key(&field.key) {
                errors.push(bad_key(at.field("key"), &field.key));
            }
            if !field_keys.insert(field.key.as_str()) {
                errors.push(
                    Diagnostic::new(
                        Code::Sip211,
                        at.field("key"),
                        msg!("sip211-field", section = &section.key, key = &field.key),
                    )
                    .with_hint(msg!("sip211-field-hint")),
                );
            }
            if let Some(options) = &field.checklist {
                let mut option_keys = BTreeSet::new();
                for (k, (key, _)) in options.iter().enumerate() {
                    if !is_key(key) || !option_keys.insert(key.as_str()) {
                        errors.push(bad_key(at.field("checklist").index(k), key));
                    }
                }
            }
        }
    }
}

/// Keys are what a caseworker types in the plan: short, lower case, no spaces.
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn bad_key(path: FieldPath, key: &str) -> Diagnostic {
    Diagnostic::new(Code::Sip212, path, msg!("sip212", key = key)).with_hint(msg!("sip212-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_templates_load() {
        for id in builtin_ids() {
            let t = by_name(id, &NoFiles).unwrap_or_else(|e| panic!("{id}: {e:?}"));
            assert_eq!(t.id, id);
            assert_eq!(t.sections.len(), 10);
        }
        assert_eq!(default_template().unwrap().labels.sections.child, "Barnet");
    }

    #[test]
    fn keys_are_plain_lower_case() {
        assert!(is_key("skolstod_2"));
        assert!(!is_key("Skolstöd") && !is_key("") && !is_key("a b"));
    }
}
