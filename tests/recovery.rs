//! Damaged databases and full disks: a damaged progress file is detected at start and the user is
//! offered the last good backup; a full disk makes writes fail cleanly with nothing lost.

mod common;
use common::fixture;
use cpms_player::course::load_catalog;
use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::progress::{FactKind, Store, backup};
use cpms_player::ui::CpmsApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::process::Command;

/// A progress file in a new folder with one learner `name` who visited `lessons` lessons.
fn with_learner(name: &str, lessons: usize) -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let store = Store::open(&db).unwrap();
    let l = store.add_learner(name, None, "en").unwrap();
    for i in 0..lessons {
        let kind = FactKind::LessonVisited { lesson_id: format!("l{i}").into() };
        store.record(&l.id, &CourseId::from("mini"), &ModuleId::from("basics"), kind).unwrap();
    }
    (dir, db, store)
}

/// A database with one learner, a backup of it, then the database truncated to half.
fn damaged() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db, store) = with_learner("Before The Crash", 300);
    store.rotate_backup(&backup::backup_dir(&db)).unwrap();
    // Checkpoint the WAL into the main file, then cut the file in half.
    store.backup_to(&dir.path().join("full.sqlite")).unwrap();
    drop(store);
    std::fs::copy(dir.path().join("full.sqlite"), &db).unwrap();
    let _ = std::fs::remove_file(db.with_extension("sqlite-wal"));
    let len = std::fs::metadata(&db).unwrap().len();
    let f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    f.set_len(len / 2).unwrap();
    (dir, db)
}

#[test]
fn a_truncated_database_is_detected() {
    let (_dir, db) = damaged();
    let problem = backup::quick_check(&db).unwrap_err();
    assert!(problem.contains("damaged") || problem.contains("not readable"), "{problem}");
    assert_eq!(backup::good_backups(&backup::backup_dir(&db)).len(), 1);
}

#[test]
fn the_cli_explains_a_damaged_database_and_how_to_restore() {
    let (dir, db) = damaged();
    let out = Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["learners", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&db.display().to_string()) && err.contains("cpms-player restore"), "{err}");
}

#[test]
fn the_app_offers_the_last_good_backup_and_restores_it() {
    let (_dir, db) = damaged();
    let problem = backup::quick_check(&db).unwrap_err();
    let backups = backup::describe_backups(&backup::backup_dir(&db));
    let app = CpmsApp::recovering(db.clone(), problem, backups, load_catalog(&fixture("")), "en".into()).unwrap();
    let mut h = Harness::builder().with_size([1000.0, 700.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    assert!(h.query_by_label("Your progress file needs attention").is_some());
    assert!(h.query_by_label_contains("1 learners, last activity").is_some(), "what the backup holds is shown");
    h.get_by_label_contains("Go back to the latest backup").click();
    h.run();
    assert!(h.query_by_label("Before The Crash").is_some(), "the learner is back");
    drop(h);
    backup::quick_check(&db).unwrap();
    assert!(db.with_extension("sqlite.before-restore").exists(), "the damaged file is kept");
}

#[test]
fn going_back_to_an_emptier_backup_asks_first() {
    let (_dir, db) = damaged();
    let dir = backup::backup_dir(&db);
    // A newer backup of an empty database, then the one with the learner is older.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let empty = dir.join("empty.sqlite");
    Store::open(&empty).unwrap().backup_to(&dir.join(format!("progress-9999-{}.sqlite", 1))).unwrap();
    let _ = std::fs::remove_file(&empty);
    let backups = backup::describe_backups(&dir);
    assert_eq!(backups.len(), 2);
    let app =
        CpmsApp::recovering(db.clone(), "damaged".into(), backups, load_catalog(&fixture("")), "en".into()).unwrap();
    let mut h = Harness::builder().with_size([1000.0, 700.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    // The proposed one holds the learner; the other holds none and asks before restoring.
    h.get_by_label_contains("0 learners").click();
    h.run();
    assert!(h.query_by_label_contains("fewer than the proposed one").is_some());
    h.get_by_label("No, show the list again").click();
    h.run();
    assert!(h.query_by_label_contains("fewer than the proposed one").is_none());
    assert!(backup::quick_check(&db).is_err(), "nothing was restored");
}

#[test]
fn starting_fresh_keeps_the_damaged_file_aside() {
    let (dir, db) = damaged();
    let app =
        CpmsApp::recovering(db.clone(), "damaged".into(), Vec::new(), load_catalog(&fixture("")), "fr".into()).unwrap();
    let mut h = Harness::builder().with_size([1000.0, 700.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    let fresh = cpms_player::i18n::Tr::new("fr").t("recovery-fresh");
    h.get_by_label(&fresh).click();
    h.run();
    assert!(h.state().store().learners().unwrap().is_empty());
    drop(h);
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains("damaged"));
    assert!(aside, "the damaged file is kept aside");
}

#[test]
fn a_full_disk_fails_the_write_cleanly_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let store = Store::open(&db).unwrap();
    let l = store.add_learner("Disk", None, "en").unwrap();
    let pages: u32 = rusqlite::Connection::open(&db).unwrap().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    store.limit_database_pages(pages + 2).unwrap();
    let mut saved = 0;
    let err = loop {
        let kind = FactKind::LessonVisited { lesson_id: "x".repeat(500).into() };
        match store.record(&l.id, &CourseId::from("mini"), &ModuleId::from("basics"), kind) {
            Ok(_) => saved += 1,
            Err(e) => break e.to_string(),
        }
        assert!(saved < 10_000, "the limit was never reached");
    };
    assert!(err.contains("full"), "{err}");
    drop(store);
    backup::check_database(&db).unwrap();
    let store = Store::open(&db).unwrap();
    assert_eq!(store.facts(&l.id, &CourseId::from("mini")).unwrap().len(), saved, "everything saved before is there");
}

/// A backup reports its pages copied and, when cancelled, leaves nothing behind.
#[test]
fn a_backup_counts_its_progress_and_a_cancelled_one_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = cpms_player::progress::Store::open(&dir.path().join("p.sqlite")).unwrap();
    store.add_learner("Amina", None, "en").unwrap();
    let meter = cpms_player::progress::Meter::default();
    let dest = dir.path().join("copy.sqlite");
    store.backup_to_metered(&dest, &meter).unwrap();
    assert_eq!(meter.fraction(), Some(1.0));
    assert!(dest.is_file());

    let cancelled = cpms_player::progress::Meter::default();
    cancelled.cancel();
    let dest = dir.path().join("never.sqlite");
    let err = store.backup_to_metered(&dest, &cancelled).unwrap_err();
    assert!(format!("{err:?}").contains("task-cancelled"), "{err:?}");
    assert!(!dest.exists() && !dest.with_extension("partial").exists());
}

/// A progress file of the previous version (schema 9: before the facts' time index) holding one
/// learner with a few facts.
fn previous_version() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db, store) = with_learner("Waiting For The Upgrade", 20);
    drop(store);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("DROP INDEX facts_by_at; PRAGMA user_version = 9;").unwrap();
    (dir, db)
}

/// A file of an older version is brought up to date behind a screen that says so (the window
/// paints meanwhile), then the profiles follow; the daily backup runs after it, of the new file.
#[test]
fn an_older_progress_file_is_upgraded_behind_a_progress_screen() {
    let (_dir, db) = previous_version();
    assert!(Store::needs_upgrade(&db));
    // Another connection holds the write lock: the upgrade waits for it (a few seconds at most).
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let backed_up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = backed_up.clone();
    let then = move || flag.store(true, std::sync::atomic::Ordering::SeqCst);
    let app = CpmsApp::upgrading(db.clone(), then, load_catalog(&fixture("")), "en".into()).unwrap();
    let mut h = Harness::builder().with_size([1000.0, 700.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.step();
    h.step();
    assert!(h.query_by_label("Updating your progress file").is_some(), "the upgrade is shown while it runs");
    assert!(h.query_by_label_contains("every learner's progress is kept").is_some());
    assert!(h.state().upgrading_now());
    assert!(!backed_up.load(std::sync::atomic::Ordering::SeqCst), "nothing runs after it before it is done");
    holder.execute_batch("COMMIT").unwrap();
    drop(holder);
    for _ in 0..500 {
        if !h.state().upgrading_now() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h.run();
    assert!(h.query_by_label("Waiting For The Upgrade").is_some(), "the learner is there after the upgrade");
    assert!(!Store::needs_upgrade(&db));
    for _ in 0..500 {
        if backed_up.load(std::sync::atomic::Ordering::SeqCst) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(backed_up.load(std::sync::atomic::Ordering::SeqCst), "what follows the upgrade ran");
}

/// When the upgrade cannot run, the screen says why and that nothing was changed.
#[test]
fn a_failed_upgrade_says_why_and_changes_nothing() {
    let (_dir, db) = previous_version();
    // Held for longer than the store waits for a lock.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let app = CpmsApp::upgrading(db.clone(), || {}, load_catalog(&fixture("")), "fr".into()).unwrap();
    let mut h = Harness::builder().with_size([1000.0, 700.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    for _ in 0..1000 {
        h.step();
        if !h.state().upgrading_now() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.step();
    assert!(h.query_by_label("Votre fichier de progression n'a pas pu être mis à jour").is_some());
    assert!(h.query_by_label_contains("rien n'a été modifié").is_some());
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert!(Store::needs_upgrade(&db), "the file is still the older version, as it was");
}
