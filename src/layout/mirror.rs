//! Right-to-left pages: laid out left to right, then mirrored.

use crate::document::{Geometry, Item, Page};
use crate::font::Fonts;

/// Turns a page laid out left to right into the right-to-left page: every
/// item moves to the mirror place across the middle of the text area (the
/// margins stay where they are, the wider one at the binding), while text
/// and images keep their own direction. A line's first word goes to the
/// right, a table's first column too.
pub fn mirror(page: &mut Page, geometry: Geometry) {
    let fonts = Fonts::get();
    let axis = geometry.left + geometry.width - geometry.right;
    for item in &mut page.items {
        match item {
            Item::Text {
                x,
                size,
                weight,
                text,
                glyphs,
                ..
            } => {
                let width = match glyphs {
                    Some(glyphs) => glyphs.iter().map(|g| g.advance).sum(),
                    None => fonts.width(text, *size, *weight),
                };
                *x = axis - *x - width;
            }
            Item::Line { x1, x2, .. } => {
                *x1 = axis - *x1;
                *x2 = axis - *x2;
            }
            Item::Image { x, w, .. } | Item::Rect { x, w, .. } => *x = axis - *x - *w,
            // Centred on the page already.
            Item::Watermark { .. } | Item::Tag(_) => {}
        }
    }
}
