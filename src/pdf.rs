//! PDF backend: a laid-out [`Document`] → PDF bytes, with printpdf.
//!
//! Knows printpdf and nothing of SIP, and reads only the document: never
//! the layout that made it. The embedded fonts are subset to the glyphs
//! used. The output is reproducible: fixed resource names, a document id
//! derived from the content, and dates given by the caller (never the
//! clock), so the same pages give byte-identical files.
//!
//! Every file is archival and accessible: PDF/A-2a and PDF/UA-1. Each
//! page's `content` is marked (each run of text belongs to an element of
//! the document's structure, or is an artifact); [`archive`] adds what
//! printpdf cannot write (the structure tree, the document language, the
//! XMP metadata and the sRGB output intent), and [`file`] writes the
//! objects as a file.

use printpdf::{Mm, OffsetDateTime, PdfDocument, PdfPage, PdfSaveOptions, Pt};

use crate::document::Document;

mod archive;
mod compress;
mod content;
mod error;
mod file;
mod fonts;
mod id;
mod images;
mod metadata;

pub use error::PdfError;
pub use metadata::Metadata;

/// Writes `document` as a PDF, tagged with its structure.
pub fn write(document: &Document, meta: &Metadata) -> Result<Vec<u8>, PdfError> {
    let Document {
        geometry,
        pages,
        structure,
        images,
    } = document;
    let mut doc = PdfDocument::new(&meta.title);
    let created = OffsetDateTime::from_unix_timestamp(meta.created)
        .map_err(|_| PdfError::Date(meta.created))?;
    let info = &mut doc.metadata.info;
    info.producer = meta.producer.clone();
    info.creator = meta.producer.clone();
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    fonts::embed(&mut doc, pages)?;
    images::embed(&mut doc, images);
    // For each page, the element and part of each marked run (by MCID).
    let mut marks = Vec::with_capacity(pages.len());
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let (ops, page_marks) = content::page_ops(page, structure, geometry.height);
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
        id::document_id(pages).to_vec(),
        lopdf::StringFormat::Hexadecimal,
    );
    lo.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    // PDF/A-2 is based on PDF 1.7.
    lo.version = "1.7".into();
    metadata::stamp_dates(&mut lo, created);
    metadata::remove_empty_info(&mut lo);
    let elements = archive::tag(&mut lo, structure, &marks, &meta.lang);
    archive::add_output_intent(&mut lo);
    let mut deflater = compress::Deflater::new();
    compress::compress_streams(&mut lo, &mut deflater)?;
    // Unfiltered, after the compression: archive tools read the XMP packet
    // from the file's bytes.
    archive::add_xmp(&mut lo, meta, created);
    file::save(&lo, &elements, &mut deflater)
}
