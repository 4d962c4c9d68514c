//! The SQLite progress store: learners, durable facts, derived progress, resume, reopening.

mod common;
use common::fixture;
use cpms_player::course::load_course;
use cpms_player::ids::{CourseId, LearnerId, ModuleId};
use cpms_player::progress::{FactKind, ModuleStatus, Store};
use cpms_player::quiz::Response;

fn visit(store: &Store, learner: &LearnerId, module: &str, lesson: &str) {
    store
        .record(
            learner,
            &CourseId::from("mini"),
            &ModuleId::from(module),
            FactKind::LessonVisited { lesson_id: lesson.into() },
        )
        .unwrap();
}

fn finish(store: &Store, learner: &LearnerId, module: &str, percent: u8, passed: bool) {
    let quiz_id = format!("{module}-quiz");
    store
        .record(
            learner,
            &CourseId::from("mini"),
            &ModuleId::from(module),
            FactKind::AttemptFinished { quiz_id, attempt_id: uuid::Uuid::new_v4().to_string().into(), percent, passed },
        )
        .unwrap();
}

#[test]
fn learners_are_created_validated_and_found() {
    let store = Store::open_in_memory().unwrap();
    let a = store.add_learner("  أمينة يوسف ", Some("1234"), "ar").unwrap();
    assert_eq!(a.name, "أمينة يوسف");
    assert!(a.has_pin);
    store.add_learner("Bruno", None, "fr").unwrap();
    assert!(store.add_learner("   ", None, "en").is_err());
    assert!(store.add_learner("Carla", Some("12"), "en").is_err(), "PIN too short");
    assert!(store.add_learner("Carla", Some("12ab"), "en").is_err(), "PIN not digits");
    let names: Vec<String> = store.learners().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Bruno", "أمينة يوسف"]);
    assert!(store.check_pin(&a.id, "1234").unwrap());
    assert!(!store.check_pin(&a.id, "4321").unwrap());
    assert_eq!(store.find_learner("أمينة يوسف").unwrap().id, a.id);
    assert_eq!(store.find_learner(a.id.as_str()).unwrap().name, a.name);
    assert!(store.find_learner("nobody").is_err());
}

#[test]
fn the_pin_is_never_stored_in_clear() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.sqlite");
    let store = Store::open(&path).unwrap();
    store.add_learner("Dana", Some("905123"), "en").unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let hash: String = conn.query_row("SELECT pin_hash FROM learners", [], |r| r.get(0)).unwrap();
    assert!(hash.starts_with("$argon2"), "{hash}");
    assert!(!hash.contains("905123"));
}

#[test]
fn the_database_is_durable_wal_and_keeps_facts_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/progress.sqlite");
    let store = Store::open(&path).unwrap();
    let device = store.device_id().to_string();
    let l = store.add_learner("Eva", None, "en").unwrap();
    visit(&store, &l.id, "basics", "b-one");
    visit(&store, &l.id, "basics", "b-two");
    let response = Response::Choice("a".into());
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::ItemAnswered {
                quiz_id: "basics-quiz".into(),
                attempt_id: "att".into(),
                item_id: "b-q1".into(),
                response: response.clone(),
                correct: true,
                credit: 1.0,
            },
        )
        .unwrap();
    let mode: String = store_pragma(&path, "journal_mode");
    assert_eq!(mode, "wal");
    drop(store);

    let store = Store::open(&path).unwrap();
    assert_eq!(*store.device_id(), device, "device id is kept");
    let facts = store.facts(&l.id, &CourseId::from("mini")).unwrap();
    assert_eq!(facts.len(), 3);
    assert!(facts.iter().all(|f| f.device_id == device && f.learner_id == l.id));
    assert!(matches!(&facts[2].kind, FactKind::ItemAnswered { response: r, correct: true, .. } if *r == response));
    assert_eq!(store.resume_position(&l.id, &CourseId::from("mini")).unwrap(), Some(("basics".into(), "b-two".into())));
}

fn store_pragma(path: &std::path::Path, name: &str) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, name, |r| r.get(0)).unwrap()
}

#[test]
fn the_store_sets_synchronous_full() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p.sqlite")).unwrap();
    // synchronous is per connection: ask the store's own connection through a public query.
    assert_eq!(store.pragma_synchronous().unwrap(), 2, "2 = FULL");
}

#[test]
fn inserting_the_same_fact_twice_keeps_one() {
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Farid", None, "en").unwrap();
    let fact = store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    assert!(!store.insert_fact(&fact).unwrap());
    assert_eq!(store.facts(&l.id, &CourseId::from("mini")).unwrap().len(), 1);
}

#[test]
fn progress_is_derived_from_facts() {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Gita", None, "en").unwrap();
    let p = store.progress(&l.id, &course).unwrap();
    assert_eq!(p.fraction, 0.0);
    assert_eq!(p.module(&ModuleId::from("basics")).unwrap().status, ModuleStatus::NotStarted);

    visit(&store, &l.id, "basics", "b-one");
    let p = store.progress(&l.id, &course).unwrap();
    assert_eq!(p.module(&ModuleId::from("basics")).unwrap().status, ModuleStatus::InProgress);
    assert_eq!(p.module(&ModuleId::from("basics")).unwrap().lessons_seen, 1);

    visit(&store, &l.id, "basics", "b-two");
    finish(&store, &l.id, "basics", 50, false);
    finish(&store, &l.id, "basics", 100, true);
    let p = store.progress(&l.id, &course).unwrap();
    let basics = p.module(&ModuleId::from("basics")).unwrap();
    assert_eq!(basics.status, ModuleStatus::Complete);
    assert_eq!((basics.quiz.unwrap().best, basics.quiz.unwrap().passed, basics.quiz.unwrap().attempts), (100, true, 2));
    assert!(!p.complete, "final assessment not passed yet");
    assert!((p.fraction - 3.0 / 4.0).abs() < 1e-6, "{}", p.fraction);

    finish(&store, &l.id, "final", 100, true);
    let p = store.progress(&l.id, &course).unwrap();
    assert!(p.complete);
    assert_eq!(p.fraction, 1.0);
}

#[test]
fn progress_of_one_learner_does_not_leak_to_another() {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let a = store.add_learner("Hana", None, "en").unwrap();
    let b = store.add_learner("Ivo", None, "en").unwrap();
    visit(&store, &a.id, "basics", "b-one");
    assert_eq!(store.progress(&b.id, &course).unwrap().visited.len(), 0);
    assert_eq!(store.resume_position(&b.id, &CourseId::from("mini")).unwrap(), None);
}
