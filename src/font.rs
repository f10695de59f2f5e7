//! The embedded typeface: DejaVu Sans, regular and bold.
//!
//! Compiled into the binary so that a printed plan never depends on the fonts
//! of the machine; the PDF backend embeds a subset of the same bytes. The
//! layout engine measures text here with the fonts' own glyph advances, which
//! is exactly what the PDF draws (printpdf applies no kerning or ligatures).
//! Licence: `assets/fonts/LICENSE-DejaVu.txt` (Bitstream Vera terms).

use std::sync::OnceLock;

/// DejaVu Sans 2.37.
pub const REGULAR_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold 2.37.
pub const BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

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

/// Glyph advances of one face, in font units, for fast measuring.
struct Face {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advances of U+0000–U+024F (Latin, incl. Swedish); `None` = no glyph.
    common: Vec<Option<u16>>,
}

impl Face {
    fn parse(bytes: &'static [u8]) -> Option<Self> {
        let face = ttf_parser::Face::parse(bytes, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let common = (0u32..0x250)
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

/// Both faces, parsed once per process.
pub struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    /// The embedded fonts. Parsing is done on the first call only.
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| {
            // The embedded files are fixed at build time and a test parses them,
            // so a failure here is a broken build, not bad input.
            let parse = |b| Face::parse(b).unwrap_or_else(|| unreachable!("embedded font parses"));
            Fonts {
                regular: parse(REGULAR_TTF),
                bold: parse(BOLD_TTF),
            }
        })
    }

    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Whether the face can draw `c`.
    pub fn has_glyph(&self, c: char, weight: Weight) -> bool {
        self.face(weight).advance(c).is_some()
    }

    /// Width of `text` in points at `size`. Characters without a glyph are
    /// measured as the placeholder that replaces them.
    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let face = self.face(weight);
        let fallback = face.advance(PLACEHOLDER).unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| u32::from(face.advance(c).unwrap_or(fallback)))
            .sum();
        units as f32 * size / face.units_per_em
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
