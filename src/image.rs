//! Raster images for the page header (a municipality's logo): PNG and JPEG.
//!
//! Checked and prepared once, when the template is read: a JPEG is decoded
//! to prove it whole and kept coded, without its metadata (PDF shows JPEG
//! natively); a PNG is decoded to pixels, with its
//! transparency kept apart as a soft mask. Nothing here knows SIP or PDF.

use crate::message::Message;
use crate::msg;

/// Largest image file accepted.
pub const MAX_BYTES: usize = 512 * 1024;
/// Largest image in pixels (width × height).
pub const MAX_PIXELS: u64 = 4_000_000;

/// An image ready to be placed on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The picture data.
    pub data: ImageData,
}

/// How the picture is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageData {
    /// A JPEG file with only the segments that draw it, and its number of
    /// colour components (1 or 3).
    Jpeg { bytes: Vec<u8>, components: u8 },
    /// 8-bit pixels, row by row: grey (1 byte) or RGB (3 bytes), and an
    /// optional 8-bit alpha channel of one byte per pixel.
    Pixels {
        color: Vec<u8>,
        gray: bool,
        alpha: Option<Vec<u8>>,
    },
}

impl Image {
    /// Reads a PNG or JPEG file, refusing anything too large or not understood.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Message> {
        if bytes.len() > MAX_BYTES {
            return Err(msg!(
                "image-too-large",
                size = bytes.len() / 1024,
                max = MAX_BYTES / 1024
            ));
        }
        let image = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            png(bytes)?
        } else if bytes.starts_with(&[0xFF, 0xD8]) {
            jpeg(bytes)?
        } else {
            return Err(msg!("image-kind"));
        };
        Ok(image)
    }
}

fn check_size(width: u32, height: u32) -> Result<(), Message> {
    if width == 0 || height == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(msg!(
            "image-pixels",
            width = width,
            height = height,
            max = MAX_PIXELS
        ));
    }
    Ok(())
}

/// A JPEG logo, proved whole by decoding it (the `jpeg-decoder` crate)
/// and embedded with only what draws it: its tables, frame and scans. The
/// rest (EXIF, XMP, comments, an ICC profile: a photographer's name or a
/// personnummer can stand there) is left out. Only the 8-bit baseline and
/// progressive kinds a PDF shows are taken; lossless, 12-bit and
/// arithmetic-coded JPEGs are refused.
fn jpeg(bytes: &[u8]) -> Result<Image, Message> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder
        .read_info()
        .map_err(|_| msg!("image-jpeg-damaged"))?;
    let info = decoder.info().ok_or_else(|| msg!("image-jpeg-damaged"))?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    check_size(width, height)?;
    // CMYK is for a print shop: an archival PDF has one colour space for
    // everything, and ours is the screen's sRGB.
    let components: u8 = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => 1,
        jpeg_decoder::PixelFormat::RGB24 => 3,
        jpeg_decoder::PixelFormat::CMYK32 => return Err(msg!("image-jpeg-cmyk")),
        jpeg_decoder::PixelFormat::L16 => return Err(msg!("image-jpeg-kind")),
    };
    let stripped = drawing_segments(bytes)?;
    let pixels = decoder.decode().map_err(|_| msg!("image-jpeg-damaged"))?;
    if pixels.len() != info.width as usize * info.height as usize * usize::from(components) {
        return Err(msg!("image-jpeg-damaged"));
    }
    Ok(Image {
        width,
        height,
        data: ImageData::Jpeg {
            bytes: stripped,
            components,
        },
    })
}

/// The JPEG with only the segments that draw it, ending where its last
/// scan does (EOI); a file that ends before it, or holds a frame of a
/// kind a PDF cannot show, is refused.
fn drawing_segments(bytes: &[u8]) -> Result<Vec<u8>, Message> {
    let damaged = || msg!("image-jpeg-damaged");
    let mut out = vec![0xFF, 0xD8];
    let mut i = 2;
    loop {
        let marker = match bytes.get(i..i + 2) {
            // Fill bytes before a marker.
            Some(&[0xFF, 0xFF]) => {
                i += 1;
                continue;
            }
            Some(&[0xFF, marker]) => marker,
            _ => return Err(damaged()),
        };
        if marker == 0xD9 {
            out.extend_from_slice(&[0xFF, 0xD9]);
            return Ok(out);
        }
        let length = bytes
            .get(i + 2..i + 4)
            .map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])))
            .ok_or_else(damaged)?;
        let end = i + 2 + length;
        let segment = bytes.get(i..end).ok_or_else(damaged)?;
        match marker {
            // Baseline, extended and progressive frames, 8 bits a sample.
            0xC0..=0xC2 if segment.get(4) == Some(&8) => out.extend_from_slice(segment),
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF | 0xC0..=0xC2 => {
                return Err(msg!("image-jpeg-kind"));
            }
            // Tables, restart interval, JFIF and Adobe's colour transform.
            0xC4 | 0xDB | 0xDD | 0xE0 | 0xEE => out.extend_from_slice(segment),
            // A scan: its header, then coded data up to the next marker.
            0xDA => {
                let data = scan_end(bytes, end).ok_or_else(damaged)?;
                out.extend_from_slice(&bytes[i..data]);
                i = data;
                continue;
            }
            // EXIF, XMP, ICC, comments and other application data.
            _ => {}
        }
        i = end;
    }
}

/// Where a scan's entropy-coded data ends: at the first marker that is
/// neither a stuffed zero nor a restart marker.
fn scan_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 1 < bytes.len() {
        if bytes[i] == 0xFF && !matches!(bytes[i + 1], 0x00 | 0xD0..=0xD7 | 0xFF) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Decodes a PNG of any colour type, bit depth and interlacing with the
/// `png` crate (which checks every chunk's CRC): palettes and low bit
/// depths are expanded and 16-bit samples cut to 8 bits, the resolution a
/// printed logo needs.
fn png(bytes: &[u8]) -> Result<Image, Message> {
    use png::{ColorType, Transformations};
    let damaged = |e: png::DecodingError| match e {
        png::DecodingError::LimitsExceeded => {
            msg!("image-memory", max = MAX_PIXELS)
        }
        other => msg!("image-png-damaged", detail = other.to_string()),
    };
    // 16-bit RGBA is 8 bytes a pixel; the limit stops a bomb before it grows.
    let limits = png::Limits {
        bytes: MAX_PIXELS as usize * 8 + 1024 * 1024,
    };
    let mut decoder = png::Decoder::new_with_limits(std::io::Cursor::new(bytes), limits);
    decoder.set_transformations(Transformations::EXPAND | Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(damaged)?;
    let (width, height) = reader.info().size();
    check_size(width, height)?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| msg!("image-memory", max = MAX_PIXELS))?;
    let mut pixels = vec![0; size];
    let frame = reader.next_frame(&mut pixels).map_err(damaged)?;
    pixels.truncate(frame.buffer_size());
    let (channels, gray, has_alpha) = match frame.color_type {
        ColorType::Grayscale => (1, true, false),
        ColorType::GrayscaleAlpha => (2, true, true),
        ColorType::Rgb => (3, false, false),
        ColorType::Rgba => (4, false, true),
        // EXPAND turns a palette into RGB or RGBA.
        ColorType::Indexed => return Err(msg!("image-png-damaged", detail = "palette")),
    };
    let (color, alpha) = if has_alpha {
        let colour_channels = channels - 1;
        let mut color = Vec::with_capacity(pixels.len() / channels * colour_channels);
        let mut alpha = Vec::with_capacity(pixels.len() / channels);
        for px in pixels.chunks_exact(channels) {
            color.extend_from_slice(&px[..colour_channels]);
            alpha.push(px[colour_channels]);
        }
        (color, Some(alpha))
    } else {
        (pixels, None)
    };
    Ok(Image {
        width,
        height,
        data: ImageData::Pixels { color, gray, alpha },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A PNG encoded by the `png` crate, every row with the given filter.
    fn encoded(
        width: u32,
        height: u32,
        color: png::ColorType,
        depth: png::BitDepth,
        filter: png::Filter,
        data: &[u8],
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(color);
        encoder.set_depth(depth);
        encoder.set_filter(filter);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(data).unwrap();
        writer.finish().unwrap();
        out
    }

    /// A PNG put together by hand from its chunks, with correct CRCs, for
    /// what the encoder does not write (interlacing).
    fn chunked(ihdr: [u8; 13], raw: &[u8]) -> Vec<u8> {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(raw).unwrap();
        let idat = z.finish().unwrap();
        let chunk = |kind: &[u8], body: &[u8]| {
            let mut crc = flate2::Crc::new();
            crc.update(kind);
            crc.update(body);
            let mut c = (body.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(body);
            c.extend_from_slice(&crc.sum().to_be_bytes());
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &ihdr));
        png.extend(chunk(b"IDAT", &idat));
        png.extend(chunk(b"IEND", &[]));
        png
    }

    fn pixels(png: &[u8]) -> (Vec<u8>, bool, Option<Vec<u8>>) {
        match Image::from_bytes(png).unwrap().data {
            ImageData::Pixels { color, gray, alpha } => (color, gray, alpha),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn decodes_an_rgba_png_into_colour_and_alpha() {
        let png = encoded(
            2,
            1,
            png::ColorType::Rgba,
            png::BitDepth::Eight,
            png::Filter::NoFilter,
            &[255, 0, 0, 255, 0, 0, 255, 128],
        );
        let image = Image::from_bytes(&png).unwrap();
        assert_eq!((image.width, image.height), (2, 1));
        assert_eq!(
            image.data,
            ImageData::Pixels {
                color: vec![255, 0, 0, 0, 0, 255],
                gray: false,
                alpha: Some(vec![255, 128]),
            }
        );
    }

    #[test]
    fn undoes_every_filter_type() {
        // 3×3 RGB with values that make every predictor matter.
        let data: Vec<u8> = (0..27u8)
            .map(|i| i.wrapping_mul(37).wrapping_add(11))
            .collect();
        for filter in [
            png::Filter::NoFilter,
            png::Filter::Sub,
            png::Filter::Up,
            png::Filter::Avg,
            png::Filter::Paeth,
        ] {
            let png = encoded(
                3,
                3,
                png::ColorType::Rgb,
                png::BitDepth::Eight,
                filter,
                &data,
            );
            assert_eq!(pixels(&png), (data.clone(), false, None), "{filter:?}");
        }
    }

    #[test]
    fn cuts_sixteen_bit_samples_to_eight() {
        let png = encoded(
            1,
            1,
            png::ColorType::Rgb,
            png::BitDepth::Sixteen,
            png::Filter::NoFilter,
            &[0x12, 0x34, 0xAB, 0xCD, 0xFF, 0x00],
        );
        assert_eq!(pixels(&png), (vec![0x12, 0xAB, 0xFF], false, None));
    }

    #[test]
    fn expands_a_palette_with_transparency_and_low_bit_depths() {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, 2, 1);
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_palette(vec![255, 0, 0, 0, 0, 255]);
        encoder.set_trns(vec![0, 255]);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&[1, 0]).unwrap();
        writer.finish().unwrap();
        assert_eq!(
            pixels(&out),
            (vec![0, 0, 255, 255, 0, 0], false, Some(vec![255, 0]))
        );
        // One bit per pixel: black, white, white, black.
        let png = encoded(
            4,
            1,
            png::ColorType::Grayscale,
            png::BitDepth::One,
            png::Filter::NoFilter,
            &[0b0110_0000],
        );
        assert_eq!(pixels(&png), (vec![0, 255, 255, 0], true, None));
    }

    #[test]
    fn decodes_an_interlaced_png() {
        // 2×2 grey, Adam7: pass 1 holds (0,0), pass 6 (1,0), pass 7 row 1.
        let mut ihdr = [0u8; 13];
        ihdr[..4].copy_from_slice(&2u32.to_be_bytes());
        ihdr[4..8].copy_from_slice(&2u32.to_be_bytes());
        ihdr[8] = 8; // bit depth
        ihdr[12] = 1; // Adam7
        let png = chunked(ihdr, &[0, 10, 0, 20, 0, 30, 40]);
        assert_eq!(pixels(&png), (vec![10, 20, 30, 40], true, None));
    }

    #[test]
    fn a_damaged_chunk_is_refused_by_its_checksum() {
        let mut png = encoded(
            1,
            1,
            png::ColorType::Grayscale,
            png::BitDepth::Eight,
            png::Filter::NoFilter,
            &[7],
        );
        png[20] ^= 1; // a bit of the image width
        let message = crate::message::Lang::En.text(&Image::from_bytes(&png).unwrap_err());
        assert!(message.contains("damaged"), "{message}");
    }

    #[test]
    fn an_image_over_the_pixel_limit_is_refused_before_it_is_decoded() {
        let mut ihdr = [0u8; 13];
        ihdr[..4].copy_from_slice(&50_000u32.to_be_bytes());
        ihdr[4..8].copy_from_slice(&50_000u32.to_be_bytes());
        ihdr[8] = 8;
        let message = Image::from_bytes(&chunked(ihdr, &[])).unwrap_err();
        let message = crate::message::Lang::En.text(&message);
        assert!(message.contains("pixels"), "{message}");
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn jpeg_bytes(image: &Image) -> &[u8] {
        match &image.data {
            ImageData::Jpeg { bytes, .. } => bytes,
            ImageData::Pixels { .. } => panic!("not a JPEG"),
        }
    }

    /// The logo's EXIF artist and comment ("Anna Svensson 19800101-1234")
    /// are not embedded; what is embedded draws the same pixels.
    #[test]
    fn a_jpeg_is_embedded_without_its_metadata_and_draws_the_same() {
        let original = fixture("logo-with-exif.jpg");
        assert!(original.windows(13).any(|w| w == b"Anna Svensson"));
        let image = Image::from_bytes(&original).unwrap();
        assert_eq!((image.width, image.height), (40, 24));
        let kept = jpeg_bytes(&image);
        assert!(!kept.windows(13).any(|w| w == b"Anna Svensson"));
        assert!(!kept.windows(4).any(|w| w == b"Exif"));
        let decode = |b: &[u8]| jpeg_decoder::Decoder::new(b).decode().unwrap();
        assert_eq!(decode(kept), decode(&original));
        for (name, components) in [("logo-progressive.jpg", 3), ("logo-grey.jpg", 1)] {
            let image = Image::from_bytes(&fixture(name)).unwrap();
            assert!(
                matches!(image.data, ImageData::Jpeg { components: c, .. } if c == components),
                "{name}"
            );
        }
    }

    /// What only starts like a JPEG, or is one a PDF cannot show, is
    /// refused: a text after the marker, the header alone, a file cut off,
    /// a lossless or 12-bit frame.
    #[test]
    fn refuses_what_is_not_a_whole_ordinary_jpeg() {
        let good = fixture("logo-with-exif.jpg");
        let sos = good.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        let sof = good.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        let mut lossless = good.clone();
        lossless[sof + 1] = 0xC3;
        let mut twelve_bits = good.clone();
        twelve_bits[sof + 4] = 12;
        let cases: [(&str, Vec<u8>); 5] = [
            ("text", b"\xFF\xD8Anna Svensson 19800101-1234".to_vec()),
            ("header", good[..sos].to_vec()),
            ("cut off", good[..good.len() - 200].to_vec()),
            ("lossless", lossless),
            ("12 bits", twelve_bits),
        ];
        for (what, bytes) in cases {
            let refused = Image::from_bytes(&bytes);
            assert!(refused.is_err(), "{what} was accepted");
        }
    }

    #[test]
    fn refuses_a_cmyk_jpeg_which_an_archival_pdf_cannot_hold() {
        let cmyk = fixture("logo-cmyk.jpg");
        assert_eq!(Image::from_bytes(&cmyk).unwrap_err().id, "image-jpeg-cmyk");
    }

    #[test]
    fn refuses_other_and_broken_files() {
        assert!(Image::from_bytes(b"GIF89a").is_err());
        assert!(Image::from_bytes(b"\x89PNG\r\n\x1a\n\0\0").is_err());
        let too_large = Image::from_bytes(&vec![0xFF; MAX_BYTES + 1]).unwrap_err();
        assert_eq!(too_large.id, "image-too-large");
    }
}
