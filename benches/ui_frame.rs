//! One frame of the lesson screen without rasterization: egui layout, text shaping (galley cache)
//! and the app's own drawing code, headless with egui_kittest. Under the real window, Mesa's
//! software rasterizer adds its time on top (see tools/measure-frames.sh).
//! Run: `cargo bench --bench ui_frame`

mod common;

use cpms_player::course::load_catalog;
use cpms_player::i18n::Tr;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app on the first lesson of the bundled course, for a learner who reads in `lang`.
fn lesson_screen(dir: &std::path::Path, lang: &str) -> Harness<'static, CpmsApp> {
    let store = Store::open(&dir.join(format!("progress-{lang}.sqlite"))).unwrap();
    store.add_learner("Bench Learner", None, lang).unwrap();
    let catalog = load_catalog(common::course_dir().parent().unwrap());
    assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
    let app = CpmsApp::new(store, catalog, "en".into());
    let mut h = Harness::builder().with_size([1100.0, 760.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h.get_by_label("Bench Learner").click();
    h.run();
    h.get_by_label(&Tr::new(lang).t("start-course")).click();
    h.run();
    h
}

fn frame(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["en", "ar"] {
        let mut h = lesson_screen(tmp.path(), lang);
        c.bench_function(&format!("ui/lesson screen frame ({lang})"), |b| b.iter(|| h.step()));
    }
}

criterion_group!(benches, frame);
criterion_main!(benches);
