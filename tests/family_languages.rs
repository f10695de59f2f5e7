//! The family's copy in Arabic, Persian, Sorani, Somali and Tigrinya: every
//! word reads back from the PDF in logical order, dates and numbers keep
//! their order inside right-to-left text, nothing prints as �, and the
//! shaped glyphs are rustybuzz's.
//!
//! Reading right-to-left text back needs poppler's `pdftotext` (lopdf gives
//! it in visual order, last letter first). `.ci/run` installs
//! poppler-utils; where it is missing these tests say so and pass.

use crate::common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::load_plan;
use sipplan::document::{Direction, Item};
use sipplan::font::{ARABIC_REGULAR_TTF, Fonts, Weight};
use sipplan::layout::bidi;
use sipplan::layout::{BODY_SIZE, HEADING_SIZE};
use sipplan::render::Options;
use sipplan::template::{NoFiles, Template, by_name};

const LANGUAGES: [&str; 5] = ["ar", "fa", "ckb", "so", "ti"];

fn template(id: &str) -> Template {
    by_name(id, &NoFiles).unwrap()
}

/// The text of each page as poppler reads it, or `None` without poppler.
fn pdftotext(pdf: &[u8]) -> Option<Vec<String>> {
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(pdf).ok()?;
    let output = child.wait_with_output().ok()?;
    assert!(output.status.success(), "pdftotext failed");
    let text = String::from_utf8(output.stdout).unwrap();
    Some(text.split('\u{C}').map(str::to_owned).collect())
}

/// Text as compared: no spaces (poppler puts one before a vowel mark that
/// sits apart), no hyphens, no vowel marks, tatweel or joiners, no
/// direction marks.
fn normal(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        // A word broken over two lines comes back with its hyphen.
        .filter(|c| !matches!(c, '-' | '\u{AD}'))
        .filter(|c| !matches!(c, '\u{200C}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| "(),.:;–-«»،؛".contains(c)))
        .filter(|w| !w.is_empty() && !w.contains('{'))
        .map(normal)
}

#[test]
fn every_word_of_each_family_copy_reads_back_in_order() {
    let plan = load_plan("samples/arabic-names.ron");
    let swedish = template("sv");
    for id in LANGUAGES {
        let family = template(id);
        let printed =
            sipplan::print_plan_for_family(&plan, &swedish, &family, Options::default(), None)
                .unwrap();
        assert!(printed.warnings.is_empty(), "{id}: {:?}", printed.warnings);
        let Some(pages) = pdftotext(&printed.pdf) else {
            eprintln!(
                "pdftotext (poppler-utils) is not installed: right-to-left text not read back"
            );
            return;
        };
        let pages: Vec<&String> = pages.iter().filter(|p| !p.trim().is_empty()).collect();
        // A bracket drawn mirrored in right-to-left text shares its glyph
        // with the other bracket: the Swedish pages still read "(SIP)".
        assert!(pages[0].contains("(SIP)"), "{id}: {}", pages[0]);
        assert!(pages[0].contains("(2025:400)"), "{id}: {}", pages[0]);
        assert!(
            pages.len() >= 2 && pages.len() <= 4,
            "{id}: {} pages",
            pages.len()
        );
        // The copy starts on the page whose title is in the family's language.
        let title = normal(&family.labels.document.title);
        let first_copy = pages
            .iter()
            .position(|p| normal(p).contains(&normal("للأطفال")) || normal(p).contains(&title))
            .unwrap_or(1);
        let copy = normal(
            &pages[first_copy..]
                .iter()
                .map(|p| p.as_str())
                .collect::<String>(),
        );
        assert!(!copy.contains('\u{FFFD}'), "{id}: � in the copy");

        let l = &family.labels;
        let s = &l.sections;
        let mut expected: Vec<&str> = vec![
            &l.document.title,
            &l.document.family_copy,
            &family.texts.legal_basis,
            &family.texts.consent,
            &s.child,
            &s.guardians,
            &s.consent,
            &s.meeting,
            &s.views,
            &s.needs_and_goals,
            &s.actions,
            &s.responsibility,
            &s.follow_up,
            &s.signatures,
            &l.fields.name,
            &l.fields.phone,
            &l.fields.place,
            &l.fields.coordinator,
            &l.choices.kommun,
            &l.choices.region,
        ];
        // The plan's own words, as written: names, places, the family's view.
        let values = [
            "Yusuf Haddad (يوسف حداد)",
            "Rania Haddad (رانيا حداد)",
            "Familjecentralen, Exempelstad",
            "نريد أن يشعر يوسف بالأمان في المدرسة",
            "Socialtjänsten Exempelstad",
            "sara.lind@exempelstad.se",
        ];
        expected.extend(values);
        for text in &expected {
            for word in words(text) {
                assert!(
                    copy.contains(&word),
                    "{id}: «{word}» of «{text}» not read back"
                );
            }
        }
        // Headings without brackets or Latin read back as written, word by
        // word in order: the words of right-to-left text are not reversed.
        for heading in [&s.guardians, &s.needs_and_goals, &s.views] {
            assert!(
                copy.contains(&normal(heading)),
                "{id}: «{heading}» out of order"
            );
        }
        // Dates and numbers keep their order inside right-to-left lines.
        for value in ["2026-11-02", "20160412-9815", "070-12345", "2027-02-01"] {
            assert!(
                copy.contains(&normal(value)),
                "{id}: {value} reversed or missing"
            );
        }
        for reversed in ["02-11-2026", "9815-20160412"] {
            assert!(!copy.contains(&normal(reversed)), "{id}: {reversed}");
        }
    }
}

/// "Min plan" in the family's language (a whole plan in it, `--template
/// ar --child-page`): every word of its headings reads back, in order, and
/// the follow-up date keeps its order inside the sentence.
#[test]
fn the_childs_own_page_reads_back_in_each_family_language() {
    let plan = load_plan("samples/arabic-names.ron");
    for id in LANGUAGES {
        let family = template(id);
        let options = Options {
            child_page: true,
            ..Options::default()
        };
        let printed = sipplan::print_plan(&plan, &family, options, None).unwrap();
        let Some(pages) = pdftotext(&printed.pdf) else {
            eprintln!("pdftotext (poppler-utils) is not installed: not read back");
            return;
        };
        let c = &family.labels.child_page;
        let last = pages.iter().rev().find(|p| !p.trim().is_empty()).unwrap();
        let page = normal(last);
        assert!(!page.contains('\u{FFFD}'), "{id}: � on the page");
        for heading in [
            &c.title,
            &c.my_words,
            &c.what_happens,
            &c.meet_again,
            &c.draw,
        ] {
            assert!(
                page.contains(&normal(heading)),
                "{id}: «{heading}» not read back"
            );
        }
        for word in words(&c.meet_again_text) {
            assert!(page.contains(&word), "{id}: «{word}» not read back");
        }
        assert!(page.contains(&normal("2027-02-01")), "{id}: the date");
        assert!(page.contains(&normal("Sara Lind")), "{id}: whom to call");
    }
}

/// A right-to-left family copy mirrors its page: the first column of a
/// table and the start of every line are at the right.
#[test]
fn a_right_to_left_copy_is_mirrored_and_a_left_to_right_one_is_not() {
    let plan = load_plan("samples/arabic-names.ron");
    let rendered = sipplan::render::render_for_family(
        &plan,
        &template("sv"),
        &template("ar"),
        Options::default(),
    );
    let geometry = rendered.document.geometry;
    // The copy's first page: the one with its first section's heading
    // (default signature lines can carry the copy onto a second page).
    let copy = rendered
        .document
        .pages
        .iter()
        .find(|page| {
            page.items
                .iter()
                .any(|item| matches!(item, Item::Text { text, .. } if text == "الطفل"))
        })
        .unwrap();
    let x_of = |needle: &str, size: f32| {
        copy.items.iter().find_map(|item| match item {
            Item::Text {
                x, text, size: s, ..
            } if text == needle && *s == size => Some(*x),
            _ => None,
        })
    };
    // The heading of the first section ends at the right margin.
    let heading = x_of("الطفل", HEADING_SIZE).unwrap();
    let fonts = Fonts::get();
    let width = fonts.width("الطفل", HEADING_SIZE, Weight::Bold);
    let right = geometry.width - geometry.right;
    assert!(
        (heading + width - right).abs() < 0.5,
        "{heading} + {width} vs {right}"
    );
    // "Name" is the table's first column: right of "Relation".
    let name = x_of("الاسم", BODY_SIZE).unwrap();
    let relation = copy
        .items
        .iter()
        .find_map(|item| match item {
            Item::Text { x, text, .. } if text.contains("القرابة") => Some(*x),
            _ => None,
        })
        .unwrap();
    assert!(name > relation, "{name} {relation}");
    // The Swedish original before it is not mirrored.
    let original = &rendered.document.pages[0];
    assert!(original.items.iter().any(|item| matches!(item,
        Item::Text { x, text, .. } if text == "Barnet" && (*x - geometry.left).abs() < 0.5)));
}

/// The glyphs our layout draws for a word, from left to right, with their
/// advances in font units at 1000 per em.
fn our_glyphs(word: &str) -> Vec<(u16, i32)> {
    let fonts = Fonts::get();
    let items = bidi::items(
        fonts,
        (0.0, 0.0),
        (1000.0, Weight::Regular),
        word,
        None,
        Direction::Ltr,
    )
    .unwrap_or_default();
    items
        .into_iter()
        .flat_map(|item| match item {
            Item::Text {
                glyphs: Some(glyphs),
                ..
            } => glyphs,
            other => panic!("not shaped: {other:?}"),
        })
        .map(|g| (g.id, g.advance.round() as i32))
        .collect()
}

/// rustybuzz's own output for a word, straight from the font file.
fn reference(font: &[u8], word: &str) -> Vec<(u16, i32)> {
    shaped_with(font, word, &[])
}

fn shaped_with(font: &[u8], word: &str, features: &[rustybuzz::Feature]) -> Vec<(u16, i32)> {
    let face = rustybuzz::Face::from_slice(font, 0).unwrap();
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(word);
    buffer.guess_segment_properties();
    let shaped = rustybuzz::shape(&face, features, buffer);
    let scale = 1000.0 / face.units_per_em() as f32;
    shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| {
            (
                info.glyph_id as u16,
                (pos.x_advance as f32 * scale).round() as i32,
            )
        })
        .collect()
}

#[test]
fn arabic_persian_and_sorani_words_are_shaped_as_rustybuzz_shapes_them() {
    let words = [
        // Arabic: joining, lam-alef, hamza, vowel marks, tanwin.
        "الخطة",
        "للأطفال",
        "والشباب",
        "الموافقة",
        "بِسْمِ",
        "جيدًا",
        "مسؤول",
        "لا",
        "إجراء",
        "المتابعة",
        "يوسف",
        "حداد",
        // Persian: the half-space (ZWNJ), پ چ ژ گ, ی and ک.
        "می‌نویسد",
        "پیش‌نویس",
        "برنامهٔ",
        "گزارش",
        "چه",
        "ژاله",
        "کودک",
        "خانواده",
        "امضاها",
        "نشان",
        "هماهنگ‌کننده",
        "پیگیری",
        // Sorani: ڵ ێ ۆ ە ڕ ڤ.
        "منداڵ",
        "کۆبوونەوە",
        "ڕەزامەندی",
        "پێداویستییەکان",
        "بەڵێ",
        "دۆخ",
        "ڤیان",
        "هەرێم",
        "ئامانجی",
        "واژۆکان",
        "شارەوانی",
        "لاپەڕەی",
    ];
    for word in words {
        let ours = our_glyphs(word);
        assert!(
            !ours.is_empty() && ours.iter().all(|(id, _)| *id != 0),
            "{word}: {ours:?}"
        );
        assert_eq!(ours, reference(ARABIC_REGULAR_TTF, word), "{word}");
    }
}
