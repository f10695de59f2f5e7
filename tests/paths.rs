//! Where sipplan looks for the files a plan or a template names: by the
//! real path (never the masked one shown in messages), and a template that
//! extends itself by another path is a circle, not a crash.

use crate::common;

use std::fs;
use std::path::Path;

use common::{root, sipplan, text};

const TEMPLATE: &str = "(\n    id: \"kommun\",\n    name: \"Kommunen\",\n    plan_format: 1,\n    extends: \"sv\",\n)\n";

/// A copy of the minimal sample that names `template`.
fn plan_naming(template: &str) -> String {
    let minimal = fs::read_to_string(root().join("samples/minimal.ron")).unwrap();
    let named = format!("document: (date: \"2026-10-06\", template: {template:?}),");
    assert!(minimal.contains("document: (date: \"2026-10-06\"),"));
    minimal.replace("document: (date: \"2026-10-06\"),", &named)
}

#[test]
fn a_template_that_extends_itself_by_a_longer_path_is_a_circle() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mallar");
    fs::create_dir(&folder).unwrap();
    let own = folder.join("egen.ron");
    fs::write(
        &own,
        TEMPLATE.replace("extends: \"sv\"", "extends: \"../mallar/egen.ron\""),
    )
    .unwrap();
    let output = sipplan(&["template", "check", own.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("[SIP201]"), "{stdout}{stderr}");
    assert!(stdout.contains("cirkel"), "{stdout}");
}

#[test]
fn a_plan_in_a_folder_named_like_a_personnummer_finds_its_own_template() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("20140517-9829");
    let masked = dir.path().join("20140517-XXXX");
    for folder in [&real, &masked] {
        fs::create_dir_all(folder.join("mallar")).unwrap();
    }
    fs::write(real.join("mallar/kommun.ron"), TEMPLATE).unwrap();
    // A look-alike folder whose template must not be used.
    fs::write(
        masked.join("mallar/kommun.ron"),
        TEMPLATE
            .replace("Kommunen", "Fel kommun")
            .replace("\"sv\"", "\"saknas.ron\""),
    )
    .unwrap();
    let plan = real.join("plan.ron");
    fs::write(&plan, plan_naming("mallar/kommun.ron")).unwrap();
    let pdf = dir.path().join("plan.pdf");
    let output = sipplan(&[
        "render",
        plan.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    assert!(Path::new(&pdf).is_file());
    // The messages still show the folder masked.
    fs::remove_file(real.join("mallar/kommun.ron")).unwrap();
    let output = sipplan(&["check", plan.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    assert_ne!(output.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        !format!("{stdout}{stderr}").contains("9829"),
        "{stdout}{stderr}"
    );
    assert!(stdout.contains("20140517-XXXX"), "{stdout}{stderr}");
}

#[test]
fn a_chain_of_templates_longer_than_sixteen_is_refused_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..40 {
        let next = format!("extends: \"m{}.ron\"", n + 1);
        let file = dir.path().join(format!("m{n}.ron"));
        fs::write(file, TEMPLATE.replace("extends: \"sv\"", &next)).unwrap();
    }
    let first = dir.path().join("m0.ron");
    let output = sipplan(&["template", "check", first.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("för många led"), "{stdout}");
    assert!(stdout.contains("högst 16"), "{stdout}");
}

/// A plan names its template by id or by a path in its own folder; a
/// template's `extends` and logo stay in the template's folder. What is
/// outside is refused before it is read, so no line of it is shown.
#[test]
fn a_plan_or_template_cannot_make_sipplan_read_a_file_outside_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("planer");
    fs::create_dir_all(folder.join("mallar")).unwrap();
    fs::write(dir.path().join("hemlig.ron"), "hemlig rad 1\n").unwrap();
    fs::write(dir.path().join("utanför.ron"), TEMPLATE).unwrap();
    let cases = [
        ("etc.ron", plan_naming("/etc/passwd"), "root:"),
        ("upp.ron", plan_naming("../hemlig.ron"), "hemlig rad"),
        ("extends.ron", plan_naming("mallar/bygger.ron"), "Kommunen"),
        ("logga.ron", plan_naming("mallar/logga.ron"), "Kommunen"),
    ];
    fs::write(
        folder.join("mallar/bygger.ron"),
        TEMPLATE.replace("\"sv\"", "\"../../utanför.ron\""),
    )
    .unwrap();
    fs::write(
        folder.join("mallar/logga.ron"),
        TEMPLATE.replace(")\n", "    logo: \"../../hemlig.ron\",\n)\n"),
    )
    .unwrap();
    for (name, content, secret) in cases {
        let plan = folder.join(name);
        fs::write(&plan, content).unwrap();
        let output = sipplan(&["check", plan.to_str().unwrap()]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {stdout}{stderr}");
        assert!(stdout.contains("utanför"), "{name}: {stdout}{stderr}");
        if name != "extends.ron" {
            assert!(!stdout.contains(secret), "{name}: {stdout}");
        }
    }
    // The template the user gives is the user's choice, wherever it is.
    let given = dir.path().join("utanför.ron");
    let plan = folder.join("etc.ron");
    let output = sipplan(&[
        "check",
        plan.to_str().unwrap(),
        "--template",
        given.to_str().unwrap(),
    ]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
}
