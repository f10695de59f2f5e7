//! A small layout engine: blocks of text, tables and boxes → pages of
//! positioned items.
//!
//! It knows page geometry and the font's advances, nothing of SIP and nothing
//! of PDF. Coordinates are points from the top-left corner of the page; `y` of
//! text is its baseline. Text is wrapped at spaces (a word longer than the line
//! is broken), tables size their columns to their content, rows that do not
//! fit move to the next page (or are split by lines when taller than a page),
//! and a table's header row is repeated after a page break. No text is ever
//! dropped: a character the font lacks becomes [`PLACEHOLDER`] and is reported.

pub mod bidi;
use crate::font::{Fonts, PLACEHOLDER, Weight, is_direction_mark, is_invisible};

use crate::document::{Direction, Geometry, Item, MM, NodeId, Page, Role, Structure, Tag};

/// Body text size in points: 9, to fit a real plan on two pages; the floor
/// for a form read on paper is 8.5.
pub const BODY_SIZE: f32 = 9.0;
/// Section heading size.
pub const HEADING_SIZE: f32 = 10.5;
/// Text for a child ("Min plan"): large type …
pub const LARGE_SIZE: f32 = 14.0;
/// … under large headings …
pub const LARGE_HEADING_SIZE: f32 = 18.0;
/// … on short lines (120 mm: about 60 characters).
const LARGE_LINE: f32 = 120.0 * MM;
/// Space above a section heading, and between it and its section.
const HEADING_ABOVE: f32 = 2.5;
const HEADING_BELOW: f32 = 0.5;
/// Baseline-to-baseline distance as a multiple of the text size.
const LEADING: f32 = 1.15;
/// Padding inside table cells.
const PAD_X: f32 = 3.0;
const PAD_Y: f32 = 1.5;
/// How far above its baseline the tallest letters of a line reach, as a
/// multiple of the text size (DejaVu Sans: capitals and ascenders about 0.76).
const ASCENT: f32 = 0.8;
/// Table and box line width.
const RULE: f32 = 0.5;
/// A letter of the Arabic script (Arabic, Persian, Sorani).
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// A space that never breaks a line, e.g. inside a phone number.
pub const NO_BREAK_SPACE: char = '\u{A0}';
/// Height of the space for a handwritten signature.
const SIGNING_SPACE: f32 = 22.0;

/// Inline content of a paragraph or table cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Regular text.
    Text(String),
    /// Bold text, e.g. a label.
    Bold(String),
    /// A checkbox, crossed when `on`; a screen reader says `reads`
    /// ("kryssad", "inte kryssad") in its place.
    Check { on: bool, reads: String },
    /// A forced line break.
    Break,
}

/// A table cell: content, and how many columns it spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// What the cell shows.
    pub content: Vec<Inline>,
    /// Columns it covers (at least 1).
    pub span: usize,
}

impl Cell {
    /// A cell covering one column.
    pub fn new(content: Vec<Inline>) -> Self {
        Self { content, span: 1 }
    }

    /// A cell covering `span` columns.
    pub fn spanning(span: usize, content: Vec<Inline>) -> Self {
        Self {
            content,
            span: span.max(1),
        }
    }
}

/// A table row; `min_lines` leaves room to write by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Cells from left to right; their spans should add up to the column count.
    pub cells: Vec<Cell>,
    /// The row is at least this many text lines high.
    pub min_lines: usize,
}

/// How a table's columns get their widths.
#[derive(Debug, Clone, PartialEq)]
pub enum Columns {
    /// Sized to the content of this many columns.
    Auto(usize),
    /// Fixed shares of the width (they need not add up to 1).
    Fixed(Vec<f32>),
}

/// A unit of content, laid out top to bottom.
///
/// Each block is also an element of the document's [`Structure`]: a title
/// is a level-1 heading, a heading level 2 and a subheading level 3; a
/// paragraph is a paragraph, and its lines that start with a bullet are a
/// list; a table with a header row is a table, and one without is a grid
/// of fields, each cell a paragraph; signatures and bars are paragraphs.
/// Lines, borders, fills and a repeated header row are artifacts.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document's title, laid out as a heading.
    Title(String),
    /// A section heading, kept on the same page as what follows it.
    Heading(String),
    /// A bold line in body size, kept on the same page as what follows it:
    /// the title of a part of a section.
    Subheading(String),
    /// Text across the full width, without a box.
    Paragraph(Vec<Inline>),
    /// A heading in large type, for a child to read ("Min plan").
    LargeHeading(String),
    /// Text in large type on short lines, for a child to read.
    Large(Vec<Inline>),
    /// A table with an optional header row that repeats after a page break.
    /// Without a header row it is a grid of fields, read cell by cell.
    Table {
        columns: Columns,
        header: Option<Vec<String>>,
        rows: Vec<Row>,
    },
    /// Signature lines in three columns: a line to sign on, the name and
    /// organisation under it, and a line for the date.
    Signatures {
        signers: Vec<(String, String)>,
        date_label: String,
    },
    /// A figure with its label and a horizontal bar `fraction` (0–1) of the
    /// full length long: one row of a bar chart. No bar when `None`.
    Bar {
        label: String,
        value: String,
        fraction: Option<f32>,
    },
    /// Blocks kept on one page (unless together they are taller than a
    /// page): the signature statement, the lines and who gets a copy.
    Keep(Vec<Block>),
    /// Vertical space.
    Gap(f32),
    /// Continue on a new page.
    PageBreak,
}

/// The engine's result.
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
    let mut engine = Engine::new(
        geometry,
        body_top,
        body_bottom.max(body_top + 4.0 * line_height(BODY_SIZE)),
        std::mem::take(structure),
    );
    let mut ends = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        let own = match block {
            Block::Title(_) | Block::Heading(_) => Some(engine.heading_height()),
            Block::Subheading(_) => Some(line_height(BODY_SIZE)),
            _ => None,
        };
        if let Some(own) = own {
            let next = blocks
                .get(i + 1)
                .map_or(0.0, |b| engine.first_unit_height(b));
            let needed = (own + next).min(engine.body_height());
            engine.ensure(needed);
        }
        engine.block(block);
        ends.push(engine.pages.len() - 1);
    }
    let mut missing = engine.missing;
    missing.sort_unstable();
    missing.dedup();
    *structure = engine.structure;
    Laid {
        pages: engine.pages,
        ends,
        missing,
    }
}

/// How many body-text lines a table row needs to be at least `height`
/// points high: for room to write by hand on the worksheet.
pub fn lines_for_height(height: f32) -> usize {
    ((height - 2.0 * PAD_Y) / line_height(BODY_SIZE))
        .ceil()
        .max(1.0) as usize
}

/// Baseline-to-baseline distance for a text size.
pub fn line_height(size: f32) -> f32 {
    size * LEADING
}

struct Engine {
    fonts: &'static Fonts,
    geometry: Geometry,
    body_top: f32,
    body_bottom: f32,
    pages: Vec<Page>,
    /// Top of the free space on the current page.
    y: f32,
    missing: Vec<char>,
    /// The document's elements, with those of the blocks laid out so far.
    structure: Structure,
    /// The tag of what was drawn last on the current page.
    page_tag: Option<Tag>,
    /// The list the previous paragraph ended in: bulleted paragraphs one
    /// after another are one list.
    open_list: Option<NodeId>,
}

impl Engine {
    fn new(geometry: Geometry, body_top: f32, body_bottom: f32, structure: Structure) -> Self {
        Engine {
            fonts: Fonts::get(),
            geometry,
            body_top,
            body_bottom,
            pages: vec![Page::default()],
            y: body_top,
            missing: Vec::new(),
            structure,
            page_tag: None,
            open_list: None,
        }
    }

    fn body_height(&self) -> f32 {
        self.body_bottom - self.body_top
    }

    fn items(&mut self) -> &mut Vec<Item> {
        let last = self.pages.len() - 1;
        &mut self.pages[last].items
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
    fn artifact(&mut self, item: Item) {
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

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.body_top;
        self.page_tag = None;
    }

    /// Starts a new page unless `height` fits below the cursor.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.body_bottom + 0.01 && self.y > self.body_top {
            self.new_page();
        }
    }

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
                let mut flow = Flow::paragraphs(Structure::ROOT);
                self.lines(&mut flow, &lines, self.geometry.left, LARGE_SIZE);
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
        let mut scratch = Engine::new(self.geometry, 0.0, f32::MAX / 4.0, Structure::default());
        for block in blocks {
            scratch.block(block);
        }
        scratch.y
    }

    /// Label, value and bar side by side; a long label wraps.
    fn bar(&mut self, label: &str, value: &str, fraction: Option<f32>) {
        let width = self.geometry.content_width();
        let (label_width, value_width) = (width * 0.5, width * 0.17);
        let gutter = 6.0;
        let label = self.wrap(
            &[Inline::Text(label.to_owned())],
            label_width - gutter,
            BODY_SIZE,
        );
        let value = self.wrap(
            &[Inline::Text(value.to_owned())],
            value_width - gutter,
            BODY_SIZE,
        );
        let height = label.len().max(value.len()).max(1) as f32 * line_height(BODY_SIZE);
        self.ensure(height);
        let x = self.geometry.left;
        // Read as one paragraph: the label, then the figure.
        let mut flow = Flow::inside(self.structure.add(Role::P, Structure::ROOT));
        for (column, lines) in [(x, &label), (x + label_width, &value)] {
            for (i, line) in lines.iter().enumerate() {
                let baseline = self.y + BODY_SIZE + i as f32 * line_height(BODY_SIZE);
                self.draw_line(&mut flow, line, column, baseline, BODY_SIZE);
            }
        }
        if let Some(fraction) = fraction {
            let (left, full) = (
                x + label_width + value_width,
                width - label_width - value_width,
            );
            let (y_top, h) = (self.y + 2.5, BODY_SIZE - 2.0);
            self.artifact(Item::Rect {
                x: left,
                y: y_top,
                w: full,
                h,
                width: 0.3,
                fill: Some(0.95),
            });
            let filled = full * fraction.clamp(0.0, 1.0);
            if filled > 0.0 {
                self.artifact(Item::Rect {
                    x: left,
                    y: y_top,
                    w: filled,
                    h,
                    width: 0.3,
                    fill: Some(0.45),
                });
            }
        }
        self.y += height;
    }

    fn heading(&mut self, text: &str, role: Role) {
        self.heading_sized(text, role, HEADING_SIZE);
    }

    fn heading_sized(&mut self, text: &str, role: Role, size: f32) {
        let x = self.geometry.left;
        let width = self.geometry.content_width();
        let content = [Inline::Bold(text.to_owned())];
        let lines = self.wrap(&content, width, size);
        let mut flow = Flow::inside(self.structure.add(role, Structure::ROOT));
        self.y += HEADING_ABOVE * size / HEADING_SIZE;
        self.lines(&mut flow, &lines, x, size);
        self.y += HEADING_BELOW;
    }

    /// A bold line in body size: a level-3 heading.
    fn subheading(&mut self, text: &str) {
        let content = [Inline::Bold(text.to_owned())];
        let lines = self.wrap(&content, self.geometry.content_width(), BODY_SIZE);
        let mut flow = Flow::inside(self.structure.add(Role::H3, Structure::ROOT));
        self.lines(&mut flow, &lines, self.geometry.left, BODY_SIZE);
    }

    fn paragraph(&mut self, content: &[Inline], open_list: Option<NodeId>) {
        let lines = self.wrap(content, self.geometry.content_width(), BODY_SIZE);
        let mut flow = Flow::paragraphs(Structure::ROOT);
        flow.list = open_list;
        self.lines(&mut flow, &lines, self.geometry.left, BODY_SIZE);
        self.open_list = flow.item.and(flow.list);
    }

    /// Lines one under the other from the cursor, each on the page where
    /// it fits.
    fn lines(&mut self, flow: &mut Flow, lines: &[Line], x: f32, size: f32) {
        for line in lines {
            self.ensure(line_height(size));
            let baseline = self.y + size;
            self.draw_line(flow, line, x, baseline, size);
            self.y += line_height(size);
        }
    }

    // ----- tables -----

    fn table(&mut self, columns: &Columns, header: Option<&[String]>, rows: &[Row]) {
        let widths = self.column_widths(columns, header, rows);
        let header_height = header.map_or(0.0, |h| self.header_height(h, &widths));
        // A table starts where its header and first row fit.
        if let Some(first) = rows.first() {
            let (_, _, n) = self.row_lines(first, &widths);
            self.ensure((header_height + row_height(n)).min(self.body_height()));
        }
        // With a header, a table of rows and cells; without, a grid of
        // fields, each cell read as a paragraph of its own.
        let table = header.map(|_| self.structure.add(Role::Table, Structure::ROOT));
        if let (Some(h), Some(table)) = (header, table) {
            self.header_row(h, &widths, Some(table));
        }
        // After a page break the header row is drawn again, as an artifact:
        // it is read once.
        let repeat_header = |engine: &mut Engine| {
            if let Some(h) = header {
                engine.header_row(h, &widths, None);
            }
        };
        for row in rows {
            let (lines, spans, n) = self.row_lines(row, &widths);
            let mut flows = self.row_flows(row, table);
            let height = row_height(n);
            if self.y + height > self.body_bottom + 0.01 {
                let fits_on_a_page = header_height + height <= self.body_height();
                if fits_on_a_page || self.body_bottom - self.y < row_height(1) {
                    self.new_page();
                    repeat_header(self);
                }
            }
            // Place the row, splitting it by lines over pages when it is taller than a page.
            let mut from = 0;
            loop {
                let room = ((self.body_bottom - self.y - 2.0 * PAD_Y) / line_height(BODY_SIZE))
                    .floor()
                    .max(1.0) as usize;
                let take = (n - from).min(room);
                self.row_part(&mut flows, &lines, &spans, from, take, None);
                from += take;
                if from >= n {
                    break;
                }
                self.new_page();
                repeat_header(self);
            }
        }
    }

    fn header_height(&mut self, header: &[String], widths: &[f32]) -> f32 {
        let lines = self.header_lines(header, widths);
        row_height(lines.iter().map(Vec::len).max().unwrap_or(1))
    }

    fn header_lines(&mut self, header: &[String], widths: &[f32]) -> Vec<Vec<Line>> {
        header
            .iter()
            .zip(widths)
            .map(|(h, w)| self.wrap(&[Inline::Bold(h.clone())], w - 2.0 * PAD_X, BODY_SIZE))
            .collect()
    }

    /// Where the text of each cell of `row` goes: a data cell of a new row
    /// of `table`, or for a grid, paragraphs of its own.
    fn row_flows(&mut self, row: &Row, table: Option<NodeId>) -> Vec<Flow> {
        let Some(table) = table else {
            return row
                .cells
                .iter()
                .map(|_| Flow::paragraphs(Structure::ROOT))
                .collect();
        };
        let tr = self.structure.add(Role::TR, table);
        row.cells
            .iter()
            .map(|cell| {
                let td = self.structure.add(Role::TD, tr);
                self.structure.node_mut(td).col_span = cell.span;
                Flow::inside(td)
            })
            .collect()
    }

    /// The header row, as the table's first row of header cells, or as an
    /// artifact when `table` is `None` (repeated after a page break).
    fn header_row(&mut self, header: &[String], widths: &[f32], table: Option<NodeId>) {
        let lines = self.header_lines(header, widths);
        let n = lines.iter().map(Vec::len).max().unwrap_or(1);
        let spans: Vec<(f32, f32)> = spans_of(widths, &vec![1; widths.len()], self.geometry.left);
        let mut flows: Vec<Flow> = match table {
            Some(table) => {
                let tr = self.structure.add(Role::TR, table);
                header
                    .iter()
                    .map(|_| Flow::inside(self.structure.add(Role::TH, tr)))
                    .collect()
            }
            None => header.iter().map(|_| Flow::artifact()).collect(),
        };
        self.row_part(&mut flows, &lines, &spans, 0, n, Some(0.9));
    }

    /// Each cell's wrapped lines, each cell's x and width, and the row's
    /// height in lines (at least its `min_lines`).
    fn row_lines(&mut self, row: &Row, widths: &[f32]) -> (Vec<Vec<Line>>, Vec<(f32, f32)>, usize) {
        let spans: Vec<usize> = row.cells.iter().map(|c| c.span).collect();
        let boxes = spans_of(widths, &spans, self.geometry.left);
        let lines: Vec<Vec<Line>> = row
            .cells
            .iter()
            .zip(&boxes)
            .map(|(cell, (_, w))| self.wrap(&cell.content, w - 2.0 * PAD_X, BODY_SIZE))
            .collect();
        let n = lines
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .max(row.min_lines);
        (lines, boxes, n)
    }

    /// Draws lines `from..from + take` of every cell, with cell borders
    /// (all borders first, then the text, cell by cell).
    fn row_part(
        &mut self,
        flows: &mut [Flow],
        lines: &[Vec<Line>],
        boxes: &[(f32, f32)],
        from: usize,
        take: usize,
        fill: Option<f32>,
    ) {
        let height = row_height(take);
        let top = self.y;
        for &(x, w) in boxes {
            self.artifact(Item::Rect {
                x,
                y: top,
                w,
                h: height,
                width: RULE,
                fill,
            });
        }
        for ((cell, &(x, _)), flow) in lines.iter().zip(boxes).zip(flows.iter_mut()) {
            for (i, line) in cell.iter().skip(from).take(take).enumerate() {
                // The letters' height, not the text size, above the first
                // baseline: the room a descender needs is left below the last.
                let baseline = top + PAD_Y + ASCENT * BODY_SIZE + i as f32 * line_height(BODY_SIZE);
                self.draw_line(flow, line, x + PAD_X, baseline, BODY_SIZE);
            }
        }
        self.y = top + height;
    }

    /// Column widths that fill the content width.
    fn column_widths(
        &mut self,
        columns: &Columns,
        header: Option<&[String]>,
        rows: &[Row],
    ) -> Vec<f32> {
        let total = self.geometry.content_width();
        match columns {
            Columns::Fixed(shares) => {
                let sum: f32 = shares.iter().sum::<f32>().max(f32::EPSILON);
                shares.iter().map(|s| s / sum * total).collect()
            }
            Columns::Auto(n) => {
                let n = (*n).max(1);
                let mut min = vec![2.0 * PAD_X + 12.0; n];
                let mut max = min.clone();
                let mut measure = |col: usize, content: &[Inline]| {
                    let (longest_word, whole) = self.natural_widths(content, total * 0.3);
                    min[col] = min[col].max(longest_word + 2.0 * PAD_X);
                    max[col] = max[col].max(whole + 2.0 * PAD_X);
                };
                if let Some(h) = header {
                    for (i, text) in h.iter().enumerate().take(n) {
                        measure(i, &[Inline::Bold(text.clone())]);
                    }
                }
                for row in rows {
                    for (i, cell) in row.cells.iter().enumerate().take(n) {
                        if cell.span == 1 {
                            measure(i, &cell.content);
                        }
                    }
                }
                distribute(&min, &max, total)
            }
        }
    }

    /// The widest unbreakable piece (up to `cap`: longer words may be broken)
    /// and the width of the longest line when nothing wraps.
    fn natural_widths(&mut self, content: &[Inline], cap: f32) -> (f32, f32) {
        let atoms = self.atoms(content, BODY_SIZE);
        let space = self.fonts.width(" ", BODY_SIZE, Weight::Regular);
        let mut longest: f32 = 0.0;
        let mut line: f32 = 0.0;
        let mut whole: f32 = 0.0;
        for atom in &atoms {
            match atom.kind {
                AtomKind::Break => {
                    whole = whole.max(line);
                    line = 0.0;
                }
                _ => {
                    longest = longest.max(atom.width.min(cap));
                    if atom.space_before && line > 0.0 {
                        line += space;
                    }
                    line += atom.width;
                }
            }
        }
        (longest, whole.max(line))
    }

    // ----- signatures -----

    fn signature_height(&self) -> f32 {
        self.signature_row_height(2)
    }

    /// Signature lines three to a row: a line to sign on across the
    /// column, the name and organisation under it, then "Datum" and a line
    /// long enough to write a date on.
    fn signatures(&mut self, signers: &[(String, String)], date_label: &str) {
        let width = self.geometry.content_width();
        let gutter = 14.0;
        let per_row = 3;
        let col = (width - gutter * (per_row - 1) as f32) / per_row as f32;
        let caption = self.fonts.width(date_label, BODY_SIZE, Weight::Regular);
        for group in signers.chunks(per_row) {
            let wrapped: Vec<Vec<Line>> = group
                .iter()
                .map(|(name, org)| {
                    let mut content = vec![Inline::Bold(name.clone())];
                    if !org.is_empty() {
                        content.extend([Inline::Break, Inline::Text(org.clone())]);
                    }
                    self.wrap(&content, col, BODY_SIZE)
                })
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(2);
            let height = self.signature_row_height(lines);
            self.ensure(height);
            let top = self.y;
            let rule_y = top + SIGNING_SPACE;
            let date_y = rule_y + 2.0 + (lines as f32 + 1.0) * line_height(BODY_SIZE) + 2.0;
            for (i, lines) in wrapped.iter().enumerate() {
                let x = self.geometry.left + i as f32 * (col + gutter);
                // Read as a paragraph: who signs, then "Datum".
                let mut flow = Flow::inside(self.structure.add(Role::P, Structure::ROOT));
                self.artifact(Item::Line {
                    x1: x,
                    y1: rule_y,
                    x2: x + col,
                    y2: rule_y,
                    width: RULE,
                });
                for (j, line) in lines.iter().enumerate() {
                    let baseline = rule_y + 2.0 + BODY_SIZE + j as f32 * line_height(BODY_SIZE);
                    self.draw_line(&mut flow, line, x, baseline, BODY_SIZE);
                }
                let date = self.wrap(
                    &[Inline::Text(date_label.to_owned())],
                    caption + 1.0,
                    BODY_SIZE,
                );
                if let Some(line) = date.first() {
                    self.draw_line(&mut flow, line, x, date_y, BODY_SIZE);
                }
                self.artifact(Item::Line {
                    x1: x + caption + 3.0,
                    y1: date_y + 1.0,
                    x2: x + col,
                    y2: date_y + 1.0,
                    width: RULE,
                });
            }
            self.y = top + height;
        }
    }

    /// A row of signatures whose names take `lines` lines.
    fn signature_row_height(&self, lines: usize) -> f32 {
        SIGNING_SPACE + 2.0 + (lines as f32 + 1.0) * line_height(BODY_SIZE) + 2.0 + 5.0
    }

    // ----- text -----

    /// Splits inline content into measured atoms: words, checkboxes, breaks.
    fn atoms(&mut self, content: &[Inline], size: f32) -> Vec<Atom> {
        let mut atoms = Vec::new();
        let mut space_pending = false;
        for inline in content {
            let (text, weight) = match inline {
                Inline::Text(t) => (t, Weight::Regular),
                Inline::Bold(t) => (t, Weight::Bold),
                Inline::Check { on, reads } => {
                    atoms.push(Atom {
                        kind: AtomKind::Check(*on, reads.clone()),
                        width: self.fonts.width(check_glyph(*on), size, Weight::Regular),
                        space_before: true,
                    });
                    space_pending = true;
                    continue;
                }
                Inline::Break => {
                    atoms.push(Atom {
                        kind: AtomKind::Break,
                        width: 0.0,
                        space_before: false,
                    });
                    space_pending = false;
                    continue;
                }
            };
            let mut word = String::new();
            let mut glue_to_previous = !space_pending;
            let flush =
                |word: &mut String, atoms: &mut Vec<Atom>, glue: &mut bool, fonts: &Fonts| {
                    if !word.is_empty() {
                        atoms.push(Atom {
                            width: fonts.width(word, size, weight),
                            kind: AtomKind::Word(std::mem::take(word), weight),
                            space_before: !*glue,
                        });
                        *glue = false;
                    }
                };
            for c in text.chars() {
                match c {
                    '\n' => {
                        flush(&mut word, &mut atoms, &mut glue_to_previous, self.fonts);
                        atoms.push(Atom {
                            kind: AtomKind::Break,
                            width: 0.0,
                            space_before: false,
                        });
                        glue_to_previous = true;
                    }
                    c if c.is_whitespace() && c != NO_BREAK_SPACE => {
                        flush(&mut word, &mut atoms, &mut glue_to_previous, self.fonts);
                        glue_to_previous = false;
                    }
                    // They join or part Persian letters: kept for the shaper.
                    '\u{200C}' | '\u{200D}' if word.ends_with(is_arabic_letter) => word.push(c),
                    c if is_invisible(c) => {}
                    c => {
                        // A direction mark orders right-to-left text and
                        // is never drawn: kept for bidi.
                        if self.fonts.has_glyph(c, weight) || is_direction_mark(c) {
                            word.push(c);
                        } else {
                            self.missing.push(c);
                            word.push(PLACEHOLDER);
                        }
                    }
                }
            }
            flush(&mut word, &mut atoms, &mut glue_to_previous, self.fonts);
            space_pending = text.ends_with(char::is_whitespace);
        }
        atoms
    }

    /// Greedy line breaking at spaces; words wider than the line are broken.
    fn wrap(&mut self, content: &[Inline], width: f32, size: f32) -> Vec<Line> {
        let atoms = self.atoms(content, size);
        let fonts = self.fonts;
        let space = fonts.width(" ", size, Weight::Regular);
        let mut lines: Vec<Line> = vec![Vec::new()];
        let mut x = 0.0;
        // Where a wrapped line starts: under the text of a bulleted item
        // (a hanging indent), else at the left edge.
        let mut hang = 0.0;
        let mut atoms = atoms.into_iter().peekable();
        while let Some(atom) = atoms.next() {
            let current_empty = lines.last().is_none_or(Vec::is_empty);
            match atom.kind {
                AtomKind::Break => {
                    lines.push(Vec::new());
                    x = 0.0;
                    hang = 0.0;
                }
                AtomKind::Check(on, reads) => {
                    let gap = if current_empty || !atom.space_before {
                        0.0
                    } else {
                        space
                    };
                    // A box stays on the line of the first word of its label.
                    let label = match atoms.peek() {
                        Some(Atom {
                            kind: AtomKind::Word(..),
                            width,
                            space_before,
                        }) => width + if *space_before { space } else { 0.0 },
                        _ => 0.0,
                    };
                    if x + gap + atom.width + label > width && !current_empty {
                        lines.push(Vec::new());
                        x = hang;
                    } else {
                        x += gap;
                    }
                    push(&mut lines, Piece::Check { dx: x, on, reads });
                    x += atom.width;
                }
                AtomKind::Word(word, weight) => {
                    // The space is drawn in the word's own weight.
                    let gap = if current_empty || !atom.space_before {
                        0.0
                    } else {
                        fonts.width(" ", size, weight)
                    };
                    if x + gap + atom.width <= width {
                        add_text(&mut lines, x + gap, gap, &word, weight);
                        x += gap + atom.width;
                        if current_empty && BULLETS.contains(&word.as_str()) {
                            hang = x + fonts.width(" ", size, weight);
                        }
                        continue;
                    }
                    let mut rest = word.as_str();
                    let address = is_address(&word);
                    if !current_empty {
                        // End this line with the word's first part where
                        // Swedish breaks it (a compound, an address), if
                        // that fits (not worth trying in less room than two
                        // letters and a hyphen); the rest goes on the next line.
                        let room = width - x - gap;
                        if room > 2.2 * size
                            && let Some((cut, hyphen)) =
                                best_cut(rest, address, room, atom.width > width, |t| {
                                    fonts.width(t, size, weight)
                                })
                        {
                            let first = format!(
                                "{}{}",
                                &rest[..cut],
                                if hyphen { SOFT_HYPHEN } else { "" }
                            );
                            add_text(&mut lines, x + gap, gap, &first, weight);
                            rest = &rest[cut..];
                        }
                        lines.push(Vec::new());
                    }
                    // The rest on new lines, broken again where it is still
                    // longer than a line.
                    let start = if current_empty { x } else { hang };
                    let room = width - start;
                    loop {
                        let w = fonts.width(rest, size, weight);
                        if w <= room {
                            add_text(&mut lines, start, 0.0, rest, weight);
                            x = start + w;
                            break;
                        }
                        let (cut, hyphen) =
                            best_cut(rest, address, room, true, |t| fonts.width(t, size, weight))
                                .unwrap_or_else(|| {
                                    (break_point(fonts, rest, room, size, weight), false)
                                });
                        let piece =
                            format!("{}{}", &rest[..cut], if hyphen { SOFT_HYPHEN } else { "" });
                        add_text(&mut lines, start, 0.0, &piece, weight);
                        lines.push(Vec::new());
                        rest = &rest[cut..];
                    }
                }
            }
        }
        if lines.len() > 1 && lines.last().is_some_and(Vec::is_empty) {
            lines.pop();
        }
        lines
    }

    /// Draws one line of `flow`'s content. A line that starts with a
    /// bullet starts a list item (bullet and text apart); a line indented
    /// under it continues the item; any other line is text.
    fn draw_line(&mut self, flow: &mut Flow, line: &Line, x: f32, baseline: f32, size: f32) {
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
        let mut pieces = line.as_slice();
        let target = if flow.is_artifact() {
            None
        } else if let Some((bullet, rest, weight)) = list_item_start(line) {
            let (label, body) = flow.new_item(&mut self.structure);
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
            Some(flow.node_for_line(indented, &mut self.structure))
        };
        for piece in pieces {
            let items = match piece {
                Piece::Text { dx, text, weight } => place(*dx, text, *weight, None),
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
}

/// The items that draw `text` from `x` on baseline `y`: one per run of the
/// font chain (DejaVu, then Ethiopic), each placed after the one before.
pub fn text_items(
    fonts: &Fonts,
    (x, y): (f32, f32),
    size: f32,
    weight: Weight,
    text: &str,
    reads: Option<&String>,
    direction: Direction,
) -> Vec<Item> {
    // A checkbox is one symbol: it needs no ordering.
    if reads.is_none()
        && bidi::needs_bidi(text, direction)
        && let Some(items) = bidi::items(fonts, (x, y), size, weight, text, direction)
    {
        return items;
    }
    let mut x = x;
    fonts
        .runs(text, weight)
        .into_iter()
        .map(|(family, run)| {
            let item = Item::Text {
                x,
                y,
                size,
                weight,
                family,
                text: run.to_owned(),
                reads: reads.cloned(),
                glyphs: None,
            };
            x += fonts.width(run, size, weight);
            item
        })
        .collect()
}

/// Where the lines of one heading, paragraph or table cell go in the
/// document's structure. Text goes into `text` (the element itself, or a
/// paragraph made when the first line comes); list items into `list`.
struct Flow {
    /// The element that holds what this flow makes; `None` for an artifact.
    parent: Option<NodeId>,
    /// Whether the text goes into `parent` itself (a heading, a cell) or
    /// into paragraphs under it.
    text_in_parent: bool,
    /// The paragraph the text goes into now.
    text: Option<NodeId>,
    /// The list the last items went into.
    list: Option<NodeId>,
    /// The body of the list item being written, if a line is part of one.
    item: Option<NodeId>,
}

impl Flow {
    /// Text straight into `node` (a heading, a table cell).
    fn inside(node: NodeId) -> Self {
        Self {
            parent: Some(node),
            text_in_parent: true,
            text: None,
            list: None,
            item: None,
        }
    }

    /// Text as paragraphs under `parent`.
    fn paragraphs(parent: NodeId) -> Self {
        Self {
            text_in_parent: false,
            ..Self::inside(parent)
        }
    }

    /// Nothing read: a header row drawn again.
    fn artifact() -> Self {
        Self {
            parent: None,
            ..Self::paragraphs(Structure::ROOT)
        }
    }

    fn is_artifact(&self) -> bool {
        self.parent.is_none()
    }

    /// The element a line that starts no list item goes into: the item
    /// it is indented under, else text.
    fn node_for_line(&mut self, indented: bool, structure: &mut Structure) -> NodeId {
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
    fn new_item(&mut self, structure: &mut Structure) -> (NodeId, NodeId) {
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
fn list_item_start(line: &Line) -> Option<(&'static str, &str, Weight)> {
    let Some(Piece::Text { dx, text, weight }) = line.first() else {
        return None;
    };
    let bullet = BULLETS.into_iter().find(|b| {
        text.strip_prefix(b)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })?;
    (*dx == 0.0).then(|| (bullet, &text[bullet.len()..], *weight))
}

/// A line that starts with one of these is a list item: its wrapped lines
/// are indented to the text after it.
const BULLETS: [&str; 3] = ["•", "–", "-"];

/// A checkbox as a character: ☒ checked, ☐ not.
fn check_glyph(on: bool) -> &'static str {
    if on { "\u{2612}" } else { "\u{2610}" }
}

/// Wrapped text: pieces placed on one line, offsets from the line start.
type Line = Vec<Piece>;

impl Piece {
    fn dx(&self) -> f32 {
        match self {
            Piece::Text { dx, .. } | Piece::Check { dx, .. } => *dx,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text {
        dx: f32,
        text: String,
        weight: Weight,
    },
    Check {
        dx: f32,
        on: bool,
        reads: String,
    },
}

#[derive(Debug)]
struct Atom {
    kind: AtomKind,
    width: f32,
    /// Whether a space separates it from the previous atom.
    space_before: bool,
}

#[derive(Debug)]
enum AtomKind {
    Word(String, Weight),
    Check(bool, String),
    Break,
}

fn push(lines: &mut [Line], piece: Piece) {
    if let Some(line) = lines.last_mut() {
        line.push(piece);
    }
}

/// Adds a word `gap` (a space's width, or 0) after what is on the line,
/// joining it to the previous run of the same weight so that a line of text
/// becomes one text item. A new run after a space starts with that space,
/// so that extracted text reads "ord): Jag", not "ord):Jag".
fn add_text(lines: &mut [Line], dx: f32, gap: f32, word: &str, weight: Weight) {
    let Some(line) = lines.last_mut() else { return };
    if let Some(Piece::Text {
        text, weight: w, ..
    }) = line.last_mut()
        && *w == weight
    {
        if gap > 0.0 {
            text.push(' ');
        }
        text.push_str(word);
        return;
    }
    let (dx, text) = if gap > 0.0 && !line.is_empty() {
        (dx - gap, format!(" {word}"))
    } else {
        (dx, word.to_owned())
    };
    line.push(Piece::Text { dx, text, weight });
}

/// Printed where a word is hyphenated at a line end: a soft hyphen, which
/// the font draws as a hyphen and text extraction can tell from one that is
/// part of the word.
const SOFT_HYPHEN: &str = "\u{AD}";

/// The longest first part of `word` that fits in `room` when broken where
/// Swedish allows: after a hyphen, slash or dash (Unicode line breaking),
/// inside an address after `@`, `/` or a dot that is not the last, or
/// between syllables (Swedish hyphenation, adding a hyphen). A name is
/// hyphenated only when `forced` (it is longer than a whole line). Each part
/// keeps at least two letters. The cut and whether a hyphen is added.
fn best_cut(
    word: &str,
    address: bool,
    room: f32,
    forced: bool,
    width: impl Fn(&str) -> f32,
) -> Option<(usize, bool)> {
    let candidates = break_candidates(word, address, forced || !starts_upper(word));
    candidates.into_iter().rev().find(|&(at, hyphen)| {
        let first = &word[..at];
        let hyphen_width = if hyphen { width(SOFT_HYPHEN) } else { 0.0 };
        first.chars().count() >= 2 && width(first) + hyphen_width <= room
    })
}

/// An e-mail or web address: broken after its parts, never hyphenated.
fn is_address(word: &str) -> bool {
    word.contains('@') || word.contains("://") || word.starts_with("www.")
}

fn starts_upper(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// Where a word may be broken, in order: byte offsets, and whether a
/// hyphen is added there.
fn break_candidates(word: &str, address: bool, syllables: bool) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = unicode_linebreak::linebreaks(word)
        .filter(|&(at, kind)| {
            at > 0 && at < word.len() && kind == unicode_linebreak::BreakOpportunity::Allowed
        })
        .map(|(at, _)| (at, false))
        .collect();
    if address {
        // anna.svensson@ | exempelstad. | example.se: never before the
        // last part of a domain.
        for (i, c) in word.char_indices() {
            let at = i + c.len_utf8();
            let last_dot = c == '.' && !word[at..].contains(['.', '/']);
            if at < word.len() && matches!(c, '@' | '/' | '.') && !last_dot {
                out.push((at, false));
            }
        }
    } else if syllables {
        // Each run of letters, by the Swedish hyphenation patterns.
        let mut start = None;
        for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
            match (c.is_alphabetic() && i < word.len(), start) {
                (true, None) => start = Some(i),
                (false, Some(from)) => {
                    let run = &word[from..i];
                    let mut at = from;
                    let syllables: Vec<&str> =
                        hypher::hyphenate(run, hypher::Lang::Swedish).collect();
                    for syllable in &syllables[..syllables.len().saturating_sub(1)] {
                        at += syllable.len();
                        out.push((at, true));
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
    // Every part keeps two letters or more.
    out.retain(|&(at, _)| word[at..].chars().count() >= 2);
    out.sort_unstable();
    out.dedup_by_key(|c| c.0);
    out
}

/// Where to break a word that is wider than `width`: after the last
/// `@ . - / _` that fits (so e-mail addresses and paths break sensibly), else
/// after as many characters as fit, and always after at least one.
fn break_point(fonts: &Fonts, word: &str, width: f32, size: f32, weight: Weight) -> usize {
    let mut fits = 0;
    let mut soft = None;
    let mut w = 0.0;
    for (i, c) in word.char_indices() {
        w += fonts.width(c.encode_utf8(&mut [0; 4]), size, weight);
        if w > width && i > 0 {
            break;
        }
        fits = i + c.len_utf8();
        if "@.-/_".contains(c) && fits < word.len() {
            soft = Some(fits);
        }
    }
    match soft {
        Some(at) if at * 2 >= fits => at,
        _ => fits,
    }
}

fn row_height(lines: usize) -> f32 {
    lines.max(1) as f32 * line_height(BODY_SIZE) + 2.0 * PAD_Y
}

/// x and width of each cell, given column widths and cell spans.
fn spans_of(widths: &[f32], spans: &[usize], left: f32) -> Vec<(f32, f32)> {
    let mut x = left;
    let mut col = 0;
    spans
        .iter()
        .map(|&span| {
            let end = (col + span).min(widths.len());
            let w: f32 = widths[col.min(end)..end].iter().sum();
            let cell = (x, w.max(2.0 * PAD_X + 1.0));
            x += w;
            col = end;
            cell
        })
        .collect()
}

/// Shares `total` between columns: every column gets its minimum, the rest
/// goes to columns in proportion to how much more they would like.
fn distribute(min: &[f32], max: &[f32], total: f32) -> Vec<f32> {
    let sum_min: f32 = min.iter().sum();
    let sum_max: f32 = max.iter().sum();
    if sum_min >= total {
        return min.iter().map(|m| m / sum_min * total).collect();
    }
    if sum_max <= total {
        // Everything fits on one line: spread the spare room evenly by need.
        return max.iter().map(|m| m / sum_max * total).collect();
    }
    let spare = total - sum_min;
    let wanted = sum_max - sum_min;
    min.iter()
        .zip(max)
        .map(|(lo, hi)| lo + (hi - lo) / wanted * spare)
        .collect()
}

/// Turns a page laid out left to right into the right-to-left page: every
/// item moves to the mirror place across the middle of the text area (the
/// margins stay where they are, the wider one at the binding), while text
/// and images keep their own direction. A line's first word goes to the
/// right, a table's first column too.
pub fn mirror(page: &mut Page, geometry: Geometry) {
    let fonts = Fonts::get();
    let axis = geometry.left + geometry.width - geometry.right;
    for item in &mut page.items {
        match item {
            Item::Text {
                x,
                size,
                weight,
                text,
                glyphs,
                ..
            } => {
                let width = match glyphs {
                    Some(glyphs) => glyphs.iter().map(|g| g.advance).sum(),
                    None => fonts.width(text, *size, *weight),
                };
                *x = axis - *x - width;
            }
            Item::Line { x1, x2, .. } => {
                *x1 = axis - *x1;
                *x2 = axis - *x2;
            }
            Item::Image { x, w, .. } | Item::Rect { x, w, .. } => *x = axis - *x - *w,
            // Centred on the page already.
            Item::Watermark { .. } | Item::Tag(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        let g = Geometry::a4();
        Engine::new(g, g.top, g.height - g.bottom, Structure::default())
    }

    fn texts(line: &Line) -> String {
        line.iter()
            .filter_map(|p| match p {
                Piece::Text { text, .. } => Some(text.as_str()),
                Piece::Check { .. } => None,
            })
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let mut e = engine();
        let width = e
            .fonts
            .width("Elsa Exempeldotter", BODY_SIZE, Weight::Regular)
            + 1.0;
        let lines = e.wrap(
            &[Inline::Text("Elsa Exempeldotter går i skolan".into())],
            width,
            BODY_SIZE,
        );
        let lines: Vec<String> = lines.iter().map(texts).collect();
        assert_eq!(lines, ["Elsa Exempeldotter", "går i skolan"]);
    }

    #[test]
    fn breaks_a_word_longer_than_the_line() {
        let mut e = engine();
        let word = "Habiliteringsverksamhetens".repeat(4);
        let lines = e.wrap(&[Inline::Text(word.clone())], 60.0, BODY_SIZE);
        assert!(lines.len() > 4);
        let joined: String = lines.iter().map(texts).collect();
        // Broken between syllables, each break marked with a soft hyphen.
        assert_eq!(joined.replace(SOFT_HYPHEN, ""), word);
        assert!(joined.contains(&format!("verk{SOFT_HYPHEN}")) || joined.contains(SOFT_HYPHEN));
    }

    #[test]
    fn breaks_swedish_compounds_between_syllables_and_addresses_after_their_parts() {
        let mut e = engine();
        let lines = e.wrap(
            &[Inline::Text("koncentrationssvårigheter".into())],
            60.0,
            BODY_SIZE,
        );
        let first = texts(&lines[0]);
        assert!(first.ends_with(SOFT_HYPHEN), "{first}");
        assert!("koncentrationssvårigheter".starts_with(first.trim_end_matches(SOFT_HYPHEN)));
        // An e-mail address breaks after @ or a dot, never before its last part.
        let email = "anna.svensson@exempelstad.example.se";
        let lines = e.wrap(&[Inline::Text(email.into())], 70.0, BODY_SIZE);
        let parts: Vec<String> = lines.iter().map(texts).collect();
        assert_eq!(parts.concat(), email, "no hyphen is added to an address");
        assert!(
            parts.iter().all(|p| p != "se" && !p.ends_with("example.")),
            "{parts:?}"
        );
        // A word of any length never panics the hyphenation.
        let long = "a".repeat(500);
        assert_eq!(
            e.wrap(&[Inline::Text(long.clone())], 100.0, BODY_SIZE)
                .iter()
                .map(texts)
                .collect::<String>()
                .replace(SOFT_HYPHEN, ""),
            long
        );
    }

    #[test]
    fn keeps_a_bold_label_and_its_value_on_one_line_as_two_runs() {
        let mut e = engine();
        let lines = e.wrap(
            &[Inline::Bold("Namn:".into()), Inline::Text(" Elsa".into())],
            300.0,
            BODY_SIZE,
        );
        assert_eq!(lines.len(), 1);
        // The space goes with the value, so that extracted text has it.
        assert_eq!(texts(&lines[0]), "Namn:| Elsa");
    }

    #[test]
    fn honours_line_breaks_and_replaces_missing_glyphs() {
        let mut e = engine();
        let lines = e.wrap(&[Inline::Text("a\nb 漢".into())], 300.0, BODY_SIZE);
        assert_eq!(lines.len(), 2);
        assert_eq!(texts(&lines[1]), format!("b {PLACEHOLDER}"));
        assert_eq!(e.missing, ['漢']);
    }

    #[test]
    fn distributes_spare_width_by_need() {
        let w = distribute(&[10.0, 10.0], &[20.0, 110.0], 60.0);
        assert!((w.iter().sum::<f32>() - 60.0).abs() < 0.01);
        assert!(w[1] > w[0]);
        let w = distribute(&[50.0, 50.0], &[60.0, 60.0], 50.0);
        assert_eq!(w, [25.0, 25.0]);
    }
}
