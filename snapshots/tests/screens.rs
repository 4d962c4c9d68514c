//! Snapshot images of the main screens — profiles, library, course overview, a lesson, a quiz
//! item, the About page and a lesson with a figure — in English and Arabic at 1366×768, painted by wgpu (lavapipe in software). A layout
//! change shows as a failed comparison with the image in `tests/snapshots/`; after a deliberate
//! change, look at the new images (`*.new.png` beside the old) and accept them with
//! `UPDATE_SNAPSHOTS=1 cargo test -p cpms-snapshots`.

use cpms_player::course::load_catalog;
use cpms_player::i18n::Tr;
use cpms_player::progress::{FactKind, Store};
use cpms_player::ui::CpmsApp;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use std::path::Path;

/// Anti-aliasing may differ by a few pixels between Mesa builds; a layout change moves
/// thousands (0.4 % of the window here).
fn options() -> SnapshotOptions {
    SnapshotOptions::new().max_failed_pixels(4_000)
}

fn app(dir: &Path, name: &str, lang: &str) -> Harness<'static, CpmsApp> {
    let courses = Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
    let catalog = load_catalog(&courses);
    assert!(!catalog.courses.is_empty(), "{:?}", catalog.problems);
    let store = Store::open(&dir.join("p.sqlite")).unwrap();
    let learner = store.add_learner(name, None, lang).unwrap();
    // The first quiz's attempt is drawn from a fixed seed (the app would pick a random one), so
    // that the quiz screen shows the same items in the same order on every run: the app resumes
    // this unfinished attempt.
    let course = &catalog.courses[0];
    let intro = cpms_player::ids::ModuleId::from("intro");
    let quiz = course.language(lang).quiz(&intro).unwrap();
    let plan = cpms_player::quiz::plan_attempt(&quiz.items, course.draw(&intro), 7);
    let item_ids = plan.items.iter().map(|p| quiz.items[p.index].id.clone()).collect();
    let started =
        FactKind::AttemptStarted { quiz_id: quiz.id.clone(), attempt_id: "snapshot-attempt".into(), seed: 7, item_ids };
    store.record(&learner.id, course.id(), &intro, started).unwrap();
    let app = CpmsApp::new(store, catalog, lang.into());
    let mut h =
        Harness::builder().with_size([1366.0, 768.0]).wgpu().build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

/// Walk the main screens of one language and compare each with its image.
fn journey(lang: &str, name: &str) {
    let tr = Tr::new(lang);
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), name, lang);
    let mut failures = Vec::new();
    let mut shot = |h: &mut Harness<'static, CpmsApp>, screen: &str| {
        if let Err(e) = h.try_snapshot_options(format!("{lang}-{screen}"), &options()) {
            failures.push(format!("{screen}: {e}"));
        }
    };
    shot(&mut h, "profiles");
    h.get_by_label(name).click();
    h.run();
    shot(&mut h, "library");
    h.get_by_label(&tr.t("course-overview")).click();
    h.run();
    shot(&mut h, "overview");
    h.get_all_by_label(&tr.t("start-module")).next().unwrap().click();
    h.run();
    shot(&mut h, "lesson");
    let mut back = tr.ta("back", &[("to", tr.t("course-overview").into())]);
    if lang == "ar" {
        // The arrow points the way Arabic reads.
        back = back.replace('←', "→");
    }
    h.get_by_label(&back).click();
    h.run();
    h.get_all_by_label(&tr.t("resume-quiz")).next().unwrap().click();
    h.run();
    shot(&mut h, "quiz");
    assert!(failures.is_empty(), "screens that changed:\n{}", failures.join("\n"));
}

/// The About page and the lesson with the figure of the pillars and standards.
fn about_and_figure(lang: &str, name: &str) {
    let tr = Tr::new(lang);
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), name, lang);
    let mut failures = Vec::new();
    let mut shot = |h: &mut Harness<'static, CpmsApp>, screen: &str| {
        if let Err(e) = h.try_snapshot_options(format!("{lang}-{screen}"), &options()) {
            failures.push(format!("{screen}: {e}"));
        }
    };
    h.get_by_label(name).click();
    h.run();
    h.get_by_label(&tr.t("course-overview")).click();
    h.run();
    h.get_all_by_label(&tr.t("about-course")).next().unwrap().click();
    h.run();
    shot(&mut h, "about");
    let courses = Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
    let catalog = load_catalog(&courses);
    let title =
        catalog.courses[0].language(lang).lesson(&"intro".into(), &"intro-handbook".into()).unwrap().title.clone();
    let back = tr.ta("back", &[("to", tr.t("course-overview").into())]);
    let back = if lang == "ar" { back.replace('←', "→") } else { back };
    h.get_by_label(&back).click();
    h.run();
    h.get_all_by_label(&tr.t("lessons-heading")).next().unwrap().click();
    h.run();
    h.get_by_label(&title).click();
    h.run();
    // Down to the figure (a texture painted by wgpu).
    let alt = catalog.courses[0]
        .language(lang)
        .lesson(&"intro".into(), &"intro-handbook".into())
        .unwrap()
        .blocks
        .iter()
        .find_map(|b| match b {
            cpms_player::course::Block::Image { alt, .. } => Some(alt.clone()),
            _ => None,
        });
    h.get_by_label(&alt.unwrap()).scroll_to_me();
    h.run();
    shot(&mut h, "figure");
    assert!(failures.is_empty(), "screens that changed:\n{}", failures.join("\n"));
}

#[test]
fn english_about_page_and_figure_look_as_before() {
    about_and_figure("en", "Amina");
}

#[test]
fn arabic_about_page_and_figure_look_as_before() {
    about_and_figure("ar", "أمينة");
}

#[test]
fn english_screens_look_as_before() {
    journey("en", "Amina");
}

#[test]
fn arabic_screens_look_as_before() {
    journey("ar", "أمينة");
}
