//! Merging progress bundles from other laptops: about 100,000 facts imported into a fresh file
//! database in one transaction. Target: ≤ 2 s.   Run: `cargo bench --bench merge`

mod common;

use cpms_player::progress::Store;
use cpms_player::progress::bundle::{Bundle, parse_bundle};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// Laptops; learners per laptop are chosen from the facts per demo learner (about 160).
const LAPTOPS: u64 = 5;

fn bundles(course: &cpms_player::course::Course, learners_per_laptop: usize) -> Vec<Bundle> {
    (0..LAPTOPS)
        .map(|seed| {
            let path = common::demo_db(course, learners_per_laptop, 100 + seed);
            Store::open(&path).unwrap().export_bundle().unwrap()
        })
        .collect()
}

fn merge(c: &mut Criterion) {
    let course = common::course();
    // Size the laptops so the bundles hold about 100,000 facts together.
    let probe = bundles(&course, 20);
    let per_learner = probe.iter().map(|b| b.facts.len()).sum::<usize>() as f64 / (20 * LAPTOPS) as f64;
    let per_laptop = (100_000.0 / per_learner / LAPTOPS as f64).round() as usize;
    let bundles = bundles(&course, per_laptop);
    let facts: usize = bundles.iter().map(|b| b.facts.len()).sum();
    let learners: usize = bundles.iter().map(|b| b.learners.len()).sum();
    eprintln!("merge: {LAPTOPS} bundles, {learners} learners, {facts} facts");
    let texts: Vec<String> = bundles.iter().map(|b| serde_json::to_string(b).unwrap()).collect();
    eprintln!("merge: bundle JSON {:.1} MB", texts.iter().map(|t| t.len()).sum::<usize>() as f64 / 1e6);

    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    group.bench_function(format!("import_bundles {facts} facts into a fresh file store"), |b| {
        b.iter_batched(
            || {
                let tmp = tempfile::tempdir().unwrap();
                let store = Store::open(&tmp.path().join("trainer.sqlite")).unwrap();
                (tmp, store)
            },
            |(tmp, store)| {
                let report = store.import_bundles(&bundles).unwrap();
                assert_eq!(report.facts_added, facts);
                (tmp, store)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function(format!("parse_bundle {facts} facts (JSON → checked bundles)"), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(parse_bundle(t).unwrap());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, merge);
criterion_main!(benches);
