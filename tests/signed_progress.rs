//! Signed progress in bundles, through the CLI, on a trainer's laptop that trusts its organisation:
//! a genuine bundle merges (and passes on through a relay); an edited fact, facts copied under
//! another learner, a laptop outside the trust list, records made after a revocation and an
//! unsigned (older) bundle are refused, all or nothing, the database unchanged.

mod common;
use common::fixture;
use cpms_player::course::load_course;
use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::progress::{FactKind, Store};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cpms-player")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

/// [`cli`] with the test courses installed (for `certificate`).
fn cli_courses(data: &Path, args: &[&str]) -> Output {
    let courses = fixture("");
    let mut all = vec!["--courses-dir", s(&courses)];
    all.extend_from_slice(args);
    cli(data, &all)
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn refused(out: Output) -> String {
    assert!(!out.status.success(), "expected a refusal: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stderr).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn db(dir: &Path) -> Store {
    Store::open(&dir.join("progress.sqlite")).unwrap()
}

fn fact_count(dir: &Path) -> usize {
    db(dir).export_bundle().unwrap().facts.len()
}

fn public_key(data: &Path) -> String {
    ok(cli(data, &["trust", "show"])).lines().next().unwrap().split_whitespace().nth(3).unwrap().to_string()
}

/// Laptop `a` with a learner who completed the mini course, enrolled by the trainer's organisation.
fn kit(trainer: &Path, a: &Path) {
    let course = load_course(&fixture("mini")).unwrap();
    let store = db(a);
    let l = store.add_learner("Nadia Haddad", None, "en").unwrap();
    for (module, lesson) in course.lesson_ids() {
        store.record(&l.id, course.id(), &module, FactKind::LessonVisited { lesson_id: lesson }).unwrap();
    }
    for (module, quiz_id) in course.quiz_ids() {
        let attempt_id = uuid::Uuid::new_v4().to_string();
        let kind = FactKind::AttemptFinished { quiz_id, attempt_id: attempt_id.into(), percent: 64, passed: true };
        store.record(&l.id, course.id(), &module, kind).unwrap();
    }
    ok(cli(trainer, &["org", "enrol", &public_key(a), "--name", "Kit A"]));
}

fn export(dir: &Path) -> PathBuf {
    let file = dir.join(format!("bundle-{}.json", uuid::Uuid::new_v4()));
    ok(cli(dir, &["export-progress", "--out", s(&file)]));
    file
}

fn edit(file: &Path, change: impl FnOnce(&mut Value)) -> PathBuf {
    let mut bundle: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    change(&mut bundle);
    let out = file.with_extension("edited.json");
    std::fs::write(&out, bundle.to_string()).unwrap();
    out
}

fn trainer() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    ok(cli(t.path(), &["org", "create", "Child Protection Goma"]));
    t
}

#[test]
fn a_genuine_bundle_merges_and_its_signature_travels_through_a_relay() {
    let (t, a, c) = (trainer(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    kit(t.path(), a.path());
    let bundle = export(a.path());
    let text = std::fs::read_to_string(&bundle).unwrap();
    assert!(text.contains("\"attestations\""), "the bundle carries the laptop's signature");
    ok(cli(t.path(), &["import-progress", s(&bundle)]));
    assert_eq!(fact_count(t.path()), fact_count(a.path()));
    // C trusts the organisation and gets A's facts through the trainer's export.
    let trust = t.path().join("trust.json");
    ok(cli(t.path(), &["trust", "export", "--out", s(&trust)]));
    ok(cli(c.path(), &["trust", "import", s(&trust)]));
    ok(cli(c.path(), &["import-progress", s(&export(t.path()))]));
    assert_eq!(fact_count(c.path()), fact_count(a.path()));
}

#[test]
fn edited_and_copied_facts_are_refused_and_nothing_is_imported() {
    let (t, a) = (trainer(), tempfile::tempdir().unwrap());
    kit(t.path(), a.path());
    let bundle = export(a.path());
    // A score raised by hand.
    let raised = edit(&bundle, |b| {
        let facts = b["facts"].as_array_mut().unwrap();
        let f = facts.iter_mut().find(|f| f["kind"]["type"] == "attempt_finished").unwrap();
        f["kind"]["percent"] = 100.into();
    });
    let err = refused(cli(t.path(), &["import-progress", s(&raised)]));
    assert!(err.contains("do not match what that laptop signed") && err.contains("edited.json"), "{err}");
    assert_eq!(fact_count(t.path()), 0);
    // The recipe of issue 17: a completer's facts copied under another learner, new ids.
    let copied = edit(&bundle, |b| {
        let mut learner = b["learners"][0].clone();
        learner["id"] = "impostor".into();
        learner["name"] = "Impostor".into();
        b["learners"].as_array_mut().unwrap().push(learner);
        let copies: Vec<Value> = b["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let mut f = f.clone();
                f["id"] = uuid::Uuid::new_v4().to_string().into();
                f["learner_id"] = "impostor".into();
                f
            })
            .collect();
        b["facts"].as_array_mut().unwrap().extend(copies);
    });
    let err = refused(cli(t.path(), &["import-progress", s(&copied)]));
    assert!(err.contains("do not match what that laptop signed"), "{err}");
    assert_eq!(fact_count(t.path()), 0);
    assert!(db(t.path()).learners().unwrap().is_empty(), "no learner either: all or nothing");
}

#[test]
fn a_laptop_outside_the_trust_list_is_refused() {
    let (t, stranger) = (trainer(), tempfile::tempdir().unwrap());
    let store = db(stranger.path());
    let l = store.add_learner("Omar", None, "en").unwrap();
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    drop(store);
    let err = refused(cli(t.path(), &["import-progress", s(&export(stranger.path()))]));
    assert!(err.contains("is not in your trust list"), "{err}");
    assert_eq!(fact_count(t.path()), 0);
}

#[test]
fn records_made_after_a_revocation_are_refused() {
    let (t, a) = (trainer(), tempfile::tempdir().unwrap());
    kit(t.path(), a.path());
    let before = export(a.path());
    ok(cli(t.path(), &["org", "revoke", "Kit A"]));
    // What A recorded before the revocation still merges.
    ok(cli(t.path(), &["import-progress", s(&before)]));
    let merged = fact_count(t.path());
    std::thread::sleep(std::time::Duration::from_millis(20));
    let store = db(a.path());
    let l = store.learners().unwrap().remove(0);
    let late = store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    drop(store);
    let err = refused(cli(t.path(), &["import-progress", s(&export(a.path()))]));
    assert!(err.contains(late.id.as_str()) && err.contains("after it was revoked"), "{err}");
    assert_eq!(fact_count(t.path()), merged);
}

#[test]
fn an_unsigned_older_bundle_is_refused_by_an_organisation_and_counted_elsewhere() {
    let (t, a, open) = (trainer(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    kit(t.path(), a.path());
    let older = edit(&export(a.path()), |b| {
        b.as_object_mut().unwrap().remove("attestations");
    });
    let err = refused(cli(t.path(), &["import-progress", s(&older)]));
    assert!(err.contains("are not signed"), "{err}");
    assert_eq!(fact_count(t.path()), 0);
    // A laptop that trusts no organisation reads it, and says the facts are unsigned.
    let out = cli(open.path(), &["import-progress", s(&older)]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("without a signature"));
    assert_eq!(fact_count(open.path()), fact_count(a.path()));
}

/// The forgery recipes on a laptop that trusts no organisation yet: facts taken in unsigned
/// (signatures removed, or copied under another learner with fresh ids) are kept and shown, but
/// no certificate rests on them; the same learner's genuine, signed bundle earns one.
#[test]
fn no_certificate_rests_on_unsigned_facts() {
    let (t, a, open) = (trainer(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    kit(t.path(), a.path());
    let genuine = export(a.path());
    let nadia = db(a.path()).learners().unwrap()[0].id.clone();
    let impostor = "b6f1e0c2-0000-4000-8000-000000000001";
    let forged = edit(&genuine, |b| {
        b.as_object_mut().unwrap().remove("attestations");
        let mut learner = b["learners"][0].clone();
        learner["id"] = impostor.into();
        learner["name"] = "Ali Impostor".into();
        b["learners"].as_array_mut().unwrap().push(learner);
        let copies: Vec<Value> = b["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let mut f = f.clone();
                f["id"] = uuid::Uuid::new_v4().to_string().into();
                f["learner_id"] = impostor.into();
                f
            })
            .collect();
        b["facts"] = copies.into();
    });
    let out = cli(open.path(), &["import-progress", s(&forged)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pdf = open.path().join("impostor.pdf");
    let err = refused(cli_courses(
        open.path(),
        &["certificate", "--learner", "Ali Impostor", "--course", "mini", "--out", s(&pdf)],
    ));
    assert!(err.contains("without a signature"), "{err}");
    assert!(!pdf.exists(), "no certificate file");
    let err = refused(cli_courses(
        open.path(),
        &["--lang", "fr", "certificate", "--learner", "Ali Impostor", "--course", "mini", "--out", s(&pdf)],
    ));
    assert!(err.contains("sans signature"), "the refusal in French: {err}");
    // The genuine bundle, signed by laptop A: its learner's certificate is issued here.
    ok(cli(open.path(), &["import-progress", s(&genuine)]));
    let pdf = open.path().join("nadia.pdf");
    ok(cli_courses(open.path(), &["certificate", "--learner", nadia.as_str(), "--course", "mini", "--out", s(&pdf)]));
    assert!(pdf.exists());
}
