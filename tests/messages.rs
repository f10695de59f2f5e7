//! The message catalogues (`messages/*.ftl`): every language has every
//! message, with the same placeholders, and every message the code names
//! exists with exactly the arguments the code gives it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use sipplan::message::{CATALOGUES, Lang};

/// A catalogue's messages: id → the placeholders its text uses.
fn entries(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let continued = line.starts_with(' ') || line.starts_with('}');
        if !continued {
            let (id, _) = line.split_once(" =").expect("an entry is `id = text`");
            assert!(
                out.insert(id.to_owned(), BTreeSet::new()).is_none(),
                "{id} twice"
            );
            current = Some(id.to_owned());
        }
        let id = current.clone().expect("a continued line follows an entry");
        let uses = out.get_mut(&id).expect("entry");
        for part in line.split("$").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            uses.insert(name);
        }
    }
    out
}

fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let (_, text) = CATALOGUES
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("a catalogue for every language");
    entries(text)
}

#[test]
fn every_catalogue_parses_without_an_error() {
    for (lang, text) in CATALOGUES {
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            panic!("{}: {errors:?}", lang.code());
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let swedish = catalogue(Lang::Sv);
    assert!(swedish.len() > 300, "{}", swedish.len());
    for lang in Lang::ALL {
        let other = catalogue(lang);
        let ids = |c: &BTreeMap<String, _>| c.keys().cloned().collect::<BTreeSet<_>>();
        assert_eq!(ids(&other), ids(&swedish), "{}", lang.code());
        for (id, uses) in &swedish {
            assert_eq!(
                &other[id],
                uses,
                "{} uses other placeholders in {id}",
                lang.code()
            );
        }
    }
}

#[test]
fn every_message_formats_without_an_error_in_every_language() {
    for (lang, text) in CATALOGUES {
        let resource = FluentResource::try_new(text.to_string()).expect("parses");
        let mut bundle = FluentBundle::new(vec![lang.code().parse().expect("language id")]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no id twice");
        for (id, uses) in catalogue(*lang) {
            let mut args = FluentArgs::new();
            for name in &uses {
                args.set(name.clone(), FluentValue::from(2));
            }
            let pattern = bundle
                .get_message(&id)
                .and_then(|m| m.value())
                .expect("a value");
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.code());
            assert!(!text.trim().is_empty() || uses.is_empty(), "{id} is empty");
        }
    }
}

/// Every Rust file under `src/`: its path and its text.
fn source_files() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src"), root.join("web/src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            found.push((path.display().to_string(), text));
        }
    }
    found
}

/// Every `msg!("id", name = …)` in the source: the id and the names given.
fn uses_in_code() -> Vec<(String, String, BTreeSet<String>)> {
    let mut found = Vec::new();
    for (place, text) in source_files() {
        for (start, _) in text.match_indices("msg!(") {
            let body = &text[start + 5..];
            // To the closing parenthesis of the macro.
            let mut depth = 1;
            let mut end = 0;
            let mut names = BTreeSet::new();
            let mut in_string = false;
            for (i, c) in body.char_indices() {
                match c {
                    '"' => in_string = !in_string,
                    '(' | '[' | '{' if !in_string => depth += 1,
                    ')' | ']' | '}' if !in_string => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    ',' if !in_string && depth == 1 => {
                        let rest = body[i + 1..].trim_start();
                        let name: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        if rest[name.len()..].trim_start().starts_with('=') && !name.is_empty() {
                            names.insert(name);
                        }
                    }
                    _ => {}
                }
            }
            let inside = &body[..end];
            let Some(id) = inside
                .trim_start()
                .strip_prefix('"')
                .and_then(|s| s.split('"').next())
            else {
                continue; // the macro's own definition
            };
            found.push((place.clone(), id.to_owned(), names));
        }
    }
    found
}

#[test]
fn every_message_the_code_names_exists_with_the_arguments_it_is_given() {
    let swedish = catalogue(Lang::Sv);
    let uses = uses_in_code();
    assert!(uses.len() > 250, "{}", uses.len());
    for (place, id, given) in uses {
        let Some(wanted) = swedish.get(&id) else {
            panic!("{place}: no message `{id}` in the catalogue");
        };
        assert_eq!(
            &given, wanted,
            "{place}: `{id}` is given other arguments than it uses"
        );
    }
}

#[test]
fn every_message_in_the_catalogue_is_used_by_the_code() {
    let source: String = source_files().into_iter().map(|(_, text)| text).collect();
    for id in catalogue(Lang::Sv).keys() {
        // Help texts and value names are looked up by names the command
        // line makes (`help-render-force`); a test in the CLI checks them.
        if id.starts_with("help-") || id.starts_with("value-") {
            continue;
        }
        assert!(source.contains(&format!("\"{id}\"")), "`{id}` is not used");
    }
}

#[test]
fn swedish_is_written_as_a_swedish_caseworker_writes_it() {
    let files = |n: usize| Lang::Sv.text(&sipplan::msg!("stats-not-counted", count = n));
    assert!(files(1).starts_with("1 planfil räknades inte"));
    assert!(files(2).starts_with("2 planfiler räknades inte"));
    assert_eq!(Lang::Sv.decimal(9.5, 1), "9,5");
    let said = Lang::Sv.text(&sipplan::msg!(
        "report-invalid",
        errors = 1usize,
        warnings = 2usize
    ));
    assert_eq!(said, "inte giltig: 1 fel, 2 varningar");
    let said = Lang::En.text(&sipplan::msg!(
        "report-invalid",
        errors = 1usize,
        warnings = 2usize
    ));
    assert_eq!(said, "not valid: 1 error, 2 warnings");
}
