//! Reading plan files: RON (the default) and JSON, with positions.
//!
//! Works on bytes in memory: the front end reads the file, this module
//! turns its [`Source`] into a [`Plan`] or into diagnostics that say where
//! (line and column, field path) and what to do: every unfilled
//! `"<placeholder>"` at once, else the first error [`decode`] finds, with
//! the choice that was meant (`Familjen` → `Family`).

use crate::decode::{self, Readable};
use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;
use crate::plan::Plan;
use crate::source::{Format, Source};
use crate::suggest::closest;

/// Reads a plan. Unfilled placeholders (`"<…>"` from `sipplan new`) are all
/// reported at once; otherwise the first structural error is reported.
pub fn parse_plan(source: &Source) -> Result<Plan, Vec<Diagnostic>> {
    if crate::scan::is_blank(&source.text) {
        return Err(vec![
            Diagnostic::new(Code::Sip102, FieldPath::root(), msg!("sip102-empty"))
                .with_hint(msg!("sip102-empty-hint"))
                .with_span(0..0),
        ]);
    }
    let placeholders = unfilled_placeholders(source);
    if !placeholders.is_empty() {
        return Err(placeholders);
    }
    decode::parse(source).map_err(|d| vec![d])
}

impl Readable for Plan {
    /// How to write the choice a caseworker meant by `word`: the choice itself
    /// in any case (`family` → `Family`), a choice's printed word in a built-in
    /// template (`Familjen` → `Family`, `Skriftligt` → `Written`), a number as
    /// the kind of number it is, or any other name as another actor
    /// (`Other("Försäkringskassan")`). `None` when nothing fits.
    fn spell_choice(word: &str, expected: &[String], format: Format) -> Option<String> {
        let word = word.trim();
        let with_text = |variant: &str, text: &str| match format {
            Format::Ron => format!("{variant}(\"{text}\")"),
            Format::Json => format!("{{\"{variant}\": \"{text}\"}}"),
        };
        let unit = |variant: &str| decode::written(variant, format);
        if let Some(same) = decode::same_letters(word, expected, format) {
            return Some(same);
        }
        if let Some(variant) = choice_by_printed_word(word).filter(|v| expected.contains(v)) {
            return Some(unit(&variant));
        }
        let offers = |v: &str| expected.iter().any(|e| e == v);
        if offers("Personnummer") {
            let masked = crate::privacy::mask_numbers(word);
            let kind = if crate::plan::PlanDate::parse(word).is_ok() {
                return Some(with_text("BirthDate", word));
            } else if word.chars().filter(char::is_ascii_digit).count() >= 10 {
                let day: String = word.chars().filter(char::is_ascii_digit).collect();
                let day = &day[day.len() - 6..day.len() - 4];
                if day.parse::<u32>().is_ok_and(|d| d > 60) {
                    "Samordningsnummer"
                } else {
                    "Personnummer"
                }
            } else {
                "Reservnummer"
            };
            return Some(with_text(kind, &masked));
        }
        if offers("Other") && !word.is_empty() {
            return Some(with_text("Other", word));
        }
        closest(word, expected).map(unit)
    }
}

/// Every `"<…>"` string left from the starter plan, with its field path.
fn unfilled_placeholders(source: &Source) -> Vec<Diagnostic> {
    // Every placeholder starts with `"<`: most plans need no scan at all.
    if !source.text.contains("\"<") {
        return Vec::new();
    }
    crate::scan::strings(&source.text)
        .iter()
        // A closed string starts and ends with an (ASCII) quote.
        .filter(|(span, closed)| *closed && span.len() >= 2)
        .map(|(span, _)| (span, &source.text[span.start + 1..span.end - 1]))
        .filter(|(_, inner)| inner.starts_with('<') && inner.ends_with('>'))
        .map(|(span, inner)| {
            Diagnostic::new(
                Code::Sip107,
                source.path_at(span.start),
                msg!("sip107", placeholder = inner),
            )
            .with_hint(msg!("sip107-hint"))
            .with_span(span.clone())
        })
        .collect()
}

/// The choice whose printed word is `word`, or close to it (`Familjen`
/// and `Family` → `Family`, `Hela mötet` → `WholeMeeting`, `Skriftlig` →
/// `Written`).
fn choice_by_printed_word(word: &str) -> Option<String> {
    let printed: Vec<(String, &str)> = crate::plan::CHOICE_WORDS
        .iter()
        .map(|(text, variant)| (text.to_lowercase(), *variant))
        .collect();
    let word = word.trim().to_lowercase();
    if let Some((_, variant)) = printed.iter().find(|(text, _)| *text == word) {
        return Some((*variant).to_owned());
    }
    let texts: Vec<String> = printed.iter().map(|(text, _)| text.clone()).collect();
    let near = closest(&word, &texts)?;
    printed
        .into_iter()
        .find(|(text, _)| text == near)
        .map(|(_, variant)| variant.to_owned())
}

/// The full sample plan, for the library's own tests.
#[cfg(test)]
pub(crate) fn full_sample() -> Plan {
    let text = include_str!("../samples/full.ron");
    let source = Source::from_text("full.ron", text, Format::Ron);
    parse_plan(&source).unwrap_or_else(|_| unreachable!("the sample parses"))
}
