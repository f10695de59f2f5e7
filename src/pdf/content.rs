//! A page's content stream: its items as drawing operations, each in a
//! marked run of the element it belongs to.

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, Color, CurTransMat, DictItem, FontId, Greyscale, Line, LinePoint, Op, PaintMode,
    PdfFontHandle, Point, Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
    XObjectTransform,
};

use super::archive;
use super::fonts::font_id;
use super::images::image_id;
use crate::document::{Item, NodeId, Page, Structure, Tag};
use crate::font::{self, Family, Weight};

/// The grey of a watermark: light enough to read the plan through.
const WATERMARK_GREY: f32 = 0.86;

/// The drawing operations of one page, y flipped to PDF's bottom-up axis,
/// and the element and part of each marked run, by MCID.
pub(super) fn page_ops(
    page: &Page,
    structure: &Structure,
    height: f32,
) -> (Vec<Op>, Vec<(NodeId, u32)>) {
    let mut writer = PageWriter {
        structure,
        height,
        ops: vec![
            Op::SetOutlineColor { col: black() },
            Op::SetFillColor { col: black() },
        ],
        marks: Vec::new(),
        tag: None,
        tag_in_text: false,
        text_origin: None,
        font: None,
        thickness: f32::NAN,
    };
    for item in &page.items {
        writer.item(item);
    }
    writer.finish();
    (writer.ops, writer.marks)
}

fn black() -> Color {
    Color::Greyscale(Greyscale::new(0.0, None))
}

/// 0.1 pt (0.035 mm) is below what a printer shows, and shorter numbers
/// make smaller content streams.
fn round(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

/// Writes one page's items as drawing operations.
///
/// Every item is inside one marked run: the tag it was given ([`Item::Tag`]),
/// an artifact before the first. A run is one MCID of the element's part;
/// where a run must be closed and opened again (a text object ends inside
/// it), the part gets a second MCID, and the structure tree lists both.
struct PageWriter<'a> {
    structure: &'a Structure,
    height: f32,
    ops: Vec<Op>,
    /// The element and part of each MCID.
    marks: Vec<(NodeId, u32)>,
    /// The open run.
    tag: Option<Tag>,
    /// Whether the open run began inside the open text object (then it
    /// must end inside it too).
    tag_in_text: bool,
    /// Runs of text share one text object (BT … ET); each run is placed
    /// relative to the one before (`Td`), which keeps the numbers short.
    /// `None` outside a text object.
    text_origin: Option<(f32, f32)>,
    /// Font and size stay set across text objects (PDF text state), so
    /// they are only written when they change.
    font: Option<(Family, Weight, f32)>,
    thickness: f32,
}

impl PageWriter<'_> {
    fn item(&mut self, item: &Item) {
        if let Item::Tag(tag) = item {
            self.open(*tag);
            return;
        }
        if !matches!(item, Item::Text { .. }) {
            self.end_text();
        }
        if self.tag.is_none() {
            self.open(Tag::Artifact);
        }
        match item {
            Item::Text {
                x,
                y,
                size,
                weight,
                family,
                text,
                reads,
                glyphs: None,
            } => self.text(*x, *y, (*family, *weight), *size, text, reads.as_deref()),
            Item::Text {
                x,
                y,
                size,
                weight,
                family,
                glyphs: Some(glyphs),
                ..
            } => self.glyphs(*x, *y, (*family, *weight), *size, glyphs),
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => self.line(*x1, *y1, *x2, *y2, *width),
            Item::Watermark {
                x,
                y,
                size,
                cos,
                sin,
                text,
            } => self.watermark(*x, *y, *size, *cos, *sin, text),
            Item::Image { x, y, w, h, image } => self.image(*x, *y, *w, *h, *image),
            Item::Rect {
                x,
                y,
                w,
                h,
                width,
                fill,
            } => self.rect(*x, *y, *w, *h, *width, *fill),
            Item::Tag(_) => {}
        }
    }

    /// Starts a run for `tag`, ending the one before.
    fn open(&mut self, tag: Tag) {
        if self.tag == Some(tag) {
            return;
        }
        if self.tag.is_some() && !self.tag_in_text {
            // A run that began outside the text object ends outside it.
            self.end_text();
        }
        self.close();
        self.begin(tag);
    }

    fn begin(&mut self, tag: Tag) {
        self.tag = Some(tag);
        self.tag_in_text = self.text_origin.is_some();
        self.ops.push(match tag {
            Tag::Artifact => Op::BeginMarkedContent {
                tag: "Artifact".into(),
            },
            Tag::Content { node, part } => {
                let mcid = self.marks.len() as i64;
                self.marks.push((node, part));
                Op::BeginMarkedContentWithProperties {
                    tag: archive::role_name(self.structure.node(node).role).into(),
                    properties: DictItem::Dict {
                        map: BTreeMap::from([("MCID".to_owned(), DictItem::Int(mcid))]),
                    },
                }
            }
        });
    }

    fn close(&mut self) {
        if self.tag.take().is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
    }

    /// Ends the text object; a run that began inside it ends with it and
    /// goes on after it.
    fn end_text(&mut self) {
        if self.text_origin.is_none() {
            return;
        }
        let inner = self.tag.filter(|_| self.tag_in_text);
        if inner.is_some() {
            self.close();
        }
        self.ops.push(Op::EndTextSection);
        self.text_origin = None;
        if let Some(tag) = inner {
            self.begin(tag);
        }
    }

    fn finish(&mut self) {
        if self.tag_in_text {
            self.close();
        }
        self.end_text();
        self.close();
    }

    fn point(&self, x: f32, y: f32) -> Point {
        Point {
            x: Pt(round(x)),
            y: Pt(round(self.height - y)),
        }
    }

    fn set_thickness(&mut self, width: f32) {
        if width != self.thickness {
            self.thickness = width;
            self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        }
    }

    /// A run of text; one that `reads` otherwise (a checkbox) is a span
    /// with that as its alternate description (`/Alt`), inside the run of
    /// its element: a screen reader says "kryssad", text extraction and a
    /// journal system's index keep the ☒ (`/ActualText` would replace it,
    /// and readers turn it around on a right-to-left page).
    fn text(
        &mut self,
        x: f32,
        y: f32,
        (family, weight): (Family, Weight),
        size: f32,
        text: &str,
        reads: Option<&str>,
    ) {
        let (x, y) = (round(x), round(self.height - y));
        let (from_x, from_y) = match self.text_origin {
            Some(origin) => origin,
            None => {
                self.ops.push(Op::StartTextSection);
                (0.0, 0.0)
            }
        };
        self.text_origin = Some((x, y));
        self.set_font(family, weight, size);
        self.ops.push(Op::SetTextCursor {
            pos: Point {
                x: Pt(round(x - from_x)),
                y: Pt(round(y - from_y)),
            },
        });
        // Only inside content: an artifact is not read at all.
        let reads = reads.filter(|_| matches!(self.tag, Some(Tag::Content { .. })));
        if let Some(reads) = reads {
            let (data, literal) = match lopdf::text_string(reads) {
                lopdf::Object::String(data, format) => {
                    (data, format == lopdf::StringFormat::Literal)
                }
                _ => (reads.as_bytes().to_vec(), true),
            };
            self.ops.push(Op::BeginMarkedContentWithProperties {
                tag: "Span".into(),
                properties: DictItem::Dict {
                    map: BTreeMap::from([("Alt".to_owned(), DictItem::String { data, literal })]),
                },
            });
        }
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        });
        if reads.is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
    }

    /// Shaped glyphs, each placed where the shaper put it. printpdf joins
    /// the glyphs of one baseline into one `TJ`, and writes what each
    /// glyph reads into the font's ToUnicode map. The text object ends
    /// after them, so that the next run is placed from the origin again.
    fn glyphs(
        &mut self,
        x: f32,
        y: f32,
        (family, weight): (Family, Weight),
        size: f32,
        glyphs: &[font::Glyph],
    ) {
        if self.text_origin.is_none() {
            self.ops.push(Op::StartTextSection);
        }
        self.text_origin = Some((0.0, 0.0));
        self.set_font(family, weight, size);
        for glyph in glyphs {
            let (gx, gy) = (round(x + glyph.x), round(self.height - y + glyph.y));
            self.ops.extend([
                Op::SetTextMatrix {
                    matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, gx, gy]),
                },
                Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![Codepoint {
                        gid: glyph.id,
                        offset: 0.0,
                        cid: Some(glyph.text.clone()),
                    }])],
                },
            ]);
        }
        self.end_text();
    }

    fn set_font(&mut self, family: Family, weight: Weight, size: f32) {
        if self.font != Some((family, weight, size)) {
            self.font = Some((family, weight, size));
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(font_id(family, weight).into())),
                size: Pt(size),
            });
        }
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
        self.set_thickness(width);
        let p = |x, y| LinePoint {
            p: self.point(x, y),
            bezier: false,
        };
        let points = vec![p(x1, y1), p(x2, y2)];
        self.ops.push(Op::DrawLine {
            line: Line {
                points,
                is_closed: false,
            },
        });
    }

    /// The watermark as the outlines of its letters, a path: seen on the
    /// page, never read (no reader extracts a path as text), and an
    /// artifact for screen readers.
    fn watermark(&mut self, x: f32, y: f32, size: f32, cos: f32, sin: f32, text: &str) {
        let point = |(x, y, bezier): (f32, f32, bool)| LinePoint {
            p: Point {
                x: Pt(round(x)),
                y: Pt(round(y)),
            },
            bezier,
        };
        let rings = font::Fonts::get()
            .outline(text, size, Weight::Bold)
            .into_iter()
            .map(|ring| PolygonRing {
                points: ring.into_iter().map(point).collect(),
            })
            .collect();
        self.ops.extend([
            // Its own state: the grey and the turn end with it.
            Op::SaveGraphicsState,
            Op::SetFillColor {
                col: Color::Greyscale(Greyscale::new(WATERMARK_GREY, None)),
            },
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw([cos, sin, -sin, cos, round(x), round(self.height - y)]),
            },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings,
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }

    fn image(&mut self, x: f32, y: f32, w: f32, h: f32, image: usize) {
        let (x, y) = (round(x), round(self.height - y - h));
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw([w, 0.0, 0.0, h, x, y]),
            },
            Op::UseXobject {
                id: image_id(image),
                transform: XObjectTransform {
                    no_auto_scale: true,
                    ..XObjectTransform::default()
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32, fill: Option<f32>) {
        self.set_thickness(width);
        if let Some(grey) = fill {
            self.ops.push(Op::SetFillColor {
                col: Color::Greyscale(Greyscale::new(grey, None)),
            });
        }
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(round(x)),
                y: Pt(round(self.height - y - h)),
                width: Pt(round(w)),
                height: Pt(round(h)),
                mode: Some(if fill.is_some() {
                    PaintMode::FillStroke
                } else {
                    PaintMode::Stroke
                }),
                winding_order: None,
            },
        });
        if fill.is_some() {
            self.ops.push(Op::SetFillColor { col: black() });
        }
    }
}
