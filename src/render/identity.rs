//! Whose plan it is, on every page: the header's line and the footer's,
//! with the child's number shown in full or masked, and the logo.

use super::cells::{NBSP, text};
use super::options::Options;
use super::options::Unfilled;
use crate::labels::Labels;
use crate::layout::{Block, Cell, Columns, Inline, Row};
use crate::personnummer::IdKind;
use crate::plan::{ChildId, Plan};
use crate::template::Template;

/// A birth date as printed: `2015-03-14`, `2015-03 (dag okänd)` or
/// `2015 (månad och dag okända)`, in the template's words.
pub(super) fn birth_text(date: &crate::birth::BirthDate, f: &crate::labels::FieldLabels) -> String {
    match (date.month(), date.day()) {
        (Some(_), Some(_)) => date.to_string(),
        (Some(_), None) => format!("{date} ({})", f.birth_day_unknown),
        _ => format!("{} ({})", date.year(), f.birth_month_day_unknown),
    }
}

/// What the header and footer say about the plan on every page.
pub(super) struct Identity {
    pub(super) name: String,
    pub(super) id_label: String,
    pub(super) id: String,
    pub(super) date: String,
    pub(super) revision: String,
}

impl Identity {
    pub(super) fn of(plan: &Plan, unfilled: Unfilled, labels: &Labels, mask: bool) -> Self {
        let f = &labels.fields;
        let (id_label, id) = match &plan.child.id {
            _ if unfilled("child.id") => (f.personnummer.clone(), String::new()),
            ChildId::Personnummer(text) | ChildId::Samordningsnummer(text) => {
                match plan.child_number() {
                    Some(Ok(n)) => {
                        let label = match n.kind() {
                            IdKind::Personnummer => &f.personnummer,
                            IdKind::Samordningsnummer => &f.samordningsnummer,
                        };
                        let shown = if mask { n.masked_full() } else { n.to_string() };
                        (label.clone(), shown)
                    }
                    // Only reachable in a draft: print what was written.
                    _ if mask => (
                        f.personnummer.clone(),
                        crate::privacy::mask_text(text.as_str()),
                    ),
                    _ => (f.personnummer.clone(), text.as_str().trim().to_owned()),
                }
            }
            ChildId::Reservnummer(text) => {
                (f.reservnummer.clone(), text.as_str().trim().to_owned())
            }
            ChildId::BirthDate(date) => (f.birth_date.clone(), birth_text(date, f)),
        };
        Self {
            name: plan.child.name.to_string(),
            id_label,
            id,
            date: if unfilled("document.date") {
                String::new()
            } else {
                plan.document.date.to_string()
            },
            revision: plan.document.revision.to_string(),
        }
    }

    /// One short line for the footer: name · number · date · version; a
    /// value not filled in yet is left out with its label and separator.
    pub(super) fn compact(&self, labels: &Labels) -> Vec<Inline> {
        let d = &labels.document;
        let parts = [
            self.name.clone(),
            self.id.clone(),
            labelled(&d.plan_date, &self.date),
            labelled(&d.revision, &self.revision),
        ];
        let parts: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
        text(parts.join(" · "))
    }

    /// The header line, with labels; a value not filled in yet is left out
    /// with its label.
    pub(super) fn line(&self, labels: &Labels) -> Vec<Inline> {
        let d = &labels.document;
        let pairs = [
            (&d.child, &self.name),
            (&self.id_label, &self.id),
            (&d.plan_date, &self.date),
            (&d.revision, &self.revision),
        ];
        let shown: Vec<_> = pairs.iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        // A no-break space after each label: a label never ends a line
        // without its value.
        let mut line = Vec::new();
        for (i, (label, value)) in shown.iter().enumerate() {
            let gap = if i + 1 < shown.len() { "   " } else { "" };
            line.push(Inline::Bold(format!("{label}:")));
            line.push(Inline::Text(format!("{NBSP}{value}{gap}")));
        }
        line
    }
}

/// "Upprättad 2026-09-15", or nothing without a value.
fn labelled(label: &str, value: &str) -> String {
    match value.trim().is_empty() {
        true => String::new(),
        false => format!("{label} {value}"),
    }
}

/// The logo's printed size: 30 pt high (about 10 mm), at most 110 pt wide.
pub(super) fn logo_size(logo: &crate::image::Image) -> (f32, f32) {
    let ratio = logo.width as f32 / logo.height as f32;
    let (mut w, mut h) = (30.0 * ratio, 30.0);
    if w > 110.0 {
        w = 110.0;
        h = 110.0 / ratio;
    }
    (w, h)
}

pub(super) fn header_blocks(
    identity: &Identity,
    template: &Template,
    options: Options,
) -> Vec<Block> {
    let labels = &template.labels;
    let mut blocks = Vec::new();
    if !template.organisations.is_empty() {
        blocks.push(Block::Paragraph(text(template.organisations.join(" · "))));
    }
    blocks.push(Block::Paragraph(identity.line(labels)));
    if !template.texts.secrecy.is_empty() {
        let marking = template.texts.secrecy.replace("{date}", &identity.date);
        blocks.push(Block::Paragraph(vec![Inline::Bold(marking)]));
    }
    let banner = |words: String| Block::Table {
        columns: Columns::Fixed(vec![1.0]),
        header: None,
        rows: vec![Row {
            cells: vec![Cell::new(vec![Inline::Bold(words)])],
            min_lines: 1,
        }],
    };
    if options.draft_mark {
        blocks.push(Block::Gap(3.0));
        blocks.push(banner(labels.document.draft.clone()));
    }
    if options.family_copy {
        blocks.push(Block::Gap(3.0));
        blocks.push(banner(labels.document.family_copy.clone()));
    }
    if let Some((revision, date)) = options.superseded_by {
        blocks.push(Block::Gap(3.0));
        blocks.push(banner(
            labels
                .document
                .superseded
                .replace("{revision}", &revision.to_string())
                .replace("{date}", &date.to_string()),
        ));
    }
    blocks
}

// ----- the plan's sections -----
