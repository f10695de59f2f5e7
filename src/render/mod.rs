//! Lays out a SIP as printable pages: the plan, or an empty worksheet.
//!
//! This module decides *what* goes on the pages (sections, fields, the action
//! table, signature lines) and the header and footer that make every page
//! identify itself after scanning: child, number, plan date, version and
//! "Sida X av Y". [`layout`] decides *where*; [`crate::pdf`] draws it.
//!
//! The same code builds the filled plan and the blank worksheet, so the two
//! always have the same sections in the same order.

mod child_page;
pub mod deviation;
pub mod invitation;
mod page;
mod report;

use page::{Fixed, framed, watermark};

pub use report::{ReportOptions, render_report};

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::document::{Document, Geometry, Item, MM, Role, Structure, Tag};
use crate::draft::Draft;
use crate::font::{Fonts, Weight};
use crate::labels::Labels;
use crate::layout::{self, BODY_SIZE, Block, Cell, Columns, Inline, Row};
use crate::msg;
use crate::personnummer::IdKind;
use crate::plan::{
    ActionStatus, ChildId, ConsentForm, CustomValue, FollowUpForm, Huvudman, Participation, Plan,
    PlanDate, Responsible,
};
use crate::template::{SectionRef, Template};

/// The number of pages the core plan should fit on (domain brief §0).
pub const PAGE_BUDGET: usize = 2;
/// Keeps a date and its dash together.
const NBSP: char = layout::NO_BREAK_SPACE;
/// Empty rows in the worksheet's action table.
const BLANK_ACTION_ROWS: usize = 6;
/// On the worksheet: the height of each free-text field (the child's own
/// words, the family's view, needs, goals), in mm, to write by hand.
const WRITING_MM: f32 = 25.0;
/// On the worksheet: the height of each insats row, in mm.
const ACTION_ROW_MM: f32 = 12.0;

/// Choices for how a plan is printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Print the personnummer as `YYYYMMDD-XXXX` (for copies).
    pub mask: bool,
    /// Mark every page "UTKAST" (a plan that is not valid yet is printed
    /// so by [`render_draft`]).
    pub draft_mark: bool,
    /// Add a page listing every revision of the plan and what changed.
    pub history: bool,
    /// For an earlier revision printed on its own: the revision that
    /// replaced it and its date, said on every page.
    pub superseded_by: Option<(u32, PlanDate)>,
    /// Print the family's copy: the plan with the labels of the family's
    /// language, said on every page to be a translation of the original.
    pub family_copy: bool,
    /// Add "Min plan", the child's own page, after the plan.
    pub child_page: bool,
}

/// A laid-out document, ready for a backend, and what went wrong laying it out.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The pages, with header and footer, their structure and images.
    pub document: Document,
    /// Problems found while laying out (missing glyphs, too many pages).
    pub warnings: Vec<Diagnostic>,
}

/// Lays out a plan. The plan should be valid; for one that is not, see
/// [`render_draft`].
pub fn render_plan(plan: &Plan, template: &Template, options: Options) -> Rendered {
    lay_plan(plan, &|_| false, Vec::new(), template, options)
}

/// Lays out a plan and, after it, the family's copy: the same plan, with
/// the sections, logo and local texts of `template` but the words and the
/// legal texts of `family` (a template in the family's language). The
/// original stays the record; the copy says on every page that it is a
/// translation of the labels only, and is read in its own language. A
/// municipality's own sections keep their own headings.
pub fn render_for_family(
    plan: &Plan,
    template: &Template,
    family: &Template,
    options: Options,
) -> Rendered {
    let mut rendered = render_plan(plan, template, options);
    let in_family_language = Template {
        language: family.language.clone(),
        labels: family.labels.clone(),
        texts: crate::template::Texts {
            legal_basis: family.texts.legal_basis.clone(),
            consent: family.texts.consent.clone(),
            ..template.texts.clone()
        },
        ..template.clone()
    };
    let copy = render_plan(
        plan,
        &in_family_language,
        // The core plan: the versions' history stays with the original.
        Options {
            family_copy: true,
            history: false,
            ..options
        },
    );
    // The copy's own page budget is not the plan's: only what it could not
    // print, and that only once.
    for warning in copy.warnings {
        if warning.code != Code::Sip060 && !rendered.warnings.contains(&warning) {
            rendered.warnings.push(warning);
        }
    }
    let nodes = rendered
        .document
        .structure
        .append_section(copy.document.structure, &family.language);
    // The same logo is embedded once.
    let document = &mut rendered.document;
    let images: Vec<usize> = copy
        .document
        .images
        .into_iter()
        .map(
            |image| match document.images.iter().position(|i| *i == image) {
                Some(same) => same,
                None => {
                    document.images.push(image);
                    document.images.len() - 1
                }
            },
        )
        .collect();
    document
        .pages
        .extend(copy.document.pages.into_iter().map(|mut page| {
            for item in &mut page.items {
                match item {
                    Item::Tag(Tag::Content { node, .. }) => node.0 += nodes,
                    Item::Image { image, .. } => *image = images[*image],
                    _ => {}
                }
            }
            page
        }));
    rendered
}

/// Lays out a draft: the plan as far as it could be read, each stand-in
/// ([`Draft::blank`]) as an empty field to fill in by hand, the draft mark
/// across every page and, last, what to do before the plan is valid.
pub fn render_draft(draft: &Draft, template: &Template, options: Options) -> Rendered {
    let options = Options {
        draft_mark: true,
        ..options
    };
    let to_fix = to_fix_blocks(&draft.problems, template);
    lay_plan(
        &draft.plan,
        &|path| draft.is_blank(path),
        to_fix,
        template,
        options,
    )
}

/// A plan laid out, with `extra` after its sections, and SIP060 when it
/// takes more pages than it should.
fn lay_plan(
    plan: &Plan,
    unfilled: Unfilled,
    extra: Vec<Block>,
    template: &Template,
    options: Options,
) -> Rendered {
    let identity = Identity::of(plan, unfilled, &template.labels, options.mask);
    let (mut rendered, overflow) =
        render(Some(plan), unfilled, extra, &identity, template, options);
    if let Some((core_pages, overflow)) = overflow {
        let what = match overflow {
            Overflow::Custom(heading) => {
                msg!("sip060-custom", heading = heading, page = PAGE_BUDGET + 1)
            }
            Overflow::Section(heading) => {
                msg!("sip060-section", heading = heading, page = PAGE_BUDGET + 1)
            }
        };
        rendered.warnings.push(
            Diagnostic::new(
                Code::Sip060,
                FieldPath::root(),
                msg!(
                    "sip060",
                    pages = core_pages,
                    budget = PAGE_BUDGET,
                    what = what
                ),
            )
            .with_hint(msg!("sip060-hint")),
        );
    }
    rendered
}

/// The last section of a draft: what is not filled in, one line per
/// section, then each other problem with the field it concerns. Never the
/// personnummer: the messages do not repeat it.
fn to_fix_blocks(problems: &[Diagnostic], template: &Template) -> Vec<Block> {
    if problems.is_empty() {
        return Vec::new();
    }
    let (labels, lang) = (&template.labels, template.lang());
    let mut unfilled: Vec<(String, Vec<String>)> = Vec::new();
    let mut others = Vec::new();
    for problem in problems {
        let path = problem.path.to_string();
        let section = section_of(&path, labels).unwrap_or_default().to_owned();
        if problem.code == Code::Sip107 {
            match unfilled.iter_mut().find(|(s, _)| *s == section) {
                Some((_, paths)) => paths.push(path),
                None => unfilled.push((section, vec![path])),
            }
        } else {
            let place = match section.as_str() {
                "" if path.is_empty() => String::new(),
                "" => format!("{path}: "),
                _ => format!("{section} ({path}): "),
            };
            others.push((place, lang.text(&problem.message)));
        }
    }
    let item = |bold: String, rest: String| {
        let mut line = vec![Inline::Text("• ".into())];
        if !bold.is_empty() {
            line.push(Inline::Bold(bold));
        }
        line.push(Inline::Text(rest));
        Block::Paragraph(line)
    };
    let mut blocks = vec![Block::Heading(labels.document.to_fix.clone())];
    for (section, paths) in unfilled {
        let place = if section.is_empty() {
            String::new()
        } else {
            format!("{section}: ")
        };
        let fields = paths.join(", ");
        blocks.push(item(
            place,
            lang.text(&msg!("draft-not-filled", fields = fields)),
        ));
    }
    blocks.extend(
        others
            .into_iter()
            .map(|(place, message)| item(place, message)),
    );
    blocks
}

/// The printed heading of the section a field path is in.
fn section_of<'a>(path: &str, labels: &'a Labels) -> Option<&'a str> {
    let s = &labels.sections;
    let first = path.split(['.', '[']).next()?;
    Some(match first {
        "child" => &s.child,
        "guardians" | "relatives" => &s.guardians,
        "consent" => &s.consent,
        "meeting" => &s.meeting,
        "views" => &s.views,
        "needs" | "goals" => &s.needs_and_goals,
        "actions" | "no_measures_by_others" => &s.actions,
        "responsibility" => &s.responsibility,
        "follow_up" => &s.follow_up,
        "distribution" => &s.distribution,
        "signatures" => &s.signatures,
        _ => return None,
    })
}

/// What runs past the page budget.
enum Overflow {
    /// A section of the plan, by its printed heading.
    Section(String),
    /// One of the template's own sections, by its printed heading.
    Custom(String),
}

/// Lays out the empty worksheet to fill in by hand at the meeting; with
/// `for_plan`, its page header names that plan's child (the personnummer
/// masked with `mask`) and the meeting date, and the rest stays empty.
pub fn render_blank(template: &Template, options: Options, for_plan: Option<&Plan>) -> Rendered {
    let labels = &template.labels;
    let identity = match for_plan {
        Some(plan) => Identity {
            date: plan.meeting.date.to_string(),
            revision: "___".into(),
            ..Identity::of(plan, &|_| false, labels, options.mask)
        },
        None => Identity {
            name: "____________________".into(),
            id_label: labels.fields.personnummer.clone(),
            id: "____________".into(),
            date: "__________".into(),
            revision: "___".into(),
        },
    };
    render(None, &|_| false, Vec::new(), &identity, template, options).0
}

/// A birth date as printed: `2015-03-14`, `2015-03 (dag okänd)` or
/// `2015 (månad och dag okända)`, in the template's words.
fn birth_text(date: &crate::birth::BirthDate, f: &crate::labels::FieldLabels) -> String {
    match (date.month(), date.day()) {
        (Some(_), Some(_)) => date.to_string(),
        (Some(_), None) => format!("{date} ({})", f.birth_day_unknown),
        _ => format!("{} ({})", date.year(), f.birth_month_day_unknown),
    }
}

/// What the header and footer say about the plan on every page.
struct Identity {
    name: String,
    id_label: String,
    id: String,
    date: String,
    revision: String,
}

impl Identity {
    fn of(plan: &Plan, unfilled: Unfilled, labels: &Labels, mask: bool) -> Self {
        let f = &labels.fields;
        let (id_label, id) = match &plan.child.id {
            _ if unfilled("child.id") => (f.personnummer.clone(), String::new()),
            ChildId::Personnummer(text) | ChildId::Samordningsnummer(text) => {
                match plan.child_number() {
                    Some(Ok(n)) => {
                        let label = match n.kind() {
                            IdKind::Personnummer => &f.personnummer,
                            IdKind::Samordningsnummer => &f.samordningsnummer,
                        };
                        let shown = if mask { n.masked_full() } else { n.to_string() };
                        (label.clone(), shown)
                    }
                    // Only reachable in a draft: print what was written.
                    _ if mask => (
                        f.personnummer.clone(),
                        crate::privacy::mask_text(text.as_str()),
                    ),
                    _ => (f.personnummer.clone(), text.as_str().trim().to_owned()),
                }
            }
            ChildId::Reservnummer(text) => {
                (f.reservnummer.clone(), text.as_str().trim().to_owned())
            }
            ChildId::BirthDate(date) => (f.birth_date.clone(), birth_text(date, f)),
        };
        Self {
            name: plan.child.name.to_string(),
            id_label,
            id,
            date: if unfilled("document.date") {
                String::new()
            } else {
                plan.document.date.to_string()
            },
            revision: plan.document.revision.to_string(),
        }
    }

    /// One short line for the footer: name · number · date · version.
    fn compact(&self, labels: &Labels) -> Vec<Inline> {
        let d = &labels.document;
        text(format!(
            "{} · {} · {} {} · {} {}",
            self.name, self.id, d.plan_date, self.date, d.revision, self.revision
        ))
    }

    /// The header line, with labels.
    fn line(&self, labels: &Labels) -> Vec<Inline> {
        let d = &labels.document;
        // A no-break space after each label: a label never ends a line
        // without its value.
        vec![
            Inline::Bold(format!("{}:", d.child)),
            Inline::Text(format!("{NBSP}{}   ", self.name)),
            Inline::Bold(format!("{}:", self.id_label)),
            Inline::Text(format!("{NBSP}{}   ", self.id)),
            Inline::Bold(format!("{}:", d.plan_date)),
            Inline::Text(format!("{NBSP}{}   ", self.date)),
            Inline::Bold(format!("{}:", d.revision)),
            Inline::Text(format!("{NBSP}{}", self.revision)),
        ]
    }
}

/// Says whether a value of the plan (by its field path) is a stand-in that
/// prints as an empty field (in a draft).
type Unfilled<'a> = &'a dyn Fn(&str) -> bool;

fn render(
    plan: Option<&Plan>,
    unfilled: Unfilled,
    extra: Vec<Block>,
    identity: &Identity,
    template: &Template,
    options: Options,
) -> (Rendered, Option<(usize, Overflow)>) {
    let labels = &template.labels;
    let geometry = Geometry::a4_in(&template.language);
    // Header and footer leave room at the right for "Sida X av Y", and the
    // header for the logo under it.
    let fonts = Fonts::get();
    let label_width = fonts.width(&labels.page(88, 88), BODY_SIZE, Weight::Regular);
    let logo_box = template.logo.as_ref().map(logo_size);
    let right_column = label_width.max(logo_box.map_or(0.0, |(w, _)| w)) + 12.0;
    let narrow = Geometry {
        right: geometry.right + label_width + 12.0,
        ..geometry
    };
    let mut structure = Structure::default();
    let mut head = Fixed::lay(
        &[Block::Title(labels.document.title.clone())],
        narrow,
        geometry.top,
        &mut structure,
    );
    // With a logo, every header line keeps clear of the right column.
    let below_title_geometry = match logo_box {
        Some(_) => Geometry {
            right: geometry.right + right_column,
            ..geometry
        },
        None => geometry,
    };
    let below_title = Fixed::lay(
        &header_blocks(identity, template, options),
        below_title_geometry,
        head.bottom,
        &mut structure,
    );
    head.items.extend(below_title.items);
    head.bottom = below_title.bottom;
    head.missing.extend(below_title.missing);
    let mut images = Vec::new();
    if let (Some(logo), Some((w, h))) = (&template.logo, logo_box) {
        let y = head.first_baseline + 4.0;
        let figure = structure.add(Role::Figure, Structure::ROOT);
        structure.node_mut(figure).alt = Some(labels.document.logo.clone());
        head.items.extend([
            Item::Tag(structure.next_part(figure)),
            Item::Image {
                x: geometry.width - geometry.right - w,
                y,
                w,
                h,
                image: 0,
            },
        ]);
        head.bottom = head.bottom.max(y + h);
        images.push(logo.clone());
    }
    let mut footer = vec![Block::Paragraph(identity.compact(labels))];
    if !template.texts.footer.is_empty() {
        footer.push(Block::Paragraph(text(template.texts.footer.clone())));
    }
    let foot = Fixed::footer(&footer, narrow);
    let foot_top = foot.top;
    let body_top = head.bottom + 8.0;
    let body_bottom = foot_top - 8.0;

    let mut body = body_blocks(plan, unfilled, identity, template);
    let core_blocks = body.len();
    body.extend(extra);
    if let Some(plan) = plan.filter(|_| options.history) {
        body.extend(history_blocks(plan, labels));
    }
    let child_page = options.child_page || template.rules.child_page == Some(true);
    if let Some(plan) = plan.filter(|_| child_page && !options.family_copy) {
        body.extend(child_page::blocks(plan, labels));
    }
    let laid = layout::layout(&body, geometry, body_top, body_bottom, &mut structure);
    let overflow = overflow(&body, &laid.ends, core_blocks, template);
    // The footer repeats who the plan is for, so a page found alone (or
    // scanned upside down) still says whose it is.
    let mut pages = framed(laid.pages, &head, &foot, geometry, labels);
    if options.draft_mark {
        let mark = watermark(&labels.document.draft_mark, geometry);
        for page in &mut pages {
            // First, so that the plan is drawn over it; not read.
            page.items
                .splice(0..0, [Item::Tag(Tag::Artifact), mark.clone()]);
        }
    }

    let mut missing = laid.missing;
    missing.append(&mut head.missing);
    missing.sort_unstable();
    missing.dedup();
    let mut warnings = Vec::new();
    if !missing.is_empty() {
        let codes: Vec<String> = missing
            .iter()
            .map(|c| format!("U+{:04X}", u32::from(*c)))
            .collect();
        warnings.push(
            Diagnostic::new(
                Code::Sip061,
                FieldPath::root(),
                msg!(
                    "sip061",
                    count = missing.len(),
                    characters = codes.join(", ")
                ),
            )
            .with_hint(msg!("sip061-hint")),
        );
    }
    let rendered = Rendered {
        document: Document {
            geometry,
            pages,
            structure,
            images,
        },
        warnings,
    };
    (rendered, overflow)
}

/// What of the core plan runs past the page budget, if anything: how many
/// pages the core takes, and the section of the first block that ends
/// beyond the budget. The blocks from `core_blocks` on (the list of what to
/// fix in a draft, the appendices) do not count.
fn overflow(
    body: &[Block],
    ends: &[usize],
    core_blocks: usize,
    template: &Template,
) -> Option<(usize, Overflow)> {
    let core_pages = ends[..core_blocks.min(ends.len())].last()? + 1;
    let first = ends[..core_blocks]
        .iter()
        .position(|page| *page >= PAGE_BUDGET)?;
    let heading = body[..=first]
        .iter()
        .rev()
        .find_map(|block| match block {
            Block::Heading(heading) => Some(heading.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let custom = template
        .custom_sections
        .iter()
        .any(|c| c.heading == heading);
    let overflow = if custom {
        Overflow::Custom(heading)
    } else {
        Overflow::Section(heading)
    };
    Some((core_pages, overflow))
}

/// The logo's printed size: 30 pt high (about 10 mm), at most 110 pt wide.
fn logo_size(logo: &crate::image::Image) -> (f32, f32) {
    let ratio = logo.width as f32 / logo.height as f32;
    let (mut w, mut h) = (30.0 * ratio, 30.0);
    if w > 110.0 {
        w = 110.0;
        h = 110.0 / ratio;
    }
    (w, h)
}

fn header_blocks(identity: &Identity, template: &Template, options: Options) -> Vec<Block> {
    let labels = &template.labels;
    let mut blocks = Vec::new();
    if !template.organisations.is_empty() {
        blocks.push(Block::Paragraph(text(template.organisations.join(" · "))));
    }
    blocks.push(Block::Paragraph(identity.line(labels)));
    if !template.texts.secrecy.is_empty() {
        let marking = template.texts.secrecy.replace("{date}", &identity.date);
        blocks.push(Block::Paragraph(vec![Inline::Bold(marking)]));
    }
    let banner = |words: String| Block::Table {
        columns: Columns::Fixed(vec![1.0]),
        header: None,
        rows: vec![Row {
            cells: vec![Cell::new(vec![Inline::Bold(words)])],
            min_lines: 1,
        }],
    };
    if options.draft_mark {
        blocks.push(Block::Gap(3.0));
        blocks.push(banner(labels.document.draft.clone()));
    }
    if options.family_copy {
        blocks.push(Block::Gap(3.0));
        blocks.push(banner(labels.document.family_copy.clone()));
    }
    if let Some((revision, date)) = options.superseded_by {
        blocks.push(Block::Gap(3.0));
        blocks.push(banner(
            labels
                .document
                .superseded
                .replace("{revision}", &revision.to_string())
                .replace("{date}", &date.to_string()),
        ));
    }
    blocks
}

// ----- the plan's sections -----

/// Columns of the field grids: 6 so that cells can take halves (3) and thirds (2).
const GRID: usize = 6;

/// "Label: value" in a cell spanning `span` of the 6 grid columns.
fn field(span: usize, label: &str, value: Vec<Inline>) -> Cell {
    let mut content = vec![Inline::Bold(format!("{label}:"))];
    if !value.is_empty() {
        content.push(Inline::Text(" ".into()));
        content.extend(value);
    }
    Cell::spanning(span, content)
}

fn text(value: impl Into<String>) -> Vec<Inline> {
    vec![Inline::Text(value.into())]
}

/// Checkboxes for a choice, the chosen one crossed; a screen reader says
/// the template's word for each box's state.
fn choices(labels: &Labels, options: &[(&str, bool)]) -> Vec<Inline> {
    let mut out = Vec::new();
    for (label, on) in options {
        let d = &labels.document;
        let reads = if *on { &d.checked } else { &d.unchecked };
        out.push(Inline::Check {
            on: *on,
            reads: reads.clone(),
        });
        // A label never breaks from its box, nor inside when it is short.
        let label = if label.chars().count() <= 28 {
            label.replace(' ', &NBSP.to_string())
        } else {
            (*label).to_owned()
        };
        out.push(Inline::Text(format!(" {label}  ")));
    }
    out
}

/// Items of a list, one per line with a bullet.
fn bullets(items: &[impl std::fmt::Display]) -> Vec<Inline> {
    let mut out = vec![Inline::Break];
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(Inline::Break);
        }
        out.push(Inline::Text(format!("• {item}")));
    }
    out
}

/// The worksheet's rows with each two full-width fields in a row side by
/// side: on paper both have room to write, and the form stays on two pages.
fn paired(rows: Vec<Vec<Cell>>) -> Vec<Vec<Cell>> {
    let mut out: Vec<Vec<Cell>> = Vec::with_capacity(rows.len());
    let single = |row: &Vec<Cell>| row.len() == 1 && row[0].span == GRID;
    for mut row in rows {
        match out.last_mut() {
            Some(last) if single(last) && single(&row) => {
                last[0].span = GRID / 2;
                row[0].span = GRID / 2;
                last.append(&mut row);
            }
            _ => out.push(row),
        }
    }
    out
}

/// A grid of free-text fields; on the worksheet each row has room to
/// write by hand ([`WRITING_MM`]).
fn writing_grid(rows: Vec<Vec<Cell>>, blank: bool) -> Block {
    let mut block = grid(rows, blank);
    if blank && let Block::Table { rows, .. } = &mut block {
        for row in rows {
            row.min_lines = layout::lines_for_height(WRITING_MM * MM);
        }
    }
    block
}

fn grid(rows: Vec<Vec<Cell>>, blank: bool) -> Block {
    let rows = if blank { paired(rows) } else { rows };
    Block::Table {
        columns: Columns::Fixed(vec![1.0; GRID]),
        header: None,
        rows: rows
            .into_iter()
            .map(|cells| Row {
                cells,
                min_lines: if blank { 2 } else { 1 },
            })
            .collect(),
    }
}

fn date(d: Option<PlanDate>) -> Vec<Inline> {
    d.map(|d| text(d.to_string())).unwrap_or_default()
}

fn opt<T: AsRef<str>>(value: &Option<T>) -> Vec<Inline> {
    value.as_ref().map(|v| text(v.as_ref())).unwrap_or_default()
}

/// The body: the legal basis, then the template's sections in its order.
fn body_blocks(
    plan: Option<&Plan>,
    unfilled: Unfilled,
    identity: &Identity,
    template: &Template,
) -> Vec<Block> {
    let mut body = Vec::new();
    if !template.texts.legal_basis.is_empty() {
        body.push(Block::Paragraph(text(template.texts.legal_basis.clone())));
    }
    let ctx = SectionContext {
        plan,
        unfilled,
        identity,
        template,
    };
    for section in &template.sections {
        body.extend(section_blocks(&ctx, section));
    }
    body
}

/// What every section is made from: the plan (`None` for the worksheet),
/// which of its values are stand-ins (a draft), the page header's identity
/// and the template.
struct SectionContext<'a> {
    plan: Option<&'a Plan>,
    unfilled: Unfilled<'a>,
    identity: &'a Identity,
    template: &'a Template,
}

/// The blocks of one section, heading first.
fn section_blocks(ctx: &SectionContext, section: &SectionRef) -> Vec<Block> {
    match section {
        SectionRef::Child => child_section(ctx),
        SectionRef::Guardians => guardians_section(ctx),
        SectionRef::Consent => consent_section(ctx),
        SectionRef::Meeting => meeting_section(ctx),
        SectionRef::Views => views_section(ctx),
        SectionRef::NeedsAndGoals => needs_and_goals_section(ctx),
        SectionRef::Actions => actions_section(ctx),
        SectionRef::Responsibility => responsibility_section(ctx),
        SectionRef::FollowUp => follow_up_section(ctx),
        SectionRef::Signatures => signatures_section(ctx),
        SectionRef::Custom(key) => custom_section(ctx, key),
    }
}

/// Barnet: name, number, school, language, LSS.
fn child_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let identity = ctx.identity;
    let mut blocks = vec![Block::Heading(s.child.clone())];
    let child = plan.map(|p| &p.child);
    let mut rows = vec![
        vec![
            field(
                3,
                &f.name,
                child.map(|c| text(c.name.clone())).unwrap_or_default(),
            ),
            match plan {
                Some(_) => field(3, &identity.id_label, text(identity.id.clone())),
                None => field(
                    3,
                    &format!("{} / {}", f.personnummer, f.samordningsnummer),
                    Vec::new(),
                ),
            },
        ],
        vec![
            field(
                3,
                &f.school,
                child.map(|c| opt(&c.school)).unwrap_or_default(),
            ),
            field(
                3,
                &f.language,
                child.map(|c| opt(&c.language)).unwrap_or_default(),
            ),
        ],
    ];
    let lss = child.and_then(|c| c.lss_plan);
    let lss_field = |span| {
        field(
            span,
            &f.lss_plan,
            choices(
                l,
                &[(&c.yes, lss == Some(true)), (&c.no, lss == Some(false))],
            ),
        )
    };
    if blank {
        // The worksheet: three short fields share a row.
        for cell in &mut rows[1] {
            cell.span = 2;
        }
        rows[1].push(lss_field(2));
    } else if lss.is_some() {
        rows.push(vec![lss_field(GRID)]);
    }
    blocks.push(grid(rows, blank));
    blocks
}

/// Vårdnadshavare och närstående.
fn guardians_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let mut blocks = vec![Block::Heading(s.guardians.clone())];
    let mut rows = Vec::new();
    if let Some(p) = plan {
        for g in &p.guardians {
            let mut relation = g.relation.to_string();
            if let Some(i) = &g.interpreter {
                relation.push_str(&format!("\n{}: {i}", f.interpreter));
            }
            let custody = if g.custody { &c.yes } else { &c.no };
            rows.push(plain_row(&[
                &g.name,
                &relation,
                custody,
                &phone(&g.phone),
                opt_str(&g.email),
            ]));
        }
        for r in &p.relatives {
            let relation = format!("{} ({})", r.relation, f.relative.to_lowercase());
            rows.push(plain_row(&[
                &r.name,
                &relation,
                "",
                &phone(&r.phone),
                opt_str(&r.email),
            ]));
        }
    }
    blocks.push(table(
        vec![
            f.name.clone(),
            f.relation.clone(),
            f.custody.clone(),
            f.phone.clone(),
            f.email.clone(),
        ],
        rows,
        blank.then_some((2, vec![2.4, 1.6, 0.9, 1.4, 2.2])),
    ));
    blocks
}

/// Samtycke: who, when, how, what may be shared, for how long.
fn consent_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.consent.clone())];
    let consent = plan.map(|p| &p.consent);
    let form = consent
        .map(|c| c.form)
        .filter(|_| !unfilled("consent.form"));
    let mut rows = vec![
        vec![field(
            GRID,
            &f.given_by,
            consent
                .map(|c| text(joined(&c.given_by)))
                .unwrap_or_default(),
        )],
        vec![
            field(
                3,
                &f.date,
                date(
                    consent
                        .map(|c| c.date)
                        .filter(|_| !unfilled("consent.date")),
                ),
            ),
            field(
                3,
                &f.consent_form,
                choices(
                    l,
                    &[
                        (&c.written, form == Some(ConsentForm::Written)),
                        (&c.oral, form == Some(ConsentForm::Oral)),
                    ],
                ),
            ),
        ],
        vec![field(
            GRID,
            &f.sharing_between,
            consent
                .map(|c| text(joined(&c.sharing_between)))
                .unwrap_or_default(),
        )],
    ];
    if show(consent.is_some_and(|c| c.not_to_share.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.not_to_share,
            consent.map(|c| opt(&c.not_to_share)).unwrap_or_default(),
        )]);
    }
    let until = consent.and_then(|c| c.valid_until);
    let revoked = consent.and_then(|c| c.revoked_on);
    if show(until.is_some() || revoked.is_some()) {
        rows.push(vec![
            field(3, &f.valid_until, date(until)),
            field(3, &f.revoked_on, date(revoked)),
        ]);
    }
    if show(consent.is_some_and(|c| c.child_view.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.child_view,
            consent.map(|c| opt(&c.child_view)).unwrap_or_default(),
        )]);
    }
    blocks.push(grid(rows, blank));
    blocks
}

/// Mötet: when, where, who, and how the child took part.
fn meeting_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.meeting.clone())];
    let meeting = plan.map(|p| &p.meeting);
    let mut rows = vec![vec![
        field(
            2,
            &f.meeting_date,
            date(
                meeting
                    .map(|m| m.date)
                    .filter(|_| !unfilled("meeting.date")),
            ),
        ),
        field(
            4,
            &f.place,
            meeting.map(|m| text(m.place.clone())).unwrap_or_default(),
        ),
    ]];
    if show(meeting.is_some_and(|m| m.question.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.question,
            meeting.map(|m| opt(&m.question)).unwrap_or_default(),
        )]);
    }
    rows.push(vec![
        field(
            2,
            &f.initiator,
            meeting.map(|m| opt(&m.initiator)).unwrap_or_default(),
        ),
        field(
            2,
            &f.chair,
            meeting.map(|m| text(m.chair.clone())).unwrap_or_default(),
        ),
        field(
            2,
            &f.written_by,
            plan.map(|p| opt(&p.document.written_by))
                .unwrap_or_default(),
        ),
    ]);
    let how = meeting
        .and_then(|m| m.child_participation.as_ref())
        .filter(|_| !unfilled("meeting.child_participation.how"));
    let is = |p: Participation| how.is_some_and(|h| h.how == p);
    let mut participation = choices(
        l,
        &[
            (&c.whole_meeting, is(Participation::WholeMeeting)),
            (&c.part_of_meeting, is(Participation::PartOfMeeting)),
            (
                &c.through_representative,
                is(Participation::ThroughRepresentative),
            ),
            (&c.through_letter, is(Participation::ThroughLetter)),
            (&c.did_not_take_part, is(Participation::DidNotTakePart)),
        ],
    );
    if let Some(note) = how.and_then(|h| h.note.as_ref()) {
        participation.push(Inline::Break);
        participation.push(Inline::Text(note.to_string()));
    }
    rows.push(vec![field(GRID, &f.child_participation, participation)]);
    blocks.push(grid(rows, blank));
    let mut rows = Vec::new();
    if let Some(m) = meeting {
        for p in &m.participants {
            let present = if p.present { &c.yes } else { &c.no };
            rows.push(plain_row(&[
                &p.name,
                &p.role,
                opt_str(&p.organisation),
                &phone(&p.phone),
                present,
            ]));
        }
    }
    // A plan without a list of participants prints no empty table.
    if show(!rows.is_empty()) {
        blocks.push(Block::Gap(3.0));
        blocks.push(table(
            vec![
                f.participants.clone(),
                f.role.clone(),
                f.organisation.clone(),
                f.phone.clone(),
                f.present.clone(),
            ],
            rows,
            blank.then_some((4, vec![2.1, 1.5, 2.1, 1.4, 1.35])),
        ));
    }
    blocks
}

/// Barnets och familjens bild: the child's own words and the family's view.
fn views_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, s) = (&l.fields, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let mut blocks = vec![Block::Heading(s.views.clone())];
    let views = plan.map(|p| &p.views);
    blocks.push(writing_grid(
        vec![
            vec![field(
                GRID,
                &f.child_voice,
                views.map(|v| opt(&v.child)).unwrap_or_default(),
            )],
            vec![field(
                GRID,
                &f.family_view,
                views.map(|v| opt(&v.family)).unwrap_or_default(),
            )],
        ],
        blank,
    ));
    blocks
}

/// Behov och mål.
fn needs_and_goals_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, s) = (&l.fields, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let mut blocks = vec![Block::Heading(s.needs_and_goals.clone())];
    let list = |items: Option<&Vec<crate::plan::Text>>| {
        items
            .filter(|i| !i.is_empty())
            .map(|i| bullets(i))
            .unwrap_or_default()
    };
    let rows = vec![
        vec![
            field(3, &f.needs, list(plan.map(|p| &p.needs))),
            field(
                3,
                &f.short_term_goals,
                list(plan.map(|p| &p.goals.short_term)),
            ),
        ],
        vec![field(
            GRID,
            &f.overall_goal,
            plan.map(|p| opt(&p.goals.overall)).unwrap_or_default(),
        )],
    ];
    blocks.push(writing_grid(rows, blank));
    blocks
}

/// Insatser – vem gör vad och när: the law's items 1–3, and "Inga åtgärder av annan" as its last row.
fn actions_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.actions.clone())];
    let mut rows = Vec::new();
    if let Some(p) = plan {
        for (i, a) in p.actions.iter().enumerate() {
            let who = match &a.responsible {
                _ if unfilled(&format!("actions[{i}].responsible")) => String::new(),
                Responsible::Kommun => c.kommun.clone(),
                Responsible::Region => c.region.clone(),
                Responsible::Other(name) => name.clone(),
                Responsible::Family => c.family.clone(),
                Responsible::Child => c.child.clone(),
            };
            let status = status_label(a.status, l);
            let when = match (a.start, a.done_by) {
                (Some(s), Some(d)) => format!("{s}{NBSP}–\n{d}"),
                (Some(s), None) => format!("{s}{NBSP}–"),
                (None, Some(d)) => format!("–{NBSP}{d}"),
                (None, None) => String::new(),
            };
            let mut responsible = vec![Inline::Bold(who)];
            if let Some(unit) = &a.unit {
                responsible.extend([Inline::Break, Inline::Text(unit.to_string())]);
            }
            rows.push(Row {
                cells: vec![
                    Cell::new(text(a.what.clone())),
                    Cell::new(responsible),
                    Cell::new(opt(&a.person)),
                    Cell::new(text(when)),
                    Cell::new(text(status.to_owned())),
                ],
                min_lines: 1,
            });
        }
    }
    blocks.push(table_of(
        vec![
            f.what.clone(),
            f.responsible_unit.clone(),
            f.person.clone(),
            f.when.clone(),
            f.status.clone(),
        ],
        rows,
        blank.then_some((BLANK_ACTION_ROWS, vec![3.6, 1.8, 1.4, 1.2, 1.0])),
        layout::lines_for_height(ACTION_ROW_MM * MM),
    ));
    // The law's third item belongs in the table it is about.
    let none = plan.is_some_and(|p| p.no_measures_by_others);
    if let Some(Block::Table { rows, .. }) = blocks.last_mut() {
        rows.push(Row {
            cells: vec![Cell::spanning(
                5,
                choices(l, &[(&f.no_measures_by_others, none)]),
            )],
            min_lines: 1,
        });
    }
    blocks
}

/// Ansvar för planen: the law's item 4.
fn responsibility_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.responsibility.clone())];
    let resp = plan.map(|p| &p.responsibility);
    let principal = resp
        .map(|r| r.principal)
        .filter(|_| !unfilled("responsibility.principal"));
    let coordinator = resp
        .map(|r| {
            let parts: Vec<&str> = [
                Some(r.coordinator.name.as_str()),
                r.coordinator.phone.as_deref(),
                r.coordinator.email.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect();
            text(parts.join(", "))
        })
        .unwrap_or_default();
    blocks.push(grid(
        vec![
            vec![
                field(
                    3,
                    &f.principal,
                    choices(
                        l,
                        &[
                            (&c.kommun, principal == Some(Huvudman::Kommun)),
                            (&c.region, principal == Some(Huvudman::Region)),
                        ],
                    ),
                ),
                field(
                    3,
                    &f.unit,
                    resp.map(|r| text(r.unit.clone())).unwrap_or_default(),
                ),
            ],
            vec![field(GRID, &f.coordinator, coordinator)],
            vec![field(
                GRID,
                &f.original_kept_by,
                resp.map(|r| text(r.unit.clone())).unwrap_or_default(),
            )],
        ],
        blank,
    ));
    blocks
}

/// Uppföljning och avslut, with "Sedan förra mötet" after a follow-up.
fn follow_up_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, c, s) = (&l.fields, &l.choices, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let unfilled = ctx.unfilled;
    let mut blocks = vec![Block::Heading(s.follow_up.clone())];
    if let Some((plan, previous)) = plan.and_then(|p| p.previous().map(|prev| (p, prev))) {
        blocks.push(since_last(plan, previous, l));
    }
    let follow = plan.map(|p| &p.follow_up);
    let form = follow
        .map(|x| x.form)
        .filter(|_| !unfilled("follow_up.form"));
    let mut rows = vec![vec![
        field(
            2,
            &f.follow_up_date,
            date(
                follow
                    .map(|x| x.date)
                    .filter(|_| !unfilled("follow_up.date")),
            ),
        ),
        field(
            4,
            &f.follow_up_form,
            choices(
                l,
                &[
                    (&c.meeting, form == Some(FollowUpForm::Meeting)),
                    (&c.digital, form == Some(FollowUpForm::Digital)),
                    (&c.phone, form == Some(FollowUpForm::Phone)),
                ],
            ),
        ),
    ]];
    if blank {
        // The worksheet: who calls fits beside the date and the form.
        rows[0][1].span = 2;
        rows[0].insert(1, field(2, &f.caller, Vec::new()));
    } else if follow.is_some_and(|x| x.caller.is_some()) {
        rows.push(vec![field(
            GRID,
            &f.caller,
            follow.map(|x| opt(&x.caller)).unwrap_or_default(),
        )]);
    }
    if show(follow.is_some_and(|x| x.closing_criteria.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.closing_criteria,
            follow.map(|x| opt(&x.closing_criteria)).unwrap_or_default(),
        )]);
    }
    if show(follow.is_some_and(|x| x.if_not_working.is_some())) {
        rows.push(vec![field(
            GRID,
            &f.if_not_working,
            follow.map(|x| opt(&x.if_not_working)).unwrap_or_default(),
        )]);
    }
    // Only a plan that was closed says so; a worksheet is for an open one.
    if let Some(closed) = follow.and_then(|x| x.closed) {
        rows.push(vec![field(GRID, &f.closed, date(Some(closed)))]);
    }
    blocks.push(grid(rows, blank));
    blocks
}

/// Underskrifter: the statement directly above the lines, and who gets a copy, kept together on one page.
fn signatures_section(ctx: &SectionContext) -> Vec<Block> {
    let l = &ctx.template.labels;
    let (f, s) = (&l.fields, &l.sections);
    let plan = ctx.plan;
    let blank = ctx.plan.is_none();
    // Shows an optional row in a filled plan only when it has a value.
    let show = |has: bool| blank || has;
    let template = ctx.template;
    let signers: Vec<(String, String)> = match plan {
        Some(p) if !p.signatures.is_empty() => p
            .signatures
            .iter()
            .map(|s| (s.name.to_string(), opt_str(&s.organisation).to_owned()))
            .collect(),
        Some(p) => default_signers(p, template),
        // The worksheet: what to write under each line.
        None => vec![(f.name.clone(), format!("{} / {}", f.role, f.organisation)); 6],
    };
    let distribution = plan.map(|p| joined(&p.distribution)).unwrap_or_default();
    let mut blocks = vec![Block::Heading(s.signatures.clone())];
    let mut together = Vec::new();
    if !template.texts.consent.is_empty() {
        together.push(Block::Paragraph(text(template.texts.consent.clone())));
    }
    if !signers.is_empty() {
        together.push(Block::Signatures {
            signers,
            date_label: f.signature_date.clone(),
        });
    }
    if show(!distribution.is_empty()) {
        together.push(grid(
            vec![vec![field(GRID, &s.distribution, text(distribution))]],
            blank,
        ));
    }
    blocks.push(Block::Keep(together));
    blocks
}

/// Who signs a plan that names no signers: each guardian with custody, the
/// child from the template's age (12 unless it says otherwise), and the
/// coordinator. Never a heading with nothing under it.
fn default_signers(plan: &Plan, template: &Template) -> Vec<(String, String)> {
    let l = &template.labels;
    let mut signers: Vec<(String, String)> = plan
        .guardians
        .iter()
        .filter(|g| g.custody)
        .map(|g| (g.name.to_string(), g.relation.to_string()))
        .collect();
    let from = template.rules.child_signature_age.unwrap_or(12);
    let old_enough = plan
        .child_age()
        .is_some_and(|age| from > 0 && age.possibly_at_least(from));
    if old_enough {
        signers.push((plan.child.name.to_string(), l.choices.child.clone()));
    }
    let coordinator = &plan.responsibility.coordinator.name;
    if !coordinator.trim().is_empty() && !signers.iter().any(|(n, _)| coordinator == n.as_str()) {
        signers.push((coordinator.to_string(), l.fields.coordinator.clone()));
    }
    signers
}

/// "Sedan förra mötet": the previous meeting's date and, per action, its
/// status and comment since then.
fn since_last(plan: &Plan, previous: &Plan, l: &Labels) -> Block {
    let mut content = vec![Inline::Bold(format!(
        "{} ({}):",
        l.changes.since_last, previous.meeting.date
    ))];
    for action in &plan.actions {
        let existed = action
            .id
            .is_some_and(|id| previous.actions.iter().any(|a| a.id == Some(id)));
        content.push(Inline::Break);
        let status = if existed {
            status_label(action.status, l).to_owned()
        } else {
            l.changes.added.clone()
        };
        // The full text is in the action table above; a short form is enough here.
        let mut line = format!("• {}: {status}", action.short_what(40));
        if let Some(comment) = &action.status_comment {
            line.push_str(&format!(" – {comment}"));
        }
        content.push(Inline::Text(line));
    }
    grid(vec![vec![Cell::spanning(GRID, content)]], false)
}

fn status_label(status: ActionStatus, l: &Labels) -> &str {
    let c = &l.choices;
    match status {
        ActionStatus::Planned => &c.planned,
        ActionStatus::Ongoing => &c.ongoing,
        ActionStatus::Done => &c.done,
        ActionStatus::Changed => &c.changed,
        ActionStatus::Cancelled => &c.cancelled,
    }
}

/// The appendix page: every revision, its meeting and what changed.
fn history_blocks(plan: &Plan, l: &Labels) -> Vec<Block> {
    let mut revisions: Vec<&Plan> = plan.history.iter().collect();
    revisions.push(plan);
    let rows = revisions
        .iter()
        .enumerate()
        .map(|(i, revision)| {
            let participants: Vec<&str> = revision
                .meeting
                .participants
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            let changes = match i {
                0 => String::new(),
                _ => crate::followup::describe(
                    &crate::followup::changes(revisions[i - 1], revision),
                    l,
                ),
            };
            Row {
                cells: vec![
                    Cell::new(text(revision.document.revision.to_string())),
                    Cell::new(text(revision.meeting.date.to_string())),
                    Cell::new(text(participants.join(", "))),
                    Cell::new(text(changes.trim_end().to_owned())),
                ],
                min_lines: 1,
            }
        })
        .collect();
    let appendix = l.document.appendix.replace("{number}", "1");
    vec![
        Block::PageBreak,
        Block::Heading(format!("{appendix}: {}", l.changes.history)),
        Block::Table {
            columns: Columns::Fixed(vec![1.15, 1.6, 3.0, 5.0]),
            header: Some(vec![
                l.document.revision.clone(),
                l.fields.meeting_date.clone(),
                l.fields.participants.clone(),
                l.changes.changed.clone(),
            ]),
            rows,
        },
    ]
}

/// One of the template's own sections, filled from the plan's `custom` part.
fn custom_section(ctx: &SectionContext, key: &str) -> Vec<Block> {
    let plan = ctx.plan;
    let Some(section) = ctx.template.custom_sections.iter().find(|s| s.key == key) else {
        return Vec::new();
    };
    let mut blocks = vec![Block::Heading(section.heading.clone())];
    let values = plan.and_then(|p| p.custom.get(&section.key));
    let rows = section
        .fields
        .iter()
        .map(|custom| {
            let value = values.and_then(|v| v.get(&custom.key));
            let content = match (&custom.checklist, value) {
                (Some(options), value) => {
                    let checked = |key: &str| matches!(value, Some(CustomValue::Checked(keys)) if keys.iter().any(|k| k == key));
                    let options: Vec<(&str, bool)> = options.iter().map(|(key, label)| (label.as_str(), checked(key))).collect();
                    choices(&ctx.template.labels, &options)
                }
                (None, Some(CustomValue::Text(t))) => text(t.clone()),
                (None, _) => Vec::new(),
            };
            vec![field(GRID, &custom.label, content)]
        })
        .collect();
    blocks.push(grid(rows, plan.is_none()));
    blocks
}

/// Names or texts in a line: `a, b, c`.
fn joined<T: AsRef<str>>(items: &[T]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(", ")
}

fn opt_str<T: AsRef<str>>(value: &Option<T>) -> &str {
    value.as_ref().map_or("", AsRef::as_ref)
}

/// A phone number that never breaks over two lines.
fn phone<T: AsRef<str>>(value: &Option<T>) -> String {
    opt_str(value).replace(' ', &layout::NO_BREAK_SPACE.to_string())
}

fn plain_row(cells: &[&str]) -> Row {
    Row {
        cells: cells.iter().map(|c| Cell::new(text(*c))).collect(),
        min_lines: 1,
    }
}

/// A table with a header row; a worksheet gets `n` empty rows in fixed columns.
fn table(header: Vec<String>, rows: Vec<Row>, blank: Option<(usize, Vec<f32>)>) -> Block {
    table_of(header, rows, blank, 2)
}

/// [`table`] whose empty worksheet rows are `lines` lines high.
fn table_of(
    header: Vec<String>,
    rows: Vec<Row>,
    blank: Option<(usize, Vec<f32>)>,
    lines: usize,
) -> Block {
    match blank {
        Some((n, shares)) => Block::Table {
            columns: Columns::Fixed(shares),
            rows: vec![
                Row {
                    cells: header.iter().map(|_| Cell::new(Vec::new())).collect(),
                    min_lines: lines,
                };
                n
            ],
            header: Some(header),
        },
        None => Block::Table {
            columns: Columns::Auto(header.len()),
            header: Some(header),
            rows,
        },
    }
}
