//! Profile journeys (egui_kittest): the PIN field has the keyboard when it opens, wrong PINs
//! are slowed down after five (a countdown, kept across restarts, cleared by a trainer), a new
//! PIN is typed twice, and an error goes as soon as the field is changed.

mod common;
use common::fixture;
use cpms_player::course::load_catalog;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn harness(db: &std::path::Path) -> Harness<'static, CpmsApp> {
    let app = CpmsApp::new(Store::open(db).unwrap(), load_catalog(&fixture("")), "en".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

#[track_caller]
fn shown(h: &Harness<'static, CpmsApp>, label: &str) {
    assert!(h.query_all_by_label(label).next().is_some(), "nothing labelled {label:?} is shown");
}

fn try_pin(h: &mut Harness<'static, CpmsApp>, pin: &str) {
    h.get_by_role_and_label(Role::PasswordInput, "PIN:").focus();
    h.get_by_role_and_label(Role::PasswordInput, "PIN:").type_text(pin);
    h.run();
    h.get_by_label("Open").click();
    h.run();
}

#[test]
fn wrong_pins_are_slowed_down_and_a_trainer_can_clear_that() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    let bilal = Store::open(&db).unwrap().add_learner("Bilal", Some("2468"), "en").unwrap();
    {
        let mut h = harness(&db);
        h.get_by_label("Bilal  (PIN)").click();
        h.run();
        assert!(h.get_by_role_and_label(Role::PasswordInput, "PIN:").is_focused(), "the PIN field has the keyboard");
        for _ in 0..5 {
            try_pin(&mut h, "1111");
        }
        // Now every try waits, shown as a countdown; even the right PIN is not tried.
        assert!(h.query_all_by_label_contains("Try again in").next().is_some(), "a countdown is shown");
        assert!(h.get_by_label("Open").accesskit_node().is_disabled());
        assert!(h.state().learner().is_none());
    }
    // Kept across a restart.
    let store = Store::open(&db).unwrap();
    assert_eq!(store.pin_failures(&bilal.id).unwrap().0, 5);
    assert!(store.pin_wait_secs(&bilal.id).unwrap() > 20);
    let mut h = harness(&db);
    h.get_by_label("Bilal  (PIN)").click();
    h.run();
    assert!(h.get_by_label("Open").accesskit_node().is_disabled(), "still waiting after a restart");
    // A trainer clears the wrong tries.
    store.set_trainer_passphrase("trainer-pass-1").unwrap();
    common::unlock_trainer(&mut h, "en");
    h.get_by_label("Clear wrong PIN tries").click();
    h.run();
    assert_eq!(store.pin_failures(&bilal.id).unwrap().0, 0);
    h.get_by_label("← Leave the trainer area").click();
    h.run();
    h.get_by_label("Bilal  (PIN)").click();
    h.run();
    try_pin(&mut h, "2468");
    assert_eq!(h.state().learner().unwrap().name, "Bilal");
}

#[test]
fn a_new_pin_is_typed_twice_and_errors_go_when_the_field_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir.path().join("p.sqlite"));
    h.get_by_label("Name").focus();
    h.get_by_label("Name").type_text("Chidi");
    h.get_by_role_and_label(Role::PasswordInput, "PIN (optional)").focus();
    h.get_by_role_and_label(Role::PasswordInput, "PIN (optional)").type_text("1357");
    h.run();
    h.get_by_role_and_label(Role::PasswordInput, "PIN again:").focus();
    h.get_by_role_and_label(Role::PasswordInput, "PIN again:").type_text("1358");
    h.run();
    h.get_by_label("Create profile").click();
    h.run();
    shown(&h, "The two PINs are not the same. Type the PIN again in both fields.");
    assert!(h.state().learner().is_none());
    // Typing again clears the message.
    h.get_by_role_and_label(Role::PasswordInput, "PIN again:").focus();
    h.key_press(egui::Key::Backspace);
    h.run();
    assert!(h.query_by_label("The two PINs are not the same. Type the PIN again in both fields.").is_none());
    h.get_by_role_and_label(Role::PasswordInput, "PIN again:").focus();
    h.get_by_role_and_label(Role::PasswordInput, "PIN again:").type_text("7");
    h.run();
    // "Show the PIN" shows what was typed.
    h.get_by_label("Show the PIN").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::PasswordInput, "PIN again:").is_none(), "shown as plain text");
    h.get_by_label("Create profile").click();
    h.run();
    assert_eq!(h.state().learner().unwrap().name, "Chidi");
}

#[test]
fn many_profiles_get_a_filter_and_the_trainer_entry_stays_in_view() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    let store = Store::open(&db).unwrap();
    for i in 0..14 {
        store.add_learner(&format!("Learner {i:02}"), None, "en").unwrap();
    }
    store.add_learner("أمينة", None, "ar").unwrap();
    let mut h = harness(&db);
    let trainer = h.get_by_label("Trainer area").rect();
    assert!(trainer.bottom() < 800.0, "the trainer entry is on screen: {trainer:?}");
    h.get_by_label("Find a profile:").focus();
    h.get_by_label("Find a profile:").type_text("امينه");
    h.run();
    // Without hamza and with a plain taa: the Arabic name is still found; the others are hidden.
    assert!(h.query_by_label("أمينة").is_some());
    assert!(h.query_by_label("Learner 03").is_none());
    h.get_by_label("أمينة").click();
    h.run();
    assert_eq!(h.state().learner().unwrap().name, "أمينة");
}

/// A trainer's laptop may hold thousands of profiles: the list shows the first 40 and says how
/// many more there are; any of them is found by typing part of its name.
#[test]
fn thousands_of_profiles_are_listed_forty_at_a_time_and_found_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    let store = Store::open(&db).unwrap();
    for i in 0..45 {
        store.add_learner(&format!("Learner {i:02}"), None, "en").unwrap();
    }
    let mut h = harness(&db);
    let listed = (0..45).filter(|i| h.query_by_label(&format!("Learner {i:02}")).is_some()).count();
    assert_eq!(listed, 40);
    shown(&h, "5 more profiles are not listed: type part of a name above to find one.");
    let missing = (0..45).map(|i| format!("Learner {i:02}")).find(|n| h.query_by_label(n).is_none()).unwrap();
    h.get_by_label("Find a profile:").focus();
    h.get_by_label("Find a profile:").type_text(&missing);
    h.run();
    assert!(h.query_by_label("5 more profiles are not listed: type part of a name above to find one.").is_none());
    h.get_by_label(&missing).click();
    h.run();
    assert_eq!(h.state().learner().unwrap().name, missing);
}
