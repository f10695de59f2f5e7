//! The embedded faces: their fixed resource names, parsed once per
//! process, and added to a document only where it draws them.

use std::sync::OnceLock;

use printpdf::{FontId, ParsedFont, PdfDocument, PdfFont};

use super::error::PdfError;
use crate::document::{Item, Page};
use crate::font::{self, Family, Weight};

/// Resource names of the faces. Six capital letters: printpdf uses the
/// first six characters as the subset tag (`DJVSRG+DejaVuSans`).
const REGULAR_ID: &str = "DJVSRG";
pub(super) const BOLD_ID: &str = "DJVSBD";
const ARABIC_REGULAR_ID: &str = "VZRMRG";
const ARABIC_BOLD_ID: &str = "VZRMBD";
const ETHIOPIC_REGULAR_ID: &str = "NTETRG";
const ETHIOPIC_BOLD_ID: &str = "NTETBD";

/// The resource name of a face.
pub(super) fn font_id(family: Family, weight: Weight) -> &'static str {
    match (family, weight) {
        (Family::DejaVu, Weight::Regular) => REGULAR_ID,
        (Family::DejaVu, Weight::Bold) => BOLD_ID,
        (Family::Arabic, Weight::Regular) => ARABIC_REGULAR_ID,
        (Family::Arabic, Weight::Bold) => ARABIC_BOLD_ID,
        (Family::Ethiopic, Weight::Regular) => ETHIOPIC_REGULAR_ID,
        (Family::Ethiopic, Weight::Bold) => ETHIOPIC_BOLD_ID,
    }
}

/// A family's regular and bold faces, parsed once per process, the first
/// time a PDF needs them (the Ethiopic ones only for Ethiopic text).
fn parsed_fonts(family: Family) -> Result<&'static (ParsedFont, ParsedFont), PdfError> {
    type Parsed = OnceLock<Option<(ParsedFont, ParsedFont)>>;
    static DEJAVU: Parsed = OnceLock::new();
    static ARABIC: Parsed = OnceLock::new();
    static ETHIOPIC: Parsed = OnceLock::new();
    let (parsed, regular, bold) = match family {
        Family::DejaVu => (&DEJAVU, font::REGULAR_TTF, font::BOLD_TTF),
        Family::Arabic => (&ARABIC, font::ARABIC_REGULAR_TTF, font::ARABIC_BOLD_TTF),
        Family::Ethiopic => (
            &ETHIOPIC,
            font::ETHIOPIC_REGULAR_TTF,
            font::ETHIOPIC_BOLD_TTF,
        ),
    };
    parsed
        .get_or_init(|| {
            let regular = ParsedFont::from_bytes(regular, 0, &mut Vec::new())?;
            let bold = ParsedFont::from_bytes(bold, 0, &mut Vec::new())?;
            Some((regular, bold))
        })
        .as_ref()
        .ok_or(PdfError::Font)
}

/// Adds the faces `pages` draw to `doc`: DejaVu always (the page numbers,
/// the draft mark); the other faces only where they are drawn, so that
/// other plans do not grow.
pub(super) fn embed(doc: &mut PdfDocument, pages: &[Page]) -> Result<(), PdfError> {
    let draws = |family: Family| {
        family == Family::DejaVu
            || pages
                .iter()
                .flat_map(|p| &p.items)
                .any(|item| matches!(item, Item::Text { family: f, .. } if *f == family))
    };
    for family in Family::CHAIN.into_iter().filter(|f| draws(*f)) {
        let (regular, bold) = parsed_fonts(family)?;
        for (weight, font) in [(Weight::Regular, regular), (Weight::Bold, bold)] {
            let id = FontId(font_id(family, weight).into());
            doc.resources
                .fonts
                .map
                .insert(id, PdfFont::new(font.clone()));
        }
    }
    Ok(())
}
