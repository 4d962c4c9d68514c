//! Long trainer work runs in the background (ui/tasks.rs): merging bundles, restoring a backup,
//! exporting a report. The window keeps painting and shows what runs; a typed path replaces the
//! file dialog; exports never write over the database; with no file dialog the trainer is told
//! to type the path (not silence).

mod common;
use common::{complete, fixture};
use cpms_player::course::{load_catalog, load_course};
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;
use std::time::{Duration, Instant};

fn shown(h: &Harness<'static, CpmsApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// The trainer area of an app on `db`, unlocked, on the "Progress and backups" tab.
fn trainer_on(db: &Path) -> Harness<'static, CpmsApp> {
    let store = Store::open(db).unwrap();
    store.set_trainer_passphrase("trainer-pass-1").unwrap();
    let app = CpmsApp::new(store, load_catalog(&fixture("")), "en".into());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    common::unlock_trainer(&mut h, "en");
    h.get_by_label("Progress and backups").click();
    h.run();
    h
}

fn type_path(h: &mut Harness<'static, CpmsApp>, path: &Path) {
    h.get_by_role_and_label(Role::TextInput, "Path:").focus();
    h.get_by_role_and_label(Role::TextInput, "Path:").type_text(path.to_str().unwrap());
    h.run();
}

/// Press a button, then paint frame by frame: the task is shown while it runs, until `done`
/// appears. Returns how many frames were painted while it ran.
fn press_and_wait(h: &mut Harness<'static, CpmsApp>, button: &str, running: &str, done: &str) -> usize {
    h.get_by_label(button).click();
    h.step();
    h.step();
    assert!(shown(h, running), "the task is shown while it runs: {running}");
    let until = Instant::now() + Duration::from_secs(30);
    let mut frames = 0;
    while !shown(h, done) {
        assert!(Instant::now() < until, "the task did not end: {done}");
        std::thread::sleep(Duration::from_millis(10));
        h.step();
        frames += 1;
    }
    h.run();
    assert!(!shown(h, running), "the task is gone once it ended");
    frames
}

#[test]
fn a_bundle_merges_in_the_background_and_the_lists_follow() {
    let dir = tempfile::tempdir().unwrap();
    let course = load_course(&fixture("mini")).unwrap();
    let other = Store::open(&dir.path().join("other.sqlite")).unwrap();
    let l = other.add_learner("Rania Haddad", None, "en").unwrap();
    complete(&other, &course, &l.id);
    let bundle = dir.path().join("rania.json");
    std::fs::write(&bundle, serde_json::to_vec(&other.export_bundle().unwrap()).unwrap()).unwrap();
    let db = dir.path().join("progress.sqlite");
    let mut h = trainer_on(&db);
    type_path(&mut h, &bundle);
    press_and_wait(&mut h, "Import progress bundles…", "Merging one progress file", "Imported");
    assert!(Store::open(&db).unwrap().learners().unwrap().iter().any(|x| x.name == "Rania Haddad"));
    h.get_by_label("Learners").click();
    h.run();
    assert!(shown(&h, "Rania Haddad"), "the learners list shows the merged learner");
}

#[test]
fn a_backup_is_restored_in_the_background_and_the_database_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("saved.sqlite");
    {
        let old = Store::open(&dir.path().join("old.sqlite")).unwrap();
        old.add_learner("Omar Saleh", None, "en").unwrap();
        old.backup_to(&saved).unwrap();
    }
    let db = dir.path().join("progress.sqlite");
    let mut h = trainer_on(&db);
    type_path(&mut h, &saved);
    press_and_wait(&mut h, "Restore a backup…", "Restoring the backup", "Restored from");
    h.get_by_label("Learners").click();
    h.run();
    assert!(shown(&h, "Omar Saleh"), "the restored learner is listed: the app reopened the database");
    // The app writes to the restored database (not to a stale connection).
    let store = Store::open(&db).unwrap();
    assert!(store.learners().unwrap().iter().any(|x| x.name == "Omar Saleh"));
}

#[test]
fn a_report_is_written_where_typed_but_never_over_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    Store::open(&db).unwrap().add_learner("Lina Haddad", None, "en").unwrap();
    let before = std::fs::metadata(&db).unwrap().len();
    let mut h = trainer_on(&db);
    h.get_by_label("Dashboard").click();
    h.run();
    type_path(&mut h, &db);
    h.get_by_label("Export CSV report…").click();
    h.run();
    assert!(shown(&h, "progress database"), "writing over the database is refused with a reason");
    assert_eq!(std::fs::metadata(&db).unwrap().len(), before);
    assert!(Store::open(&db).unwrap().learners().unwrap().iter().any(|x| x.name == "Lina Haddad"));
}

#[test]
fn with_no_file_dialog_the_trainer_is_told_to_type_the_path() {
    // SAFETY: this test binary's other tests type their paths, so they never read the variable.
    unsafe { std::env::set_var("CPMS_NO_FILE_DIALOG", "1") };
    let dir = tempfile::tempdir().unwrap();
    let mut h = trainer_on(&dir.path().join("progress.sqlite"));
    h.get_by_label("Import progress bundles…").click();
    h.run();
    assert!(shown(&h, "No file window can open on this computer"), "said, not silently ignored");
}

/// A merge shows how far it has come and can be stopped: nothing is merged then. The second
/// file is a pipe the test feeds, so the merge is surely still running when "Cancel" is pressed.
#[cfg(unix)]
#[test]
fn a_merge_shows_its_progress_and_cancel_stops_it_changing_nothing() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let course = load_course(&fixture("mini")).unwrap();
    let bundle = |name: &str| {
        let other = Store::open(&dir.path().join(format!("{name}.sqlite"))).unwrap();
        let l = other.add_learner(name, None, "en").unwrap();
        complete(&other, &course, &l.id);
        serde_json::to_vec(&other.export_bundle().unwrap()).unwrap()
    };
    let first = dir.path().join("rania.json");
    std::fs::write(&first, bundle("Rania Haddad")).unwrap();
    let second = bundle("Omar Said");
    let pipe = dir.path().join("omar.json");
    assert!(std::process::Command::new("mkfifo").arg(&pipe).status().unwrap().success());
    let (go_on, wait) = std::sync::mpsc::channel::<()>();
    let feeder = {
        let pipe = pipe.clone();
        std::thread::spawn(move || {
            let mut f = std::fs::File::create(&pipe).unwrap(); // waits for the merge to open it
            f.write_all(&second[..second.len() / 2]).unwrap();
            f.flush().unwrap();
            wait.recv().unwrap();
            let _ = f.write_all(&second[second.len() / 2..]); // the reader may be gone
        })
    };
    let db = dir.path().join("progress.sqlite");
    let mut h = trainer_on(&db);
    let paths = format!("{};{}", first.display(), pipe.display());
    h.get_by_role_and_label(Role::TextInput, "Path:").focus();
    h.get_by_role_and_label(Role::TextInput, "Path:").type_text(&paths);
    h.run();
    h.get_by_label("Import progress bundles…").click();
    // The first file is read (its bytes are the whole known size): the bar is full and
    // "Cancel" is offered.
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        h.step();
        let bar = h.query_all_by_role(Role::ProgressIndicator).next().is_some();
        if bar && shown(&h, "100%") {
            break;
        }
        assert!(Instant::now() < until, "no full progress bar shown: {bar:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.step();
    go_on.send(()).unwrap();
    while !shown(&h, "Stopped at your request") {
        assert!(Instant::now() < until, "the merge did not stop");
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    feeder.join().unwrap();
    let store = Store::open(&db).unwrap();
    assert!(store.learners().unwrap().is_empty(), "nothing was merged, not even the first file");
}
