//! Where a word too long for the rest of a line may be broken: Swedish
//! hyphenation, Unicode line breaking, and the parts of an address.

use super::compounds::joints;
use crate::document::Hyphenation;
use crate::font::{Fonts, Weight};

/// Printed where a word is hyphenated at a line end: a soft hyphen, which
/// the font draws as a hyphen and text extraction can tell from one that is
/// part of the word.
pub(super) const SOFT_HYPHEN: &str = "\u{AD}";

/// The longest first part of `word` that fits in `room` when broken where
/// Swedish allows: after a hyphen, slash or dash (Unicode line breaking),
/// inside an address after `@`, `/` or a dot that is not the last, or
/// between syllables (by the language's hyphenation patterns, adding a
/// hyphen; in Swedish at a compound's joint rather than one or two letters
/// beside it, `sömn-utredning`, never `söm-nutredning`). A name is
/// hyphenated only when `forced` (it is longer than a whole line). Each part
/// keeps at least two letters. The cut and whether a hyphen is added.
pub(super) fn best_cut(
    word: &str,
    (address, hyphenation): (bool, Hyphenation),
    room: f32,
    forced: bool,
    width: impl Fn(&str) -> f32,
) -> Option<(usize, bool)> {
    let syllables = forced || !starts_upper(word);
    let candidates = break_candidates(word, address, syllables.then_some(hyphenation));
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
fn break_candidates(
    word: &str,
    address: bool,
    syllables: Option<Hyphenation>,
) -> Vec<(usize, bool)> {
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
    } else if let Some(hyphenation) = syllables {
        // Each run of letters, by the language's hyphenation patterns.
        let mut start = None;
        for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
            match (c.is_alphabetic() && i < word.len(), start) {
                (true, None) => start = Some(i),
                (false, Some(from)) => {
                    out.extend(
                        syllable_breaks(&word[from..i], hyphenation)
                            .into_iter()
                            .map(|at| (from + at, true)),
                    );
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

/// Where a run of letters may be hyphenated, as byte offsets in it: between
/// syllables by the language's patterns; in Swedish also at a compound's
/// joints and never one or two letters beside one.
fn syllable_breaks(run: &str, hyphenation: Hyphenation) -> Vec<usize> {
    // The plan's own words are Swedish whatever the template's language:
    // a word with å, ä or ö is hyphenated as Swedish on any page.
    let hyphenation = match run.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) {
        true => Hyphenation::Swedish,
        false => hyphenation,
    };
    let patterns = |lang| -> Vec<usize> {
        let syllables: Vec<&str> = hypher::hyphenate(run, lang).collect();
        let mut at = 0;
        syllables[..syllables.len().saturating_sub(1)]
            .iter()
            .map(|syllable| {
                at += syllable.len();
                at
            })
            .collect()
    };
    let mut breaks = match hyphenation {
        Hyphenation::Swedish => patterns(hypher::Lang::Swedish),
        // An English page's words may be the template's English or the
        // plan's Swedish: broken only where both languages allow
        // (`responsi-bility`, and `dygnsrytm` not as `dygn-srytm`).
        Hyphenation::English => {
            let swedish = patterns(hypher::Lang::Swedish);
            let mut english = patterns(hypher::Lang::English);
            english.retain(|at| swedish.contains(at));
            return english;
        }
        Hyphenation::None => return Vec::new(),
    };
    let joints = joints(run);
    if joints.is_empty() {
        return breaks;
    }
    let offsets: Vec<usize> = run.char_indices().map(|(i, _)| i).collect();
    let letter = |byte: usize| offsets.partition_point(|&i| i < byte);
    breaks.retain(|&at| {
        let at = letter(at);
        joints
            .iter()
            .all(|&joint| at == joint || at.abs_diff(joint) > 2)
    });
    // A joint is a break of its own where both sides are words of their
    // own (four letters or more: not `barn-ord`).
    breaks.extend(
        joints
            .iter()
            .filter(|&&joint| joint >= 4 && offsets.len() - joint >= 4)
            .filter_map(|&joint| offsets.get(joint).copied()),
    );
    breaks.sort_unstable();
    breaks.dedup();
    breaks
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The test list: compounds with their joints marked `|`.
    fn compounds() -> Vec<(String, Vec<usize>)> {
        include_str!("../../tests/data/compounds-sv.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|line| {
                let mut joints = Vec::new();
                let mut at = 0;
                for part in line.split('|') {
                    at += part.chars().count();
                    joints.push(at);
                }
                joints.pop();
                (line.replace('|', ""), joints)
            })
            .collect()
    }

    #[test]
    fn no_compound_of_the_list_is_hyphenated_beside_a_joint() {
        let list = compounds();
        assert!(list.len() >= 300, "{} compounds", list.len());
        let mut wrong = Vec::new();
        for (word, marked) in &list {
            let found = joints(word);
            let offsets: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
            let breaks: Vec<usize> = syllable_breaks(word, Hyphenation::Swedish)
                .into_iter()
                .map(|at| offsets.partition_point(|&i| i < at))
                .collect();
            let beside = breaks
                .iter()
                .any(|at| marked.iter().any(|j| at != j && at.abs_diff(*j) <= 2));
            if beside || !marked.iter().all(|j| found.contains(j)) {
                let shown: String = word
                    .chars()
                    .enumerate()
                    .flat_map(|(i, c)| [breaks.contains(&i).then_some('-'), Some(c)])
                    .flatten()
                    .collect();
                wrong.push(format!("{shown} (joints {found:?}, want {marked:?})"));
            }
        }
        assert!(
            wrong.is_empty(),
            "{} wrong:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn the_breaks_a_swedish_reader_stumbled_on_are_gone() {
        for (word, bad) in [
            ("sömnutredning", "söm"),
            ("sekretessprövning", "sekretes"),
            ("rastaktiviteter", "ras"),
            ("blindtarmsoperationen", "blindtarm"),
            ("datoranvändarens", "dato"),
            ("minnesanteckningsbok", "minne"),
            ("nationalekonomins", "nationa"),
            ("debattartikelns", "debattar"),
            ("skådespelarinsatserna", "skådespelarin"),
        ] {
            let breaks = syllable_breaks(word, Hyphenation::Swedish);
            assert!(!breaks.contains(&bad.len()), "{word}: {bad}-");
        }
    }

    #[test]
    fn each_language_is_hyphenated_by_its_own_patterns() {
        let broken = |word: &str, h| -> Vec<String> {
            let mut from = 0;
            let mut parts: Vec<String> = syllable_breaks(word, h)
                .into_iter()
                .map(|at| {
                    let part = word[from..at].to_owned();
                    from = at;
                    part
                })
                .collect();
            parts.push(word[from..].to_owned());
            parts
        };
        // Not "responsibi-lity", as Swedish patterns break it.
        let at = |h| syllable_breaks("responsibility", h);
        assert!(at(Hyphenation::Swedish).contains(&"responsibi".len()));
        assert!(!at(Hyphenation::English).contains(&"responsibi".len()));
        assert!(at(Hyphenation::English).contains(&"responsi".len()));
        // Swedish words on an English page: not "dygn-srytm".
        assert!(!syllable_breaks("dygnsrytm", Hyphenation::English).contains(&4));
        // Somali has no patterns: "qorshe-eyey" is not broken at all.
        assert_eq!(broken("qorsheeyey", Hyphenation::None), ["qorsheeyey"]);
    }
}
