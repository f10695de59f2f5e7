//! The small pieces every document is built of: a labelled field in a
//! grid of six columns, text, checkbox rows, bullets, tables.

use crate::document::MM;
use crate::labels::Labels;
use crate::layout::{self, Block, Cell, Columns, Inline, Row};
use crate::plan::PlanDate;

/// On the worksheet: the height of each free-text field (the child's own
/// words, the family's view, needs, goals), in mm, to write by hand.
pub(super) const WRITING_MM: f32 = 25.0;

/// Keeps a date and its dash together.
pub(super) const NBSP: char = layout::NO_BREAK_SPACE;

/// Columns of the field grids: 6 so that cells can take halves (3) and thirds (2).
pub(super) const GRID: usize = 6;

/// "Label: value" in a cell spanning `span` of the 6 grid columns.
pub(super) fn field(span: usize, label: &str, value: Vec<Inline>) -> Cell {
    let mut content = vec![Inline::Bold(format!("{label}:"))];
    if !value.is_empty() {
        content.push(Inline::Text(" ".into()));
        content.extend(value);
    }
    Cell::spanning(span, content)
}

pub(super) fn text(value: impl Into<String>) -> Vec<Inline> {
    vec![Inline::Text(value.into())]
}

/// Checkboxes for a choice, the chosen one crossed; a screen reader says
/// the template's word for each box's state.
pub(super) fn choices(labels: &Labels, options: &[(&str, bool)]) -> Vec<Inline> {
    let mut out = Vec::new();
    for (label, on) in options {
        let d = &labels.document;
        let reads = if *on { &d.checked } else { &d.unchecked };
        out.push(Inline::Check {
            on: *on,
            reads: reads.clone(),
        });
        // A label never breaks from its box, nor inside when it is short.
        let label = if label.chars().count() <= 28 {
            label.replace(' ', &NBSP.to_string())
        } else {
            (*label).to_owned()
        };
        out.push(Inline::Text(format!(" {label}  ")));
    }
    out
}

/// Items of a list, one per line with a bullet.
pub(super) fn bullets(items: &[impl std::fmt::Display]) -> Vec<Inline> {
    let mut out = vec![Inline::Break];
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(Inline::Break);
        }
        out.push(Inline::Text(format!("• {item}")));
    }
    out
}

/// The worksheet's rows with each two full-width fields in a row side by
/// side: on paper both have room to write, and the form stays on two pages.
pub(super) fn paired(rows: Vec<Vec<Cell>>) -> Vec<Vec<Cell>> {
    let mut out: Vec<Vec<Cell>> = Vec::with_capacity(rows.len());
    let single = |row: &Vec<Cell>| row.len() == 1 && row[0].span == GRID;
    for mut row in rows {
        match out.last_mut() {
            Some(last) if single(last) && single(&row) => {
                last[0].span = GRID / 2;
                row[0].span = GRID / 2;
                last.append(&mut row);
            }
            _ => out.push(row),
        }
    }
    out
}

/// A grid of free-text fields; on the worksheet each row has room to
/// write by hand ([`WRITING_MM`]).
pub(super) fn writing_grid(rows: Vec<Vec<Cell>>, blank: bool) -> Block {
    let mut block = grid(rows, blank);
    if blank && let Block::Table { rows, .. } = &mut block {
        for row in rows {
            row.min_lines = layout::lines_for_height(WRITING_MM * MM);
        }
    }
    block
}

pub(super) fn grid(rows: Vec<Vec<Cell>>, blank: bool) -> Block {
    let rows = if blank { paired(rows) } else { rows };
    Block::Table {
        columns: Columns::Fixed(vec![1.0; GRID]),
        header: None,
        rows: rows
            .into_iter()
            .map(|cells| Row {
                cells,
                min_lines: if blank { 2 } else { 1 },
            })
            .collect(),
    }
}

pub(super) fn date(d: Option<PlanDate>) -> Vec<Inline> {
    d.map(|d| text(d.to_string())).unwrap_or_default()
}

pub(super) fn opt<T: AsRef<str>>(value: &Option<T>) -> Vec<Inline> {
    value.as_ref().map(|v| text(v.as_ref())).unwrap_or_default()
}

/// Names or texts in a line: `a, b, c`; an item not filled in yet (empty)
/// leaves no separator behind.
pub(super) fn joined<T: AsRef<str>>(items: &[T]) -> String {
    let items: Vec<&str> = items
        .iter()
        .map(AsRef::as_ref)
        .filter(|s| !s.trim().is_empty())
        .collect();
    items.join(", ")
}

pub(super) fn opt_str<T: AsRef<str>>(value: &Option<T>) -> &str {
    value.as_ref().map_or("", AsRef::as_ref)
}

/// A phone number that never breaks over two lines.
pub(super) fn phone<T: AsRef<str>>(value: &Option<T>) -> String {
    opt_str(value).replace(' ', &layout::NO_BREAK_SPACE.to_string())
}

pub(super) fn plain_row(cells: &[&str]) -> Row {
    Row {
        cells: cells.iter().map(|c| Cell::new(text(*c))).collect(),
        min_lines: 1,
    }
}

/// A table with a header row; a worksheet gets `n` empty rows in fixed columns.
pub(super) fn table(
    header: Vec<String>,
    rows: Vec<Row>,
    blank: Option<(usize, Vec<f32>)>,
) -> Block {
    table_of(header, rows, blank, 2)
}

/// [`table`] whose empty worksheet rows are `lines` lines high.
pub(super) fn table_of(
    header: Vec<String>,
    rows: Vec<Row>,
    blank: Option<(usize, Vec<f32>)>,
    lines: usize,
) -> Block {
    match blank {
        Some((n, shares)) => Block::Table {
            columns: Columns::Fixed(shares),
            rows: vec![
                Row {
                    cells: header.iter().map(|_| Cell::new(Vec::new())).collect(),
                    min_lines: lines,
                };
                n
            ],
            header: Some(header),
        },
        None => Block::Table {
            columns: Columns::Auto(header.len()),
            header: Some(header),
            rows,
        },
    }
}
