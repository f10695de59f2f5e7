//! What a laid-out page is: positioned text, lines, boxes and images on a
//! page of known size. The only thing the PDF writer reads ([`crate::pdf`]);
//! the layout makes it, and nothing here knows SIP.

use crate::font::Weight;
use crate::render::layout::MM;

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left margin (wider, for hole punching).
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin.
    pub bottom: f32,
}

impl Geometry {
    /// A4 with 20 mm at the left for hole punching and 15 mm elsewhere.
    pub fn a4() -> Self {
        Self {
            width: 210.0 * MM,
            height: 297.0 * MM,
            left: 20.0 * MM,
            right: 15.0 * MM,
            top: 15.0 * MM,
            bottom: 15.0 * MM,
        }
    }

    /// Width between the margins.
    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }
}

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A run of text on one line; `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        text: String,
    },
    /// A straight line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// An image (by its index in the rendered document's images), scaled
    /// into the box with its top-left corner at `x`, `y`.
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: usize,
    },
    /// Large light-grey text from its baseline start `x`, `y`, turned
    /// counter-clockwise to run along (`cos`, `sin`), behind everything else
    /// on the page (the "UTKAST" of a draft). The direction, not an angle:
    /// no sine or cosine is computed, whose last bits differ between
    /// machines (and in WebAssembly), so a draft has the same bytes everywhere.
    Watermark {
        x: f32,
        y: f32,
        size: f32,
        cos: f32,
        sin: f32,
        text: String,
    },
    /// A rectangle from its top-left corner; `fill` is a grey level (1 = white)
    /// painted under the outline.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        width: f32,
        fill: Option<f32>,
    },
}

/// One page of items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Items in drawing order.
    pub items: Vec<Item>,
}
