//! One row of a bar chart: a label, its figure and a bar.

use super::block::Inline;
use super::pages::Pages;
use super::reading::Reading;
use super::sizes::{BODY_SIZE, line_height};
use crate::document::{Item, Role, Structure};

impl Pages {
    /// Label, value and bar side by side; a long label wraps.
    pub(super) fn bar(&mut self, label: &str, value: &str, fraction: Option<f32>) {
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
        let mut reading = Reading::inside(self.structure.add(Role::P, Structure::ROOT));
        for (column, lines) in [(x, &label), (x + label_width, &value)] {
            for (i, line) in lines.iter().enumerate() {
                let baseline = self.y + BODY_SIZE + i as f32 * line_height(BODY_SIZE);
                self.draw_line(&mut reading, line, column, baseline, BODY_SIZE);
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
}
