//! A source file in memory: its name, text and format, and the positions
//! of the values written in it.
//!
//! Everything that reads a plan or a template works on a [`Source`]: the
//! front ends read the bytes, the library finds every value's place in
//! the text, so a message can say line, column and field.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::msg;

/// The largest plan or template file sipplan reads. A real plan is a few KB.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The syntax of a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Rusty Object Notation: the default, readable and allows comments.
    Ron,
    /// JSON, for files made by other programs.
    Json,
}

impl Format {
    /// JSON for names ending in `.json`, RON for everything else.
    pub fn from_file_name(name: &str) -> Self {
        if name.to_ascii_lowercase().ends_with(".json") {
            Format::Json
        } else {
            Format::Ron
        }
    }
}

/// A source file in memory: its name (for messages), text and format.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in diagnostics, usually the path as the user typed it
    /// (with a personnummer in it masked).
    pub name: String,
    /// Where the file is, to find the files it names (a template, a logo)
    /// and to tell two paths to one file apart: the path it was read from,
    /// unmasked, with `.` and `folder/..` taken out; never shown.
    pub location: String,
    /// The text, without a leading byte-order mark, with `\n` for a lone CR
    /// and for U+2028 and U+2029.
    pub text: String,
    /// RON or JSON.
    pub format: Format,
    /// Compiled into sipplan (a built-in template), not read from a file:
    /// the files it names are found from the working folder.
    pub builtin: bool,
    /// Field path → value span, computed on the first lookup.
    spans: OnceLock<HashMap<String, Range<usize>>>,
}

impl Source {
    /// Checks size and encoding; a BOM is dropped, CRLF line ends are fine.
    pub fn from_bytes(name: &str, bytes: &[u8], format: Format) -> Result<Self, Diagnostic> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(too_large(bytes.len() as u64));
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes)
            .map_err(|e| crate::sniff::not_utf8(bytes, e.valid_up_to()))?;
        Ok(Self::from_text(name, text, format))
    }

    /// A source made from text, e.g. a built-in sample.
    pub fn from_text(name: &str, text: &str, format: Format) -> Self {
        Self {
            name: name.to_owned(),
            location: name.to_owned(),
            text: ordinary_line_ends(text),
            format,
            builtin: false,
            spans: OnceLock::new(),
        }
    }

    /// The same source, found at `location` (its name stays as shown).
    pub fn at(mut self, location: impl Into<String>) -> Self {
        self.location = location.into();
        self
    }

    fn spans(&self) -> &HashMap<String, Range<usize>> {
        self.spans
            .get_or_init(|| crate::scan::value_spans(&self.text))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// Byte offset of a 1-based line and column; `chars` says whether the
    /// column counts characters (RON) or bytes (JSON).
    pub(crate) fn offset_of(&self, line: usize, col: usize, chars: bool) -> usize {
        let line_start: usize = self
            .text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let rest = &self.text[line_start.min(self.text.len())..];
        let within = if chars {
            rest.char_indices()
                .nth(col.saturating_sub(1))
                .map_or(rest.len(), |(i, _)| i)
        } else {
            col.saturating_sub(1).min(rest.len())
        };
        floor_char_boundary(&self.text, line_start + within)
    }

    /// The span of the value at `path`, for pointing at it in a message. A path
    /// that is not written in the file (a missing optional field) points at the
    /// start of the nearest enclosing value that is.
    pub fn locate(&self, path: &FieldPath) -> Option<Range<usize>> {
        let spans = self.spans();
        let mut prefix = path.clone();
        loop {
            if let Some(span) = spans.get(&prefix.to_string()) {
                let span = span.clone();
                return Some(if prefix == *path {
                    first_line(&self.text, span)
                } else {
                    span.start..span.start + 1
                });
            }
            prefix.0.pop()?;
        }
    }

    /// The span of the value written at `path` (e.g. `actions[2].status`),
    /// when the file writes it; its end may include white space and a
    /// comment after a bare word. For editing the file as written.
    pub fn value_span(&self, path: &FieldPath) -> Option<Range<usize>> {
        self.spans().get(&path.to_string()).cloned()
    }

    /// Every value written in the file, with its path.
    pub fn value_paths(&self) -> Vec<(FieldPath, Range<usize>)> {
        self.spans()
            .iter()
            .map(|(path, span)| (FieldPath::parse(path), span.clone()))
            .collect()
    }

    /// The spans of every quoted text in the file, quotes included.
    pub fn quoted_spans(&self) -> Vec<Range<usize>> {
        crate::scan::quoted_spans(&self.text)
    }

    /// The innermost field path whose value contains `offset`.
    pub(crate) fn path_at(&self, offset: usize) -> FieldPath {
        self.spans()
            .iter()
            .filter(|(_, span)| span.contains(&offset))
            .min_by_key(|(_, span)| span.len())
            .map(|(path, _)| FieldPath::parse(path))
            .unwrap_or_default()
    }
}

/// `text` with the line ends the readers know: a CR alone (files from old
/// Macs) and Unicode's line and paragraph separators (U+2028, U+2029)
/// become `\n`, so that a line comment ends where the line does; CRLF stays.
fn ordinary_line_ends(text: &str) -> String {
    if !text.contains(['\r', '\u{2028}', '\u{2029}']) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() != Some(&'\n') => out.push('\n'),
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            other => out.push(other),
        }
    }
    out
}

/// The error for a file over [`MAX_FILE_BYTES`]; callers that know the
/// size before reading use it to avoid reading a huge file at all.
pub fn too_large(bytes: u64) -> Diagnostic {
    Diagnostic::new(
        Code::Sip101,
        FieldPath::root(),
        msg!("sip101", size = bytes / 1024, max = MAX_FILE_BYTES / 1024),
    )
    .with_hint(msg!("sip101-hint"))
}

pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Cuts a span to its first line, so a message underlines one line, not a block.
fn first_line(text: &str, span: Range<usize>) -> Range<usize> {
    let end = text
        .get(span.clone())
        .and_then(|t| t.find('\n'))
        .map_or(span.end, |i| span.start + i);
    span.start..end.max(span.start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RON: &str = r#"// comment (with: brackets)
(
    version: 1,
    actions: [
        (what: "Samtal", responsible: Other("BUP"), unit: Some("a")),
        (what: "Stöd", /* inline */ responsible: Kommun),
    ],
    child: (name: "Åsa", id: Personnummer("150312-2382")),
)"#;

    #[test]
    fn locates_a_missing_field_at_its_enclosing_value() {
        let source = Source::from_text("p.ron", RON, Format::Ron);
        let span = source.locate(&FieldPath::parse("actions[1].unit")).unwrap();
        assert_eq!(&RON[span.clone()], "(");
        assert_eq!(source.line_col(span.start), (6, 9));
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let source = Source::from_text("p.ron", "åäö\n  ö x", Format::Ron);
        let offset = source.text.find('x').unwrap();
        assert_eq!(source.line_col(offset), (2, 5));
        assert_eq!(source.offset_of(2, 5, true), offset);
    }
}
