//! The printed words of a plan: every label, heading and choice.
//!
//! They are data, not code: the Swedish default is `templates/sv.ron`,
//! compiled in, and a template can replace any of them (so an English plan
//! is a data file). Field names mirror the plan format.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::load::{self, Format, Source};

/// The built-in Swedish labels, as a template keeper would write them.
pub const SWEDISH: &str = include_str!("../templates/sv.ron");

/// Every text sipplan prints besides the plan's own content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// Title, legal basis and the page header and footer.
    pub document: DocumentLabels,
    /// Section headings.
    pub sections: SectionLabels,
    /// Field labels and table column headings.
    pub fields: FieldLabels,
    /// The printed words for the plan's choices (Kommun, Planerad, …).
    pub choices: ChoiceLabels,
}

impl Labels {
    /// The built-in Swedish labels.
    pub fn swedish() -> Result<Self, Diagnostic> {
        load::parse(&Source::from_text("templates/sv.ron", SWEDISH, Format::Ron))
    }

    /// "Sida 1 av 2": the page label with its numbers filled in.
    pub fn page(&self, page: usize, pages: usize) -> String {
        self.document
            .page
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string())
    }
}

/// Title, legal basis and page header and footer texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentLabels {
    /// Default: "Samordnad individuell plan (SIP) – barn och unga".
    pub title: String,
    /// Default: "Upprättas enligt socialtjänstlagen (2025:400) och 16 kap. 4 § hälso- och sjukvårdslagen (2017:30).".
    pub legal_basis: String,
    /// Default: "Sida {page} av {pages}".
    pub page: String,
    /// Default: "UTKAST – inte en giltig plan".
    pub draft: String,
    /// Default: "Barn".
    pub child: String,
    /// Default: "Upprättad".
    pub plan_date: String,
    /// Default: "Version".
    pub revision: String,
}

/// Section headings, in the order they are printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionLabels {
    /// Default: "Barnet".
    pub child: String,
    /// Default: "Vårdnadshavare och närstående".
    pub guardians: String,
    /// Default: "Samtycke".
    pub consent: String,
    /// Default: "Mötet".
    pub meeting: String,
    /// Default: "Barnets och familjens bild".
    pub views: String,
    /// Default: "Behov och mål".
    pub needs_and_goals: String,
    /// Default: "Insatser – vem gör vad och när".
    pub actions: String,
    /// Default: "Ansvar för planen".
    pub responsibility: String,
    /// Default: "Uppföljning och avslut".
    pub follow_up: String,
    /// Default: "Kopia till".
    pub distribution: String,
    /// Default: "Underskrifter".
    pub signatures: String,
}

/// Field labels and table column headings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldLabels {
    /// Default: "Namn".
    pub name: String,
    /// Default: "Personnummer".
    pub personnummer: String,
    /// Default: "Samordningsnummer".
    pub samordningsnummer: String,
    /// Default: "Reservnummer".
    pub reservnummer: String,
    /// Default: "Födelsedatum".
    pub birth_date: String,
    /// Default: "Förskola/skola".
    pub school: String,
    /// Default: "Språk/tolkbehov".
    pub language: String,
    /// Default: "Individuell plan enligt LSS finns".
    pub lss_plan: String,
    /// Default: "Relation".
    pub relation: String,
    /// Default: "Vårdnad".
    pub custody: String,
    /// Default: "Telefon".
    pub phone: String,
    /// Default: "E-post".
    pub email: String,
    /// Default: "Tolkbehov".
    pub interpreter: String,
    /// Default: "Närstående".
    pub relative: String,
    /// Default: "Samtycke lämnat av".
    pub given_by: String,
    /// Default: "Datum".
    pub date: String,
    /// Default: "Samtycket är".
    pub consent_form: String,
    /// Default: "Informationsutbyte får ske mellan".
    pub sharing_between: String,
    /// Default: "Detta ska inte delas".
    pub not_to_share: String,
    /// Default: "Gäller t.o.m.".
    pub valid_until: String,
    /// Default: "Återkallat".
    pub revoked_on: String,
    /// Default: "Barnets inställning".
    pub child_view: String,
    /// Default: "Mötesdatum".
    pub meeting_date: String,
    /// Default: "Plats".
    pub place: String,
    /// Default: "Frågeställning".
    pub question: String,
    /// Default: "Initiativtagare".
    pub initiator: String,
    /// Default: "Mötesledare".
    pub chair: String,
    /// Default: "Planen skrivs av".
    pub written_by: String,
    /// Default: "Deltagare".
    pub participants: String,
    /// Default: "Roll".
    pub role: String,
    /// Default: "Verksamhet".
    pub organisation: String,
    /// Default: "Närvarande".
    pub present: String,
    /// Default: "Barnets delaktighet".
    pub child_participation: String,
    /// Default: "Det här är viktigt för mig (barnets egna ord)".
    pub child_voice: String,
    /// Default: "Familjens bild".
    pub family_view: String,
    /// Default: "Behov".
    pub needs: String,
    /// Default: "Övergripande mål".
    pub overall_goal: String,
    /// Default: "Delmål till nästa uppföljning".
    pub short_term_goals: String,
    /// Default: "Insats/åtgärd".
    pub what: String,
    /// Action table column: who answers for it and which unit. Default: "Ansvarig / verksamhet".
    pub responsible_unit: String,
    /// Action table column: start and done-by dates. Default: "När".
    pub when: String,
    /// Default: "Ansvarig".
    pub responsible: String,
    /// Default: "Verksamhet".
    pub unit: String,
    /// Default: "Ansvarig person".
    pub person: String,
    /// Default: "Start".
    pub start: String,
    /// Default: "Klart senast".
    pub done_by: String,
    /// Default: "Status".
    pub status: String,
    /// Default: "Inga åtgärder av annan än kommun och region".
    pub no_measures_by_others: String,
    /// Default: "Huvudansvarig".
    pub principal: String,
    /// Default: "Samordnare".
    pub coordinator: String,
    /// Default: "Originalet förvaras hos".
    pub original_kept_by: String,
    /// Default: "Nästa uppföljning".
    pub follow_up_date: String,
    /// Default: "Form".
    pub follow_up_form: String,
    /// Default: "Vem kallar".
    pub caller: String,
    /// Default: "Planen avslutas när".
    pub closing_criteria: String,
    /// Default: "Om något inte fungerar, kontakta".
    pub if_not_working: String,
    /// Default: "Datum".
    pub signature_date: String,
}

/// Printed words for the choices in a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceLabels {
    /// Default: "Ja".
    pub yes: String,
    /// Default: "Nej".
    pub no: String,
    /// Default: "Skriftligt".
    pub written: String,
    /// Default: "Muntligt".
    pub oral: String,
    /// Default: "Kommun".
    pub kommun: String,
    /// Default: "Region".
    pub region: String,
    /// Default: "Familjen".
    pub family: String,
    /// Default: "Barnet".
    pub child: String,
    /// Default: "Planerad".
    pub planned: String,
    /// Default: "Pågående".
    pub ongoing: String,
    /// Default: "Genomförd".
    pub done: String,
    /// Default: "Avbruten".
    pub cancelled: String,
    /// Default: "Hela mötet".
    pub whole_meeting: String,
    /// Default: "Del av mötet".
    pub part_of_meeting: String,
    /// Default: "Genom företrädare".
    pub through_representative: String,
    /// Default: "Genom brev eller teckning".
    pub through_letter: String,
    /// Default: "Deltog inte".
    pub did_not_take_part: String,
    /// Default: "Möte".
    pub meeting: String,
    /// Default: "Digitalt".
    pub digital: String,
    /// Default: "Telefon".
    pub phone: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_swedish_labels_load() {
        let labels = Labels::swedish().unwrap();
        assert_eq!(labels.sections.child, "Barnet");
        assert_eq!(labels.page(1, 2), "Sida 1 av 2");
    }
}
