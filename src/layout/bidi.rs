//! Text that does not run simply left to right: Arabic, Persian or Sorani
//! words, and anything on a right-to-left page. The runs of a line are put
//! in the order they are seen (Unicode bidi, UAX #9), dates, numbers and
//! addresses are kept in their own left-to-right order inside right-to-left
//! text, and each run is shaped into glyphs. Swedish text never comes here
//! (see [`needs_bidi`]): it keeps the fast path of [`super`].

use std::borrow::Cow;

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

use crate::document::{Direction, Item};
use crate::font::{Family, Fonts, Weight, is_direction_mark};

/// LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (Unicode 6.3).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Whether `text` needs this module on a page written in `direction`: on
/// a right-to-left page everything does, on a left-to-right page only
/// text with right-to-left letters or explicit direction marks.
pub fn needs_bidi(text: &str, direction: Direction) -> bool {
    match direction {
        Direction::Rtl => true,
        // Every right-to-left letter and direction mark is from U+0590 on:
        // Swedish letters are not looked up.
        Direction::Ltr => {
            !text.is_ascii() && text.chars().any(|c| c >= '\u{0590}' && is_right_to_left(c))
        }
    }
}

/// A letter or digit of a right-to-left script (not a direction mark).
fn is_right_to_left_letter(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN)
}

fn is_right_to_left(c: char) -> bool {
    use BidiClass::*;
    matches!(
        bidi_class(c),
        R | AL | AN | RLE | RLO | RLI | FSI | LRE | LRO | LRI | PDF | PDI
    )
}

/// The items that draw `text` from `x` on baseline `y`, one per run of one
/// direction and one face, in the order they are seen from left to right,
/// or `None` when `text` is one plain left-to-right run (the fast path
/// draws it). `text` reads in the direction of its `paragraph` where that
/// is known (the text is one line of it), else in its own. On a
/// right-to-left page, the items are placed for the page's mirroring
/// ([`super::mirror`]) to put them in that order.
pub fn items(
    fonts: &Fonts,
    (x, y): (f32, f32),
    (size, weight): (f32, Weight),
    text: &str,
    paragraph: Option<Direction>,
    direction: Direction,
) -> Option<Vec<Item>> {
    // On a right-to-left page, the space before a run (between a label
    // and its value) stays at the run's start, which is its right end.
    let lead = match direction {
        Direction::Rtl => text.len() - text.trim_start().len(),
        Direction::Ltr => 0,
    };
    let lead_width = fonts.width(&text[..lead], size, weight);
    let text = isolate_values(&text[lead..]);
    let base = match paragraph.or_else(|| paragraph_direction(&text)) {
        Some(Direction::Rtl) => Level::rtl(),
        Some(Direction::Ltr) => Level::ltr(),
        None => page_level(&text, direction),
    };
    let placed = visual_runs(fonts, &text, weight, base);
    let plain = placed
        .iter()
        .all(|(family, _, rtl)| !rtl && !family.is_shaped());
    if plain && placed.len() <= 1 && direction == Direction::Ltr {
        return None;
    }
    let mut pen = 0.0;
    let mut items: Vec<(f32, f32, Item)> = placed
        .into_iter()
        .map(|(family, part, rtl)| {
            let (glyphs, width) = match rtl || family.is_shaped() {
                true => {
                    let (glyphs, width) = fonts.shape(&part, family, weight, size, rtl);
                    (Some(glyphs), width)
                }
                false => (None, fonts.width(&part, size, weight)),
            };
            let at = pen;
            pen += width;
            let item = Item::Text {
                x: 0.0,
                y,
                size,
                weight,
                family,
                text: part,
                reads: None,
                glyphs,
            };
            (at, width, item)
        })
        .collect();
    let total = pen;
    for (at, width, item) in &mut items {
        if let Item::Text { x: item_x, .. } = item {
            *item_x = match direction {
                Direction::Ltr => x + *at,
                // Mirrored later: the run seen first from the left goes last.
                Direction::Rtl => x + lead_width + total - *at - *width,
            };
        }
    }
    Some(items.into_iter().map(|(_, _, item)| item).collect())
}

/// The direction of a paragraph: that of its first letter that has one
/// (UAX #9 P2–P3), not counting what is isolated (the dates, numbers and
/// addresses of [`isolate_values`], and text in explicit isolates);
/// `None` where no letter has one.
pub fn paragraph_direction(text: &str) -> Option<Direction> {
    // Nearly all text: Swedish, with no right-to-left letter or mark.
    if !text.chars().any(|c| c >= '\u{0590}') {
        return text
            .chars()
            .any(|c| bidi_class(c) == BidiClass::L)
            .then_some(Direction::Ltr);
    }
    let isolated = isolate_values(text);
    let mut depth = 0usize;
    for c in isolated.chars() {
        match bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => depth += 1,
            BidiClass::PDI => depth = depth.saturating_sub(1),
            BidiClass::L if depth == 0 => return Some(Direction::Ltr),
            BidiClass::R | BidiClass::AL if depth == 0 => return Some(Direction::Rtl),
            _ => {}
        }
    }
    None
}

/// The direction of text with no letter of a direction (a date, a
/// number): the page's, unless it has right-to-left digits (٢٠٢٦).
fn page_level(text: &str, direction: Direction) -> Level {
    match direction {
        Direction::Rtl => Level::rtl(),
        Direction::Ltr if text.chars().any(is_right_to_left_letter) => Level::rtl(),
        Direction::Ltr => Level::ltr(),
    }
}

/// `text` as runs of one direction and one face, in the order they are
/// seen from left to right, each with whether it reads right to left.
/// Direction marks are left out: they have done their work.
fn visual_runs(
    fonts: &Fonts,
    text: &str,
    weight: Weight,
    base: Level,
) -> Vec<(Family, String, bool)> {
    let bidi = ParagraphBidiInfo::new(text, Some(base));
    let (levels, runs) = bidi.visual_runs(0..text.len());
    let mut placed = Vec::new();
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let clean: String = text[run]
            .chars()
            .filter(|c| !is_direction_mark(*c))
            .collect();
        if clean.is_empty() {
            continue;
        }
        let mut faces = fonts.runs(&clean, weight);
        // Within a right-to-left run the last face's characters come first.
        if rtl {
            faces.reverse();
        }
        placed.extend(
            faces
                .into_iter()
                .map(|(family, part)| (family, part.to_owned(), rtl)),
        );
    }
    placed
}

/// Wraps each date, number, personnummer, phone number and e-mail address
/// in LRI … PDI, so that it keeps its own order next to right-to-left text:
/// `2026-03-01` would otherwise read `01-03-2026` after an Arabic word,
/// and `20150101-1234` read `1234-20150101`. A value is a run of digits
/// joined by `-`, `/`, `.`, `:`, `,`, `–` or single spaces (`08-123 45 67`),
/// or a word with `@` or `://`; digits that are part of a word (`SIP060`)
/// are left as they are.
pub fn isolate_values(text: &str) -> Cow<'_, str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let after_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        if after_word {
            i += 1;
            continue;
        }
        if let Some(end) = address_end(&chars, i) {
            spans.push((start, chars.get(end).map_or(text.len(), |(b, _)| *b)));
            i = end;
            continue;
        }
        let signed = c == '+' && chars.get(i + 1).is_some_and(|(_, d)| is_digit(*d));
        if !is_digit(c) && !signed {
            i += 1;
            continue;
        }
        let mut last_digit = i;
        let mut k = i + 1;
        while k < chars.len() {
            let c = chars[k].1;
            if is_digit(c) {
                last_digit = k;
                k += 1;
            } else if is_joiner(c) && chars.get(k + 1).is_some_and(|(_, d)| is_digit(*d)) {
                k += 1;
            } else {
                break;
            }
        }
        let end = last_digit + 1;
        let in_word = chars.get(end).is_some_and(|(_, c)| c.is_alphabetic());
        if !in_word {
            spans.push((start, chars.get(end).map_or(text.len(), |(b, _)| *b)));
        }
        i = end;
    }
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + spans.len() * 6);
    let mut from = 0;
    for (start, end) in spans {
        out.push_str(&text[from..start]);
        out.push(LRI);
        out.push_str(&text[start..end]);
        out.push(PDI);
        from = end;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// Where an e-mail or web address that starts at `i` ends (its trailing
/// punctuation left out), if one does.
fn address_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let end = (i..chars.len())
        .find(|k| chars[*k].1.is_whitespace())
        .unwrap_or(chars.len());
    let word: String = chars[i..end].iter().map(|(_, c)| c).collect();
    if !(word.contains('@') || word.contains("://")) {
        return None;
    }
    let trailing = word
        .chars()
        .rev()
        .take_while(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?' | '،' | '؛' | '؟'))
        .count();
    Some(end - trailing)
}

/// A digit, Western or Arabic-Indic (٠–٩, ۰–۹).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// A character that joins the digits of one value.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '/' | '.' | ':' | ',' | '–' | ' ' | '\u{A0}' | '+')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isolated(text: &str) -> String {
        isolate_values(text).replace(LRI, "[").replace(PDI, "]")
    }

    #[test]
    fn isolates_dates_numbers_and_addresses_but_not_codes() {
        assert_eq!(isolated("تاریخ 2026-03-01."), "تاریخ [2026-03-01].");
        assert_eq!(isolated("رقم 20150101-1234"), "رقم [20150101-1234]");
        assert_eq!(
            isolated("هاتف 08-123 45 67 أو +46 8 123"),
            "هاتف [08-123 45 67] أو [+46 8 123]"
        );
        assert_eq!(isolated("بريد anna@example.se."), "بريد [anna@example.se].");
        assert_eq!(isolated("SIP060 و A4"), "SIP060 و A4");
        assert_eq!(isolated("٢٠٢٦ و 3 مرات"), "[٢٠٢٦] و [3] مرات");
        assert_eq!(isolated("بدون أرقام"), "بدون أرقام");
    }

    #[test]
    fn a_paragraph_reads_in_the_direction_of_its_first_letter_not_its_values() {
        let rtl = Some(Direction::Rtl);
        let ltr = Some(Direction::Ltr);
        assert_eq!(
            paragraph_direction("موعد 2026-11-02 في Familjecentralen"),
            rtl
        );
        assert_eq!(
            paragraph_direction("Mötet hos (الخدمات) den 2026-11-02."),
            ltr
        );
        // An address is isolated: the Arabic word after it decides.
        assert_eq!(paragraph_direction("anna@example.se أو هاتف"), rtl);
        assert_eq!(paragraph_direction("2026-11-02"), None);
        assert_eq!(paragraph_direction("٢٠٢٦"), None);
    }

    #[test]
    fn swedish_text_takes_the_fast_path() {
        assert!(!needs_bidi("Åsa Öberg, 2026-03-01", Direction::Ltr));
        assert!(needs_bidi("Mamma: سارا", Direction::Ltr));
        assert!(needs_bidi("Åsa", Direction::Rtl));
    }

    fn order(text: &str, direction: Direction) -> Vec<String> {
        let fonts = Fonts::get();
        let items = items(
            fonts,
            (0.0, 10.0),
            (10.0, Weight::Regular),
            text,
            None,
            direction,
        )
        .unwrap_or_default();
        let mut seen: Vec<(f32, String)> = items
            .into_iter()
            .filter_map(|item| match item {
                Item::Text { x, text, .. } => Some((x, text)),
                _ => None,
            })
            .collect();
        seen.sort_by(|a, b| a.0.total_cmp(&b.0));
        if direction == Direction::Rtl {
            seen.reverse();
        }
        seen.into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn a_date_after_an_arabic_word_keeps_its_order() {
        // Seen from the left: the date, then the word (read from the right).
        assert_eq!(
            order("موعد 2026-03-01", Direction::Rtl),
            ["2026-03-01", " ", "موعد"]
        );
    }

    #[test]
    fn an_arabic_name_in_a_swedish_line_reads_from_the_right() {
        assert_eq!(
            order("Pappa سارا أحمد", Direction::Ltr),
            ["Pappa ", "أحمد", " ", "سارا"]
        );
    }
}
