//! The printed words of a plan: every label, heading and choice.
//!
//! They are data, not code: the Swedish default comes from the built-in
//! template `templates/sv.ron`, and a template can replace any of them (an
//! English plan is a data file). [`Labels`] is complete; [`LabelOverrides`]
//! is what a template file writes, every label optional, so that a template
//! that extends another changes only what it names. Both come from one list
//! below, so they cannot drift apart.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares the label groups once and derives the complete and the partial
/// form of each.
macro_rules! labels {
    ($(
        $(#[$gdoc:meta])*
        $group:ident: $Group:ident / $Partial:ident {
            $( $(#[$doc:meta])* $field:ident, )*
        }
    )*) => {
        /// Every text sipplan prints besides the plan's own content.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct Labels {
            $( $(#[$gdoc])* pub $group: $Group, )*
        }

        /// The labels a template sets; the rest comes from the template it extends.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct LabelOverrides {
            $( $(#[$gdoc])* #[serde(default)] pub $group: $Partial, )*
        }

        $(
            $(#[$gdoc])*
            #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
            #[serde(deny_unknown_fields)]
            pub struct $Group {
                $( $(#[$doc])* pub $field: String, )*
            }

            $(#[$gdoc])*
            #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
            #[serde(deny_unknown_fields)]
            pub struct $Partial {
                $( $(#[$doc])* pub $field: Option<String>, )*
            }
        )*

        impl LabelOverrides {
            /// `base` with these labels put in.
            pub fn apply(&self, base: &Labels) -> Labels {
                Labels {
                    $( $group: $Group {
                        $( $field: self.$group.$field.clone().unwrap_or_else(|| base.$group.$field.clone()), )*
                    }, )*
                }
            }

            /// All labels, or the `group.field` names that are missing.
            pub fn complete(&self) -> Result<Labels, Vec<String>> {
                let mut missing = Vec::new();
                $( $(
                    if self.$group.$field.is_none() {
                        missing.push(concat!(stringify!($group), ".", stringify!($field)).to_owned());
                    }
                )* )*
                if missing.is_empty() {
                    Ok(self.filled_with(""))
                } else {
                    Err(missing)
                }
            }

            /// All labels, with `missing` wherever one is not given.
            pub fn filled_with(&self, missing: &str) -> Labels {
                Labels {
                    $( $group: $Group {
                        $( $field: self.$group.$field.clone().unwrap_or_else(|| missing.to_owned()), )*
                    }, )*
                }
            }
        }
    };
}

labels! {
    /// Title, legal basis and the page header and footer texts.
    document: DocumentLabels / DocumentOverrides {
        /// Swedish default: "Samordnad individuell plan (SIP) – barn och unga".
        title,
        /// Swedish default: "Sida {page} av {pages}".
        page,
        /// Swedish default: "UTKAST – inte en giltig plan".
        draft,
        /// Swedish default: "UTKAST": printed large across every page of a draft.
        draft_mark,
        /// Swedish default: "Ersatt av version {revision} ({date})": on every
        /// page of an earlier revision printed with `--revision`.
        superseded,
        /// Swedish default: "Bilaga {number}": before the title of a page
        /// after the core plan, such as the plan's versions.
        appendix,
        /// Swedish default: "Att åtgärda innan planen är giltig": the last
        /// section of a draft, listing what is missing.
        to_fix,
        /// Swedish default: "Barn".
        child,
        /// Swedish default: "Upprättad".
        plan_date,
        /// Swedish default: "Version".
        revision,
        /// Swedish default: "kryssad": what a screen reader says for a
        /// crossed checkbox.
        checked,
        /// Swedish default: "inte kryssad": what a screen reader says for an
        /// empty checkbox.
        unchecked,
        /// Swedish default: "måndag tisdag onsdag torsdag fredag lördag
        /// söndag": the days of the week, Monday first, for dates written
        /// out in words.
        weekdays,
        /// Swedish default: "januari februari … december": the months, for
        /// dates written out in words.
        months,
        /// Swedish default: "Logotyp": the alternative text of the
        /// template's logo, read aloud in its place.
        logo,
        /// Swedish default: "Kopia till familjen: rubrikerna är översatta,
        /// planens egna texter står som de skrevs. Den svenska planen är
        /// originalet.": on every page of the family's copy
        /// (`render --family-language`), in the family's language.
        family_copy,
    }
    /// Section headings.
    sections: SectionLabels / SectionOverrides {
        /// Swedish default: "Barnet".
        child,
        /// Swedish default: "Vårdnadshavare och närstående".
        guardians,
        /// Swedish default: "Samtycke".
        consent,
        /// Swedish default: "Mötet".
        meeting,
        /// Swedish default: "Barnets och familjens bild".
        views,
        /// Swedish default: "Behov och mål".
        needs_and_goals,
        /// Swedish default: "Insatser – vem gör vad och när".
        actions,
        /// Swedish default: "Ansvar för planen".
        responsibility,
        /// Swedish default: "Uppföljning och avslut".
        follow_up,
        /// Swedish default: "Kopia till".
        distribution,
        /// Swedish default: "Underskrifter".
        signatures,
    }
    /// Field labels and table column headings.
    fields: FieldLabels / FieldOverrides {
        /// Swedish default: "Namn".
        name,
        /// Swedish default: "Personnummer".
        personnummer,
        /// Swedish default: "Samordningsnummer".
        samordningsnummer,
        /// Swedish default: "Reservnummer".
        reservnummer,
        /// Swedish default: "Födelsedatum".
        birth_date,
        /// Swedish default: "dag okänd": after a birth date known to the month.
        birth_day_unknown,
        /// Swedish default: "månad och dag okända": after a birth year alone.
        birth_month_day_unknown,
        /// Swedish default: "Förskola/skola".
        school,
        /// Swedish default: "Språk/tolkbehov".
        language,
        /// Swedish default: "Individuell plan enligt LSS finns".
        lss_plan,
        /// Swedish default: "Relation".
        relation,
        /// Swedish default: "Vårdnad".
        custody,
        /// Swedish default: "Telefon".
        phone,
        /// Swedish default: "E-post".
        email,
        /// Swedish default: "Tolkbehov".
        interpreter,
        /// Swedish default: "Närstående".
        relative,
        /// Swedish default: "Samtycke lämnat av".
        given_by,
        /// Swedish default: "Datum".
        date,
        /// Swedish default: "Samtycket är".
        consent_form,
        /// Swedish default: "Informationsutbyte får ske mellan".
        sharing_between,
        /// Swedish default: "Detta ska inte delas".
        not_to_share,
        /// Swedish default: "Gäller t.o.m.".
        valid_until,
        /// Swedish default: "Återkallat".
        revoked_on,
        /// Swedish default: "Barnets inställning".
        child_view,
        /// Swedish default: "Mötesdatum".
        meeting_date,
        /// Swedish default: "Plats".
        place,
        /// Swedish default: "Frågeställning".
        question,
        /// Swedish default: "Initiativtagare".
        initiator,
        /// Swedish default: "Mötesledare".
        chair,
        /// Swedish default: "Planen skrivs av".
        written_by,
        /// Swedish default: "Deltagare".
        participants,
        /// Swedish default: "Roll".
        role,
        /// Swedish default: "Verksamhet".
        organisation,
        /// Swedish default: "Närvarande".
        present,
        /// Swedish default: "Barnets delaktighet".
        child_participation,
        /// Swedish default: "Det här är viktigt för mig (barnets egna ord)".
        child_voice,
        /// Swedish default: "Familjens bild".
        family_view,
        /// Swedish default: "Behov".
        needs,
        /// Swedish default: "Övergripande mål".
        overall_goal,
        /// Swedish default: "Delmål till nästa uppföljning".
        short_term_goals,
        /// Swedish default: "Insats/åtgärd".
        what,
        /// Swedish default: "Ansvarig / verksamhet".
        responsible_unit,
        /// Swedish default: "När".
        when,
        /// Swedish default: "Ansvarig".
        responsible,
        /// Swedish default: "Verksamhet".
        unit,
        /// Swedish default: "Ansvarig person".
        person,
        /// Swedish default: "Start".
        start,
        /// Swedish default: "Klart senast".
        done_by,
        /// Swedish default: "Status".
        status,
        /// Swedish default: "Inga åtgärder av annan än kommun och region".
        no_measures_by_others,
        /// Swedish default: "Huvudansvarig".
        principal,
        /// Swedish default: "Samordnare".
        coordinator,
        /// Swedish default: "Originalet förvaras hos".
        original_kept_by,
        /// Swedish default: "Nästa uppföljning".
        follow_up_date,
        /// Swedish default: "Form".
        follow_up_form,
        /// Swedish default: "Vem kallar".
        caller,
        /// Swedish default: "Planen avslutas när".
        closing_criteria,
        /// Swedish default: "Om något inte fungerar, kontakta".
        if_not_working,
        /// Swedish default: "Planen avslutades".
        closed,
        /// Swedish default: "Datum".
        signature_date,
    }
    /// The printed words for the plan's choices (Kommun, Planerad, …).
    choices: ChoiceLabels / ChoiceOverrides {
        /// Swedish default: "Ja".
        yes,
        /// Swedish default: "Nej".
        no,
        /// Swedish default: "Skriftligt".
        written,
        /// Swedish default: "Muntligt".
        oral,
        /// Swedish default: "Kommun".
        kommun,
        /// Swedish default: "Region".
        region,
        /// Swedish default: "Familjen".
        family,
        /// Swedish default: "Barnet".
        child,
        /// Swedish default: "Planerad".
        planned,
        /// Swedish default: "Pågående".
        ongoing,
        /// Swedish default: "Genomförd".
        done,
        /// Swedish default: "Ändrad".
        changed,
        /// Swedish default: "Avbruten".
        cancelled,
        /// Swedish default: "Hela mötet".
        whole_meeting,
        /// Swedish default: "Del av mötet".
        part_of_meeting,
        /// Swedish default: "Genom företrädare".
        through_representative,
        /// Swedish default: "Genom brev eller teckning".
        through_letter,
        /// Swedish default: "Deltog inte".
        did_not_take_part,
        /// Swedish default: "Möte".
        meeting,
        /// Swedish default: "Digitalt".
        digital,
        /// Swedish default: "Telefon".
        phone,
    }
    /// Follow-ups: what changed between revisions, and the history page.
    changes: ChangeLabels / ChangeOverrides {
        /// Swedish default: "Inga ändringar sedan förra versionen".
        nothing,
        /// Swedish default: "Ny insats".
        added,
        /// Swedish default: "Genomförd".
        done,
        /// Swedish default: "Avbruten".
        cancelled,
        /// Swedish default: "Ändrad".
        changed,
        /// Swedish default: "Borttagen".
        removed,
        /// Swedish default: "Nytt datum".
        moved,
        /// Swedish default: "Ny samordnare".
        coordinator,
        /// Swedish default: "Nästa uppföljning".
        follow_up,
        /// Swedish default: "tidigare".
        before,
        /// Swedish default: "Sedan förra mötet".
        since_last,
        /// Swedish default: "Planens versioner".
        history,
        /// Swedish default: "Kommentar".
        status_comment,
    }
    /// Statistics for the yearly follow-up (`sipplan stats`).
    stats: StatsLabels / StatsOverrides {
        /// Swedish default: "Uppföljning av SIP för barn".
        title,
        /// Swedish default: "Period".
        period,
        /// Swedish default: "Alla planer".
        all_plans,
        /// Swedish default: "Per mall och organisation".
        by_group,
        /// Swedish default: "Planer".
        plans,
        /// Swedish default: "Aktiva planer under perioden".
        open,
        /// Swedish default: "Nya planer (första mötet)".
        new,
        /// Swedish default: "Uppföljda planer".
        followed_up,
        /// Swedish default: "Avslutade planer".
        closed,
        /// Swedish default: "Barnets ålder vid senaste mötet".
        age,
        /// Swedish default: "0–5 år".
        age_0_5,
        /// Swedish default: "6–12 år".
        age_6_12,
        /// Swedish default: "13–17 år".
        age_13_17,
        /// Swedish default: "18 år eller äldre".
        age_18,
        /// Swedish default: "Okänd ålder".
        age_unknown,
        /// Swedish default: "Insatser per ansvarig".
        responsible,
        /// Swedish default: "Annan aktör".
        other_actor,
        /// Swedish default: "Insatser per status".
        status,
        /// Swedish default: "Kvalitetsindikatorer".
        quality,
        /// Swedish default: "Planer med insatser av andra än kommun och region".
        measures_by_others,
        /// Swedish default: "Samordnare utsedd".
        coordinator,
        /// Swedish default: "Barnets delaktighet dokumenterad".
        participation_recorded,
        /// Swedish default: "Barnet deltog (helt, delvis, genom företrädare eller brev)".
        child_took_part,
        /// Swedish default: "Båda vårdnadshavarna samtyckte, vid gemensam vårdnad".
        joint_consent,
        /// Swedish default: "Dagar från samtycke till första mötet (median)".
        consent_days,
        /// Swedish default: "Första mötet inom mallens tidsgräns".
        consent_within_limit,
        /// Swedish default: "Uppföljningar som skulle hållas".
        follow_ups_due,
        /// Swedish default: "Hållna senast på utsatt dag".
        follow_ups_on_time,
        /// Swedish default: "Hållna senare".
        follow_ups_late,
        /// Swedish default: "Inte hållna".
        follow_ups_not_held,
        /// Swedish default: "Antal".
        count,
        /// Swedish default: "av".
        of,
        /// Swedish default: "Andel".
        share,
        /// Swedish default: "Antal under {min} visas som <{min}, så att inget barn kan kännas igen.".
        suppressed,
        /// Swedish default: "{count} planfiler kunde inte räknas eftersom de har fel.".
        not_counted,
        /// Swedish default: "Avvikelser i samverkan per part".
        deviations,
        /// Swedish default: "Avvikelser under perioden".
        deviations_total,
        /// Swedish default: "Part inte angiven".
        deviations_no_party,
        /// Swedish default: "Avvikelser per slag".
        deviations_by_kind,
        /// Swedish default: "En insats i planen blev inte gjord".
        deviations_insats,
        /// Swedish default: "Avvikelser per år".
        deviations_by_year,
    }
    /// The invitation to the SIP meeting (`sipplan invitation`).
    invitation: InvitationLabels / InvitationOverrides {
        /// Swedish default: "Kallelse till SIP-möte".
        title,
        /// Swedish default: "Till".
        to,
        /// Swedish default: "Alla inbjudna": the addressee of one letter for all.
        everyone,
        /// Swedish default: "Du är välkommen till ett möte om en samordnad
        /// individuell plan (SIP) för {child}. …": `{child}` is the child's name.
        intro,
        /// Swedish default: "Du är välkommen till ett möte om en samordnad
        /// individuell plan (SIP) för barnet. …": the same without the
        /// child's name, while the plan does not have it yet.
        intro_unnamed,
        /// Swedish default: "När".
        when,
        /// Swedish default: "{weekday} {day} {month} {year}": the meeting's
        /// day in the letter ("tisdag 6 oktober 2026"); `{date}` writes it
        /// 2026-10-06.
        day,
        /// Swedish default: "kl. {start}": the meeting's start.
        time,
        /// Swedish default: "kl. {start}–{end}": the meeting's start and end.
        time_span,
        /// Swedish default: "Var".
        place,
        /// Swedish default: "Mötets fråga".
        question,
        /// Swedish default: "Kallad av".
        called_by,
        /// Swedish default: "Frågor och återbud till".
        contact,
        /// Swedish default: "Inbjudna".
        invited,
        /// Swedish default: "Inför mötet".
        before_heading,
        /// Swedish default: "Fundera gärna på …": what the family can bring
        /// and think about beforehand.
        before,
        /// Swedish default: "Barnet är välkommet".
        child_heading,
        /// Swedish default: "{child} är välkommen på hela mötet eller en
        /// del av det …": how the child can take part.
        child,
        /// Swedish default: "Barnet är välkommet på hela mötet …": the
        /// same without the child's name, while the plan does not have it.
        child_unnamed,
        /// Swedish default: "Samtycke".
        consent_heading,
        /// Swedish default: "För att de som är med ska kunna prata med
        /// varandra om barnet behövs samtycke …".
        consent,
    }
    /// "Min plan", the child's own page (`render --child-page`).
    child_page: ChildPageLabels / ChildPageOverrides {
        /// Swedish default: "Min plan".
        title,
        /// Swedish default: "Det här är viktigt för mig".
        my_words,
        /// Swedish default: "Det här ska hända".
        what_happens,
        /// Swedish default: "Vi ses igen".
        meet_again,
        /// Swedish default: "Vi träffas igen {date} och pratar om hur det
        /// har gått.": `{date}` is the follow-up's date.
        meet_again_text,
        /// Swedish default: "{weekday} den {day} {month}": the follow-up's
        /// date as a child reads it ("tisdag den 19 januari"); `{date}`
        /// writes it 2027-01-19.
        meet_again_day,
        /// Swedish default: "Om du vill prata med någon".
        talk_to,
        /// Swedish default: "Du kan ringa {name}": `{name}` is the
        /// coordinator's name, with the phone number after it.
        talk_to_text,
        /// Swedish default: "Här kan du rita eller skriva".
        draw,
        /// Swedish default: "Så säger vi det till barnet (Min plan)": the
        /// label of an insats's `child_text` in the browser form.
        child_text,
    }
    /// The deviation report (`sipplan deviation`).
    deviation: DeviationLabels / DeviationOverrides {
        /// Swedish default: "Avvikelse i samverkan".
        title,
        /// Swedish default: "Avidentifierad kopia till BUS-kansliet, för kännedom".
        deidentified,
        /// Swedish default: "Rapporterad av".
        reported_by,
        /// Swedish default: "Datum för händelsen".
        date,
        /// Swedish default: "Gäller".
        about,
        /// Swedish default: "Insats {row} i planen".
        insats,
        /// Swedish default: "Vad hände".
        what,
        /// Swedish default: "Planen".
        plan,
        /// Swedish default: "Part som inte fullföljde sin del".
        party,
        /// Swedish default: "Svar från den part som avvikelsen gäller".
        response,
        /// Swedish default: "Orsak".
        cause,
        /// Swedish default: "Åtgärder, gjorda eller planerade".
        measures,
        /// Swedish default: "Besvarat av".
        answered_by,
        /// Swedish default: "Rapportören har läst beskrivningen och intygar att den inte namnger någon person.".
        confirmed,
        /// Swedish default: "Ingen tog initiativ till en SIP".
        no_initiative,
        /// Swedish default: "En kallad part kom inte till mötet".
        party_absent,
        /// Swedish default: "SIP-mötet hölls inte inom överenskommen tid".
        meeting_not_held,
        /// Swedish default: "Planen följdes inte upp".
        not_followed_up,
        /// Swedish default: "Information fördes inte vidare".
        information_not_passed,
        /// Swedish default: "Annat".
        other,
    }
    /// What one row of a list is called, to say where a problem is
    /// ("Insats 2: Ansvarig", "Vårdnadshavare 1: Telefon").
    rows: RowLabels / RowOverrides {
        /// Swedish default: "Vårdnadshavare".
        guardian,
        /// Swedish default: "Närstående".
        relative,
        /// Swedish default: "Deltagare".
        participant,
        /// Swedish default: "Insats".
        action,
        /// Swedish default: "Underskrift".
        signer,
        /// Swedish default: "Avvikelse".
        deviation,
        /// Swedish default: "rad": a line of a list ("Behov, rad 2").
        line,
    }
}

impl Labels {
    /// "Sida 1 av 2": the page label with its numbers filled in.
    pub fn page(&self, page: usize, pages: usize) -> String {
        self.document
            .page
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string())
    }
}
