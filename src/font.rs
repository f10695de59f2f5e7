//! The embedded typefaces, regular and bold: DejaVu Sans, and after it Noto
//! Sans Ethiopic for the characters DejaVu lacks (Tigrinya, Amharic).
//!
//! Compiled into the binary so that a printed plan never depends on the fonts
//! of the machine; the PDF backend embeds a subset of the same bytes. The
//! layout engine measures text here with the fonts' own glyph advances, which
//! is exactly what the PDF draws (printpdf applies no kerning or ligatures):
//! neither Latin nor Ethiopic text needs shaping. Each character is drawn
//! with the first face of the chain that has it.
//! Licences: `assets/fonts/LICENSE-DejaVu.txt` (Bitstream Vera terms) and
//! `assets/fonts/LICENSE-Noto-OFL.txt` (SIL Open Font License 1.1).

use std::sync::OnceLock;

/// DejaVu Sans 2.37.
pub const REGULAR_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold 2.37.
pub const BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
/// Noto Sans Ethiopic, the Ethiopic syllables only.
pub const ETHIOPIC_REGULAR_TTF: &[u8] =
    include_bytes!("../assets/fonts/NotoSansEthiopic-Regular.ttf");
/// Noto Sans Ethiopic Bold, the Ethiopic syllables only.
pub const ETHIOPIC_BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/NotoSansEthiopic-Bold.ttf");

/// Shown instead of a character the font cannot draw, so that nothing
/// disappears silently (U+FFFD REPLACEMENT CHARACTER, which DejaVu has).
pub const PLACEHOLDER: char = '\u{FFFD}';

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Labels and headings.
    Bold,
}

/// A typeface of the chain, in the order it is tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// DejaVu Sans: Latin, Greek, Cyrillic, symbols, the placeholder.
    DejaVu,
    /// Noto Sans Ethiopic: Tigrinya and Amharic.
    Ethiopic,
}

impl Family {
    /// The chain: a character is drawn with the first that has it.
    pub const CHAIN: [Family; 2] = [Family::DejaVu, Family::Ethiopic];
}

/// Glyph advances of one face, in font units, for fast measuring.
struct Face {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advances of U+0000–U+024F (Latin, incl. Swedish); `None` = no glyph.
    common: Vec<Option<u16>>,
}

impl Face {
    /// Parses a face; the advances of `0..common` are looked up once.
    fn parse(bytes: &'static [u8], common: u32) -> Option<Self> {
        let face = ttf_parser::Face::parse(bytes, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let common = (0u32..common)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|c| face.glyph_index(c))
                    .and_then(|g| face.glyph_hor_advance(g))
            })
            .collect();
        Some(Self {
            face,
            units_per_em,
            common,
        })
    }

    /// Advance in font units, `None` when the font has no glyph.
    fn advance(&self, c: char) -> Option<u16> {
        match self.common.get(c as usize) {
            Some(&advance) => advance,
            None => self
                .face
                .glyph_index(c)
                .and_then(|g| self.face.glyph_hor_advance(g)),
        }
    }
}

/// Every face, parsed once per process.
pub struct Fonts {
    regular: Face,
    bold: Face,
    ethiopic_regular: Face,
    ethiopic_bold: Face,
}

impl Fonts {
    /// The embedded fonts. Parsing is done on the first call only.
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| {
            // The embedded files are fixed at build time and a test parses them,
            // so a failure here is a broken build, not bad input.
            let parse = |bytes, common| {
                Face::parse(bytes, common).unwrap_or_else(|| unreachable!("embedded font parses"))
            };
            Fonts {
                // Latin, incl. Swedish, looked up once.
                regular: parse(REGULAR_TTF, 0x250),
                bold: parse(BOLD_TTF, 0x250),
                ethiopic_regular: parse(ETHIOPIC_REGULAR_TTF, 0),
                ethiopic_bold: parse(ETHIOPIC_BOLD_TTF, 0),
            }
        })
    }

    fn face(&self, family: Family, weight: Weight) -> &Face {
        match (family, weight) {
            (Family::DejaVu, Weight::Regular) => &self.regular,
            (Family::DejaVu, Weight::Bold) => &self.bold,
            (Family::Ethiopic, Weight::Regular) => &self.ethiopic_regular,
            (Family::Ethiopic, Weight::Bold) => &self.ethiopic_bold,
        }
    }

    /// The first face of the chain that can draw `c`, and its advance.
    fn find(&self, c: char, weight: Weight) -> Option<(&Face, u16)> {
        Family::CHAIN.into_iter().find_map(|family| {
            let face = self.face(family, weight);
            face.advance(c).map(|advance| (face, advance))
        })
    }

    /// Whether a face of the chain can draw `c`.
    pub fn has_glyph(&self, c: char, weight: Weight) -> bool {
        self.face(Family::DejaVu, weight).advance(c).is_some() || self.find(c, weight).is_some()
    }

    /// Width of `text` in points at `size`, each character in the first
    /// face that has it. Characters without a glyph are measured as the
    /// placeholder that replaces them.
    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        // DejaVu's advances summed in font units, as they always were (the
        // layout's hot loop); the rest of the chain only for what it lacks.
        let first = self.face(Family::DejaVu, weight);
        let placeholder = first.advance(PLACEHOLDER).unwrap_or(0);
        let mut units = 0u32;
        let mut others = 0.0f32;
        for c in text.chars() {
            match first.advance(c) {
                Some(advance) => units += u32::from(advance),
                None => match self.find(c, weight) {
                    Some((face, advance)) => others += f32::from(advance) / face.units_per_em,
                    None => units += u32::from(placeholder),
                },
            }
        }
        units as f32 * size / first.units_per_em + others * size
    }

    /// `text` cut into runs drawn with one face each: a run goes on while
    /// its face has the next character (so a space between two Ethiopic
    /// words stays in their run), and characters no face has stay with
    /// DejaVu, which draws them as the placeholder.
    pub fn runs<'t>(&self, text: &'t str, weight: Weight) -> Vec<(Family, &'t str)> {
        let first = self.face(Family::DejaVu, weight);
        // Nearly all text: DejaVu has every printable ASCII character.
        if text.is_ascii() || text.chars().all(|c| first.advance(c).is_some()) {
            return vec![(Family::DejaVu, text)];
        }
        let mut runs: Vec<(Family, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<Family> = None;
        for (i, c) in text.char_indices() {
            let keeps = current.is_some_and(|f| self.face(f, weight).advance(c).is_some());
            if keeps {
                continue;
            }
            let family = Family::CHAIN
                .into_iter()
                .find(|f| self.face(*f, weight).advance(c).is_some())
                .unwrap_or(Family::DejaVu);
            if current != Some(family) {
                if let Some(previous) = current.filter(|_| i > start) {
                    runs.push((previous, &text[start..i]));
                }
                start = i;
                current = Some(family);
            }
        }
        if let Some(family) = current {
            runs.push((family, &text[start..]));
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_fonts_cover_swedish_and_the_placeholder() {
        let fonts = Fonts::get();
        for weight in [Weight::Regular, Weight::Bold] {
            for c in "ÅÄÖåäöéü–—§½€“”‘’•…✓".chars().chain([PLACEHOLDER])
            {
                assert!(fonts.has_glyph(c, weight), "{c} {weight:?}");
            }
        }
    }

    #[test]
    fn measures_with_real_advances() {
        let fonts = Fonts::get();
        let w = fonts.width("Vårdplan för barn – ÅÄÖ åäö é", 10.0, Weight::Regular);
        // Same figure as printpdf's own metrics (shared/pdf-notes.md §4).
        assert!((w - 151.846).abs() < 0.01, "{w}");
        assert!(fonts.width("Mm", 10.0, Weight::Bold) > fonts.width("Mm", 10.0, Weight::Regular));
    }

    #[test]
    fn a_combining_mark_has_a_glyph_of_zero_width() {
        let fonts = Fonts::get();
        assert!(fonts.has_glyph('\u{0301}', Weight::Regular));
        assert_eq!(fonts.width("\u{0301}", 10.0, Weight::Regular), 0.0);
    }

    #[test]
    fn ethiopic_comes_from_the_second_face_in_runs_that_keep_their_spaces() {
        let fonts = Fonts::get();
        let text = "Tesfay ተስፋይ ገብረ 2026";
        assert!(text.chars().all(|c| fonts.has_glyph(c, Weight::Bold)));
        assert_eq!(
            fonts.runs(text, Weight::Regular),
            [
                (Family::DejaVu, "Tesfay "),
                (Family::Ethiopic, "ተስፋይ ገብረ "),
                (Family::DejaVu, "2026"),
            ]
        );
        let whole = fonts.width(text, 10.0, Weight::Regular);
        let parts: f32 = fonts
            .runs(text, Weight::Regular)
            .iter()
            .map(|(_, run)| fonts.width(run, 10.0, Weight::Regular))
            .sum();
        assert!((whole - parts).abs() < 0.001);
        assert!(fonts.width("ተ", 10.0, Weight::Regular) > 3.0);
    }

    #[test]
    fn a_missing_glyph_is_measured_as_the_placeholder() {
        let fonts = Fonts::get();
        let missing = '漢'; // CJK: not in DejaVu Sans
        assert!(!fonts.has_glyph(missing, Weight::Regular));
        assert_eq!(
            fonts.width(&missing.to_string(), 10.0, Weight::Regular),
            fonts.width(&PLACEHOLDER.to_string(), 10.0, Weight::Regular)
        );
    }
}
