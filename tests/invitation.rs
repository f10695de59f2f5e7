//! `sipplan invitation`: a one-page letter for each person invited, from the
//! plan's meeting data, in the template's words, without the personnummer;
//! a draft will do, since the meeting has not been held yet.

use crate::common;

use common::{pdf_pages_text, sipplan, squeeze, text};

fn letters(args: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kallelse.pdf");
    let out_text = out.display().to_string();
    let mut all = vec!["invitation"];
    all.extend(args);
    all.extend(["-o", &out_text]);
    let output = sipplan(&all);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    pdf_pages_text(&std::fs::read(&out).unwrap())
}

#[test]
fn each_person_invited_gets_a_page_with_the_meeting_and_no_personnummer() {
    // Anna Svensson, the coordinator, is whom the letters name to ask: she
    // is listed among the invited on each letter but gets none herself.
    let pages = letters(&["samples/full.ron"]);
    let invited = [
        "Maria Exempeldotter (mamma)",
        "Johan Exempelsson (pappa)",
        "Karin Lund (psykolog, BUP Exempelstad)",
        "Lina Berg (skolkurator, Exempelskolan)",
        "Omar Haddad (arbetsterapeut, Habiliteringen Exempelstad)",
        "Birgitta Ängström (närstående)",
    ];
    assert_eq!(pages.len(), invited.len());
    for (page, to) in pages.iter().zip(invited) {
        let page = squeeze(page);
        assert!(
            page.contains(&squeeze(&format!("Till: {to}"))),
            "{to} in {page}"
        );
        for expected in [
            "Kallelse till SIP-möte",
            "Sida 1 av 1",
            "för Elsa Exempeldotter",
            "När: tisdag 15 september 2026 kl. 13.30–15.00",
            "Var: Familjecentralen, Storgatan 1, Exempelstad",
            "Mötets fråga: Hur kan Elsa orka gå i skolan hela dagar",
            "Kallad av: Lina Berg, skolkurator",
            "Anna Svensson, 08-123 456 00, anna.svensson@exempelstad.example.se",
            "Inför mötet",
            "Elsa Exempeldotter är välkommen på hela mötet",
            "behövs samtycke från vårdnadshavarna",
        ] {
            assert!(page.contains(&squeeze(expected)), "{expected} in {page}");
        }
        for number in ["20140517-9829", "201405179829", "140517", "9829"] {
            assert!(!page.contains(number), "{number} in {page}");
        }
    }
}

#[test]
fn one_letter_for_all_lists_everyone_and_english_words_come_from_the_template() {
    let pages = letters(&["samples/full.ron", "--one-for-all", "--template", "en"]);
    assert_eq!(pages.len(), 1);
    let page = squeeze(&pages[0]);
    for expected in [
        "Invitation to a SIP meeting",
        "To: Everyone invited",
        "Invited:",
        "Maria Exempeldotter (mamma)",
        "Birgitta Ängström (närstående)",
        "The child is welcome",
    ] {
        assert!(page.contains(&squeeze(expected)), "{expected} in {page}");
    }
}

#[test]
fn a_plan_that_is_still_a_draft_gives_its_invitation() {
    // No insatser yet: the plan is not valid, but the meeting is known.
    let pages = letters(&["tests/bad/plans/sip001-no-actions.ron"]);
    assert!(!pages.is_empty());
    let page = squeeze(&pages[0]);
    assert!(page.contains("Kallelsetill"), "{page}");
    assert!(
        !page.contains("UTKAST"),
        "an invitation is not a draft plan"
    );
}

#[test]
fn a_template_can_ask_for_the_personnummer_in_the_invitation() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("med-nummer.ron");
    std::fs::write(
        &template,
        "(id: \"med-nummer\", name: \"Kallelse med personnummer\", version: \"1\", \
         plan_format: 1, extends: \"sv\", rules: (invitation_personnummer: true))",
    )
    .unwrap();
    let pages = letters(&[
        "samples/full.ron",
        "--one-for-all",
        "--template",
        template.to_str().unwrap(),
    ]);
    assert_eq!(pages.len(), 1);
    let page = squeeze(&pages[0]);
    assert!(
        page.contains(&squeeze("Barn: Elsa Exempeldotter")),
        "{page}"
    );
    assert!(
        page.contains(&squeeze("Personnummer: 20140517-9829")),
        "{page}"
    );
}

#[test]
fn an_invitation_from_the_starter_plan_has_no_broken_sentences_and_warns() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("ny.ron");
    let out = dir.path().join("kallelse.pdf");
    let plan_text = plan.display().to_string();
    let out_text = out.display().to_string();
    assert!(sipplan(&["new", "-o", &plan_text]).status.success());
    let output = sipplan(&["invitation", &plan_text, "-o", &out_text]);
    let (stdout, stderr) = text(&output);
    let said = format!("{stdout}{stderr}");
    assert_eq!(output.status.code(), Some(0), "{said}");
    // The command says which values the letters lack, in the print's words.
    for missing in ["kallelsen saknar", "Mötesdatum", "Plats", "Namn"] {
        assert!(said.contains(missing), "{missing} in {said}");
    }
    let pages = pdf_pages_text(&std::fs::read(&out).unwrap());
    let page = pages.join("\n");
    for broken in [
        "(SIP) för .",
        "för . ",
        "så att och",
        "\n är välkommen",
        "När:\n",
        "Var:\n",
        "Kallad av:",
        "Inbjudna:",
    ] {
        assert!(!page.contains(broken), "{broken:?} in {page}");
    }
    let squeezed = squeeze(&page);
    assert!(
        squeezed.contains(&squeeze("så att barnet och familjen får")),
        "{page}"
    );
    assert!(
        squeezed.contains(&squeeze("Barnet är välkommet på hela mötet")),
        "{page}"
    );
    assert!(!page.contains(" .") && !page.contains(" ,"), "{page}");
}

#[test]
fn the_meeting_has_a_time_of_day_in_the_letter_the_print_the_schema_and_the_starter() {
    let dir = tempfile::tempdir().unwrap();
    // Only a start: "kl. 13.30"; written 13:30 or 13.30.
    let full = std::fs::read_to_string(common::root().join("samples/full.ron")).unwrap();
    let only_start = full.replace("        end: \"15.00\",\n", "");
    assert_ne!(only_start, full);
    let plan = dir.path().join("tid.ron");
    std::fs::write(&plan, only_start.replace("\"13.30\"", "\"13:30\"")).unwrap();
    let pages = letters(&[plan.to_str().unwrap(), "--one-for-all"]);
    let page = squeeze(&pages[0]);
    assert!(
        page.contains(&squeeze("När: tisdag 15 september 2026 kl. 13.30")),
        "{page}"
    );
    assert!(!page.contains("13.30–"), "{page}");
    let english = letters(&["samples/full.ron", "--one-for-all", "--template", "en"]);
    assert!(
        squeeze(&english[0]).contains(&squeeze("When: Tuesday 15 September 2026 13.30–15.00")),
        "{}",
        english[0]
    );
    // The plan's own print.
    let out = dir.path().join("plan.pdf");
    let output = sipplan(&["render", "samples/full.ron", "-o", out.to_str().unwrap()]);
    assert!(output.status.success(), "{:?}", text(&output));
    let printed = squeeze(&pdf_pages_text(&std::fs::read(&out).unwrap()).join("\n"));
    assert!(
        printed.contains(&squeeze("Mötesdatum: 2026-09-15 kl. 13.30–15.00")),
        "{printed}"
    );
    // The schema and the starter plan know the field.
    let schema = std::fs::read_to_string(common::root().join("schemas/plan.schema.json")).unwrap();
    assert!(schema.contains("\"TimeOfDay\""), "the schema has the time");
    let starter = text(&sipplan(&["new"])).0;
    assert!(starter.contains("start: \"<TT.MM>\""), "{starter}");
    // A time that is not one is explained in words.
    let wrong = dir.path().join("fel.ron");
    std::fs::write(&wrong, full.replace("\"13.30\"", "\"13.3\"")).unwrap();
    let output = sipplan(&["check", wrong.to_str().unwrap()]);
    let said = text(&output).1 + &text(&output).0;
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains("`13.3` är inte ett klockslag"), "{said}");
    assert!(said.contains("13.30"), "{said}");
}

#[test]
fn the_coordinator_gets_no_letter_inviting_herself_but_is_listed_as_invited() {
    let pages = letters(&["samples/full.ron"]);
    for page in &pages {
        let page = squeeze(page);
        assert!(!page.contains(&squeeze("Till: Anna Svensson")), "{page}");
        assert!(
            page.contains(&squeeze(
                "Anna Svensson (socialsekreterare, Socialtjänsten Exempelstad)"
            )),
            "listed among the invited: {page}"
        );
    }
}
