//! Which way a language is written: a fact about the language, used by
//! the layout, the form and the document alike.

/// Which way lines are written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Swedish, English, Somali, Tigrinya.
    #[default]
    Ltr,
    /// Arabic, Persian, Sorani.
    Rtl,
}

impl Direction {
    /// The direction of a language, by its code (`ar`, `fa-IR`, `ckb`).
    pub fn of_language(tag: &str) -> Self {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let rtl_script = tag.split(['-', '_']).any(|part| {
            ["arab", "hebr", "syrc", "thaa"].contains(&part.to_ascii_lowercase().as_str())
        });
        match primary.to_ascii_lowercase().as_str() {
            "ar" | "fa" | "ckb" | "he" | "ur" | "ps" | "yi" | "dv" | "sd" | "ug" | "prs" => {
                Self::Rtl
            }
            _ if rtl_script => Self::Rtl,
            _ => Self::Ltr,
        }
    }
}

/// How a language's words are broken at a line end: by its own
/// hyphenation patterns, or only where the text itself allows (after a
/// hyphen or a slash) where no patterns are at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Hyphenation {
    /// Swedish patterns, and never beside a compound's joint.
    #[default]
    Swedish,
    /// English patterns.
    English,
    /// No patterns (Somali).
    None,
}

impl Hyphenation {
    /// The hyphenation of a language, by its code (`sv`, `en-GB`, `so`).
    /// A page in a language of another script (Arabic, Persian, Sorani,
    /// Tigrinya) breaks its Latin words, the plan's Swedish, as Swedish;
    /// Somali, in Latin letters and without patterns, is not hyphenated.
    pub fn of_language(tag: &str) -> Self {
        match tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
            .as_str()
        {
            "en" => Self::English,
            "so" => Self::None,
            _ => Self::Swedish,
        }
    }
}
