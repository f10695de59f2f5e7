//! The layout on the level of boxes: inside the printable area, no text on
//! top of other text, every word present, long plans paginate.

use crate::common;

use common::load_plan;
use sipplan::document::{Item, Page};
use sipplan::font::Fonts;
use sipplan::plan::{Action, Plan, Responsible};
use sipplan::render::{Options, Rendered, render_blank, render_plan};

fn render(plan: &Plan) -> Rendered {
    render_plan(
        plan,
        &sipplan::template::default_template().unwrap(),
        Options::default(),
    )
}

/// Text boxes: x0, top, x1, bottom, text.
fn text_boxes(page: &Page) -> Vec<(f32, f32, f32, f32, &str)> {
    page.items
        .iter()
        .filter_map(|item| match item {
            Item::Text {
                x,
                y,
                size,
                weight,
                text,
                ..
            } => {
                let w = Fonts::get().width(text, *size, *weight);
                Some((*x, y - size * 0.76, x + w, y + size * 0.24, text.as_str()))
            }
            _ => None,
        })
        .collect()
}

fn assert_inside_and_apart(r: &Rendered) {
    let g = r.document.geometry;
    let (left, right) = (g.left - 0.01, g.width - g.right + 0.01);
    let (top, bottom) = (g.top - 0.01, g.height - g.bottom + 0.01);
    for (n, page) in r.document.pages.iter().enumerate() {
        for item in &page.items {
            let (x0, y0, x1, y1) = match item {
                Item::Text { .. } | Item::Watermark { .. } | Item::Tag(_) => continue,
                Item::Line { x1, y1, x2, y2, .. } => {
                    (x1.min(*x2), y1.min(*y2), x1.max(*x2), y1.max(*y2))
                }
                Item::Rect { x, y, w, h, .. } | Item::Image { x, y, w, h, .. } => {
                    (*x, *y, x + w, y + h)
                }
            };
            assert!(
                x0 >= left && x1 <= right && y0 >= top && y1 <= bottom,
                "page {n}: {item:?}"
            );
        }
        let boxes = text_boxes(page);
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a.0 >= left && a.2 <= right && a.1 >= top && a.3 <= bottom,
                "page {n}: {a:?} outside"
            );
            for b in &boxes[i + 1..] {
                let overlap =
                    a.0 < b.2 - 0.01 && b.0 < a.2 - 0.01 && a.1 < b.3 - 0.01 && b.1 < a.3 - 0.01;
                assert!(!overlap, "page {n}: {a:?} overlaps {b:?}");
            }
        }
    }
}

#[test]
fn the_samples_stay_inside_the_printable_area_without_overlapping_text() {
    for sample in [
        "samples/full.ron",
        "samples/minimal.ron",
        "samples/samordningsnummer.ron",
    ] {
        assert_inside_and_apart(&render(&load_plan(sample)));
    }
    assert_inside_and_apart(&render_blank(
        &sipplan::template::default_template().unwrap(),
        Options::default(),
        None,
    ));
}

#[test]
fn margins_leave_room_for_hole_punching_and_text_is_at_least_9_pt() {
    let r = render(&load_plan("samples/full.ron"));
    let mm = 72.0 / 25.4;
    assert!(r.document.geometry.left >= 20.0 * mm - 0.01);
    assert!(
        r.document.geometry.right >= 15.0 * mm - 0.01
            && r.document.geometry.top >= 15.0 * mm - 0.01
    );
    for page in &r.document.pages {
        for item in &page.items {
            if let Item::Text { size, .. } = item {
                assert!(*size >= 9.0, "{item:?}");
            }
        }
    }
}

/// A plan with 40 actions and three 3,000-character fields.
fn long_plan() -> Plan {
    let mut plan = load_plan("samples/full.ron");
    let long = |tag: &str| {
        (0..430)
            .map(|i| format!("{tag}{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    plan.views.child = Some(long("barnord").into());
    plan.goals.overall = Some(long("målord").into());
    let template = plan.actions[0].clone();
    plan.actions = (0..40)
        .map(|i| Action {
            what: format!(
                "Insats nummer {i}: {}",
                long(&format!("i{i}x"))
                    .chars()
                    .take(if i == 7 { 3000 } else { 60 })
                    .collect::<String>()
            )
            .into(),
            responsible: if i % 2 == 0 {
                Responsible::Kommun
            } else {
                Responsible::Region
            },
            ..template.clone()
        })
        .collect();
    plan
}

#[test]
fn a_long_plan_paginates_with_every_word_present() {
    let plan = long_plan();
    assert!(plan.views.child.as_ref().unwrap().chars().count() >= 3000);
    let r = render(&plan);
    assert!(
        r.document.pages.len() > 3,
        "{} pages",
        r.document.pages.len()
    );
    assert_inside_and_apart(&r);
    let words: std::collections::HashSet<&str> = r
        .document
        .pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.split_whitespace()),
            _ => None,
        })
        .flatten()
        .collect();
    let mut expected: Vec<String> = Vec::new();
    expected.extend(
        plan.views
            .child
            .iter()
            .flat_map(|t| t.split_whitespace().map(String::from)),
    );
    expected.extend(
        plan.goals
            .overall
            .iter()
            .flat_map(|t| t.split_whitespace().map(String::from)),
    );
    for a in &plan.actions {
        expected.extend(a.what.split_whitespace().map(String::from));
    }
    for word in &expected {
        assert!(words.contains(word.as_str()), "missing word {word}");
    }
    // The page count is announced on every page.
    let total = r.document.pages.len();
    for (i, page) in r.document.pages.iter().enumerate() {
        let label = format!("Sida {} av {total}", i + 1);
        assert!(
            page.items
                .iter()
                .any(|it| matches!(it, Item::Text { text, .. } if *text == label)),
            "{label}"
        );
    }
    assert!(r.warnings.iter().any(|w| w.code == "SIP060"));
}

#[test]
fn the_action_table_header_repeats_on_every_page_it_continues_on() {
    let r = render(&long_plan());
    let has = |page: &Page, needle: &str| {
        page.items
            .iter()
            .any(|it| matches!(it, Item::Text { text, .. } if text.contains(needle)))
    };
    let pages_with_rows: Vec<usize> = (0..r.document.pages.len())
        .filter(|&i| has(&r.document.pages[i], "Insats nummer"))
        .collect();
    assert!(pages_with_rows.len() >= 2, "{pages_with_rows:?}");
    for i in pages_with_rows {
        assert!(
            has(&r.document.pages[i], "Insats/åtgärd"),
            "page {} lacks the header",
            i + 1
        );
    }
}

#[test]
fn a_word_longer_than_a_column_is_broken_not_cut() {
    let mut plan = load_plan("samples/minimal.ron");
    let word = "Samordningsansvarighetsöverenskommelsedokumentationen".repeat(3);
    plan.actions[0].what = word.clone().into();
    let r = render(&plan);
    assert_inside_and_apart(&r);
    // Broken between syllables: each piece ends in a soft hyphen.
    let joined: String = r.document.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.replace('\u{AD}', "")),
            _ => None,
        })
        .filter(|text| text.starts_with("Samordn") || word.contains(text.as_str()))
        .collect();
    assert!(joined.contains(&word), "{joined}");
}
