//! The data model of a shortened SIP (samordnad individuell plan) for a child.
//!
//! One [`Plan`] is what a caseworker writes in a plan file and what is printed
//! for the SIP meeting. It follows the domain brief §3: the four items the law
//! requires (SoL / HSL 16 kap. 4 §) live in [`Plan::actions`] (which insatser,
//! which huvudman answers for each, what others do) and
//! [`Plan::responsibility`] (which huvudman has the overall responsibility).
//!
//! Field names are English; the printed Swedish labels come from the template.
//! Structural rules (a field is present, a date is a date) are enforced when the
//! file is read; field rules (not blank, e-mail, phone) are the field types'
//! own ([`Name`], [`Text`], [`Phone`], [`Email`]); rules across fields live
//! in [`crate::validate`].

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use validator::Validate;

use crate::birth::BirthDate;
pub use crate::field::{Email, Name, Phone, Text};
use crate::personnummer::{Personnummer, PersonnummerError};

/// The plan file format version this sipplan reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole plan file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// File format version. Write 1.
    pub version: FormatVersion,
    /// The plan document itself: when it was drawn up, its revision, who wrote it.
    #[validate(nested)]
    pub document: Document,
    /// Barnet: the child the plan is for.
    #[validate(nested)]
    pub child: Child,
    /// Vårdnadshavare: the child's guardians (and others with a parent's role).
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guardians: Vec<Guardian>,
    /// Närstående: next of kin who take part in the plan.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relatives: Vec<Relative>,
    /// Samtycke: the consent that makes the plan possible (a legal precondition).
    #[validate(nested)]
    pub consent: Consent,
    /// The SIP meeting where the plan is drawn up.
    #[validate(nested)]
    pub meeting: Meeting,
    /// Barnets och familjens bild: the child's and the family's own view.
    #[serde(default)]
    #[validate(nested)]
    pub views: Views,
    /// Behov: what the child needs help with.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Text>,
    /// Mål: the overall goal and the short-term goals until the next follow-up.
    #[serde(default)]
    #[validate(nested)]
    pub goals: Goals,
    /// Insatser – vem gör vad och när: one row per insats or åtgärd.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Set to `true` to state that nobody other than the kommun and the region
    /// takes any measure. The law requires the plan to say what others do, so
    /// either the table has such rows or this says there are none.
    #[serde(default)]
    pub no_measures_by_others: bool,
    /// Ansvar för planen: the huvudman with overall responsibility and the coordinator.
    #[validate(nested)]
    pub responsibility: Responsibility,
    /// Uppföljning: when and how the plan is followed up.
    #[validate(nested)]
    pub follow_up: FollowUp,
    /// Kopia till: who gets a copy of the plan.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<Name>,
    /// Underskrifter: one signature line per signer.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<Signer>,
    /// The template's own sections, by section key, then field key: a text,
    /// or the keys of the checked options of a checklist.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub custom: BTreeMap<String, BTreeMap<String, CustomValue>>,
    /// Avvikelser i samverkan: deviations reported for this plan, oldest
    /// first. `sipplan deviation --record` adds them; `stats` counts them
    /// per year and per kind of party.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub deviations: Vec<crate::deviation::Deviation>,
    /// Earlier revisions, oldest first, as they were when they were followed
    /// up. `sipplan followup` adds to it; nobody edits it by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Plan>,
}

impl Plan {
    /// The revision before this one, if the plan has been followed up.
    pub fn previous(&self) -> Option<&Plan> {
        self.history.last()
    }

    /// The names of the guardians with custody (vårdnad).
    pub fn custodians(&self) -> Vec<&str> {
        self.guardians
            .iter()
            .filter(|g| g.custody)
            .map(|g| g.name.as_str())
            .collect()
    }

    /// The child's age on the meeting date, as far as the id tells it: a
    /// range when the birth date is partly unknown.
    pub fn child_age(&self) -> Option<crate::birth::Age> {
        let meeting = self.meeting.date.0;
        self.child.id.birth_date(meeting)?.age_on(meeting)
    }

    /// The child's personnummer or samordningsnummer, checked against this
    /// plan's meeting date; `None` for a reservnummer or a birth date.
    pub fn child_number(&self) -> Option<Result<Personnummer, PersonnummerError>> {
        self.child.id.personnummer(self.meeting.date.0)
    }

    /// Whether `name` is among those who gave consent (samtycke).
    pub fn consented(&self, name: &str) -> bool {
        self.consent.given_by.iter().any(|g| same_name(g, name))
    }
}

/// Two names written for the same person: case and outer spaces ignored.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A value in a custom section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum CustomValue {
    /// Free text.
    Text(String),
    /// The keys of the checked options of a checklist.
    Checked(Vec<String>),
}

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

impl Plan {
    /// Whether the plan fills in `field` (not blank).
    pub fn has(&self, field: Requirable) -> bool {
        fn filled<T: AsRef<str>>(t: &Option<T>) -> bool {
            t.as_ref().is_some_and(|t| !t.as_ref().trim().is_empty())
        }
        match field {
            Requirable::WrittenBy => filled(&self.document.written_by),
            Requirable::School => filled(&self.child.school),
            Requirable::Language => filled(&self.child.language),
            Requirable::SharingBetween => !self.consent.sharing_between.is_empty(),
            Requirable::ValidUntil => self.consent.valid_until.is_some(),
            Requirable::ChildView => filled(&self.consent.child_view),
            Requirable::Question => filled(&self.meeting.question),
            Requirable::Initiator => filled(&self.meeting.initiator),
            Requirable::ChildParticipation => self.meeting.child_participation.is_some(),
            Requirable::ChildVoice => filled(&self.views.child),
            Requirable::OverallGoal => filled(&self.goals.overall),
            Requirable::Caller => filled(&self.follow_up.caller),
            Requirable::ClosingCriteria => filled(&self.follow_up.closing_criteria),
            Requirable::IfNotWorking => filled(&self.follow_up.if_not_working),
        }
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

/// Page-header data: identifies the plan on every printed page.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Upprättad: the date the plan was drawn up (usually the meeting date).
    pub date: PlanDate,
    /// Planens version: 1 for a new plan, one more at each revision.
    #[serde(default = "first_revision")]
    #[validate(range(min = 1, max = 999))]
    pub revision: u32,
    /// Planen skrivs av: who writes the plan down.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written_by: Option<Name>,
    /// The template the plan is printed with (a built-in id or a file); empty for the default.
    #[validate(length(max = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
}

fn first_revision() -> u32 {
    1
}

/// Barnet: the child.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// Namn: the child's full name.
    #[validate(nested)]
    pub name: Name,
    /// Personnummer, samordningsnummer, reservnummer or, without a number, the birth date.
    pub id: ChildId,
    /// Förskola/skola, and class if any.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<Name>,
    /// Språk/tolkbehov: language spoken at home and any interpreter need.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Name>,
    /// Whether an individual plan under LSS 10 § (IP) exists; a different plan from the SIP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lss_plan: Option<bool>,
}

/// How the child is identified.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub enum ChildId {
    /// A personnummer: `YYYYMMDD-NNNC` (or `YYMMDD-NNNC`).
    Personnummer(IdText),
    /// A samordningsnummer: like a personnummer with 60 added to the day.
    Samordningsnummer(IdText),
    /// A regional reserve number (reservnummer), used as written.
    Reservnummer(IdText),
    /// No number yet (e.g. newly arrived): the birth date only, written
    /// `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the day or month is not known.
    BirthDate(BirthDate),
}

impl ChildId {
    /// The checked number, with its century resolved against `reference`
    /// (the meeting date). `None` for a reservnummer or a birth date.
    pub fn personnummer(
        &self,
        reference: NaiveDate,
    ) -> Option<Result<Personnummer, PersonnummerError>> {
        match self {
            ChildId::Personnummer(t) | ChildId::Samordningsnummer(t) => Some(t.number(reference)),
            ChildId::Reservnummer(_) | ChildId::BirthDate(_) => None,
        }
    }

    /// The id as the plan writes it, in full: for the documents that stay
    /// with the services (the deviation report, an invitation whose
    /// template asks for the number).
    pub fn as_written(&self) -> String {
        match self {
            ChildId::Personnummer(t) | ChildId::Samordningsnummer(t) | ChildId::Reservnummer(t) => {
                t.as_str().trim().to_owned()
            }
            ChildId::BirthDate(d) => d.to_string(),
        }
    }

    /// The child's birth date, as far as the id tells it (a samordningsnummer
    /// or a `BirthDate` may leave the month or the day unknown).
    pub fn birth_date(&self, reference: NaiveDate) -> Option<BirthDate> {
        match self {
            ChildId::BirthDate(d) => Some(*d),
            _ => self
                .personnummer(reference)
                .and_then(Result::ok)
                .map(|n| n.birth_date()),
        }
    }
}

/// Text that holds a personal identity number, and the number it is. The
/// number is checked once, on first use, and kept: validation, the page
/// header, statistics and the follow-up all ask this one value. Its
/// `Debug` output is masked (`YYMMDD-XXXX`) so that a log line or a panic
/// message cannot leak it.
#[derive(Clone, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct IdText {
    text: String,
    /// The number checked against a meeting date (which decides the
    /// century of a 10-digit number and whether the birth date has come).
    checked: OnceLock<(NaiveDate, Result<Personnummer, PersonnummerError>)>,
}

impl IdText {
    /// The number as written in the plan file.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The checked number, as on `reference` (the meeting date).
    fn number(&self, reference: NaiveDate) -> Result<Personnummer, PersonnummerError> {
        match self.checked.get() {
            Some((on, number)) if *on == reference => number.clone(),
            _ => {
                let number = Personnummer::parse(&self.text, reference);
                // Kept for the first date asked; another date is checked anew.
                let _ = self.checked.set((reference, number.clone()));
                number
            }
        }
    }
}

impl From<String> for IdText {
    fn from(text: String) -> Self {
        IdText {
            text,
            checked: OnceLock::new(),
        }
    }
}

impl From<IdText> for String {
    fn from(id: IdText) -> Self {
        id.text
    }
}

/// Two ids are the same when they are written the same.
impl PartialEq for IdText {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for IdText {}

impl JsonSchema for IdText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IdText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The number as written: YYYYMMDD-NNNC or YYMMDD-NNNC."
        })
    }
}

impl fmt::Debug for IdText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdText({})", crate::privacy::mask_text(&self.text))
    }
}

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

/// Samtycke: consent to draw up the plan and to share information (OSL 12 kap. 2 §).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Who gave consent: names exactly as in `guardians`, and the child's name if the child consented.
    #[validate(nested)]
    pub given_by: Vec<Name>,
    /// When consent was given: on or before the meeting.
    pub date: PlanDate,
    /// Written or oral.
    pub form: ConsentForm,
    /// Samtycket gäller informationsutbyte mellan: the organisations that may share information.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sharing_between: Vec<Name>,
    /// Detta ska inte delas: what the family does not want shared.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_to_share: Option<Text>,
    /// Samtycket gäller t.o.m.: the last day the consent is valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<PlanDate>,
    /// Återkallat: the day consent was withdrawn, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_on: Option<PlanDate>,
    /// Barnets inställning: the child's own view on the consent (asked from about
    /// age 15, or younger when mature enough).
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_view: Option<Text>,
}

/// How consent was given. Oral consent must still be written down here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ConsentForm {
    /// Skriftligt.
    Written,
    /// Muntligt.
    Oral,
}

/// Mötet: the SIP meeting.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Mötesdatum.
    pub date: PlanDate,
    /// Plats: where, or "Digitalt".
    #[validate(nested)]
    pub place: Name,
    /// Frågeställning: the question the meeting should solve, agreed beforehand.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<Text>,
    /// Initiativtagare: who called the SIP.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiator: Option<Name>,
    /// Mötesledare: who chairs the meeting.
    #[validate(nested)]
    pub chair: Name,
    /// Deltagare: everyone invited, with role and organisation.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Barnets delaktighet: how the child took part.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_participation: Option<ChildParticipation>,
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

/// Barnets delaktighet: how the child took part, as the law asks ("when possible").
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct ChildParticipation {
    /// The way the child took part.
    pub how: Participation,
    /// Details, e.g. who represented the child.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How the child took part in the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Participation {
    /// Hela mötet.
    WholeMeeting,
    /// Del av mötet.
    PartOfMeeting,
    /// Genom företrädare: someone spoke for the child.
    ThroughRepresentative,
    /// Genom brev eller teckning.
    ThroughLetter,
    /// Deltog inte.
    DidNotTakePart,
}

/// Barnets och familjens bild.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Views {
    /// "Det här är viktigt för mig": the child's own words.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child: Option<Text>,
    /// The family's view of the situation.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<Text>,
}

/// Mål.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Goals {
    /// Övergripande mål.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overall: Option<Text>,
    /// Delmål till nästa uppföljning.
    #[serde(default)]
    #[validate(nested)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub short_term: Vec<Text>,
}

/// One row of "Insatser – vem gör vad och när".
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// A number that follows the action from revision to revision, set by
    /// `sipplan followup`; it lets `diff` tell a changed action from a new one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    /// Insats/åtgärd: what is done.
    #[validate(nested)]
    pub what: Text,
    /// The insats told to the child, in the second person ("Du träffar
    /// Karin på BUP varannan vecka"): printed on the child's own page,
    /// "Min plan" (`render --child-page`).
    #[validate(nested)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_text: Option<Text>,
    /// Ansvarig: the huvudman or other actor that answers for it.
    pub responsible: Responsible,
    /// Verksamhet: the unit that carries it out, e.g. "BUP Norr". Required for Kommun and Region.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Name>,
    /// Ansvarig person: the named contact.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Name>,
    /// Start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<PlanDate>,
    /// Klart senast: done by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_by: Option<PlanDate>,
    /// Status.
    #[serde(default)]
    pub status: ActionStatus,
    /// What was said about the action at the latest follow-up.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub status_comment: Option<Text>,
    /// When the status was last set, normally the follow-up meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_date: Option<PlanDate>,
}

impl Action {
    /// The start of `what`, at most `max` characters, cut at a space and
    /// ending in "…" when cut: for messages and compact lists, where the full
    /// text is printed elsewhere.
    pub fn short_what(&self, max: usize) -> String {
        let text = self.what.as_str();
        if text.chars().count() <= max {
            return text.to_owned();
        }
        let cut: String = text.chars().take(max).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
        format!("{}…", cut.trim_end_matches([',', ';', ' ']))
    }
}

/// Who answers for an action: one of the two huvudmän, or someone else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Responsible {
    /// Kommunen (socialtjänst, LSS, förskola, skola, elevhälsa).
    Kommun,
    /// Regionen (BUP, habilitering, BUMM, BVC, vårdcentral).
    Region,
    /// Another actor, named, e.g. "Försäkringskassan" or a fristående skola.
    Other(String),
    /// Familjen.
    Family,
    /// Barnet självt.
    Child,
}

impl Responsible {
    /// The huvudman, for rows that belong to the kommun or the region.
    pub fn huvudman(&self) -> Option<Huvudman> {
        match self {
            Responsible::Kommun => Some(Huvudman::Kommun),
            Responsible::Region => Some(Huvudman::Region),
            _ => None,
        }
    }
}

/// A huvudman (principal): the two bodies the SIP law binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Huvudman {
    /// Kommunen.
    Kommun,
    /// Regionen.
    Region,
}

impl Huvudman {
    /// Its name in a message ("kommunen", "regionen").
    pub fn message(self) -> crate::message::Message {
        match self {
            Huvudman::Kommun => crate::msg!("huvudman-kommun"),
            Huvudman::Region => crate::msg!("huvudman-region"),
        }
    }
}

/// Status of an action; updated at each follow-up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ActionStatus {
    /// Planerad.
    #[default]
    Planned,
    /// Pågående.
    Ongoing,
    /// Genomförd.
    Done,
    /// Ändrad: changed at the follow-up (what, who or when).
    Changed,
    /// Avbruten.
    Cancelled,
}

/// Ansvar för planen (law item 4).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Huvudansvarig: the huvudman with overall responsibility for the plan.
    pub principal: Huvudman,
    /// The unit within that huvudman, e.g. "Socialtjänsten Exempelstad".
    #[validate(nested)]
    pub unit: Name,
    /// Samordnare: the named person who coordinates. Required: the county's
    /// follow-up found this person was rarely designated.
    #[validate(nested)]
    pub coordinator: Contact,
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

/// Uppföljning och avslut.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Nästa uppföljning: after the meeting date.
    pub date: PlanDate,
    /// Form: meeting, digital or phone.
    #[serde(default)]
    pub form: FollowUpForm,
    /// Vem kallar: who calls the follow-up.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<Name>,
    /// Planen avslutas när: when the plan can be closed.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing_criteria: Option<Text>,
    /// Om något inte fungerar, kontakta: whom the family calls when something fails.
    #[validate(nested)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub if_not_working: Option<Text>,
    /// Planen avslutades: the day the plan was closed. A closed plan needs
    /// no further follow-up; statistics count it as closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<PlanDate>,
}

/// How the follow-up is held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum FollowUpForm {
    /// Möte.
    #[default]
    Meeting,
    /// Digitalt möte.
    Digital,
    /// Telefon.
    Phone,
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

/// A calendar date written `YYYY-MM-DD`.
///
/// Its own type so that a wrong date gets a message a caseworker understands
/// ("2026-02-30 is not in the calendar") rather than a parser's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlanDate(pub NaiveDate);

impl PlanDate {
    /// Parses `YYYY-MM-DD`, explaining what is wrong in words.
    pub fn parse(text: &str) -> Result<Self, crate::message::Message> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let numbers: Option<Vec<u32>> = match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                parts.iter().map(|p| p.parse().ok()).collect()
            }
            _ => None,
        };
        let Some([y, m, d]) = numbers.as_deref().map(|n| [n[0], n[1], n[2]]) else {
            return Err(crate::msg!("date-form", text = text));
        };
        NaiveDate::from_ymd_opt(y as i32, m, d)
            .map(PlanDate)
            .ok_or_else(|| crate::msg!("date-calendar", text = text))
    }
}

impl fmt::Display for PlanDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for PlanDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PlanDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PlanDate::parse(&text).map_err(|m| serde::de::Error::custom(m.tag()))
    }
}

impl JsonSchema for PlanDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PlanDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date, YYYY-MM-DD.",
            "type": "string",
            "format": "date"
        })
    }
}

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

#[cfg(test)]
mod requirable_tests {
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
