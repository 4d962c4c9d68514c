//! Course loading: parse and validate the bundled CPMS course (4 languages).
//! Target: ≤ 10 ms.   Run: `cargo bench --bench course`

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn load(c: &mut Criterion) {
    let dir = common::course_dir();
    c.bench_function("course/load_course cpms-2019 (4 languages)", |b| {
        b.iter(|| black_box(cpms_player::course::load_course(black_box(&dir)).unwrap()))
    });
    // Parsing alone, to see how the time splits between RON parsing and validation.
    c.bench_function("course/parse_course cpms-2019 (no validation)", |b| {
        b.iter(|| black_box(cpms_player::course::parse::parse_course(black_box(&dir)).ok().unwrap()))
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
