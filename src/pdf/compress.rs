//! Deflating the file's streams.

use super::error::PdfError;

/// zlib level for every stream: 6, zlib's default. Level 7 saves 210 bytes
/// of the tagged full sample for 3 % more time (docs/performance.md).
const COMPRESSION_LEVEL: u32 = 6;

/// One deflate state for every stream of a file: setting one up costs
/// more than deflating a small stream.
pub(super) struct Deflater(flate2::Compress);

impl Deflater {
    pub(super) fn new() -> Self {
        Self(flate2::Compress::new(
            flate2::Compression::new(COMPRESSION_LEVEL),
            true,
        ))
    }

    /// `data` deflated (zlib format, for `/FlateDecode`).
    pub(super) fn deflate(&mut self, data: &[u8]) -> Result<Vec<u8>, PdfError> {
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
pub(super) fn compress_streams(
    lo: &mut lopdf::Document,
    deflater: &mut Deflater,
) -> Result<(), PdfError> {
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
