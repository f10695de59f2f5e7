//! The archival, accessible PDF (PDF/A-2a, PDF/UA-1), checked without Java:
//! the structure tree and the marked content agree, every text is tagged or
//! an artifact, the tagged text reads in the plan's order, and the XMP
//! metadata parses and says what the Info dictionary says. veraPDF itself
//! runs in `tests/pdfa/validate.sh`.

use crate::common;

use std::collections::HashMap;

use common::{load_plan, print};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use sipplan::document::{Item, Kid, NodeId, Role, Structure, Tag};
use sipplan::render::{Options, Rendered, render_plan};
use sipplan::template::{NoFiles, Template, by_name, default_template};

fn template(id: &str) -> Template {
    by_name(id, &NoFiles).expect("built-in template")
}

/// The text of each element's content runs, read from the pages.
fn runs(rendered: &Rendered) -> HashMap<(NodeId, u32), String> {
    let mut runs: HashMap<(NodeId, u32), String> = HashMap::new();
    for page in &rendered.document.pages {
        let mut tag = Tag::Artifact;
        for item in &page.items {
            match item {
                Item::Tag(t) => tag = *t,
                Item::Text { text, .. } => {
                    if let Tag::Content { node, part } = tag {
                        let run = runs.entry((node, part)).or_default();
                        if !run.is_empty() && !text.starts_with(' ') {
                            run.push(' ');
                        }
                        run.push_str(text);
                    }
                }
                _ => {}
            }
        }
    }
    runs
}

/// The tagged text in reading order: the structure tree walked depth first.
fn reading_order(rendered: &Rendered) -> Vec<String> {
    fn walk(
        structure: &Structure,
        node: NodeId,
        runs: &HashMap<(NodeId, u32), String>,
        out: &mut Vec<String>,
    ) {
        for kid in &structure.node(node).kids {
            match kid {
                Kid::Node(child) => walk(structure, *child, runs, out),
                Kid::Content(part) => out.extend(runs.get(&(node, *part)).cloned()),
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &rendered.document.structure,
        Structure::ROOT,
        &runs(rendered),
        &mut out,
    );
    out
}

/// Where each of `expected` is first found in `text`, from the last one on.
fn assert_in_order(text: &str, expected: &[&str]) {
    let mut from = 0;
    for want in expected {
        match text[from..].find(want) {
            Some(at) => from += at + want.len(),
            None => panic!("`{want}` not found after byte {from} of the reading order:\n{text}"),
        }
    }
}

#[test]
fn the_tagged_text_reads_in_the_plans_order_with_a_broken_table_read_once() {
    let plan = load_plan("samples/full.ron");
    let rendered = render_plan(&plan, &default_template().unwrap(), Options::default());
    let read = reading_order(&rendered).join(" ");
    let mut expected = vec![
        "Samordnad individuell plan (SIP)",
        "Elsa Exempeldotter",
        "Barnet",
        "Vårdnadshavare och närstående",
        "Maria Exempeldotter",
        "Samtycke",
        "Mötet",
        "Barnets och familjens bild",
        "Behov och mål",
        "Insatser – vem gör vad och när",
    ];
    let actions: Vec<String> = plan
        .actions
        .iter()
        .map(|a| a.what.split_whitespace().next().unwrap().to_owned())
        .collect();
    expected.extend(actions.iter().map(String::as_str));
    expected.extend([
        "Ansvar för planen",
        "Uppföljning och avslut",
        "Underskrifter",
    ]);
    assert_in_order(&read, &expected);

    // The action table continues on page 2 under its header drawn again:
    // drawn twice, read once.
    let drawn = rendered
        .document
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| matches!(i, Item::Text { text, .. } if text == "Insats/åtgärd"))
        .count();
    assert_eq!(
        drawn, 2,
        "the sample's action table should break over the pages"
    );
    assert_eq!(read.matches("Insats/åtgärd").count(), 1, "{read}");
    // So is the page header, and the footer not at all.
    assert_eq!(read.matches("Sida 1 av 2").count(), 0);
    assert_eq!(read.matches("Upprättad:").count(), 1);
}

#[test]
fn every_item_is_tagged_or_an_artifact_and_every_element_is_drawn() {
    let plan = load_plan("samples/full.ron");
    for options in [
        Options::default(),
        Options {
            draft_mark: true,
            history: true,
            ..Options::default()
        },
    ] {
        let rendered = render_plan(&plan, &default_template().unwrap(), options);
        for (n, page) in rendered.document.pages.iter().enumerate() {
            assert!(
                matches!(page.items.first(), Some(Item::Tag(_))),
                "page {n} starts untagged"
            );
        }
        // Each content run of each element is drawn, once per part.
        let runs = runs(&rendered);
        for (i, node) in rendered.document.structure.nodes.iter().enumerate() {
            for kid in &node.kids {
                if let Kid::Content(part) = kid {
                    assert!(runs.contains_key(&(NodeId(i), *part)), "{node:?}");
                }
                if let Kid::Node(child) = kid {
                    assert_eq!(
                        rendered.document.structure.node(*child).parent,
                        Some(NodeId(i))
                    );
                }
            }
        }
    }
}

#[test]
fn tables_have_rows_of_equal_width_and_header_cells_and_checkboxes_read_as_their_state() {
    let plan = load_plan("samples/full.ron");
    let rendered = render_plan(&plan, &default_template().unwrap(), Options::default());
    let s = &rendered.document.structure;
    let tables: Vec<&sipplan::document::Node> =
        s.nodes.iter().filter(|n| n.role == Role::Table).collect();
    assert!(tables.len() >= 3, "guardians, participants, actions");
    for table in tables {
        let widths: Vec<usize> = table
            .kids
            .iter()
            .map(|kid| match kid {
                Kid::Node(row) => {
                    assert_eq!(s.node(*row).role, Role::TR);
                    s.node(*row)
                        .kids
                        .iter()
                        .map(|cell| match cell {
                            Kid::Node(c) => s.node(*c).col_span,
                            Kid::Content(_) => panic!("text straight in a row"),
                        })
                        .sum()
                }
                Kid::Content(_) => panic!("text straight in a table"),
            })
            .collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{widths:?}");
        let Kid::Node(first) = table.kids[0] else {
            unreachable!()
        };
        assert!(
            s.node(first)
                .kids
                .iter()
                .all(|k| matches!(k, Kid::Node(c) if s.node(*c).role == Role::TH))
        );
    }
    // Every checkbox, and nothing else, reads as its state.
    let mut states = Vec::new();
    for item in rendered.document.pages.iter().flat_map(|p| &p.items) {
        if let Item::Text { text, reads, .. } = item {
            match (text.as_str(), reads.as_deref()) {
                ("\u{2612}", Some(state)) => states.push(("☒", state)),
                ("\u{2610}", Some(state)) => states.push(("☐", state)),
                (_, None) => {}
                other => panic!("{other:?}"),
            }
        }
    }
    assert!(states.contains(&("☒", "kryssad")) && states.contains(&("☐", "inte kryssad")));
    assert!(
        states
            .iter()
            .all(|s| matches!(s, ("☒", "kryssad") | ("☐", "inte kryssad")))
    );

    // A list in a cell: "Behov:" then its items, each bullet and text apart.
    let items = s.nodes.iter().filter(|n| n.role == Role::LI).count();
    assert_eq!(
        items,
        plan.needs.len() + plan.goals.short_term.len(),
        "needs and goals"
    );
}

// ----- in the PDF -----

fn dict<'a>(doc: &'a Document, object: &'a Object) -> &'a Dictionary {
    match object {
        Object::Reference(id) => doc.get_dictionary(*id).expect("a dictionary"),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn text_string(object: &Object) -> String {
    lopdf::decode_text_string(object).expect("a text string")
}

/// Checks the marked content of every page against the parent tree and
/// the structure elements, and returns the XMP packet.
fn check_tagged_pdf(pdf: &[u8], lang: &str) -> String {
    let doc = Document::load_mem(pdf).expect("readable");
    let catalog = doc.catalog().unwrap();
    assert_eq!(text_string(catalog.get(b"Lang").unwrap()), lang);
    let mark_info = dict(&doc, catalog.get(b"MarkInfo").unwrap());
    assert_eq!(mark_info.get(b"Marked").unwrap(), &Object::Boolean(true));
    let viewer = dict(&doc, catalog.get(b"ViewerPreferences").unwrap());
    assert_eq!(
        viewer.get(b"DisplayDocTitle").unwrap(),
        &Object::Boolean(true)
    );
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    let intent = dict(&doc, &intents[0]);
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFA1");

    let tree_root = dict(&doc, catalog.get(b"StructTreeRoot").unwrap());
    let parent_tree = dict(&doc, tree_root.get(b"ParentTree").unwrap());
    let nums = parent_tree.get(b"Nums").unwrap().as_array().unwrap();
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    assert_eq!(nums.len(), 2 * pages.len());

    let mut spans = 0;
    for (n, page_id) in pages.iter().enumerate() {
        let page = doc.get_dictionary(*page_id).unwrap();
        let key = page.get(b"StructParents").unwrap().as_i64().unwrap();
        assert_eq!(nums[2 * n].as_i64().unwrap(), key);
        let owners = nums[2 * n + 1].as_array().unwrap();
        let content = Content::decode(&doc.get_page_content(*page_id)).unwrap();
        // Marked runs open now: `Some(mcid)` for tagged content, `None` for
        // an artifact or a checkbox's span inside tagged content.
        let mut open: Vec<(Vec<u8>, Option<i64>)> = Vec::new();
        let mut mcids = 0;
        for op in &content.operations {
            match op.operator.as_str() {
                "BMC" => open.push((op.operands[0].as_name().unwrap().to_vec(), None)),
                "BDC" if op.operands[0].as_name().unwrap() == b"Span" => {
                    // A checkbox read as its state, inside its element's run.
                    let properties = dict(&doc, &op.operands[1]);
                    let reads = text_string(properties.get(b"Alt").unwrap());
                    assert!(
                        ["kryssad", "inte kryssad", "checked", "not checked"]
                            .contains(&reads.as_str()),
                        "{reads}"
                    );
                    assert!(
                        matches!(open.as_slice(), [(_, Some(_))]),
                        "a span outside tagged content"
                    );
                    open.push((b"Span".to_vec(), None));
                    spans += 1;
                }
                "BDC" => {
                    let tag = op.operands[0].as_name().unwrap().to_vec();
                    let mcid = dict(&doc, &op.operands[1])
                        .get(b"MCID")
                        .unwrap()
                        .as_i64()
                        .unwrap();
                    assert_eq!(mcid, mcids, "MCIDs in order on page {n}");
                    mcids += 1;
                    // The element that owns this run names it in its K, with this page.
                    let owner_ref = owners[mcid as usize].as_reference().unwrap();
                    let owner = doc.get_dictionary(owner_ref).unwrap();
                    assert_eq!(owner.get(b"S").unwrap().as_name().unwrap(), tag.as_slice());
                    let kids = owner.get(b"K").unwrap().as_array().unwrap();
                    let named = kids.iter().any(|kid| match kid {
                        Object::Integer(i) => {
                            *i == mcid
                                && owner.get(b"Pg").unwrap().as_reference().unwrap() == *page_id
                        }
                        Object::Dictionary(mcr) => {
                            mcr.get(b"MCID").unwrap().as_i64().unwrap() == mcid
                                && mcr.get(b"Pg").unwrap().as_reference().unwrap() == *page_id
                        }
                        _ => false,
                    });
                    assert!(named, "MCID {mcid} on page {n} not in its element's K");
                    open.push((tag, Some(mcid)));
                }
                "EMC" => {
                    open.pop().expect("EMC closes a run");
                }
                "Tj" | "TJ" | "'" | "\"" | "Do" | "re" | "l" => {
                    let nested = matches!(open.last(), Some((tag, None)) if tag == b"Span");
                    assert_eq!(
                        open.len(),
                        1 + usize::from(nested),
                        "page {n}: {op:?} not in exactly one run"
                    );
                    let (tag, mcid) = &open[0];
                    assert!(
                        tag == b"Artifact" || mcid.is_some(),
                        "page {n}: {op:?} neither tagged nor an artifact"
                    );
                }
                _ => {}
            }
        }
        assert!(open.is_empty(), "page {n} ends inside a run");
        assert_eq!(owners.len() as i64, mcids, "parent tree of page {n}");
    }

    assert!(spans > 0, "every kind of plan has checkboxes");

    let metadata = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let stream = doc.get_object(metadata).unwrap().as_stream().unwrap();
    assert!(
        stream.dict.get(b"Filter").is_err(),
        "the XMP is not compressed"
    );
    String::from_utf8(stream.content.clone()).expect("XMP is UTF-8")
}

/// One property of the XMP by namespace and name.
fn xmp_value(xmp: &roxmltree::Document, namespace: &str, name: &str) -> String {
    let node = xmp
        .descendants()
        .find(|n| n.tag_name().namespace() == Some(namespace) && n.tag_name().name() == name)
        .unwrap_or_else(|| panic!("no {name} in the XMP"));
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<String>()
        .trim()
        .to_owned()
}

#[test]
fn the_pdf_is_tagged_and_its_xmp_says_what_the_info_says_and_nothing_about_the_child() {
    let plan = load_plan("samples/full.ron");
    let printed = print(&plan, Options::default());
    let xmp_text = check_tagged_pdf(&printed.pdf, "sv");
    let xmp = roxmltree::Document::parse(&xmp_text).expect("the XMP parses");

    const PDFAID: &str = "http://www.aiim.org/pdfa/ns/id/";
    assert_eq!(xmp_value(&xmp, PDFAID, "part"), "2");
    assert_eq!(xmp_value(&xmp, PDFAID, "conformance"), "A");
    assert_eq!(
        xmp_value(&xmp, "http://www.aiim.org/pdfua/ns/id/", "part"),
        "1"
    );

    let doc = Document::load_mem(&printed.pdf).unwrap();
    let info = dict(&doc, doc.trailer.get(b"Info").unwrap());
    let title = text_string(info.get(b"Title").unwrap());
    assert_eq!(title, "Samordnad individuell plan (SIP) – barn och unga");
    assert_eq!(
        xmp_value(&xmp, "http://purl.org/dc/elements/1.1/", "title"),
        title
    );
    assert_eq!(
        xmp_value(&xmp, "http://purl.org/dc/elements/1.1/", "language"),
        "sv"
    );
    const XMP: &str = "http://ns.adobe.com/xap/1.0/";
    assert_eq!(
        xmp_value(&xmp, XMP, "CreatorTool"),
        text_string(info.get(b"Creator").unwrap())
    );
    // D:20260101000000+00'00' and 2026-01-01T00:00:00+00:00 are the same time.
    assert_eq!(
        text_string(info.get(b"CreationDate").unwrap()),
        "D:20260101000000+00'00'"
    );
    assert_eq!(
        xmp_value(&xmp, XMP, "CreateDate"),
        "2026-01-01T00:00:00+00:00"
    );
    assert_eq!(
        xmp_value(&xmp, XMP, "ModifyDate"),
        "2026-01-01T00:00:00+00:00"
    );

    // Never the child: not the number (in any form), not the name.
    let number = "20140517-9829".to_owned();
    let sample = std::fs::read_to_string(common::root().join("samples/full.ron")).unwrap();
    assert!(sample.contains(&number));
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let info_text = format!("{info:?}");
    for needle in [
        number.as_str(),
        &digits,
        &digits[2..],
        plan.child.name.as_str(),
    ] {
        assert!(!xmp_text.contains(needle), "{needle} in the XMP");
        assert!(!info_text.contains(needle), "{needle} in the Info");
    }
}

#[test]
fn every_kind_of_pdf_is_tagged_in_its_templates_language() {
    let plan = load_plan("samples/full.ron");
    let en = template("en");
    let printed = sipplan::print_plan(&plan, &en, Options::default(), Some(0)).unwrap();
    check_tagged_pdf(&printed.pdf, "en");
    let blank = sipplan::print_blank(
        &default_template().unwrap(),
        Options::default(),
        Some(0),
        None,
    )
    .unwrap();
    check_tagged_pdf(&blank.pdf, "sv");
    let draft = print(
        &plan,
        Options {
            draft_mark: true,
            history: true,
            ..Options::default()
        },
    );
    check_tagged_pdf(&draft.pdf, "sv");
}

#[test]
fn the_family_copy_is_a_section_in_its_own_language_read_after_the_original() {
    let plan = load_plan("samples/full.ron");
    let rendered = sipplan::render::render_for_family(
        &plan,
        &default_template().unwrap(),
        &template("en"),
        Options::default(),
    );
    let read = reading_order(&rendered).join(" ");
    assert_in_order(
        &read,
        &[
            "Samordnad individuell plan (SIP)",
            "Underskrifter",
            "Coordinated individual plan (SIP)",
            "Copy for the family",
            "The child",
            "Signatures",
        ],
    );
    let s = &rendered.document.structure;
    let sections: Vec<_> = s.nodes.iter().filter(|n| n.role == Role::Sect).collect();
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0].lang.as_deref(), Some("en"));
    assert_eq!(sections[0].parent, Some(Structure::ROOT));

    let printed = sipplan::print_plan_for_family(
        &plan,
        &default_template().unwrap(),
        &template("en"),
        Options::default(),
        Some(0),
    )
    .unwrap();
    check_tagged_pdf(&printed.pdf, "sv");
    let doc = Document::load_mem(&printed.pdf).unwrap();
    let english = doc.objects.values().any(|o| {
        matches!(o, Object::Dictionary(d)
            if d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Sect".as_slice())
            && d.get(b"Lang").ok().map(text_string).as_deref() == Some("en"))
    });
    assert!(english, "the copy's section says it is English");
}
