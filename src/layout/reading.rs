//! What the lines drawn are to a reader: which element of the document's
//! structure each line of a heading, paragraph or cell goes into, and which
//! lines make a list.

use super::linebreak::{BULLETS, Line, Piece};
use crate::document::{NodeId, Role, Structure};
use crate::font::Weight;

/// Where the lines of one heading, paragraph or table cell go in the
/// document's structure. Text goes into `text` (the element itself, or a
/// paragraph made when the first line comes); list items into `list`.
pub(super) struct Reading {
    /// The element that holds these lines; `None` for an artifact.
    parent: Option<NodeId>,
    /// Whether the text goes into `parent` itself (a heading, a cell) or
    /// into paragraphs under it.
    text_in_parent: bool,
    /// The paragraph the text goes into now.
    text: Option<NodeId>,
    /// The list the last items went into.
    pub(super) list: Option<NodeId>,
    /// The body of the list item being written, if a line is part of one.
    pub(super) item: Option<NodeId>,
}

impl Reading {
    /// Text straight into `node` (a heading, a table cell).
    pub(super) fn inside(node: NodeId) -> Self {
        Self {
            parent: Some(node),
            text_in_parent: true,
            text: None,
            list: None,
            item: None,
        }
    }

    /// Text as paragraphs under `parent`.
    pub(super) fn paragraphs(parent: NodeId) -> Self {
        Self {
            text_in_parent: false,
            ..Self::inside(parent)
        }
    }

    /// Nothing read: a header row drawn again.
    pub(super) fn artifact() -> Self {
        Self {
            parent: None,
            ..Self::paragraphs(Structure::ROOT)
        }
    }

    pub(super) fn is_artifact(&self) -> bool {
        self.parent.is_none()
    }

    /// The element a line that starts no list item goes into: the item
    /// it is indented under, else text.
    pub(super) fn node_for_line(&mut self, indented: bool, structure: &mut Structure) -> NodeId {
        match self.item {
            Some(body) if indented => body,
            _ => self.text_node(structure),
        }
    }

    /// The element the next text goes into; ends a list.
    fn text_node(&mut self, structure: &mut Structure) -> NodeId {
        self.item = None;
        self.list = None;
        let parent = self.parent.unwrap_or(Structure::ROOT);
        if self.text_in_parent {
            return parent;
        }
        *self
            .text
            .get_or_insert_with(|| structure.add(Role::P, parent))
    }

    /// A new list item (in the current list, or a new one): its label and body.
    pub(super) fn new_item(&mut self, structure: &mut Structure) -> (NodeId, NodeId) {
        let parent = self.parent.unwrap_or(Structure::ROOT);
        let list = *self
            .list
            .get_or_insert_with(|| structure.add(Role::L, parent));
        let item = structure.add(Role::LI, list);
        let label = structure.add(Role::Lbl, item);
        let body = structure.add(Role::LBody, item);
        self.item = Some(body);
        // Text after the list is a new paragraph.
        self.text = None;
        (label, body)
    }
}

/// A line that starts a list item: its bullet, the rest of its first run,
/// and that run's weight.
pub(super) fn list_item_start(line: &Line) -> Option<(&'static str, &str, Weight)> {
    let Some(Piece::Text {
        dx, text, weight, ..
    }) = line.first()
    else {
        return None;
    };
    let bullet = BULLETS.into_iter().find(|b| {
        text.strip_prefix(b)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })?;
    (*dx == 0.0).then(|| (bullet, &text[bullet.len()..], *weight))
}
