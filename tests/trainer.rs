//! Trainer tools through the public store API: learners management, CSV import, passphrase,
//! progress bundles (merge is a union: idempotent, order-independent, all or nothing),
//! reports, demo data, backups.

mod common;
use common::fixture;
use cpms_player::course::{Course, load_course};
use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::progress::bundle::{self, parse_bundle};
use cpms_player::progress::{FactKind, Status, Store, backup, demo::generate_demo, report_csv};

fn course() -> Course {
    load_course(&fixture("mini")).unwrap()
}

fn count(store: &Store, table: &str) -> i64 {
    let tmp = tempfile::NamedTempFile::new().unwrap();
    store.backup_to(tmp.path()).unwrap();
    rusqlite::Connection::open(tmp.path())
        .unwrap()
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn learners_are_renamed_given_pins_and_removed() {
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Abebe", None, "en").unwrap();
    store.rename_learner(&l.id, "Abebe Bikila").unwrap();
    assert!(store.rename_learner(&l.id, " ").is_err());
    store.set_pin(&l.id, Some("5555")).unwrap();
    assert!(store.check_pin(&l.id, "5555").unwrap() && !store.check_pin(&l.id, "1111").unwrap());
    store.set_pin(&l.id, None).unwrap();
    assert!(store.check_pin(&l.id, "").unwrap(), "no PIN any more");
    assert_eq!(store.learner(&l.id).unwrap().unwrap().name, "Abebe Bikila");
    store.remove_learner(&l.id).unwrap();
    assert!(store.learners().unwrap().is_empty());
}

#[test]
fn csv_import_adds_everyone_or_no_one() {
    let store = Store::open_in_memory().unwrap();
    let added =
        store.import_learners_csv("name,pin,language\nAïcha,1234,fr\n\"Doe, Jane\",,en\nمحمد,,ar\n", "en").unwrap();
    assert_eq!(added.len(), 3);
    assert!(added[0].has_pin && added[0].language == "fr");
    assert_eq!(added[1].name, "Doe, Jane");
    let problems = store.import_learners_csv("Zara\nYann,12\n,\nXavier,,klingon\n", "en").unwrap_err();
    assert!(problems.iter().any(|p| p.starts_with("line 2:") && p.contains("PIN")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("line 4:") && p.contains("klingon")), "{problems:?}");
    assert_eq!(store.learners().unwrap().len(), 3, "nothing from the bad file was added");
}

#[test]
fn the_trainer_passphrase_is_hashed_and_checked() {
    let store = Store::open_in_memory().unwrap();
    assert!(!store.has_trainer_passphrase().unwrap());
    assert!(store.set_trainer_passphrase("short").is_err());
    store.set_trainer_passphrase("field-trainer-2026").unwrap();
    assert!(store.has_trainer_passphrase().unwrap());
    assert!(store.check_trainer_passphrase("field-trainer-2026").unwrap());
    assert!(!store.check_trainer_passphrase("field-trainer-2025").unwrap());
}

/// A laptop with `n` demo learners.
fn laptop(n: usize, seed: u64) -> Store {
    let store = Store::open_in_memory().unwrap();
    generate_demo(&store, &course(), n, seed).unwrap();
    store
}

fn report_of(store: &Store) -> String {
    report_csv(&store.report(&course()).unwrap()).unwrap()
}

#[test]
fn merging_two_laptops_either_way_gives_identical_reports() {
    let a = laptop(4, 1);
    let b = laptop(5, 2);
    let (ba, bb) = (a.export_bundle().unwrap(), b.export_bundle().unwrap());
    let ab = Store::open_in_memory().unwrap();
    ab.import_bundles(&[ba.clone(), bb.clone()]).unwrap();
    let ba_store = Store::open_in_memory().unwrap();
    ba_store.import_bundles(std::slice::from_ref(&bb)).unwrap();
    ba_store.import_bundles(std::slice::from_ref(&ba)).unwrap();
    assert_eq!(report_of(&ab), report_of(&ba_store));
    assert_eq!(ab.report(&course()).unwrap().len(), 9 * 2, "9 learners × 2 modules");
    // Merging into one of the laptops gives the same too.
    a.import_bundles(&[bb]).unwrap();
    assert_eq!(report_of(&a), report_of(&ab));
}

#[test]
fn importing_twice_changes_nothing() {
    let a = laptop(3, 7);
    let bundle = a.export_bundle().unwrap();
    let target = Store::open_in_memory().unwrap();
    let first = target.import_bundles(std::slice::from_ref(&bundle)).unwrap();
    assert_eq!(first.facts_added, bundle.facts.len());
    let before = report_of(&target);
    let second = target.import_bundles(std::slice::from_ref(&bundle)).unwrap();
    assert_eq!((second.facts_added, second.learners_added, second.facts_known), (0, 0, bundle.facts.len()));
    assert_eq!(report_of(&target), before);
    assert_eq!(count(&target, "facts") as usize, bundle.facts.len());
}

#[test]
fn a_malformed_bundle_is_refused_and_nothing_changes() {
    let a = laptop(2, 3);
    let good = serde_json::to_string(&a.export_bundle().unwrap()).unwrap();
    let target = laptop(1, 4);
    let before = (report_of(&target), count(&target, "facts"), count(&target, "learners"));
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("truncated", good[..good.len() / 2].to_string()),
        ("not json", "hello".to_string()),
        ("other format", good.replacen(bundle::FORMAT, "something-else", 1)),
        ("future version", good.replacen(&format!("\"version\":{}", bundle::VERSION), "\"version\":99", 1)),
        ("unknown fact kind", good.replacen("\"type\":\"lesson_visited\"", "\"type\":\"lesson_deleted\"", 1)),
        ("score over 100", over_100(&good)),
        ("fact of an unknown learner", good.replacen("\"learner_id\":\"", "\"learner_id\":\"x", 1)),
    ];
    for (what, text) in cases {
        assert_ne!(text, good, "{what}: the test must change the bundle");
        let path = dir.path().join(format!("{what}.json"));
        std::fs::write(&path, &text).unwrap();
        let good_path = dir.path().join("good.json");
        std::fs::write(&good_path, &good).unwrap();
        // A bad file among good ones refuses them all.
        let err = target.import_bundle_files(&[good_path, path.clone()]).unwrap_err().to_string();
        assert!(
            err.contains(&path.display().to_string()) && err.to_lowercase().contains("nothing was imported"),
            "{what}: {err}"
        );
        assert_eq!((report_of(&target), count(&target, "facts"), count(&target, "learners")), before, "{what}");
    }
    assert!(parse_bundle(&good).is_ok());
    // A field this version does not know (from a newer minor version) is ignored and named.
    let newer = good.replacen("\"passed\":", "\"x\":1,\"passed\":", 1);
    assert_ne!(newer, good);
    let path = dir.path().join("newer.json");
    std::fs::write(&path, &newer).unwrap();
    let report = target.import_bundle_files(&[path]).unwrap();
    assert!(report.unknown_fields.contains("facts[].kind.x"), "{report:?}");
}

#[test]
fn reports_follow_progress() {
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Rosa", None, "es").unwrap();
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    let rows = store.report(&course()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0].module_id.as_str(), rows[0].status, rows[0].lessons_seen, rows[0].lessons_total),
        ("basics", Status::InProgress, 1, 2)
    );
    assert_eq!(rows[1].status, Status::NotStarted);
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-two".into() },
        )
        .unwrap();
    let finished =
        FactKind::AttemptFinished { quiz_id: "basics-quiz".into(), attempt_id: "a1".into(), percent: 80, passed: true };
    store.record(&l.id, &CourseId::from("mini"), &ModuleId::from("basics"), finished).unwrap();
    let rows = store.report(&course()).unwrap();
    assert_eq!((rows[0].status, rows[0].best_score, rows[0].attempts), (Status::Complete, Some(80), 1));
    let csv = report_csv(&rows).unwrap();
    assert!(csv.starts_with("\u{FEFF}learner_id,learner_name,course_id,module_id,status"), "BOM, then the header");
    assert!(csv.contains(",Rosa,mini,basics,complete,2,2,80,yes,1,"), "{csv}");
}

#[test]
fn demo_data_is_deterministic_and_consistent_with_facts() {
    let (a, b) = (laptop(6, 42), laptop(6, 42));
    let strip = |s: &Store| report_of(s).lines().map(|l| l.split_once(',').unwrap().1.to_string()).collect::<Vec<_>>();
    assert_eq!(strip(&a), strip(&b), "same seed, same activity (learner ids aside)");
    let before = report_of(&a);
    a.rebuild_summaries().unwrap();
    assert_eq!(report_of(&a), before, "the summary table matches the facts");
    assert!(a.report(&course()).unwrap().iter().any(|r| r.status == Status::Complete));
}

#[test]
fn backups_are_consistent_copies_and_restore_checks_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let store = Store::open(&db).unwrap();
    generate_demo(&store, &course(), 3, 9).unwrap();
    let before = report_of(&store);
    let copy = dir.path().join("copy.sqlite");
    store.backup_to(&copy).unwrap();
    backup::check_database(&copy).unwrap();
    for _ in 0..9 {
        store.rotate_backup(&dir.path().join("backups")).unwrap();
    }
    assert_eq!(backup::list_backups(&dir.path().join("backups")).len(), backup::KEEP_BACKUPS);
    store.add_learner("Late", None, "en").unwrap();
    drop(store);
    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, b"not a database").unwrap();
    assert!(backup::restore(&junk, &db).is_err());
    backup::restore(&copy, &db).unwrap();
    let store = Store::open(&db).unwrap();
    assert_eq!(report_of(&store), before);
    assert!(dir.path().join("progress.sqlite.before-restore").exists());
}

/// The bundle with its first attempt score set to 101%.
fn over_100(good: &str) -> String {
    let at = good.find("\"percent\":").expect("the demo has attempts") + "\"percent\":".len();
    let end = at + good[at..].find(|c: char| !c.is_ascii_digit()).unwrap();
    format!("{}101{}", &good[..at], &good[end..])
}
