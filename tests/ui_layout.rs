//! Layout that adapts (egui_kittest): at 1024×600 with large text the top bar folds its controls
//! into a menu instead of painting them over each other, the lesson's side panels fold into the
//! page, and a lesson scrolls with the keyboard.

use cpms_player::course::load_catalog;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;

fn open(dir: &Path, size: [f32; 2]) -> Harness<'static, CpmsApp> {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let store = Store::open(&dir.join("p.sqlite")).unwrap();
    if store.learners().unwrap().is_empty() {
        store.add_learner("Valentina Rodríguez", None, "es").unwrap();
    }
    let app = CpmsApp::new(store, catalog, "es".into());
    let mut h = Harness::builder().with_size(size).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h.get_by_label("Valentina Rodríguez").click();
    h.run();
    h
}

/// Larger text, from the bar or from its menu when it is folded.
fn bigger(h: &mut Harness<'static, CpmsApp>) {
    if h.query_by_label("A+").is_some() {
        h.get_by_label("A+").click();
    } else {
        h.get_by_label("Menú").click();
        h.run();
        h.get_by_label("Texto más grande").click();
    }
    h.run();
}

#[test]
fn the_top_bar_folds_instead_of_overlapping() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(dir.path(), [1366.0, 768.0]);
    assert!(h.query_by_label("Menú").is_none(), "everything fits at 1366 with normal text");
    // Large text on a small screen, in Spanish (long words).
    h.set_size(egui::vec2(1024.0, 600.0));
    h.run();
    for _ in 0..6 {
        bigger(&mut h);
    }
    let menu = h.get_by_label("Menú").rect();
    let name = h.get_by_label("Participante: Valentina Rodríguez").rect();
    let app = h.get_by_label("CPMS Player").rect();
    assert!(!menu.intersects(name) && !name.intersects(app) && !menu.intersects(app), "{menu:?} {name:?} {app:?}");
    // The folded controls still work.
    h.get_by_label("Menú").click();
    h.run();
    h.get_by_label("Texto más pequeño").click();
    h.run();
    assert!(h.query_by_label("A+").is_none(), "still folded at 26 px");
}

#[test]
fn lesson_panels_fold_and_the_lesson_scrolls_with_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(dir.path(), [1024.0, 600.0]);
    h.get_by_label("Empezar el curso").click();
    h.run();
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let lesson = &catalog.courses[0].language("es").modules[0].lessons[0];
    let top = h.get_all_by_label(&lesson.title).last().unwrap().rect().top();
    h.key_press(egui::Key::PageDown);
    h.run();
    let after = h.get_all_by_label(&lesson.title).last().unwrap().rect().top();
    assert!(after < top - 200.0, "Page Down scrolls the lesson: {top} → {after}");
    h.key_press(egui::Key::PageUp);
    h.run();
    let back = h.get_all_by_label(&lesson.title).last().unwrap().rect().top();
    assert!((back - top).abs() < 1.0, "Page Up scrolls back: {top} → {back}");
    // With large text the side panels fold into the page: the text column keeps its width.
    for _ in 0..4 {
        bigger(&mut h);
    }
    let heading = h.get_all_by_label(&lesson.title).last().unwrap().rect();
    // No contents panel on the left any more (it is 240 points wide when shown).
    assert!(heading.left() < 200.0, "the lesson column starts near the edge: {heading:?}");
    // The contents fold into a list at the top of the page, named after the module.
    let module = &catalog.courses[0].language("es").modules[0];
    h.get_by_label(&module.title).click();
    h.run();
    h.get_by_label(&module.lessons[1].title).click();
    h.run();
    assert!(h.get_all_by_label(&module.lessons[1].title).last().unwrap().rect().left() < 200.0);
}
