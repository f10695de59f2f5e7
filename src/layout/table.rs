//! Tables: columns sized to their content, rows moved to the next page
//! when they do not fit (or split by lines when taller than a page), and
//! the header row repeated after a page break.

use super::block::{Columns, Inline, Row};
use super::linebreak::{Line, natural_widths};
use super::pages::Pages;
use super::reading::Reading;
use super::sizes::{BODY_SIZE, RULE, line_height};
use crate::document::{Item, NodeId, Role, Structure};

/// Padding inside table cells.
const PAD_X: f32 = 3.0;
const PAD_Y: f32 = 1.5;
/// How far above its baseline the tallest letters of a line reach, as a
/// multiple of the text size (DejaVu Sans: capitals and ascenders about 0.76).
const ASCENT: f32 = 0.8;

/// How many body-text lines a table row needs to be at least `height`
/// points high: for room to write by hand on the worksheet.
pub fn lines_for_height(height: f32) -> usize {
    ((height - 2.0 * PAD_Y) / line_height(BODY_SIZE))
        .ceil()
        .max(1.0) as usize
}

/// The height of a row of `lines` lines of body text, padding included.
pub(super) fn row_height(lines: usize) -> f32 {
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

impl Pages {
    pub(super) fn table(&mut self, columns: &Columns, header: Option<&[String]>, rows: &[Row]) {
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
        let repeat_header = |pages: &mut Pages| {
            if let Some(h) = header {
                pages.header_row(h, &widths, None);
            }
        };
        for row in rows {
            let (lines, spans, n) = self.row_lines(row, &widths);
            let mut readings = self.row_readings(row, table);
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
                self.row_part(&mut readings, &lines, &spans, from, take, None);
                from += take;
                if from >= n {
                    break;
                }
                self.new_page();
                repeat_header(self);
            }
        }
    }

    pub(super) fn header_height(&mut self, header: &[String], widths: &[f32]) -> f32 {
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
    fn row_readings(&mut self, row: &Row, table: Option<NodeId>) -> Vec<Reading> {
        let Some(table) = table else {
            return row
                .cells
                .iter()
                .map(|_| Reading::paragraphs(Structure::ROOT))
                .collect();
        };
        let tr = self.structure.add(Role::TR, table);
        row.cells
            .iter()
            .map(|cell| {
                let td = self.structure.add(Role::TD, tr);
                self.structure.node_mut(td).col_span = cell.span;
                Reading::inside(td)
            })
            .collect()
    }

    /// The header row, as the table's first row of header cells, or as an
    /// artifact when `table` is `None` (repeated after a page break).
    fn header_row(&mut self, header: &[String], widths: &[f32], table: Option<NodeId>) {
        let lines = self.header_lines(header, widths);
        let n = lines.iter().map(Vec::len).max().unwrap_or(1);
        let spans: Vec<(f32, f32)> = spans_of(widths, &vec![1; widths.len()], self.geometry.left);
        let mut readings: Vec<Reading> = match table {
            Some(table) => {
                let tr = self.structure.add(Role::TR, table);
                header
                    .iter()
                    .map(|_| Reading::inside(self.structure.add(Role::TH, tr)))
                    .collect()
            }
            None => header.iter().map(|_| Reading::artifact()).collect(),
        };
        self.row_part(&mut readings, &lines, &spans, 0, n, Some(0.9));
    }

    /// Each cell's wrapped lines, each cell's x and width, and the row's
    /// height in lines (at least its `min_lines`).
    pub(super) fn row_lines(
        &mut self,
        row: &Row,
        widths: &[f32],
    ) -> (Vec<Vec<Line>>, Vec<(f32, f32)>, usize) {
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
        readings: &mut [Reading],
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
        for ((cell, &(x, _)), reading) in lines.iter().zip(boxes).zip(readings.iter_mut()) {
            for (i, line) in cell.iter().skip(from).take(take).enumerate() {
                // The letters' height, not the text size, above the first
                // baseline: the room a descender needs is left below the last.
                let baseline = top + PAD_Y + ASCENT * BODY_SIZE + i as f32 * line_height(BODY_SIZE);
                self.draw_line(reading, line, x + PAD_X, baseline, BODY_SIZE);
            }
        }
        self.y = top + height;
    }

    /// Column widths that fill the content width.
    pub(super) fn column_widths(
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
                    let (longest_word, whole) =
                        natural_widths(self.fonts, content, total * 0.3, &mut self.missing);
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distributes_spare_width_by_need() {
        let w = distribute(&[10.0, 10.0], &[20.0, 110.0], 60.0);
        assert!((w.iter().sum::<f32>() - 60.0).abs() < 0.01);
        assert!(w[1] > w[0]);
        let w = distribute(&[50.0, 50.0], &[60.0, 60.0], 50.0);
        assert_eq!(w, [25.0, 25.0]);
    }
}
