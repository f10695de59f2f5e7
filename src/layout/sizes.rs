//! The type sizes and spacing that every phase of layout agrees on, in
//! points.

/// Body text size in points: 9, to fit a real plan on two pages; the floor
/// for a form read on paper is 8.5.
pub const BODY_SIZE: f32 = 9.0;
/// Section heading size.
pub const HEADING_SIZE: f32 = 10.5;
/// Text for a child ("Min plan"): large type …
pub const LARGE_SIZE: f32 = 14.0;
/// … under large headings …
pub const LARGE_HEADING_SIZE: f32 = 18.0;
/// Baseline-to-baseline distance as a multiple of the text size.
const LEADING: f32 = 1.15;
/// Table and box line width.
pub(super) const RULE: f32 = 0.5;

/// Baseline-to-baseline distance for a text size.
pub fn line_height(size: f32) -> f32 {
    size * LEADING
}
