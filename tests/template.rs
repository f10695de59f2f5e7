//! Templates as a template keeper and a caseworker use them.

use crate::common;

use common::{files_in, load_plan, pdf_pages_text, root, sipplan, squeeze, text};
use sipplan::message::{Lang, Message};
use sipplan::msg;
use sipplan::plan::CustomValue;
use sipplan::source::{Format, Source};
use sipplan::template::{self, Files, Template};

/// Template files from the repository, relative to the file that names them.
struct RepoFiles;

impl Files for RepoFiles {
    fn template(&self, name: &str, from: &Source) -> Result<Source, Message> {
        let path = std::path::Path::new(&from.name)
            .parent()
            .unwrap_or(root().as_path())
            .join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| msg!("io-other", why = e.to_string()))?;
        Ok(Source::from_text(
            &path.display().to_string(),
            &text,
            Format::Ron,
        ))
    }

    fn bytes(&self, name: &str, from: &Source) -> Result<Vec<u8>, Message> {
        let path = std::path::Path::new(&from.name)
            .parent()
            .unwrap_or(root().as_path())
            .join(name);
        std::fs::read(path).map_err(|e| msg!("io-other", why = e.to_string()))
    }
}

fn exempelkommun() -> Template {
    let path = root().join("samples/templates/exempelkommun.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let source = Source::from_text(&path.display().to_string(), &text, Format::Ron);
    template::load(&source, &RepoFiles).expect("the sample template loads")
}

fn render_to_text(args: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let mut all = vec!["render"];
    all.extend_from_slice(args);
    all.extend(["-o", out.to_str().unwrap()]);
    let output = sipplan(&all);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    pdf_pages_text(&std::fs::read(out).unwrap())
}

#[test]
fn every_broken_template_fails_with_its_located_and_explained_error() {
    let broken: Vec<String> = files_in("tests/bad/templates")
        .into_iter()
        .filter(|f| f.rsplit('/').next().unwrap_or_default().starts_with("sip"))
        .collect();
    assert!(broken.len() >= 10, "{broken:?}");
    for file in broken {
        for (lang, prefix) in common::LANGUAGES {
            let (name, stdout) = common::assert_refused_in(lang, &["template", "check"], &file);
            common::assert_snapshot("template", &format!("{prefix}{name}"), &stdout);
        }
    }
}

#[test]
fn the_english_template_prints_english_labels_and_no_swedish_ones() {
    let pages = render_to_text(&["samples/full.ron", "--template", "en"]);
    let all = squeeze(&pages.concat());
    for label in [
        "Coordinatedindividualplan",
        "Thechild",
        "Actions–whodoeswhat,andwhen",
        "Page1of",
        "Responsibilityfortheplan",
    ] {
        assert!(all.contains(&squeeze(label)), "{label}");
    }
    let sv = template::by_name("sv", &template::NoFiles).unwrap();
    let en = template::by_name("en", &template::NoFiles).unwrap();
    let plan_text = serde_json::to_string(&load_plan("samples/full.ron")).unwrap();
    let sv_labels = serde_json::to_value(&sv.labels).unwrap();
    let en_labels = serde_json::to_value(&en.labels).unwrap();
    let mut checked = 0;
    for (group, labels) in sv_labels.as_object().unwrap() {
        for (key, value) in labels.as_object().unwrap() {
            let swedish = value.as_str().unwrap();
            let english = en_labels[group][key].as_str().unwrap();
            if swedish == english
                || swedish.len() < 5
                || swedish.contains('{')
                || plan_text.contains(swedish)
            {
                continue;
            }
            checked += 1;
            assert!(
                !all.contains(&squeeze(swedish)),
                "Swedish label {group}.{key} = {swedish} in the English PDF"
            );
        }
    }
    assert!(checked > 60, "only {checked} labels compared");
}

#[test]
fn the_exempelkommun_template_shows_its_words_order_sections_marking_and_logo() {
    let pages = render_to_text(&["samples/exempelkommun.ron"]);
    let all = squeeze(&pages.concat());
    for needle in [
        "Minplan–samordnadindividuellplan(SIP)",
        "Ombarnet",
        "Vemgörvadochnär",
        "Samordnare(familjenskontaktperson)",
        "Skolansstöd",
        "Kontaktpersoniskolan:LinaBerg,skolkurator,08-123458 00",
        // The checklist, each box readable in the text as ☒ or ☐.
        "☒Extraanpassningar☐Särskiltstöd☐Åtgärdsprogram☒Elevhälsandeltar",
        "Genomunderskriftenbekräftarvi",
    ] {
        assert!(all.contains(&squeeze(needle)), "{needle} missing");
    }
    // The hidden section and its content are not printed.
    assert!(!all.contains("Barnetsochfamiljensbild"));
    assert!(!all.contains(&squeeze("Jag vill orka hela skoldagen")));
    // Order: the school section comes after the meeting and before the goals.
    let meeting = all.find("Mötesdatum").unwrap();
    let school = all.find("Skolansstöd").unwrap();
    let goals = all.find("Behovochmål").unwrap();
    assert!(meeting < school && school < goals);
    // Every page: organisations, the secrecy marking with the plan's date, the footer text.
    for page in &pages {
        let page = squeeze(page);
        assert!(page.contains("Exempelkommun·RegionExempel"), "{page}");
        assert!(
            page.contains("SEKRETESSenligt26kap.1§OSL·2026-09-15·"),
            "{page}"
        );
        assert!(page.contains("Socialtjänsten,barnochunga"), "{page}");
    }
}

#[test]
fn the_logo_is_embedded_as_an_image_with_its_transparency() {
    let t = exempelkommun();
    let plan = load_plan("samples/exempelkommun.ron");
    let printed = sipplan::print_plan(&plan, &t, Default::default(), Some(0)).unwrap();
    let doc = lopdf::Document::load_mem(&printed.pdf).unwrap();
    let images: Vec<_> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(&b"Image"[..]))
        .collect();
    assert_eq!(images.len(), 2, "the logo and its soft mask");
    let logo = images
        .iter()
        .find(|s| s.dict.has(b"SMask"))
        .expect("logo with a soft mask");
    assert_eq!(logo.dict.get(b"Width").unwrap().as_i64().unwrap(), 360);
    assert_eq!(logo.dict.get(b"Height").unwrap().as_i64().unwrap(), 120);
    // Reproducible with an image too.
    let again = sipplan::print_plan(&plan, &t, Default::default(), Some(0)).unwrap();
    assert!(printed.pdf == again.pdf);
}

#[test]
fn the_blank_worksheet_follows_the_template() {
    let pages = render_to_text(&[
        "--blank",
        "--template",
        "samples/templates/exempelkommun.ron",
    ]);
    let all = squeeze(&pages.concat());
    assert!(all.contains("Skolansstöd") && all.contains("Ombarnet"));
    assert!(!all.contains("Barnetsochfamiljensbild"));
}

#[test]
fn a_plan_is_checked_against_its_templates_custom_sections_and_rules() {
    let t = exempelkommun();
    let codes = |plan: &sipplan::plan::Plan| {
        let mut c: Vec<&str> = sipplan::validate::validate_template(plan, &t)
            .iter()
            .map(|d| d.code.as_str())
            .collect();
        c.sort();
        c
    };
    let good = load_plan("samples/exempelkommun.ron");
    assert!(codes(&good).is_empty(), "{:?}", codes(&good));

    let mut plan = good.clone();
    plan.child.school = None;
    plan.follow_up.caller = None;
    assert_eq!(codes(&plan), ["SIP070", "SIP070"]);

    let mut plan = good.clone();
    let school = plan.custom.get_mut("skola").unwrap();
    school.insert(
        "stod".into(),
        CustomValue::Checked(vec!["anpasningar".into()]),
    );
    school.insert("kontakt".into(), CustomValue::Checked(vec![]));
    school.insert("rektor".into(), CustomValue::Text("Eva".into()));
    plan.custom.insert("skolan".into(), Default::default());
    assert_eq!(
        codes(&plan),
        ["SIP071", "SIP072", "SIP073", "SIP074", "SIP075"]
    );

    let mut plan = good.clone();
    plan.custom.clear();
    assert_eq!(codes(&plan), ["SIP075"]);

    let mut plan = good;
    plan.consent.date = sipplan::plan::PlanDate::parse("2026-08-01").unwrap();
    let found = sipplan::validate::validate_template(&plan, &t);
    assert_eq!(found.len(), 1);
    assert!(!found[0].is_error());
    // The template's own words, and no English tail after them.
    let said = Lang::Sv.text(&found[0].message);
    assert!(said.starts_with("Enligt Exempelkommuns överenskommelse med Region Exempel ska SIP-mötet hållas inom 21 dagar"), "{said}");
    assert!(said.ends_with("(här 45 dagar)"), "{said}");
}

#[test]
fn a_plan_that_names_a_missing_template_is_refused_with_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read_to_string(root().join("samples/exempelkommun.ron"))
        .unwrap()
        .replace("templates/exempelkommun.ron", "templates/saknas.ron");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, plan).unwrap();
    let output = sipplan(&["check", path.to_str().unwrap()]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout.contains("[SIP200]") && stdout.contains("saknas.ron"),
        "{stdout}"
    );
}

#[test]
fn template_init_writes_a_commented_template_that_checks_and_lists_every_label() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kommun.ron");
    let output = sipplan(&[
        "template",
        "init",
        "--from",
        "sv",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let written = std::fs::read_to_string(&path).unwrap();
    let sv = template::by_name("sv", &template::NoFiles).unwrap();
    for (group, labels) in serde_json::to_value(&sv.labels)
        .unwrap()
        .as_object()
        .unwrap()
    {
        for key in labels.as_object().unwrap().keys() {
            assert!(
                written.contains(&format!("//     {key}: ")),
                "{group}.{key} not listed"
            );
        }
    }
    let output = sipplan(&["template", "check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    // Uncommenting one label (with its group line and closing bracket) works.
    let mut lines: Vec<String> = written.lines().map(String::from).collect();
    let open = lines
        .iter()
        .position(|l| l == "        // sections: (")
        .unwrap();
    let close = open
        + lines[open..]
            .iter()
            .position(|l| l == "        // ),")
            .unwrap();
    let child = open
        + lines[open..]
            .iter()
            .position(|l| l.starts_with("        //     child: "))
            .unwrap();
    lines[open] = "        sections: (".into();
    lines[child] = "            child: \"Om barnet\",".into();
    lines[close] = "        ),".into();
    let edited = lines.join("\n");
    std::fs::write(&path, &edited).unwrap();
    let output = sipplan(&["template", "check", path.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{:?}\n{edited}",
        text(&output)
    );
}

#[test]
fn template_list_names_the_built_in_templates() {
    let output = sipplan(&["template", "list"]);
    let (stdout, _) = text(&output);
    assert!(stdout.contains("sv ") && stdout.contains("en "), "{stdout}");
}

#[test]
fn the_resolver_takes_the_given_template_else_the_named_one_else_sv_and_reads_each_once() {
    use sipplan::source::{Format, Source};
    use sipplan::template::{NoFiles, Resolver};
    use std::sync::Arc;
    let plan = |named: &str| {
        Source::from_text(
            "p.ron",
            &std::fs::read_to_string(common::root().join("samples/minimal.ron"))
                .unwrap()
                .replace(
                    "document: (date: \"2026-10-06\")",
                    &format!("document: (date: \"2026-10-06\", template: \"{named}\")"),
                ),
            Format::Ron,
        )
    };
    let resolver = Resolver::new(&NoFiles, None);
    let en = sipplan::check_source(&plan("en"), &resolver, None).unwrap();
    assert_eq!(en.template.id, "en");
    assert!(en.is_valid(), "{:?}", en.diagnostics);
    let again = sipplan::check_source(&plan("en"), &resolver, None).unwrap();
    assert!(Arc::ptr_eq(&en.template, &again.template), "read twice");
    let plain = sipplan::check_source(&plan(""), &resolver, None).unwrap();
    assert_eq!(plain.template.id, "sv");
    // Given wins over what the plan names.
    let given = Resolver::new(&NoFiles, Some("sv"));
    assert_eq!(
        sipplan::check_source(&plan("en"), &given, None)
            .unwrap()
            .template
            .id,
        "sv"
    );
    // A named file that cannot be read is located at `document.template`.
    let errors = sipplan::check_source(&plan("kommun.ron"), &resolver, None).unwrap_err();
    let d = &errors[0].diagnostics[0];
    assert_eq!(
        (d.code.as_str(), d.path.to_string().as_str()),
        ("SIP200", "document.template")
    );
    assert!(d.span.is_some());
}
