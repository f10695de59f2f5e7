//! PDF backend: pages of positioned items → PDF bytes, with printpdf.
//!
//! Knows printpdf and nothing of SIP. The embedded fonts are subset to the
//! glyphs used. The output is reproducible: fixed resource names, a document
//! id derived from the content, and dates given by the caller (never the
//! clock), so the same pages give byte-identical files.
//!
//! Every file is archival and accessible: PDF/A-2a and PDF/UA-1. The
//! content is marked (each run of text belongs to an element of the
//! [`Structure`], or is an artifact); [`archive`] adds what printpdf cannot
//! write (the structure tree, the document language, the XMP metadata and
//! the sRGB output intent), and [`file`] writes the objects as a file.

use std::sync::OnceLock;

use printpdf::{
    Codepoint, Color, FontId, Greyscale, Line, LinePoint, Mm, OffsetDateTime, Op, PaintMode,
    ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect,
    TextItem, TextMatrix,
};
use thiserror::Error;

use std::collections::BTreeMap;

use printpdf::{
    CurTransMat, DictItem, ExternalStream, ExternalXObject, XObject, XObjectId, XObjectTransform,
};

use crate::document::{Geometry, Item, NodeId, Page, Structure, Tag};
use crate::font::{self, Family, Weight};
use crate::image::{Image, ImageData};

mod archive;
mod file;

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
    /// The language of the text, e.g. "sv": a screen reader's voice.
    pub lang: String,
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

/// Resource names of the faces. Six capital letters: printpdf uses the
/// first six characters as the subset tag (`DJVSRG+DejaVuSans`).
const REGULAR_ID: &str = "DJVSRG";
const BOLD_ID: &str = "DJVSBD";
const ARABIC_REGULAR_ID: &str = "VZRMRG";
const ARABIC_BOLD_ID: &str = "VZRMBD";
const ETHIOPIC_REGULAR_ID: &str = "NTETRG";
const ETHIOPIC_BOLD_ID: &str = "NTETBD";

/// The resource name of a face.
fn font_id(family: Family, weight: Weight) -> &'static str {
    match (family, weight) {
        (Family::DejaVu, Weight::Regular) => REGULAR_ID,
        (Family::DejaVu, Weight::Bold) => BOLD_ID,
        (Family::Arabic, Weight::Regular) => ARABIC_REGULAR_ID,
        (Family::Arabic, Weight::Bold) => ARABIC_BOLD_ID,
        (Family::Ethiopic, Weight::Regular) => ETHIOPIC_REGULAR_ID,
        (Family::Ethiopic, Weight::Bold) => ETHIOPIC_BOLD_ID,
    }
}
/// zlib level for every stream: 6, zlib's default. Level 7 saves 210 bytes
/// of the tagged full sample for 3 % more time (docs/performance.md).
const COMPRESSION_LEVEL: u32 = 6;

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

/// Writes `pages` as a PDF, tagged with `structure`; `images` are the
/// pictures `Item::Image` refers to.
pub fn write(
    pages: &[Page],
    structure: &Structure,
    geometry: Geometry,
    images: &[Image],
    meta: &Metadata,
) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&meta.title);
    let created = OffsetDateTime::from_unix_timestamp(meta.created)
        .map_err(|_| PdfError::Date(meta.created))?;
    let info = &mut doc.metadata.info;
    info.producer = meta.producer.clone();
    info.creator = meta.producer.clone();
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    // DejaVu always (the page numbers, the draft mark); the other faces only
    // where they are drawn, so that other plans do not grow.
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

    for (i, image) in images.iter().enumerate() {
        doc.resources
            .xobjects
            .map
            .insert(image_id(i), XObject::External(image_xobject(image)));
    }
    // For each page, the element and part of each marked run (by MCID).
    let mut marks = Vec::with_capacity(pages.len());
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let (ops, page_marks) = page_ops(page, structure, geometry.height);
            marks.push(page_marks);
            PdfPage::new(
                Mm::from(Pt(geometry.width)),
                Mm::from(Pt(geometry.height)),
                ops,
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
    // PDF/A-2 is based on PDF 1.7.
    lo.version = "1.7".into();
    stamp_dates(&mut lo, created);
    remove_empty_info(&mut lo);
    let elements = archive::tag(&mut lo, structure, &marks, &meta.lang);
    archive::add_output_intent(&mut lo);
    let mut deflater = Deflater::new();
    compress_streams(&mut lo, &mut deflater)?;
    // Unfiltered, after the compression: archive tools read the XMP packet
    // from the file's bytes.
    archive::add_xmp(&mut lo, meta, created);
    file::save(&lo, &elements, &mut deflater)
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

/// One deflate state for every stream of a file: setting one up costs
/// more than deflating a small stream.
struct Deflater(flate2::Compress);

impl Deflater {
    fn new() -> Self {
        Self(flate2::Compress::new(
            flate2::Compression::new(COMPRESSION_LEVEL),
            true,
        ))
    }

    /// `data` deflated (zlib format, for `/FlateDecode`).
    fn deflate(&mut self, data: &[u8]) -> Result<Vec<u8>, PdfError> {
        let deflate = &mut self.0;
        deflate.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let read = deflate.total_in() as usize;
            let status = deflate
                .compress_vec(&data[read..], &mut out, flate2::FlushCompress::Finish)
                .map_err(|e| PdfError::Write(std::io::Error::other(e)))?;
            match status {
                flate2::Status::StreamEnd => return Ok(out),
                _ => out.reserve(out.capacity().max(64)),
            }
        }
    }
}

/// Deflates every stream that is not compressed yet (content streams, font
/// programs, ToUnicode maps, the colour profile) where that makes it smaller.
fn compress_streams(lo: &mut lopdf::Document, deflater: &mut Deflater) -> Result<(), PdfError> {
    for object in lo.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let out = deflater.deflate(&stream.content)?;
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
/// form's PDF has the same bytes as the command line's. The XMP says the
/// same ([`archive::add_xmp`]).
fn stamp_dates(lo: &mut lopdf::Document, created: OffsetDateTime) {
    let (year, month, day, hour, minute, second) = utc_fields(created);
    let date = format!("D:{year:04}{month:02}{day:02}{hour:02}{minute:02}{second:02}+00'00'");
    if let Some(info) = info(lo) {
        for key in ["CreationDate", "ModDate"] {
            let value =
                lopdf::Object::String(date.clone().into_bytes(), lopdf::StringFormat::Literal);
            info.set(key, value);
        }
    }
}

/// Year, month, day, hour, minute and second of a time (UTC, from a Unix
/// timestamp): the dates of the Info dictionary and of the XMP are written
/// from the same fields.
fn utc_fields(time: OffsetDateTime) -> (i32, u8, u8, u8, u8, u8) {
    (
        time.year(),
        u8::from(time.month()),
        time.day(),
        time.hour(),
        time.minute(),
        time.second(),
    )
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

/// The grey of a watermark: light enough to read the plan through.
const WATERMARK_GREY: f32 = 0.86;

/// The drawing operations of one page, y flipped to PDF's bottom-up axis,
/// and the element and part of each marked run, by MCID.
fn page_ops(page: &Page, structure: &Structure, height: f32) -> (Vec<Op>, Vec<(NodeId, u32)>) {
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
    /// with that as its actual text, inside the run of its element.
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
                    map: BTreeMap::from([(
                        "ActualText".to_owned(),
                        DictItem::String { data, literal },
                    )]),
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

    fn watermark(&mut self, x: f32, y: f32, size: f32, cos: f32, sin: f32, text: &str) {
        self.ops.extend([
            // Its own state: the grey and the font end with it.
            Op::SaveGraphicsState,
            Op::SetFillColor {
                col: Color::Greyscale(Greyscale::new(WATERMARK_GREY, None)),
            },
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(FontId(BOLD_ID.into())),
                size: Pt(size),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Raw([cos, sin, -sin, cos, round(x), round(self.height - y)]),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
            Op::RestoreGraphicsState,
        ]);
        self.font = None;
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
