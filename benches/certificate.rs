//! Certificate PDF rendering (fonts embedded and subset by krilla).
//! Target: ≤ 100 ms.   Run: `cargo bench --bench certificate`

use cpms_player::certificate::certificate_labels;
use cpms_player::certificate::{Certificate, render_pdf};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn certificate(name: &str, title: &str, lang: &str) -> Certificate {
    Certificate {
        code: "7K2M-9QXR-4TNB-H8WD".into(),
        learner_id: "4b0f7a5e-2c1d-4e8f-9a3b-6d5c4e3f2a1b".into(),
        learner_name: name.into(),
        course_id: "cpms-2019".into(),
        course_title: title.into(),
        language: lang.into(),
        completed_at: 1_764_028_800_000,
        final_score: 92,
        study_minutes: 275,
        issued_at: 1_764_032_400_000,
        course_version: "1.0.0".into(),
        payload: None,
        passed_on_attempt: Some(2),
    }
}

fn render(c: &mut Criterion) {
    let en = certificate("Amina Diallo", "Minimum Standards for Child Protection in Humanitarian Action", "en");
    let en_labels = certificate_labels("en");
    c.bench_function("certificate/render_pdf en", |b| {
        b.iter(|| black_box(render_pdf(black_box(&en), &en_labels).unwrap()))
    });
    let ar = certificate("أمينة ديالو", "المعايير الدنيا لحماية الطفل في العمل الإنساني", "ar");
    let ar_labels = certificate_labels("ar");
    c.bench_function("certificate/render_pdf ar", |b| {
        b.iter(|| black_box(render_pdf(black_box(&ar), &ar_labels).unwrap()))
    });
}

criterion_group!(benches, render);
criterion_main!(benches);
