//! Editing a plan file as the caseworker wrote it: values are replaced,
//! fields added and removed by the positions the loader found, so that
//! comments, layout and spelling stay as they were. Used to start the next
//! revision ([`crate::followup`]) and to read a draft ([`crate::draft`]).

use std::collections::BTreeMap;
use std::ops::Range;

use crate::diagnostic::FieldPath;
use crate::source::{Format, Source};

/// Why a file could not be edited where it had to be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan file could not be edited at `{0}`")]
pub struct EditError(pub String);

/// Changes to a source text, made from the loader's value spans and applied
/// together, so that each refers to the text as it was read.
pub struct Edits<'a> {
    source: &'a Source,
    /// Replacements: the range of the original text and its new text.
    replaced: Vec<(Range<usize>, String)>,
    /// Fields to add, by the path of the group they go into, in order.
    added: BTreeMap<String, Vec<(String, String)>>,
}

impl<'a> Edits<'a> {
    /// No changes yet to `source`.
    pub fn new(source: &'a Source) -> Self {
        Self {
            source,
            replaced: Vec::new(),
            added: BTreeMap::new(),
        }
    }

    fn text(&self) -> &'a str {
        &self.source.text
    }

    /// Where the value at `path` is written, without white space or a
    /// comment after a bare word.
    pub fn span(&self, path: &str) -> Result<Range<usize>, EditError> {
        let span = self
            .source
            .value_span(&FieldPath::from(path))
            .ok_or_else(|| EditError(path.to_owned()))?;
        let value = &self.text()[span.clone()];
        let bare = !value.starts_with(['"', '(', '[', '{']) && !value.contains('(');
        let end = match value.find(|c: char| c.is_whitespace() || c == '/' || c == ',') {
            Some(cut) if bare => span.start + cut,
            _ => span.end,
        };
        Ok(span.start..end)
    }

    /// RON ends every item of a list written over several lines with a
    /// comma; JSON allows none after the last.
    fn trailing_comma(&self) -> &'static str {
        match self.source.format {
            Format::Ron => ",",
            Format::Json => "",
        }
    }

    /// Writes `value` (as it is to appear in the file) where the value at
    /// `path` is written.
    pub fn replace(&mut self, path: &str, value: &str) -> Result<(), EditError> {
        let span = self.span(path)?;
        self.replaced.push((span, value.to_owned()));
        Ok(())
    }

    /// Replaces the value at `path`, or adds it as `field` to `group`.
    pub fn set(
        &mut self,
        path: &str,
        group: &str,
        field: &str,
        value: &str,
    ) -> Result<(), EditError> {
        match self.source.value_span(&FieldPath::from(path)) {
            Some(_) => self.replace(path, value),
            None => {
                self.add(group, field, value);
                Ok(())
            }
        }
    }

    /// Adds `field: value` to the group at `group` (after its last field,
    /// in the file's own layout).
    pub fn add(&mut self, group: &str, field: &str, value: &str) {
        self.added
            .entry(group.to_owned())
            .or_default()
            .push((field.to_owned(), value.to_owned()));
    }

    /// Adds `field` with a list holding one item, `item`, to `group`.
    pub fn add_list(&mut self, group: &str, field: &str, item: &str) -> Result<(), EditError> {
        let (_, indent) = self.last_child(group)?;
        let inner = format!("{indent}    ");
        let trailing = self.trailing_comma();
        let value = format!("[\n{inner}{}{trailing}\n{indent}]", reindent(item, &inner));
        self.add(group, field, &value);
        Ok(())
    }

    /// Adds `item` as the last item of the list at `path`.
    pub fn add_item(
        &mut self,
        path: &str,
        list: Range<usize>,
        item: &str,
    ) -> Result<(), EditError> {
        match self.last_child(path) {
            Ok((last, indent)) => {
                let (at, comma) = self.after(last);
                let trailing = self.trailing_comma();
                let text = format!("{comma}\n{indent}{}{trailing}", reindent(item, &indent));
                self.replaced.push((at..at, text));
            }
            // An empty list: the item goes inside the brackets.
            Err(_) => {
                let outer = line_indent(self.text(), list.start);
                let indent = format!("{outer}    ");
                let trailing = self.trailing_comma();
                let text = format!("\n{indent}{}{trailing}\n{outer}", reindent(item, &indent));
                self.replaced.push((list.start + 1..list.start + 1, text));
            }
        }
        Ok(())
    }

    /// Leaves out the field whose value is `value`, with its name, its
    /// comma and, when it has lines of its own, those lines.
    pub fn remove_field(&mut self, name: &str, value: Range<usize>) -> Result<(), EditError> {
        let text = self.text();
        let before = text[..value.start].trim_end();
        let before = before
            .strip_suffix(':')
            .ok_or_else(|| EditError(name.to_owned()))?
            .trim_end();
        let key = before
            .strip_suffix(name)
            .or_else(|| before.strip_suffix(&format!("\"{name}\"")))
            .ok_or_else(|| EditError(name.to_owned()))?;
        let mut start = key.len();
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..start].trim().is_empty() {
            start = line_start;
        }
        let (mut end, _) = self.after(value.end);
        if text[end..].starts_with(',') {
            end += 1;
        }
        let rest = &text[end..];
        let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        if rest[..line_end].trim().is_empty() {
            end += line_end;
        }
        self.replaced.push((start..end, String::new()));
        Ok(())
    }

    /// The end of the last value written in the group or list at `path`,
    /// and the indentation of its line.
    fn last_child(&self, path: &str) -> Result<(usize, String), EditError> {
        let group = self.span(path)?;
        let last = self
            .child_spans(path)
            .into_iter()
            .filter(|span| group.start < span.start && span.end < group.end)
            .max_by_key(|span| span.end)
            .ok_or_else(|| EditError(path.to_owned()))?;
        Ok((last.end, line_indent(self.text(), last.start)))
    }

    /// The spans of the values directly inside the group or list at `path`.
    fn child_spans(&self, path: &str) -> Vec<Range<usize>> {
        let depth = FieldPath::from(path).0.len() + 1;
        self.source
            .value_paths()
            .into_iter()
            .filter(|(p, _)| p.0.len() == depth && p.0.starts_with(&FieldPath::from(path).0))
            .map(|(p, _)| self.span(&p.to_string()).unwrap_or(0..0))
            .collect()
    }

    /// Where to add after a value that ends at `end`: after its comma (and
    /// the rest of its line), and the comma to write when it has none.
    fn after(&self, end: usize) -> (usize, &'static str) {
        let text = self.text();
        let rest = &text[end..];
        let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if rest[spaces..].starts_with(',') {
            let after_comma = end + spaces + 1;
            // Keep a comment after the comma on its line.
            let line = &text[after_comma..];
            let line_end = line.find('\n').unwrap_or(line.len());
            let tail = line[..line_end].trim();
            if tail.starts_with("//") {
                return (after_comma + line_end, "");
            }
            (after_comma, "")
        } else {
            (end, ",")
        }
    }

    /// The text within `range` with every edit in it applied.
    pub fn apply_within(mut self, range: Range<usize>) -> Result<String, EditError> {
        let format = self.source.format;
        for (group, fields) in std::mem::take(&mut self.added) {
            let Ok((last, indent)) = self.last_child(&group) else {
                // An empty group: the fields go inside its brackets.
                let open = self.span(&group)?.start + 1;
                let text: Vec<String> = fields
                    .iter()
                    .map(|(name, value)| format!("{}: {value}", key(name, format)))
                    .collect();
                self.replaced.push((open..open, text.join(", ")));
                continue;
            };
            let (at, comma) = self.after(last);
            let mut text = comma.to_owned();
            for (i, (name, value)) in fields.iter().enumerate() {
                let key = key(name, format);
                let separator = if i == 0 { "" } else { "," };
                let one_line = !self.text()[self.span(&group)?].contains('\n');
                if one_line {
                    text.push_str(&format!("{separator} {key}: {value}"));
                } else {
                    text.push_str(&format!("{separator}\n{indent}{key}: {value}"));
                }
            }
            // RON keeps the trailing comma of the lines around it.
            if format == Format::Ron && comma.is_empty() {
                text.push(',');
            }
            self.replaced.push((at..at, text));
        }
        let mut edits: Vec<(usize, Range<usize>, String)> = self
            .replaced
            .into_iter()
            .enumerate()
            .filter(|(_, (r, _))| range.start <= r.start && r.end <= range.end)
            .map(|(i, (r, t))| (i, r, t))
            .collect();
        edits.sort_by_key(|(i, r, _)| (std::cmp::Reverse(r.start), std::cmp::Reverse(*i)));
        let mut out = self.source.text[range.clone()].to_owned();
        let mut limit = range.end;
        for (_, r, text) in edits {
            if r.end > limit {
                return Err(EditError("overlapping edits".into()));
            }
            out.replace_range(r.start - range.start..r.end - range.start, &text);
            limit = r.start;
        }
        Ok(out)
    }
}

/// A field's name as the format writes it.
fn key(name: &str, format: Format) -> String {
    match format {
        Format::Ron => name.to_owned(),
        Format::Json => format!("\"{name}\""),
    }
}

/// The white space at the start of the line that `at` is on.
fn line_indent(text: &str, at: usize) -> String {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// A block of text moved `indent` deeper: every line after the first,
/// except lines that continue a quoted text.
fn reindent(block: &str, indent: &str) -> String {
    let source = Source::from_text("", block, Format::Ron);
    let quoted = source.quoted_spans();
    let mut result = String::with_capacity(block.len() + 256);
    let mut offset = 0;
    for line in block.split_inclusive('\n') {
        let inside = quoted.iter().any(|q| q.start < offset && offset < q.end);
        if offset > 0 && !inside && !line.trim().is_empty() {
            result.push_str(indent);
        }
        result.push_str(line);
        offset += line.len();
    }
    result
}
