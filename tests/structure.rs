//! The code's shape, as docs/architecture.md describes it:
//! imports run downward (each module uses only modules of its own layer or
//! below, and no files import each other in a circle, neither among the
//! library's modules nor among the files of a folder), no source file is
//! over 800 lines before its tests, and no function is over 120 lines.
//!
//! Read from the source text: every `crate::` and `super::` path (also
//! inside `use` groups) and every child module named from its parent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The library's top-level modules, each in its layer, lowest first: a
/// module may use modules of its own layer or a lower one, never a higher.
const LAYERS: &[&[&str]] = &[
    // The base: text with positions, messages, masking, images, fonts.
    &[
        "message",
        "diagnostic",
        "suggest",
        "source",
        "scan",
        "sniff",
        "decode",
        "privacy",
        "edit",
        "image",
        "font",
        "direction",
    ],
    // The model.
    &["field", "birth", "personnummer", "plan"],
    // Templates and their printed words.
    &["labels", "template", "printed", "form", "place"],
    // Reading, checking, revising, counting, naming files.
    &[
        "load",
        "draft",
        "validate",
        "lix",
        "due",
        "deidentify",
        "followup",
        "ron_file",
        "record",
        "stats",
        "output",
    ],
    // The laid-out document, which the PDF writer alone reads.
    &["document"],
    &["pdf"],
    &["layout"],
    // The documents: what goes on the pages.
    &["render"],
    &["print", "schema"],
    // The one entry point.
    &["pipeline"],
];

const MAX_FILE_LINES: usize = 800;
const MAX_FN_LINES: usize = 120;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The text of a file with comments, strings and characters blanked out
/// (lines kept), and cut where its unit tests begin.
fn code_of(text: &str) -> String {
    // The unit tests are the `#[cfg(test)] mod …` at the end; a test-only
    // helper before it still counts.
    let cut = text
        .match_indices("#[cfg(test)]")
        .find(|(at, attr)| text[at + attr.len()..].trim_start().starts_with("mod "))
        .map_or(text.len(), |(at, _)| at);
    let text = &text[..cut];
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let keep_lines = |slice: &[u8], out: &mut String| {
        for &b in slice {
            out.push(if b == b'\n' { '\n' } else { ' ' });
        }
    };
    while i < bytes.len() {
        let rest = &bytes[i..];
        let end = if rest.starts_with(b"//") {
            rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
        } else if rest.starts_with(b"/*") {
            rest.windows(2)
                .position(|w| w == b"*/")
                .map_or(rest.len(), |p| p + 2)
        } else if rest.starts_with(b"r#\"") || rest.starts_with(b"r\"") {
            let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            let body = 2 + hashes;
            rest[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(rest.len(), |p| body + p + close.len())
        } else if rest[0] == b'"' {
            let mut j = 1;
            while j < rest.len() && rest[j] != b'"' {
                j += if rest[j] == b'\\' { 2 } else { 1 };
            }
            (j + 1).min(rest.len())
        } else if rest[0] == b'\'' {
            // A character literal, not a lifetime.
            let literal = match rest.get(1) {
                Some(b'\\') => rest[2..].iter().position(|&b| b == b'\'').map(|p| p + 3),
                Some(_) => {
                    let width = text[i + 1..].chars().next().map_or(1, char::len_utf8);
                    (rest.get(1 + width) == Some(&b'\'')).then_some(2 + width)
                }
                None => None,
            };
            literal.unwrap_or(0)
        } else {
            0
        };
        if end == 0 {
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        } else {
            keep_lines(&rest[..end], &mut out);
            i += end;
        }
    }
    out
}

/// A module's name from its file: `render/mod.rs` → `render`,
/// `render/page.rs` → `render/page`.
fn module_of(file: &Path, base: &Path) -> String {
    let rel = file.strip_prefix(base).unwrap().with_extension("");
    let rel = rel.to_string_lossy().replace('\\', "/");
    rel.strip_suffix("/mod").map(str::to_owned).unwrap_or(rel)
}

/// The files of a crate's source folder and the modules each one uses.
fn imports(base: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files: BTreeMap<String, String> = rust_files(base)
        .into_iter()
        .map(|f| {
            (
                module_of(&f, base),
                code_of(&std::fs::read_to_string(&f).unwrap()),
            )
        })
        .collect();
    let known: BTreeSet<&str> = files.keys().map(String::as_str).collect();
    // The longest module that a path names.
    let resolve = |start: &[&str], path: &[&str]| -> Option<String> {
        (1..=path.len()).rev().find_map(|n| {
            let candidate: Vec<&str> = start.iter().chain(&path[..n]).copied().collect();
            let candidate = candidate.join("/");
            known.contains(candidate.as_str()).then_some(candidate)
        })
    };
    let mut out = BTreeMap::new();
    for (module, code) in &files {
        let own: Vec<&str> = module.split('/').collect();
        // `x/mod.rs`, or `x.rs` beside a folder `x/`, names its children.
        let is_folder = base.join(module).is_dir() || module == "lib";
        let parent: Vec<&str> = own[..own.len() - 1].to_vec();
        let mut used = BTreeSet::new();
        for (prefix, start) in [("crate::", Vec::new()), ("super::", parent.clone())] {
            for (at, _) in code.match_indices(prefix) {
                if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue;
                }
                let rest = &code[at + prefix.len()..];
                for path in paths_after(rest) {
                    let segments: Vec<&str> = path.split("::").collect();
                    match resolve(&start, &segments) {
                        Some(target) => used.insert(target),
                        // `super::X` where X is an item of the parent module.
                        None if !start.is_empty() => used.insert(start.join("/")),
                        None => false,
                    };
                }
            }
        }
        // A folder's own children, named as `child::…`.
        if is_folder {
            let own_start: Vec<&str> = if module == "lib" {
                Vec::new()
            } else {
                own.clone()
            };
            for word in code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
                if let Some((first, _)) = word.split_once("::")
                    && !word.starts_with("crate::")
                    && let Some(target) = resolve(&own_start, &[first])
                {
                    used.insert(target);
                }
            }
        }
        used.remove(module);
        out.insert(module.clone(), used);
    }
    out
}

/// The paths a `crate::`/`super::` prefix is followed by: one, or each of
/// a `use` group's (`{a, b::{c, d}}`).
fn paths_after(rest: &str) -> Vec<String> {
    fn ident_path(s: &str) -> &str {
        let end = s
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(s.len());
        s[..end].trim_end_matches(':')
    }
    let path = ident_path(rest);
    let after = &rest[path.len()..];
    let group = after
        .strip_prefix("::{")
        .or_else(|| (path.is_empty()).then(|| rest.strip_prefix('{')).flatten());
    let Some(group) = group else {
        return vec![path.to_owned()];
    };
    let mut depth = 1;
    let mut end = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            end = i;
            break;
        }
    }
    let head = if path.is_empty() {
        String::new()
    } else {
        format!("{path}::")
    };
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    let inner = &group[..end];
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(inner[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(inner[start..].trim());
    out.into_iter()
        .filter(|p| !p.is_empty() && *p != "self")
        .flat_map(|p| {
            paths_after(p)
                .into_iter()
                .map(|q| format!("{head}{q}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The circles in a graph, each as its members.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components, iteratively.
    let nodes: Vec<&String> = graph.keys().collect();
    let index_of: BTreeMap<&String, usize> =
        nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let n = nodes.len();
    let (mut index, mut low, mut on) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut next, mut out) = (Vec::new(), 0, Vec::new());
    for start in 0..n {
        if index[start] != usize::MAX {
            continue;
        }
        let mut work = vec![(start, 0usize)];
        while let Some((v, child)) = work.pop() {
            if child == 0 {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on[v] = true;
            }
            let targets: Vec<usize> = graph[nodes[v]]
                .iter()
                .filter_map(|t| index_of.get(t).copied())
                .collect();
            if let Some(&w) = targets.get(child) {
                work.push((v, child + 1));
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on[w] = false;
                    component.push(nodes[w].clone());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    out.push(component);
                }
            }
        }
    }
    out
}

fn top(module: &str) -> &str {
    module.split('/').next().unwrap_or(module)
}

#[test]
fn every_module_uses_only_its_own_layer_or_lower_ones() {
    let graph = imports(&root().join("src"));
    let layer = |module: &str| LAYERS.iter().position(|l| l.contains(&top(module)));
    let mut wrong = Vec::new();
    for (module, used) in &graph {
        if matches!(top(module), "lib" | "main" | "cli") {
            continue;
        }
        let Some(own) = layer(module) else {
            wrong.push(format!("{module} is in no layer of tests/structure.rs"));
            continue;
        };
        for target in used {
            if matches!(top(target), "lib" | "main" | "cli") {
                wrong.push(format!("{module} uses {target}"));
            } else if layer(target).is_some_and(|l| l > own) {
                wrong.push(format!("{module} uses {target}, a higher layer"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    for base in [root().join("src"), root().join("web/src")] {
        let graph = imports(&base);
        // The library's modules, each folder as one module.
        let mut modules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (module, used) in &graph {
            let entry = modules.entry(top(module).to_owned()).or_default();
            entry.extend(
                used.iter()
                    .map(|u| top(u).to_owned())
                    .filter(|u| u != top(module)),
            );
        }
        let circles = cycles(&modules);
        assert!(circles.is_empty(), "{}: {circles:?}", base.display());
        // The files of each folder among themselves.
        let folders: BTreeSet<String> = graph
            .keys()
            .filter_map(|m| m.rsplit_once('/').map(|(f, _)| f.to_owned()))
            .collect();
        for folder in folders {
            let inside =
                |m: &str| m == folder || m.rsplit_once('/').is_some_and(|(f, _)| f == folder);
            let files: BTreeMap<String, BTreeSet<String>> = graph
                .iter()
                .filter(|(m, _)| inside(m))
                .map(|(m, used)| {
                    (
                        m.clone(),
                        used.iter().filter(|u| inside(u)).cloned().collect(),
                    )
                })
                .collect();
            let circles = cycles(&files);
            assert!(circles.is_empty(), "in {folder}/: {circles:?}");
        }
    }
}

#[test]
fn no_source_file_is_over_800_lines_before_its_tests() {
    let mut long = Vec::new();
    for base in [root().join("src"), root().join("web/src")] {
        for file in rust_files(&base) {
            let text = std::fs::read_to_string(&file).unwrap();
            let lines = code_of(&text).lines().count();
            if lines > MAX_FILE_LINES {
                long.push(format!("{}: {lines} lines", file.display()));
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn no_function_is_over_120_lines() {
    let mut long = Vec::new();
    for base in [root().join("src"), root().join("web/src")] {
        for file in rust_files(&base) {
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            let lines: Vec<&str> = code.lines().collect();
            for (start, line) in lines.iter().enumerate() {
                let Some(name) = fn_name(line) else { continue };
                let length = body_lines(&lines[start..]);
                if length > MAX_FN_LINES {
                    long.push(format!(
                        "{}:{}: {name}, {length} lines",
                        file.display(),
                        start + 1
                    ));
                }
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// The name of the function a line starts, if it does.
fn fn_name(line: &str) -> Option<&str> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "fn")?;
    let before_ok = words[..at].iter().all(|w| {
        matches!(*w, "pub" | "const" | "async" | "unsafe" | "extern") || w.starts_with("pub(")
    });
    let name = words.get(at + 1)?;
    let name = name.split(['(', '<']).next()?;
    (before_ok && !name.is_empty()).then_some(name)
}

/// How many lines a function takes, from its first line to its closing
/// brace; 0 for one without a body.
fn body_lines(lines: &[&str]) -> usize {
    let mut depth = 0i32;
    let mut opened = false;
    for (i, line) in lines.iter().enumerate() {
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => depth -= 1,
                ';' if !opened && depth == 0 => return 0,
                _ => {}
            }
            if opened && depth == 0 {
                return i + 1;
            }
        }
    }
    lines.len()
}

#[test]
fn the_structure_checks_see_what_they_check() {
    // A circle, a use group and an item of a parent are all found.
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_owned(), ["b".to_owned()].into()),
        ("b".to_owned(), ["a".to_owned()].into()),
        ("c".to_owned(), BTreeSet::new()),
    ]
    .into();
    assert_eq!(cycles(&graph), vec![vec!["a".to_owned(), "b".to_owned()]]);
    assert_eq!(
        paths_after("{plan::{Plan, Action}, load};"),
        vec!["plan::Plan", "plan::Action", "load"]
    );
    assert_eq!(paths_after("layout::Block;"), vec!["layout::Block"]);
    let code = code_of("fn a() { let s = \"}\"; let c = '}'; // }\n}\nfn b<'x>(y: &'x str) {}\n");
    let lines: Vec<&str> = code.lines().collect();
    assert_eq!(body_lines(&lines), 2);
    assert_eq!(fn_name(lines[2]), Some("b"));
    // The library as it is: the layers hold every module but the root's.
    let modules: BTreeSet<String> = imports(&root().join("src"))
        .keys()
        .map(|m| top(m).to_owned())
        .collect();
    assert!(
        modules.contains("pipeline") && modules.contains("plan"),
        "{modules:?}"
    );
}
