//! The second phase of inline layout: measured atoms → lines of a given
//! width. Greedy, at spaces; a word that does not fit is broken where
//! [`super::hyphenate`] allows, and a bulleted line's continuation hangs
//! under its text.

use super::block::Inline;
use super::collect::{Atom, AtomKind, collect};
use super::hyphenate::{SOFT_HYPHEN, best_cut, break_point, is_address};
use super::sizes::BODY_SIZE;
use crate::document::{Direction, Hyphenation};
use crate::font::{Fonts, Weight};

/// Wrapped text: pieces placed on one line, offsets from the line start.
pub(super) type Line = Vec<Piece>;

/// A run of text in one weight, or a checkbox, at its offset `dx` from
/// the start of its line.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Piece {
    Text {
        dx: f32,
        text: String,
        weight: Weight,
        /// The direction of the paragraph the text is part of, if any of
        /// its letters has one: every line of it reads that way.
        paragraph: Option<Direction>,
    },
    Check {
        dx: f32,
        on: bool,
        reads: String,
    },
}

impl Piece {
    pub(super) fn dx(&self) -> f32 {
        match self {
            Piece::Text { dx, .. } | Piece::Check { dx, .. } => *dx,
        }
    }
}

/// A line that starts with one of these is a list item: its wrapped lines
/// are indented to the text after it.
pub(super) const BULLETS: [&str; 3] = ["•", "–", "-"];

/// A word of more characters than this (no word a reader would hyphenate;
/// a line holds about a hundred) is broken by character where the line
/// ends.
const LONG_WORD: usize = 300;

/// More than [`LONG_WORD`] characters.
fn is_long(word: &str) -> bool {
    word.len() > LONG_WORD && word.chars().nth(LONG_WORD).is_some()
}

/// Greedy line breaking at spaces; words wider than the line are broken.
pub(super) fn wrap(
    fonts: &Fonts,
    content: &[Inline],
    (width, size): (f32, f32),
    hyphenation: Hyphenation,
    missing: &mut Vec<char>,
) -> Vec<Line> {
    let atoms = collect(fonts, content, size, missing);
    // Where a word is broken to fill `room`: where Swedish breaks it, or
    // for what is no word (longer than `LONG_WORD`) by character, so that
    // breaking it costs its length once, not its length for every line.
    let cut = |rest: &str, address, room, forced, weight| {
        if is_long(rest) {
            return Some((break_point(fonts, rest, room, size, weight), false));
        }
        best_cut(rest, (address, hyphenation), room, forced, |t: &str| {
            fonts.width(t, size, weight)
        })
    };
    let space = fonts.width(" ", size, Weight::Regular);
    let mut lines: Vec<Line> = vec![Vec::new()];
    let mut x = 0.0;
    // Where a wrapped line starts: under the text of a bulleted item
    // (a hanging indent), else at the left edge.
    let mut hang = 0.0;
    let mut atoms = atoms.into_iter().peekable();
    while let Some(atom) = atoms.next() {
        let current_empty = lines.last().is_none_or(Vec::is_empty);
        match atom.kind {
            AtomKind::Break => {
                lines.push(Vec::new());
                x = 0.0;
                hang = 0.0;
            }
            AtomKind::Check(on, reads) => {
                let gap = if current_empty || !atom.space_before {
                    0.0
                } else {
                    space
                };
                // A box stays on the line of the first word of its label.
                let label = match atoms.peek() {
                    Some(Atom {
                        kind: AtomKind::Word(..),
                        width,
                        space_before,
                        ..
                    }) => width + if *space_before { space } else { 0.0 },
                    _ => 0.0,
                };
                if x + gap + atom.width + label > width && !current_empty {
                    lines.push(Vec::new());
                    x = hang;
                } else {
                    x += gap;
                }
                push(&mut lines, Piece::Check { dx: x, on, reads });
                x += atom.width;
            }
            AtomKind::Word(word, weight) => {
                let para = atom.paragraph;
                // The space is drawn in the word's own weight.
                let gap = if current_empty || !atom.space_before {
                    0.0
                } else {
                    fonts.width(" ", size, weight)
                };
                if x + gap + atom.width <= width {
                    add_text(&mut lines, x + gap, gap, &word, (weight, para));
                    x += gap + atom.width;
                    if current_empty && BULLETS.contains(&word.as_str()) {
                        hang = x + fonts.width(" ", size, weight);
                    }
                    continue;
                }
                let mut rest = word.as_str();
                let address = is_address(&word);
                if !current_empty {
                    // End this line with the word's first part where
                    // Swedish breaks it (a compound, an address), if
                    // that fits (not worth trying in less room than two
                    // letters and a hyphen); the rest goes on the next line.
                    let room = width - x - gap;
                    if room > 2.2 * size
                        && let Some((cut, hyphen)) =
                            cut(rest, address, room, atom.width > width, weight)
                    {
                        let first =
                            format!("{}{}", &rest[..cut], if hyphen { SOFT_HYPHEN } else { "" });
                        add_text(&mut lines, x + gap, gap, &first, (weight, para));
                        rest = &rest[cut..];
                    }
                    lines.push(Vec::new());
                }
                // The rest on new lines, broken again where it is still
                // longer than a line.
                let start = if current_empty { x } else { hang };
                let room = width - start;
                let placed = Placed {
                    start,
                    room,
                    weight,
                    para,
                    size,
                };
                let cut = |rest: &str| cut(rest, address, room, true, weight);
                x = start + rest_on_lines(fonts, &mut lines, rest, &placed, &cut);
            }
        }
    }
    if lines.len() > 1 && lines.last().is_some_and(Vec::is_empty) {
        lines.pop();
    }
    lines
}

/// Where the rest of a broken word goes: from `start`, lines `room` wide,
/// in `weight` and the paragraph's direction at `size`.
struct Placed {
    start: f32,
    room: f32,
    weight: Weight,
    para: Option<Direction>,
    size: f32,
}

/// The rest of a word on new lines, broken again (by `cut`, else by
/// character) where it is still longer than a line. The width of its last
/// line.
fn rest_on_lines(
    fonts: &Fonts,
    lines: &mut Vec<Line>,
    mut rest: &str,
    at: &Placed,
    cut: &dyn Fn(&str) -> Option<(usize, bool)>,
) -> f32 {
    let style = (at.weight, at.para);
    loop {
        // A rest longer than a line's worth is not measured whole on
        // every line.
        let w = match is_long(rest) {
            true => f32::INFINITY,
            false => fonts.width(rest, at.size, at.weight),
        };
        if w <= at.room {
            add_text(lines, at.start, 0.0, rest, style);
            return w;
        }
        let (cut, hyphen) = cut(rest)
            .unwrap_or_else(|| (break_point(fonts, rest, at.room, at.size, at.weight), false));
        let piece = format!("{}{}", &rest[..cut], if hyphen { SOFT_HYPHEN } else { "" });
        add_text(lines, at.start, 0.0, &piece, style);
        lines.push(Vec::new());
        rest = &rest[cut..];
    }
}

/// The widest unbreakable piece (up to `cap`: longer words may be broken)
/// and the width of the longest line when nothing wraps.
pub(super) fn natural_widths(
    fonts: &Fonts,
    content: &[Inline],
    cap: f32,
    missing: &mut Vec<char>,
) -> (f32, f32) {
    let atoms = collect(fonts, content, BODY_SIZE, missing);
    let space = fonts.width(" ", BODY_SIZE, Weight::Regular);
    let mut longest: f32 = 0.0;
    let mut line: f32 = 0.0;
    let mut whole: f32 = 0.0;
    for atom in &atoms {
        match atom.kind {
            AtomKind::Break => {
                whole = whole.max(line);
                line = 0.0;
            }
            _ => {
                longest = longest.max(atom.width.min(cap));
                if atom.space_before && line > 0.0 {
                    line += space;
                }
                line += atom.width;
            }
        }
    }
    (longest, whole.max(line))
}

fn push(lines: &mut [Line], piece: Piece) {
    if let Some(line) = lines.last_mut() {
        line.push(piece);
    }
}

/// Adds a word `gap` (a space's width, or 0) after what is on the line,
/// joining it to the previous run of the same weight so that a line of text
/// becomes one text item (unless one of them is part of a right-to-left
/// paragraph and the other not). A new run after a space starts with that
/// space, so that extracted text reads "ord): Jag", not "ord):Jag".
fn add_text(
    lines: &mut [Line],
    dx: f32,
    gap: f32,
    word: &str,
    (weight, paragraph): (Weight, Option<Direction>),
) {
    let Some(line) = lines.last_mut() else { return };
    let rtl = |p: Option<Direction>| p == Some(Direction::Rtl);
    if let Some(Piece::Text {
        text,
        weight: w,
        paragraph: p,
        ..
    }) = line.last_mut()
        && *w == weight
        && rtl(*p) == rtl(paragraph)
    {
        if gap > 0.0 {
            text.push(' ');
        }
        text.push_str(word);
        return;
    }
    let (dx, text) = if gap > 0.0 && !line.is_empty() {
        (dx - gap, format!(" {word}"))
    } else {
        (dx, word.to_owned())
    };
    line.push(Piece::Text {
        dx,
        text,
        weight,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::font::PLACEHOLDER;

    /// `content` wrapped to `width` in body size, and what no font has.
    fn wrap_body(content: &[Inline], width: f32) -> (Vec<Line>, Vec<char>) {
        let mut missing = Vec::new();
        let lines = wrap(
            Fonts::get(),
            content,
            (width, BODY_SIZE),
            Hyphenation::Swedish,
            &mut missing,
        );
        (lines, missing)
    }

    fn lines(content: &[Inline], width: f32) -> Vec<Line> {
        wrap_body(content, width).0
    }

    fn texts(line: &Line) -> String {
        line.iter()
            .filter_map(|p| match p {
                Piece::Text { text, .. } => Some(text.as_str()),
                Piece::Check { .. } => None,
            })
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let width = Fonts::get().width("Elsa Exempeldotter", BODY_SIZE, Weight::Regular) + 1.0;
        let lines = lines(
            &[Inline::Text("Elsa Exempeldotter går i skolan".into())],
            width,
        );
        let lines: Vec<String> = lines.iter().map(texts).collect();
        assert_eq!(lines, ["Elsa Exempeldotter", "går i skolan"]);
    }

    #[test]
    fn breaks_a_word_longer_than_the_line() {
        let word = "Habiliteringsverksamhetens".repeat(4);
        let lines = lines(&[Inline::Text(word.clone())], 60.0);
        assert!(lines.len() > 4);
        let joined: String = lines.iter().map(texts).collect();
        // Broken between syllables, each break marked with a soft hyphen.
        assert_eq!(joined.replace(SOFT_HYPHEN, ""), word);
        assert!(joined.contains(&format!("verk{SOFT_HYPHEN}")) || joined.contains(SOFT_HYPHEN));
    }

    /// What is no word (10,000 letters pasted in) is broken by character:
    /// every line full to the width and no wider, nothing lost, and after
    /// a shorter word on the same line too.
    #[test]
    fn a_word_of_ten_thousand_letters_is_broken_by_character_at_the_width() {
        let word = "ab".repeat(5_000);
        let fonts = Fonts::get();
        let width = 120.0;
        let lines = lines(&[Inline::Text(format!("Se {word}"))], width);
        let joined: String = lines.iter().map(texts).collect();
        let kept = joined.replace(SOFT_HYPHEN, "").replace('|', "");
        let (first, second) = (texts(&lines[0]), texts(&lines[1]));
        assert!(
            kept == format!("Se {word}"),
            "{} {first:?} {second:?}",
            kept.len()
        );
        assert!(lines.len() > 100, "{} lines", lines.len());
        let letter = fonts.width("b", BODY_SIZE, Weight::Regular);
        for line in &lines[..lines.len() - 1] {
            let text = texts(line);
            let drawn = fonts.width(&text, BODY_SIZE, Weight::Regular) + line[0].dx();
            assert!(drawn <= width + 0.01, "{drawn} > {width}: {text}");
            assert!(drawn > width - 2.0 * letter, "{drawn} leaves room: {text}");
        }
        assert!(first.starts_with("Se ab"), "{first}");
    }

    #[test]
    fn breaks_swedish_compounds_between_syllables_and_addresses_after_their_parts() {
        let first = texts(&lines(&[Inline::Text("koncentrationssvårigheter".into())], 60.0)[0]);
        assert!(first.ends_with(SOFT_HYPHEN), "{first}");
        assert!("koncentrationssvårigheter".starts_with(first.trim_end_matches(SOFT_HYPHEN)));
        // An e-mail address breaks after @ or a dot, never before its last part.
        let email = "anna.svensson@exempelstad.example.se";
        let parts: Vec<String> = lines(&[Inline::Text(email.into())], 70.0)
            .iter()
            .map(texts)
            .collect();
        assert_eq!(parts.concat(), email, "no hyphen is added to an address");
        assert!(
            parts.iter().all(|p| p != "se" && !p.ends_with("example.")),
            "{parts:?}"
        );
        // A word of any length never panics the hyphenation.
        let long = "a".repeat(500);
        assert_eq!(
            lines(&[Inline::Text(long.clone())], 100.0)
                .iter()
                .map(texts)
                .collect::<String>()
                .replace(SOFT_HYPHEN, ""),
            long
        );
    }

    #[test]
    fn keeps_a_bold_label_and_its_value_on_one_line_as_two_runs() {
        let lines = lines(
            &[Inline::Bold("Namn:".into()), Inline::Text(" Elsa".into())],
            300.0,
        );
        assert_eq!(lines.len(), 1);
        // The space goes with the value, so that extracted text has it.
        assert_eq!(texts(&lines[0]), "Namn:| Elsa");
    }

    #[test]
    fn honours_line_breaks_and_replaces_missing_glyphs() {
        let (lines, missing) = wrap_body(&[Inline::Text("a\nb 漢".into())], 300.0);
        assert_eq!(lines.len(), 2);
        assert_eq!(texts(&lines[1]), format!("b {PLACEHOLDER}"));
        assert_eq!(missing, ['漢']);
    }
}
