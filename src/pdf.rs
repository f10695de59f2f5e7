//! PDF backend: pages of positioned items → PDF bytes, with printpdf.
//!
//! Knows printpdf and nothing of SIP. The embedded fonts are subset to the
//! glyphs used. The output is reproducible: fixed resource names, a document
//! id derived from the content, and dates given by the caller (never the
//! clock), so the same pages give byte-identical files.

use std::sync::OnceLock;

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, OffsetDateTime, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
    TextMatrix,
};
use thiserror::Error;

use std::collections::BTreeMap;

use printpdf::{
    CurTransMat, DictItem, ExternalStream, ExternalXObject, XObject, XObjectId, XObjectTransform,
};

use crate::font::{self, Weight};
use crate::image::{Image, ImageData};
use crate::render::frame::{Geometry, Item, Page};

/// Document-level facts written into the PDF. Never put personal data here:
/// viewers show the title, and file indexes read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// Document title, e.g. "Samordnad individuell plan".
    pub title: String,
    /// The producing program and version.
    pub producer: String,
    /// Creation time, seconds since 1970 (e.g. from `SOURCE_DATE_EPOCH`).
    pub created: i64,
}

/// Why a PDF could not be produced.
#[derive(Debug, Error)]
pub enum PdfError {
    /// An embedded font could not be read (a broken build).
    #[error("the embedded font could not be read")]
    Font,
    /// The creation time is outside what a PDF date can hold.
    #[error("the creation time {0} cannot be written as a PDF date")]
    Date(i64),
    /// Serialising the document failed.
    #[error("the PDF could not be written: {0}")]
    Write(#[from] std::io::Error),
}

impl PdfError {
    /// Why, in the words of the message catalogue.
    pub fn message(&self) -> crate::message::Message {
        match self {
            PdfError::Font => crate::msg!("pdf-font"),
            PdfError::Date(seconds) => crate::msg!("pdf-date", seconds = *seconds),
            PdfError::Write(e) => crate::msg!("pdf-write", why = e.to_string()),
        }
    }
}

/// Resource names of the two faces. Six capital letters: printpdf uses the
/// first six characters as the subset tag (`DJVSRG+DejaVuSans`).
const REGULAR_ID: &str = "DJVSRG";
const BOLD_ID: &str = "DJVSBD";
/// zlib level for every stream: with the zlib-rs backend, 7 keeps the full
/// sample under 18 KB for 2 % more time than 6 (docs/performance.md).
const COMPRESSION_LEVEL: u32 = 7;

/// The parsed embedded fonts, once per process.
fn parsed_fonts() -> Result<&'static (ParsedFont, ParsedFont), PdfError> {
    static PARSED: OnceLock<Option<(ParsedFont, ParsedFont)>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            let regular = ParsedFont::from_bytes(font::REGULAR_TTF, 0, &mut Vec::new())?;
            let bold = ParsedFont::from_bytes(font::BOLD_TTF, 0, &mut Vec::new())?;
            Some((regular, bold))
        })
        .as_ref()
        .ok_or(PdfError::Font)
}

/// Writes `pages` as a PDF; `images` are the pictures `Item::Image` refers to.
pub fn write(
    pages: &[Page],
    geometry: Geometry,
    images: &[Image],
    meta: &Metadata,
) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) = parsed_fonts()?;
    let mut doc = PdfDocument::new(&meta.title);
    let created = OffsetDateTime::from_unix_timestamp(meta.created)
        .map_err(|_| PdfError::Date(meta.created))?;
    let info = &mut doc.metadata.info;
    info.producer = meta.producer.clone();
    info.creator = meta.producer.clone();
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    doc.resources
        .fonts
        .map
        .insert(FontId(REGULAR_ID.into()), PdfFont::new(regular.clone()));
    doc.resources
        .fonts
        .map
        .insert(FontId(BOLD_ID.into()), PdfFont::new(bold.clone()));

    for (i, image) in images.iter().enumerate() {
        doc.resources
            .xobjects
            .map
            .insert(image_id(i), XObject::External(image_xobject(image)));
    }
    let pdf_pages = pages
        .iter()
        .map(|page| {
            PdfPage::new(
                Mm::from(Pt(geometry.width)),
                Mm::from(Pt(geometry.height)),
                page_ops(page, geometry.height),
            )
        })
        .collect();
    doc.with_pages(pdf_pages);

    // `optimize: false`: we compress below, faster than printpdf would.
    let options = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&options, &mut Vec::new());
    let id = lopdf::Object::String(
        document_id(pages).to_vec(),
        lopdf::StringFormat::Hexadecimal,
    );
    lo.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    stamp_dates(&mut lo, created);
    remove_empty_info(&mut lo);
    compress_streams(&mut lo)?;
    let mut out = Vec::new();
    // Object and cross-reference streams (PDF 1.5): the dictionaries, width
    // tables and the xref table are deflated too, about 2 KB less per plan.
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(COMPRESSION_LEVEL)
        .build();
    lo.save_with_options(&mut out, options)?;
    Ok(out)
}

/// Fixed resource name of the `i`-th image, for reproducible output.
fn image_id(i: usize) -> XObjectId {
    XObjectId(format!("IMG{i}"))
}

/// An image XObject: a JPEG as it is, pixels deflated later with the other
/// streams, transparency as a soft mask.
fn image_xobject(image: &Image) -> ExternalXObject {
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let mut dict = BTreeMap::from([
        ("Type".to_owned(), name("XObject")),
        ("Subtype".to_owned(), name("Image")),
        ("Width".to_owned(), DictItem::Int(i64::from(image.width))),
        ("Height".to_owned(), DictItem::Int(i64::from(image.height))),
        ("BitsPerComponent".to_owned(), DictItem::Int(8)),
    ]);
    let content = match &image.data {
        ImageData::Jpeg { bytes, components } => {
            let space = match components {
                1 => "DeviceGray",
                4 => "DeviceCMYK",
                _ => "DeviceRGB",
            };
            dict.insert("ColorSpace".into(), name(space));
            dict.insert("Filter".into(), name("DCTDecode"));
            bytes.clone()
        }
        ImageData::Pixels { color, gray, alpha } => {
            dict.insert(
                "ColorSpace".into(),
                name(if *gray { "DeviceGray" } else { "DeviceRGB" }),
            );
            if let Some(alpha) = alpha {
                let mask = BTreeMap::from([
                    ("Type".to_owned(), name("XObject")),
                    ("Subtype".to_owned(), name("Image")),
                    ("Width".to_owned(), DictItem::Int(i64::from(image.width))),
                    ("Height".to_owned(), DictItem::Int(i64::from(image.height))),
                    ("BitsPerComponent".to_owned(), DictItem::Int(8)),
                    ("ColorSpace".to_owned(), name("DeviceGray")),
                ]);
                dict.insert(
                    "SMask".into(),
                    DictItem::Stream {
                        stream: ExternalStream {
                            dict: mask,
                            content: alpha.clone(),
                            compress: true,
                        },
                    },
                );
            }
            color.clone()
        }
    };
    ExternalXObject {
        stream: ExternalStream {
            dict,
            content,
            compress: false,
        },
        width: None,
        height: None,
        dpi: None,
    }
}

/// Deflates every stream that is not compressed yet (content streams, font
/// programs, ToUnicode maps), with one compressor for them all.
fn compress_streams(lo: &mut lopdf::Document) -> Result<(), PdfError> {
    // One compressor for all streams: setting one up costs more than a small stream.
    let mut deflate = flate2::Compress::new(flate2::Compression::new(COMPRESSION_LEVEL), true);
    for object in lo.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        deflate.reset();
        let mut out = Vec::with_capacity(stream.content.len() / 2 + 64);
        loop {
            let read = deflate.total_in() as usize;
            let status = deflate
                .compress_vec(
                    &stream.content[read..],
                    &mut out,
                    flate2::FlushCompress::Finish,
                )
                .map_err(|e| PdfError::Write(std::io::Error::other(e)))?;
            match status {
                flate2::Status::StreamEnd => break,
                _ => out.reserve(out.capacity().max(64)),
            }
        }
        if out.len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(out);
        }
    }
    Ok(())
}

/// The document's Info dictionary, to finish what printpdf wrote there.
fn info(lo: &mut lopdf::Document) -> Option<&mut lopdf::Dictionary> {
    let reference = lo
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .ok()?;
    lo.get_object_mut(reference)
        .and_then(lopdf::Object::as_dict_mut)
        .ok()
}

/// The creation and modification dates, written here rather than by
/// printpdf, which writes 1970 when it runs as WebAssembly: the browser
/// form's PDF has the same bytes as the command line's.
fn stamp_dates(lo: &mut lopdf::Document, created: OffsetDateTime) {
    let date = format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}+00'00'",
        created.year(),
        u8::from(created.month()),
        created.day(),
        created.hour(),
        created.minute(),
        created.second(),
    );
    if let Some(info) = info(lo) {
        for key in ["CreationDate", "ModDate"] {
            let value =
                lopdf::Object::String(date.clone().into_bytes(), lopdf::StringFormat::Literal);
            info.set(key, value);
        }
    }
}

/// printpdf writes every Info key, even empty ones (and an empty PDF/X
/// version that makes viewers report PDF/X); drop them.
fn remove_empty_info(lo: &mut lopdf::Document) {
    if let Some(info) = info(lo) {
        let empty: Vec<Vec<u8>> = info
            .iter()
            .filter(|(_, v)| {
                matches!(v, lopdf::Object::String(b, _) if b.is_empty() || b.as_slice() == [0xFE, 0xFF])
            })
            .map(|(k, _)| k.clone())
            .collect();
        for key in empty {
            info.remove(&key);
        }
    }
}

/// A 16-byte id derived from the page content (two FNV-1a hashes), so the
/// same plan always gets the same id and different plans different ones.
fn document_id(pages: &[Page]) -> [u8; 16] {
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

/// The grey of a watermark: light enough to read the plan through.
const WATERMARK_GREY: f32 = 0.86;

/// The drawing operations of one page; y is flipped to PDF's bottom-up axis.
fn page_ops(page: &Page, height: f32) -> Vec<Op> {
    // 0.1 pt (0.035 mm) is below what a printer shows, and shorter numbers
    // make smaller content streams.
    let round = |v: f32| (v * 10.0).round() / 10.0;
    let point = |x: f32, y: f32| Point {
        x: Pt(round(x)),
        y: Pt(round(height - y)),
    };
    let black = || Color::Greyscale(Greyscale::new(0.0, None));
    let mut ops = vec![
        Op::SetOutlineColor { col: black() },
        Op::SetFillColor { col: black() },
    ];
    let mut thickness = f32::NAN;
    // Font and size stay set across text sections (PDF text state), so they
    // are only written when they change.
    let mut current_font: Option<(Weight, f32)> = None;
    // Runs of text share one text object (BT … ET); each run is placed
    // relative to the one before (`Td`), which keeps the numbers short.
    let mut text_origin: Option<(f32, f32)> = None;
    let mut set_thickness = |ops: &mut Vec<Op>, width: f32| {
        if width != thickness {
            thickness = width;
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        }
    };
    for item in &page.items {
        if !matches!(item, Item::Text { .. }) && text_origin.take().is_some() {
            ops.push(Op::EndTextSection);
        }
        match item {
            Item::Text {
                x,
                y,
                size,
                weight,
                text,
            } => {
                let id = match weight {
                    Weight::Regular => REGULAR_ID,
                    Weight::Bold => BOLD_ID,
                };
                let (x, y) = (round(*x), round(height - y));
                let (from_x, from_y) = *text_origin.get_or_insert_with(|| {
                    ops.push(Op::StartTextSection);
                    (0.0, 0.0)
                });
                text_origin = Some((x, y));
                if current_font != Some((*weight, *size)) {
                    current_font = Some((*weight, *size));
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(FontId(id.into())),
                        size: Pt(*size),
                    });
                }
                ops.extend([
                    Op::SetTextCursor {
                        pos: Point {
                            x: Pt(round(x - from_x)),
                            y: Pt(round(y - from_y)),
                        },
                    },
                    Op::ShowText {
                        items: vec![TextItem::Text(text.clone())],
                    },
                ]);
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                set_thickness(&mut ops, *width);
                let p = |x, y| LinePoint {
                    p: point(x, y),
                    bezier: false,
                };
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![p(*x1, *y1), p(*x2, *y2)],
                        is_closed: false,
                    },
                });
            }
            Item::Watermark {
                x,
                y,
                size,
                cos,
                sin,
                text,
            } => {
                let (cos, sin) = (*cos, *sin);
                ops.extend([
                    // Its own state: the grey and the font end with it.
                    Op::SaveGraphicsState,
                    Op::SetFillColor {
                        col: Color::Greyscale(Greyscale::new(WATERMARK_GREY, None)),
                    },
                    Op::StartTextSection,
                    Op::SetFont {
                        font: PdfFontHandle::External(FontId(BOLD_ID.into())),
                        size: Pt(*size),
                    },
                    Op::SetTextMatrix {
                        matrix: TextMatrix::Raw([
                            cos,
                            sin,
                            -sin,
                            cos,
                            round(*x),
                            round(height - y),
                        ]),
                    },
                    Op::ShowText {
                        items: vec![TextItem::Text(text.clone())],
                    },
                    Op::EndTextSection,
                    Op::RestoreGraphicsState,
                ]);
                current_font = None;
            }
            Item::Image { x, y, w, h, image } => ops.extend([
                Op::SaveGraphicsState,
                Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw([*w, 0.0, 0.0, *h, round(*x), round(height - y - h)]),
                },
                Op::UseXobject {
                    id: image_id(*image),
                    transform: XObjectTransform {
                        no_auto_scale: true,
                        ..XObjectTransform::default()
                    },
                },
                Op::RestoreGraphicsState,
            ]),
            Item::Rect {
                x,
                y,
                w,
                h,
                width,
                fill,
            } => {
                set_thickness(&mut ops, *width);
                if let Some(grey) = fill {
                    ops.push(Op::SetFillColor {
                        col: Color::Greyscale(Greyscale::new(*grey, None)),
                    });
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(round(*x)),
                        y: Pt(round(height - y - h)),
                        width: Pt(round(*w)),
                        height: Pt(round(*h)),
                        mode: Some(if fill.is_some() {
                            PaintMode::FillStroke
                        } else {
                            PaintMode::Stroke
                        }),
                        winding_order: None,
                    },
                });
                if fill.is_some() {
                    ops.push(Op::SetFillColor { col: black() });
                }
            }
        }
    }
    if text_origin.is_some() {
        ops.push(Op::EndTextSection);
    }
    ops
}
