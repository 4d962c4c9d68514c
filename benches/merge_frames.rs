//! The window keeps painting while the trainer merges about 100,000 facts (issue 13): the merge
//! runs on its own thread (ui/tasks.rs) and the UI thread only draws. This drives the real trainer
//! screen headlessly (egui_kittest, no GPU: the UI thread's own work per frame), starts the merge
//! of five laptops' bundles from the "Progress and backups" tab, and paints a frame every 16 ms
//! until the result shows. Prints the frames painted during the merge and their time
//! (median, min, max), and the merge's wall time.   Run: `cargo bench --bench merge_frames`

mod common;

use cpms_player::course::load_catalog;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::{Duration, Instant};

const LAPTOPS: u64 = 5;

fn main() {
    let course = common::course();
    let dir = tempfile::tempdir().unwrap();
    // About 100,000 facts over five laptops (about 160 facts per demo learner).
    let per_laptop = 125;
    let mut paths = Vec::new();
    let mut facts = 0;
    for seed in 0..LAPTOPS {
        let bundle = Store::open(&common::demo_db(&course, per_laptop, 300 + seed)).unwrap().export_bundle().unwrap();
        facts += bundle.facts.len();
        let path = dir.path().join(format!("laptop-{seed}.json"));
        std::fs::write(&path, serde_json::to_vec(&bundle).unwrap()).unwrap();
        paths.push(path.display().to_string());
    }
    let db = dir.path().join("progress.sqlite");
    let store = Store::open(&db).unwrap();
    store.set_trainer_passphrase("trainer-pass-1").unwrap();
    let catalog = load_catalog(common::course_dir().parent().unwrap());
    let app = CpmsApp::new(store, catalog, "en".into());
    let mut h = Harness::builder().with_size([1366.0, 768.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h.get_by_label("Trainer area").click();
    h.run();
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").focus();
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").type_text("trainer-pass-1");
    h.run();
    h.get_by_label("Unlock").click();
    h.run();
    h.get_by_label("Progress and backups").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Path:").focus();
    h.get_by_role_and_label(Role::TextInput, "Path:").type_text(&paths.join(";"));
    h.run();
    h.get_by_label("Import progress bundles…").click();
    let started = Instant::now();
    let mut frames = Vec::new();
    if std::env::var_os("MERGE_FRAMES_DEBUG").is_some() {
        for _ in 0..5 {
            h.step();
        }
        eprintln!("{:#?}", h.root());
    }
    while h.query_all_by_label_contains("Imported").next().is_none() {
        if started.elapsed() > Duration::from_secs(600) {
            panic!("the merge did not end; on screen: {:#?}", h.root());
        }
        let t = Instant::now();
        h.step();
        frames.push(t.elapsed().as_secs_f64() * 1000.0);
        std::thread::sleep(Duration::from_millis(16));
    }
    let merged = started.elapsed();
    frames.sort_by(f64::total_cmp);
    let median = frames[frames.len() / 2];
    println!(
        "merge of {facts} facts from {LAPTOPS} bundles in the background: {:.2} s; {} frames painted meanwhile, \
         frame time median {median:.2} ms (min {:.2}, max {:.2})",
        merged.as_secs_f64(),
        frames.len(),
        frames[0],
        frames[frames.len() - 1]
    );
}
