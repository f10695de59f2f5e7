//! The plan laid out: valid, as a draft, with the family's copy after it,
//! or as the empty worksheet; its header, body and footer, and SIP060 when
//! the core takes more pages than the budget.

use super::cells::text;
use super::child_page;
use super::history::history_blocks;
use super::identity::{Identity, header_blocks, logo_size};
use super::options::{Options, PAGE_BUDGET, Rendered, Unfilled};
use super::page::{Fixed, framed, watermark};
use super::sections::body_blocks;
use super::to_fix::to_fix_blocks;
use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::document::{Document, Geometry, Item, Role, Structure, Tag};
use crate::draft::Draft;
use crate::font::{Fonts, Weight};
use crate::layout::{self, BODY_SIZE, Block};
use crate::msg;
use crate::plan::Plan;
use crate::template::Template;

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
pub(super) fn lay_plan(
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

/// What runs past the page budget.
pub(super) enum Overflow {
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

/// Lays out a plan (or, without one, the worksheet) between its header
/// and footer, with `extra` after its sections.
pub(super) fn render(
    plan: Option<&Plan>,
    unfilled: Unfilled,
    extra: Vec<Block>,
    identity: &Identity,
    template: &Template,
    options: Options,
) -> (Rendered, Option<(usize, Overflow)>) {
    let labels = &template.labels;
    let geometry = Geometry::a4_in(&template.language);
    let mut structure = Structure::default();
    let (mut head, images, narrow) = header(identity, template, options, geometry, &mut structure);
    let mut footer = vec![Block::Paragraph(identity.compact(labels))];
    if !template.texts.footer.is_empty() {
        footer.push(Block::Paragraph(text(template.texts.footer.clone())));
    }
    let foot = Fixed::footer(&footer, narrow);
    let body_top = head.bottom + 8.0;
    let body_bottom = foot.top - 8.0;

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
    let rendered = Rendered {
        document: Document {
            geometry,
            pages,
            structure,
            images,
        },
        warnings: missing_glyphs(missing).into_iter().collect(),
    };
    (rendered, overflow)
}

/// The header: the title, whose plan it is and the banners, the logo at
/// the right; and the geometry that keeps header and footer clear of
/// "Sida X av Y".
fn header(
    identity: &Identity,
    template: &Template,
    options: Options,
    geometry: Geometry,
    structure: &mut Structure,
) -> (Fixed, Vec<crate::image::Image>, Geometry) {
    let labels = &template.labels;
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
    let mut head = Fixed::lay(
        &[Block::Title(labels.document.title.clone())],
        narrow,
        geometry.top,
        structure,
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
        structure,
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
    (head, images, narrow)
}

/// SIP061 for the characters no embedded font has, each named once.
fn missing_glyphs(mut missing: Vec<char>) -> Option<Diagnostic> {
    missing.sort_unstable();
    missing.dedup();
    if missing.is_empty() {
        return None;
    }
    let codes: Vec<String> = missing
        .iter()
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    let message = msg!(
        "sip061",
        count = missing.len(),
        characters = codes.join(", ")
    );
    Some(Diagnostic::new(Code::Sip061, FieldPath::root(), message).with_hint(msg!("sip061-hint")))
}

/// What of the core plan runs past the page budget, if anything: how many
/// pages the core takes, and the section of the first block that ends
/// beyond the budget. The blocks from `core_blocks` on (the list of what to
/// fix in a draft, the appendices) do not count.
pub(super) fn overflow(
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
