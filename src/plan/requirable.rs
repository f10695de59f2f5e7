//! The optional fields a municipality's template can make required.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An optional plan field that a template can make required (its
/// `required` list), written as its path, e.g. `"child.school"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Requirable {
    /// `document.written_by`
    WrittenBy,
    /// `child.school`
    School,
    /// `child.language`
    Language,
    /// `consent.sharing_between`
    SharingBetween,
    /// `consent.valid_until`
    ValidUntil,
    /// `consent.child_view`
    ChildView,
    /// `meeting.question`
    Question,
    /// `meeting.initiator`
    Initiator,
    /// `meeting.child_participation`
    ChildParticipation,
    /// `views.child`
    ChildVoice,
    /// `goals.overall`
    OverallGoal,
    /// `follow_up.caller`
    Caller,
    /// `follow_up.closing_criteria`
    ClosingCriteria,
    /// `follow_up.if_not_working`
    IfNotWorking,
}

impl Requirable {
    /// Every field a template can make required.
    pub const ALL: [Requirable; 14] = [
        Requirable::WrittenBy,
        Requirable::School,
        Requirable::Language,
        Requirable::SharingBetween,
        Requirable::ValidUntil,
        Requirable::ChildView,
        Requirable::Question,
        Requirable::Initiator,
        Requirable::ChildParticipation,
        Requirable::ChildVoice,
        Requirable::OverallGoal,
        Requirable::Caller,
        Requirable::ClosingCriteria,
        Requirable::IfNotWorking,
    ];

    /// Each field's path in a plan file, in the order of the variants.
    const PATHS: [&'static str; 14] = [
        "document.written_by",
        "child.school",
        "child.language",
        "consent.sharing_between",
        "consent.valid_until",
        "consent.child_view",
        "meeting.question",
        "meeting.initiator",
        "meeting.child_participation",
        "views.child",
        "goals.overall",
        "follow_up.caller",
        "follow_up.closing_criteria",
        "follow_up.if_not_working",
    ];

    /// The field's path in a plan file.
    pub fn path(self) -> &'static str {
        Self::PATHS[self as usize]
    }
}

impl fmt::Display for Requirable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

impl Serialize for Requirable {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.path())
    }
}

/// Read from its path; an unknown one is reported with the standard
/// "unknown variant" error, so the reader suggests the closest.
impl<'de> Deserialize<'de> for Requirable {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Requirable::ALL
            .into_iter()
            .find(|r| r.path() == text.trim())
            .ok_or_else(|| serde::de::Error::unknown_variant(&text, &Requirable::PATHS))
    }
}

impl JsonSchema for Requirable {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Requirable".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An optional plan field a template can make required.",
            "type": "string",
            "enum": Requirable::PATHS
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Requirable;

    #[test]
    fn every_requirable_field_has_its_own_path_in_order() {
        for (i, field) in Requirable::ALL.into_iter().enumerate() {
            assert_eq!(field as usize, i, "{field:?}");
            let read: Requirable = serde_json::from_str(&format!("\"{}\"", field.path())).unwrap();
            assert_eq!(read, field);
        }
        let paths: std::collections::HashSet<&str> =
            Requirable::ALL.map(Requirable::path).into_iter().collect();
        assert_eq!(paths.len(), Requirable::ALL.len());
    }
}
