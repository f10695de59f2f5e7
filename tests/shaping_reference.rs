//! Ge'ez (Tigrinya) held against HarfBuzz's `hb-shape` (Debian
//! `libharfbuzz-bin`, installed by `.ci/run`) on the embedded Noto Sans
//! Ethiopic: the same glyphs at the same places, kerning and marks
//! applied, within 0.15 pt at body size. Without `hb-shape` the
//! comparison is skipped, saying so.

use std::process::Command;

use sipplan::document::{Direction, Item};
use sipplan::font::{Fonts, Weight};
use sipplan::layout::{BODY_SIZE, text_items};

const FONT: &str = "assets/fonts/NotoSansEthiopic-Regular.ttf";

/// Tigrinya words and phrases of the template and of plans: kerned pairs
/// (ኣ + ኼ), the combining marks U+135E and U+135F, Ethiopic punctuation.
const TEXTS: [&str; 14] = [
    "ኣኼባ",
    "ትግርኛ",
    "ቆልዓ ስድራ",
    "ፍቓድ ሓላፊ",
    "ዕለት ተሌፎን",
    "ስጉምቲ ክትትል",
    "ፌርማታት ሕታም",
    "መደብ።",
    "ሰ፟ላም",
    "ለ፞ምለም",
    "ኣቦ ኣደ ኣሕዋት",
    "ናይ ቆልዓ ርእይቶ፣ ናይ ስድራ ርእይቶ",
    "ተስፋይ ገብረ",
    "ኣብ ቤት ትምህርቲ ዝወሃብ ደገፍ",
];

/// (glyph id, x, y) of each glyph `hb-shape` places, in points at `size`
/// from the start of the text; `None` without `hb-shape`.
fn harfbuzz(text: &str, size: f32) -> Option<Vec<(u16, f32, f32)>> {
    let output = Command::new("hb-shape")
        .args(["--no-glyph-names", FONT, text])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()?;
    assert!(output.status.success(), "hb-shape failed");
    let face = ttf_parser::Face::parse(sipplan::font::ETHIOPIC_REGULAR_TTF, 0).unwrap();
    let scale = size / f32::from(face.units_per_em());
    let line = String::from_utf8(output.stdout).ok()?;
    let mut pen = 0.0;
    let glyphs = line
        .trim()
        .trim_matches(['[', ']'])
        .split('|')
        .map(|glyph| {
            // gid=cluster[@dx,dy]+advance
            let (id, rest) = glyph.split_once('=').unwrap();
            let (placed, advance) = rest.split_once('+').unwrap();
            let (dx, dy) = match placed.split_once('@') {
                Some((_, offset)) => {
                    let (dx, dy) = offset.split_once(',').unwrap();
                    (dx.parse::<f32>().unwrap(), dy.parse::<f32>().unwrap())
                }
                None => (0.0, 0.0),
            };
            let at = (id.parse().unwrap(), (pen + dx) * scale, dy * scale);
            pen += advance.parse::<f32>().unwrap();
            at
        })
        .collect();
    Some(glyphs)
}

/// (glyph id, x, y) of each glyph sipplan draws for `text` from x = 0.
fn ours(text: &str, size: f32) -> Vec<(u16, f32, f32)> {
    text_items(
        Fonts::get(),
        (0.0, 100.0),
        size,
        Weight::Regular,
        text,
        None,
        Direction::Ltr,
    )
    .into_iter()
    .flat_map(|item| match item {
        Item::Text {
            x,
            glyphs: Some(glyphs),
            ..
        } => glyphs
            .into_iter()
            .map(|g| (g.id, x + g.x, g.y))
            .collect::<Vec<_>>(),
        other => panic!("{text}: not shaped: {other:?}"),
    })
    .collect()
}

#[test]
fn tigrinya_is_shaped_as_harfbuzz_shapes_it() {
    if Command::new("hb-shape").arg("--version").output().is_err() {
        eprintln!("hb-shape (libharfbuzz-bin) is not installed: Ge'ez shaping not compared");
        return;
    }
    let mut worst: f32 = 0.0;
    for text in TEXTS {
        let Some(reference) = harfbuzz(text, BODY_SIZE) else {
            return;
        };
        let ours = ours(text, BODY_SIZE);
        let ids = |g: &[(u16, f32, f32)]| g.iter().map(|(id, _, _)| *id).collect::<Vec<_>>();
        assert_eq!(ids(&ours), ids(&reference), "{text}: glyphs");
        for ((_, x, y), (_, hx, hy)) in ours.iter().zip(&reference) {
            worst = worst.max((x - hx).abs()).max((y - hy).abs());
        }
    }
    assert!(worst <= 0.15, "off by {worst} pt");
}
