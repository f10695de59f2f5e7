//! A tolerant scanner of RON and JSON text: where each value is written.
//!
//! Not a parser: it only needs to find where fields and list items are,
//! and it never fails, so that a message can point into a broken file.

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostic::{FieldPath, Segment};

/// How deep input may nest before the scanner stops (a plan needs about 6).
pub(crate) const MAX_NESTING: usize = 64;

/// Spans of every value in a RON or JSON text, keyed by printed field path.
///
/// A tolerant scanner, not a parser: it only needs to find where fields and
/// list items are, and it never fails. Single-value wrappers such as
/// `Some(…)` or `Kommun(…)` are transparent, matching paths from serde.
pub(crate) fn value_spans(text: &str) -> HashMap<String, Range<usize>> {
    let mut scanner = Scanner::new(text);
    scanner.value(&mut Vec::new(), 0);
    scanner.spans
}

/// The spans of every quoted text, quotes included.
pub(crate) fn quoted_spans(text: &str) -> Vec<Range<usize>> {
    strings(text).into_iter().map(|(span, _)| span).collect()
}

/// Every quoted text: its span (quotes included) and whether it is closed.
pub(crate) fn strings(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut scanner = Scanner::new(text);
    scanner.value(&mut Vec::new(), 0);
    scanner.strings
}

/// A byte of a bare word: an ASCII letter, digit or `_`, or any byte of a
/// letter beyond ASCII (`Försäkringskassan` written without quotes is one
/// word, not `F` and the rest).
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Whether a text holds nothing but white space and comments.
pub(crate) fn is_blank(text: &str) -> bool {
    let mut scanner = Scanner::new(text);
    scanner.skip_space();
    scanner.pos >= text.len()
}

struct Scanner<'a> {
    text: &'a [u8],
    pos: usize,
    spans: HashMap<String, Range<usize>>,
    /// Every quoted text: its span (quotes included) and whether it is closed.
    strings: Vec<(Range<usize>, bool)>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            pos: 0,
            spans: HashMap::new(),
            strings: Vec::new(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        loop {
            match (self.peek(), self.text.get(self.pos + 1)) {
                (Some(c), _) if c.is_ascii_whitespace() => self.pos += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.pos += 2;
                    while self.pos < self.text.len() && !self.text[self.pos..].starts_with(b"*/") {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 2).min(self.text.len());
                }
                (Some(b'#'), _) => {
                    // `#![enable(…)]` attributes.
                    while self.peek().is_some_and(|c| c != b']') {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 1).min(self.text.len());
                }
                _ => return,
            }
        }
    }

    fn value(&mut self, path: &mut Vec<Segment>, depth: usize) {
        self.skip_space();
        let start = self.pos;
        if depth > MAX_NESTING {
            self.pos = self.text.len();
            return;
        }
        match self.peek() {
            None => return,
            Some(b'"') => self.string(),
            Some(b'r') if matches!(self.text.get(self.pos + 1), Some(b'"' | b'#')) => {
                self.raw_string()
            }
            Some(b'[') => {
                self.pos += 1;
                let mut index = 0;
                while !self.close(b']') {
                    path.push(Segment::Index(index));
                    self.item(path, depth);
                    path.pop();
                    index += 1;
                }
            }
            Some(open @ (b'{' | b'(')) => {
                self.pos += 1;
                self.group(if open == b'{' { b'}' } else { b')' }, path, depth);
            }
            Some(c) if is_word_byte(c) || c == b'-' || c == b'+' => {
                while self
                    .peek()
                    .is_some_and(|c| is_word_byte(c) || b"-+.".contains(&c))
                {
                    self.pos += 1;
                }
                self.skip_space();
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                    self.group(b')', path, depth);
                }
            }
            Some(_) => self.pos += 1,
        }
        self.spans
            .insert(FieldPath(path.clone()).to_string(), start..self.pos);
    }

    /// Consumes a closing bracket (or the end of text); skips a separating comma.
    fn close(&mut self, bracket: u8) -> bool {
        self.skip_space();
        if self.peek() == Some(b',') {
            self.pos += 1;
            self.skip_space();
        }
        match self.peek() {
            None => true,
            Some(c) if c == bracket => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    /// One value of a list or group; always makes progress.
    fn item(&mut self, path: &mut Vec<Segment>, depth: usize) {
        let before = self.pos;
        self.value(path, depth + 1);
        if self.pos == before {
            // Never past the end: a span must stay inside the text.
            self.pos = (self.pos + 1).min(self.text.len());
        }
    }

    /// The inside of `( … )` or `{ … }`: fields `name: value` or plain values.
    fn group(&mut self, bracket: u8, path: &mut Vec<Segment>, depth: usize) {
        while !self.close(bracket) {
            match self.key() {
                Some(key) => {
                    path.push(Segment::Field(key));
                    self.item(path, depth);
                    path.pop();
                }
                None => self.item(path, depth),
            }
        }
    }

    /// A field name followed by `:`, if one is next; otherwise nothing is consumed.
    fn key(&mut self) -> Option<String> {
        let start = self.pos;
        let name = match self.peek()? {
            b'"' => {
                self.string();
                let inner = &self.text[start + 1..self.pos.saturating_sub(1).max(start + 1)];
                String::from_utf8_lossy(inner).into_owned()
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
                {
                    self.pos += 1;
                }
                String::from_utf8_lossy(&self.text[start..self.pos]).into_owned()
            }
            _ => return None,
        };
        self.skip_space();
        if self.peek() == Some(b':') && self.text.get(self.pos + 1) != Some(&b':') {
            self.pos += 1;
            Some(name)
        } else {
            self.pos = start;
            if self.peek() == Some(b'"') {
                self.strings.retain(|(s, _)| s.start != start);
            }
            None
        }
    }

    fn string(&mut self) {
        let start = self.pos;
        self.pos += 1;
        let mut closed = false;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'\\' => self.pos += 1,
                b'"' => {
                    closed = true;
                    break;
                }
                _ => {}
            }
        }
        self.pos = self.pos.min(self.text.len());
        self.strings.push((start..self.pos, closed));
    }

    fn raw_string(&mut self) {
        self.pos += 1;
        let hashes = self.text[self.pos..]
            .iter()
            .take_while(|&&c| c == b'#')
            .count();
        self.pos += hashes + 1;
        let mut end = Vec::from(&b"\""[..]);
        end.extend(std::iter::repeat_n(b'#', hashes));
        while self.pos < self.text.len() && !self.text[self.pos..].starts_with(&end) {
            self.pos += 1;
        }
        self.pos = (self.pos + end.len()).min(self.text.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RON: &str = r#"// comment (with: brackets)
(
    version: 1,
    actions: [
        (what: "Samtal", responsible: Other("BUP"), unit: Some("a")),
        (what: "Stöd", /* inline */ responsible: Kommun),
    ],
    child: (name: "Åsa", id: Personnummer("150312-2382")),
)"#;

    #[test]
    fn finds_fields_and_list_items_in_ron() {
        let spans = value_spans(RON);
        let at = |p: &str| &RON[spans[p].clone()];
        assert_eq!(at("version"), "1");
        assert_eq!(at("actions[1].responsible"), "Kommun");
        assert_eq!(at("actions[0].responsible"), "Other(\"BUP\")");
        assert_eq!(at("actions[0].unit"), "Some(\"a\")");
        assert_eq!(at("child.id"), "Personnummer(\"150312-2382\")");
    }

    #[test]
    fn finds_fields_and_list_items_in_json() {
        let json = r#"{"actions": [{"what": "x"}, {"what": "y", "unit": null}], "n": -1.5e3}"#;
        let spans = value_spans(json);
        assert_eq!(&json[spans["actions[1].unit"].clone()], "null");
        assert_eq!(&json[spans["actions[0].what"].clone()], "\"x\"");
        assert_eq!(&json[spans["n"].clone()], "-1.5e3");
    }

    /// Every span lies inside the text and the whole text is scanned: for
    /// broken snippets and for every prefix of a real plan, as a file cut
    /// off while saving would be. Run on another thread, so that a scanner
    /// that stops making progress fails the test instead of hanging it.
    #[test]
    fn scanning_never_hangs_on_broken_text() {
        let sample = include_str!("../samples/full.ron");
        let scanning = std::thread::spawn(move || {
            let broken = [
                "(",
                "[[[",
                "(a: \"unclosed",
                "r#\"x",
                "/* open",
                ")]}",
                "(a:: b)",
                "#![",
                "\"",
            ];
            let cut_off = (0..sample.len())
                .step_by(7)
                .filter(|&n| sample.is_char_boundary(n))
                .map(|n| &sample[..n]);
            for (text, whole) in broken
                .into_iter()
                .map(|t| (t, false))
                .chain(cut_off.map(|t| (t, true)))
            {
                let spans = value_spans(text);
                for (path, span) in &spans {
                    assert!(
                        span.start <= span.end && span.end <= text.len(),
                        "{path} in {text:?}"
                    );
                }
                // A plan cut off anywhere is read to its end: after the
                // outermost value only space and comments remain.
                let end = spans.get("").map_or(0, |root| root.end);
                assert!(
                    !whole || is_blank(&text[end..]),
                    "stopped at {end} of {text:?}"
                );
            }
        });
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !scanning.is_finished() {
            assert!(
                std::time::Instant::now() < deadline,
                "the scanner did not finish"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        if let Err(panic) = scanning.join() {
            std::panic::resume_unwind(panic);
        }
    }

    #[test]
    fn quoted_texts_are_found_with_whether_they_close() {
        let found = strings("(a: \"x\", b: \"open");
        assert_eq!(found, vec![(4..7, true), (12..17, false)]);
        assert!(is_blank(" // only a comment\n /* and */ "));
        assert!(!is_blank(" (a: 1)"));
    }
}
