//! What may be shown of a child's identity outside the printed plan.
//!
//! A personnummer never appears in a message, a log line, a file name or
//! the PDF's metadata that sipplan makes, and every rule for what may be
//! shown is here: plan files are often named by the child's number
//! (`20150312-2382.ron`), so a path is masked before it is shown; a file
//! name made from a plan or a child never carries digits; a number that
//! could not be read is shown by its date only; the source lines shown
//! with a message hide the child's last four digits. (The PDF's title is
//! the template's, never the plan's content: `lib::finish`.)

use std::path::Path;

use crate::diagnostic::FieldPath;
use crate::source::Source;

/// The neutral name for a PDF whose plan's name cannot be used.
const NEUTRAL: &str = "sip-plan";

/// A path fit for a message: every run of 10 or 12 digits (with or without
/// a `-` or `+` before the last four) keeps its date and loses its last four
/// digits (`plans/20150312-2382.ron` → `plans/20150312-XXXX.ron`); the rest
/// of the path stays, so the user can still find the file.
pub fn shown_path(path: &Path) -> String {
    mask_numbers(&path.display().to_string())
}

/// A file's name for a list shown to others (`due --mask`): plan files are
/// often named after the child (`yusuf.ron`), so the name keeps only its
/// first letter (`y….ron`); the folder is shown as [`shown_path`] shows it.
pub fn masked_file_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    let first: String = stem.chars().take(1).collect();
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let name = format!("{first}…{extension}");
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) => format!("{}/{name}", shown_path(folder)),
        None => name,
    }
}

/// Masks any text that may hold a personal identity number: the first six
/// digits stay, everything after them becomes `XXXX`. Used where the number
/// could not be parsed and must still be shown to the user.
pub fn mask_text(text: &str) -> String {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let date: String = match digits.len() {
        12 | 11 => digits.chars().skip(2).take(6).collect(),
        _ => digits.chars().take(6).collect(),
    };
    format!("{date}-XXXX")
}

/// `plan.ron` → `plan`. A name that looks like it holds a personnummer (ten
/// digits or more) is not copied: the PDF gets a neutral name instead.
pub fn plan_stem(plan: &Path) -> String {
    let stem = plan
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let digits = stem.chars().filter(char::is_ascii_digit).count();
    if stem.is_empty() || digits >= 10 {
        NEUTRAL.to_owned()
    } else {
        stem
    }
}

/// A file name from the child's name: every letter kept as its nearest
/// Latin letters (`Ayşe Çelik` → `ayse-celik`, `Лена` → `lena`), words
/// joined by "-", and never a digit, so never a personnummer.
pub fn child_stem(name: &str) -> String {
    let latin = deunicode::deunicode_with_tofu(name, " ").to_lowercase();
    let mut out = String::new();
    for c in latin.chars() {
        if c.is_ascii_lowercase() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        NEUTRAL.to_owned()
    } else {
        out.to_owned()
    }
}

/// A plan's text for showing its lines on screen: the last four digits of
/// the child's number replaced by `X`. The same length as the original, so
/// every span still fits.
pub fn redacted_source(source: &Source) -> String {
    let mut bytes = source.text.clone().into_bytes();
    if let Some(span) = source.value_span(&FieldPath::from("child.id")) {
        let digits: Vec<usize> = span.filter(|&i| bytes[i].is_ascii_digit()).collect();
        if digits.len() >= 10 {
            for &i in &digits[digits.len() - 4..] {
                bytes[i] = b'X';
            }
        }
    }
    // Only ASCII digits were replaced by ASCII, so the text is still UTF-8.
    // Any other number that could be a personnummer (a guardian's, one
    // typed into a date or after a typo in `child`) loses its last four
    // too: the same length, so the spans still fit.
    mask_numbers(&String::from_utf8(bytes).unwrap_or_default())
}

/// The number in the browser form's field while the caseworker is not in
/// it: its last four digits as `XXXX` (`20160903-9845` → `20160903-XXXX`),
/// also while it is still being written. Text without four final digits is
/// shown as it is.
pub fn mask_last_four(text: &str) -> String {
    let trimmed = text.trim_end();
    let digits = trimmed
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    if digits < 4 {
        return text.to_owned();
    }
    // ASCII digits: four bytes.
    format!("{}XXXX", &trimmed[..trimmed.len() - 4])
}

/// [`shown_path`] for any text: a message, a line of a plan file. The
/// text keeps its length, character for character.
pub fn mask_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let tail = |at: usize| {
            chars.get(at).is_some_and(|c| *c == '-' || *c == '+')
                && chars[at + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count()
                    == 4
        };
        let (date, digits_after) = match run {
            10 | 12 => (run - 4, 4),
            6 | 8 if tail(i + run) => (run, 5),
            _ => (run, 0),
        };
        out.extend(&chars[i..i + date]);
        if digits_after == 5 {
            out.push(chars[i + run]);
        }
        if digits_after > 0 {
            out.push_str("XXXX");
        }
        i += date + digits_after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_shows_a_number_without_its_last_four_digits() {
        assert_eq!(mask_last_four("20160903-9845"), "20160903-XXXX");
        assert_eq!(mask_last_four("20160903-9845 "), "20160903-XXXX");
        assert_eq!(mask_last_four("2016090398"), "201609XXXX");
        assert_eq!(mask_last_four("2016"), "XXXX");
        assert_eq!(mask_last_four("20160903-98"), "20160903-98");
        assert_eq!(mask_last_four(""), "");
    }

    #[test]
    fn a_personnummer_in_a_path_loses_its_last_four_digits() {
        for (path, shown) in [
            ("plans/20150312-2382.ron", "plans/20150312-XXXX.ron"),
            ("plans/201503122382.ron", "plans/20150312XXXX.ron"),
            ("150312-2382.json", "150312-XXXX.json"),
            ("150312+2382.ron", "150312+XXXX.ron"),
            ("1503122382.ron", "150312XXXX.ron"),
        ] {
            assert_eq!(shown_path(Path::new(path)), shown);
        }
    }

    #[test]
    fn other_numbers_in_a_path_stay_so_the_file_can_be_found() {
        for path in [
            "/tmp/2026-plans/elsa.ron",
            "kommun/2026/vecka-47/plan-03.ron",
            "plan-v2.ron",
            "1234567.ron",
            "12345678901234.ron",
        ] {
            assert_eq!(shown_path(Path::new(path)), path);
        }
    }

    #[test]
    fn a_childs_name_keeps_its_letters() {
        assert_eq!(child_stem("Ayşe Çelik Sofía"), "ayse-celik-sofia");
        assert_eq!(child_stem("Åsa-Märta Öberg"), "asa-marta-oberg");
        assert_eq!(child_stem("Łukasz Nowak"), "lukasz-nowak");
        assert_eq!(child_stem("Лена Иванова"), "lena-ivanova");
        assert_eq!(child_stem("Elsa 20140517-9829"), "elsa");
        assert_eq!(child_stem("   "), "sip-plan");
    }

    #[test]
    fn a_plan_file_named_by_personnummer_gives_a_neutral_name() {
        assert_eq!(plan_stem(Path::new("20140517-9829.ron")), "sip-plan");
        assert_eq!(plan_stem(Path::new("elsa-2026.ron")), "elsa-2026");
    }

    #[test]
    fn a_number_that_could_not_be_read_shows_its_date_only() {
        assert_eq!(mask_text("20140517-9829"), "140517-XXXX");
        assert_eq!(mask_text("150312-2382"), "150312-XXXX");
        assert_eq!(mask_text("140517-98"), "140517-XXXX");
    }

    #[test]
    fn source_lines_hide_the_last_four_digits_of_every_number_like_a_personnummer() {
        let text = "(child: (name: \"Åsa\", id: Personnummer(\"20150312-2382\")), note: \"1234567890\", room: \"1234567\")";
        let source = Source::from_text("p.ron", text, crate::source::Format::Ron);
        let shown = redacted_source(&source);
        assert!(shown.contains("20150312-XXXX"), "{shown}");
        assert!(shown.contains("\"123456XXXX\""), "{shown}");
        assert!(shown.contains("\"1234567\""), "{shown}");
        assert_eq!(shown.len(), text.len());
    }
}
