//! Plan rules that only warn, checked on the library level by changing a
//! valid plan one field at a time.

use crate::common;

use sipplan::plan::{ChildId, IdText, Plan, PlanDate, Responsible};
use sipplan::validate::validate;

fn codes(plan: &Plan) -> Vec<&'static str> {
    validate(plan)
        .into_iter()
        .map(|d| d.code.as_str())
        .collect()
}

fn date(text: &str) -> PlanDate {
    PlanDate::parse(text).unwrap()
}

fn full() -> Plan {
    common::load_plan("samples/full.ron")
}

#[test]
fn the_full_sample_has_no_findings_at_all() {
    assert_eq!(codes(&full()), Vec::<&str>::new());
}

#[test]
fn warns_when_a_guardian_with_joint_custody_has_not_consented() {
    let mut plan = full();
    plan.consent.given_by.retain(|n| n != "Johan Exempelsson");
    let found = validate(&plan);
    let d = found.iter().find(|d| d.code == "SIP013").expect("SIP013");
    assert!(common::sv(&d.message).contains("Johan Exempelsson"));
    assert!(!d.is_error());
}

#[test]
fn sole_custody_needs_only_one_consent() {
    let mut plan = full();
    plan.guardians[1].custody = false;
    plan.consent.given_by.retain(|n| n != "Johan Exempelsson");
    assert!(!codes(&plan).contains(&"SIP013"));
}

#[test]
fn warns_when_consent_names_someone_outside_the_plan() {
    let mut plan = full();
    plan.consent.given_by[0] = "Maria Exempeldoter".into();
    let found = codes(&plan);
    assert!(found.contains(&"SIP017"), "{found:?}");
    assert!(found.contains(&"SIP013"), "{found:?}");
}

#[test]
fn a_consent_name_spelled_almost_like_a_guardians_gets_did_you_mean() {
    let mut plan = full();
    plan.guardians[0].name = "Karin Påhittsson".into();
    plan.consent.given_by[0] = "Karin Pahittsson".into();
    let found = validate(&plan);
    let d = found.iter().find(|d| d.code == "SIP017").expect("SIP017");
    let hint = d.hint.as_deref().map(common::sv).unwrap_or_default();
    assert!(hint.contains("menade du `Karin Påhittsson`?"), "{hint}");

    plan.consent.given_by[0] = "Someone Else Entirely".into();
    let found = validate(&plan);
    let d = found.iter().find(|d| d.code == "SIP017").expect("SIP017");
    assert!(
        !d.hint
            .as_deref()
            .map(common::sv)
            .unwrap_or_default()
            .contains("menade du")
    );
}

#[test]
fn warns_when_consent_runs_out_before_the_follow_up() {
    let mut plan = full();
    plan.consent.valid_until = Some(date("2026-12-31"));
    assert_eq!(codes(&plan), ["SIP015"]);
}

#[test]
fn warns_when_the_childs_participation_is_not_recorded() {
    let mut plan = full();
    plan.meeting.child_participation = None;
    assert_eq!(codes(&plan), ["SIP030"]);
}

#[test]
fn warns_about_a_child_of_15_without_a_recorded_view_on_consent() {
    let mut plan = full();
    plan.child.id = ChildId::BirthDate(sipplan::birth::BirthDate::parse("2011-01-01").unwrap());
    plan.consent.child_view = None;
    assert_eq!(codes(&plan), ["SIP014"]);
    plan.child.id = ChildId::BirthDate(sipplan::birth::BirthDate::parse("2012-01-01").unwrap());
    assert!(codes(&plan).is_empty());
}

#[test]
fn warns_when_the_child_is_18_on_the_meeting_date() {
    let mut plan = full();
    plan.child.id = ChildId::BirthDate(sipplan::birth::BirthDate::parse("2008-09-15").unwrap());
    assert_eq!(codes(&plan), ["SIP031"]);
}

#[test]
fn warns_when_only_one_huvudman_has_insatser() {
    let mut plan = full();
    plan.actions
        .retain(|a| a.responsible != Responsible::Region);
    assert_eq!(codes(&plan), ["SIP006"]);
}

#[test]
fn warns_when_the_responsible_huvudman_has_no_insats() {
    let mut plan = full();
    plan.actions
        .retain(|a| a.responsible != Responsible::Kommun);
    let found = codes(&plan);
    assert!(found.contains(&"SIP005"), "{found:?}");
}

#[test]
fn warns_when_no_guardian_is_listed() {
    let mut plan = full();
    plan.guardians.clear();
    plan.consent.given_by = vec!["Elsa Exempeldotter".into()];
    assert_eq!(codes(&plan), ["SIP045"]);
}

#[test]
fn an_other_actor_must_have_a_name() {
    let mut plan = full();
    plan.actions[4].responsible = Responsible::Other("  ".into());
    assert_eq!(codes(&plan), ["SIP007"]);
}

#[test]
fn a_birth_date_after_the_meeting_is_an_error() {
    let mut plan = full();
    plan.child.id = ChildId::BirthDate(sipplan::birth::BirthDate::parse("2027-01-01").unwrap());
    assert_eq!(codes(&plan), ["SIP043"]);
}

#[test]
fn a_reservnummer_is_taken_as_written_but_must_not_be_blank() {
    let mut plan = full();
    plan.child.id = serde_json::from_str(r#"{"Reservnummer": "99-123456"}"#).unwrap();
    assert!(codes(&plan).is_empty());
    plan.child.id = serde_json::from_str(r#"{"Reservnummer": " "}"#).unwrap();
    assert_eq!(codes(&plan), ["SIP044"]);
}

#[test]
fn reports_every_finding_at_once() {
    let mut plan = full();
    plan.actions.clear();
    plan.consent.date = date("2026-09-16");
    plan.follow_up.date = date("2026-09-01");
    plan.meeting.child_participation = None;
    plan.child.name = " ".into();
    let found = codes(&plan);
    for code in ["SIP001", "SIP003", "SIP011", "SIP020", "SIP030", "SIP050"] {
        assert!(found.contains(&code), "{code} missing from {found:?}");
    }
}

#[test]
fn debug_output_of_a_plan_never_shows_the_full_personnummer() {
    let plan = full();
    let debug = format!("{plan:?}");
    assert!(debug.contains("140517-XXXX"));
    assert!(!debug.contains("9829"));
    let _: Option<IdText> = None;
}

#[test]
fn a_goal_in_official_swedish_gets_a_readability_hint_that_says_why() {
    let mut plan = full();
    plan.goals.short_term[0] = "Samordningsansvarig verksamhet säkerställer uppföljningen av \
        insatserna enligt överenskommelsen mellan huvudmännen."
        .into();
    let found = validate(&plan);
    let d = found.iter().find(|d| d.code == "SIP057").expect("SIP057");
    assert!(!d.is_error());
    assert_eq!(d.path.to_string(), "goals.short_term[0]");
    let text = common::sv(&d.message);
    assert!(text.contains("mycket svår"), "{text}");
    // 10 words in one sentence, 7 of more than six letters: 10 + 70.
    assert!(
        text.contains("LIX 80, 10 ord per mening och 70 % långa ord"),
        "{text}"
    );
    assert!(
        text.contains("längst: Samordningsansvarig, överenskommelsen, uppföljningen"),
        "{text}"
    );
    // The child's words in the sample are plain: no hint there.
    assert!(found.iter().all(|d| d.path.to_string() != "views.child"));
}

#[test]
fn characters_no_font_has_are_named_once_each_and_at_most_a_dozen() {
    let mut plan = full();
    plan.views.child =
        Some("Jag är glad 😀🙂😀 men 😀 ibland arg 😠 — 一二三四五六七八九十百千".into());
    let found = validate(&plan);
    let d = found.iter().find(|d| d.code == "SIP062").expect("SIP062");
    let message = common::sv(&d.message);
    assert!(message.contains("«😀🙂😠一二三四五六七八九…»"), "{message}");
    assert_eq!(message.matches('😀').count(), 1, "{message}");
}

/// A name is one line of visible letters: a line break, a tab, a direction
/// control (which can draw the rest of the child's name over the
/// personnummer) or another character that is not drawn is refused, named
/// by its code point, at the field. Persian's zero-width non-joiner stays.
#[test]
fn a_name_with_a_control_or_invisible_character_is_refused_at_its_field() {
    for hidden in [
        '\n', '\t', '\u{2069}', '\u{202E}', '\u{200F}', '\u{200B}', '\u{AD}', '\u{1b}',
    ] {
        let mut plan = full();
        plan.child.name = format!("Elsa {hidden}Exempeldotter").as_str().into();
        plan.guardians[0].name = format!("Anna{hidden} Exempel").as_str().into();
        let found = validate(&plan);
        let paths: Vec<String> = found
            .iter()
            .filter(|d| d.code.as_str() == "SIP063")
            .map(|d| d.path.to_string())
            .collect();
        assert_eq!(
            paths,
            ["child.name", "guardians[0].name"],
            "{hidden:?}: {found:?}"
        );
        let first = found.iter().find(|d| d.code.as_str() == "SIP063").unwrap();
        let said = common::sv(&first.message);
        let code = format!("U+{:04X}", hidden as u32);
        assert!(said.contains(&code), "{said}");
    }
    let mut plan = full();
    plan.child.name = "Elsa Personnummer: 20991231-0000".into();
    assert!(codes(&plan).contains(&"SIP064"), "{:?}", codes(&plan));
    plan.child.name = "Elsa ٢٠٩٩".into();
    assert!(codes(&plan).contains(&"SIP064"), "{:?}", codes(&plan));
    let mut plan = full();
    plan.child.name = "Nâzanin Mohammad\u{200C}Zâde".into();
    assert!(!codes(&plan).contains(&"SIP063"), "{:?}", codes(&plan));
}

/// A text past its length is one more error: the template's rules and the
/// follow-up's are still checked (only a list past its limit is said alone).
#[test]
fn a_text_too_long_does_not_hide_the_follow_up_rules() {
    let mut plan = full();
    plan.views.child = Some("ord ".repeat(2_600).as_str().into());
    let template = sipplan::template::default_template().unwrap();
    let today = date("2027-03-01").0;
    let codes: Vec<&str> = sipplan::validate::all(&plan, &template, Some(today))
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(codes.contains(&"SIP051"), "{codes:?}");
    assert!(codes.contains(&"SIP094"), "{codes:?}");
}
