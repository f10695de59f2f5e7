//! Document-level facts written into the PDF, and the Info dictionary
//! they go into.

use printpdf::OffsetDateTime;

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
/// same ([`super::archive::add_xmp`]).
pub(super) fn stamp_dates(lo: &mut lopdf::Document, created: OffsetDateTime) {
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
pub(super) fn utc_fields(time: OffsetDateTime) -> (i32, u8, u8, u8, u8, u8) {
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
pub(super) fn remove_empty_info(lo: &mut lopdf::Document) {
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
