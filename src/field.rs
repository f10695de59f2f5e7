//! The plan's text fields, as types that check themselves: a [`Name`] is
//! short, a [`Text`] may be long, a [`Phone`] and an [`Email`] are written
//! as such. A file with a bad value still loads (so that every problem is
//! reported at once, and a draft still prints); `validate` asks each value
//! through `validator`'s `nested` rule, so the model names its rules by
//! type, not by a function's name in a string.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError, ValidationErrors};

/// Longest [`Name`], in characters.
pub const MAX_NAME: usize = 200;
/// Longest [`Text`], in characters.
pub const MAX_TEXT: usize = 10_000;

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $schema:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The text as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                $name(text.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                $name(text)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl Validate for $name {
            fn validate(&self) -> Result<(), ValidationErrors> {
                match self.problem() {
                    None => Ok(()),
                    Some(error) => Err(this_value(error)),
                }
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $schema
            }
        }
    };
}

text_type!(
    /// A name, role, place or unit: one line, at most [`MAX_NAME`] characters.
    Name,
    schemars::json_schema!({
        "type": "string",
        "minLength": 1,
        "maxLength": MAX_NAME,
        "description": "A name or short text (1–200 characters, not only spaces)."
    })
);

text_type!(
    /// Free text: what the meeting said, at most [`MAX_TEXT`] characters.
    Text,
    schemars::json_schema!({
        "type": "string",
        "minLength": 1,
        "maxLength": MAX_TEXT,
        "description": "Free text (1–10,000 characters, not only spaces)."
    })
);

text_type!(
    /// A Swedish or international phone number, written loosely
    /// (`08-123 456 78`, `+46 8 123 456 78`).
    Phone,
    schemars::json_schema!({
        "type": "string",
        "pattern": "^\\+?[0-9 ()/-]+$",
        "description": "A phone number: digits, spaces, + - ( ) /, 6 to 15 digits."
    })
);

text_type!(
    /// An e-mail address.
    Email,
    schemars::json_schema!({
        "type": "string",
        "format": "email",
        "description": "An e-mail address."
    })
);

impl Name {
    fn problem(&self) -> Option<ValidationError> {
        bounded(&self.0, MAX_NAME).or_else(|| hidden(&self.0))
    }
}

/// A character a name must not hold: a line break, tab or other control,
/// a direction control or mark (they can draw the rest of a name over the
/// next field), or a character that is not drawn (zero-width space, soft
/// hyphen, word joiner, BOM). The joiners Persian and Arabic names need
/// (U+200C, U+200D) are letters' business and stay.
fn is_hidden_in_a_name(c: char) -> bool {
    let joiner = matches!(c, '\u{200C}' | '\u{200D}');
    (crate::font::is_invisible(c) && !joiner) || crate::font::is_direction_mark(c)
}

/// The hidden characters of a one-line text, named by code point (they
/// cannot be shown), each once.
fn hidden(text: &str) -> Option<ValidationError> {
    let mut found: Vec<String> = Vec::new();
    for c in text.chars().filter(|&c| is_hidden_in_a_name(c)) {
        let code = format!("U+{:04X}", c as u32);
        if !found.contains(&code) {
            found.push(code);
        }
    }
    if found.is_empty() {
        return None;
    }
    let mut error = ValidationError::new("hidden");
    error.add_param(Cow::Borrowed("chars"), &found.join(", "));
    Some(error)
}

impl Text {
    fn problem(&self) -> Option<ValidationError> {
        bounded(&self.0, MAX_TEXT)
    }
}

impl Phone {
    fn problem(&self) -> Option<ValidationError> {
        let text = &self.0;
        let allowed = text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()/".contains(c));
        let digits = text.chars().filter(char::is_ascii_digit).count();
        let plus_first = text.trim_start().find('+').is_none_or(|i| i == 0);
        let one_plus = text.matches('+').count() <= 1;
        let ok = allowed && (6..=15).contains(&digits) && plus_first && one_plus;
        (!ok).then(|| ValidationError::new("phone"))
    }
}

impl Email {
    /// `name@place.domain`: one `@`, a dotted domain of letters, digits and
    /// hyphens, no spaces. (Not validator's own check: its pattern engine
    /// added 0.5 MB to the browser form.)
    fn problem(&self) -> Option<ValidationError> {
        let text = self.0.trim();
        let ok = match text.split_once('@') {
            Some((local, domain)) => {
                let labels_ok = domain.split('.').all(|label| {
                    !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
                });
                !local.is_empty()
                    && !local.starts_with('.')
                    && !local.ends_with('.')
                    && !local.contains("..")
                    && domain.contains('.')
                    && labels_ok
                    && !local.chars().any(|c| {
                        c.is_whitespace() || c.is_control() || "@<>()[]\\,;:\"".contains(c)
                    })
            }
            None => false,
        };
        (!ok).then(|| ValidationError::new("email"))
    }
}

/// Not empty, not only spaces, and not longer than `max` characters.
fn bounded(text: &str, max: usize) -> Option<ValidationError> {
    if text.trim().is_empty() {
        return Some(ValidationError::new("blank"));
    }
    if text.chars().count() > max {
        let mut error = ValidationError::new("length");
        error.add_param(Cow::Borrowed("max"), &max);
        error.add_param(Cow::Borrowed("count"), &text.chars().count());
        return Some(error);
    }
    None
}

/// An error about the value itself, not about a field inside it:
/// `validator` files it under the field that holds the value (its lists
/// use the same `_tmp_validator` key for their items).
fn this_value(error: ValidationError) -> ValidationErrors {
    let mut errors = ValidationErrors::new();
    errors.add(THIS_VALUE, error);
    errors
}

/// The key `validator` strips when it files a value's own errors under
/// the field that holds it; inside a list, `validate` drops it from the path.
pub const THIS_VALUE: &str = "_tmp_validator";

crate::display_arg!(Name, Text);

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<(), ValidationErrors>) -> Option<String> {
        let errors = result.err()?;
        let kinds = errors.field_errors();
        kinds
            .get(THIS_VALUE)
            .and_then(|list| list.first())
            .map(|e| e.code.to_string())
    }

    #[test]
    fn accepts_common_swedish_phone_numbers() {
        for ok in [
            "08-123 456 78",
            "+46 8 123 456 78",
            "070-123 45 67",
            "0701234567",
            "(08) 12 34 56",
        ] {
            assert_eq!(code(Phone::from(ok).validate()), None, "{ok}");
        }
        for bad in [
            "ring mig",
            "123",
            "08-123 456 78 ank 12",
            "46+8123456",
            "1234567890123456",
        ] {
            assert_eq!(
                code(Phone::from(bad).validate()).as_deref(),
                Some("phone"),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_name_is_filled_in_and_short_a_text_may_be_long() {
        assert_eq!(
            code(Name::from("  \t").validate()).as_deref(),
            Some("blank")
        );
        assert_eq!(code(Name::from("Elsa").validate()), None);
        let long = "a".repeat(MAX_NAME + 1);
        assert_eq!(
            code(Name::from(long.as_str()).validate()).as_deref(),
            Some("length")
        );
        assert_eq!(code(Text::from(long.as_str()).validate()), None);
        let too_long = "a".repeat(MAX_TEXT + 1);
        assert_eq!(
            code(Text::from(too_long.as_str()).validate()).as_deref(),
            Some("length")
        );
    }

    #[test]
    fn an_email_address_has_its_parts() {
        for ok in [
            "namn@exempel.se",
            "anna.svensson@exempelstad.example.se",
            "å.ö@kommun.se",
            "a+b@x-y.se",
        ] {
            assert_eq!(code(Email::from(ok).validate()), None, "{ok}");
        }
        for bad in [
            "namn.exempel.se",
            "namn@exempel",
            "namn @exempel.se",
            "@exempel.se",
            "a@@b.se",
            "a@b..se",
            "a@.se",
            "a..b@c.se",
        ] {
            let found = code(Email::from(bad).validate());
            assert_eq!(found.as_deref(), Some("email"), "{bad}");
        }
    }
}
