//! Reading any sipplan document (a plan, a template) from a [`Source`],
//! RON or JSON, with every error located and put into the catalogue's
//! words ("did you mean `responsible`?").
//!
//! What a choice the reader did not know was meant to be is the
//! document's own business ([`Readable::spell_choice`]): a plan knows its
//! choices' Swedish words and the kinds of number, a template knows none.

use std::ops::Range;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Code, Diagnostic, FieldPath, Segment};
use crate::message::Message;
use crate::msg;
use crate::scan::MAX_NESTING;
use crate::source::{Format, Source};
use crate::suggest::closest;

/// A document type sipplan reads from a file.
pub trait Readable: DeserializeOwned {
    /// How to write the choice a user meant by `word`, one of `expected`,
    /// in `format`: by default the choice itself in any case (`family` →
    /// `Family`), else the closest (`Veiws` → `Views`). `None` when nothing
    /// fits.
    fn spell_choice(word: &str, expected: &[String], format: Format) -> Option<String> {
        same_letters(word, expected, format)
            .or_else(|| closest(word.trim(), expected).map(|variant| written(variant, format)))
    }
}

impl Readable for ron::Value {}
impl Readable for serde_json::Value {}

/// The choice spelled with other capitals (`family` → `Family`), as it is
/// written in `format`.
pub fn same_letters(word: &str, expected: &[String], format: Format) -> Option<String> {
    let variant = expected
        .iter()
        .find(|v| v.eq_ignore_ascii_case(word.trim()))?;
    Some(written(variant, format))
}

/// A choice without a value as it is written in `format`: `Family` in
/// RON, `"Family"` in JSON.
pub fn written(variant: &str, format: Format) -> String {
    match format {
        Format::Ron => variant.to_owned(),
        Format::Json => format!("\"{variant}\""),
    }
}

/// Deserializes any sipplan document type from a source, with a located error.
pub fn parse<T: Readable>(source: &Source) -> Result<T, Diagnostic> {
    match source.format {
        Format::Ron => parse_ron(source),
        Format::Json => parse_json(source),
    }
}

fn parse_ron<T: Readable>(source: &Source) -> Result<T, Diagnostic> {
    deserialize_ron(&source.text).map_err(|failed| {
        let (error, path) = *failed;
        let start = source.offset_of(error.span.start.line, error.span.start.col, true);
        let end = source.offset_of(error.span.end.line, error.span.end.col, true);
        if let ron::Error::ExpectedIdentifier = error.code
            && let Some(quoted) = quoted_at(&source.text, start)
            && let Some(expected) =
                choices_for_quoted::<T>(&source.text, start..start + quoted.len() + 2)
        {
            return quoted_choice::<T>(&quoted, &expected, path, Format::Ron)
                .with_span(start..start + quoted.len() + 2);
        }
        let problem = Problem::from_ron(error.code);
        if let Problem::Syntax(_) = problem
            && let Some(open) = text_running_over_a_line_end(&source.text, start)
        {
            return Diagnostic::new(
                Code::Sip102,
                source.path_at(open.start),
                msg!("sip102-unclosed"),
            )
            .with_hint(msg!("sip102-unclosed-hint"))
            .with_span(open.start..open.start + 1);
        }
        problem
            .into_diagnostic::<T>(path, Format::Ron)
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
fn quoted_choice<T: Readable>(
    word: &str,
    expected: &[String],
    path: FieldPath,
    format: Format,
) -> Diagnostic {
    let field = match path.0.last() {
        Some(Segment::Field(name)) => name.clone(),
        _ => path.to_string(),
    };
    let message = msg!("sip106-quoted", field = &field);
    let hint = match T::spell_choice(word, expected, format) {
        // A number is shown masked: the user writes their own digits.
        Some(right) if right.contains("XXXX") => {
            msg!("sip106-quoted-hint-number", field = &field, right = right)
        }
        Some(right) => msg!("sip106-quoted-hint", field = &field, right = right),
        None => msg!("sip106-hint", choices = expected.join(", ")),
    };
    Diagnostic::new(Code::Sip106, path, message).with_hint(hint)
}

fn parse_json<T: Readable>(source: &Source) -> Result<T, Diagnostic> {
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
            .into_diagnostic::<T>(path, Format::Json)
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
            E::InvalidEscape(_) => Problem::Syntax(msg!("syntax-escape")),
            E::ExpectedDifferentStructName { found, .. } | E::ExpectedStructName(found) => {
                Problem::Syntax(msg!("syntax-struct-name", found = found))
            }
            E::ExpectedFloat
            | E::FloatUnderscore
            | E::UnderscoreAtBeginning
            | E::InvalidIntegerDigit { .. } => Problem::Expected(msg!("expected-integer")),
            E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => {
                Problem::Syntax(msg!("syntax-name"))
            }
            // Kinds of value a plan never has (bytes, characters, units,
            // maps, ranges, extensions): said as a value out of place.
            _ => Problem::Syntax(msg!("syntax-value")),
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

    fn into_diagnostic<T: Readable>(self, path: FieldPath, format: Format) -> Diagnostic {
        match self {
            Problem::UnknownField { found, expected } => {
                let hint = match closest(&found, &expected) {
                    Some(name) => crate::suggest::did_you_mean(name),
                    None => msg!("sip103-hint", fields = expected.join(", ")),
                };
                let found = crate::privacy::mask_numbers(&found);
                Diagnostic::new(Code::Sip103, path, msg!("sip103", field = found)).with_hint(hint)
            }
            Problem::UnknownChoice { found, expected } => {
                let choices = expected.join(", ");
                let hint = match T::spell_choice(&found, &expected, format) {
                    Some(name) => msg!("sip106-hint-meant", name = name, choices = choices),
                    None => msg!("sip106-hint", choices = choices),
                };
                let found = crate::privacy::mask_numbers(&found);
                Diagnostic::new(Code::Sip106, path, msg!("sip106", found = found)).with_hint(hint)
            }
            Problem::MissingField(field) => {
                let hint = if path.is_root() {
                    msg!("sip104-hint-top", field = &field)
                } else {
                    msg!("sip104-hint", field = &field, place = &path)
                };
                Diagnostic::new(
                    Code::Sip104,
                    path.field(&field),
                    msg!("sip104", field = &field),
                )
                .with_hint(hint)
            }
            Problem::DuplicateField(field) => {
                Diagnostic::new(Code::Sip108, path, msg!("sip108", field = field))
                    .with_hint(msg!("sip108-hint"))
            }
            Problem::TooDeep => {
                Diagnostic::new(Code::Sip109, path, msg!("sip109")).with_hint(msg!("sip109-hint"))
            }
            Problem::UnclosedText => Diagnostic::new(Code::Sip102, path, msg!("sip102-unclosed"))
                .with_hint(msg!("sip102-unclosed-hint")),
            Problem::Syntax(message) => {
                let hint = match message.id {
                    "syntax-escape" => msg!("syntax-escape-hint"),
                    "syntax-struct-name" => msg!("syntax-struct-name-hint"),
                    _ => msg!("sip102-hint"),
                };
                Diagnostic::new(Code::Sip102, path, msg!("sip102", why = message)).with_hint(hint)
            }
            Problem::Own(message) => {
                let hint = if message.id.starts_with("format-version") {
                    msg!("sip105-version-hint")
                } else if message.id == "time-form" {
                    msg!("sip105-time-hint")
                } else {
                    msg!("sip105-date-hint")
                };
                Diagnostic::new(Code::Sip105, path, message).with_hint(hint)
            }
            Problem::Expected(what) => {
                Diagnostic::new(Code::Sip105, path, msg!("sip105-expected", expected = what))
                    .with_hint(msg!("sip105-hint"))
            }
            Problem::Value(message) => Diagnostic::new(Code::Sip105, path, value_message(&message))
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
    } else if starts("invalid escape") || starts("invalid unicode code point") {
        msg!("syntax-escape")
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

/// The first quoted text before `offset` that runs over a line end: in a
/// plan that almost always means a missing closing quote, which the parser
/// only notices lines later.
fn text_running_over_a_line_end(text: &str, offset: usize) -> Option<Range<usize>> {
    crate::scan::strings(text)
        .into_iter()
        .map(|(span, _)| span)
        .find(|s| s.start < offset && text[s.clone()].contains('\n'))
}
