//! `sipplan render`: the PDF is read back and checked like a reader would.

use crate::common;

use common::{load_plan, pdf_pages_text, print, sipplan, squeeze, text};
use sipplan::render::Options;

/// Every text value of a plan, except choices that are printed as labels.
/// Every value of the plan that the core plan prints: all its text but the
/// choices (printed as their labels) and the insatser told to the child
/// (printed on "Min plan", `--child-page`).
fn values(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    const CHOICES: [&str; 7] = [
        "form",
        "status",
        "responsible",
        "principal",
        "how",
        "template",
        "child_text",
    ];
    match value {
        serde_json::Value::String(s) if !CHOICES.contains(&key) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| values(v, key, out)),
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| values(v, k, out)),
        _ => {}
    }
}

#[test]
fn the_full_sample_prints_on_two_pages_with_every_value_readable() {
    let plan = load_plan("samples/full.ron");
    let printed = print(&plan, Options::default());
    assert_eq!(printed.pages, 2);
    assert!(printed.warnings.is_empty(), "{:?}", printed.warnings);
    let pages = pdf_pages_text(&printed.pdf);
    assert_eq!(pages.len(), 2);
    let all = squeeze(&pages.concat());

    let mut expected = Vec::new();
    values(&serde_json::to_value(&plan).unwrap(), "", &mut expected);
    assert!(expected.len() > 100, "only {} values", expected.len());
    for value in &expected {
        assert!(
            all.contains(&squeeze(value)),
            "missing from the PDF: {value}"
        );
    }
    // Choices are printed with their Swedish labels.
    for label in [
        "Pågående",
        "Planerad",
        "Skriftligt",
        "Försäkringskassan",
        "Familjen",
        "Del av mötet",
    ] {
        assert!(all.contains(&squeeze(label)), "{label}");
    }
    assert!(
        all.contains("ÅÄÖ") || all.contains("Ängström"),
        "å/ä/ö survive"
    );
}

#[test]
fn every_page_identifies_the_child_the_date_the_version_and_its_number() {
    let printed = print(&load_plan("samples/full.ron"), Options::default());
    let pages = pdf_pages_text(&printed.pdf);
    for (i, page) in pages.iter().enumerate() {
        let page = squeeze(page);
        for needle in [
            "ElsaExempeldotter",
            "20140517-9829",
            "2026-09-15",
            "Version:1",
        ] {
            assert!(page.contains(needle), "page {}: {needle}", i + 1);
        }
        assert!(
            page.contains(&format!("Sida{}av2", i + 1)),
            "page {}",
            i + 1
        );
    }
}

#[test]
fn the_other_samples_print_and_fit_the_page_budget() {
    for sample in [
        "samples/minimal.ron",
        "samples/samordningsnummer.ron",
        "samples/full.json",
    ] {
        let printed = print(&load_plan(sample), Options::default());
        assert!(printed.pages <= 2, "{sample}: {} pages", printed.pages);
    }
    let printed = print(
        &load_plan("samples/samordningsnummer.ron"),
        Options::default(),
    );
    let all = squeeze(&pdf_pages_text(&printed.pdf).concat());
    assert!(all.contains("Samordningsnummer:20140871-9852"), "{all}");
}

#[test]
fn rendering_twice_gives_identical_bytes() {
    let plan = load_plan("samples/full.ron");
    let a = print(&plan, Options::default()).pdf;
    let b = print(&plan, Options::default()).pdf;
    assert!(a == b, "two renders differ");
    // And across processes, through the command line.
    let dir = tempfile::tempdir().unwrap();
    let outputs: Vec<Vec<u8>> = ["a.pdf", "b.pdf"]
        .iter()
        .map(|name| {
            let path = dir.path().join(name);
            let out = sipplan(&["render", "samples/full.ron", "-o", path.to_str().unwrap()]);
            assert_eq!(out.status.code(), Some(0), "{:?}", text(&out));
            std::fs::read(path).unwrap()
        })
        .collect();
    assert!(outputs[0] == outputs[1], "two processes differ");
}

/// Archival and tagged (PDF/A-2a, PDF/UA-1) in 24 KB: 18.3 KB untagged
/// before; typst's tagged PDF of the same plan is 62 KB.
#[test]
fn the_full_sample_is_at_most_24_kb() {
    let printed = print(&load_plan("samples/full.ron"), Options::default());
    assert!(
        printed.pdf.len() <= 24 * 1024,
        "{} bytes",
        printed.pdf.len()
    );
}

#[test]
fn metadata_holds_a_neutral_title_and_no_personal_data() {
    let printed = print(&load_plan("samples/full.ron"), Options::default());
    let doc = lopdf::Document::load_mem(&printed.pdf).unwrap();
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_ref).unwrap();
    let mut all = String::new();
    for (key, value) in info.iter() {
        if let Ok(bytes) = value.as_str() {
            let text = lopdf::decode_text_string(value)
                .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into());
            all.push_str(&format!("{}={text}\n", String::from_utf8_lossy(key)));
        }
    }
    assert!(all.contains("Title=Samordnad individuell plan"), "{all}");
    assert!(all.contains("Producer=sipplan "), "{all}");
    for secret in ["Elsa", "Exempeldotter", "9829", "140517"] {
        assert!(!all.contains(secret), "{secret} in metadata: {all}");
    }
    // Fonts are embedded subsets, not references to the machine's fonts.
    let mut fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"FontFile2").is_ok())
        .filter_map(|d| d.get(b"FontName").and_then(lopdf::Object::as_name).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    fonts.sort();
    assert_eq!(fonts, ["DJVSBD+DejaVuSans-Bold", "DJVSRG+DejaVuSans"]);
}

#[test]
fn mask_hides_the_last_four_digits_on_every_page() {
    let printed = print(
        &load_plan("samples/full.ron"),
        Options {
            mask: true,
            ..Options::default()
        },
    );
    for page in pdf_pages_text(&printed.pdf) {
        assert!(page.contains("20140517-XXXX"), "{page}");
        assert!(!page.contains("9829"));
    }
}

#[test]
fn a_draft_is_marked_on_every_page() {
    let printed = print(
        &load_plan("samples/full.ron"),
        Options {
            draft_mark: true,
            ..Options::default()
        },
    );
    for page in pdf_pages_text(&printed.pdf) {
        assert!(page.contains("UTKAST"), "{page}");
    }
}

/// A caseworker prints a valid plan with `--draft` to bring to the meeting
/// before it is signed: every page says it is a draft.
#[test]
fn render_draft_marks_a_valid_plan_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let output = sipplan(&[
        "render",
        "samples/full.ron",
        "--draft",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let pages = pdf_pages_text(&std::fs::read(&out).unwrap());
    assert_eq!(pages.len(), 2);
    for page in pages {
        assert!(squeeze(&page).contains("UTKAST"), "{page}");
    }
}

#[test]
fn an_invalid_plan_is_refused_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    let output = sipplan(&[
        "render",
        "tests/bad/plans/sip011-consent-after-meeting.ron",
        "-o",
        out.to_str().unwrap(),
    ]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout.contains("[SIP011]"), "{stdout}");
    assert!(stderr.contains("--draft"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "something was written"
    );

    let output = sipplan(&[
        "render",
        "tests/bad/plans/sip011-consent-after-meeting.ron",
        "-o",
        out.to_str().unwrap(),
        "--draft",
    ]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    assert!(squeeze(&pdf_pages_text(&std::fs::read(&out).unwrap()).concat()).contains("UTKAST"));
}

#[test]
fn render_refuses_to_overwrite_without_force_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    std::fs::write(&out, "keep me").unwrap();
    let path = out.to_str().unwrap();
    let output = sipplan(&["render", "samples/minimal.ron", "-o", path]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    let output = sipplan(&["render", "samples/minimal.ron", "-o", path, "--force"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["plan.pdf"]);
}

#[test]
fn output_to_a_missing_folder_or_a_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    // One missing level is made (see below); two are a mistyped path.
    let missing = dir.path().join("nope/nope/plan.pdf");
    let output = sipplan(&[
        "render",
        "samples/minimal.ron",
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("finns inte"));
    let output = sipplan(&[
        "render",
        "samples/minimal.ron",
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("är en mapp"));
}

#[test]
fn a_folder_that_cannot_be_written_is_a_clear_error() {
    // /proc refuses new files even for root, like a read-only folder.
    let output = sipplan(&["render", "samples/minimal.ron", "-o", "/proc/plan.pdf"]);
    assert_eq!(output.status.code(), Some(2));
    let (_, stderr) = text(&output);
    assert!(
        stderr.contains("kan inte skriva `/proc/plan.pdf`"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn the_default_output_sits_beside_the_plan_and_never_carries_a_personnummer() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("elsa.ron");
    let numbered = dir.path().join("20140517-9829.ron");
    let sample = std::fs::read(common::root().join("samples/full.ron")).unwrap();
    std::fs::write(&plain, &sample).unwrap();
    std::fs::write(&numbered, &sample).unwrap();
    assert_eq!(
        sipplan(&["render", plain.to_str().unwrap()]).status.code(),
        Some(0)
    );
    assert!(dir.path().join("elsa.pdf").exists());
    assert_eq!(
        sipplan(&["render", numbered.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert!(dir.path().join("sip-plan.pdf").exists());
    assert!(!dir.path().join("20140517-9829.pdf").exists());
}

#[test]
fn the_blank_worksheet_has_every_section_and_no_plan_content() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("blad.pdf");
    let output = sipplan(&["render", "--blank", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let all = squeeze(&pdf_pages_text(&std::fs::read(&out).unwrap()).concat());
    for heading in [
        "Barnet",
        "Vårdnadshavareochnärstående",
        "Samtycke",
        "Mötet",
        "Insatser–vemgörvadochnär",
        "Ansvarförplanen",
        "Uppföljningochavslut",
        "Underskrifter",
        "Sida1av",
    ] {
        assert!(all.contains(heading), "{heading}");
    }
    assert!(!all.contains("Elsa"));
}

#[test]
fn a_character_the_font_lacks_is_shown_as_a_placeholder_and_reported() {
    let mut plan = load_plan("samples/minimal.ron");
    plan.views.child = Some("Jag gillar katter 漢 och 字".into());
    let printed = print(&plan, Options::default());
    let codes: Vec<_> = printed.warnings.iter().map(|w| w.code).collect();
    assert_eq!(codes, ["SIP061"]);
    assert!(common::sv(&printed.warnings[0].message).contains("U+6F22"));
    let all = pdf_pages_text(&printed.pdf).concat();
    assert!(
        all.contains("Jag gillar katter \u{FFFD} och \u{FFFD}"),
        "{all}"
    );
}

#[test]
fn a_batch_prints_every_good_plan_and_lists_each_failure_with_its_cause() {
    let plans = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    for file in [
        "samples/minimal.ron",
        "samples/full.json",
        "tests/bad/plans/sip001-no-actions.ron",
        "tests/bad/plans/sip100-not-utf8.ron",
    ] {
        let name = file.rsplit('/').next().unwrap();
        std::fs::copy(common::root().join(file), plans.path().join(name)).unwrap();
    }
    let output = sipplan(&[
        "render",
        plans.path().to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
    ]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("skrev ut 2 av 4 planer"), "{stderr}");
    assert!(
        stderr.contains("sip001-no-actions.ron: inte giltig: 1 fel"),
        "{stderr}"
    );
    assert!(
        stderr.contains("sip100-not-utf8.ron: filen är inte UTF-8-text"),
        "{stderr}"
    );
    let mut written: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["full.pdf", "minimal.pdf"]);
}

#[test]
fn several_plans_need_a_folder_as_output() {
    let output = sipplan(&[
        "render",
        "samples/minimal.ron",
        "samples/full.ron",
        "-o",
        "plan.pdf",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("anger -o mappen"));
}

#[test]
fn nothing_is_written_but_the_requested_pdf() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("plan.pdf");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_sipplan"))
        .args([
            "render",
            common::root()
                .join("samples/exempelkommun.ron")
                .to_str()
                .unwrap(),
        ])
        .args(["-o", target.to_str().unwrap()])
        .current_dir(work.path())
        .env("HOME", home.path())
        .env("XDG_CACHE_HOME", home.path().join(".cache"))
        .env("TMPDIR", home.path().join("tmp"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    assert_eq!(
        std::fs::read_dir(home.path()).unwrap().count(),
        0,
        "something was written in HOME"
    );
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        0,
        "something was written in the working folder"
    );
    let written: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(written, ["plan.pdf"]);
}

#[test]
fn name_by_child_names_the_pdf_after_the_child_and_never_the_number() {
    let out = tempfile::tempdir().unwrap();
    let output = sipplan(&[
        "render",
        "samples/full.ron",
        "samples/minimal.ron",
        "--name-by-child",
        "-o",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["elsa-exempeldotter.pdf", "vera-provsson.pdf"]);
}

#[test]
fn a_large_batch_runs_in_parallel_but_reports_in_the_order_of_the_files() {
    let plans = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let good = std::fs::read(common::root().join("samples/minimal.ron")).unwrap();
    let bad = std::fs::read(common::root().join("tests/bad/plans/sip001-no-actions.ron")).unwrap();
    let mut bad_names = Vec::new();
    for i in 0..40 {
        let name = format!("plan-{i:02}.ron");
        let bytes = if i % 10 == 3 {
            bad_names.push(name.clone());
            &bad
        } else {
            &good
        };
        std::fs::write(plans.path().join(&name), bytes).unwrap();
    }
    let output = sipplan(&[
        "render",
        "--quiet",
        plans.path().to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
    ]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("skrev ut 36 av 40 planer"), "{stderr}");
    assert!(stderr.contains("4 skrevs inte ut"), "{stderr}");
    assert!(
        !stderr.contains(".pdf ("),
        "--quiet still listed files: {stderr}"
    );
    // The reports come in file order, whatever order the threads finished in.
    let reported: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.split_once(": inte giltig").map(|(name, _)| name))
        .map(|name| name.rsplit('/').next().unwrap_or(name))
        .collect();
    assert_eq!(reported, bad_names);
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 36);
    // Each PDF is its own plan's, whole: the bytes the library prints for it.
    let source =
        sipplan::source::Source::from_bytes("minimal.ron", &good, sipplan::source::Format::Ron)
            .unwrap();
    let template = sipplan::template::default_template().unwrap();
    let plan = sipplan::check(&source, &template).plan.unwrap();
    let expected = sipplan::print_plan(&plan, &template, Options::default(), None).unwrap();
    for i in (0..40).filter(|i| i % 10 != 3) {
        let pdf = std::fs::read(out.path().join(format!("plan-{i:02}.pdf"))).unwrap();
        assert!(pdf == expected.pdf, "plan-{i:02}.pdf is not the plan's PDF");
    }
}

/// PDF file names in a folder, sorted.
fn pdfs_in(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    names.sort();
    names
}

#[test]
fn plans_whose_names_clash_each_get_their_own_pdf_and_never_replace_each_other() {
    let plans = tempfile::tempdir().unwrap();
    for (from, to) in [
        ("samples/full.ron", "a.ron"),
        ("samples/full.json", "a.json"),
        ("samples/minimal.ron", "20140517-9829.ron"),
        ("samples/minimal.ron", "201503122382.ron"),
        ("samples/samordningsnummer.ron", "150312-2382.ron"),
    ] {
        std::fs::copy(common::root().join(from), plans.path().join(to)).unwrap();
    }
    let folder = plans.path().to_str().unwrap();
    let output = sipplan(&["render", folder]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let five = [
        "a-2.pdf",
        "a.pdf",
        "sip-plan-2.pdf",
        "sip-plan-3.pdf",
        "sip-plan.pdf",
    ];
    assert_eq!(pdfs_in(plans.path()), five);
    assert!(stderr.contains("skrev ut 5 av 5 planer"), "{stderr}");
    assert!(
        stderr.contains("3 PDF-filer fick ett nummer tillagt"),
        "{stderr}"
    );
    assert!(stderr.contains("a.ron → "), "{stderr}");
    assert!(stderr.contains("20140517-XXXX.ron → "), "{stderr}");
    assert!(
        !stderr.contains("9829"),
        "a personnummer in a message: {stderr}"
    );

    // Again without --force: refused before anything is written.
    let modified = || -> Vec<_> {
        five.iter()
            .map(|n| {
                std::fs::metadata(plans.path().join(n))
                    .unwrap()
                    .modified()
                    .unwrap()
            })
            .collect()
    };
    let before = modified();
    let again = sipplan(&["render", folder]);
    let (_, stderr) = text(&again);
    assert_eq!(again.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("inget skrevs: 5 PDF-filer finns redan"),
        "{stderr}"
    );
    assert!(stderr.contains("--force"), "{stderr}");
    let after = modified();
    assert_eq!(before, after, "a file was touched");
    assert_eq!(pdfs_in(plans.path()), five);
    assert_eq!(
        std::fs::read_dir(plans.path()).unwrap().count(),
        10,
        "no stray files"
    );

    // With --force: the same five names, each plan in its own file.
    let forced = sipplan(&["render", folder, "--force"]);
    let (_, stderr) = text(&forced);
    assert_eq!(forced.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("skrev ut 5 av 5 planer"), "{stderr}");
    assert_eq!(pdfs_in(plans.path()), five);
    let full = common::pdf_pages_text(&std::fs::read(plans.path().join("a.pdf")).unwrap());
    let json = common::pdf_pages_text(&std::fs::read(plans.path().join("a-2.pdf")).unwrap());
    assert!(squeeze(&full.concat()).contains("ElsaExempeldotter"));
    assert!(squeeze(&json.concat()).contains("ElsaExempeldotter"));
}

#[test]
fn two_revisions_of_one_child_named_by_child_get_two_pdfs() {
    let out = tempfile::tempdir().unwrap();
    let output = sipplan(&[
        "render",
        "samples/full.ron",
        "samples/followed-up.ron",
        "--name-by-child",
        "-o",
        out.path().to_str().unwrap(),
    ]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(
        pdfs_in(out.path()),
        ["elsa-exempeldotter-2.pdf", "elsa-exempeldotter.pdf"]
    );
    assert!(stderr.contains("skrev ut 2 av 2 planer"), "{stderr}");
}

#[test]
fn too_many_pages_names_what_runs_onto_page_three_and_the_plan() {
    let plan = load_plan("samples/full.ron");
    let mut long = plan.clone();
    long.views.family = Some("Familjen berättar om sin vardag. ".repeat(120).into());
    let printed = print(&long, Options::default());
    let sip060 = printed
        .warnings
        .iter()
        .find(|w| w.code == "SIP060")
        .expect("SIP060");
    let said = common::en(&sip060.message);
    assert!(said.contains("runs onto page 3"), "{said}");
    assert!(said.contains("the section \""), "{said}");
    let said = common::sv(&sip060.message);
    assert!(said.contains("fortsätter på sidan 3"), "{said}");

    // The versions page is an appendix after the core: it does not count.
    let history = print(
        &load_plan("samples/followed-up.ron"),
        Options {
            history: true,
            ..Options::default()
        },
    );
    assert_eq!(history.pages, 3);
    assert!(
        history.warnings.iter().all(|w| w.code != "SIP060"),
        "{:?}",
        history.warnings
    );
    let pages = pdf_pages_text(&history.pdf);
    assert!(
        pages[2].contains("Bilaga 1: Planens versioner"),
        "{}",
        pages[2]
    );
    assert!(!pages[1].contains("Planens versioner"));

    // In a batch, the warning names the plan it is about.
    let dir = tempfile::tempdir().unwrap();
    let full = std::fs::read_to_string(common::root().join("samples/full.ron")).unwrap();
    let long_view = format!(
        "family: \"{}\",",
        "Familjen berättar om sin vardag. ".repeat(120)
    );
    let long = full.replacen("family: \"", &format!("{long_view}\n        // \""), 1);
    std::fs::write(dir.path().join("lang.ron"), long).unwrap();
    std::fs::copy(
        common::root().join("samples/minimal.ron"),
        dir.path().join("kort.ron"),
    )
    .unwrap();
    let output = sipplan(&["render", dir.path().to_str().unwrap()]);
    let (stdout, _) = text(&output);
    assert!(
        stdout.contains("varning[SIP060]: ") && stdout.contains("lang.ron: kärnplanen tar 3 sidor"),
        "{stdout}"
    );
    assert!(!stdout.contains("kort.ron: kärnplanen"), "{stdout}");
}

/// Renders `text` (a plan file's contents) with `render --draft` and returns
/// the exit code, stdout and stderr, and the text of each PDF page.
fn draft_of(contents: &str) -> (Option<i32>, String, String, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("utkast.ron");
    std::fs::write(&plan, contents).unwrap();
    let output = sipplan(&["render", "--draft", plan.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    let pdf = dir.path().join("utkast.pdf");
    let pages = std::fs::read(&pdf)
        .map(|bytes| pdf_pages_text(&bytes))
        .unwrap_or_default();
    (output.status.code(), stdout, stderr, pages)
}

#[test]
fn a_draft_of_the_starter_plan_prints_with_every_placeholder_to_fill_in() {
    let starter = std::fs::read_to_string(common::root().join("src/starter.ron")).unwrap();
    let (code, stdout, stderr, pages) = draft_of(&starter);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(!pages.is_empty(), "{stderr}");
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains("UTKAST"), "page {} lacks the mark", i + 1);
    }
    let all = pages.concat();
    assert!(all.contains("Att åtgärda innan planen är giltig"), "{all}");
    // Every placeholder of the starter is named in the list, by the
    // words of the print, rows counted from 1; never by a field's key.
    let list = squeeze(&all[all.find("Att åtgärda").unwrap()..]);
    for field in [
        "Barnet: inte ifyllt:",
        "Mötesledare",
        "Insats 1: Insats/åtgärd",
        "Nästa uppföljning",
        "Samtycke: inte ifyllt:",
    ] {
        assert!(
            list.contains(&squeeze(field)),
            "{field} missing from the list: {list}"
        );
    }
    for key in [
        "child.name",
        "actions[0]",
        "follow_up.date",
        "consent.date",
        "ac\u{AD}tions",
    ] {
        assert!(!list.contains(key), "{key} in the list: {list}");
    }
    // The placeholders themselves are not printed as values.
    assert!(
        !all.contains("<barnets namn>"),
        "a placeholder was printed as a value"
    );
}

#[test]
fn a_draft_without_a_consent_date_or_a_responsible_prints_those_fields_empty() {
    let full = std::fs::read_to_string(common::root().join("samples/full.ron")).unwrap();
    let no_date = full.replacen("        date: \"2026-08-28\",\n", "", 1);
    let (code, stdout, _, pages) = draft_of(&no_date);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        stdout.contains("[SIP104]"),
        "the missing date is reported: {stdout}"
    );
    let all = squeeze(&pages.concat());
    assert!(
        all.contains(&squeeze("Samtycke: inte ifyllt: Datum")),
        "{all}"
    );

    let no_responsible = full.replacen("responsible: Region,", "", 1);
    let source =
        sipplan::source::Source::from_text("p.ron", &no_responsible, sipplan::source::Format::Ron);
    let template = sipplan::template::default_template().unwrap();
    let draft = sipplan::draft::read(&source).unwrap();
    assert!(
        draft.is_blank("actions[0].responsible"),
        "{:?}",
        draft.blank
    );
    assert_eq!(draft.problems.len(), 1, "{:?}", draft.problems);
    assert_eq!(draft.problems[0].path.to_string(), "actions[0].responsible");
    // Its row prints no responsible: the first row's cell holds only the unit.
    let rendered = sipplan::render::render_draft(&draft, &template, Options::default());
    let texts: Vec<&str> = rendered
        .document
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|item| match item {
            sipplan::document::Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let unit = texts.iter().position(|t| *t == "BUP Exempelstad").unwrap();
    assert!(
        !["Kommun", "Region"].contains(&texts[unit - 1]),
        "{:?}",
        &texts[unit - 3..unit]
    );
}

#[test]
fn a_draft_that_cannot_be_read_at_all_is_refused_with_its_located_error() {
    let full = std::fs::read_to_string(common::root().join("samples/full.ron")).unwrap();
    let broken = full.replacen("    consent: (", "    consent: ((", 1);
    let (code, stdout, stderr, pages) = draft_of(&broken);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(pages.is_empty(), "a PDF was written");
    assert!(stdout.contains("utkast.ron:"), "{stdout}");
    assert!(stderr.contains("kan inte läsas ens som utkast"), "{stderr}");
}

#[test]
fn a_drafts_list_of_problems_never_shows_the_personnummer() {
    let full = std::fs::read_to_string(common::root().join("samples/full.ron")).unwrap();
    // A wrong check digit, and a placeholder elsewhere.
    let text = full.replacen("20140517-9829", "20140517-9828", 1).replacen(
        "\"Exempelskolan, klass 6B\"",
        "\"<skola>\"",
        1,
    );
    let (code, stdout, _, pages) = draft_of(&text);
    assert_eq!(code, Some(0), "{stdout}");
    let all = pages.concat();
    let list = &all[all.find("Att åtgärda").expect("the list")..];
    // Up to the page's footer, which identifies the plan by its number.
    let list = &list[..list.find("Elsa Exempeldotter ·").unwrap_or(list.len())];
    assert!(list.contains("Barnet: Personnummer:"), "{list}");
    assert!(
        !list.contains("9828") && !list.contains("20140517"),
        "{list}"
    );
    assert!(!stdout.contains("9828"), "{stdout}");
}

/// `--family-language en`: the Swedish plan, then the family's copy with
/// English headings, each value on both; the copy says what it is.
#[test]
fn the_family_copy_follows_the_swedish_plan_with_every_value_and_its_own_headings() {
    let plan = load_plan("samples/full.ron");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("familj.pdf");
    let out = sipplan(&[
        "render",
        "samples/full.ron",
        "--family-language",
        "en",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{:?}", text(&out));
    let pages = pdf_pages_text(&std::fs::read(&path).unwrap());
    assert_eq!(pages.len(), 4, "two Swedish pages, two for the family");
    let (original, copy) = (squeeze(&pages[..2].concat()), squeeze(&pages[2..].concat()));
    let mut expected = Vec::new();
    values(&serde_json::to_value(&plan).unwrap(), "", &mut expected);
    for value in &expected {
        let value = squeeze(value);
        assert!(original.contains(&value), "not in the original: {value}");
        assert!(copy.contains(&value), "not in the family's copy: {value}");
    }
    for (swedish, english) in [
        ("Barnet", "Thechild"),
        ("Insatser–vemgörvadochnär", "Actions–whodoeswhat,andwhen"),
        ("Underskrifter", "Signatures"),
    ] {
        assert!(original.contains(swedish) && !original.contains(english));
        assert!(
            copy.contains(english) && !copy.contains(swedish),
            "{english}"
        );
    }
    for page in &pages[2..] {
        assert!(
            squeeze(page).contains("Copyforthefamily"),
            "every page of the copy says what it is"
        );
    }
    assert!(!original.contains("Copyforthefamily"));
}

#[test]
fn a_family_language_without_a_template_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("familj.pdf");
    let out = sipplan(&[
        "render",
        "samples/full.ron",
        "--family-language",
        "xx",
        "-o",
        path.to_str().unwrap(),
    ]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.contains("ingen inbyggd mall på språket `xx`") && stderr.contains("sv, en"),
        "{stderr}"
    );
    assert!(!path.exists());
}

/// The Somali copy: the family's words on every page of the copy, every
/// value of the plan, and two pages like the original.
#[test]
fn the_somali_family_copy_prints_every_value_with_somali_headings() {
    let plan = load_plan("samples/full.ron");
    let template = sipplan::template::default_template().unwrap();
    let somali = sipplan::template::by_name("so", &sipplan::template::NoFiles).unwrap();
    assert_eq!(somali.language, "so");
    let printed =
        sipplan::print_plan_for_family(&plan, &template, &somali, Options::default(), Some(0))
            .unwrap();
    assert!(printed.warnings.is_empty(), "{:?}", printed.warnings);
    let pages = pdf_pages_text(&printed.pdf);
    assert_eq!(pages.len(), 4);
    let copy = squeeze(&pages[2..].concat());
    let mut expected = Vec::new();
    values(&serde_json::to_value(&plan).unwrap(), "", &mut expected);
    for value in &expected {
        assert!(copy.contains(&squeeze(value)), "not in the copy: {value}");
    }
    for heading in [
        "Ilmaha",
        "Oggolaansho",
        "Kulanka",
        "Saxiixyada",
        "Bogga1ee2",
    ] {
        assert!(copy.contains(heading), "{heading}");
    }
    for page in &pages[2..] {
        assert!(squeeze(page).contains("Nuqulqoyskaloogutalagalay"));
    }
}

/// The copy keeps the municipality's template: its own sections and
/// secrecy marking, with the family's words for everything else.
#[test]
fn the_family_copy_keeps_the_municipality_s_own_sections() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("familj.pdf");
    let out = sipplan(&[
        "render",
        "samples/exempelkommun.ron",
        "--family-language",
        "en",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{:?}", text(&out));
    let pages = pdf_pages_text(&std::fs::read(&path).unwrap());
    let half = pages.len() / 2;
    let copy = squeeze(&pages[half..].concat());
    for expected in ["Skolansstöd", "SEKRETESS", "Thechild", "Copyforthefamily"] {
        assert!(copy.contains(expected), "{expected} not in the copy");
    }
    // The logo is on both parts and in the file once.
    let doc = lopdf::Document::load_mem(&std::fs::read(&path).unwrap()).unwrap();
    let logos = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image".as_slice())
                && s.dict.get(b"SMask").is_ok()
        })
        .count();
    assert_eq!(logos, 1);
}

/// Names and words in Ge'ez script (Tigrinya) print with the embedded Noto
/// Sans Ethiopic and read back; a Swedish plan does not carry that face.
#[test]
fn ethiopic_names_print_readably_and_only_their_plan_carries_the_ethiopic_face() {
    let plan = load_plan("samples/ethiopic-names.ron");
    let printed = print(&plan, Options::default());
    assert!(printed.warnings.is_empty(), "{:?}", printed.warnings);
    let all = squeeze(&pdf_pages_text(&printed.pdf).concat());
    let mut expected = Vec::new();
    values(&serde_json::to_value(&plan).unwrap(), "", &mut expected);
    for value in &expected {
        assert!(
            all.contains(&squeeze(value)),
            "missing from the PDF: {value}"
        );
    }
    assert!(all.contains("ተስፋይገብረሚካኤል") && !all.contains('\u{FFFD}'));

    let faces = |pdf: &[u8]| -> Vec<String> {
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        doc.objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Font".as_slice()))
            .filter_map(|d| d.get(b"BaseFont").and_then(|n| n.as_name()).ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .collect()
    };
    assert!(
        faces(&printed.pdf)
            .iter()
            .any(|f| f.contains("NotoSansEthiopic"))
    );
    let swedish = print(&load_plan("samples/full.ron"), Options::default());
    assert!(
        faces(&swedish.pdf).iter().all(|f| f.contains("DejaVu")),
        "{:?}",
        faces(&swedish.pdf)
    );
}

/// "Min plan": the child's own page after the two core pages, in large
/// type, with the child's words, each insats told to the child (or a plain
/// line where the plan has no words for the child), when we meet again and
/// whom to call; a template can turn it on for every plan.
#[test]
fn the_child_page_follows_the_plan_in_large_type_with_what_will_happen() {
    let plan = load_plan("samples/full.ron");
    let printed = print(
        &plan,
        Options {
            child_page: true,
            ..Options::default()
        },
    );
    assert_eq!(printed.pages, 3);
    let pages = pdf_pages_text(&printed.pdf);
    let child = squeeze(&pages[2]);
    for expected in [
        "Min plan",
        "Det här är viktigt för mig",
        "Jag vill orka hela skoldagen och ha någon att vara med på rasterna.",
        "Du träffar Karin på BUP några gånger. Ni tar reda på varför du blir så trött i skolan.",
        "Du säger till din mentor när något känns svårt.",
        "Socialtjänsten Exempelstad: Föräldrastödsprogram i grupp för båda vårdnadshavarna",
        "Vi träffas igen tisdag den 19 januari och pratar om hur det har gått.",
        "Du kan ringa Anna Svensson, 08-123 456 00.",
        "Här kan du rita eller skriva",
    ] {
        assert!(child.contains(&squeeze(expected)), "{expected} in {child}");
    }
    // The core plan is as before: the child's words for the insatser are not on it.
    assert!(!squeeze(&pages[..2].concat()).contains(&squeeze("Du säger till din mentor")));

    let rendered = sipplan::render::render_plan(
        &plan,
        &sipplan::template::default_template().unwrap(),
        Options {
            child_page: true,
            ..Options::default()
        },
    );
    let sizes: Vec<f32> = rendered.document.pages[2]
        .items
        .iter()
        .filter_map(|item| match item {
            sipplan::document::Item::Text { text, size, .. } if text.contains("mentor") => {
                Some(*size)
            }
            _ => None,
        })
        .collect();
    assert!(
        !sizes.is_empty() && sizes.iter().all(|s| *s >= 14.0),
        "{sizes:?}"
    );

    // A template that turns it on prints it without the option.
    let mut template = sipplan::template::default_template().unwrap();
    template.rules.child_page = Some(true);
    let rendered = sipplan::render::render_plan(&plan, &template, Options::default());
    assert_eq!(rendered.document.pages.len(), 3);
}

/// `-o` to a folder that does not exist yet: sipplan makes it (one level,
/// beside folders that exist) and says so; deeper, it refuses and makes
/// nothing. The same for a batch's folder.
#[test]
fn an_output_folder_that_does_not_exist_is_made_one_level_deep() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ny/plan.pdf");
    let output = sipplan(&["render", "samples/full.ron", "-o", pdf.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    assert!(pdf.is_file());
    assert!(stderr.contains("skapade mappen"), "{stderr}");

    let deep = dir.path().join("a/b/plan.pdf");
    let output = sipplan(&["render", "samples/full.ron", "-o", deep.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!dir.path().join("a").exists());

    let folder = dir.path().join("planer");
    let output = sipplan(&[
        "render",
        "samples/full.ron",
        "samples/minimal.ron",
        "-o",
        folder.to_str().unwrap(),
    ]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    assert!(folder.join("full.pdf").is_file() && folder.join("minimal.pdf").is_file());
}
