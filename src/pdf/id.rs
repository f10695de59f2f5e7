//! The document id: derived from what is drawn, never random.

use crate::document::{Item, Page};

/// A 16-byte id derived from the page content (two FNV-1a hashes), so the
/// same plan always gets the same id and different plans different ones.
pub(super) fn document_id(pages: &[Page]) -> [u8; 16] {
    let mut a = Fnv(0xcbf2_9ce4_8422_2325);
    let mut b = Fnv(0x6c62_272e_07bb_0142);
    let mut feed = |bytes: &[u8]| {
        a.write(bytes);
        b.write(bytes);
    };
    for page in pages {
        feed(b"page");
        for item in &page.items {
            let numbers: &[f32] = match item {
                Item::Text {
                    x, y, size, text, ..
                } => {
                    feed(text.as_bytes());
                    &[*x, *y, *size]
                }
                Item::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                } => &[*x1, *y1, *x2, *y2, *width],
                Item::Rect {
                    x, y, w, h, width, ..
                } => &[*x, *y, *w, *h, *width],
                Item::Image { x, y, w, h, image } => {
                    // As 8 bytes everywhere: `usize` is 4 in WebAssembly.
                    feed(&(*image as u64).to_le_bytes());
                    &[*x, *y, *w, *h]
                }
                Item::Watermark {
                    x,
                    y,
                    size,
                    cos,
                    sin,
                    text,
                } => {
                    feed(text.as_bytes());
                    &[*x, *y, *size, *cos, *sin]
                }
                // What is read changes nothing drawn.
                Item::Tag(_) => &[],
            };
            for n in numbers {
                feed(&n.to_bits().to_le_bytes());
            }
        }
    }
    let mut id = [0; 16];
    id[..8].copy_from_slice(&a.0.to_be_bytes());
    id[8..].copy_from_slice(&b.0.to_be_bytes());
    id
}

/// 64-bit FNV-1a: tiny and stable across Rust versions, unlike std's hasher.
struct Fnv(u64);

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
