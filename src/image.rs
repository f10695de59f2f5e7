//! Raster images for the page header (a municipality's logo): PNG and JPEG.
//!
//! Checked and prepared once, when the template is read: a JPEG is kept as
//! it is (PDF shows JPEG natively); a PNG is decoded to pixels, with its
//! transparency kept apart as a soft mask. Nothing here knows SIP or PDF.

use std::io::Read;

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
    /// A JPEG file, unchanged, with its number of colour components (1, 3 or 4).
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
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        if bytes.len() > MAX_BYTES {
            return Err(format!(
                "the image is {} KB; the limit is {} KB",
                bytes.len() / 1024,
                MAX_BYTES / 1024
            ));
        }
        let image = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            png(bytes)?
        } else if bytes.starts_with(&[0xFF, 0xD8]) {
            jpeg(bytes)?
        } else {
            return Err("the image is not a PNG or JPEG file".into());
        };
        Ok(image)
    }
}

fn check_size(width: u32, height: u32) -> Result<(), String> {
    if width == 0 || height == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(format!(
            "the image is {width}×{height} pixels; the limit is {MAX_PIXELS} pixels"
        ));
    }
    Ok(())
}

/// Finds the size and colour components in the JPEG's start-of-frame segment.
fn jpeg(bytes: &[u8]) -> Result<Image, String> {
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
            if !matches!(components, 1 | 3 | 4) {
                return Err("the JPEG has an unusual colour format; save it as RGB".into());
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
    Err("the JPEG file is damaged: no image size found".into())
}

/// Decodes an 8-bit, non-interlaced PNG of any colour type.
fn png(bytes: &[u8]) -> Result<Image, String> {
    let damaged = || "the PNG file is damaged".to_owned();
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    let mut at = 8;
    let (mut width, mut height, mut color_type) = (0, 0, 0);
    let (mut palette, mut trns, mut idat) = (Vec::new(), Vec::new(), Vec::new());
    while at + 8 <= bytes.len() {
        let length = be32(&bytes[at..]) as usize;
        let kind = &bytes[at + 4..at + 8];
        let body = bytes.get(at + 8..at + 8 + length).ok_or_else(damaged)?;
        match kind {
            b"IHDR" if body.len() >= 13 => {
                width = be32(body);
                height = be32(&body[4..]);
                let (depth, interlace) = (body[8], body[12]);
                color_type = body[9];
                check_size(width, height)?;
                if depth != 8 || interlace != 0 {
                    return Err("only 8-bit, non-interlaced PNG images are supported: save the logo again as a plain PNG".into());
                }
            }
            b"PLTE" => palette = body.to_vec(),
            b"tRNS" => trns = body.to_vec(),
            b"IDAT" => idat.extend_from_slice(body),
            b"IEND" => break,
            _ => {}
        }
        at += 12 + length;
    }
    let channels: usize = match color_type {
        0 => 1,
        2 => 3,
        3 => 1,
        4 => 2,
        6 => 4,
        _ => return Err(damaged()),
    };
    let (w, h) = (width as usize, height as usize);
    let stride = w * channels;
    let mut raw = Vec::with_capacity((stride + 1) * h);
    flate2::read::ZlibDecoder::new(&idat[..])
        .take(((stride + 1) * h) as u64 + 1)
        .read_to_end(&mut raw)
        .map_err(|_| damaged())?;
    if raw.len() < (stride + 1) * h {
        return Err(damaged());
    }
    let pixels = unfilter(&raw, stride, h, channels).ok_or_else(damaged)?;

    let mut color = Vec::with_capacity(w * h * 3);
    let mut alpha = Vec::with_capacity(w * h);
    for px in pixels.chunks_exact(channels) {
        match color_type {
            0 => color.push(px[0]),
            2 => color.extend_from_slice(px),
            3 => {
                let i = usize::from(px[0]);
                let rgb = palette.get(i * 3..i * 3 + 3).ok_or_else(damaged)?;
                color.extend_from_slice(rgb);
                alpha.push(trns.get(i).copied().unwrap_or(255));
            }
            4 => {
                color.push(px[0]);
                alpha.push(px[1]);
            }
            _ => {
                color.extend_from_slice(&px[..3]);
                alpha.push(px[3]);
            }
        }
    }
    let has_alpha = matches!(color_type, 4 | 6) || (color_type == 3 && !trns.is_empty());
    Ok(Image {
        width,
        height,
        data: ImageData::Pixels {
            color,
            gray: matches!(color_type, 0 | 4),
            alpha: has_alpha.then_some(alpha),
        },
    })
}

/// Reverses PNG's per-row filters (none, sub, up, average, Paeth).
fn unfilter(raw: &[u8], stride: usize, rows: usize, bpp: usize) -> Option<Vec<u8>> {
    let mut out = vec![0u8; stride * rows];
    for y in 0..rows {
        let filter = raw[y * (stride + 1)];
        let line = &raw[y * (stride + 1) + 1..(y + 1) * (stride + 1)];
        for x in 0..stride {
            let a = if x >= bpp {
                out[y * stride + x - bpp]
            } else {
                0
            };
            let b = if y > 0 { out[(y - 1) * stride + x] } else { 0 };
            let c = if x >= bpp && y > 0 {
                out[(y - 1) * stride + x - bpp]
            } else {
                0
            };
            let predicted = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => paeth(a, b, c),
                _ => return None,
            };
            out[y * stride + x] = line[x].wrapping_add(predicted);
        }
    }
    Some(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A PNG made here: `rows` of RGBA pixels, each row with filter `filter`.
    fn rgba_png(width: u32, rows: &[Vec<u8>], filter: u8) -> Vec<u8> {
        let mut raw = Vec::new();
        for row in rows {
            raw.push(filter);
            raw.extend_from_slice(row);
        }
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&raw).unwrap();
        let idat = z.finish().unwrap();
        let chunk = |kind: &[u8], body: &[u8]| {
            let mut c = (body.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(body);
            c.extend_from_slice(&[0, 0, 0, 0]); // CRC is not checked
            c
        };
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&(rows.len() as u32).to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &ihdr));
        png.extend(chunk(b"IDAT", &idat));
        png.extend(chunk(b"IEND", &[]));
        png
    }

    #[test]
    fn decodes_an_rgba_png_into_colour_and_alpha() {
        let png = rgba_png(2, &[vec![255, 0, 0, 255, 0, 0, 255, 128]], 0);
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
    fn undoes_the_sub_filter() {
        // With "sub", each byte is stored as the difference to the pixel on its left.
        let png = rgba_png(2, &[vec![10, 20, 30, 255, 5, 5, 5, 0]], 1);
        match Image::from_bytes(&png).unwrap().data {
            ImageData::Pixels { color, alpha, .. } => {
                assert_eq!(color, [10, 20, 30, 15, 25, 35]);
                assert_eq!(alpha, Some(vec![255, 255]));
            }
            other => panic!("{other:?}"),
        }
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
    fn refuses_other_and_broken_files() {
        assert!(Image::from_bytes(b"GIF89a").is_err());
        assert!(Image::from_bytes(b"\x89PNG\r\n\x1a\n\0\0").is_err());
        assert!(
            Image::from_bytes(&vec![0xFF; MAX_BYTES + 1])
                .unwrap_err()
                .contains("KB")
        );
    }
}
