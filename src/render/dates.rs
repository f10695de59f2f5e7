//! Dates and times written out in words, for letters and the child's page:
//! "tisdag 6 oktober 2026 kl. 13.30–15.00", "tisdag den 19 januari".

use chrono::Datelike;

use crate::labels::Labels;
use crate::plan::{PlanDate, TimeOfDay};

/// `date` in `pattern` (`{weekday}`, `{day}`, `{month}`, `{year}`), with
/// the template's names of the days and months; the date as `YYYY-MM-DD`
/// when the template lacks them or its pattern is `{date}` (a translation
/// without the names of the months yet).
pub(super) fn in_words(date: PlanDate, pattern: &str, labels: &Labels) -> String {
    if pattern.contains("{date}") {
        return pattern.replace("{date}", &date.to_string());
    }
    let weekdays: Vec<&str> = labels.document.weekdays.split_whitespace().collect();
    let months: Vec<&str> = labels.document.months.split_whitespace().collect();
    let d = date.0;
    let weekday = weekdays.get(d.weekday().num_days_from_monday() as usize);
    let month = months.get(d.month0() as usize);
    match (weekday, month) {
        (Some(weekday), Some(month)) if weekdays.len() == 7 && months.len() == 12 => pattern
            .replace("{weekday}", weekday)
            .replace("{day}", &d.day().to_string())
            .replace("{month}", month)
            .replace("{year}", &d.year().to_string()),
        _ => date.to_string(),
    }
}

/// The meeting's time: "kl. 13.30", "kl. 13.30–15.00", or nothing without
/// a start. The time never breaks over two lines.
pub(super) fn meeting_time(
    start: Option<TimeOfDay>,
    end: Option<TimeOfDay>,
    labels: &Labels,
) -> Option<String> {
    let l = &labels.invitation;
    let start = start?;
    let words = match end {
        Some(end) => l
            .time_span
            .replace("{start}", &start.to_string())
            .replace("{end}", &end.to_string()),
        None => l.time.replace("{start}", &start.to_string()),
    };
    Some(words.replace(' ', "\u{A0}"))
}
