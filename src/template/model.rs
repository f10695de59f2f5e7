//! The template model: a template file as written ([`TemplateFile`]) and a
//! template with its `extends` chain resolved ([`Template`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::decode::Readable;
use crate::image::Image;
use crate::labels::{LabelOverrides, Labels};
use crate::plan::Requirable;

/// A template file as written. Everything but the identity is optional: what
/// is left out comes from the template it `extends`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateFile {
    /// Short id, e.g. "exempelkommun".
    pub id: String,
    /// Name shown to users, e.g. "SIP för barn, Exempelkommun".
    pub name: String,
    /// The template's own version, e.g. "2026-1".
    pub version: Option<String>,
    /// The plan file format this template is written for: 1.
    pub plan_format: u32,
    /// The template this one builds on: a built-in id ("sv", "en") or a file
    /// path relative to this file.
    pub extends: Option<String>,
    /// Language of the printed plan, e.g. "sv" or "en".
    pub language: Option<String>,
    /// Organisations named in the page header, e.g. the kommun and the region.
    pub organisations: Option<Vec<String>>,
    /// Sections in print order; a section left out is not printed.
    pub sections: Option<Vec<SectionRef>>,
    /// Optional plan fields that this template makes required, e.g. "child.school".
    pub required: Option<Vec<Requirable>>,
    /// Sections the municipality adds; a plan fills them under `custom`.
    pub custom_sections: Option<Vec<CustomSection>>,
    /// Legal and fixed texts.
    #[serde(default)]
    pub texts: TextOverrides,
    /// Local rules from the municipality's agreement.
    #[serde(default)]
    pub rules: RuleOverrides,
    /// A PNG or JPEG logo for the page header, relative to this file.
    pub logo: Option<String>,
    /// The printed words; only what differs from the extended template.
    #[serde(default)]
    pub labels: LabelOverrides,
}

impl Readable for TemplateFile {}

/// A printed section, in the order given by the template.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum SectionRef {
    /// Barnet (always printed).
    Child,
    /// Vårdnadshavare och närstående.
    Guardians,
    /// Samtycke (always printed).
    Consent,
    /// Mötet (always printed).
    Meeting,
    /// Barnets och familjens bild.
    Views,
    /// Behov och mål.
    NeedsAndGoals,
    /// Insatser – vem gör vad och när (always printed: the law's items 1–3).
    Actions,
    /// Ansvar för planen (always printed: the law's item 4).
    Responsibility,
    /// Uppföljning och avslut (always printed).
    FollowUp,
    /// Underskrifter and the distribution list.
    Signatures,
    /// A section this template defines under `custom_sections`, by key.
    Custom(String),
}

impl SectionRef {
    /// Sections that carry what the law requires, or identify the plan.
    pub const REQUIRED: [SectionRef; 6] = [
        SectionRef::Child,
        SectionRef::Consent,
        SectionRef::Meeting,
        SectionRef::Actions,
        SectionRef::Responsibility,
        SectionRef::FollowUp,
    ];
}

/// A section the municipality adds, with free-text fields and checklists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomSection {
    /// Key used in the plan's `custom` part and in `sections`, e.g. "skola".
    pub key: String,
    /// Printed heading.
    pub heading: String,
    /// The section's fields, in print order.
    pub fields: Vec<CustomField>,
}

/// A field of a custom section: free text, or a checklist when `checklist` is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomField {
    /// Key used in the plan, e.g. "atgardsprogram".
    pub key: String,
    /// Printed label.
    pub label: String,
    /// Whether a plan must fill it in.
    #[serde(default)]
    pub required: bool,
    /// The options of a checklist, as (key, printed label).
    pub checklist: Option<Vec<(String, String)>>,
}

/// Legal and fixed texts as a template file writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextOverrides {
    /// The legal basis line under the title; "" hides it.
    pub legal_basis: Option<String>,
    /// Printed above the signatures; "" hides it.
    pub consent: Option<String>,
    /// Secrecy marking printed at the top of every page, e.g.
    /// "SEKRETESS enligt 26 kap. 1 § OSL · {date} · Socialnämnden" (`{date}`
    /// becomes the plan date); "" for none.
    pub secrecy: Option<String>,
    /// Extra text in every page's footer; "" for none.
    pub footer: Option<String>,
}

/// Local rules as a template file writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleOverrides {
    /// Most days allowed from consent to the first meeting (e.g. 21).
    pub consent_to_meeting_days: Option<u32>,
    /// Warning shown when that is broken; `{days}` is replaced by the limit.
    pub consent_to_meeting_message: Option<String>,
    /// Usual longest time from the meeting to the follow-up, in days.
    pub follow_up_days: Option<u32>,
    /// Warning shown when that is broken; `{days}` is replaced by the limit.
    pub follow_up_message: Option<String>,
    /// From what age the child gets a signature line of their own when the
    /// plan names no signers (default 12); 0 for no line for the child.
    pub child_signature_age: Option<u32>,
    /// Print "Min plan", the child's own page, after every plan, as
    /// `render --child-page` does.
    pub child_page: Option<bool>,
    /// Print the child's personnummer in the invitation to the meeting,
    /// for letters that are filed by number. Default: no number.
    pub invitation_personnummer: Option<bool>,
}

/// A template with everything resolved: what render and validate use.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// Id, e.g. "sv".
    pub id: String,
    /// Name shown to users.
    pub name: String,
    /// The template's own version.
    pub version: String,
    /// Language of the printed plan.
    pub language: String,
    /// Organisations named in the header.
    pub organisations: Vec<String>,
    /// Sections in print order.
    pub sections: Vec<SectionRef>,
    /// Optional plan fields made required.
    pub required: Vec<Requirable>,
    /// Sections the template adds.
    pub custom_sections: Vec<CustomSection>,
    /// Legal and fixed texts; empty means not printed.
    pub texts: Texts,
    /// Local rules.
    pub rules: RuleOverrides,
    /// The logo, checked and ready to place.
    pub logo: Option<Image>,
    /// Every printed word.
    pub labels: Labels,
}

impl Template {
    /// The language of the template's messages (the draft's "to fix" list):
    /// its own when sipplan has a catalogue for it, else Swedish.
    pub fn lang(&self) -> crate::message::Lang {
        crate::message::Lang::from_code(&self.language).unwrap_or_default()
    }
}

/// Legal and fixed texts; an empty text is not printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    /// Legal basis line under the title.
    pub legal_basis: String,
    /// Text above the signatures.
    pub consent: String,
    /// Secrecy marking on every page.
    pub secrecy: String,
    /// Extra footer text on every page.
    pub footer: String,
}
