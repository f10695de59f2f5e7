//! What layout is given: blocks of content, top to bottom, and the inline
//! text, checkboxes and table cells in them.

/// A space that never breaks a line, e.g. inside a phone number.
pub const NO_BREAK_SPACE: char = '\u{A0}';

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
/// Each block is also an element of the document's
/// [`Structure`](crate::document::Structure): a title is a level-1
/// heading, a heading level 2 and a subheading level 3; a paragraph is a
/// paragraph, and its lines that start with a bullet are a list; a table
/// with a header row is a table, and one without is a grid of fields, each
/// cell a paragraph; signatures and bars are paragraphs.
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
