//! The page frame: a header and a footer laid out once and drawn on every
//! page with "Sida X av Y", around the body pages the layout made. Shared by
//! the plan, the worksheet and the statistics report.
//!
//! The header is read once, on the first page (the title and whose plan it
//! is); on the pages after, it is an artifact, as are the footer, the page
//! numbers and the draft mark: a screen reader does not repeat them.

use crate::document::{Direction, Document, Geometry, Item, Page, Structure, Tag};
use crate::font::{Fonts, Weight};
use crate::labels::Labels;
use crate::layout::{self, BODY_SIZE, Block, mirror};

/// Puts each body page between the header and the footer, with "Sida X
/// av Y" at the right of both (at the left on a right-to-left page, which
/// is mirrored here). `foot` is already placed at the page bottom.
pub(super) fn framed(
    bodies: Vec<Page>,
    head: &Fixed,
    foot: &Fixed,
    geometry: Geometry,
    labels: &Labels,
) -> Vec<Page> {
    let total = bodies.len();
    bodies
        .into_iter()
        .enumerate()
        .map(|(i, body)| {
            let page_label = labels.page(i + 1, total);
            let mut items = if i == 0 {
                head.items.clone()
            } else {
                as_artifact(&head.items)
            };
            items.push(Item::Tag(Tag::Artifact));
            items.extend(right_aligned(&page_label, geometry, head.first_baseline));
            items.push(rule(geometry, head.bottom + 3.0));
            items.extend(body.items);
            items.extend([Item::Tag(Tag::Artifact), rule(geometry, foot.top - 4.0)]);
            items.extend(as_artifact(&foot.items));
            items.extend(right_aligned(&page_label, geometry, foot.first_baseline));
            let mut page = Page { items };
            if geometry.direction == Direction::Rtl {
                mirror(&mut page, geometry);
            }
            page
        })
        .collect()
}

/// A whole document of `body` between `head` and `foot` on every page:
/// the statistics report, a deviation report.
pub(super) fn document(
    body: &[Block],
    (head, foot): (&Fixed, &Fixed),
    geometry: Geometry,
    labels: &Labels,
    mut structure: Structure,
) -> super::options::Rendered {
    let laid = layout::layout(
        body,
        geometry,
        head.bottom + 8.0,
        foot.top - 8.0,
        &mut structure,
    );
    super::options::Rendered {
        document: Document {
            geometry,
            pages: framed(laid.pages, head, foot, geometry, labels),
            structure,
            images: Vec::new(),
        },
        warnings: Vec::new(),
    }
}

/// Header or footer: laid out once, drawn on every page.
pub(super) struct Fixed {
    pub(super) items: Vec<Item>,
    /// Where it starts.
    pub(super) top: f32,
    /// Lowest point drawn.
    pub(super) bottom: f32,
    /// Baseline of the first line, where the page number goes.
    pub(super) first_baseline: f32,
    pub(super) missing: Vec<char>,
}

/// The same items, none of them read: a header on a later page, a footer.
fn as_artifact(items: &[Item]) -> Vec<Item> {
    let mut out = vec![Item::Tag(Tag::Artifact)];
    out.extend(
        items
            .iter()
            .filter(|item| !matches!(item, Item::Tag(_)))
            .cloned(),
    );
    out
}

impl Fixed {
    /// Lays out `blocks` from `top`, their elements added to `structure`.
    /// The footer gives a structure of its own, which is dropped: it is
    /// only ever drawn as an artifact.
    pub(super) fn lay(
        blocks: &[Block],
        geometry: Geometry,
        top: f32,
        structure: &mut Structure,
    ) -> Self {
        let laid = layout::layout(blocks, geometry, top, f32::MAX / 4.0, structure);
        let items: Vec<Item> = laid.pages.into_iter().flat_map(|p| p.items).collect();
        let bottom = items
            .iter()
            .map(|item| match item {
                Item::Text { y, size, .. } | Item::Watermark { y, size, .. } => y + size * 0.25,
                Item::Rect { y, h, .. } | Item::Image { y, h, .. } => y + h,
                Item::Line { y1, y2, .. } => y1.max(*y2),
                Item::Tag(_) => top,
            })
            .fold(top, f32::max);
        let first_baseline = items
            .iter()
            .find_map(|item| match item {
                Item::Text { y, .. } => Some(*y),
                _ => None,
            })
            .unwrap_or(top + BODY_SIZE);
        Self {
            items,
            top,
            bottom,
            first_baseline,
            missing: laid.missing,
        }
    }

    /// A footer: `blocks` laid out and placed so that they end at the
    /// bottom margin. Its structure is dropped: it is only ever an artifact.
    pub(super) fn footer(blocks: &[Block], geometry: Geometry) -> Self {
        let mut foot = Self::lay(blocks, geometry, 0.0, &mut Structure::default());
        let top = geometry.height - geometry.bottom - foot.bottom;
        foot.shift(top);
        foot
    }

    pub(super) fn shift(&mut self, dy: f32) {
        for item in &mut self.items {
            match item {
                Item::Text { y, .. }
                | Item::Watermark { y, .. }
                | Item::Rect { y, .. }
                | Item::Image { y, .. } => *y += dy,
                Item::Line { y1, y2, .. } => {
                    *y1 += dy;
                    *y2 += dy;
                }
                Item::Tag(_) => {}
            }
        }
        self.top += dy;
        self.bottom += dy;
        self.first_baseline += dy;
    }
}

/// The draft mark, large and turned along the page's diagonal, centred.
/// Only exactly rounded arithmetic (no trigonometry), for the same bytes
/// on every machine.
pub(super) fn watermark(text: &str, geometry: Geometry) -> Item {
    let (w, h) = (geometry.width, geometry.height);
    let diagonal = (w * w + h * h).sqrt();
    let (cos, sin) = (w / diagonal, h / diagonal);
    let unit = Fonts::get().width(text, 1.0, Weight::Bold).max(0.1);
    let size = (0.6 * diagonal / unit).min(160.0);
    let (width, cap) = (unit * size, 0.72 * size);
    // The baseline start, so that the text's middle is the page's middle;
    // y grows downwards here.
    let x = geometry.width / 2.0 - width / 2.0 * cos + cap / 2.0 * sin;
    let y = geometry.height / 2.0 + width / 2.0 * sin + cap / 2.0 * cos;
    Item::Watermark {
        x,
        y,
        size,
        cos,
        sin,
        text: text.to_owned(),
    }
}

pub(super) fn right_aligned(text: &str, geometry: Geometry, baseline: f32) -> Vec<Item> {
    let fonts = Fonts::get();
    let width = fonts.width(text, BODY_SIZE, Weight::Regular);
    let x = geometry.width - geometry.right - width;
    layout::text_items(
        fonts,
        (x, baseline),
        BODY_SIZE,
        Weight::Regular,
        text,
        None,
        geometry.direction,
    )
}

pub(super) fn rule(geometry: Geometry, y: f32) -> Item {
    Item::Line {
        x1: geometry.left,
        y1: y,
        x2: geometry.width - geometry.right,
        y2: y,
        width: 0.8,
    }
}
