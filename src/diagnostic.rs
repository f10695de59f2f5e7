//! What sipplan tells the user about a plan: one value per problem.
//!
//! The library produces [`Diagnostic`]s; the CLI prints them (rustc style or
//! JSON) in one place. A diagnostic never contains a personal identity number.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

/// Whether a problem stops the plan from being used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The plan is not valid: `check` fails and `render` refuses it.
    Error,
    /// Worth a look, but the plan is valid.
    Warning,
}

/// One problem found in a plan or template file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code, e.g. `SIP003`, listed in docs/plan-format.md.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The field the problem is about (empty for the whole file).
    pub path: FieldPath,
    /// Byte range in the source text, when known.
    pub span: Option<Range<usize>>,
    /// What to do about it, in plain words.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error about `path`, without a position yet.
    pub fn error(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            message: message.into(),
            path,
            span: None,
            hint: None,
        }
    }

    /// A warning about `path`, without a position yet.
    pub fn warning(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, path, message)
        }
    }

    /// Adds the advice shown under the message.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
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
