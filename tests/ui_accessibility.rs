//! Accessibility through the AccessKit tree (what a screen reader gets), on the real course:
//! every control on the main screens has a name, in English and Arabic; and a quiz item can be
//! answered, checked and left with the keyboard alone (Tab to an option, Space to choose it, Tab
//! to "Check answer", Enter, Enter on "Next question").

use cpms_player::course::{ItemKind, load_catalog};
use cpms_player::i18n::Tr;
use cpms_player::ids::ModuleId;
use cpms_player::progress::{FactKind, Store};
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use std::path::Path;

fn app(dir: &Path, name: &str, lang: &str) -> Harness<'static, CpmsApp> {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let store = Store::open(&dir.join("p.sqlite")).unwrap();
    store.add_learner(name, None, lang).unwrap();
    let app = CpmsApp::new(store, catalog, lang.into());
    let mut h = Harness::builder().with_size([1366.0, 900.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

fn is_control(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::PasswordInput
            | Role::ComboBox
            | Role::Link
            | Role::Slider
            | Role::SpinButton
            | Role::Tab
            | Role::MenuItem
            | Role::ListBoxOption
    )
}

/// The controls on screen that a screen reader would announce without a name.
fn unnamed(h: &Harness<'static, CpmsApp>) -> Vec<String> {
    h.query_all(by().predicate(|n| {
        is_control(n.role())
            && n.label().is_none_or(|l| l.trim().is_empty())
            && n.value().is_none_or(|v| v.trim().is_empty())
    }))
    .map(|n| format!("{:?} at {:?}", n.accesskit_node().role(), n.accesskit_node().bounding_box()))
    .collect()
}

fn named_everywhere(lang: &str, name: &str) {
    let tr = Tr::new(lang);
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), name, lang);
    let mut missing = Vec::new();
    let mut look = |h: &Harness<'static, CpmsApp>, screen: &str| {
        let controls = h.query_all(by().predicate(|n| is_control(n.role()))).count();
        assert!(controls > 0, "{screen}: no controls found");
        missing.extend(unnamed(h).into_iter().map(|m| format!("{screen}: {m}")));
    };
    look(&h, "profiles");
    h.get_by_label(name).click();
    h.run();
    look(&h, "library");
    h.get_by_label(&tr.t("course-overview")).click();
    h.run();
    look(&h, "overview");
    h.get_all_by_label(&tr.t("start-module")).next().unwrap().click();
    h.run();
    look(&h, "lesson");
    let mut back = tr.ta("back", &[("to", tr.t("course-overview").into())]);
    if lang == "ar" {
        back = back.replace('←', "→");
    }
    h.get_by_label(&back).click();
    h.run();
    h.get_all_by_label(&tr.t("take-quiz")).next().unwrap().click();
    h.run();
    look(&h, "quiz");
    assert!(missing.is_empty(), "controls without a name:\n{}", missing.join("\n"));
}

#[test]
fn every_control_has_a_name_in_english() {
    named_everywhere("en", "Amina");
}

#[test]
fn every_control_has_a_name_in_arabic() {
    named_everywhere("ar", "أمينة");
}

/// The focused node's role and name.
fn focused(h: &Harness<'static, CpmsApp>) -> Option<(Role, String)> {
    h.query_all(by().predicate(|n| n.is_focused()))
        .next()
        .map(|n| (n.accesskit_node().role(), n.accesskit_node().label().unwrap_or_default()))
}

/// Tab until the focus is on a node matching `want` (at most 60 presses).
fn tab_to(h: &mut Harness<'static, CpmsApp>, want: impl Fn(Role, &str) -> bool) -> (Role, String) {
    let mut path = Vec::new();
    for _ in 0..40 {
        h.key_press(egui::Key::Tab);
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

#[test]
fn a_quiz_item_is_answered_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    // An attempt of the first quiz whose first item is a single-choice one (the app resumes it).
    {
        let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
        let course = &catalog.courses[0];
        let quiz = course.language("en").quiz(&ModuleId::from("intro")).unwrap();
        let store = Store::open(&dir.path().join("p.sqlite")).unwrap();
        let amina = store.add_learner("Amina", None, "en").unwrap();
        let (seed, plan) = (0..1000u64)
            .map(|seed| {
                (seed, cpms_player::quiz::plan_attempt(&quiz.items, course.draw(&ModuleId::from("intro")), seed))
            })
            .find(|(_, plan)| matches!(quiz.items[plan.items[0].index].kind, ItemKind::SingleChoice { .. }))
            .unwrap();
        let item_ids = plan.items.iter().map(|p| quiz.items[p.index].id.clone()).collect();
        let kind = FactKind::AttemptStarted { quiz_id: quiz.id.clone(), attempt_id: "kb".into(), seed, item_ids };
        store.record(&amina.id, course.id(), &ModuleId::from("intro"), kind).unwrap();
    }
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let app = CpmsApp::new(Store::open(&dir.path().join("p.sqlite")).unwrap(), catalog, "en".into());
    let mut h = Harness::builder().with_size([1366.0, 900.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    // Sign in, open the course and go to the quiz, all from the keyboard.
    tab_to(&mut h, |_, l| l == "Amina");
    h.key_press(egui::Key::Enter);
    h.run();
    tab_to(&mut h, |_, l| l == "Course overview");
    h.key_press(egui::Key::Enter);
    h.run();
    tab_to(&mut h, |_, l| l == "Resume the quiz");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.query_all_by_label("Question 1 of 12").next().is_some(), "the quiz opened");
    // An option of the item, chosen with Space.
    let (_, option) = tab_to(&mut h, |r, _| r == Role::RadioButton);
    h.key_press(egui::Key::Space);
    h.run();
    assert!(
        h.get_by_label(&option).accesskit_node().toggled().is_some_and(|t| t != egui::accesskit::Toggled::False),
        "Space chose '{option}'"
    );
    tab_to(&mut h, |_, l| l == "Check answer");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.get_by_label("Next question").is_focused(), "after checking, the focus is on Next");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.query_all_by_label("Question 2 of 12").next().is_some(), "Enter went on to the next question");
}

/// The trainer area too: every tab's controls have names, in English and Arabic.
fn trainer_named(lang: &str, name: &str) {
    let tr = Tr::new(lang);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    {
        let store = Store::open(&db).unwrap();
        store.add_learner(name, None, lang).unwrap();
        store.set_trainer_passphrase("trainer-pass-1").unwrap();
    }
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let app = CpmsApp::new(Store::open(&db).unwrap(), catalog, lang.into());
    let mut h = Harness::builder().with_size([1366.0, 900.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h.get_by_label(&tr.t("trainer-area")).click();
    h.run();
    let mut missing: Vec<String> = unnamed(&h).into_iter().map(|m| format!("lock: {m}")).collect();
    h.get_by_role(Role::PasswordInput).focus();
    h.get_by_role(Role::PasswordInput).type_text("trainer-pass-1");
    h.run();
    h.get_by_label(&tr.t("trainer-unlock")).click();
    h.run();
    for tab in ["tab-learners", "tab-dashboard", "tab-courses", "tab-data", "tab-stats"] {
        h.get_by_label(&tr.t(tab)).click();
        // The statistics are computed on a thread, with a spinner: paint until they are there.
        // (After two frames the click has been acted on and a running computation shows.)
        let until = std::time::Instant::now() + std::time::Duration::from_secs(120);
        h.run_steps(2);
        while h.query_all_by_label_contains(&tr.t("stats-computing")).next().is_some() {
            assert!(std::time::Instant::now() < until, "the statistics never came");
            std::thread::sleep(std::time::Duration::from_millis(20));
            h.run_steps(2);
        }
        h.run();
        missing.extend(unnamed(&h).into_iter().map(|m| format!("{tab}: {m}")));
    }
    assert!(missing.is_empty(), "controls without a name:\n{}", missing.join("\n"));
}

#[test]
fn every_trainer_control_has_a_name_in_english() {
    trainer_named("en", "Amina");
}

#[test]
fn every_trainer_control_has_a_name_in_arabic() {
    trainer_named("ar", "أمينة");
}
