//! Every screen with the keyboard alone (egui_kittest, the real course): Tab and Shift+Tab move
//! the focus, Enter and Space press, typing goes into the focused field. Journeys: sign in with
//! a PIN; open the course overview, a module's lesson list and a lesson; scroll the lesson with
//! Page Down, the arrows and Space; search and open a result; unlock the trainer area and go
//! through its tabs. (The quiz journey is in tests/ui_accessibility.rs.)

mod common;
use cpms_player::course::load_catalog;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use std::path::Path;

fn app(dir: &Path) -> Harness<'static, CpmsApp> {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let app = CpmsApp::new(Store::open(&dir.join("p.sqlite")).unwrap(), catalog, "en".into());
    let mut h = Harness::builder().with_size([1366.0, 768.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

/// The focused node's role and name.
fn focused(h: &Harness<'static, CpmsApp>) -> Option<(Role, String)> {
    h.query_all(by().predicate(|n| n.is_focused()))
        .next()
        .map(|n| (n.accesskit_node().role(), n.accesskit_node().label().unwrap_or_default()))
}

fn press(h: &mut Harness<'static, CpmsApp>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

/// Press Tab (Shift+Tab with `back`) until the focus is on a node matching `want`.
#[track_caller]
fn tab_until(h: &mut Harness<'static, CpmsApp>, back: bool, want: impl Fn(Role, &str) -> bool) -> (Role, String) {
    let mut path = Vec::new();
    for _ in 0..60 {
        if back {
            h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
        } else {
            h.key_press(egui::Key::Tab);
        }
        h.run();
        let now = focused(h);
        if let Some((role, label)) = &now
            && want(*role, label)
        {
            return (*role, label.clone());
        }
        path.push(format!("{now:?}"));
    }
    panic!("Tab never reached the control; it went through {}", path.join(", "));
}

#[track_caller]
fn tab_to(h: &mut Harness<'static, CpmsApp>, label: &str) {
    tab_until(h, false, |_, l| l == label);
}

/// Paint until the screen is still (the item statistics are computed on a thread, with a spinner).
fn settle(h: &mut Harness<'static, CpmsApp>) {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while h.try_run().is_err() {
        assert!(std::time::Instant::now() < until, "the screen never settled");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Type text into the focused field, as a keyboard does.
fn type_keys(h: &mut Harness<'static, CpmsApp>, text: &str) {
    h.event(egui::Event::Text(text.into()));
    h.run();
}

#[test]
fn sign_in_with_a_pin_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p.sqlite")).unwrap();
    store.add_learner("Amina", None, "en").unwrap();
    store.add_learner("Bilal", Some("2468"), "en").unwrap();
    drop(store);
    let mut h = app(dir.path());
    // Tab goes past Bilal to the next control; Shift+Tab comes back.
    tab_to(&mut h, "Bilal  (PIN)");
    let (_, next) = tab_until(&mut h, false, |_, _| true);
    assert_ne!(next, "Bilal  (PIN)");
    tab_until(&mut h, true, |_, l| l == "Bilal  (PIN)");
    press(&mut h, egui::Key::Enter);
    assert_eq!(focused(&h).map(|f| f.0), Some(Role::PasswordInput), "the PIN field has the keyboard");
    type_keys(&mut h, "2468");
    press(&mut h, egui::Key::Enter);
    assert_eq!(h.state().learner().map(|l| l.name.as_str()), Some("Bilal"), "Enter in the PIN field opens the profile");
}

#[test]
fn a_module_and_its_lessons_open_from_the_keyboard_and_a_lesson_scrolls() {
    let dir = tempfile::tempdir().unwrap();
    Store::open(&dir.path().join("p.sqlite")).unwrap().add_learner("Amina", None, "en").unwrap();
    let mut h = app(dir.path());
    tab_to(&mut h, "Amina");
    press(&mut h, egui::Key::Enter);
    tab_to(&mut h, "Course overview");
    press(&mut h, egui::Key::Enter);
    // A module's lesson list opens with Space on its header; a lesson opens with Enter.
    tab_to(&mut h, "Lessons");
    press(&mut h, egui::Key::Space);
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let module = &catalog.courses[0].language("en").modules[0];
    let second = &module.lessons[1].title;
    tab_until(&mut h, false, |_, l| l.contains(second.as_str()));
    press(&mut h, egui::Key::Enter);
    assert!(h.query_all_by_label(second).next().is_some(), "the lesson {second:?} opened");

    // The lesson scrolls with Page Down, Page Up, the arrows and Space (and Shift+Space), also
    // right after it was opened from the keyboard.
    let top = |h: &Harness<'static, CpmsApp>| h.get_all_by_label(second).last().unwrap().rect().top();
    let start = top(&h);
    press(&mut h, egui::Key::PageDown);
    let paged = top(&h);
    assert!(paged < start - 200.0, "Page Down scrolled: {start} → {paged}");
    press(&mut h, egui::Key::PageUp);
    assert!((top(&h) - start).abs() < 1.0, "Page Up came back: {start} → {}", top(&h));
    press(&mut h, egui::Key::ArrowDown);
    let down = top(&h);
    assert!(down < start - 10.0, "↓ scrolled: {start} → {down}");
    press(&mut h, egui::Key::Space);
    assert!(top(&h) < down - 200.0, "Space scrolled a page: {down} → {}", top(&h));
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Space);
    h.run();
    assert!((top(&h) - down).abs() < 1.0, "Shift+Space came back: {down} → {}", top(&h));
    press(&mut h, egui::Key::ArrowUp);
    assert!((top(&h) - start).abs() < 1.0, "↑ came back: {start} → {}", top(&h));
    // Every control Tab reaches is scrolled into view.
    for _ in 0..40 {
        press(&mut h, egui::Key::Tab);
        let node = h.query_all(by().predicate(|n| n.is_focused())).next().expect("a control has the focus");
        let rect = node.rect();
        assert!(
            rect.top() >= 0.0 && rect.bottom() <= 768.0,
            "{:?} focused out of view at {rect:?}",
            node.accesskit_node().label()
        );
    }
    // With a button focused (arrows and Space are then the button's), Page Down still scrolls.
    tab_until(&mut h, false, |r, _| r == Role::Button);
    let before = top(&h);
    press(&mut h, egui::Key::PageDown);
    assert!(top(&h) < before - 200.0, "Page Down with a button focused: {before} → {}", top(&h));
}

#[test]
fn search_and_open_a_result_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    Store::open(&dir.path().join("p.sqlite")).unwrap().add_learner("Amina", None, "en").unwrap();
    let mut h = app(dir.path());
    tab_to(&mut h, "Amina");
    press(&mut h, egui::Key::Enter);
    tab_to(&mut h, "Course overview");
    press(&mut h, egui::Key::Enter);
    tab_to(&mut h, "🔍 Search");
    press(&mut h, egui::Key::Enter);
    assert_eq!(focused(&h).map(|f| f.0), Some(Role::TextInput), "the search field has the keyboard");
    // The index is built on its own thread.
    for _ in 0..500 {
        if h.query_by_label("Preparing the search…").is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run();
    }
    type_keys(&mut h, "birth registration");
    // Tab from the field to the first lesson found (glossary entries say so first); Enter opens it.
    let (_, result) = tab_until(&mut h, false, |r, l| r == Role::Link && !l.starts_with("Glossary ·"));
    press(&mut h, egui::Key::Enter);
    assert!(h.query_by_label("Search for").is_none(), "Enter on {result:?} left the search screen");
    let lesson = result.rsplit(" › ").next().unwrap();
    assert!(h.query_all_by_label(lesson).next().is_some(), "the lesson {lesson:?} is shown");
    assert!(h.query_by_label("Next →").is_some(), "a lesson is shown");
}

#[test]
fn the_trainer_area_is_unlocked_and_its_tabs_chosen_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p.sqlite")).unwrap();
    store.add_learner("Amina", None, "en").unwrap();
    store.set_trainer_passphrase(common::TRAINER_PASS).unwrap();
    drop(store);
    let mut h = app(dir.path());
    tab_to(&mut h, "Trainer area");
    press(&mut h, egui::Key::Enter);
    assert_eq!(focused(&h).map(|f| f.0), Some(Role::PasswordInput), "the passphrase field has the keyboard");
    type_keys(&mut h, common::TRAINER_PASS);
    press(&mut h, egui::Key::Enter);
    assert!(h.query_by_label("Add learner").is_some(), "Enter unlocked the trainer area");
    for tab in ["Dashboard", "Courses", "Progress and backups", "Item statistics", "Learners"] {
        tab_to(&mut h, tab);
        h.key_press(egui::Key::Space);
        settle(&mut h);
        let chosen = h.get_by_label(tab).accesskit_node().toggled();
        assert_eq!(chosen, Some(egui::accesskit::Toggled::True), "Space chose the tab {tab:?}");
    }
    assert!(h.query_by_label("Add learner").is_some(), "back on the learners tab");
}
