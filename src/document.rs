//! What a laid-out document is: pages of positioned text, lines, boxes and
//! images of known size, the logical structure (headings, paragraphs,
//! tables, lists) that says what they are to a reader, and the pictures the
//! pages show. Layout ([`crate::layout`]) makes it; the PDF writer
//! ([`crate::pdf`]) reads it and nothing else. Nothing here knows SIP.

use crate::font::{Family, Glyph, Weight};
use crate::image::Image;

pub use crate::direction::{Direction, Hyphenation};

/// Millimetres to points.
pub const MM: f32 = 72.0 / 25.4;

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left margin (wider, for hole punching).
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin.
    pub bottom: f32,
    /// Which way the page is written. A right-to-left page is laid out
    /// left to right and then mirrored ([`crate::layout::mirror`]).
    pub direction: Direction,
    /// How words are broken at a line end: by the language's own patterns.
    pub hyphenation: Hyphenation,
}

impl Geometry {
    /// A4 with 20 mm at the left for hole punching and 15 mm elsewhere.
    pub fn a4() -> Self {
        Self {
            width: 210.0 * MM,
            height: 297.0 * MM,
            left: 20.0 * MM,
            right: 15.0 * MM,
            top: 15.0 * MM,
            bottom: 15.0 * MM,
            direction: Direction::Ltr,
            hyphenation: Hyphenation::Swedish,
        }
    }

    /// A4 written in the direction of `language` (a template's language).
    pub fn a4_in(language: &str) -> Self {
        Self {
            direction: Direction::of_language(language),
            hyphenation: Hyphenation::of_language(language),
            ..Self::a4()
        }
    }

    /// Width between the margins.
    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }
}

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A run of text on one line; `y` is the baseline. `reads` is what a
    /// screen reader says instead, where the text is a symbol (a
    /// checkbox's ☒ reads "kryssad").
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        /// The face of the font chain that draws all of `text`.
        family: Family,
        text: String,
        reads: Option<String>,
        /// The shaped glyphs that draw `text`, relative to `x`, `y`, where
        /// a glyph is not just its character's (Arabic script, and
        /// right-to-left runs); `None` on the fast path.
        glyphs: Option<Vec<Glyph>>,
    },
    /// A straight line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// An image (by its index in the rendered document's images), scaled
    /// into the box with its top-left corner at `x`, `y`.
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: usize,
    },
    /// Large light-grey text from its baseline start `x`, `y`, turned
    /// counter-clockwise to run along (`cos`, `sin`), behind everything else
    /// on the page (the "UTKAST" of a draft). The direction, not an angle:
    /// no sine or cosine is computed, whose last bits differ between
    /// machines (and in WebAssembly), so a draft has the same bytes everywhere.
    Watermark {
        x: f32,
        y: f32,
        size: f32,
        cos: f32,
        sin: f32,
        text: String,
    },
    /// A rectangle from its top-left corner; `fill` is a grey level (1 = white)
    /// painted under the outline.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        width: f32,
        fill: Option<f32>,
    },
    /// What the items after it are, up to the next `Tag`: a part of an
    /// element of the [`Structure`], or an artifact (rules, borders, the
    /// page header and footer) that a screen reader skips. Items before the
    /// first tag of a page are artifacts.
    Tag(Tag),
}

/// What drawn items are to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// Decoration or repetition: not read.
    Artifact,
    /// The `part`-th run of content of `node` (its [`Kid::Content`]).
    Content { node: NodeId, part: u32 },
}

/// An element of the [`Structure`], by its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub usize);

/// The kind of a structure element: the standard types of tagged PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The whole document (the root).
    Document,
    /// The document's title.
    H1,
    /// A section heading.
    H2,
    /// A heading inside a section.
    H3,
    /// A paragraph, or a "label: value" field.
    P,
    /// A list, of `LI`s.
    L,
    /// A list item: its bullet (`Lbl`) and its text (`LBody`).
    LI,
    /// A list item's bullet.
    Lbl,
    /// A list item's text.
    LBody,
    /// A table, of `TR`s.
    Table,
    /// A table row, of `TH`s or `TD`s.
    TR,
    /// A column header cell.
    TH,
    /// A data cell.
    TD,
    /// A picture, with its alternative text.
    Figure,
    /// A part of the document in a language of its own (the family's copy).
    Sect,
}

/// A child of a structure element, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kid {
    /// A child element.
    Node(NodeId),
    /// The element's own content, the `n`-th run of it drawn
    /// ([`Tag::Content`] with `part` n).
    Content(u32),
}

/// One structure element.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What it is.
    pub role: Role,
    /// Its parent (`None` for the root).
    pub parent: Option<NodeId>,
    /// Its children and content runs, in reading order.
    pub kids: Vec<Kid>,
    /// Read instead of a picture (a `Figure`).
    pub alt: Option<String>,
    /// The language of this element and what is in it, where it differs
    /// from the document's.
    pub lang: Option<String>,
    /// Columns a table cell covers, when more than one.
    pub col_span: usize,
    /// Content runs drawn so far.
    pub parts: u32,
}

/// The logical structure of a document: what a screen reader reads and in
/// which order, independent of where things are drawn. Element 0 is the
/// [`Role::Document`] root; the rest are added in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Structure {
    /// The elements; [`NodeId`]s index them.
    pub nodes: Vec<Node>,
}

impl Default for Structure {
    fn default() -> Self {
        Self {
            nodes: vec![Node::new(Role::Document, None)],
        }
    }
}

impl Node {
    fn new(role: Role, parent: Option<NodeId>) -> Self {
        Self {
            role,
            parent,
            kids: Vec::new(),
            alt: None,
            lang: None,
            col_span: 1,
            parts: 0,
        }
    }
}

impl Structure {
    /// The root element.
    pub const ROOT: NodeId = NodeId(0);

    /// Adds an element as the last child of `parent`.
    pub fn add(&mut self, role: Role, parent: NodeId) -> NodeId {
        let id = NodeId(self.nodes.len());
        self.nodes.push(Node::new(role, Some(parent)));
        self.nodes[parent.0].kids.push(Kid::Node(id));
        id
    }

    /// The element `id`.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    /// The element `id`, to set its alternative text or column span.
    pub fn node_mut(&mut self, id: NodeId) -> &mut Node {
        &mut self.nodes[id.0]
    }

    /// Adds `other`'s elements under the root as a section in `lang`, and
    /// returns how far its element numbers moved (for its pages' tags).
    pub fn append_section(&mut self, other: Structure, lang: &str) -> usize {
        let offset = self.nodes.len();
        let shift = |id: NodeId| NodeId(id.0 + offset);
        for (i, mut node) in other.nodes.into_iter().enumerate() {
            if i == Self::ROOT.0 {
                node.role = Role::Sect;
                node.lang = Some(lang.to_owned());
                node.parent = Some(Self::ROOT);
                self.nodes[Self::ROOT.0]
                    .kids
                    .push(Kid::Node(NodeId(offset)));
            } else {
                node.parent = node.parent.map(shift);
            }
            for kid in &mut node.kids {
                if let Kid::Node(child) = kid {
                    *child = shift(*child);
                }
            }
            self.nodes.push(node);
        }
        offset
    }

    /// The tag for a new run of `node`'s content, recorded as its next kid.
    pub fn next_part(&mut self, node: NodeId) -> Tag {
        let n = &mut self.nodes[node.0];
        let part = n.parts;
        n.parts += 1;
        n.kids.push(Kid::Content(part));
        Tag::Content { node, part }
    }
}

/// A laid-out document: everything the PDF writer draws and tags.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Page size and margins.
    pub geometry: Geometry,
    /// The pages, in order.
    pub pages: Vec<Page>,
    /// What the pages' items are to a reader, in reading order.
    pub structure: Structure,
    /// The pictures [`Item::Image`]s refer to, by index (the template's logo).
    pub images: Vec<Image>,
}

/// One page of items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Items in drawing order.
    pub items: Vec<Item>,
}
