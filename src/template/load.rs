//! Loading a template: reading the file, following its `extends` chain and
//! filling in what it leaves out from the template it extends.

use super::builtin::{builtin, builtin_ids};
use super::check;
use super::files::Files;
use super::model::{RuleOverrides, SectionRef, Template, TemplateFile, Texts};
use crate::decode;
use crate::diagnostic::{Code, Diagnostic};
use crate::image::Image;
use crate::labels::Labels;
use crate::msg;
use crate::source::Source;

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

/// How many templates a chain of `extends` may hold: far more than a
/// county's and a municipality's, and a bound on the recursion whatever
/// the files say.
const MAX_CHAIN: usize = 16;

/// Reads, checks and resolves a template and everything it extends.
pub fn load(source: &Source, files: &dyn Files) -> Result<Template, TemplateErrors> {
    resolve(source, files, &mut Vec::new())
}

/// The template in `source`, with the templates it extends resolved first;
/// `chain` holds the files on the way here (where each is, and its shown
/// name), to catch a circle.
fn resolve(
    source: &Source,
    files: &dyn Files,
    chain: &mut Vec<(String, String)>,
) -> Result<Template, TemplateErrors> {
    let file: TemplateFile = decode::parse(source).map_err(|d| {
        vec![FileDiagnostics {
            source: source.clone(),
            diagnostics: vec![d],
        }]
    })?;
    let circle = chain.iter().any(|(at, _)| *at == source.location);
    if circle || chain.len() >= MAX_CHAIN {
        let names: Vec<&str> = chain.iter().map(|(_, name)| name.as_str()).collect();
        let shown = format!("{} → {}", names.join(" → "), source.name);
        let (message, hint) = match circle {
            true => (msg!("sip201", chain = shown), msg!("sip201-hint")),
            false => (
                msg!("sip201-long", chain = shown),
                msg!("sip201-long-hint", max = MAX_CHAIN),
            ),
        };
        let cycle = Diagnostic::new(Code::Sip201, "extends".into(), message).with_hint(hint);
        return Err(vec![located(source, vec![cycle])]);
    }
    chain.push((source.location.clone(), source.name.clone()));
    let base = match &file.extends {
        None => None,
        Some(name) => Some(extended(name, source, files, chain)?),
    };
    chain.pop();
    merge(&file, base.as_ref(), source, files).map_err(|errors| vec![located(source, errors)])
}

/// The template `name` that the template in `source` extends, resolved.
fn extended(
    name: &str,
    source: &Source,
    files: &dyn Files,
    chain: &mut Vec<(String, String)>,
) -> Result<Template, TemplateErrors> {
    let parent = match builtin(name) {
        Some(b) => b,
        None => files.template(name, source).map_err(|e| {
            let unreadable = Diagnostic::new(
                Code::Sip200,
                "extends".into(),
                msg!("sip200-extends", why = e),
            )
            .with_hint(msg!(
                "sip200-extends-hint",
                builtins = builtin_ids().join(", ")
            ));
            vec![located(source, vec![unreadable])]
        })?,
    };
    resolve(&parent, files, chain).map_err(|mut errors| {
        let broken = Diagnostic::new(Code::Sip202, "extends".into(), msg!("sip202", name = name))
            .with_hint(msg!("sip202-hint"));
        errors.insert(0, located(source, vec![broken]));
        errors
    })
}

/// Diagnostics for the file `source`, each pointing at its place there.
fn located(source: &Source, diagnostics: Vec<Diagnostic>) -> FileDiagnostics {
    let locate = |d: Diagnostic| {
        let span = d.span.clone().or_else(|| source.locate(&d.path));
        Diagnostic { span, ..d }
    };
    FileDiagnostics {
        source: source.clone(),
        diagnostics: diagnostics.into_iter().map(locate).collect(),
    }
}

/// The template `file` says, with what it leaves out taken from `base`,
/// or everything wrong with it.
fn merge(
    file: &TemplateFile,
    base: Option<&Template>,
    source: &Source,
    files: &dyn Files,
) -> Result<Template, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    check::plan_format(file, &mut errors);
    let labels = labels(file, base, &mut errors);
    check::language(file, &mut errors);
    check::lengths(file, &mut errors);

    let custom_sections = file
        .custom_sections
        .clone()
        .or_else(|| base.map(|b| b.custom_sections.clone()))
        .unwrap_or_default();
    check::custom_sections(&custom_sections, &mut errors);
    let sections = sections(file, base, &mut errors);
    check::sections(
        &sections,
        &custom_sections,
        file.sections.is_some(),
        &mut errors,
    );
    let required = file
        .required
        .clone()
        .or_else(|| base.map(|b| b.required.clone()))
        .unwrap_or_default();
    let logo = logo(file, base, source, files, &mut errors);

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Template {
        id: file.id.clone(),
        name: file.name.clone(),
        version: inherit(&file.version, base, |b| &b.version),
        language: inherit(&file.language, base, |b| &b.language),
        organisations: file
            .organisations
            .clone()
            .or_else(|| base.map(|b| b.organisations.clone()))
            .unwrap_or_default(),
        sections,
        required,
        custom_sections,
        texts: texts(file, base),
        rules: rules(&file.rules, base),
        logo,
        labels,
    })
}

/// A text the file gives, else its base's, else empty.
fn inherit(
    own: &Option<String>,
    base: Option<&Template>,
    from: fn(&Template) -> &String,
) -> String {
    own.clone()
        .or_else(|| base.map(|b| from(b).clone()))
        .unwrap_or_default()
}

/// The printed words: the base's with the file's changes, or, for a
/// template that extends none, every word from the file (SIP204).
fn labels(file: &TemplateFile, base: Option<&Template>, errors: &mut Vec<Diagnostic>) -> Labels {
    match base {
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
    }
}

/// The sections in print order: the file's, else the base's; a template
/// that extends none must list them (SIP205).
fn sections(
    file: &TemplateFile,
    base: Option<&Template>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<SectionRef> {
    match (&file.sections, base) {
        (Some(s), _) => s.clone(),
        (None, Some(b)) => b.sections.clone(),
        (None, None) => {
            errors.push(
                Diagnostic::new(Code::Sip205, "sections".into(), msg!("sip205"))
                    .with_hint(msg!("sip205-hint")),
            );
            Vec::new()
        }
    }
}

/// The logo the file names, read through `files` and checked (SIP207),
/// else the base's.
fn logo(
    file: &TemplateFile,
    base: Option<&Template>,
    source: &Source,
    files: &dyn Files,
    errors: &mut Vec<Diagnostic>,
) -> Option<Image> {
    let path = match &file.logo {
        None => return base.and_then(|b| b.logo.clone()),
        Some(path) => path,
    };
    let read = files
        .bytes(path, source)
        .map_err(|e| msg!("sip207-unreadable", why = e))
        .and_then(|bytes| Image::from_bytes(&bytes).map_err(|e| msg!("sip207-unusable", why = e)));
    match read {
        Ok(logo) => Some(logo),
        Err(message) => {
            errors.push(
                Diagnostic::new(Code::Sip207, "logo".into(), message)
                    .with_hint(msg!("sip207-hint")),
            );
            None
        }
    }
}

/// The legal and fixed texts: each the file's, else the base's.
fn texts(file: &TemplateFile, base: Option<&Template>) -> Texts {
    let inherit = |own: &Option<String>, from: fn(&Texts) -> &String| {
        own.clone()
            .or_else(|| base.map(|b| from(&b.texts).clone()))
            .unwrap_or_default()
    };
    Texts {
        legal_basis: inherit(&file.texts.legal_basis, |t| &t.legal_basis),
        consent: inherit(&file.texts.consent, |t| &t.consent),
        secrecy: inherit(&file.texts.secrecy, |t| &t.secrecy),
        footer: inherit(&file.texts.footer, |t| &t.footer),
    }
}

/// The local rules: each the file's, else the base's.
fn rules(own: &RuleOverrides, base: Option<&Template>) -> RuleOverrides {
    let base = base.map(|b| b.rules.clone()).unwrap_or_default();
    RuleOverrides {
        consent_to_meeting_days: own.consent_to_meeting_days.or(base.consent_to_meeting_days),
        consent_to_meeting_message: own
            .consent_to_meeting_message
            .clone()
            .or(base.consent_to_meeting_message),
        follow_up_days: own.follow_up_days.or(base.follow_up_days),
        follow_up_message: own.follow_up_message.clone().or(base.follow_up_message),
        child_signature_age: own.child_signature_age.or(base.child_signature_age),
        child_page: own.child_page.or(base.child_page),
        invitation_personnummer: own.invitation_personnummer.or(base.invitation_personnummer),
    }
}
