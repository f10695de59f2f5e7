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
