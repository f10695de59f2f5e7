//! Mixed-direction text held against GNU FriBidi (`fribidi`, Debian
//! `libfribidi-bin`, installed by `.ci/run`): each wrapped line of a
//! paragraph is in the order FriBidi gives it in the paragraph's own
//! direction (UAX #9 P2–P3: its first letter that has one, the page's
//! direction where none has), with sipplan's isolation of dates, numbers
//! and addresses. Without `fribidi` the comparison is skipped, saying so.

use std::io::Write;
use std::process::{Command, Stdio};

use sipplan::document::{Direction, Geometry, Item, Structure};
use sipplan::layout::bidi::isolate_values;
use sipplan::layout::{Block, Inline, layout, mirror};

/// Names with dates, personnummer, phone numbers, e-mail, parentheses,
/// Swedish inside Arabic and Arabic inside Swedish, Persian digits,
/// Sorani, Ge'ez.
const STRINGS: [&str; 26] = [
    "موعد الاجتماع 2026-11-02 في Familjecentralen",
    "Mötet hålls hos Socialtjänsten (الخدمات الاجتماعية) den 2026-11-02.",
    "اتصلوا بـ Socialtjänsten).",
    "سارا أحمد 20150101-1234 تسكن في Botkyrka",
    "Pappa سارا أحمد ringer på 070-123 45 67",
    "هاتف +46 8 123 45 67 أو anna@example.se",
    "Yusuf Haddad (يوسف حداد) går i årskurs 6B.",
    "نريد أن يشعر يوسف بالأمان في المدرسة. Vi vill att Yusuf ska känna sig trygg.",
    "تاریخ ۱۴۰۵/۰۸/۱۱ و ساعت ۱۴:۳۰ در Familjecentralen",
    "کوڕەکەم لە قوتابخانە (Exempelskolan) دەخوێنێت",
    "ተስፋይ ገብረ 2026-03-01 ኣብ Socialtjänsten",
    "Elsa Exempeldotter, 20140517-9829, Exempelskolan klass 6B",
    "الطفل يحب كرة القدم والرسم والسباحة مع أصدقائه كل يوم سبت",
    "BUP Stockholm (بوب) och skolan träffas varannan vecka",
    "الأم: رانيا حداد (mamma), الأب: عمر حداد (pappa)",
    "ملاحظات: [مهم] يجب حضور المترجم {arabiska}",
    "Kontakt: anna.svensson@exempelstad.example.se eller 08-123 45 67",
    "می‌خواهیم پسرمان در مدرسه احساس امنیت کند و خوب بخوابد",
    "Socialsekreterare Karin Berg: 08-508 00 000",
    "٢٠٢٦ و 3 مرات في الأسبوع",
    "(مرحبا) Hej",
    "2026-11-02 موعد",
    "kl. 14.30 الاجتماع في المكتب",
    "المدرسة - Exempelskolan - الصف 6B",
    "Ansvarig: Karin Berg, Exempelkommun (بلدية المثال)",
    "تتصل الأسرة بالمدرسة عبر Skolplattformen أو بالهاتف 08-123 45 67 كل أسبوع حتى نهاية الفصل الدراسي",
];

/// The visual order FriBidi gives `lines`, each a line of a paragraph in
/// `direction`, a character at a right-to-left level drawn as its mirror
/// image (UAX #9 L4), as the shaper draws it; `None` without `fribidi`.
fn fribidi(lines: &[String], direction: Direction) -> Option<Vec<String>> {
    let base = match direction {
        Direction::Rtl => "--rtl",
        Direction::Ltr => "--ltr",
    };
    let mut child = Command::new("fribidi")
        .args(["--novisual", "--vtol", "--levels", "--nobreak", base])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    let output = String::from_utf8(output.stdout).ok()?;
    let mut maps = output.lines();
    let mut visual = Vec::new();
    for line in lines {
        let (order, levels) = (maps.next()?, maps.next()?);
        let chars: Vec<char> = line.chars().collect();
        let levels: Vec<u8> = levels
            .split_whitespace()
            .filter_map(|l| l.parse().ok())
            .collect();
        visual.push(
            order
                .split_whitespace()
                .filter_map(|i| {
                    let i: usize = i.parse().ok()?;
                    let c = *chars.get(i)?;
                    Some(match levels.get(i).is_some_and(|l| l % 2 == 1) {
                        true => unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c),
                        false => c,
                    })
                })
                .collect(),
        );
    }
    Some(visual)
}

/// The paragraph's direction as FriBidi finds it (P2–P3), the page's
/// where no letter has one.
fn fribidi_direction(paragraph: &str, page: Direction) -> Option<Direction> {
    let weak = match page {
        Direction::Rtl => "--wrtl",
        Direction::Ltr => "--wltr",
    };
    let mut child = Command::new("fribidi")
        .args(["--novisual", "--basedir", "--nobreak", weak])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child
        .stdin
        .take()?
        .write_all(format!("{paragraph}\n").as_bytes())
        .ok()?;
    let output = String::from_utf8(child.wait_with_output().ok()?.stdout).ok()?;
    Some(match output.contains("Base direction: R") {
        true => Direction::Rtl,
        false => Direction::Ltr,
    })
}

/// What is compared: the characters a reader sees, without the marks
/// that order them and the soft hyphen of a broken word, spaces single.
fn seen(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200C}' | '\u{AD}' | '-'))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` laid out as a paragraph `width` wide on a page written in
/// `direction`: each line as seen from the left, one string per line.
fn laid_lines(text: &str, direction: Direction, width: f32) -> Vec<String> {
    let mut geometry = Geometry {
        direction,
        ..Geometry::a4()
    };
    geometry.right = geometry.width - geometry.left - width;
    let mut structure = Structure::default();
    let mut laid = layout(
        &[Block::Paragraph(vec![Inline::Text(text.to_owned())])],
        geometry,
        geometry.top,
        geometry.height - geometry.bottom,
        &mut structure,
    );
    let mut lines: Vec<(f32, Vec<(f32, String)>)> = Vec::new();
    for page in &mut laid.pages {
        if direction == Direction::Rtl {
            mirror(page, geometry);
        }
        for item in &page.items {
            let Item::Text {
                x, y, text, glyphs, ..
            } = item
            else {
                continue;
            };
            // Shaped glyphs are in the order they are drawn from the left.
            let drawn = match glyphs {
                Some(glyphs) => glyphs.iter().map(|g| g.text.as_str()).collect(),
                None => text.clone(),
            };
            match lines.iter_mut().find(|(baseline, _)| baseline == y) {
                Some((_, runs)) => runs.push((*x, drawn)),
                None => lines.push((*y, vec![(*x, drawn)])),
            }
        }
    }
    lines
        .into_iter()
        .map(|(_, mut runs)| {
            runs.sort_by(|a, b| a.0.total_cmp(&b.0));
            runs.into_iter().map(|(_, t)| t).collect()
        })
        .collect()
}

/// `paragraph` cut where the laid-out lines end: the logical text of
/// each line (lines are cut at spaces, or inside a word or an address).
fn logical_lines(paragraph: &str, laid: &[String]) -> Vec<String> {
    let counted = |c: char| !c.is_whitespace() && seen(&c.to_string()) == c.to_string();
    let mut chars = paragraph.chars().peekable();
    laid.iter()
        .map(|line| {
            let want = seen(line).chars().filter(|c| counted(*c)).count();
            let mut taken = String::new();
            let mut have = 0;
            while let Some(&c) = chars.peek() {
                if have == want && counted(c) {
                    break;
                }
                have += usize::from(counted(c));
                taken.push(c);
                chars.next();
            }
            taken
        })
        .collect()
}

#[test]
fn wrapped_mixed_paragraphs_read_in_fribidis_order_in_their_own_direction() {
    if Command::new("fribidi").arg("--version").output().is_err() {
        eprintln!("fribidi (libfribidi-bin) is not installed: bidi not compared");
        return;
    }
    let mut lines = 0;
    let mut differ = Vec::new();
    for text in STRINGS {
        for page in [Direction::Ltr, Direction::Rtl] {
            let isolated = isolate_values(text).into_owned();
            let Some(direction) = fribidi_direction(&isolated, page) else {
                return;
            };
            for width in [500.0, 160.0, 90.0] {
                let laid = laid_lines(text, page, width);
                let logical = logical_lines(&isolated, &laid);
                let Some(reference) = fribidi(&logical, direction) else {
                    return;
                };
                for (ours, theirs) in laid.iter().zip(&reference) {
                    lines += 1;
                    if seen(ours) != seen(theirs) {
                        differ.push(format!(
                            "{page:?} {width}: {text}\n  sipplan: {}\n  fribidi: {}",
                            seen(ours),
                            seen(theirs)
                        ));
                    }
                }
            }
        }
    }
    eprintln!(
        "{} of {lines} lines as FriBidi orders them",
        lines - differ.len()
    );
    assert!(lines > 200, "{lines} lines compared");
    assert!(
        differ.is_empty(),
        "{} of {lines} lines differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
