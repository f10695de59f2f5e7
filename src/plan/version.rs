//! The plan file format's version: only this sipplan's is read.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The plan file format version this sipplan reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The `version` field: only [`FORMAT_VERSION`] is accepted, so that a file
/// written for a newer sipplan is refused with a clear message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatVersion;

impl Serialize for FormatVersion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(FORMAT_VERSION)
    }
}

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match u64::deserialize(d)? {
            v if v == u64::from(FORMAT_VERSION) => Ok(FormatVersion),
            v => Err(serde::de::Error::custom(
                crate::msg!(
                    "format-version",
                    found = v.to_string(),
                    reads = FORMAT_VERSION.to_string()
                )
                .tag(),
            )),
        }
    }
}

impl JsonSchema for FormatVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Plan file format version.",
            "const": FORMAT_VERSION
        })
    }
}
