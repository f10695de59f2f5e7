//! What makes the PDF archival (PDF/A-2a) and accessible (PDF/UA-1), added
//! with lopdf after printpdf has written the pages: the structure tree with
//! its parent tree, the document language, the window title, the XMP
//! metadata and the sRGB output intent.
//!
//! The XMP holds the title, the program, the dates and the conformance
//! claims, never anything about the child: the title is the template's
//! document title, and the ids are derived from the document id.

use std::collections::HashMap;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use printpdf::OffsetDateTime;

use super::Metadata;
use crate::render::frame::{Kid, NodeId, Role, Structure};

/// The sRGB profile of the output intent (456 bytes, CC0; see
/// `assets/icc/README.md`).
const SRGB_ICC: &[u8] = include_bytes!("../../assets/icc/sRGB-v2-micro.icc");

/// The name of a role in the PDF's standard structure types.
pub(super) fn role_name(role: Role) -> &'static str {
    match role {
        Role::Document => "Document",
        Role::H1 => "H1",
        Role::H2 => "H2",
        Role::H3 => "H3",
        Role::P => "P",
        Role::L => "L",
        Role::LI => "LI",
        Role::Lbl => "Lbl",
        Role::LBody => "LBody",
        Role::Table => "Table",
        Role::TR => "TR",
        Role::TH => "TH",
        Role::TD => "TD",
        Role::Figure => "Figure",
        Role::Span => "Span",
    }
}

/// The document catalog.
fn catalog(lo: &mut lopdf::Document) -> Option<&mut Dictionary> {
    let root = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .ok()?;
    lo.get_object_mut(root).and_then(Object::as_dict_mut).ok()
}

/// A text string: as it is when ASCII, else UTF-16 with a byte order mark.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// A language tag a reader understands ("sv", "en-GB"); Swedish when the
/// template gives none (a template's own is checked when it is read, SIP213).
fn language_tag(lang: &str) -> &str {
    if crate::message::is_language_tag(lang) {
        lang
    } else {
        "sv"
    }
}

/// Writes the structure tree: one element per node, its kids in reading
/// order (child elements, and marked runs by page and MCID), the parent
/// tree that leads from each marked run back to its element, and on the
/// catalog the marks that say the file is tagged, in which language, with
/// its title shown in the window.
///
/// `marks[page][mcid]` is the element and part of each run drawn.
pub(super) fn tag(
    lo: &mut lopdf::Document,
    structure: &Structure,
    marks: &[Vec<(NodeId, u32)>],
    lang: &str,
) {
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let root_id = lo.new_object_id();
    let ids: Vec<ObjectId> = structure.nodes.iter().map(|_| lo.new_object_id()).collect();
    // Where each part of each element was drawn: one run, or more where
    // a run had to be closed and opened again.
    let mut drawn: HashMap<(NodeId, u32), Vec<(usize, i64)>> = HashMap::new();
    for (page, page_marks) in marks.iter().enumerate() {
        for (mcid, &(node, part)) in page_marks.iter().enumerate() {
            drawn
                .entry((node, part))
                .or_default()
                .push((page, mcid as i64));
        }
    }
    for (i, node) in structure.nodes.iter().enumerate() {
        let mut dict = Dictionary::new();
        dict.set("S", Object::Name(role_name(node.role).as_bytes().to_vec()));
        let parent = node.parent.map_or(root_id, |p| ids[p.0]);
        dict.set("P", parent);
        let runs = |part: &u32| drawn.get(&(NodeId(i), *part)).into_iter().flatten();
        // The page of the element's first run; runs on other pages say theirs.
        let first_page = node.kids.iter().find_map(|kid| match kid {
            Kid::Content(part) => runs(part).next().map(|&(page, _)| page),
            Kid::Node(_) => None,
        });
        let kids: Vec<Object> = node
            .kids
            .iter()
            .flat_map(|kid| -> Vec<Object> {
                match kid {
                    Kid::Node(child) => vec![Object::Reference(ids[child.0])],
                    Kid::Content(part) => runs(part)
                        .map(|&(page, mcid)| {
                            if Some(page) == first_page {
                                Object::Integer(mcid)
                            } else {
                                let mut mcr = Dictionary::new();
                                mcr.set("Type", Object::Name(b"MCR".to_vec()));
                                mcr.set("Pg", pages[page]);
                                mcr.set("MCID", mcid);
                                Object::Dictionary(mcr)
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        if let Some(page) = first_page {
            dict.set("Pg", pages[page]);
        }
        if !kids.is_empty() {
            dict.set("K", kids);
        }
        if let Some(alt) = &node.alt {
            dict.set("Alt", text_string(alt));
        }
        if let Some(actual) = &node.actual_text {
            dict.set("ActualText", text_string(actual));
        }
        let mut table = Dictionary::new();
        if node.role == Role::TH {
            table.set("Scope", Object::Name(b"Column".to_vec()));
        }
        if node.col_span > 1 {
            table.set("ColSpan", node.col_span as i64);
        }
        if !table.is_empty() {
            table.set("O", Object::Name(b"Table".to_vec()));
            dict.set("A", table);
        }
        lo.objects.insert(ids[i], Object::Dictionary(dict));
    }

    // Page i's marked runs are at key i of the parent tree.
    let mut nums = Vec::with_capacity(2 * marks.len());
    for (page, page_marks) in marks.iter().enumerate() {
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(
            page_marks
                .iter()
                .map(|(node, _)| Object::Reference(ids[node.0]))
                .collect(),
        ));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", nums);
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root.set("K", Object::Reference(ids[Structure::ROOT.0]));
    root.set("ParentTree", parent_tree);
    root.set("ParentTreeNextKey", marks.len() as i64);
    lo.objects.insert(root_id, Object::Dictionary(root));

    for (i, page) in pages.iter().enumerate() {
        if let Ok(dict) = lo.get_object_mut(*page).and_then(Object::as_dict_mut) {
            dict.set("StructParents", i as i64);
            // Tab order follows the structure.
            dict.set("Tabs", Object::Name(b"S".to_vec()));
        }
    }
    if let Some(catalog) = catalog(lo) {
        catalog.set("StructTreeRoot", Object::Reference(root_id));
        let mut mark_info = Dictionary::new();
        mark_info.set("Marked", true);
        catalog.set("MarkInfo", mark_info);
        catalog.set("Lang", text_string(language_tag(lang)));
        let mut viewer = Dictionary::new();
        viewer.set("DisplayDocTitle", true);
        catalog.set("ViewerPreferences", viewer);
    }
}

/// The output intent: the document's colours are sRGB.
pub(super) fn add_output_intent(lo: &mut lopdf::Document) {
    let mut icc = Dictionary::new();
    icc.set("N", 3);
    let profile = lo.add_object(Stream::new(icc, SRGB_ICC.to_vec()));
    let mut intent = Dictionary::new();
    intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
    intent.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    intent.set(
        "OutputConditionIdentifier",
        text_string("sRGB IEC61966-2.1"),
    );
    intent.set("Info", text_string("sRGB IEC61966-2.1"));
    intent.set("DestOutputProfile", Object::Reference(profile));
    if let Some(catalog) = catalog(lo) {
        catalog.set("OutputIntents", vec![Object::Dictionary(intent)]);
    }
}

/// The XMP metadata: the same title, program and dates as the Info
/// dictionary, the language, and the claims PDF/A-2a and PDF/UA-1 (with
/// the extension schema PDF/A asks for the latter). No random ids: the
/// bytes stay reproducible.
pub(super) fn add_xmp(lo: &mut lopdf::Document, meta: &Metadata, created: OffsetDateTime) {
    let xmp = xmp(meta, created);
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Metadata".to_vec()));
    dict.set("Subtype", Object::Name(b"XML".to_vec()));
    let mut stream = Stream::new(dict, xmp.into_bytes());
    // Never deflated, nor by the object streams.
    stream.allows_compression = false;
    let id = lo.add_object(stream);
    if let Some(catalog) = catalog(lo) {
        catalog.set("Metadata", Object::Reference(id));
    }
}

/// Escapes text for XML.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The XMP packet.
fn xmp(meta: &Metadata, created: OffsetDateTime) -> String {
    let date = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00",
        created.year(),
        u8::from(created.month()),
        created.day(),
        created.hour(),
        created.minute(),
        created.second(),
    );
    let title = xml_escape(&meta.title);
    let producer = xml_escape(&meta.producer);
    let lang = language_tag(&meta.lang);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>{producer}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<pdf:Producer>{producer}</pdf:Producer>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>A</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Part of ISO 14289 (PDF/UA) followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"#,
        bom = '\u{FEFF}',
    )
}
