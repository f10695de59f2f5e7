//! Where a word too long for the rest of a line may be broken: Swedish
//! hyphenation, Unicode line breaking, and the parts of an address.

use crate::font::{Fonts, Weight};

/// Printed where a word is hyphenated at a line end: a soft hyphen, which
/// the font draws as a hyphen and text extraction can tell from one that is
/// part of the word.
pub(super) const SOFT_HYPHEN: &str = "\u{AD}";

/// The longest first part of `word` that fits in `room` when broken where
/// Swedish allows: after a hyphen, slash or dash (Unicode line breaking),
/// inside an address after `@`, `/` or a dot that is not the last, or
/// between syllables (Swedish hyphenation, adding a hyphen). A name is
/// hyphenated only when `forced` (it is longer than a whole line). Each part
/// keeps at least two letters. The cut and whether a hyphen is added.
pub(super) fn best_cut(
    word: &str,
    address: bool,
    room: f32,
    forced: bool,
    width: impl Fn(&str) -> f32,
) -> Option<(usize, bool)> {
    let candidates = break_candidates(word, address, forced || !starts_upper(word));
    candidates.into_iter().rev().find(|&(at, hyphen)| {
        let first = &word[..at];
        let hyphen_width = if hyphen { width(SOFT_HYPHEN) } else { 0.0 };
        first.chars().count() >= 2 && width(first) + hyphen_width <= room
    })
}

/// An e-mail or web address: broken after its parts, never hyphenated.
pub(super) fn is_address(word: &str) -> bool {
    word.contains('@') || word.contains("://") || word.starts_with("www.")
}

fn starts_upper(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// Where a word may be broken, in order: byte offsets, and whether a
/// hyphen is added there.
fn break_candidates(word: &str, address: bool, syllables: bool) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = unicode_linebreak::linebreaks(word)
        .filter(|&(at, kind)| {
            at > 0 && at < word.len() && kind == unicode_linebreak::BreakOpportunity::Allowed
        })
        .map(|(at, _)| (at, false))
        .collect();
    if address {
        // anna.svensson@ | exempelstad. | example.se: never before the
        // last part of a domain.
        for (i, c) in word.char_indices() {
            let at = i + c.len_utf8();
            let last_dot = c == '.' && !word[at..].contains(['.', '/']);
            if at < word.len() && matches!(c, '@' | '/' | '.') && !last_dot {
                out.push((at, false));
            }
        }
    } else if syllables {
        // Each run of letters, by the Swedish hyphenation patterns.
        let mut start = None;
        for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
            match (c.is_alphabetic() && i < word.len(), start) {
                (true, None) => start = Some(i),
                (false, Some(from)) => {
                    let run = &word[from..i];
                    let mut at = from;
                    let syllables: Vec<&str> =
                        hypher::hyphenate(run, hypher::Lang::Swedish).collect();
                    for syllable in &syllables[..syllables.len().saturating_sub(1)] {
                        at += syllable.len();
                        out.push((at, true));
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
    // Every part keeps two letters or more.
    out.retain(|&(at, _)| word[at..].chars().count() >= 2);
    out.sort_unstable();
    out.dedup_by_key(|c| c.0);
    out
}

/// Where to break a word that is wider than `width`: after the last
/// `@ . - / _` that fits (so e-mail addresses and paths break sensibly), else
/// after as many characters as fit, and always after at least one.
pub(super) fn break_point(
    fonts: &Fonts,
    word: &str,
    width: f32,
    size: f32,
    weight: Weight,
) -> usize {
    let mut fits = 0;
    let mut soft = None;
    let mut w = 0.0;
    for (i, c) in word.char_indices() {
        w += fonts.width(c.encode_utf8(&mut [0; 4]), size, weight);
        if w > width && i > 0 {
            break;
        }
        fits = i + c.len_utf8();
        if "@.-/_".contains(c) && fits < word.len() {
            soft = Some(fits);
        }
    }
    match soft {
        Some(at) if at * 2 >= fits => at,
        _ => fits,
    }
}
