//! One list of diagnostic codes (`sipplan::diagnostic::Code`): every code
//! the library can raise is a variant, with the severity it is raised with,
//! and the documentation lists exactly the same codes with the same
//! severities.

use std::collections::BTreeMap;

use sipplan::diagnostic::{Code, Severity};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Every code the library can raise, with its severity.
fn codes() -> BTreeMap<String, Severity> {
    Code::ALL
        .iter()
        .map(|c| (c.as_str().to_owned(), c.severity()))
        .collect()
}

#[test]
fn every_code_is_written_sip_and_three_digits_once() {
    let mut seen = std::collections::BTreeSet::new();
    for code in Code::ALL {
        let text = code.as_str();
        assert!(
            text.len() == 6
                && text.starts_with("SIP")
                && text[3..].bytes().all(|b| b.is_ascii_digit()),
            "{text}"
        );
        assert!(seen.insert(text), "{text} twice");
        assert_eq!(code.to_string(), text);
    }
    assert!(Code::ALL.len() > 50, "only {} codes", Code::ALL.len());
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
    assert_eq!(documented, codes());
}

/// A code nobody raises would be documented for nothing: each variant is
/// named somewhere in the library's source besides the list itself.
#[test]
fn every_code_is_raised_somewhere() {
    let mut source = String::new();
    let mut stack = vec![std::path::PathBuf::from(format!(
        "{}/src",
        env!("CARGO_MANIFEST_DIR")
    ))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("diagnostic.rs") {
            source.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
    for code in Code::ALL {
        let variant = format!("Code::{code:?}");
        assert!(source.contains(&variant), "{code} is never raised");
    }
}
