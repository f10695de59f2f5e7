//! What makes the PDF archival (PDF/A-2a) and accessible (PDF/UA-1), added
//! after printpdf has written the pages: the structure tree with its parent
//! tree, the document language, the window title, the XMP metadata and the
//! sRGB output intent.
//!
//! The XMP holds the title, the program, the dates, the language and the
//! conformance claims, never anything about the child: the title is the
//! template's document title, and there are no ids that could be traced.

use std::io::Write;

use lopdf::{Dictionary, Object, ObjectId, Stream, text_string};
use printpdf::OffsetDateTime;

use super::metadata::{Metadata, utc_fields};
use crate::document::{Kid, Node, NodeId, Role, Structure};

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
        Role::Sect => "Sect",
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
/// `marks[page][mcid]` is the element and part of each run drawn. The
/// elements come back as PDF syntax, for [`super::file::save`] to pack:
/// a plan has some 300, and as lopdf dictionaries they took a tenth of
/// the time of the whole print.
pub(super) fn tag(
    lo: &mut lopdf::Document,
    structure: &Structure,
    marks: &[Vec<(NodeId, u32)>],
    lang: &str,
) -> Vec<(u32, Vec<u8>)> {
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let root_id = lo.new_object_id();
    let ids: Vec<u32> = structure
        .nodes
        .iter()
        .map(|_| lo.new_object_id().0)
        .collect();
    // Where each element's parts were drawn: (part, page, MCID), one run
    // per part, or more where a run had to be closed and opened again.
    let mut runs: Vec<Vec<(u32, usize, usize)>> = vec![Vec::new(); structure.nodes.len()];
    for (page, page_marks) in marks.iter().enumerate() {
        for (mcid, &(node, part)) in page_marks.iter().enumerate() {
            runs[node.0].push((part, page, mcid));
        }
    }
    let elements = structure
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let parent = node.parent.map_or(root_id.0, |p| ids[p.0]);
            let element = element(node, parent, &ids, &runs[i], &pages);
            (ids[i], element)
        })
        .collect();

    // Page i's marked runs are at key i of the parent tree.
    let mut nums = Vec::with_capacity(2 * marks.len());
    for (page, page_marks) in marks.iter().enumerate() {
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(
            page_marks
                .iter()
                .map(|(node, _)| Object::Reference((ids[node.0], 0)))
                .collect(),
        ));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", nums);
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root.set("K", Object::Reference((ids[Structure::ROOT.0], 0)));
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
    elements
}

/// One structure element in PDF syntax: its role, parent, page, kids in
/// reading order (elements by reference, its own runs by MCID, as marked
/// content references where on another page than its first), and its
/// alternative text and table attributes.
fn element(
    node: &Node,
    parent: u32,
    ids: &[u32],
    runs: &[(u32, usize, usize)],
    pages: &[ObjectId],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(48);
    let _ = write!(out, "<</S/{}/P {parent} 0 R", role_name(node.role));
    let first_page = runs.first().map(|&(_, page, _)| page);
    if let Some(page) = first_page {
        let _ = write!(out, "/Pg {} 0 R", pages[page].0);
    }
    if !node.kids.is_empty() {
        out.extend_from_slice(b"/K[");
        let mut first = true;
        let mut separate = |out: &mut Vec<u8>| {
            if !std::mem::take(&mut first) {
                out.push(b' ');
            }
        };
        for kid in &node.kids {
            match kid {
                Kid::Node(child) => {
                    separate(&mut out);
                    let _ = write!(out, "{} 0 R", ids[child.0]);
                }
                Kid::Content(part) => {
                    for &(_, page, mcid) in runs.iter().filter(|run| run.0 == *part) {
                        separate(&mut out);
                        if Some(page) == first_page {
                            let _ = write!(out, "{mcid}");
                        } else {
                            let _ =
                                write!(out, "<</Type/MCR/Pg {} 0 R/MCID {mcid}>>", pages[page].0);
                        }
                    }
                }
            }
        }
        out.push(b']');
    }
    if let Some(alt) = &node.alt {
        out.extend_from_slice(b"/Alt");
        super::file::write_object(&mut out, &text_string(alt));
    }
    if let Some(lang) = &node.lang {
        out.extend_from_slice(b"/Lang");
        super::file::write_object(&mut out, &text_string(language_tag(lang)));
    }
    match (node.role, node.col_span) {
        (Role::TH, _) => out.extend_from_slice(b"/A<</O/Table/Scope/Column>>"),
        (_, span) if span > 1 => {
            let _ = write!(out, "/A<</O/Table/ColSpan {span}>>");
        }
        _ => {}
    }
    out.extend_from_slice(b">>");
    out
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
    let (year, month, day, hour, minute, second) = utc_fields(created);
    let date = format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}+00:00");
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
