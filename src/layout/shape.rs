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
        && let Some(items) = bidi::items(fonts, (x, y), size, weight, text, direction)
    {
        return items;
    }
    let mut x = x;
    fonts
        .runs(text, weight)
        .into_iter()
        .map(|(family, run)| {
            let item = Item::Text {
                x,
                y,
                size,
                weight,
                family,
                text: run.to_owned(),
                reads: reads.cloned(),
                glyphs: None,
            };
            x += fonts.width(run, size, weight);
            item
        })
        .collect()
}
