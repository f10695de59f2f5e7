//! The PDF file itself: the objects printpdf and [`super::archive`] made,
//! written once each. Streams (pages, fonts, images, the XMP) are objects of
//! their own; every other object goes into one deflated object stream, and
//! the cross-reference table is a deflated stream too (PDF 1.5 and later).
//!
//! lopdf can write this layout, but it serialises each object three times
//! and leaves the cross-reference stream raw: a tagged plan has some 300
//! small structure elements, which made the print a third slower and the
//! file 1.6 KB larger. Here each object is written once, with one deflate
//! state for every stream.

use std::io::Write;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use super::compress::Deflater;
use super::error::PdfError;

/// One row of the cross-reference stream.
#[derive(Clone, Copy)]
enum Entry {
    Free,
    /// At this byte offset in the file.
    At(usize),
    /// The `index`-th object of the object stream.
    Packed(u32),
}

/// Writes `lo` as a PDF file: header, streams, the object stream, the
/// cross-reference stream, trailer. `written` are more objects, numbered
/// in `lo` already and written as PDF syntax (the structure elements).
pub(super) fn save(
    lo: &lopdf::Document,
    written: &[(u32, Vec<u8>)],
    deflate: &mut Deflater,
) -> Result<Vec<u8>, PdfError> {
    let mut out = Vec::with_capacity(32 * 1024);
    // A comment of bytes above 127 tells transfer programs the file is
    // binary (PDF/A asks for one).
    out.extend_from_slice(format!("%PDF-{}\n", lo.version).as_bytes());
    out.extend_from_slice(b"%\xE2\xE3\xCF\xD3\n");

    let max_id = lo
        .objects
        .keys()
        .map(|(id, _)| *id)
        .chain(written.iter().map(|(id, _)| *id))
        .max()
        .unwrap_or(0)
        .max(lo.max_id);
    let packed_id = max_id + 1;
    let xref_id = max_id + 2;
    let mut entries = vec![Entry::Free; xref_id as usize + 1];

    let mut packed = Packed::default();
    for (&(id, generation), object) in &lo.objects {
        match object {
            Object::Stream(stream) => {
                entries[id as usize] = Entry::At(out.len());
                write_stream(&mut out, (id, generation), &stream.dict, &stream.content);
            }
            _ if generation == 0 => {
                entries[id as usize] = Entry::Packed(packed.count);
                packed.add(id, object);
            }
            _ => {
                entries[id as usize] = Entry::At(out.len());
                out.extend_from_slice(format!("{id} {generation} obj\n").as_bytes());
                write_object(&mut out, object);
                out.extend_from_slice(b"\nendobj\n");
            }
        }
    }

    for (id, object) in written {
        entries[*id as usize] = Entry::Packed(packed.count);
        packed.add_written(*id, object);
    }

    entries[packed_id as usize] = Entry::At(out.len());
    // Widths of a cross-reference row: type, offset or stream, index (two
    // bytes, unless a draft of a huge plan packs more than 65,535 objects).
    let widths = [1, 4, if packed.count > 0xFFFF { 4 } else { 2 }];
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"ObjStm".to_vec()));
    dict.set("N", i64::from(packed.count));
    let (first, body) = packed.finish();
    dict.set("First", first as i64);
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    write_stream(&mut out, (packed_id, 0), &dict, &deflate.deflate(&body)?);

    let xref_start = out.len();
    entries[xref_id as usize] = Entry::At(xref_start);
    let rows = xref_rows(&entries, packed_id, widths);
    let mut dict = Dictionary::new();
    for key in [b"Root".as_slice(), b"Info", b"ID"] {
        if let Ok(value) = lo.trailer.get(key) {
            dict.set(key, value.clone());
        }
    }
    dict.set("Type", Object::Name(b"XRef".to_vec()));
    dict.set("Size", i64::from(xref_id) + 1);
    dict.set(
        "W",
        widths
            .iter()
            .map(|w| Object::Integer(*w as i64))
            .collect::<Vec<_>>(),
    );
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    let mut parms = Dictionary::new();
    parms.set("Predictor", 12);
    parms.set("Columns", widths.iter().sum::<usize>() as i64);
    dict.set("DecodeParms", parms);
    write_stream(&mut out, (xref_id, 0), &dict, &deflate.deflate(&rows)?);
    out.extend_from_slice(format!("startxref\n{xref_start}\n%%EOF").as_bytes());
    Ok(out)
}

/// The rows of the cross-reference stream, each behind the PNG "up"
/// predictor's byte: most rows differ from the one above in their last
/// byte only, so they deflate to almost nothing.
fn xref_rows(entries: &[Entry], packed_id: u32, widths: [usize; 3]) -> Vec<u8> {
    let width: usize = widths.iter().sum();
    let mut rows = Vec::with_capacity(entries.len() * (width + 1));
    let mut above = vec![0u8; width];
    let mut row = Vec::with_capacity(width);
    for (id, entry) in entries.iter().enumerate() {
        let fields: [u32; 3] = match *entry {
            // Object 0 heads the list of free numbers, with the highest generation.
            Entry::Free => [0, 0, if id == 0 { 0xFFFF } else { 0 }],
            Entry::At(offset) => [1, offset as u32, 0],
            Entry::Packed(index) => [2, packed_id, index],
        };
        row.clear();
        for (field, width) in fields.iter().zip(widths) {
            row.extend_from_slice(&field.to_be_bytes()[4 - width..]);
        }
        rows.push(2);
        rows.extend(row.iter().zip(&above).map(|(b, a)| b.wrapping_sub(*a)));
        above.copy_from_slice(&row);
    }
    rows
}

/// The objects of the object stream: their numbers and offsets, and the
/// objects one after the other.
#[derive(Default)]
struct Packed {
    count: u32,
    offsets: Vec<u8>,
    objects: Vec<u8>,
}

impl Packed {
    fn add(&mut self, id: u32, object: &Object) {
        self.start(id);
        write_object(&mut self.objects, object);
        self.objects.push(b'\n');
    }

    fn add_written(&mut self, id: u32, object: &[u8]) {
        self.start(id);
        self.objects.extend_from_slice(object);
        self.objects.push(b'\n');
    }

    fn start(&mut self, id: u32) {
        let _ = write!(self.offsets, "{id} {} ", self.objects.len());
        self.count += 1;
    }

    /// Where the first object starts, and the stream's content.
    fn finish(self) -> (usize, Vec<u8>) {
        let first = self.offsets.len();
        let mut body = self.offsets;
        body.extend_from_slice(&self.objects);
        (first, body)
    }
}

/// An indirect stream object; its `/Length` is the content's.
fn write_stream(out: &mut Vec<u8>, (id, generation): ObjectId, dict: &Dictionary, content: &[u8]) {
    out.extend_from_slice(format!("{id} {generation} obj\n<<").as_bytes());
    for (key, value) in dict.iter().filter(|(key, _)| key.as_slice() != b"Length") {
        write_name(out, key);
        write_separated(out, value);
    }
    out.extend_from_slice(format!("/Length {}>>stream\n", content.len()).as_bytes());
    out.extend_from_slice(content);
    out.extend_from_slice(b"\nendstream\nendobj\n");
}

/// A value after a name or another value: a space only where the two
/// would otherwise run together.
fn write_separated(out: &mut Vec<u8>, value: &Object) {
    if matches!(
        value,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    ) {
        out.push(b' ');
    }
    write_object(out, value);
}

/// One object in PDF syntax, as lopdf writes it.
pub(super) fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(true) => out.extend_from_slice(b"true"),
        Object::Boolean(false) => out.extend_from_slice(b"false"),
        Object::Integer(n) => {
            let _ = write!(out, "{n}");
        }
        Object::Real(n) => {
            let _ = write!(out, "{n}");
        }
        Object::Name(name) => write_name(out, name),
        Object::String(text, StringFormat::Literal) => write_literal(out, text),
        Object::String(text, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for byte in text {
                let _ = write!(out, "{byte:02X}");
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i == 0 {
                    write_object(out, item);
                } else {
                    write_separated(out, item);
                }
            }
            out.push(b']');
        }
        Object::Dictionary(dict) => {
            out.extend_from_slice(b"<<");
            for (key, value) in dict {
                write_name(out, key);
                write_separated(out, value);
            }
            out.extend_from_slice(b">>");
        }
        // Streams are indirect objects of their own (`save`), never inside another.
        Object::Stream(stream) => write_object(out, &Object::Dictionary(stream.dict.clone())),
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

/// A name, with white space, delimiters and bytes outside `!`–`~` as `#XX`.
fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &byte in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&byte) || !(33..=126).contains(&byte) {
            let _ = write!(out, "#{byte:02X}");
        } else {
            out.push(byte);
        }
    }
}

/// A literal string, every parenthesis, backslash and carriage return escaped.
fn write_literal(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'(');
    for &byte in text {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(byte),
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_reference_rows_follow_the_widths_behind_the_up_predictor() {
        let entries = [Entry::Free, Entry::At(0x0102), Entry::Packed(0x1_0001)];
        let rows = xref_rows(&entries, 7, [1, 4, 4]);
        assert_eq!(rows.len(), 3 * 10);
        // Each row is its difference from the one above: undone, the fields.
        let mut above = [0u8; 9];
        let mut fields = Vec::new();
        for row in rows.chunks(10) {
            assert_eq!(row[0], 2);
            for (i, b) in row[1..].iter().enumerate() {
                above[i] = above[i].wrapping_add(*b);
            }
            fields.push(above);
        }
        assert_eq!(fields[0], [0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]);
        assert_eq!(fields[1], [1, 0, 0, 1, 2, 0, 0, 0, 0]);
        assert_eq!(fields[2], [2, 0, 0, 0, 7, 0, 1, 0, 1]);
    }

    #[test]
    fn writes_objects_as_pdf_syntax() {
        let mut dict = Dictionary::new();
        dict.set("S", Object::Name(b"P".to_vec()));
        dict.set("K", vec![Object::Integer(3), Object::Reference((12, 0))]);
        dict.set(
            "T",
            Object::String(b"a(b)\\".to_vec(), StringFormat::Literal),
        );
        dict.set("N", Object::Name(b"A B#".to_vec()));
        let mut out = Vec::new();
        write_object(&mut out, &Object::Dictionary(dict));
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r"<</S/P/K[3 12 0 R]/T(a\(b\)\\)/N/A#20B#23>>"
        );
    }
}
