//! Shared test helpers: fixture courses copied into temporary folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the mini fixture course in a fresh temporary folder: (guard, course dir).
pub fn mini_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mini");
    copy_dir(&fixture("mini"), &dir);
    (tmp, dir)
}

/// Replace the first occurrence of `from` by `to` in a file (panics if absent, to keep tests honest).
pub fn edit(path: &Path, from: &str, to: &str) {
    let s = std::fs::read_to_string(path).unwrap();
    assert!(s.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, s.replacen(from, to, 1)).unwrap();
}

/// 1-based line of the first occurrence of `needle` in a file.
pub fn line_of(path: &Path, needle: &str) -> usize {
    let s = std::fs::read_to_string(path).unwrap();
    let offset = s.find(needle).unwrap();
    s[..offset].matches('\n').count() + 1
}

/// Parts of the suite that need a tool some runners cannot provide: `xvfb` (the window test runs
/// under xvfb-run, Linux only), `lrs` (the Ralph LRS started by tests/lrs/ralph.sh), `pdftotext`
/// (poppler), `bundle` (dist/build-bundle.sh, bash and tar), `pty` (util-linux `script`, which runs a
/// command on a pseudo-terminal). A runner lists those it lacks in
/// `CPMS_TEST_SKIP` (comma-separated, e.g. `CPMS_TEST_SKIP=xvfb,lrs` in .github/workflows/release.yml
/// on Windows and macOS). Returns true when `part` is listed, after saying on stderr which test is
/// skipped and why. Unlisted parts are never skipped: a missing tool fails the test as before.
pub fn skip(part: &str, test: &str, why: &str) -> bool {
    let listed = std::env::var("CPMS_TEST_SKIP")
        .map(|v| v.split(',').any(|p| p.trim().eq_ignore_ascii_case(part)))
        .unwrap_or(false);
    if listed {
        eprintln!("SKIPPED {test}: CPMS_TEST_SKIP lists '{part}' ({why})");
    }
    listed
}

/// Record a whole course as done by `learner`: every lesson visited, every quiz passed at 90 %.
pub fn complete(
    store: &cpms_player::progress::Store,
    course: &cpms_player::course::Course,
    learner: &cpms_player::ids::LearnerId,
) {
    use cpms_player::progress::FactKind;
    for (module, lesson) in course.lesson_ids() {
        store.record(learner, course.id(), &module, FactKind::LessonVisited { lesson_id: lesson }).unwrap();
    }
    for (module, quiz_id) in course.quiz_ids() {
        let attempt_id = uuid::Uuid::new_v4().to_string();
        let finished = FactKind::AttemptFinished { quiz_id, attempt_id: attempt_id.into(), percent: 90, passed: true };
        store.record(learner, course.id(), &module, finished).unwrap();
    }
}

/// The passphrase the UI tests give the trainer area (`Store::set_trainer_passphrase`).
pub const TRAINER_PASS: &str = "trainer-pass-1";

/// From the start screen, open the trainer area and unlock it with [`TRAINER_PASS`], using the
/// labels of `lang`.
pub fn unlock_trainer(h: &mut egui_kittest::Harness<'static, cpms_player::ui::CpmsApp>, lang: &str) {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    let tr = cpms_player::i18n::Tr::new(lang);
    h.get_by_label(&tr.t("trainer-area")).click();
    h.run();
    h.get_by_role_and_label(Role::PasswordInput, &tr.t("trainer-passphrase")).focus();
    h.get_by_role_and_label(Role::PasswordInput, &tr.t("trainer-passphrase")).type_text(TRAINER_PASS);
    h.run();
    h.get_by_label(&tr.t("trainer-unlock")).click();
    h.run();
}

/// The app on `catalog` with its database at `db`, a new learner "Learner" created in `lang` and
/// signed in (on the library screen).
pub fn new_learner(
    catalog: cpms_player::course::Catalog,
    db: &Path,
    lang: &str,
) -> egui_kittest::Harness<'static, cpms_player::ui::CpmsApp> {
    use egui_kittest::kittest::Queryable;
    let tr = cpms_player::i18n::Tr::new(lang);
    let app = cpms_player::ui::CpmsApp::new(cpms_player::progress::Store::open(db).unwrap(), catalog, "en".into());
    let mut h = egui_kittest::Harness::builder()
        .with_size([1100.0, 800.0])
        .build_ui_state(|ui, app: &mut cpms_player::ui::CpmsApp| app.show(ui), app);
    h.run();
    let name = cpms_player::i18n::LANGUAGES.iter().find(|(c, _)| *c == lang).unwrap().1;
    h.get_all_by_label(name).next().unwrap().click();
    h.run();
    h.get_by_label(&tr.t("name-label")).focus();
    h.get_by_label(&tr.t("name-label")).type_text("Learner");
    h.run();
    h.get_by_label(&tr.t("create-profile")).click();
    h.run();
    h
}
