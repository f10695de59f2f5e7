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

/// Declares the codes once: each variant, its printed form and severity.
macro_rules! codes {
    ($($variant:ident = $text:literal, $severity:ident;)*) => {
        /// Every diagnostic code sipplan reports, with the severity it is
        /// reported with. The codes stay the same in every language, so the
        /// documentation can be searched by code; docs/plan-format.md and
        /// docs/templates.md say what each means (`tests/codes.rs` checks
        /// that they list exactly these, with these severities).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[allow(missing_docs)] $variant,)*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// Whether a problem with this code stops the plan from being used.
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }

            /// As printed: `SIP011`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    Sip001 = "SIP001", Error;
    Sip002 = "SIP002", Error;
    Sip003 = "SIP003", Error;
    Sip004 = "SIP004", Error;
    Sip005 = "SIP005", Warning;
    Sip006 = "SIP006", Warning;
    Sip007 = "SIP007", Error;
    Sip010 = "SIP010", Error;
    Sip011 = "SIP011", Error;
    Sip012 = "SIP012", Error;
    Sip013 = "SIP013", Warning;
    Sip014 = "SIP014", Warning;
    Sip015 = "SIP015", Warning;
    Sip016 = "SIP016", Error;
    Sip017 = "SIP017", Warning;
    Sip020 = "SIP020", Error;
    Sip021 = "SIP021", Error;
    Sip022 = "SIP022", Error;
    Sip023 = "SIP023", Warning;
    Sip030 = "SIP030", Warning;
    Sip031 = "SIP031", Warning;
    Sip032 = "SIP032", Warning;
    Sip040 = "SIP040", Error;
    Sip041 = "SIP041", Error;
    Sip042 = "SIP042", Error;
    Sip043 = "SIP043", Error;
    Sip044 = "SIP044", Error;
    Sip045 = "SIP045", Warning;
    Sip050 = "SIP050", Error;
    Sip051 = "SIP051", Error;
    Sip052 = "SIP052", Error;
    Sip053 = "SIP053", Error;
    Sip055 = "SIP055", Error;
    Sip056 = "SIP056", Error;
    Sip057 = "SIP057", Warning;
    Sip060 = "SIP060", Warning;
    Sip061 = "SIP061", Warning;
    Sip062 = "SIP062", Error;
    Sip063 = "SIP063", Error;
    Sip064 = "SIP064", Error;
    Sip070 = "SIP070", Error;
    Sip071 = "SIP071", Error;
    Sip072 = "SIP072", Error;
    Sip073 = "SIP073", Error;
    Sip074 = "SIP074", Error;
    Sip075 = "SIP075", Error;
    Sip080 = "SIP080", Warning;
    Sip081 = "SIP081", Warning;
    Sip090 = "SIP090", Error;
    Sip091 = "SIP091", Error;
    Sip093 = "SIP093", Error;
    Sip094 = "SIP094", Warning;
    Sip095 = "SIP095", Warning;
    Sip096 = "SIP096", Warning;
    Sip100 = "SIP100", Error;
    Sip101 = "SIP101", Error;
    Sip102 = "SIP102", Error;
    Sip103 = "SIP103", Error;
    Sip104 = "SIP104", Error;
    Sip105 = "SIP105", Error;
    Sip106 = "SIP106", Error;
    Sip107 = "SIP107", Error;
    Sip108 = "SIP108", Error;
    Sip109 = "SIP109", Error;
    Sip200 = "SIP200", Error;
    Sip201 = "SIP201", Error;
    Sip202 = "SIP202", Error;
    Sip203 = "SIP203", Error;
    Sip204 = "SIP204", Error;
    Sip205 = "SIP205", Error;
    Sip207 = "SIP207", Error;
    Sip208 = "SIP208", Error;
    Sip209 = "SIP209", Error;
    Sip210 = "SIP210", Error;
    Sip211 = "SIP211", Error;
    Sip212 = "SIP212", Error;
    Sip213 = "SIP213", Error;
    Sip214 = "SIP214", Error;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What is said of a file after its problems: "OK" or "inte giltig: 2
/// fel", with the warnings counted, on the terminal and in the form alike.
pub fn summary(diagnostics: &[Diagnostic]) -> Message {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors == 0 {
        crate::msg!("report-ok", warnings = warnings)
    } else {
        crate::msg!("report-invalid", errors = errors, warnings = warnings)
    }
}

/// One problem found in a plan or template file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Stable code, e.g. `SIP003`, listed in docs/plan-format.md.
    pub code: Code,
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
    /// A problem about `path`, with the severity of its code, without a
    /// position yet.
    pub fn new(code: Code, path: FieldPath, message: Message) -> Self {
        Self {
            code,
            severity: code.severity(),
            message,
            path,
            span: None,
            hint: None,
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

/// Every string in a value (a plan or a template as JSON), with the field
/// path it is at, in the order written.
pub fn strings_in(value: &serde_json::Value) -> Vec<(FieldPath, &str)> {
    fn walk<'a>(value: &'a serde_json::Value, at: FieldPath, out: &mut Vec<(FieldPath, &'a str)>) {
        match value {
            serde_json::Value::String(text) => out.push((at, text)),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, at.index(i), out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (name, item) in fields {
                    walk(item, at.field(name), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, FieldPath::root(), &mut out);
    out
}

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
