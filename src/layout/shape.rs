//! The last phase of inline layout: a run of text at its place on the line →
//! the items that draw it, one per face of the font chain, ordered and
//! shaped by [`super::bidi`] where the text needs it.

use super::bidi;
use crate::document::{Direction, Item};
use crate::font::{Fonts, Weight};

/// The items that draw `text` from `x` on baseline `y`: one per run of the
/// font chain (DejaVu, then Ethiopic), each placed after the one before.
pub fn text_items(
    fonts: &Fonts,
    (x, y): (f32, f32),
    size: f32,
    weight: Weight,
    text: &str,
    reads: Option<&String>,
    direction: Direction,
) -> Vec<Item> {
    // A checkbox is one symbol: it needs no ordering.
    if reads.is_none()
        && bidi::needs_bidi(text, direction)
        && let Some(items) = bidi::items(fonts, (x, y), (size, weight), text, None, direction)
    {
        return items;
    }
    plain_items(fonts, (x, y), size, weight, text, reads)
}

/// The items that draw `text`, a line's part of a paragraph that reads in
/// `paragraph`'s direction (its first letter that has one, UAX #9 P2–P3),
/// on a page written in `direction`: a line of it that has no letter of
/// its own direction (the last line of an Arabic sentence, all in Latin
/// letters) still reads that way.
pub(super) fn text_items_in(
    fonts: &Fonts,
    (x, y): (f32, f32),
    (size, weight): (f32, Weight),
    text: &str,
    paragraph: Option<Direction>,
    direction: Direction,
) -> Vec<Item> {
    if (bidi::needs_bidi(text, direction) || paragraph == Some(Direction::Rtl))
        && let Some(items) = bidi::items(fonts, (x, y), (size, weight), text, paragraph, direction)
    {
        return items;
    }
    plain_items(fonts, (x, y), size, weight, text, None)
}

/// The fast path: runs of the font chain, left to right.
fn plain_items(
    fonts: &Fonts,
    (x, y): (f32, f32),
    size: f32,
    weight: Weight,
    text: &str,
    reads: Option<&String>,
) -> Vec<Item> {
    let mut x = x;
    fonts
        .runs(text, weight)
        .into_iter()
        .map(|(family, run)| {
            // Ethiopic, kerned and with its marks placed by the shaper.
            let (glyphs, width) = match family.is_shaped() {
                true => {
                    let (glyphs, width) = fonts.shape(run, family, weight, size, false);
                    (Some(glyphs), width)
                }
                false => (None, fonts.width(run, size, weight)),
            };
            let item = Item::Text {
                x,
                y,
                size,
                weight,
                family,
                text: run.to_owned(),
                reads: reads.cloned(),
                glyphs,
            };
            x += width;
            item
        })
        .collect()
}
