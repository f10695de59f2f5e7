//! One table of diagnostic codes (`sipplan::diagnostic::CODES`): every code
//! the source raises is in it with the severity it is raised with, and the
//! documentation lists exactly the same codes with the same severities.

use std::collections::BTreeMap;

use sipplan::diagnostic::{CODES, Severity};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Every `Diagnostic::error("SIPnnn"` and `Diagnostic::warning("SIPnnn"` in
/// the library's source (also where the call is split over lines).
fn raised() -> BTreeMap<String, Severity> {
    let mut out = BTreeMap::new();
    let dir = format!("{}/src", env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text: String = std::fs::read_to_string(&path)
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("");
        for (severity, call) in [
            (Severity::Error, "Diagnostic::error(\"SIP"),
            (Severity::Warning, "Diagnostic::warning(\"SIP"),
        ] {
            for (at, _) in text.match_indices(call) {
                let code = &text[at + call.len() - 3..at + call.len() + 3];
                out.insert(code.to_owned(), severity);
            }
        }
    }
    out
}

fn table() -> BTreeMap<&'static str, Severity> {
    CODES
        .iter()
        .map(|(code, severity, _)| (*code, *severity))
        .collect()
}

#[test]
fn every_code_raised_is_in_the_table_with_its_severity() {
    let table = table();
    let raised = raised();
    assert!(
        raised.len() > 50,
        "only {} codes found in the source",
        raised.len()
    );
    for (code, severity) in &raised {
        assert_eq!(table.get(code.as_str()), Some(severity), "{code}");
    }
}

#[test]
fn the_documentation_lists_the_same_codes_with_the_same_severities() {
    let mut documented = BTreeMap::new();
    for line in read("docs/plan-format.md").lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() >= 4 && cells[1].starts_with("SIP") && cells[1].len() == 6 {
            let severity = match cells[2] {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                other => panic!("{}: severity {other}", cells[1]),
            };
            documented.insert(cells[1].to_owned(), severity);
        }
    }
    for line in read("docs/templates.md").lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() >= 3 && cells[1].starts_with("SIP2") && cells[1].len() == 6 {
            documented.insert(cells[1].to_owned(), Severity::Error);
        }
    }
    let table: BTreeMap<String, Severity> = table()
        .into_iter()
        .map(|(c, s)| (c.to_owned(), s))
        .collect();
    assert_eq!(documented, table);
}
