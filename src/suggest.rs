//! "Did you mean …?": the closest of the names a place accepts, and how a
//! hint says it. One place, so that every message suggests the same way.

use crate::message::Message;
use crate::msg;

/// The candidate closest to `found`, if it is close enough to be a typo
/// (Jaro–Winkler similarity above 0.8).
pub fn closest<'a>(found: &str, candidates: &'a [String]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(found, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.as_str())
}

/// The hint that suggests `meant`, as it is to be written.
pub fn did_you_mean(meant: &str) -> Message {
    msg!("did-you-mean", name = meant)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_name_when_it_is_a_likely_typo() {
        let names: Vec<String> = ["what", "responsible", "unit"].map(String::from).to_vec();
        assert_eq!(closest("responsibel", &names), Some("responsible"));
        assert_eq!(closest("zzz", &names), None);
        assert_eq!(
            crate::message::Lang::En.text(&did_you_mean("unit")),
            "did you mean `unit`?"
        );
        assert_eq!(
            crate::message::Lang::Sv.text(&did_you_mean("unit")),
            "menade du `unit`?"
        );
    }
}
