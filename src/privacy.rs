//! What may be shown of a child's identity outside the printed plan.
//!
//! A personnummer never appears in a message, a log line or a file name
//! that sipplan makes. Plan files are often named by the child's number
//! (`20150312-2382.ron`), so a path is masked before it is shown.

use std::path::Path;

/// A path fit for a message: every run of 10 or 12 digits (with or without
/// a `-` or `+` before the last four) keeps its date and loses its last four
/// digits (`plans/20150312-2382.ron` → `plans/20150312-XXXX.ron`); the rest
/// of the path stays, so the user can still find the file.
pub fn shown_path(path: &Path) -> String {
    mask_numbers(&path.display().to_string())
}

/// [`shown_path`] for any text.
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
}
