//! Recording a deviation in the plan file itself, so that `stats` counts
//! it: the file is edited where the list goes and nothing else changes.

use crate::diagnostic::FieldPath;
use crate::edit::Edits;
use crate::plan::{Deviation, Plan};
use crate::source::{Format, Source};

/// Why a deviation could not be added to the plan file.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The deviation could not be written in the file's format.
    #[error("the deviation could not be written: {0}")]
    Write(String),
    /// The file could not be edited where the list goes.
    #[error(transparent)]
    Edit(#[from] crate::edit::EditError),
    /// The edited file did not read back with the deviation last.
    #[error("the edited plan file did not read back")]
    NotReadBack,
}

impl RecordError {
    /// Why, in the words of the message catalogue.
    pub fn message(&self) -> crate::message::Message {
        match self {
            RecordError::Write(why) => crate::msg!("record-write", why = why.clone()),
            RecordError::Edit(e) => crate::msg!("record-edit", path = e.0.clone()),
            RecordError::NotReadBack => crate::msg!("record-read-back"),
        }
    }
}

/// The text of the plan file `source` (which holds `plan`) with `deviation`
/// added last to its `deviations`, everything else as it was written:
/// comments, layout, the earlier revisions. The kind of party is written
/// out, so that it still counts right when the insatser change at a
/// follow-up. `None` when the plan has this deviation already, however
/// it was worded (the full report and the de-identified copy, its
/// description reworded, are often made one after the other).
pub fn record(
    source: &Source,
    plan: &Plan,
    deviation: &Deviation,
) -> Result<Option<String>, RecordError> {
    let deviation = &Deviation {
        party: deviation.party(&plan.actions),
        ..deviation.clone()
    };
    // The de-identified copy is the same deviation in other words: one
    // deviation is one day, one insats or event and one kind of party.
    let same = |d: &Deviation| {
        d.date == deviation.date
            && d.about == deviation.about
            && d.party(&plan.actions) == deviation.party
    };
    if plan.deviations.iter().any(same) {
        return Ok(None);
    }
    let write = |e: &dyn std::fmt::Display| RecordError::Write(e.to_string());
    let item = match source.format {
        // Without the `#![enable(implicit_some)]` line RON puts first: the
        // loader has it on for the whole file.
        Format::Ron => ron::ser::to_string_pretty(deviation, crate::ron_file::style())
            .map_err(|e| write(&e))?
            .lines()
            .filter(|line| !line.starts_with("#!["))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => serde_json::to_string_pretty(deviation).map_err(|e| write(&e))?,
    };
    let mut file = Edits::new(source);
    match source.value_span(&FieldPath::from("deviations")) {
        Some(list) => file.add_item("deviations", list, &item)?,
        None => file.add_list("", "deviations", &item)?,
    }
    let text = file.apply_within(0..source.text.len())?;
    // The file is only replaced by one that reads back with the deviation.
    let edited = Source::from_text(&source.name, &text, source.format).at(source.location.clone());
    match crate::load::parse_plan(&edited) {
        Ok(plan) if plan.deviations.last() == Some(deviation) => Ok(Some(text)),
        _ => Err(RecordError::NotReadBack),
    }
}
