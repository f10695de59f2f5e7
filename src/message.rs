//! The words sipplan says to people, in their language.
//!
//! The library never builds a sentence itself: it names a message in the
//! catalogue and gives its arguments ([`Message`]); whoever shows it (the
//! CLI's printer, the PDF's "to fix" list, later the browser form) turns it
//! into words with [`Lang::text`]. The catalogues are Fluent files, one per
//! language (`messages/sv.ftl`, `messages/en.ftl`), compiled into the
//! program; Swedish is the default.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language sipplan speaks. The codes stay those of the templates
/// (`sv`, `en`), so a template's language picks its messages too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Svenska: the default.
    #[default]
    Sv,
    /// English.
    En,
}

/// Whether `tag` is a language tag as a PDF reader and a screen reader
/// take it (BCP 47 in its simple form): `sv`, `en-GB`, `ckb`, `so`.
pub fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.split('-').enumerate().all(|(i, part)| {
            (1..=8).contains(&part.len())
                && part.chars().all(|c| c.is_ascii_alphanumeric())
                && (i > 0
                    || (2..=3).contains(&part.len())
                        && part.chars().all(|c| c.is_ascii_alphabetic()))
        })
}

/// Every catalogue: its language and its Fluent text.
pub const CATALOGUES: &[(Lang, &str)] = &[
    (Lang::Sv, include_str!("../messages/sv.ftl")),
    (Lang::En, include_str!("../messages/en.ftl")),
];

impl Lang {
    /// Every language, Swedish first.
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The language code, as in templates and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language of a code such as `en`, `en_GB.UTF-8` or `sv-FI`; `None`
    /// for a language without a catalogue.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The words of `message` in this language.
    pub fn text(self, message: &Message) -> String {
        catalogue(self).format(self, message.id, &message.args)
    }

    /// The words of a message without arguments, by an id made at run
    /// time (the command line's help texts, `help-render-force`).
    pub fn text_of(self, id: &str) -> String {
        catalogue(self).format(self, id, &[])
    }

    /// Whether the catalogue has a message with this id.
    pub fn has(self, id: &str) -> bool {
        catalogue(self).bundle.has_message(id)
    }

    /// A decimal number as this language writes it, with `decimals` places:
    /// `9,5` in Swedish, `9.5` in English.
    pub fn decimal(self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        match self {
            Lang::Sv => text.replace('.', ","),
            Lang::En => text,
        }
    }
}

/// One message: its id in the catalogues and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The message's id in every catalogue, e.g. `sip011`.
    pub id: &'static str,
    /// Named values the message's text uses, e.g. `$date`.
    pub args: Vec<(&'static str, Arg)>,
}

/// A value inside a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a name, a field path, a date.
    Text(String),
    /// A whole number; it also chooses singular or plural.
    Count(i64),
    /// A decimal number, written with the language's decimal sign.
    Decimal(f64, usize),
    /// Another message, put into words in the same language.
    Message(Box<Message>),
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// This message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Messages that travel inside a parser's error text: a value's own
/// `Deserialize` can only report a string, so it reports [`Message::tag`],
/// and the loader reads the message back with [`Message::from_tag`].
const TAGGED: &[&str] = &[
    "date-form",
    "date-calendar",
    "time-form",
    "birth-date-form",
    "birth-date-month",
    "birth-date-day",
    "birth-date-no-such-day",
    "format-version",
];

const TAG: char = '\u{1E}';
const FIELD: char = '\u{1F}';

impl Message {
    /// The message as text that survives a parser's error (text arguments only).
    pub fn tag(&self) -> String {
        let mut out = format!("{TAG}{}", self.id);
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(t) => t.clone(),
                Arg::Count(n) => n.to_string(),
                Arg::Decimal(x, places) => format!("{x:.places$}"),
                Arg::Message(inner) => inner.id.to_owned(),
            };
            out.push_str(&format!("{FIELD}{name}{FIELD}{value}"));
        }
        out.push(TAG);
        out
    }

    /// The message inside a parser's error text, if it holds one.
    pub fn from_tag(text: &str) -> Option<Message> {
        let inner = text.split(TAG).nth(1)?;
        let mut parts = inner.split(FIELD);
        let id = parts.next()?;
        let id = *TAGGED.iter().find(|t| **t == id)?;
        let mut message = Message::new(id);
        let parts: Vec<&str> = parts.collect();
        for pair in parts.chunks(2) {
            if let [name, value] = pair {
                let name = ARG_NAMES.iter().find(|n| *n == name)?;
                message = message.arg(name, *value);
            }
        }
        Some(message)
    }
}

/// The argument names a tagged message may carry.
const ARG_NAMES: &[&str] = &["text", "found", "reads", "month", "day"];

/// Builds a [`Message`]: `msg!("sip011", date = consent, meeting = meeting)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

/// The largest whole number Fluent (which counts in `f64`) shows exactly.
const EXACT: u64 = 1 << 53;

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                // A number as the user typed it, however large: past what
                // Fluent's numbers hold exactly (2^53) it is shown as text.
                match i64::try_from(n) {
                    Ok(n) if n.unsigned_abs() <= EXACT => Arg::Count(n),
                    _ => Arg::Text(n.to_string()),
                }
            }
        }
    )*};
}
count_from!(usize, u64, u32, u16, u8, i64, i32);

/// Lets a type that prints itself (a date, a field path, a name) be a
/// message's argument, as its text. Each type says so beside itself:
/// `crate::display_arg!(PlanDate);`.
#[macro_export]
macro_rules! display_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for $crate::message::Arg {
            fn from(value: $t) -> Self {
                $crate::message::Arg::Text(value.to_string())
            }
        }
        impl From<&$t> for $crate::message::Arg {
            fn from(value: &$t) -> Self {
                $crate::message::Arg::Text(value.to_string())
            }
        }
    )*};
}
display_arg!(chrono::NaiveDate, char);

/// A catalogue, read once per language.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

fn catalogue(lang: Lang) -> &'static Catalogue {
    static SV: OnceLock<Catalogue> = OnceLock::new();
    static EN: OnceLock<Catalogue> = OnceLock::new();
    let cell = match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    };
    cell.get_or_init(|| Catalogue::new(lang))
}

impl Catalogue {
    /// The catalogue compiled into the program. A syntax error in it is
    /// caught by the tests (`catalogue_parses`), so here it only loses the
    /// broken entries.
    fn new(lang: Lang) -> Self {
        let text = CATALOGUES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, text)| *text)
            .unwrap_or_default();
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        // Ids are unique in a catalogue (tested), so adding cannot clash.
        let _ = bundle.add_resource(resource);
        Catalogue { bundle }
    }

    fn format(&self, lang: Lang, id: &str, given: &[(&'static str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // Only a missing catalogue entry gets here; the tests keep
            // every id in every catalogue.
            return id.to_owned();
        };
        let mut args = FluentArgs::new();
        for (name, value) in given {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Count(n) => FluentValue::from(*n),
                Arg::Decimal(x, places) => FluentValue::from(lang.decimal(*x, *places)),
                Arg::Message(inner) => FluentValue::from(lang.text(inner)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_short_codes_with_optional_subtags() {
        for tag in [
            "sv",
            "en",
            "en-GB",
            "ckb",
            "so",
            "ti",
            "sv-FI",
            "zh-Hant-TW",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "svenska", "s", "sv_SE", "sv-", "1sv", "sv SE", "é"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }

    #[test]
    fn languages_are_read_from_the_environment_s_forms() {
        assert_eq!(Lang::from_code("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_code("sv_SE.UTF-8"), Some(Lang::Sv));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("sv-FI"), Some(Lang::Sv));
        assert_eq!(Lang::from_code("de_DE"), None);
        assert_eq!(Lang::from_code("C"), None);
    }

    #[test]
    fn decimals_use_the_language_s_sign() {
        assert_eq!(Lang::Sv.decimal(9.5, 1), "9,5");
        assert_eq!(Lang::En.decimal(9.5, 1), "9.5");
        assert_eq!(Lang::Sv.decimal(-0.25, 2), "-0,25");
    }

    #[test]
    fn tagged_messages_survive_a_parser_s_error_text() {
        let m = msg!("date-form", text = "29/9 2026");
        let wrapped = format!("{} at line 3 column 4", m.tag());
        assert_eq!(Message::from_tag(&wrapped), Some(m));
        assert_eq!(Message::from_tag("expected comma"), None);
    }

    /// `--insats 18446744073709551615` is said back as typed, not as the
    /// nearest `f64` (9223372036854776000).
    #[test]
    fn a_huge_number_is_said_back_exactly() {
        let said = Lang::Sv.text(&msg!("deviation-no-insats", row = usize::MAX, count = 2));
        assert!(said.contains("18446744073709551615"), "{said}");
        let said = Lang::Sv.text(&msg!(
            "deviation-no-insats",
            row = (1u64 << 53) + 1,
            count = 2
        ));
        assert!(said.contains("9007199254740993"), "{said}");
    }

    #[test]
    fn plurals_follow_the_count() {
        let files = |lang: Lang, n: usize| lang.text(&msg!("stats-not-counted", count = n));
        assert!(files(Lang::Sv, 1).starts_with("1 planfil räknades inte"));
        assert!(files(Lang::Sv, 2).starts_with("2 planfiler räknades inte"));
        assert!(files(Lang::En, 1).starts_with("1 plan file not counted"));
        assert!(files(Lang::En, 0).starts_with("0 plan files not counted"));
    }
}
