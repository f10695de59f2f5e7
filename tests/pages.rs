//! The printed plan page by page: the core on two pages for every sample
//! and built-in template, what belongs together on one page, and a
//! worksheet with room to write by hand.

use crate::common;

use common::{SAMPLES, load_plan, pdf_pages_text, squeeze};
use sipplan::document::{Item, MM, Page};
use sipplan::layout::HEADING_SIZE;
use sipplan::plan::{Plan, Signer};
use sipplan::render::{Options, Rendered, render_blank, render_plan};
use sipplan::template::{self, Template};

fn template(id: &str) -> Template {
    template::by_name(id, &template::NoFiles).unwrap()
}

/// The template a sample is printed with: its own, or a built-in one.
fn sample_template(sample: &str, builtin: &str) -> Template {
    if sample.ends_with("exempelkommun.ron") && builtin == "sv" {
        let path = common::root().join("samples/templates/exempelkommun.ron");
        let text = std::fs::read_to_string(&path).unwrap();
        let source = sipplan::source::Source::from_text(
            path.to_str().unwrap(),
            &text,
            sipplan::source::Format::Ron,
        );
        struct Dir;
        impl template::Files for Dir {
            fn template(
                &self,
                name: &str,
                _: &sipplan::source::Source,
            ) -> Result<sipplan::source::Source, sipplan::message::Message> {
                Err(sipplan::msg!("not-builtin", name = name))
            }
            fn bytes(
                &self,
                name: &str,
                _: &sipplan::source::Source,
            ) -> Result<Vec<u8>, sipplan::message::Message> {
                std::fs::read(common::root().join("samples/templates").join(name))
                    .map_err(|e| sipplan::msg!("io-other", why = e.to_string()))
            }
        }
        return template::load(&source, &Dir).unwrap();
    }
    template(builtin)
}

/// A plan with ten insatser and eight signers, of ordinary lengths.
fn ten_insatser_eight_signers() -> Plan {
    let mut plan = load_plan("samples/full.ron");
    let extra = plan.actions[1].clone();
    while plan.actions.len() < 10 {
        plan.actions.push(extra.clone());
    }
    plan.signatures = (1..=8)
        .map(|i| Signer {
            name: format!("Förnamn Efternamnsson{i}").into(),
            organisation: Some("Socialtjänsten Exempelstad".into()),
        })
        .collect();
    plan
}

fn printed(plan: &Plan, t: &Template) -> sipplan::Printed {
    sipplan::print_plan(plan, t, Options::default(), Some(0)).unwrap()
}

#[test]
fn every_sample_prints_its_core_on_two_pages_in_every_built_in_template() {
    for sample in SAMPLES {
        for id in ["sv", "en"] {
            let p = printed(&load_plan(sample), &sample_template(sample, id));
            assert!(p.pages <= 2, "{sample} ({id}): {} pages", p.pages);
            assert!(
                p.warnings.iter().all(|w| w.code != "SIP060"),
                "{sample} ({id})"
            );
        }
    }
    let p = printed(&ten_insatser_eight_signers(), &template("sv"));
    assert_eq!(p.pages, 2, "10 insatser and 8 signers");
}

#[test]
fn the_signature_block_is_one_page_with_the_statement_directly_above_the_lines() {
    let mut cases: Vec<(String, Plan)> = SAMPLES
        .iter()
        .map(|s| (s.to_string(), load_plan(s)))
        .collect();
    cases.push((
        "10 insatser, 8 signers".into(),
        ten_insatser_eight_signers(),
    ));
    for (name, plan) in cases {
        let t = template("sv");
        let pages = pdf_pages_text(&printed(&plan, &t).pdf);
        let statement = squeeze("Genom underskriften bekräftar vi");
        let on: Vec<usize> = (0..pages.len())
            .filter(|&i| squeeze(&pages[i]).contains(&statement))
            .collect();
        assert_eq!(on.len(), 1, "{name}: the statement is on {on:?}");
        let page = squeeze(&pages[on[0]]);
        let at = page.find(&statement).unwrap();
        let signers: Vec<String> = if plan.signatures.is_empty() {
            vec![plan.guardians[0].name.to_string()]
        } else {
            plan.signatures.iter().map(|s| s.name.to_string()).collect()
        };
        for signer in &signers {
            let found = page[at..].find(&squeeze(signer));
            assert!(
                found.is_some(),
                "{name}: {signer} is not on the statement's page after it"
            );
        }
        if !plan.distribution.is_empty() {
            assert!(
                page[at..].contains("Kopiatill"),
                "{name}: Kopia till is elsewhere"
            );
        }
        // Directly above: the first thing after the statement is a signer.
        let first = signers
            .iter()
            .filter_map(|s| page[at..].find(&squeeze(s)))
            .min()
            .unwrap();
        let between = &page[at + statement.len()..at + first];
        assert!(between.len() < 120, "{name}: {between}");
        assert!(!between.contains("Kopiatill"), "{name}: {between}");
    }
}

/// The rules that frame a page's body (header and footer rules are drawn
/// 0.8 wide; table rules 0.5).
fn body_bounds(page: &Page) -> (f32, f32) {
    let rules: Vec<f32> = page
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Line { y1, width, .. } if (*width - 0.8).abs() < 0.01 => Some(*y1),
            _ => None,
        })
        .collect();
    let top = rules.iter().copied().fold(f32::MAX, f32::min);
    let bottom = rules.iter().copied().fold(0.0, f32::max);
    (top, bottom)
}

fn renders() -> Vec<(String, Rendered)> {
    let mut out = Vec::new();
    for sample in SAMPLES {
        for id in ["sv", "en"] {
            let t = sample_template(sample, id);
            out.push((
                format!("{sample} ({id})"),
                render_plan(&load_plan(sample), &t, Options::default()),
            ));
        }
    }
    let history = Options {
        history: true,
        ..Options::default()
    };
    out.push((
        "followed-up with history".into(),
        render_plan(
            &load_plan("samples/followed-up.ron"),
            &template("sv"),
            history,
        ),
    ));
    for id in ["sv", "en"] {
        out.push((
            format!("worksheet ({id})"),
            render_blank(&template(id), Options::default(), None),
        ));
    }
    out
}

#[test]
fn no_page_ends_with_a_heading() {
    for (name, r) in renders() {
        for (n, page) in r.document.pages.iter().enumerate() {
            let (top, bottom) = body_bounds(page);
            let last = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text { y, size, text, .. } if *y > top && *y < bottom => {
                        Some((*y, *size, text))
                    }
                    _ => None,
                })
                .max_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((_, size, text)) = last {
                assert!(
                    size != HEADING_SIZE,
                    "{name}, page {}: ends with the heading {text}",
                    n + 1
                );
            }
        }
    }
}

/// Each text item of a page with its baseline, in drawing order.
fn texts(page: &Page) -> Vec<(f32, &str)> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text { y, text, .. } => Some((*y, text.as_str())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_checkbox_is_on_the_line_of_its_label_and_readable_as_text() {
    for (name, r) in renders() {
        for page in &r.document.pages {
            let texts = texts(page);
            for (i, (y, text)) in texts.iter().enumerate() {
                if *text == "☐" || *text == "☒" {
                    let label = texts.get(i + 1).expect("a label after the box");
                    assert!(
                        (label.0 - y).abs() < 0.01,
                        "{name}: {text} and {:?} on two lines",
                        label.1
                    );
                }
            }
        }
    }
    // Extracted text shows which box is crossed.
    let pages = pdf_pages_text(&printed(&load_plan("samples/full.ron"), &template("sv")).pdf);
    let all = squeeze(&pages.concat());
    assert!(all.contains("☒Skriftligt☐Muntligt"), "{all}");
}

#[test]
fn a_header_label_stays_with_its_value() {
    for (name, r) in renders() {
        let texts = texts(&r.document.pages[0]);
        for label in ["Upprättad:", "Date drawn up:", "Version:"] {
            if let Some(i) = texts.iter().position(|(_, t)| *t == label) {
                assert!(
                    (texts[i + 1].0 - texts[i].0).abs() < 0.01,
                    "{name}: {label} apart from its value"
                );
            }
        }
    }
}

/// The height of the table cell that holds the text item `label`.
fn cell_height(page: &Page, label: &str) -> Option<f32> {
    let (x, y) = page.items.iter().find_map(|i| match i {
        Item::Text { x, y, text, .. } if text.starts_with(&format!("{label}:")) => Some((*x, *y)),
        _ => None,
    })?;
    page.items.iter().find_map(|i| match i {
        Item::Rect {
            x: rx, y: ry, w, h, ..
        } if *rx <= x && x <= rx + w && *ry <= y && y <= ry + h => Some(*h),
        _ => None,
    })
}

#[test]
fn the_worksheet_is_two_pages_with_room_to_write_by_hand() {
    for id in ["sv", "en"] {
        let t = template(id);
        let r = render_blank(&t, Options::default(), None);
        assert_eq!(r.document.pages.len(), 2, "{id}");
        let f = &t.labels.fields;
        for label in [&f.child_voice, &f.family_view, &f.needs, &f.overall_goal] {
            let h = r
                .document
                .pages
                .iter()
                .find_map(|p| cell_height(p, label))
                .unwrap_or_else(|| panic!("{id}: no field {label}"));
            assert!(h >= 25.0 * MM - 0.01, "{id}: {label} is {:.1} mm", h / MM);
        }
        // Six insats rows of at least 12 mm, under the table's header.
        let what = &f.what;
        let header = |p: &Page| {
            p.items.iter().find_map(|i| match i {
                Item::Text { x, y, text, .. } if text == what => Some((*x, *y)),
                _ => None,
            })
        };
        let page = r
            .document
            .pages
            .iter()
            .find(|p| header(p).is_some())
            .unwrap();
        let (x, header_y) = header(page).unwrap();
        let rows = page
            .items
            .iter()
            .filter(|i| matches!(i, Item::Rect { x: rx, y, h, .. } if (rx - x).abs() < 5.0 && *y > header_y && *h >= 12.0 * MM - 0.01))
            .count();
        assert!(rows >= 6, "{id}: {rows} insats rows of 12 mm");
        // Under each signature line: name, role and date.
        let all: String = r
            .document
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            all.matches(&format!("{} / {}", f.role, f.organisation))
                .count()
                >= 6,
            "{id}"
        );
        assert!(all.matches(f.signature_date.as_str()).count() >= 6, "{id}");
    }
}

#[test]
fn the_worksheet_for_a_plan_names_its_child_and_nothing_else() {
    let plan = load_plan("samples/full.ron");
    let t = template("sv");
    for (mask, number) in [(false, "20140517-9829"), (true, "20140517-XXXX")] {
        let options = Options {
            mask,
            ..Options::default()
        };
        let p = sipplan::print_blank(&t, options, Some(0), Some(&plan)).unwrap();
        assert_eq!(p.pages, 2);
        let pages = pdf_pages_text(&p.pdf);
        for page in &pages {
            let page = squeeze(page);
            assert!(page.contains("ElsaExempeldotter"), "{page}");
            assert!(page.contains(number), "{page}");
            assert!(page.contains("2026-09-15"), "the meeting date: {page}");
        }
        let all = squeeze(&pages.concat());
        assert!(!all.contains("Neuropsykiatrisk"), "an insats was printed");
        if mask {
            assert!(!all.contains("9829"));
        }
    }
}

#[test]
fn each_section_of_the_full_sample_is_on_its_page() {
    let plan = load_plan("samples/full.ron");
    let r = render_plan(&plan, &template("sv"), Options::default());
    assert_eq!(r.document.pages.len(), 2);
    // Headings are the text set in the heading size.
    let on = |heading: &str| -> Vec<usize> {
        (0..r.document.pages.len())
            .filter(|&i| {
                r.document.pages[i].items.iter().any(|item| {
                    matches!(item, Item::Text { text, size, .. } if *size == HEADING_SIZE && text == heading)
                })
            })
            .map(|i| i + 1)
            .collect()
    };
    for heading in [
        "Barnet",
        "Vårdnadshavare och närstående",
        "Samtycke",
        "Mötet",
        "Barnets och familjens bild",
        "Behov och mål",
        "Insatser – vem gör vad och när",
    ] {
        assert_eq!(on(heading), [1], "{heading}");
    }
    for heading in [
        "Ansvar för planen",
        "Uppföljning och avslut",
        "Underskrifter",
    ] {
        assert_eq!(on(heading), [2], "{heading}");
    }
    // Every signer on page 2, none on page 1.
    let pages = pdf_pages_text(&printed(&plan, &template("sv")).pdf);
    for signer in &plan.signatures {
        assert!(
            squeeze(&pages[1]).contains(&squeeze(&signer.name)),
            "{}",
            signer.name
        );
    }
}

#[test]
fn a_plan_without_signers_gets_lines_for_the_custodians_each_responsible_unit_the_coordinator_and_a_child_from_12()
 {
    let signer_texts = |plan: &Plan, t: &Template| -> String {
        let pages = pdf_pages_text(&printed(plan, t).pdf);
        let all = pages.concat();
        let from = squeeze(&all[all.find("Genom underskriften").expect("the statement")..]);
        // Up to the footer, which names the child: "name · number · …".
        let footer = from.find('·').unwrap_or(from.len());
        from[..from[..footer].rfind("Datum").map_or(footer, |d| d + 5)].to_owned()
    };
    // Vera is 10: her guardian with custody and the coordinator sign.
    let mut plan = load_plan("samples/minimal.ron");
    let t = template("sv");
    let text = signer_texts(&plan, &t);
    assert!(text.contains("LenaProvssonmamma"), "{text}");
    assert!(text.contains("MatsEkSamordnare"), "{text}");
    assert!(!text.contains("VeraProvsson"), "{text}");
    // Each party answers for its insatser: each responsible unit signs.
    assert!(text.contains("SocialtjänstenExempelstad"), "{text}");
    assert!(text.contains("BUPExempelstad"), "{text}");
    // At 12 she gets a line of her own, unless the template turns it off.
    plan.child.id =
        sipplan::plan::ChildId::BirthDate(sipplan::birth::BirthDate::parse("2014-01-01").unwrap());
    assert!(signer_texts(&plan, &t).contains("VeraProvssonBarnet"));
    let mut off = t.clone();
    off.rules.child_signature_age = Some(0);
    assert!(!signer_texts(&plan, &off).contains("VeraProvsson"));
}
