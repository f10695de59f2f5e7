//! The pages being filled: where the next line goes, when a page is full,
//! and what each item drawn is to a reader. The phases of [`super::flow`]
//! ([`super::table`], [`super::signature`], [`super::bar`]) place their
//! content through it.

use super::block::Inline;
use super::collect::check_glyph;
use super::linebreak::{self, Line, Piece};
use super::reading::{Reading, list_item_start};
use super::shape::{text_items, text_items_in};
use super::sizes::line_height;
use crate::document::{Geometry, Item, NodeId, Page, Structure, Tag};
use crate::font::{Fonts, Weight};

/// The state of laying out: the pages so far, the cursor on the last, and
/// the structure the items drawn belong to.
pub(super) struct Pages {
    pub(super) fonts: &'static Fonts,
    pub(super) geometry: Geometry,
    /// Where the body of every page starts and ends.
    pub(super) body_top: f32,
    pub(super) body_bottom: f32,
    /// The pages so far; the last is being filled.
    pub(super) filled: Vec<Page>,
    /// Top of the free space on the current page.
    pub(super) y: f32,
    /// Characters no font has, as they came.
    pub(super) missing: Vec<char>,
    /// The document's elements, with those of the blocks laid out so far.
    pub(super) structure: Structure,
    /// The tag of what was drawn last on the current page.
    pub(super) page_tag: Option<Tag>,
    /// The list the previous paragraph ended in: bulleted paragraphs one
    /// after another are one list.
    pub(super) open_list: Option<NodeId>,
}

impl Pages {
    pub(super) fn new(
        geometry: Geometry,
        body_top: f32,
        body_bottom: f32,
        structure: Structure,
    ) -> Self {
        Pages {
            fonts: Fonts::get(),
            geometry,
            body_top,
            body_bottom,
            filled: vec![Page::default()],
            y: body_top,
            missing: Vec::new(),
            structure,
            page_tag: None,
            open_list: None,
        }
    }

    /// The height of the body of a page.
    pub(super) fn body_height(&self) -> f32 {
        self.body_bottom - self.body_top
    }

    fn items(&mut self) -> &mut Vec<Item> {
        let last = self.filled.len() - 1;
        &mut self.filled[last].items
    }

    /// Draws `item` as part of what `tag` says.
    fn push(&mut self, tag: Tag, item: Item) {
        if self.page_tag != Some(tag) {
            self.items().push(Item::Tag(tag));
            self.page_tag = Some(tag);
        }
        self.items().push(item);
    }

    /// Draws a line, border or fill: decoration, not read.
    pub(super) fn artifact(&mut self, item: Item) {
        self.push(Tag::Artifact, item);
    }

    /// Draws `item` as content of `node`, continuing its run when that was
    /// the last thing drawn on this page.
    fn content(&mut self, node: NodeId, item: Item) {
        let tag = match self.page_tag {
            Some(tag @ Tag::Content { node: n, .. }) if n == node => tag,
            _ => self.structure.next_part(node),
        };
        self.push(tag, item);
    }

    pub(super) fn new_page(&mut self) {
        self.filled.push(Page::default());
        self.y = self.body_top;
        self.page_tag = None;
    }

    /// Starts a new page unless `height` fits below the cursor.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > self.body_bottom + 0.01 && self.y > self.body_top {
            self.new_page();
        }
    }

    /// Lines one under the other from the cursor, each on the page where
    /// it fits.
    pub(super) fn lines(&mut self, reading: &mut Reading, lines: &[Line], x: f32, size: f32) {
        for line in lines {
            self.ensure(line_height(size));
            let baseline = self.y + size;
            self.draw_line(reading, line, x, baseline, size);
            self.y += line_height(size);
        }
    }

    /// Draws one line, read as `reading` says. A line that starts with a
    /// bullet starts a list item (bullet and text apart); a line indented
    /// under it continues the item; any other line is text.
    pub(super) fn draw_line(
        &mut self,
        reading: &mut Reading,
        line: &Line,
        x: f32,
        baseline: f32,
        size: f32,
    ) {
        let fonts = self.fonts;
        let direction = self.geometry.direction;
        let place = |dx: f32, text: &str, weight: Weight, reads: Option<&String>| {
            text_items(
                fonts,
                (x + dx, baseline),
                size,
                weight,
                text,
                reads,
                direction,
            )
        };
        let place_in = |dx: f32, text: &str, weight: Weight, paragraph| {
            text_items_in(
                fonts,
                (x + dx, baseline),
                (size, weight),
                text,
                paragraph,
                direction,
            )
        };
        let mut pieces = line.as_slice();
        let target = if reading.is_artifact() {
            None
        } else if let Some((bullet, rest, weight)) = list_item_start(line) {
            let (label, body) = reading.new_item(&mut self.structure);
            for item in place(0.0, bullet, weight, None) {
                self.content(label, item);
            }
            if !rest.is_empty() {
                let dx = self.fonts.width(bullet, size, weight);
                for item in place(dx, rest, weight, None) {
                    self.content(body, item);
                }
            }
            pieces = &pieces[1..];
            Some(body)
        } else {
            let indented = line.first().is_none_or(|piece| piece.dx() > 0.0);
            Some(reading.node_for_line(indented, &mut self.structure))
        };
        for piece in pieces {
            let items = match piece {
                Piece::Text {
                    dx,
                    text,
                    weight,
                    paragraph,
                } => place_in(*dx, text, *weight, *paragraph),
                // A glyph, not a drawing: text extraction and a journal
                // system's index read the answer, a screen reader its state.
                Piece::Check { dx, on, reads } => {
                    place(*dx, check_glyph(*on), Weight::Regular, Some(reads))
                }
            };
            for item in items {
                match target {
                    Some(node) => self.content(node, item),
                    None => self.artifact(item),
                }
            }
        }
    }

    /// `content` broken into lines `width` wide, noting what no font has.
    pub(super) fn wrap(&mut self, content: &[Inline], width: f32, size: f32) -> Vec<Line> {
        let hyphenation = self.geometry.hyphenation;
        linebreak::wrap(
            self.fonts,
            content,
            (width, size),
            hyphenation,
            &mut self.missing,
        )
    }
}
