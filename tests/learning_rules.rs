//! The learning rules (`learning`): module status, course completion, study time and
//! certificate eligibility, decided in one place. Each case is checked where a learner sees it
//! (`Store::progress`, the overview and library) and where a trainer sees it (`Store::report`,
//! the dashboard and the CSV), and the two must agree.

mod common;
use common::fixture;
use cpms_player::certificate::{self, CertificateError};
use cpms_player::course::{Course, load_course};
use cpms_player::ids::{CourseId, LearnerId, ModuleId};
use cpms_player::learning::{self, ModuleStatus};
use cpms_player::progress::{Fact, FactKind, Store};
use cpms_player::quiz::Response;

const T0: i64 = 1_780_000_000_000;
const MIN: i64 = 60_000;

fn course() -> Course {
    load_course(&fixture("mini")).unwrap()
}

/// A fact of `learner` in the mini course at a given time.
fn at(store: &Store, learner: &LearnerId, module: &str, when: i64, kind: FactKind) {
    let fact = Fact {
        id: uuid::Uuid::new_v4().to_string().into(),
        learner_id: learner.clone(),
        device_id: store.device_id().clone(),
        at: when,
        course_id: "mini".into(),
        module_id: module.into(),
        kind,
    };
    assert!(store.insert_fact(&fact).unwrap());
}

fn visit(lesson: &str) -> FactKind {
    FactKind::LessonVisited { lesson_id: lesson.into() }
}

fn started(module: &str, attempt: &str) -> FactKind {
    FactKind::AttemptStarted {
        quiz_id: format!("{module}-quiz"),
        attempt_id: attempt.into(),
        seed: 7,
        item_ids: vec!["q1".into(), "q2".into()],
    }
}

fn answered(module: &str, attempt: &str) -> FactKind {
    FactKind::ItemAnswered {
        quiz_id: format!("{module}-quiz"),
        attempt_id: attempt.into(),
        item_id: "q1".into(),
        response: Response::Choice("a".into()),
        correct: true,
        credit: 1.0,
    }
}

fn finished(module: &str, attempt: &str, percent: u8, passed: bool) -> FactKind {
    FactKind::AttemptFinished { quiz_id: format!("{module}-quiz"), attempt_id: attempt.into(), percent, passed }
}

/// The status of a module as the learner sees it and as the trainer's report shows it; the
/// test fails when the two disagree.
fn status(store: &Store, course: &Course, learner: &LearnerId, module: &str) -> ModuleStatus {
    let learner_view = store.progress(learner, course).unwrap().module(&ModuleId::from(module)).unwrap().status;
    let rows = store.report(course).unwrap();
    let row = rows.iter().find(|r| r.learner_id == *learner && r.module_id == module).unwrap();
    assert_eq!(learner_view, row.status, "learner screens and trainer report disagree on {module}");
    learner_view
}

#[test]
fn an_unfinished_attempt_without_lessons_is_in_progress_for_learner_and_trainer() {
    let (store, course) = (Store::open_in_memory().unwrap(), course());
    let l = store.add_learner("Noor", None, "en").unwrap();
    at(&store, &l.id, "basics", T0, started("basics", "a1"));
    at(&store, &l.id, "basics", T0 + MIN, answered("basics", "a1"));
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::InProgress);
    assert_eq!(status(&store, &course, &l.id, "final"), ModuleStatus::NotStarted);
    let csv = cpms_player::progress::report_csv(&store.report(&course).unwrap()).unwrap();
    assert!(csv.lines().any(|line| line.contains(",basics,in_progress,0,2,")), "{csv}");
}

#[test]
fn a_started_attempt_alone_puts_a_module_in_progress() {
    let (store, course) = (Store::open_in_memory().unwrap(), course());
    let l = store.add_learner("Omar", None, "en").unwrap();
    assert_eq!(status(&store, &course, &l.id, "final"), ModuleStatus::NotStarted);
    at(&store, &l.id, "final", T0, started("final", "f1"));
    assert_eq!(status(&store, &course, &l.id, "final"), ModuleStatus::InProgress);
}

#[test]
fn each_status_transition_of_a_module() {
    let (store, course) = (Store::open_in_memory().unwrap(), course());
    let l = store.add_learner("Petra", None, "en").unwrap();
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::NotStarted);
    // Not started → in progress by a lesson.
    at(&store, &l.id, "basics", T0, visit("b-one"));
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::InProgress);
    at(&store, &l.id, "basics", T0 + MIN, visit("b-two"));
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::InProgress, "quiz not passed yet");
    // A failed attempt leaves it in progress.
    at(&store, &l.id, "basics", T0 + 2 * MIN, started("basics", "a1"));
    at(&store, &l.id, "basics", T0 + 3 * MIN, finished("basics", "a1", 40, false));
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::InProgress);
    // A passed attempt, with every lesson seen, completes it.
    at(&store, &l.id, "basics", T0 + 4 * MIN, started("basics", "a2"));
    at(&store, &l.id, "basics", T0 + 5 * MIN, finished("basics", "a2", 90, true));
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::Complete);
    // A later failed attempt does not undo a pass.
    at(&store, &l.id, "basics", T0 + 6 * MIN, finished("basics", "a3", 10, false));
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::Complete);
}

#[test]
fn a_passed_quiz_with_lessons_unseen_is_still_in_progress() {
    let (store, course) = (Store::open_in_memory().unwrap(), course());
    let l = store.add_learner("Quinn", None, "en").unwrap();
    at(&store, &l.id, "basics", T0, finished("basics", "a1", 100, true));
    assert_eq!(status(&store, &course, &l.id, "basics"), ModuleStatus::InProgress);
}

#[test]
fn the_course_is_complete_with_every_lesson_and_quiz_and_xapi_dates_it_there() {
    let (store, course) = (Store::open_in_memory().unwrap(), course());
    let l = store.add_learner("Rosa", None, "en").unwrap();
    at(&store, &l.id, "basics", T0, visit("b-one"));
    at(&store, &l.id, "basics", T0 + MIN, finished("basics", "a1", 100, true));
    at(&store, &l.id, "final", T0 + 2 * MIN, finished("final", "f1", 85, true));
    let p = store.progress(&l.id, &course).unwrap();
    assert!(!p.complete, "lesson b-two not seen");
    let facts = store.facts(&l.id, &CourseId::from("mini")).unwrap();
    assert!(cpms_player::xapi::statement::completing_fact(&course, &facts).is_none());
    assert!(matches!(certificate::issue(&store, &course, &l.id), Err(CertificateError::NotComplete(_))));

    at(&store, &l.id, "basics", T0 + 3 * MIN, visit("b-two"));
    let p = store.progress(&l.id, &course).unwrap();
    assert!(p.complete);
    assert_eq!(p.fraction, 1.0);
    assert!(p.modules.iter().all(|m| m.status == ModuleStatus::Complete));
    let facts = store.facts(&l.id, &CourseId::from("mini")).unwrap();
    let (completing, best_final) = cpms_player::xapi::statement::completing_fact(&course, &facts).unwrap();
    assert_eq!((completing.at, best_final), (T0 + 3 * MIN, Some(85)), "completed with the last lesson seen");
    // The certificate is dated at the first pass of the final assessment, with its score.
    let cert = certificate::issue(&store, &course, &l.id).unwrap();
    assert_eq!((cert.completed_at, cert.final_score), (T0 + 2 * MIN, 85));
}

#[test]
fn study_time_caps_each_gap_at_ten_minutes() {
    let (store, course) = (Store::open_in_memory().unwrap(), course());
    let l = store.add_learner("Sami", None, "en").unwrap();
    // Gaps: 5 min, 3 h (a break: counts 10), 2 min; then the final, 9 min later.
    at(&store, &l.id, "basics", T0, visit("b-one"));
    at(&store, &l.id, "basics", T0 + 5 * MIN, visit("b-two"));
    at(&store, &l.id, "basics", T0 + 185 * MIN, finished("basics", "a1", 100, true));
    at(&store, &l.id, "basics", T0 + 187 * MIN, visit("b-one"));
    at(&store, &l.id, "final", T0 + 196 * MIN, finished("final", "f1", 90, true));
    let rows = store.report(&course).unwrap();
    let minutes = |m: &str| rows.iter().find(|r| r.module_id == m).unwrap().minutes;
    assert_eq!((minutes("basics"), minutes("final")), (17, 9));
    assert_eq!(certificate::issue(&store, &course, &l.id).unwrap().study_minutes, 26);
    // The rule itself: a gap is counted up to MAX_GAP_MS, never negative.
    assert_eq!(learning::MAX_GAP_MS, 10 * MIN);
    assert_eq!(learning::study_minutes([0, 5 * MIN, 185 * MIN, 187 * MIN]), 17);
    assert_eq!(learning::counted_gap(10 * MIN, 0), 0);
}

#[test]
fn a_certificate_needs_the_final_assessment_passed_and_the_course_complete() {
    let (store, course) = (Store::open_in_memory().unwrap(), course());
    let l = store.add_learner("Tariq", None, "en").unwrap();
    at(&store, &l.id, "basics", T0, visit("b-one"));
    at(&store, &l.id, "basics", T0 + MIN, visit("b-two"));
    at(&store, &l.id, "basics", T0 + 2 * MIN, finished("basics", "a1", 100, true));
    at(&store, &l.id, "final", T0 + 3 * MIN, finished("final", "f1", 70, false));
    assert!(matches!(certificate::issue(&store, &course, &l.id), Err(CertificateError::NotComplete(_))));
    at(&store, &l.id, "final", T0 + 4 * MIN, finished("final", "f2", 95, true));
    at(&store, &l.id, "final", T0 + 5 * MIN, finished("final", "f3", 82, true));
    let cert = certificate::issue(&store, &course, &l.id).unwrap();
    assert_eq!((cert.completed_at, cert.final_score), (T0 + 4 * MIN, 95), "first pass, best score");
}

#[test]
fn the_learner_overview_and_the_trainer_dashboard_show_an_unfinished_attempt_alike() {
    use cpms_player::ui::CpmsApp;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    {
        let store = Store::open(&db).unwrap();
        let l = store.add_learner("Noor", None, "en").unwrap();
        at(&store, &l.id, "basics", T0, started("basics", "a1"));
        at(&store, &l.id, "basics", T0 + MIN, answered("basics", "a1"));
        let rows = store.report(&course()).unwrap();
        assert_eq!(rows.iter().find(|r| r.module_id == "basics").unwrap().status, ModuleStatus::InProgress);
    }
    let app = CpmsApp::new(Store::open(&db).unwrap(), cpms_player::course::load_catalog(&fixture("")), "en".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h.get_by_label("Noor").click();
    h.run();
    h.get_by_label("Course overview").click();
    h.run();
    // Basics is in progress (the attempt), the final assessment not started.
    assert_eq!(h.query_all_by_label("In progress").count(), 1);
    assert_eq!(h.query_all_by_label("Not started").count(), 1);
}

#[test]
fn without_a_final_assessment_the_certificate_rests_on_the_quiz_finished_last() {
    let (_tmp, dir) = common::mini_copy();
    common::edit(
        &dir.join("course.ron"),
        "final_assessment: Some(FinalAssessment(module: \"final\", draw: 2, pass_mark: 80)),",
        "final_assessment: None,",
    );
    let course = load_course(&dir).unwrap();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Umar", None, "en").unwrap();
    at(&store, &l.id, "basics", T0, visit("b-one"));
    at(&store, &l.id, "basics", T0 + MIN, visit("b-two"));
    at(&store, &l.id, "final", T0 + 2 * MIN, finished("final", "f1", 75, true));
    at(&store, &l.id, "basics", T0 + 3 * MIN, finished("basics", "a1", 60, false));
    assert!(matches!(certificate::issue(&store, &course, &l.id), Err(CertificateError::NotComplete(_))));
    at(&store, &l.id, "basics", T0 + 4 * MIN, finished("basics", "a2", 90, true));
    at(&store, &l.id, "basics", T0 + 5 * MIN, finished("basics", "a3", 100, true));
    let cert = certificate::issue(&store, &course, &l.id).unwrap();
    assert_eq!((cert.completed_at, cert.final_score), (T0 + 4 * MIN, 100), "basics, finished last: first pass, best");
}
