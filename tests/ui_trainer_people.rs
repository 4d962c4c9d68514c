//! The trainer's dashboard and people decisions, through the real app (egui_kittest) on the
//! bundled course: every module has a column, the learner names stay in view while the modules
//! scroll sideways (in English and in Arabic), and archiving a profile or linking two profiles as
//! one person each ask first and then reach the store.

mod common;
use cpms_player::course::load_catalog;
use cpms_player::i18n::Tr;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;

fn trainer(db: &Path, lang: &str) -> Harness<'static, CpmsApp> {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let app = CpmsApp::new(Store::open(db).unwrap(), catalog, lang.into());
    let mut h = Harness::builder().with_size([1024.0, 600.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    common::unlock_trainer(&mut h, lang);
    h
}

fn store_with_learners(db: &Path) -> Store {
    let store = Store::open(db).unwrap();
    store.set_trainer_passphrase("trainer-pass-1").unwrap();
    for name in ["Amina Yusuf", "Amina Y.", "Bilal Haddad"] {
        store.add_learner(name, None, "en").unwrap();
    }
    store
}

#[test]
fn every_module_has_a_column_and_the_names_stay_while_the_modules_scroll() {
    for lang in ["en", "ar"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("p.sqlite");
        drop(store_with_learners(&db));
        let mut h = trainer(&db, lang);
        let tr = Tr::new(lang);
        h.get_by_label(&tr.t("tab-dashboard")).click();
        h.run();
        h.run();
        let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
        let modules = catalog.courses[0].language(lang).modules.clone();
        assert!(modules.len() >= 7);
        for m in &modules {
            h.get_by_role_and_label(Role::ColumnHeader, &m.title);
        }
        let name_at = |h: &Harness<'static, CpmsApp>| h.get_by_role_and_label(Role::Cell, "Bilal Haddad").rect();
        let before = name_at(&h);
        let header = |h: &Harness<'static, CpmsApp>, i: usize| {
            h.get_by_role_and_label(Role::ColumnHeader, &modules[i].title).rect()
        };
        let first_before = header(&h, 0);
        // Scroll the module columns sideways as far as they go, over the table.
        let last = h.get_by_role_and_label(Role::ColumnHeader, &modules[3].title).rect();
        h.hover_at(last.center());
        for _ in 0..10 {
            h.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(if lang == "ar" { 400.0 } else { -400.0 }, 0.0),
                modifiers: egui::Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
            });
            // (a tooltip over the cells keeps asking for frames: run a few, not until still)
            h.run_steps(4);
        }
        let (first, end) = (header(&h, 0), header(&h, modules.len() - 1));
        // The names have not moved; the modules did, and the last one is now in full view,
        // beside the names, not under them.
        assert_eq!(name_at(&h), before, "{lang}");
        assert_ne!(first.left(), first_before.left(), "{lang}: the modules did not scroll");
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 600.0));
        assert!(window.contains_rect(end) && !end.intersects(before), "{lang}: {end:?} names {before:?}");
    }
}

#[test]
fn archiving_and_linking_ask_first_then_reach_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    let store = store_with_learners(&db);
    let (amina, short) = (store.find_learner("Amina Yusuf").unwrap(), store.find_learner("Amina Y.").unwrap());
    drop(store);
    let mut h = trainer(&db, "en");

    // Archive Bilal: asked first; Cancel leaves him; Yes archives him.
    let archive_buttons = h.get_all_by_label("Archive…").count();
    assert_eq!(archive_buttons, 3);
    h.get_all_by_label("Archive…").nth(2).unwrap().click();
    h.run();
    let question = "Archive Bilal Haddad? The profile leaves the start screen and this list, also on the laptops that receive your progress bundles. Their progress stays in the reports.";
    assert!(h.query_by_label(question).is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label(question).is_none());
    assert_eq!(h.state().store().learners().unwrap().len(), 3);
    h.get_all_by_label("Archive…").nth(2).unwrap().click();
    h.run();
    h.get_by_label("Yes, archive").click();
    h.run();
    assert!(h.query_by_label("Bilal Haddad was archived.").is_some());
    let names: Vec<String> = h.state().store().learners().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Amina Y.", "Amina Yusuf"]);
    assert_eq!(h.state().store().archived_learners().unwrap()[0].name, "Bilal Haddad");

    // "Amina Y." is the same person as "Amina Yusuf": chosen, confirmed, linked.
    h.get_all_by_label("Same person as…").next().unwrap().click();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "The other profile of Amina Y. is:").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Amina Yusuf").click();
    h.run();
    h.get_by_label("Count Amina Y. and Amina Yusuf as one person? Their progress is reported and certified together, also on the laptops that receive your progress bundles.");
    h.get_by_label("Yes, one person").click();
    h.run();
    assert!(h.query_by_label("Amina Y. and Amina Yusuf now count as one person.").is_some());
    let store = h.state().store();
    assert_eq!(store.person_of(&short.id).unwrap(), amina.id);
    assert_eq!(store.learners().unwrap().len(), 1, "one person, one profile in the list");
    // Bilal is listed apart as archived, and can be brought back.
    assert!(h.query_by_label("Archived profiles").is_some());
    h.get_by_label("Bring back Bilal Haddad").click();
    h.run();
    assert!(h.query_by_label("Bilal Haddad is back on the start screen.").is_some());
    assert!(h.state().store().archived_learners().unwrap().is_empty());
    assert!(h.query_by_label("Archived profiles").is_none(), "no archived profile left to list");
}

#[test]
fn the_dashboard_follows_a_language_switch() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    drop(store_with_learners(&db));
    let mut h = trainer(&db, "en");
    h.get_by_label("Dashboard").click();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Language").click();
    h.run();
    h.get_by_label("العربية").click();
    h.run();
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    for m in &catalog.courses[0].language("ar").modules {
        h.get_by_role_and_label(Role::ColumnHeader, &m.title);
    }
    let minutes = Tr::new("ar").ta("dashboard-minutes", &[("minutes", 0u32.into())]);
    let cell = format!("Bilal Haddad — {}: ○ · {minutes}", catalog.courses[0].language("ar").modules[0].title);
    h.get_by_role_and_label(Role::Cell, &cell);
}
