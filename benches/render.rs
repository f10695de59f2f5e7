//! Speed of each stage for the full sample plan, in-process:
//! load → validate → layout → PDF, and the whole render.
//! Run with `cargo bench`; figures go in docs/performance.md.

use criterion::{Criterion, criterion_group, criterion_main};
use sipplan::load;
use sipplan::render::{self, Options};
use sipplan::source::{Format, Source};

const FULL: &str = include_str!("../samples/full.ron");

fn stages(c: &mut Criterion) {
    let template = sipplan::template::default_template().expect("template");
    let source = Source::from_text("full.ron", FULL, Format::Ron);
    let plan = load::parse_plan(&source).expect("sample loads");
    // Parse the fonts once, as a long-running process would.
    let _ = sipplan::print_plan(&plan, &template, Options::default(), Some(0));

    c.bench_function("load", |b| b.iter(|| load::parse_plan(&source)));
    c.bench_function("validate", |b| {
        b.iter(|| sipplan::validate::validate(&plan))
    });
    c.bench_function("layout", |b| {
        b.iter(|| render::render_plan(&plan, &template, Options::default()))
    });
    let rendered = render::render_plan(&plan, &template, Options::default());
    let meta = sipplan::pdf::Metadata {
        title: "Samordnad individuell plan".into(),
        producer: "sipplan".into(),
        created: 0,
        lang: "sv".into(),
    };
    c.bench_function("pdf", |b| {
        b.iter(|| sipplan::pdf::write(&rendered.document, &meta))
    });
    c.bench_function("whole render (check + layout + pdf)", |b| {
        b.iter(|| {
            let checked = sipplan::check(&source, &template);
            let plan = checked.plan.expect("valid");
            sipplan::print_plan(&plan, &template, Options::default(), Some(0))
        })
    });
}

criterion_group!(benches, stages);
criterion_main!(benches);
