//! xAPI export of about 100,000 statements. Target: ≤ 1 s.   Run: `cargo bench --bench xapi`
//!
//! Two cases: the first export of a database whose facts are not queued yet (the facts' ids are
//! queued, then the statements built and written), and a later export where everything is
//! already queued (what re-exporting costs). In-process: the whole-process figure the user waits
//! for is `tools/measure-xapi-export.sh`.

mod common;

use cpms_player::progress::Store;
use cpms_player::xapi;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn export(c: &mut Criterion) {
    let course = common::course();
    let probe = common::demo_db(&course, 20, 200);
    let per_learner = common::fact_count(&probe) as f64 / 20.0;
    let learners = (100_000.0 / per_learner).round() as usize;
    let source = common::demo_db(&course, learners, 200);
    let facts = common::fact_count(&source);
    let courses = vec![course];

    let tmp = tempfile::tempdir().unwrap();
    let queued = tmp.path().join("queued.sqlite");
    common::copy_db(&source, &queued);
    let store = Store::open(&queued).unwrap();
    let (_, first) = xapi::export(&store, &courses, false).unwrap();
    eprintln!(
        "xapi: {learners} learners, {facts} facts, {} statements ({} completions)",
        first.statements, first.queue.completions
    );

    let mut group = c.benchmark_group("xapi");
    group.sample_size(10);
    let out = tmp.path().join("statements.json");
    group.bench_function(format!("first export, {} statements (queue + write file)", first.statements), |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("fresh.sqlite");
                common::copy_db(&source, &path);
                let store = Store::open(&path).unwrap();
                (dir, store)
            },
            |(dir, store)| {
                let out = dir.path().join("statements.json");
                let report = xapi::export_to_file(&store, &courses, &out, false).unwrap();
                assert_eq!(report.statements, first.statements);
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function(format!("re-export, {} statements already queued (write file)", first.statements), |b| {
        b.iter(|| black_box(xapi::export_to_file(&store, &courses, &out, false).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
