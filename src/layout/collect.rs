//! The first phase of inline layout: a paragraph's inline content → measured
//! atoms (words, checkboxes, forced breaks), with the spaces between them
//! and characters no font has replaced.

use super::bidi::paragraph_direction;
use super::block::{Inline, NO_BREAK_SPACE};
use crate::document::Direction;
use crate::font::{Fonts, PLACEHOLDER, Weight, is_direction_mark, is_invisible};

/// What line breaking works with: a word, checkbox or break, measured.
#[derive(Debug)]
pub(super) struct Atom {
    pub(super) kind: AtomKind,
    /// Its advance at the size it was measured in.
    pub(super) width: f32,
    /// Whether a space separates it from the previous atom.
    pub(super) space_before: bool,
    /// The direction of the paragraph a word is part of (UAX #9 P2–P3:
    /// its first letter that has one), which all its lines read in;
    /// `None` where no letter has one.
    pub(super) paragraph: Option<Direction>,
}

/// A word in its weight, a checkbox (crossed, and what it reads), or a
/// forced break.
#[derive(Debug)]
pub(super) enum AtomKind {
    Word(String, Weight),
    Check(bool, String),
    Break,
}

/// Splits inline content into measured atoms: words, checkboxes, breaks.
/// A character no font has becomes [`PLACEHOLDER`] and goes into `missing`.
pub(super) fn collect(
    fonts: &Fonts,
    content: &[Inline],
    size: f32,
    missing: &mut Vec<char>,
) -> Vec<Atom> {
    let mut atoms = Vec::new();
    let mut space_pending = false;
    for inline in content {
        let (text, weight) = match inline {
            Inline::Text(t) => (t, Weight::Regular),
            Inline::Bold(t) => (t, Weight::Bold),
            Inline::Check { on, reads } => {
                atoms.push(Atom {
                    kind: AtomKind::Check(*on, reads.clone()),
                    width: fonts.width(check_glyph(*on), size, Weight::Regular),
                    space_before: true,
                    paragraph: None,
                });
                space_pending = true;
                continue;
            }
            Inline::Break => {
                atoms.push(Atom {
                    kind: AtomKind::Break,
                    width: 0.0,
                    space_before: false,
                    paragraph: None,
                });
                space_pending = false;
                continue;
            }
        };
        let mut word = String::new();
        let mut glue_to_previous = !space_pending;
        // Each line of the text is a paragraph, in its own direction.
        let mut paragraphs = text.split('\n').map(paragraph_direction);
        let mut paragraph = paragraphs.next().flatten();
        let flush = |word: &mut String,
                     atoms: &mut Vec<Atom>,
                     glue: &mut bool,
                     paragraph: Option<Direction>,
                     fonts: &Fonts| {
            if !word.is_empty() {
                atoms.push(Atom {
                    width: fonts.width(word, size, weight),
                    kind: AtomKind::Word(std::mem::take(word), weight),
                    space_before: !*glue,
                    paragraph,
                });
                *glue = false;
            }
        };
        for c in text.chars() {
            match c {
                '\n' => {
                    flush(
                        &mut word,
                        &mut atoms,
                        &mut glue_to_previous,
                        paragraph,
                        fonts,
                    );
                    paragraph = paragraphs.next().flatten();
                    atoms.push(Atom {
                        kind: AtomKind::Break,
                        width: 0.0,
                        space_before: false,
                        paragraph: None,
                    });
                    glue_to_previous = true;
                }
                c if c.is_whitespace() && c != NO_BREAK_SPACE => {
                    flush(
                        &mut word,
                        &mut atoms,
                        &mut glue_to_previous,
                        paragraph,
                        fonts,
                    );
                    glue_to_previous = false;
                }
                // They join or part Persian letters: kept for the shaper.
                '\u{200C}' | '\u{200D}' if word.ends_with(is_arabic_letter) => word.push(c),
                c if is_invisible(c) => {}
                c => {
                    // A direction mark orders right-to-left text and
                    // is never drawn: kept for bidi.
                    if fonts.has_glyph(c, weight) || is_direction_mark(c) {
                        word.push(c);
                    } else {
                        missing.push(c);
                        word.push(PLACEHOLDER);
                    }
                }
            }
        }
        flush(
            &mut word,
            &mut atoms,
            &mut glue_to_previous,
            paragraph,
            fonts,
        );
        space_pending = text.ends_with(char::is_whitespace);
    }
    atoms
}

/// A letter of the Arabic script (Arabic, Persian, Sorani).
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// A checkbox as a character: ☒ checked, ☐ not.
pub(super) fn check_glyph(on: bool) -> &'static str {
    if on { "\u{2612}" } else { "\u{2610}" }
}
