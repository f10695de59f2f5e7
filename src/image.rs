//! Raster images for the page header (a municipality's logo): PNG and JPEG.
//!
//! Checked and prepared once, when the template is read: a JPEG is kept as
//! it is (PDF shows JPEG natively); a PNG is decoded to pixels, with its
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
    /// A JPEG file, unchanged, with its number of colour components (1 or 3).
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

/// Finds the size and colour components in the JPEG's start-of-frame segment.
fn jpeg(bytes: &[u8]) -> Result<Image, Message> {
    let mut i = 2;
    while i + 9 < bytes.len() {
        if bytes[i] != 0xFF {
            break;
        }
        let marker = bytes[i + 1];
        let length = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let height = u32::from(u16::from_be_bytes([bytes[i + 5], bytes[i + 6]]));
            let width = u32::from(u16::from_be_bytes([bytes[i + 7], bytes[i + 8]]));
            let components = bytes[i + 9];
            check_size(width, height)?;
            // CMYK (4) is for a print shop: an archival PDF has one colour
            // space for everything, and ours is the screen's sRGB.
            match components {
                1 | 3 => {}
                4 => return Err(msg!("image-jpeg-cmyk")),
                _ => return Err(msg!("image-jpeg-colour")),
            }
            return Ok(Image {
                width,
                height,
                data: ImageData::Jpeg {
                    bytes: bytes.to_vec(),
                    components,
                },
            });
        }
        i += 2 + length;
    }
    Err(msg!("image-jpeg-damaged"))
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

    #[test]
    fn reads_a_jpeg_header() {
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0, 50, 0, 80, 3, 0, 0,
        ];
        let image = Image::from_bytes(&jpeg).unwrap();
        assert_eq!((image.width, image.height), (80, 50));
    }

    #[test]
    fn refuses_a_cmyk_jpeg_which_an_archival_pdf_cannot_hold() {
        let cmyk = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 14, 8, 0, 50, 0, 80, 4, 0, 0, 0, 0,
            0, 0,
        ];
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
