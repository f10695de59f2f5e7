//! The embedded typefaces, regular and bold: DejaVu Sans, and after it
//! Vazirmatn for Arabic script (Arabic, Persian, Sorani) and Noto Sans
//! Ethiopic (Tigrinya, Amharic) for the characters DejaVu lacks. Each
//! character is drawn with the first face of this chain that has it.
//!
//! Compiled into the binary so that a printed plan never depends on the fonts
//! of the machine; the PDF backend embeds a subset of the same bytes. Latin
//! and Ethiopic text is measured with the fonts' own glyph advances, which
//! is exactly what the PDF draws (one glyph per character, no kerning):
//! the fast path almost every plan takes. Arabic script joins its letters,
//! so it is shaped ([`Fonts::shape`], rustybuzz) and measured on the shaped
//! glyphs.
//! Licences: `assets/fonts/LICENSE-DejaVu.txt` (Bitstream Vera terms),
//! `assets/fonts/LICENSE-Vazirmatn-OFL.txt` and
//! `assets/fonts/LICENSE-Noto-OFL.txt` (SIL Open Font License 1.1).

use std::sync::{Arc, Mutex, OnceLock};

// Statics, not consts: a const's bytes are copied into each codegen unit
// that uses them (font and pdf), which doubled the 925 KB of fonts.

/// DejaVu Sans 2.37.
pub static REGULAR_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold 2.37.
pub static BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
/// Vazirmatn 33.0.3, the Arabic-script blocks only.
pub static ARABIC_REGULAR_TTF: &[u8] = include_bytes!("../assets/fonts/Vazirmatn-Regular.ttf");
/// Vazirmatn Bold 33.0.3, the Arabic-script blocks only.
pub static ARABIC_BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/Vazirmatn-Bold.ttf");
/// Noto Sans Ethiopic, the Ethiopic syllables only.
pub static ETHIOPIC_REGULAR_TTF: &[u8] =
    include_bytes!("../assets/fonts/NotoSansEthiopic-Regular.ttf");
/// Noto Sans Ethiopic Bold, the Ethiopic syllables only.
pub static ETHIOPIC_BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/NotoSansEthiopic-Bold.ttf");

/// Shown instead of a character the font cannot draw, so that nothing
/// disappears silently (U+FFFD REPLACEMENT CHARACTER, which DejaVu has).
pub const PLACEHOLDER: char = '\u{FFFD}';

/// Whether `c` only steers the order of right-to-left text and is never
/// drawn: the marks and isolates of Unicode bidi.
pub fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

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
    /// DejaVu Sans: Latin, Greek, Cyrillic, digits, symbols, the placeholder.
    DejaVu,
    /// Vazirmatn: Arabic, Persian and Sorani letters; always shaped.
    Arabic,
    /// Noto Sans Ethiopic: Tigrinya and Amharic.
    Ethiopic,
}

impl Family {
    /// The chain: a character is drawn with the first that has it.
    pub const CHAIN: [Family; 3] = [Family::DejaVu, Family::Arabic, Family::Ethiopic];

    /// Whether text in this face must be shaped: its letters change form
    /// with their neighbours (Arabic), or are kerned and carry marks placed
    /// over them (Ethiopic: `ኣ` + `ኼ`, U+135F over its syllable), so
    /// advances cannot simply be summed.
    pub fn is_shaped(self) -> bool {
        matches!(self, Family::Arabic | Family::Ethiopic)
    }

    /// Whether this face's script is written right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Family::Arabic
    }
}

/// A glyph as the shaper placed it, in points from the start of its run.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Glyph id in its face.
    pub id: u16,
    /// Where the glyph is drawn: the pen position plus the shaper's offset.
    pub x: f32,
    /// How far above the baseline (a vowel mark over a letter).
    pub y: f32,
    /// How far it moves the pen: the glyphs' advances add up to their width.
    pub advance: f32,
    /// What text extraction reads for it (see [`cluster_text`]).
    pub text: String,
}

/// Glyph advances of one face, in font units, for fast measuring.
struct Face {
    face: ttf_parser::Face<'static>,
    /// The shaper's view of the face, made the first time text in this face
    /// is shaped (never, for a Swedish plan).
    shaper: OnceLock<rustybuzz::Face<'static>>,
    /// Shape plans by direction and script: making one costs ten times
    /// shaping a word with it, and a plan has thousands of words.
    plans: Mutex<Vec<(PlanKey, Arc<rustybuzz::ShapePlan>)>>,
    units_per_em: f32,
    /// Advances of U+0000–U+024F (Latin, incl. Swedish); `None` = no glyph.
    common: Vec<Option<u16>>,
}

impl Face {
    /// Parses an embedded face; the advances of `0..common` are looked up
    /// once. The files are fixed at build time and a test parses them, so
    /// a failure here is a broken build, not bad input.
    fn parse(bytes: &'static [u8], common: u32) -> Self {
        let face = ttf_parser::Face::parse(bytes, 0)
            .unwrap_or_else(|_| unreachable!("embedded font parses"));
        let units_per_em = f32::from(face.units_per_em());
        let common = (0u32..common)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|c| face.glyph_index(c))
                    .and_then(|g| face.glyph_hor_advance(g))
            })
            .collect();
        Self {
            face,
            shaper: OnceLock::new(),
            plans: Mutex::new(Vec::new()),
            units_per_em,
            common,
        }
    }

    /// Advance in font units, `None` when the font has no glyph.
    #[inline]
    fn advance(&self, c: char) -> Option<u16> {
        match self.common.get(c as usize) {
            Some(&advance) => advance,
            None => self
                .face
                .glyph_index(c)
                .and_then(|g| self.face.glyph_hor_advance(g)),
        }
    }

    fn shaper(&self) -> &rustybuzz::Face<'static> {
        self.shaper
            .get_or_init(|| rustybuzz::Face::from_face(self.face.clone()))
    }

    /// The shape plan for text in `direction` and `script`, made once.
    fn plan(
        &self,
        (direction, script): PlanKey,
        features: &[rustybuzz::Feature],
    ) -> Arc<rustybuzz::ShapePlan> {
        // A poisoned lock only means another thread panicked while adding a
        // plan; the plans there are whole.
        let mut plans = self.plans.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, plan)) = plans.iter().find(|(key, _)| *key == (direction, script)) {
            return Arc::clone(plan);
        }
        let plan = Arc::new(rustybuzz::ShapePlan::new(
            self.shaper(),
            direction,
            Some(script),
            None,
            features,
        ));
        plans.push(((direction, script), Arc::clone(&plan)));
        plan
    }
}

/// What a shape plan is made for.
type PlanKey = (rustybuzz::Direction, rustybuzz::Script);

/// Every face, parsed once per process: DejaVu at once, the others the
/// first time a character is looked up in them.
pub struct Fonts {
    regular: Face,
    bold: Face,
    /// Arabic regular and bold, Ethiopic regular and bold.
    others: [OnceLock<Face>; 4],
}

impl Fonts {
    /// The embedded fonts. Parsing is done on the first call only.
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| Fonts {
            // Latin, incl. Swedish, looked up once.
            regular: Face::parse(REGULAR_TTF, 0x250),
            bold: Face::parse(BOLD_TTF, 0x250),
            others: Default::default(),
        })
    }

    fn face(&self, family: Family, weight: Weight) -> &Face {
        let (slot, bytes) = match (family, weight) {
            (Family::DejaVu, Weight::Regular) => return &self.regular,
            (Family::DejaVu, Weight::Bold) => return &self.bold,
            (Family::Arabic, Weight::Regular) => (0, ARABIC_REGULAR_TTF),
            (Family::Arabic, Weight::Bold) => (1, ARABIC_BOLD_TTF),
            (Family::Ethiopic, Weight::Regular) => (2, ETHIOPIC_REGULAR_TTF),
            (Family::Ethiopic, Weight::Bold) => (3, ETHIOPIC_BOLD_TTF),
        };
        self.others[slot].get_or_init(|| Face::parse(bytes, 0))
    }

    /// The first face of the chain that can draw `c`, and its advance.
    fn find(&self, c: char, weight: Weight) -> Option<(Family, &Face, u16)> {
        Family::CHAIN.into_iter().find_map(|family| {
            let face = self.face(family, weight);
            face.advance(c).map(|advance| (family, face, advance))
        })
    }

    /// Whether a face of the chain can draw `c`.
    pub fn has_glyph(&self, c: char, weight: Weight) -> bool {
        let first = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        first.advance(c).is_some() || self.find(c, weight).is_some()
    }

    /// Width of `text` in points at `size`, each character in the first
    /// face that has it. Characters without a glyph are measured as the
    /// placeholder that replaces them; Arabic script as shaped.
    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        self.summed_width(text, size, weight).unwrap_or_else(|| {
            self.runs(text, weight)
                .into_iter()
                .map(|(family, run)| match family.is_shaped() {
                    // Arabic script is shaped right to left: its letters
                    // take their joined forms only that way.
                    true => {
                        self.shape(run, family, weight, size, family.is_right_to_left())
                            .1
                    }
                    false => self.summed_width(run, size, weight).unwrap_or(0.0),
                })
                .sum()
        })
    }

    /// The width as the sum of the characters' advances; `None` when some
    /// character needs shaping.
    fn summed_width(&self, text: &str, size: f32, weight: Weight) -> Option<f32> {
        // DejaVu's advances summed in font units, as they always were (the
        // layout's hot loop); the rest of the chain only for what it lacks.
        let first = self.face(Family::DejaVu, weight);
        let placeholder = first.advance(PLACEHOLDER).unwrap_or(0);
        let mut units = 0u32;
        let mut others = 0.0f32;
        for c in text.chars() {
            match first.advance(c) {
                Some(advance) => units += u32::from(advance),
                None if is_direction_mark(c) => {}
                None => match self.find(c, weight) {
                    Some((family, _, _)) if family.is_shaped() => return None,
                    Some((_, face, advance)) => others += f32::from(advance) / face.units_per_em,
                    None => units += u32::from(placeholder),
                },
            }
        }
        Some(units as f32 * size / first.units_per_em + others * size)
    }

    /// Shapes `text`, all of it drawn with `family`, at `size`: its glyphs
    /// in the order they are drawn from left to right (for `rtl` text the
    /// last letter first), and the width they take. Only the Arabic
    /// and the Ethiopic faces get their kerning, ligatures and mark
    /// positions; in the others a glyph is a character, as on the fast
    /// path, so both measure alike.
    pub fn shape(
        &self,
        text: &str,
        family: Family,
        weight: Weight,
        size: f32,
        rtl: bool,
    ) -> (Vec<Glyph>, f32) {
        let face = self.face(family, weight);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(match rtl {
            true => rustybuzz::Direction::RightToLeft,
            false => rustybuzz::Direction::LeftToRight,
        });
        let features = match family.is_shaped() {
            true => &[][..],
            false => &plain_features()[..],
        };
        let plan = face.plan((buffer.direction(), buffer.script()), features);
        let shaped = rustybuzz::shape_with_plan(face.shaper(), &plan, buffer);
        let scale = size / face.units_per_em;
        let infos = shaped.glyph_infos();
        // Where each cluster's text ends: at the next cluster's start.
        let mut starts: Vec<usize> = infos.iter().map(|info| info.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let cluster_of =
            |info: &rustybuzz::GlyphInfo| starts.partition_point(|s| *s < info.cluster as usize);
        let glyph_id = |info: &rustybuzz::GlyphInfo| u16::try_from(info.glyph_id).unwrap_or(0);
        let mut glyph_ids: Vec<Vec<u16>> = vec![Vec::new(); starts.len()];
        for info in infos {
            glyph_ids[cluster_of(info)].push(glyph_id(info));
        }
        // What each cluster's glyphs are read from.
        let clusters: Vec<Vec<char>> = (0..starts.len())
            .map(|index| {
                let end = starts.get(index + 1).copied().unwrap_or(text.len());
                let written = text
                    .get(starts[index]..end)
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}'))
                    .collect();
                readable(&face.face, written, &glyph_ids[index])
            })
            .collect();
        let mut seen = vec![0usize; starts.len()];
        let mut used: Vec<Vec<bool>> = glyph_ids.iter().map(|ids| vec![false; ids.len()]).collect();
        let mut pen = 0i32;
        let glyphs = infos
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, position)| {
                let index = cluster_of(info);
                let chars = &clusters[index];
                let count = glyph_ids[index].len();
                // The glyphs of a right-to-left cluster come last first.
                let nth = match rtl {
                    true => count - 1 - seen[index],
                    false => seen[index],
                };
                seen[index] += 1;
                let id = glyph_id(info);
                let own = match chars.len() == count {
                    true => own_text(&face.face, chars, id, &mut used[index], rtl),
                    false => None,
                };
                let glyph = Glyph {
                    id,
                    x: (pen + position.x_offset) as f32 * scale,
                    y: position.y_offset as f32 * scale,
                    advance: position.x_advance as f32 * scale,
                    text: own.unwrap_or_else(|| cluster_text(chars, count, nth, rtl)),
                };
                pen += position.x_advance;
                glyph
            })
            .collect();
        (glyphs, pen as f32 * scale)
    }

    /// The outlines of `text` in DejaVu at `size`, from its baseline start:
    /// one ring of points per contour, in points with y up, a point marked
    /// `true` where it is a control point of a cubic curve (two of them,
    /// then the end point). Drawn as a path, text is seen but not read: the
    /// "UTKAST" across a draft is not part of its text.
    pub fn outline(&self, text: &str, size: f32, weight: Weight) -> Vec<Vec<(f32, f32, bool)>> {
        let face = self.face(Family::DejaVu, weight);
        let scale = size / face.units_per_em;
        let mut pen = Pen {
            scale,
            x: 0.0,
            last: (0.0, 0.0),
            rings: Vec::new(),
        };
        for c in text.chars() {
            let Some(glyph) = face.face.glyph_index(c) else {
                continue;
            };
            face.face.outline_glyph(glyph, &mut pen);
            pen.x += f32::from(face.face.glyph_hor_advance(glyph).unwrap_or(0)) * scale;
        }
        pen.rings
    }

    /// `text` cut into runs drawn with one face each: a run goes on while
    /// its face has the next character (so a space between two Ethiopic
    /// words stays in their run, and a zero-width non-joiner in its Persian
    /// word), and characters no face has stay with DejaVu, which draws them
    /// as the placeholder.
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
            let family = self
                .find(c, weight)
                .map_or(Family::DejaVu, |(family, _, _)| family);
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

/// Collects a glyph's contours as rings of points (see [`Fonts::outline`]);
/// quadratic curves become the cubic curves PDF draws.
struct Pen {
    scale: f32,
    /// Where the glyph starts, in points.
    x: f32,
    /// The last point, in points.
    last: (f32, f32),
    rings: Vec<Vec<(f32, f32, bool)>>,
}

impl Pen {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.scale, y * self.scale)
    }

    fn push(&mut self, point: (f32, f32), control: bool) {
        if let Some(ring) = self.rings.last_mut() {
            ring.push((point.0, point.1, control));
        }
        if !control {
            self.last = point;
        }
    }
}

impl ttf_parser::OutlineBuilder for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        let point = self.at(x, y);
        self.rings.push(Vec::new());
        self.push(point, false);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let point = self.at(x, y);
        self.push(point, false);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (p0, q, p) = (self.last, self.at(x1, y1), self.at(x, y));
        let third = |a: f32, b: f32| a + 2.0 / 3.0 * (b - a);
        self.push((third(p0.0, q.0), third(p0.1, q.1)), true);
        self.push((third(p.0, q.0), third(p.1, q.1)), true);
        self.push(p, false);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (c1, c2, p) = (self.at(x1, y1), self.at(x2, y2), self.at(x, y));
        self.push(c1, true);
        self.push(c2, true);
        self.push(p, false);
    }

    fn close(&mut self) {}
}

/// What glyph `id` reads, in a cluster of `chars` with a glyph each:
/// the character (not yet `used`) the font draws with it, or the mirror
/// image of one (in right-to-left text the shaper draws `(` with the glyph
/// of `)`, UAX #9 L4). So a glyph reads the same wherever it is drawn,
/// whatever order the shaper put a cluster's marks in, and a reader that
/// puts a line back in logical order gets the bracket the text had.
fn own_text(
    face: &ttf_parser::Face,
    chars: &[char],
    id: u16,
    used: &mut [bool],
    rtl: bool,
) -> Option<String> {
    let (at, c) = chars
        .iter()
        .enumerate()
        .filter(|(i, _)| !used[*i])
        .find_map(|(i, &c)| Some((i, reads_as(face, c, id)?)))?;
    used[at] = true;
    Some(letters_of(c, rtl))
}

/// What glyph `id` reads as when it is drawn for `c`: `c` itself, or its
/// mirror image; `None` when the font draws neither with it.
fn reads_as(face: &ttf_parser::Face, c: char, id: u16) -> Option<char> {
    let draws = |c: char| face.glyph_index(c).is_some_and(|g| g.0 == id);
    match draws(c) {
        true => Some(c),
        false => unicode_bidi_mirroring::get_mirrored(c).filter(|m| draws(*m)),
    }
}

/// The characters a cluster's glyphs `ids` are read from: as `written`,
/// or composed or decomposed the way the shaper normalised them (`آ` with
/// a hamza below is drawn as `إ` with a madda), whichever has a character
/// for each glyph.
fn readable(face: &ttf_parser::Face, written: Vec<char>, ids: &[u16]) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    let drawn = |form: &[char]| {
        form.len() == ids.len()
            && ids
                .iter()
                .all(|id| form.iter().any(|c| reads_as(face, *c, *id).is_some()))
    };
    if drawn(&written) {
        return written;
    }
    // Nearly every cluster is a letter in its joining form, which neither
    // composes nor decomposes: those are not normalised at all.
    use unicode_normalization::{IsNormalized, is_nfc_quick, is_nfd_quick};
    let chars = || written.iter().copied();
    if is_nfc_quick(chars()) != IsNormalized::Yes {
        let composed: Vec<char> = chars().nfc().collect();
        if drawn(&composed) {
            return composed;
        }
    }
    if is_nfd_quick(chars()) != IsNormalized::Yes {
        let decomposed: Vec<char> = chars().nfd().collect();
        if drawn(&decomposed) {
            return decomposed;
        }
    }
    written
}

/// What a character reads as: itself, or for an Arabic presentation form
/// (`ﮐ`, `ﻻ`, pasted from an old PDF) the letters it is a form of, which
/// the shaper draws with the same glyph: a glyph reads the same whichever
/// way it was reached. A ligature's letters are stored last first, as in
/// [`cluster_text`].
fn letters_of(c: char, rtl: bool) -> String {
    use unicode_normalization::UnicodeNormalization;
    if !matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        return c.to_string();
    }
    let letters: String = std::iter::once(c).nfkc().collect();
    match (letters.is_empty(), rtl) {
        (true, _) => c.to_string(),
        (false, true) => letters.chars().rev().collect(),
        (false, false) => letters,
    }
}

/// What the `nth` of the `glyphs` glyphs of a cluster of `chars` reads:
/// a character each where there are as many glyphs as characters (a letter
/// and its vowel mark), so that a glyph reads the same wherever it is drawn;
/// else all of them on the first glyph (a ligature: lam-alef reads "لا").
/// A right-to-left ligature's characters are stored last first: readers
/// (poppler, pdf.js) turn a right-to-left line around character by
/// character after they have collected it, which puts them back in order.
fn cluster_text(chars: &[char], glyphs: usize, nth: usize, rtl: bool) -> String {
    match (chars.len() == glyphs, nth) {
        (true, _) => chars.get(nth).map(char::to_string).unwrap_or_default(),
        (false, 0) if rtl => chars.iter().rev().collect(),
        (false, 0) => chars.iter().collect(),
        (false, _) => String::new(),
    }
}

/// The features that keep one glyph per character at its own advance.
fn plain_features() -> [rustybuzz::Feature; 4] {
    let off =
        |tag: &[u8; 4]| rustybuzz::Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(tag), 0, ..);
    [off(b"kern"), off(b"liga"), off(b"clig"), off(b"calt")]
}

/// Whether a character has no visible form and is left out of the printed
/// text: control characters and the invisible format characters that come
/// with copied text (zero-width spaces and joiners, BOM, soft hyphen).
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
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
