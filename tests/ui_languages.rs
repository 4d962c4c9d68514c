//! The main flow in every interface language, headless (egui_kittest): the interface strings,
//! the course content and the quiz all appear in the learner's language, Arabic included.

mod common;
use common::fixture;
use cpms_player::course::{ItemKind, load_catalog};
use cpms_player::i18n::{Arg, LANGUAGES, Tr};
use cpms_player::ids::ModuleId;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

#[track_caller]
fn shown(h: &Harness<'static, CpmsApp>, label: &str) {
    assert!(h.query_all_by_label(label).next().is_some(), "nothing labelled {label:?} is shown");
}

fn flow(lang: &str) {
    let tr = Tr::new(lang);
    let catalog = load_catalog(&fixture(""));
    let course = catalog.courses[0].clone();
    let content = course.language(lang).clone();
    let dir = tempfile::tempdir().unwrap();
    let app = CpmsApp::new(Store::open(&dir.path().join("p.sqlite")).unwrap(), catalog, "en".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();

    // Choose the language on the start screen: the interface switches at once.
    let name = LANGUAGES.iter().find(|(c, _)| *c == lang).unwrap().1;
    h.get_all_by_label(name).next().unwrap().click();
    h.run();
    assert_eq!(h.state().language(), lang);
    shown(&h, &tr.t("profiles-title"));
    h.get_by_label(&tr.t("name-label")).focus();
    h.get_by_label(&tr.t("name-label")).type_text("Learner");
    h.run();
    h.get_by_label(&tr.t("create-profile")).click();
    h.run();
    assert_eq!(h.state().learner().unwrap().language, lang);

    shown(&h, &tr.t("library-title"));
    h.get_by_label(&tr.t("start-course")).click();
    h.run();
    let basics = content.module(&ModuleId::from("basics")).unwrap();
    shown(&h, &basics.lessons[0].title);
    // In right-to-left languages "next" points left.
    let next = if tr.rtl() { tr.t("next").replace('→', "←") } else { tr.t("next") };
    h.get_by_label(&next).click();
    h.run();
    shown(&h, &basics.lessons[1].title);
    h.get_by_label(&tr.t("take-quiz")).click();
    h.run();
    for n in 1..=2 {
        shown(&h, &tr.ta("question-of", &[("n", Arg::from(n as usize)), ("total", Arg::from(2usize))]));
        let item = basics
            .quiz
            .as_ref()
            .unwrap()
            .items
            .iter()
            .find(|i| h.query_by_label(&i.prompt).is_some())
            .expect("a prompt is shown");
        match &item.kind {
            ItemKind::SingleChoice { options } => {
                h.get_by_label(&options.iter().find(|o| o.correct).unwrap().text).click()
            }
            ItemKind::TrueFalse { answer } => h.get_by_label(&tr.t(if *answer { "true" } else { "false" })).click(),
            other => panic!("unexpected item kind {other:?}"),
        }
        h.run();
        h.get_by_label(&tr.t("check-answer")).click();
        h.run();
        shown(&h, &tr.t("correct"));
        h.get_by_label(&tr.t(if n == 2 { "see-results" } else { "next-question" })).click();
        h.run();
    }
    shown(&h, &tr.ta("your-score", &[("percent", Arg::from(100u8))]));
}

#[test]
fn the_main_flow_runs_in_french() {
    flow("fr");
}

#[test]
fn the_main_flow_runs_in_spanish() {
    flow("es");
}

#[test]
fn the_main_flow_runs_in_arabic() {
    flow("ar");
}

#[test]
fn the_main_flow_runs_in_english() {
    flow("en");
}

#[test]
fn mistakes_are_explained_in_the_learners_language() {
    let dir = tempfile::tempdir().unwrap();
    let app = CpmsApp::new(Store::open(&dir.path().join("p.sqlite")).unwrap(), load_catalog(&fixture("")), "ar".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    let tr = Tr::new("ar");
    h.get_by_label(&tr.t("name-label")).focus();
    h.get_by_label(&tr.t("name-label")).type_text("أمينة");
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, &tr.t("pin-optional")).focus();
    h.get_by_role_and_label(egui::accesskit::Role::PasswordInput, &tr.t("pin-optional")).type_text("12");
    h.run();
    h.get_by_label(&tr.t("create-profile")).click();
    h.run();
    let message = tr.t("rule-pin-format");
    assert_ne!(message, Tr::new("en").t("rule-pin-format"), "translated");
    shown(&h, &message);
    assert!(h.state().learner().is_none());
}
