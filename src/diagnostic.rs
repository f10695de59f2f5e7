//! What sipplan tells the user about a plan: one value per problem.
//!
//! The library produces [`Diagnostic`]s; the CLI prints them (rustc style or
//! JSON) in one place. A diagnostic never contains a personal identity number.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::message::Message;

/// Whether a problem stops the plan from being used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The plan is not valid: `check` fails and `render` refuses it.
    Error,
    /// Worth a look, but the plan is valid.
    Warning,
}

/// Every diagnostic code sipplan reports: its severity and what it means.
/// The codes stay the same in every language, so the documentation can be
/// searched by code; docs/plan-format.md and docs/templates.md list the same
/// codes with the same severities (`tests/codes.rs` checks both ways).
pub const CODES: &[(&str, Severity, &str)] = &[
    (
        "SIP001",
        Severity::Error,
        "No insatser: the law requires the plan to say which are needed.",
    ),
    (
        "SIP002",
        Severity::Error,
        "A Kommun or Region insats does not name its unit (verksamhet).",
    ),
    (
        "SIP003",
        Severity::Error,
        "The plan does not say what others than the kommun and the region do (no such rows and no `no_measures_by_others: true`).",
    ),
    (
        "SIP004",
        Severity::Error,
        "`no_measures_by_others: true`, yet rows for others exist.",
    ),
    (
        "SIP005",
        Severity::Warning,
        "The huvudman with overall responsibility has no insats.",
    ),
    (
        "SIP006",
        Severity::Warning,
        "Insatser from only one huvudman.",
    ),
    (
        "SIP007",
        Severity::Error,
        "`Other(\"\")`: the other actor has no name.",
    ),
    ("SIP010", Severity::Error, "Nobody has given consent."),
    (
        "SIP011",
        Severity::Error,
        "Consent is dated after the meeting.",
    ),
    (
        "SIP012",
        Severity::Error,
        "Consent was withdrawn on or before the meeting.",
    ),
    (
        "SIP013",
        Severity::Warning,
        "Joint custody, but a custodian is not among those who consented.",
    ),
    (
        "SIP014",
        Severity::Warning,
        "The child is 15–17 and the child's view on consent is not recorded.",
    ),
    (
        "SIP015",
        Severity::Warning,
        "Consent runs out before the follow-up.",
    ),
    (
        "SIP016",
        Severity::Error,
        "Consent ran out before the meeting.",
    ),
    (
        "SIP017",
        Severity::Warning,
        "Someone who consented is not the child, a guardian or a relative in the plan (often a spelling difference).",
    ),
    (
        "SIP020",
        Severity::Error,
        "The follow-up is not after the meeting.",
    ),
    (
        "SIP021",
        Severity::Error,
        "An insats is to be done before it starts.",
    ),
    (
        "SIP022",
        Severity::Error,
        "The plan is closed before its meeting.",
    ),
    (
        "SIP023",
        Severity::Warning,
        "A recorded deviation is about an insats row the plan does not have.",
    ),
    (
        "SIP030",
        Severity::Warning,
        "How the child took part is not recorded.",
    ),
    (
        "SIP031",
        Severity::Warning,
        "The child is 18 or older on the meeting date (certainly, when the birth date is partly unknown).",
    ),
    (
        "SIP032",
        Severity::Warning,
        "The birth date is partly unknown and the child may be 18 on the meeting date.",
    ),
    (
        "SIP040",
        Severity::Error,
        "The personnummer or samordningsnummer is not valid (form, date, check digit, birth number).",
    ),
    (
        "SIP041",
        Severity::Error,
        "A samordningsnummer written as `Personnummer(…)` or the other way round.",
    ),
    (
        "SIP042",
        Severity::Error,
        "Written with `+` (100 years or older).",
    ),
    (
        "SIP043",
        Severity::Error,
        "The birth date is after the meeting.",
    ),
    ("SIP044", Severity::Error, "Empty reservnummer."),
    ("SIP045", Severity::Warning, "No guardian listed."),
    ("SIP050", Severity::Error, "A text is empty or only spaces."),
    (
        "SIP051",
        Severity::Error,
        "A text is too long (names 200, free text 10,000 characters).",
    ),
    ("SIP052", Severity::Error, "Not an e-mail address."),
    ("SIP053", Severity::Error, "Not a phone number."),
    ("SIP055", Severity::Error, "Revision outside 1–999."),
    (
        "SIP056",
        Severity::Error,
        "A list holds more items than the limit (see Limits).",
    ),
    (
        "SIP057",
        Severity::Warning,
        "Text for the family or the child is hard to read: LIX above 40 (a hint).",
    ),
    (
        "SIP060",
        Severity::Warning,
        "(render) The printed plan needs more pages than the core plan's 2.",
    ),
    (
        "SIP061",
        Severity::Warning,
        "(render) Characters no embedded font has, in a draft or a template's words; printed as �.",
    ),
    (
        "SIP062",
        Severity::Error,
        "Characters no embedded font has (emoji, Chinese); names the field and whose entry it is.",
    ),
    (
        "SIP070",
        Severity::Error,
        "The template makes this field required.",
    ),
    (
        "SIP071",
        Severity::Error,
        "`custom` names a section the template does not have.",
    ),
    (
        "SIP072",
        Severity::Error,
        "`custom` names a field the section does not have.",
    ),
    (
        "SIP073",
        Severity::Error,
        "A checked option the checklist does not have.",
    ),
    (
        "SIP074",
        Severity::Error,
        "Text for a checklist, or a list for a text field.",
    ),
    (
        "SIP075",
        Severity::Error,
        "A custom field the template requires is missing.",
    ),
    (
        "SIP080",
        Severity::Warning,
        "Consent to meeting took longer than the template's limit.",
    ),
    (
        "SIP081",
        Severity::Warning,
        "Meeting to follow-up is longer than the template's limit.",
    ),
    (
        "SIP090",
        Severity::Error,
        "Revision numbers are not 1, 2, 3, … in order (an earlier revision was changed by hand).",
    ),
    (
        "SIP091",
        Severity::Error,
        "A revision's meeting is not after the previous revision's meeting.",
    ),
    (
        "SIP093",
        Severity::Error,
        "An earlier revision has a history of its own.",
    ),
    (
        "SIP094",
        Severity::Warning,
        "The follow-up date has passed, no newer revision exists and the plan is not closed (with `--today`).",
    ),
    (
        "SIP095",
        Severity::Warning,
        "An action from the previous revision has no status from this follow-up.",
    ),
    (
        "SIP096",
        Severity::Warning,
        "An action marked `Done` has a done-by date after the day its status was set (`status_date`, else the plan's date); never judged by the computer's clock.",
    ),
    ("SIP100", Severity::Error, "The file is not UTF-8 text."),
    ("SIP101", Severity::Error, "The file is larger than 5 MB."),
    (
        "SIP102",
        Severity::Error,
        "The file cannot be read (syntax): a missing comma, quote or bracket.",
    ),
    (
        "SIP103",
        Severity::Error,
        "Unknown field (with the closest valid name).",
    ),
    ("SIP104", Severity::Error, "A required field is missing."),
    (
        "SIP105",
        Severity::Error,
        "Wrong kind of value, or a date that is not in the calendar.",
    ),
    (
        "SIP106",
        Severity::Error,
        "Not one of the allowed choices (with the closest one).",
    ),
    (
        "SIP107",
        Severity::Error,
        "A `\"<…>\"` placeholder is not filled in.",
    ),
    (
        "SIP108",
        Severity::Error,
        "The same field is written twice.",
    ),
    ("SIP109", Severity::Error, "Brackets nested too deeply."),
    (
        "SIP200",
        Severity::Error,
        "A template or file it names cannot be read.",
    ),
    (
        "SIP201",
        Severity::Error,
        "Templates extend each other in a circle.",
    ),
    (
        "SIP202",
        Severity::Error,
        "The template it extends has errors (listed after it).",
    ),
    (
        "SIP203",
        Severity::Error,
        "Written for another plan format.",
    ),
    (
        "SIP204",
        Severity::Error,
        "Labels are missing in a template that extends nothing.",
    ),
    (
        "SIP205",
        Severity::Error,
        "No `sections` in a template that extends nothing.",
    ),
    (
        "SIP207",
        Severity::Error,
        "The logo cannot be read, is too large or is not a PNG/JPEG.",
    ),
    ("SIP208", Severity::Error, "A section is listed twice."),
    (
        "SIP209",
        Severity::Error,
        "`Custom(\"…\")` names a section that is not defined.",
    ),
    (
        "SIP210",
        Severity::Error,
        "A section the law needs is left out.",
    ),
    (
        "SIP211",
        Severity::Error,
        "Two custom sections or fields have the same key.",
    ),
    (
        "SIP212",
        Severity::Error,
        "A key is not made of a–z, 0–9 and _.",
    ),
    (
        "SIP213",
        Severity::Error,
        "The language is not a language code such as `sv` or `en`.",
    ),
];

/// What a code means, if it is one of [`CODES`].
pub fn describe(code: &str) -> Option<(Severity, &'static str)> {
    CODES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, severity, meaning)| (*severity, *meaning))
}

/// One problem found in a plan or template file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Stable code, e.g. `SIP003`, listed in docs/plan-format.md.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence (put into words by the catalogue).
    pub message: Message,
    /// The field the problem is about (empty for the whole file).
    pub path: FieldPath,
    /// Byte range in the source text, when known.
    pub span: Option<Range<usize>>,
    /// What to do about it, in plain words (boxed: most of a diagnostic's
    /// life is as the error of a `Result`).
    pub hint: Option<Box<Message>>,
}

impl Diagnostic {
    /// An error about `path`, without a position yet.
    pub fn error(code: &'static str, path: FieldPath, message: Message) -> Self {
        Self {
            code,
            severity: Severity::Error,
            message,
            path,
            span: None,
            hint: None,
        }
    }

    /// A warning about `path`, without a position yet.
    pub fn warning(code: &'static str, path: FieldPath, message: Message) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, path, message)
        }
    }

    /// Adds the advice shown under the message.
    pub fn with_hint(mut self, hint: Message) -> Self {
        self.hint = Some(Box::new(hint));
        self
    }

    /// Sets the byte range in the source text.
    pub fn with_span(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    /// Whether this diagnostic makes the plan invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// One step of a [`FieldPath`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A named field, e.g. `actions`.
    Field(String),
    /// A position in a list, counted from 0 as in the file format.
    Index(usize),
}

/// Where a value sits in a plan, written like `actions[2].responsible`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(pub Vec<Segment>);

impl FieldPath {
    /// The path of the whole file.
    pub fn root() -> Self {
        Self::default()
    }

    /// Parses `a.b[2].c`; used to write paths in rules compactly.
    pub fn parse(text: &str) -> Self {
        let mut segments = Vec::new();
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let mut pieces = part.split('[');
            if let Some(name) = pieces.next().filter(|n| !n.is_empty()) {
                segments.push(Segment::Field(name.to_owned()));
            }
            for index in pieces {
                if let Ok(i) = index.trim_end_matches(']').parse() {
                    segments.push(Segment::Index(i));
                }
            }
        }
        Self(segments)
    }

    /// This path with a field name appended.
    pub fn field(&self, name: &str) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Field(name.to_owned()));
        p
    }

    /// This path with a list index appended.
    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Index(i));
        p
    }

    /// Whether this is the whole file.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => f.write_str(name)?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// `a.b[2]` as a path, for terse rule code.
impl From<&str> for FieldPath {
    fn from(text: &str) -> Self {
        Self::parse(text)
    }
}

crate::display_arg!(FieldPath);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_print_and_parse_the_same_way() {
        for text in [
            "actions[2].responsible",
            "child.id",
            "needs[0]",
            "a[1][2].b",
        ] {
            assert_eq!(FieldPath::parse(text).to_string(), text);
        }
        assert!(FieldPath::parse("").is_root());
    }
}
