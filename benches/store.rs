//! Progress store: durable answer commits and the trainer report.
//! Targets: ≥ 1,000 answer commits/s (file database, WAL, synchronous=FULL as the store sets
//! them); report over 10,000 learners ≤ 50 ms.   Run: `cargo bench --bench store`
//!
//! The 10,000-learner demo database is generated once and cached in target/bench-data/.

mod common;

use cpms_player::progress::demo::generate_demo;
use cpms_player::progress::{FactKind, Store, report_csv};
use cpms_player::quiz::Response;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn record(c: &mut Criterion) {
    let course = common::course();
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("progress.sqlite")).unwrap();
    assert_eq!(store.pragma_synchronous().unwrap(), 2, "the store must commit with synchronous=FULL");
    // 200 learners with a realistic history (lesson visits, attempts), so that every commit
    // also refreshes a summary of typical size; answers rotate over them.
    generate_demo(&store, &course, 200, 7).unwrap();
    let learners: Vec<cpms_player::ids::LearnerId> = store.learners().unwrap().into_iter().map(|l| l.id).collect();
    let base = course.language(&course.manifest.default_language);
    let (module, quiz) = base.modules.iter().find_map(|m| m.quiz.as_ref().map(|q| (m.id.clone(), q))).unwrap();
    let item = &quiz.items[0];
    let mut n = 0usize;
    let mut group = c.benchmark_group("store");
    group.throughput(Throughput::Elements(1));
    group.bench_function("record ItemAnswered (file db, WAL, synchronous=FULL)", |b| {
        b.iter(|| {
            n += 1;
            let kind = FactKind::ItemAnswered {
                quiz_id: quiz.id.clone(),
                attempt_id: format!("bench-attempt-{}", n / 10).into(),
                item_id: item.id.clone(),
                response: Response::Bool(!n.is_multiple_of(3)),
                correct: !n.is_multiple_of(3),
                credit: if !n.is_multiple_of(3) { 1.0 } else { 0.0 },
            };
            black_box(store.record(&learners[n % learners.len()], course.id(), &module, kind).unwrap())
        })
    });
    group.finish();
}

fn report(c: &mut Criterion) {
    let course = common::course();
    let path = common::demo_db(&course, 10_000, 1);
    eprintln!("report database: {} facts", common::fact_count(&path));
    let store = Store::open(&path).unwrap();
    let rows = store.report(&course).unwrap();
    assert_eq!(rows.len(), 10_000 * course.language(&course.manifest.default_language).modules.len());
    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("store.report 10,000 learners", |b| b.iter(|| black_box(store.report(&course).unwrap())));
    group.bench_function("report_csv 10,000 learners", |b| b.iter(|| black_box(report_csv(&rows).unwrap())));
    group.bench_function("store.report + report_csv 10,000 learners", |b| {
        b.iter(|| black_box(report_csv(&store.report(&course).unwrap()).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, record, report);
criterion_main!(benches);
