//! Reading plan files: RON (the default) and JSON, with positions.
//!
//! Works on bytes in memory: the CLI reads the file, this module turns the
//! bytes into a [`Plan`] or into diagnostics that say where (line and column,
//! field path) and what to do ("did you mean `responsible`?").

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, FieldPath, Segment};
use crate::message::Message;
use crate::msg;
use crate::plan::Plan;
use crate::suggest::closest;

/// The largest plan or template file sipplan reads. A real plan is a few KB.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// How deep RON input may nest before it is refused (a plan needs about 6).
const MAX_NESTING: usize = 64;

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
    /// The name shown in diagnostics, usually the path as the user typed it.
    pub name: String,
    /// The text, without a leading byte-order mark.
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
        let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e.valid_up_to()))?;
        Ok(Self::from_text(name, text, format))
    }

    /// A source made from text, e.g. a built-in sample.
    pub fn from_text(name: &str, text: &str, format: Format) -> Self {
        Self {
            name: name.to_owned(),
            text: text.to_owned(),
            format,
            builtin: false,
            spans: OnceLock::new(),
        }
    }

    fn spans(&self) -> &HashMap<String, Range<usize>> {
        self.spans.get_or_init(|| value_spans(&self.text))
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
    fn offset_of(&self, line: usize, col: usize, chars: bool) -> usize {
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
        let mut scanner = Scanner::new(&self.text);
        scanner.value(&mut Vec::new(), 0);
        scanner.strings.into_iter().map(|(span, _)| span).collect()
    }

    /// The innermost field path whose value contains `offset`.
    fn path_at(&self, offset: usize) -> FieldPath {
        self.spans()
            .iter()
            .filter(|(_, span)| span.contains(&offset))
            .min_by_key(|(_, span)| span.len())
            .map(|(path, _)| FieldPath::parse(path))
            .unwrap_or_default()
    }
}

/// A file that is not UTF-8, most often one saved as Latin-1 or
/// Windows-1252 (Notepad's "ANSI"): the line and column of the first byte
/// that is not UTF-8, since the text cannot be shown.
fn not_utf8(bytes: &[u8], valid_up_to: usize) -> Diagnostic {
    // Everything before the bad byte is valid UTF-8.
    let before = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    let letter = match bytes[valid_up_to] {
        0xE5 | 0xC5 => Some("å/Å"),
        0xE4 | 0xC4 => Some("ä/Ä"),
        0xF6 | 0xD6 => Some("ö/Ö"),
        0xE9 | 0xC9 => Some("é/É"),
        _ => None,
    };
    let message = match letter {
        Some(letter) => msg!(
            "sip100-letter",
            line = line,
            column = column,
            letter = letter
        ),
        None => msg!("sip100", line = line, column = column),
    };
    Diagnostic::error("SIP100", FieldPath::root(), message)
        .with_hint(msg!("sip100-hint"))
        .with_span(valid_up_to..valid_up_to)
}

/// What a file is, when it is clearly not a text file: a plan given as a
/// Word document, a PDF, a ZIP archive or an image. `None` for text (and
/// for anything not recognised).
pub fn binary_kind(bytes: &[u8]) -> Option<Message> {
    let zip_holds = |name: &[u8]| bytes.windows(name.len()).take(64 * 1024).any(|w| w == name);
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(if zip_holds(b"word/") {
            msg!("file-kind-word")
        } else if zip_holds(b"xl/") {
            msg!("file-kind-excel")
        } else if zip_holds(b"opendocument") {
            msg!("file-kind-opendocument")
        } else {
            msg!("file-kind-zip")
        });
    }
    let kinds: [(&[u8], &'static str); 8] = [
        (b"%PDF", "file-kind-pdf"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "file-kind-office"),
        (b"{\\rtf", "file-kind-rtf"),
        (b"\x89PNG", "file-kind-png"),
        (b"\xFF\xD8\xFF", "file-kind-jpeg"),
        (b"GIF8", "file-kind-gif"),
        (b"\x1F\x8B", "file-kind-gzip"),
        (b"7z\xBC\xAF", "file-kind-7zip"),
    ];
    kinds
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| Message::new(kind))
}

/// The error for a file over [`MAX_FILE_BYTES`]; callers that know the
/// size before reading use it to avoid reading a huge file at all.
pub fn too_large(bytes: u64) -> Diagnostic {
    Diagnostic::error(
        "SIP101",
        FieldPath::root(),
        msg!("sip101", size = bytes / 1024, max = MAX_FILE_BYTES / 1024),
    )
    .with_hint(msg!("sip101-hint"))
}

/// Reads a plan. Unfilled placeholders (`"<…>"` from `sipplan new`) are all
/// reported at once; otherwise the first structural error is reported.
pub fn parse_plan(source: &Source) -> Result<Plan, Vec<Diagnostic>> {
    if is_blank(&source.text) {
        return Err(vec![
            Diagnostic::error("SIP102", FieldPath::root(), msg!("sip102-empty"))
                .with_hint(msg!("sip102-empty-hint"))
                .with_span(0..0),
        ]);
    }
    let placeholders = unfilled_placeholders(source);
    if !placeholders.is_empty() {
        return Err(placeholders);
    }
    parse(source).map_err(|d| vec![d])
}

/// Whether a text holds nothing but white space and comments.
fn is_blank(text: &str) -> bool {
    let mut scanner = Scanner::new(text);
    scanner.skip_space();
    scanner.pos >= text.len()
}

/// Deserializes any sipplan document type from a source, with a located error.
pub fn parse<T: DeserializeOwned>(source: &Source) -> Result<T, Diagnostic> {
    match source.format {
        Format::Ron => parse_ron(source),
        Format::Json => parse_json(source),
    }
}

fn parse_ron<T: DeserializeOwned>(source: &Source) -> Result<T, Diagnostic> {
    deserialize_ron(&source.text).map_err(|failed| {
        let (error, path) = *failed;
        let start = source.offset_of(error.span.start.line, error.span.start.col, true);
        let end = source.offset_of(error.span.end.line, error.span.end.col, true);
        if let ron::Error::ExpectedIdentifier = error.code
            && let Some(quoted) = quoted_at(&source.text, start)
            && let Some(expected) =
                choices_for_quoted::<T>(&source.text, start..start + quoted.len() + 2)
        {
            return quoted_choice(&quoted, &expected, path, Format::Ron)
                .with_span(start..start + quoted.len() + 2);
        }
        let problem = Problem::from_ron(error.code);
        if let Problem::Syntax(_) = problem
            && let Some(open) = text_running_over_a_line_end(&source.text, start)
        {
            return Diagnostic::error(
                "SIP102",
                source.path_at(open.start),
                msg!("sip102-unclosed"),
            )
            .with_hint(msg!("sip102-unclosed-hint"))
            .with_span(open.start..open.start + 1);
        }
        problem
            .into_diagnostic(path, Format::Ron)
            .with_span(start..end.max(start + 1))
    })
}

/// Deserializes RON text, or gives the error and the field path it is in.
fn deserialize_ron<T: DeserializeOwned>(
    text: &str,
) -> Result<T, Box<(ron::error::SpannedError, FieldPath)>> {
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    let mut de = ron::Deserializer::from_str_with_options(text, &options)
        .map_err(|e| Box::new((e, FieldPath::root())))?;
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = convert_path(e.path());
        Box::new((de.span_error(e.into_inner()), path))
    })?;
    de.end()
        .map_err(|e| Box::new((de.span_error(e), FieldPath::root())))?;
    Ok(value)
}

/// The text inside the quotes of a quoted text starting at `start`.
fn quoted_at(text: &str, start: usize) -> Option<String> {
    let rest = text.get(start..)?.strip_prefix('"')?;
    let end = rest.find(['"', '\\', '\n'])?;
    (rest[end..].starts_with('"')).then(|| rest[..end].to_owned())
}

/// The choices of the field where a quoted text stands in RON: found by
/// reading the file again with a bare word there, which the reader then
/// reports as "not one of" with the list.
fn choices_for_quoted<T: DeserializeOwned>(
    text: &str,
    quoted: Range<usize>,
) -> Option<Vec<String>> {
    let mut probe = text.to_owned();
    probe.replace_range(quoted, "NotAChoiceOfSipplan");
    match deserialize_ron::<T>(&probe) {
        Err(failed) => match failed.0.code {
            ron::Error::NoSuchEnumVariant { expected, .. } => {
                Some(expected.iter().map(|s| (*s).to_owned()).collect())
            }
            _ => None,
        },
        Ok(_) => None,
    }
}

/// A choice written in quotes, like text: say that it takes a choice and
/// how to write the one meant.
fn quoted_choice(word: &str, expected: &[String], path: FieldPath, format: Format) -> Diagnostic {
    let field = match path.0.last() {
        Some(Segment::Field(name)) => name.clone(),
        _ => path.to_string(),
    };
    let message = msg!("sip106-quoted", field = &field);
    let hint = match spelled_choice(word, expected, format) {
        // A number is shown masked: the user writes their own digits.
        Some(right) if right.contains("XXXX") => {
            msg!("sip106-quoted-hint-number", field = &field, right = right)
        }
        Some(right) => msg!("sip106-quoted-hint", field = &field, right = right),
        None => msg!("sip106-hint", choices = expected.join(", ")),
    };
    Diagnostic::error("SIP106", path, message).with_hint(hint)
}

/// How to write the choice a caseworker meant by `word`: the choice itself
/// in any case (`family` → `Family`), a choice's printed word in a built-in
/// template (`Familjen` → `Family`, `Skriftligt` → `Written`), a number as
/// the kind of number it is, or any other name as another actor
/// (`Other("Försäkringskassan")`). `None` when nothing fits.
fn spelled_choice(word: &str, expected: &[String], format: Format) -> Option<String> {
    let word = word.trim();
    let with_text = |variant: &str, text: &str| match format {
        Format::Ron => format!("{variant}(\"{text}\")"),
        Format::Json => format!("{{\"{variant}\": \"{text}\"}}"),
    };
    let unit = |variant: &str| match format {
        Format::Ron => variant.to_owned(),
        Format::Json => format!("\"{variant}\""),
    };
    if let Some(variant) = expected.iter().find(|v| v.eq_ignore_ascii_case(word)) {
        return Some(unit(variant));
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

/// The choice whose printed word in a built-in template is `word`, or
/// close to it (`Familjen` and `Family` → `Family`, `Hela mötet` →
/// `WholeMeeting`, `Skriftlig` → `Written`).
fn choice_by_printed_word(word: &str) -> Option<String> {
    let mut printed: Vec<(String, String)> = Vec::new();
    for id in crate::template::builtin_ids() {
        let Ok(t) = crate::template::by_name(id, &crate::template::NoFiles) else {
            continue;
        };
        if let Ok(serde_json::Value::Object(choices)) = serde_json::to_value(&t.labels.choices) {
            for (key, text) in choices {
                if let Some(text) = text.as_str() {
                    printed.push((text.to_lowercase(), pascal_case(&key)));
                }
            }
        }
    }
    let word = word.trim().to_lowercase();
    if let Some((_, variant)) = printed.iter().find(|(text, _)| *text == word) {
        return Some(variant.clone());
    }
    let texts: Vec<String> = printed.iter().map(|(text, _)| text.clone()).collect();
    let near = closest(&word, &texts)?;
    printed
        .into_iter()
        .find(|(text, _)| text == near)
        .map(|(_, variant)| variant)
}

/// `whole_meeting` → `WholeMeeting`: a label key as its choice's name.
fn pascal_case(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn parse_json<T: DeserializeOwned>(source: &Source) -> Result<T, Diagnostic> {
    let mut de = serde_json::Deserializer::from_str(&source.text);
    let result = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| (convert_path(e.path()), e.into_inner()))
        .and_then(|v| de.end().map(|()| v).map_err(|e| (FieldPath::root(), e)));
    result.map_err(|(path, error)| {
        let start = source.offset_of(error.line(), error.column(), false);
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let message = error.to_string();
        let message = message.strip_suffix(&suffix).unwrap_or(&message);
        let problem = match error.classify() {
            serde_json::error::Category::Data => Problem::from_serde_message(message),
            _ => Problem::Syntax(json_syntax(message)),
        };
        problem
            .into_diagnostic(path, Format::Json)
            .with_span(start.saturating_sub(1)..start.max(1))
    })
}

/// Drops enum-variant steps: a path names fields and list positions only.
fn convert_path(path: &serde_path_to_error::Path) -> FieldPath {
    FieldPath(
        path.iter()
            .filter_map(|s| match s {
                serde_path_to_error::Segment::Map { key } => Some(Segment::Field(key.clone())),
                serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
                _ => None,
            })
            .collect(),
    )
}

/// What went wrong while reading, independent of the format.
#[derive(Debug)]
enum Problem {
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    UnknownChoice {
        found: String,
        expected: Vec<String>,
    },
    MissingField(String),
    DuplicateField(String),
    TooDeep,
    UnclosedText,
    Syntax(Message),
    /// A value's own explanation, e.g. a date that is not in the calendar.
    Own(Message),
    /// The reader wanted another kind of value (a word from the catalogue).
    Expected(Message),
    Value(String),
}

impl Problem {
    fn from_ron(error: ron::Error) -> Self {
        use ron::Error as E;
        let names = |e: &[&str]| e.iter().map(|s| (*s).to_owned()).collect();
        match error {
            E::NoSuchStructField {
                expected, found, ..
            } => Problem::UnknownField {
                found,
                expected: names(expected),
            },
            E::NoSuchEnumVariant {
                expected, found, ..
            } => Problem::UnknownChoice {
                found,
                expected: names(expected),
            },
            E::MissingStructField { field, .. } => Problem::MissingField(field.to_owned()),
            E::DuplicateStructField { field, .. } => Problem::DuplicateField(field.to_owned()),
            E::ExceededRecursionLimit => Problem::TooDeep,
            E::Message(m) => Problem::from_serde_message(&m),
            E::InvalidValueForType { expected, found } => {
                Problem::Value(format!("invalid type: {found}, expected {expected}"))
            }
            E::ExpectedStringEnd => Problem::UnclosedText,
            E::ExpectedString => Problem::Expected(msg!("expected-text")),
            E::ExpectedInteger | E::IntegerOutOfBounds => {
                Problem::Expected(msg!("expected-integer"))
            }
            E::ExpectedBoolean => Problem::Expected(msg!("expected-boolean")),
            E::ExpectedArray => Problem::Expected(msg!("expected-list")),
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
                Problem::Expected(msg!("expected-group-ron"))
            }
            E::Eof => Problem::Syntax(msg!("syntax-eof")),
            E::ExpectedComma => Problem::Syntax(msg!("syntax-comma")),
            E::ExpectedArrayEnd => Problem::Syntax(msg!("syntax-close", bracket = "]")),
            E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
                Problem::Syntax(msg!("syntax-close", bracket = ")"))
            }
            E::ExpectedMapEnd => Problem::Syntax(msg!("syntax-close", bracket = "}")),
            E::ExpectedMapColon => Problem::Syntax(msg!("syntax-colon")),
            E::ExpectedIdentifier => Problem::Syntax(msg!("syntax-name")),
            E::UnclosedBlockComment | E::UnclosedLineComment => {
                Problem::Syntax(msg!("syntax-comment"))
            }
            E::TrailingCharacters => Problem::Syntax(msg!("syntax-trailing")),
            E::UnexpectedChar(c) => Problem::Syntax(msg!("syntax-char", char = c)),
            other => Problem::Syntax(msg!("syntax-other", detail = other.to_string())),
        }
    }

    /// Recognises serde's standard messages, which JSON (and custom RON
    /// errors) report as text.
    fn from_serde_message(message: &str) -> Self {
        if let Some(own) = Message::from_tag(message) {
            return Problem::Own(own);
        }
        let quoted: Vec<String> = message
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        let mut names = quoted.into_iter();
        if message.starts_with("unknown field") {
            let found = names.next().unwrap_or_default();
            Problem::UnknownField {
                found,
                expected: names.collect(),
            }
        } else if message.starts_with("unknown variant") {
            let found = names.next().unwrap_or_default();
            Problem::UnknownChoice {
                found,
                expected: names.collect(),
            }
        } else if message.starts_with("missing field") {
            Problem::MissingField(names.next().unwrap_or_default())
        } else if message.starts_with("duplicate field") {
            Problem::DuplicateField(names.next().unwrap_or_default())
        } else if message.starts_with("recursion limit") {
            Problem::TooDeep
        } else {
            Problem::Value(message.to_owned())
        }
    }

    fn into_diagnostic(self, path: FieldPath, format: Format) -> Diagnostic {
        match self {
            Problem::UnknownField { found, expected } => {
                let hint = match closest(&found, &expected) {
                    Some(name) => crate::suggest::did_you_mean(name),
                    None => msg!("sip103-hint", fields = expected.join(", ")),
                };
                let found = crate::privacy::mask_numbers(&found);
                Diagnostic::error("SIP103", path, msg!("sip103", field = found)).with_hint(hint)
            }
            Problem::UnknownChoice { found, expected } => {
                let choices = expected.join(", ");
                let hint = match spelled_choice(&found, &expected, format) {
                    Some(name) => msg!("sip106-hint-meant", name = name, choices = choices),
                    None => msg!("sip106-hint", choices = choices),
                };
                let found = crate::privacy::mask_numbers(&found);
                Diagnostic::error("SIP106", path, msg!("sip106", found = found)).with_hint(hint)
            }
            Problem::MissingField(field) => {
                let hint = if path.is_root() {
                    msg!("sip104-hint-top", field = &field)
                } else {
                    msg!("sip104-hint", field = &field, place = &path)
                };
                Diagnostic::error("SIP104", path.field(&field), msg!("sip104", field = &field))
                    .with_hint(hint)
            }
            Problem::DuplicateField(field) => {
                Diagnostic::error("SIP108", path, msg!("sip108", field = field))
                    .with_hint(msg!("sip108-hint"))
            }
            Problem::TooDeep => {
                Diagnostic::error("SIP109", path, msg!("sip109")).with_hint(msg!("sip109-hint"))
            }
            Problem::UnclosedText => Diagnostic::error("SIP102", path, msg!("sip102-unclosed"))
                .with_hint(msg!("sip102-unclosed-hint")),
            Problem::Syntax(message) => {
                Diagnostic::error("SIP102", path, msg!("sip102", why = message))
                    .with_hint(msg!("sip102-hint"))
            }
            Problem::Own(message) => {
                let hint = if message.id.starts_with("format-version") {
                    msg!("sip105-version-hint")
                } else {
                    msg!("sip105-date-hint")
                };
                Diagnostic::error("SIP105", path, message).with_hint(hint)
            }
            Problem::Expected(what) => {
                Diagnostic::error("SIP105", path, msg!("sip105-expected", expected = what))
                    .with_hint(msg!("sip105-hint"))
            }
            Problem::Value(message) => Diagnostic::error("SIP105", path, value_message(&message))
                .with_hint(msg!("sip105-hint")),
        }
    }
}

/// What JSON's reader says about broken syntax, in the catalogue's words.
fn json_syntax(message: &str) -> Message {
    let starts = |prefix: &str| message.starts_with(prefix);
    if starts("trailing comma") {
        msg!("syntax-trailing-comma")
    } else if starts("EOF while parsing") {
        msg!("syntax-eof")
    } else if starts("expected `,` or `}`") {
        msg!("syntax-comma-or", bracket = "}")
    } else if starts("expected `,` or `]`") {
        msg!("syntax-comma-or", bracket = "]")
    } else if starts("expected `:`") {
        msg!("syntax-colon")
    } else if starts("key must be a string") {
        msg!("syntax-json-key")
    } else if starts("expected value") || starts("expected ident") {
        msg!("syntax-value")
    } else if starts("trailing characters") {
        msg!("syntax-trailing")
    } else if starts("control character") {
        msg!("syntax-control")
    } else {
        msg!("syntax-other", detail = message)
    }
}

/// serde's "invalid type: integer `2`, expected a string" in the
/// catalogue's words: what was found and what the field takes.
fn value_message(message: &str) -> Message {
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return msg!(
            "sip105-wrong-kind",
            found = found_kind(found),
            expected = expected_kind(expected)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid length ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return msg!(
            "sip105-length",
            found = found,
            expected = expected_kind(expected)
        );
    }
    msg!("syntax-other", detail = message)
}

/// A value as serde describes it (`integer `2``, `string "x"`, `sequence`).
fn found_kind(found: &str) -> Message {
    let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
    let id = match kind {
        "integer" | "floating" => "found-number",
        "string" | "character" => "found-text",
        "boolean" => "found-boolean",
        "sequence" => return msg!("found-list"),
        "map" => return msg!("found-group"),
        "unit" | "Option" => return msg!("found-nothing"),
        _ => return msg!("found-other", value = found),
    };
    let value = value
        .strip_prefix("point ")
        .unwrap_or(value)
        .trim_matches('`');
    Message::new(id).arg("value", value)
}

/// What a field takes, as serde's visitors say it (`u32`, `a string`, `struct Plan`).
fn expected_kind(expected: &str) -> Message {
    let e = expected.trim();
    if e.starts_with("struct ") || e == "a map" {
        msg!("expected-group")
    } else if e.contains("string") || e == "a date" {
        msg!("expected-text")
    } else if matches!(
        e,
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize"
    ) || e.contains("integer")
    {
        msg!("expected-integer")
    } else if e.contains("sequence") || e.contains("tuple") {
        msg!("expected-list")
    } else if e.contains("bool") {
        msg!("expected-boolean")
    } else if e.starts_with("enum ") || e.contains("variant") {
        msg!("expected-choice")
    } else {
        msg!("expected-other", what = e)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
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

/// The first quoted text before `offset` that runs over a line end: in a
/// plan that almost always means a missing closing quote, which the parser
/// only notices lines later.
fn text_running_over_a_line_end(text: &str, offset: usize) -> Option<Range<usize>> {
    let mut scanner = Scanner::new(text);
    scanner.value(&mut Vec::new(), 0);
    scanner
        .strings
        .into_iter()
        .map(|(span, _)| span)
        .find(|s| s.start < offset && text[s.clone()].contains('\n'))
}

/// Every `"<…>"` string left from the starter plan, with its field path.
fn unfilled_placeholders(source: &Source) -> Vec<Diagnostic> {
    // Every placeholder starts with `"<`: most plans need no scan at all.
    if !source.text.contains("\"<") {
        return Vec::new();
    }
    let mut scanner = Scanner::new(&source.text);
    scanner.value(&mut Vec::new(), 0);
    scanner
        .strings
        .iter()
        // A closed string starts and ends with an (ASCII) quote.
        .filter(|(span, closed)| *closed && span.len() >= 2)
        .map(|(span, _)| (span, &source.text[span.start + 1..span.end - 1]))
        .filter(|(_, inner)| inner.starts_with('<') && inner.ends_with('>'))
        .map(|(span, inner)| {
            Diagnostic::error(
                "SIP107",
                source.path_at(span.start),
                msg!("sip107", placeholder = inner),
            )
            .with_hint(msg!("sip107-hint"))
            .with_span(span.clone())
        })
        .collect()
}

/// Spans of every value in a RON or JSON text, keyed by printed field path.
///
/// A tolerant scanner, not a parser: it only needs to find where fields and
/// list items are, and it never fails. Single-value wrappers such as
/// `Some(…)` or `Kommun(…)` are transparent, matching paths from serde.
fn value_spans(text: &str) -> HashMap<String, Range<usize>> {
    let mut scanner = Scanner::new(text);
    scanner.value(&mut Vec::new(), 0);
    scanner.spans
}

struct Scanner<'a> {
    text: &'a [u8],
    pos: usize,
    spans: HashMap<String, Range<usize>>,
    /// Every quoted text: its span (quotes included) and whether it is closed.
    strings: Vec<(Range<usize>, bool)>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            pos: 0,
            spans: HashMap::new(),
            strings: Vec::new(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        loop {
            match (self.peek(), self.text.get(self.pos + 1)) {
                (Some(c), _) if c.is_ascii_whitespace() => self.pos += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.pos += 2;
                    while self.pos < self.text.len() && !self.text[self.pos..].starts_with(b"*/") {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 2).min(self.text.len());
                }
                (Some(b'#'), _) => {
                    // `#![enable(…)]` attributes.
                    while self.peek().is_some_and(|c| c != b']') {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 1).min(self.text.len());
                }
                _ => return,
            }
        }
    }

    fn value(&mut self, path: &mut Vec<Segment>, depth: usize) {
        self.skip_space();
        let start = self.pos;
        if depth > MAX_NESTING {
            self.pos = self.text.len();
            return;
        }
        match self.peek() {
            None => return,
            Some(b'"') => self.string(),
            Some(b'r') if matches!(self.text.get(self.pos + 1), Some(b'"' | b'#')) => {
                self.raw_string()
            }
            Some(b'[') => {
                self.pos += 1;
                let mut index = 0;
                while !self.close(b']') {
                    path.push(Segment::Index(index));
                    self.item(path, depth);
                    path.pop();
                    index += 1;
                }
            }
            Some(open @ (b'{' | b'(')) => {
                self.pos += 1;
                self.group(if open == b'{' { b'}' } else { b')' }, path, depth);
            }
            Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b'+' => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || b"_-+.".contains(&c))
                {
                    self.pos += 1;
                }
                self.skip_space();
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                    self.group(b')', path, depth);
                }
            }
            Some(_) => self.pos += 1,
        }
        self.spans
            .insert(FieldPath(path.clone()).to_string(), start..self.pos);
    }

    /// Consumes a closing bracket (or the end of text); skips a separating comma.
    fn close(&mut self, bracket: u8) -> bool {
        self.skip_space();
        if self.peek() == Some(b',') {
            self.pos += 1;
            self.skip_space();
        }
        match self.peek() {
            None => true,
            Some(c) if c == bracket => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    /// One value of a list or group; always makes progress.
    fn item(&mut self, path: &mut Vec<Segment>, depth: usize) {
        let before = self.pos;
        self.value(path, depth + 1);
        if self.pos == before {
            self.pos += 1;
        }
    }

    /// The inside of `( … )` or `{ … }`: fields `name: value` or plain values.
    fn group(&mut self, bracket: u8, path: &mut Vec<Segment>, depth: usize) {
        while !self.close(bracket) {
            match self.key() {
                Some(key) => {
                    path.push(Segment::Field(key));
                    self.item(path, depth);
                    path.pop();
                }
                None => self.item(path, depth),
            }
        }
    }

    /// A field name followed by `:`, if one is next; otherwise nothing is consumed.
    fn key(&mut self) -> Option<String> {
        let start = self.pos;
        let name = match self.peek()? {
            b'"' => {
                self.string();
                let inner = &self.text[start + 1..self.pos.saturating_sub(1).max(start + 1)];
                String::from_utf8_lossy(inner).into_owned()
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
                {
                    self.pos += 1;
                }
                String::from_utf8_lossy(&self.text[start..self.pos]).into_owned()
            }
            _ => return None,
        };
        self.skip_space();
        if self.peek() == Some(b':') && self.text.get(self.pos + 1) != Some(&b':') {
            self.pos += 1;
            Some(name)
        } else {
            self.pos = start;
            if self.peek() == Some(b'"') {
                self.strings.retain(|(s, _)| s.start != start);
            }
            None
        }
    }

    fn string(&mut self) {
        let start = self.pos;
        self.pos += 1;
        let mut closed = false;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'\\' => self.pos += 1,
                b'"' => {
                    closed = true;
                    break;
                }
                _ => {}
            }
        }
        self.pos = self.pos.min(self.text.len());
        self.strings.push((start..self.pos, closed));
    }

    fn raw_string(&mut self) {
        self.pos += 1;
        let hashes = self.text[self.pos..]
            .iter()
            .take_while(|&&c| c == b'#')
            .count();
        self.pos += hashes + 1;
        let mut end = Vec::from(&b"\""[..]);
        end.extend(std::iter::repeat_n(b'#', hashes));
        while self.pos < self.text.len() && !self.text[self.pos..].starts_with(&end) {
            self.pos += 1;
        }
        self.pos = (self.pos + end.len()).min(self.text.len());
    }
}

/// The full sample plan, for the library's own tests.
#[cfg(test)]
pub(crate) fn full_sample() -> Plan {
    let text = include_str!("../samples/full.ron");
    let source = Source::from_text("full.ron", text, Format::Ron);
    parse_plan(&source).unwrap_or_else(|_| unreachable!("the sample parses"))
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

    fn spans_of(text: &str) -> HashMap<String, Range<usize>> {
        value_spans(text)
    }

    #[test]
    fn finds_fields_and_list_items_in_ron() {
        let spans = spans_of(RON);
        let at = |p: &str| &RON[spans[p].clone()];
        assert_eq!(at("version"), "1");
        assert_eq!(at("actions[1].responsible"), "Kommun");
        assert_eq!(at("actions[0].responsible"), "Other(\"BUP\")");
        assert_eq!(at("actions[0].unit"), "Some(\"a\")");
        assert_eq!(at("child.id"), "Personnummer(\"150312-2382\")");
    }

    #[test]
    fn finds_fields_and_list_items_in_json() {
        let json = r#"{"actions": [{"what": "x"}, {"what": "y", "unit": null}], "n": -1.5e3}"#;
        let spans = spans_of(json);
        assert_eq!(&json[spans["actions[1].unit"].clone()], "null");
        assert_eq!(&json[spans["actions[0].what"].clone()], "\"x\"");
        assert_eq!(&json[spans["n"].clone()], "-1.5e3");
    }

    #[test]
    fn locates_a_missing_field_at_its_enclosing_value() {
        let source = Source::from_text("p.ron", RON, Format::Ron);
        let span = source.locate(&FieldPath::parse("actions[1].unit")).unwrap();
        assert_eq!(&RON[span.clone()], "(");
        assert_eq!(source.line_col(span.start), (6, 9));
    }

    #[test]
    fn scanning_never_hangs_on_broken_text() {
        for text in [
            "(",
            "[[[",
            "(a: \"unclosed",
            "r#\"x",
            "/* open",
            ")]}",
            "(a:: b)",
        ] {
            spans_of(text);
        }
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let source = Source::from_text("p.ron", "åäö\n  ö x", Format::Ron);
        let offset = source.text.find('x').unwrap();
        assert_eq!(source.line_col(offset), (2, 5));
        assert_eq!(source.offset_of(2, 5, true), offset);
    }

    #[test]
    fn a_latin_1_file_is_located_at_its_first_bad_byte() {
        let bytes = b"// plan\n(\n    name: \"Ol\xE5\",\n)";
        let error = Source::from_bytes("p.ron", bytes, Format::Ron).unwrap_err();
        let text = crate::message::Lang::En.text(&error.message);
        assert!(
            text.contains("line 3, column 14") && text.contains("å"),
            "{text}"
        );
    }

    #[test]
    fn word_pdf_zip_and_images_are_named_for_what_they_are() {
        let docx = b"PK\x03\x04\x14\0\0\0[Content_Types].xml word/document.xml";
        let kind = |bytes: &[u8]| binary_kind(bytes).map(|m| crate::message::Lang::Sv.text(&m));
        assert_eq!(kind(docx).as_deref(), Some("ett Word-dokument"));
        assert_eq!(kind(b"PK\x03\x04 data").as_deref(), Some("ett ZIP-arkiv"));
        assert_eq!(kind(b"%PDF-1.7\n").as_deref(), Some("en PDF-fil"));
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n").as_deref(), Some("en PNG-bild"));
        assert_eq!(kind(b"\xFF\xD8\xFF\xE0").as_deref(), Some("en JPEG-bild"));
        assert_eq!(binary_kind(b"(version: 1)"), None);
        assert_eq!(binary_kind(b"// Ol\xE5"), None);
    }
}
