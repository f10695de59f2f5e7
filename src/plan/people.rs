//! The people of a plan besides the child: guardians, next of kin, the
//! meeting's participants, contacts and signers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::field::{Email, Name, Phone};

/// Vårdnadshavare: a guardian or someone in a parent's role.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Guardian {
    /// Namn.
    #[validate(nested)]
    pub name: Name,
    /// Relation to the child, e.g. "mamma", "pappa", "familjehemsförälder".
    #[validate(nested)]
    pub relation: Name,
    /// Whether this person has custody (vårdnad). With two custodians, both
    /// consent together (joint custody, FB 6 kap. 13 §).
    #[serde(default = "yes")]
    pub custody: bool,
    /// Telefon.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Phone>,
    /// E-post.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    /// Tolkbehov: interpreter needed, and for which language.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<Name>,
}

fn yes() -> bool {
    true
}

/// Närstående: next of kin taking part.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    /// Namn.
    #[validate(nested)]
    pub name: Name,
    /// Relation to the child, e.g. "mormor".
    #[validate(nested)]
    pub relation: Name,
    /// Telefon.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Phone>,
    /// E-post.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
}

/// Deltagare: one participant of the meeting.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Namn.
    #[validate(nested)]
    pub name: Name,
    /// Roll, e.g. "socialsekreterare", "psykolog", "mentor", "vårdnadshavare".
    #[validate(nested)]
    pub role: Name,
    /// Verksamhet/organisation, e.g. "Socialtjänsten Exempelstad", "BUP Norr".
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Name>,
    /// Telefon.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Phone>,
    /// Whether the participant came to the meeting.
    #[serde(default = "yes")]
    pub present: bool,
}

/// A named person with optional contact details.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Namn.
    #[validate(nested)]
    pub name: Name,
    /// Telefon.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Phone>,
    /// E-post.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
}

/// Underskrift: one signature line.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// Namnförtydligande.
    #[validate(nested)]
    pub name: Name,
    /// Roll/verksamhet.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Name>,
}
