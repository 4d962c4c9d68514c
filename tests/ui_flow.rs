//! End-to-end UI tests, headless with egui_kittest: create a learner, read lessons, answer a
//! quiz, then drop the app, reopen it on the same database and find the progress there.

mod common;
use common::fixture;
use cpms_player::course::{Catalog, load_catalog};
use cpms_player::ids::CourseId;
use cpms_player::progress::{FactKind, Store};
use cpms_player::ui::CpmsApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn catalog() -> Catalog {
    let tmp = fixture("");
    let catalog = load_catalog(&tmp);
    assert_eq!(catalog.courses.len(), 1, "{:?}", catalog.problems);
    catalog
}

fn harness(db: &std::path::Path) -> Harness<'static, CpmsApp> {
    let app = CpmsApp::new(Store::open(db).unwrap(), catalog(), "en".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

/// Assert that some widget carries `label` (a heading may also be a table-of-contents entry).
#[track_caller]
fn shown(h: &Harness<'static, CpmsApp>, label: &str) {
    assert!(h.query_all_by_label(label).next().is_some(), "nothing labelled {label:?} is shown");
}

/// Answer the current quiz item of the mini course's basics quiz (items are shuffled).
fn answer_current(h: &mut Harness<'static, CpmsApp>) {
    if h.query_by_label("Who is a child?").is_some() {
        h.get_by_label("Anyone under 18").click();
    } else {
        h.get_by_label("Standards help the response.");
        h.get_by_label("True").click();
    }
    h.run();
    h.get_by_label("Check answer").click();
    h.run();
    h.get_by_label("Correct");
}

#[test]
fn a_learner_studies_and_finds_progress_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let mut h = harness(&db);

    // Create a profile.
    shown(&h, "Who is studying?");
    h.get_by_label("Name").focus();
    h.get_by_label("Name").type_text("Amina");
    h.run();
    h.get_by_label("Create profile").click();
    h.run();

    // Library → first lesson → next lesson.
    shown(&h, "Your courses");
    h.get_by_label("Start the course").click();
    h.run();
    shown(&h, "First lesson");
    h.get_by_label("Next →").click();
    h.run();
    shown(&h, "Second lesson");

    // The quiz, from the last lesson of the module.
    h.get_by_label("Take the quiz").click();
    h.run();
    shown(&h, "Question 1 of 2");
    answer_current(&mut h);
    h.get_by_label("Next question").click();
    h.run();
    answer_current(&mut h);
    h.get_by_label("See my results").click();
    h.run();
    h.get_by_label("Your score: 100%");
    h.get_by_label("Back to the course").click();
    h.run();
    h.get_by_label("Quiz passed — best score 100%");
    drop(h);

    // Reopen on the same database: the facts and the resume position are there.
    let store = Store::open(&db).unwrap();
    let learner = store.find_learner("Amina").unwrap();
    let facts = store.facts(&learner.id, &CourseId::from("mini")).unwrap();
    let answered = facts.iter().filter(|f| matches!(f.kind, FactKind::ItemAnswered { correct: true, .. })).count();
    assert_eq!(answered, 2);
    assert!(facts.iter().any(|f| matches!(f.kind, FactKind::AttemptFinished { percent: 100, passed: true, .. })));
    assert_eq!(
        store.resume_position(&learner.id, &CourseId::from("mini")).unwrap(),
        Some(("basics".into(), "b-two".into()))
    );
    drop(store);

    let mut h = harness(&db);
    h.get_by_label("Amina").click();
    h.run();
    h.get_by_label("Continue: Second lesson").click();
    h.run();
    shown(&h, "Second lesson");
    h.get_by_label("← Course overview").click();
    h.run();
    h.get_by_label("Complete");
}

#[test]
fn a_profile_with_a_pin_opens_only_with_that_pin() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    Store::open(&db).unwrap().add_learner("Bilal", Some("2468"), "en").unwrap();
    let mut h = harness(&db);
    h.get_by_label("Bilal  (PIN)").click();
    h.run();
    shown(&h, "PIN:");
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "PIN:").focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "PIN:").type_text("1111");
    h.run();
    h.get_by_label("Open").click();
    h.run();
    h.get_by_label("That PIN is not right. Try again.");
    assert!(h.state().learner().is_none());
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "PIN:").focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "PIN:").type_text("2468");
    h.run();
    h.get_by_label("Open").click();
    h.run();
    shown(&h, "Your courses");
    assert_eq!(h.state().learner().unwrap().name, "Bilal");
}

#[test]
fn every_screen_has_a_way_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    Store::open(&db).unwrap().add_learner("Chidi", None, "en").unwrap();
    let mut h = harness(&db);
    h.get_by_label("Chidi").click();
    h.run();
    h.get_by_label("Course overview").click();
    h.run();
    h.get_by_label("Take the final assessment").click();
    h.run();
    shown(&h, "Question 1 of 2");
    h.get_by_label("← Leave the quiz").click();
    h.run();
    // Leaving a running quiz asks first; the attempt can be resumed later.
    shown(&h, "Leave the quiz?");
    h.get_by_label("Leave and keep my answers").click();
    h.run();
    shown(&h, "Resume the quiz");
    h.get_by_label("Lessons").click();
    h.run();
    h.get_by_label("First lesson").click();
    h.run();
    h.get_by_label("← Course overview").click();
    h.run();
    h.get_by_label("← Library").click();
    h.run();
    h.get_by_label("Switch learner").click();
    h.run();
    shown(&h, "Who is studying?");
}

#[test]
fn the_trainer_area_is_locked_then_manages_learners() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let mut h = harness(&db);
    h.get_by_label("Trainer area").click();
    h.run();
    // First use: choose a passphrase (twice).
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase").focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase").type_text("trainer-pass-1");
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase again").focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase again").type_text("trainer-pass-2");
    h.run();
    h.get_by_label("Set the passphrase").click();
    h.run();
    shown(&h, "The two passphrases are not the same.");
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase again").focus();
    h.key_press(egui::Key::Backspace);
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase again").focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase again").type_text("1");
    h.run();
    h.get_by_label("Set the passphrase").click();
    h.run();
    // Unlocked: add a learner, rename, remove with confirmation.
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Name").focus();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Name").type_text("Trainee One");
    h.run();
    h.get_by_label("Add learner").click();
    h.run();
    shown(&h, "One learner added.");
    shown(&h, "Trainee One");
    h.get_by_label("Remove").click();
    h.run();
    shown(&h, "Remove Trainee One? Their progress stays in reports of merged laptops, but the profile disappears.");
    h.get_by_label("Yes, remove").click();
    h.run();
    shown(&h, "Trainee One was removed.");
    assert!(h.state().store().learners().unwrap().is_empty());
    h.get_by_label("Dashboard").click();
    h.run();
    shown(&h, "Export CSV report…");
    h.get_by_label("← Leave the trainer area").click();
    h.run();
    shown(&h, "Who is studying?");

    // Next time the passphrase is asked, and a wrong one is refused.
    drop(h);
    let mut h = harness(&db);
    h.get_by_label("Trainer area").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase").focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase").type_text("wrong-passphrase");
    h.run();
    h.get_by_label("Unlock").click();
    h.run();
    shown(&h, "That passphrase is not right.");
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase").focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, "Passphrase").type_text("trainer-pass-1");
    h.run();
    h.get_by_label("Unlock").click();
    h.run();
    shown(&h, "Add learner");
}
