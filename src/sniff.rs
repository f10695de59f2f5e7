//! What a file is when it is not a text file sipplan can read: a plan given
//! as a Word document, a PDF or an image, or a text saved as Latin-1.

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::message::Message;
use crate::msg;

/// A file that is not UTF-8, most often one saved as Latin-1 or
/// Windows-1252 (Notepad's "ANSI"): the line and column of the first byte
/// that is not UTF-8, since the text cannot be shown.
pub(crate) fn not_utf8(bytes: &[u8], valid_up_to: usize) -> Diagnostic {
    // Everything before the bad byte is valid UTF-8.
    let before = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    let letter = match bytes[valid_up_to] {
        0xE5 | 0xC5 => Some("å/Å"),
        0xE4 | 0xC4 => Some("ä/Ä"),
        0xF6 | 0xD6 => Some("ö/Ö"),
        0xE9 | 0xC9 => Some("é/É"),
        _ => None,
    };
    let message = match letter {
        Some(letter) => msg!(
            "sip100-letter",
            line = line,
            column = column,
            letter = letter
        ),
        None => msg!("sip100", line = line, column = column),
    };
    Diagnostic::new(Code::Sip100, FieldPath::root(), message)
        .with_hint(msg!("sip100-hint"))
        .with_span(valid_up_to..valid_up_to)
}

/// What a file is, when it is clearly not a text file: a plan given as a
/// Word document, a PDF, a ZIP archive or an image. `None` for text (and
/// for anything not recognised).
pub fn binary_kind(bytes: &[u8]) -> Option<Message> {
    let zip_holds = |name: &[u8]| bytes.windows(name.len()).take(64 * 1024).any(|w| w == name);
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(if zip_holds(b"word/") {
            msg!("file-kind-word")
        } else if zip_holds(b"xl/") {
            msg!("file-kind-excel")
        } else if zip_holds(b"opendocument") {
            msg!("file-kind-opendocument")
        } else {
            msg!("file-kind-zip")
        });
    }
    let kinds: [(&[u8], &'static str); 8] = [
        (b"%PDF", "file-kind-pdf"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "file-kind-office"),
        (b"{\\rtf", "file-kind-rtf"),
        (b"\x89PNG", "file-kind-png"),
        (b"\xFF\xD8\xFF", "file-kind-jpeg"),
        (b"GIF8", "file-kind-gif"),
        (b"\x1F\x8B", "file-kind-gzip"),
        (b"7z\xBC\xAF", "file-kind-7zip"),
    ];
    kinds
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| Message::new(kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Format, Source};

    #[test]
    fn a_latin_1_file_is_located_at_its_first_bad_byte() {
        let bytes = b"// plan\n(\n    name: \"Ol\xE5\",\n)";
        let error = Source::from_bytes("p.ron", bytes, Format::Ron).unwrap_err();
        let text = crate::message::Lang::En.text(&error.message);
        assert!(
            text.contains("line 3, column 14") && text.contains("å"),
            "{text}"
        );
    }

    #[test]
    fn word_pdf_zip_and_images_are_named_for_what_they_are() {
        let docx = b"PK\x03\x04\x14\0\0\0[Content_Types].xml word/document.xml";
        let kind = |bytes: &[u8]| binary_kind(bytes).map(|m| crate::message::Lang::Sv.text(&m));
        assert_eq!(kind(docx).as_deref(), Some("ett Word-dokument"));
        assert_eq!(kind(b"PK\x03\x04 data").as_deref(), Some("ett ZIP-arkiv"));
        assert_eq!(kind(b"%PDF-1.7\n").as_deref(), Some("en PDF-fil"));
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n").as_deref(), Some("en PNG-bild"));
        assert_eq!(kind(b"\xFF\xD8\xFF\xE0").as_deref(), Some("en JPEG-bild"));
        assert_eq!(binary_kind(b"(version: 1)"), None);
        assert_eq!(binary_kind(b"// Ol\xE5"), None);
    }
}
