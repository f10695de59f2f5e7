//! Signature lines: three to a row, a line to sign on, who signs under it,
//! and a line for the date.

use super::block::Inline;
use super::linebreak::Line;
use super::pages::Pages;
use super::reading::Reading;
use super::sizes::{BODY_SIZE, RULE, line_height};
use crate::document::{Item, Role, Structure};
use crate::font::Weight;

/// Height of the space for a handwritten signature.
const SIGNING_SPACE: f32 = 22.0;

impl Pages {
    /// The height of a row of signatures, for keeping it with what is before.
    pub(super) fn signature_height(&self) -> f32 {
        self.signature_row_height(2)
    }

    /// Signature lines three to a row: a line to sign on across the
    /// column, the name and organisation under it, then "Datum" and a line
    /// long enough to write a date on.
    pub(super) fn signatures(&mut self, signers: &[(String, String)], date_label: &str) {
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
                let mut reading = Reading::inside(self.structure.add(Role::P, Structure::ROOT));
                self.artifact(Item::Line {
                    x1: x,
                    y1: rule_y,
                    x2: x + col,
                    y2: rule_y,
                    width: RULE,
                });
                for (j, line) in lines.iter().enumerate() {
                    let baseline = rule_y + 2.0 + BODY_SIZE + j as f32 * line_height(BODY_SIZE);
                    self.draw_line(&mut reading, line, x, baseline, BODY_SIZE);
                }
                let date = self.wrap(
                    &[Inline::Text(date_label.to_owned())],
                    caption + 1.0,
                    BODY_SIZE,
                );
                if let Some(line) = date.first() {
                    self.draw_line(&mut reading, line, x, date_y, BODY_SIZE);
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
}
