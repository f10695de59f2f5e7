//! Blocks → pages: each block placed below the one before, headings kept
//! with what follows them, kept-together blocks moved whole to a new page.

use super::block::{Block, Inline};
use super::pages::Pages;
use super::reading::Reading;
use super::sizes::{BODY_SIZE, HEADING_SIZE, LARGE_HEADING_SIZE, LARGE_SIZE, line_height};
use super::table::row_height;
use crate::document::{Geometry, MM, NodeId, Page, Role, Structure};

/// The length of a line of large type: short (120 mm, about 60 characters).
const LARGE_LINE: f32 = 120.0 * MM;
/// Space above a section heading, and between it and its section.
const HEADING_ABOVE: f32 = 2.5;
const HEADING_BELOW: f32 = 0.5;

/// Blocks laid out.
#[derive(Debug, Clone, Default)]
pub struct Laid {
    /// The pages, body content only.
    pub pages: Vec<Page>,
    /// For each block, the page (from 0) its last line is on: tells which
    /// part of a document runs past a page budget.
    pub ends: Vec<usize>,
    /// Characters that the font could not show and that were replaced.
    pub missing: Vec<char>,
}

/// Lays out `blocks` between `body_top` and `body_bottom` on each page,
/// adding their elements to `structure` after what it has.
pub fn layout(
    blocks: &[Block],
    geometry: Geometry,
    body_top: f32,
    body_bottom: f32,
    structure: &mut Structure,
) -> Laid {
    let mut pages = Pages::new(
        geometry,
        body_top,
        body_bottom.max(body_top + 4.0 * line_height(BODY_SIZE)),
        std::mem::take(structure),
    );
    let mut ends = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        let own = match block {
            Block::Title(_) | Block::Heading(_) => Some(pages.heading_height()),
            Block::Subheading(_) => Some(line_height(BODY_SIZE)),
            _ => None,
        };
        if let Some(own) = own {
            let next = blocks
                .get(i + 1)
                .map_or(0.0, |b| pages.first_unit_height(b));
            let needed = (own + next).min(pages.body_height());
            pages.ensure(needed);
        }
        pages.block(block);
        ends.push(pages.filled.len() - 1);
    }
    let mut missing = pages.missing;
    missing.sort_unstable();
    missing.dedup();
    *structure = pages.structure;
    Laid {
        pages: pages.filled,
        ends,
        missing,
    }
}

impl Pages {
    fn heading_height(&self) -> f32 {
        line_height(HEADING_SIZE) + HEADING_ABOVE + HEADING_BELOW
    }

    /// The height of the first piece of a block that cannot be split.
    fn first_unit_height(&mut self, block: &Block) -> f32 {
        match block {
            Block::Table {
                columns,
                header,
                rows,
            } => {
                let widths = self.column_widths(columns, header.as_deref(), rows);
                let head = header
                    .as_ref()
                    .map_or(0.0, |h| self.header_height(h, &widths));
                let first = rows
                    .first()
                    .map_or(0.0, |r| row_height(self.row_lines(r, &widths).2));
                // The same amount `table` asks for before it starts.
                (head + first).min(self.body_height())
            }
            Block::Paragraph(content) => {
                let lines = self.wrap(content, self.geometry.content_width(), BODY_SIZE);
                lines.len().min(3) as f32 * line_height(BODY_SIZE)
            }
            Block::Signatures { .. } => self.signature_height(),
            Block::Keep(blocks) => self.measure(blocks).min(self.body_height()),
            Block::Bar { .. } => line_height(BODY_SIZE),
            Block::Large(_) => 2.0 * line_height(LARGE_SIZE),
            Block::LargeHeading(_)
            | Block::Title(_)
            | Block::Heading(_)
            | Block::Subheading(_)
            | Block::Gap(_)
            | Block::PageBreak => 0.0,
        }
    }

    fn block(&mut self, block: &Block) {
        // Only a paragraph right after a list continues it.
        let open_list = self.open_list.take();
        match block {
            Block::Title(text) => self.heading(text, Role::H1),
            Block::Heading(text) => self.heading(text, Role::H2),
            Block::Paragraph(content) => self.paragraph(content, open_list),
            Block::LargeHeading(text) => {
                self.ensure(2.0 * line_height(LARGE_HEADING_SIZE));
                self.heading_sized(text, Role::H2, LARGE_HEADING_SIZE);
            }
            Block::Large(content) => {
                let width = self.geometry.content_width().min(LARGE_LINE);
                let lines = self.wrap(content, width, LARGE_SIZE);
                let mut reading = Reading::paragraphs(Structure::ROOT);
                self.lines(&mut reading, &lines, self.geometry.left, LARGE_SIZE);
            }
            Block::Subheading(text) => self.subheading(text),
            Block::Table {
                columns,
                header,
                rows,
            } => self.table(columns, header.as_deref(), rows),
            Block::Signatures {
                signers,
                date_label,
            } => self.signatures(signers, date_label),
            Block::Bar {
                label,
                value,
                fraction,
            } => self.bar(label, value, *fraction),
            Block::Keep(blocks) => {
                let height = self.measure(blocks);
                self.ensure(height.min(self.body_height()));
                for block in blocks {
                    self.block(block);
                }
            }
            Block::Gap(h) => self.y = (self.y + h).min(self.body_bottom),
            Block::PageBreak => self.new_page(),
        }
    }

    /// The height `blocks` take laid out on an endless page.
    fn measure(&self, blocks: &[Block]) -> f32 {
        let mut scratch = Pages::new(self.geometry, 0.0, f32::MAX / 4.0, Structure::default());
        for block in blocks {
            scratch.block(block);
        }
        scratch.y
    }

    fn heading(&mut self, text: &str, role: Role) {
        self.heading_sized(text, role, HEADING_SIZE);
    }

    fn heading_sized(&mut self, text: &str, role: Role, size: f32) {
        let x = self.geometry.left;
        let width = self.geometry.content_width();
        let content = [Inline::Bold(text.to_owned())];
        let lines = self.wrap(&content, width, size);
        let mut reading = Reading::inside(self.structure.add(role, Structure::ROOT));
        self.y += HEADING_ABOVE * size / HEADING_SIZE;
        self.lines(&mut reading, &lines, x, size);
        self.y += HEADING_BELOW;
    }

    /// A bold line in body size: a level-3 heading.
    fn subheading(&mut self, text: &str) {
        let content = [Inline::Bold(text.to_owned())];
        let lines = self.wrap(&content, self.geometry.content_width(), BODY_SIZE);
        let mut reading = Reading::inside(self.structure.add(Role::H3, Structure::ROOT));
        self.lines(&mut reading, &lines, self.geometry.left, BODY_SIZE);
    }

    fn paragraph(&mut self, content: &[Inline], open_list: Option<NodeId>) {
        let lines = self.wrap(content, self.geometry.content_width(), BODY_SIZE);
        let mut reading = Reading::paragraphs(Structure::ROOT);
        reading.list = open_list;
        self.lines(&mut reading, &lines, self.geometry.left, BODY_SIZE);
        self.open_list = reading.item.and(reading.list);
    }
}
