//! Finding the template: by name, in a language, or for a plan (the
//! [`Resolver`], which reads each template once).

use super::builtin::{DEFAULT_ID, builtin, builtin_ids};
use super::files::{Files, NoFiles};
use super::load::{FileDiagnostics, TemplateErrors, load};
use super::model::Template;
use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::message::Message;
use crate::msg;
use crate::source::{Format, Source};

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
}
