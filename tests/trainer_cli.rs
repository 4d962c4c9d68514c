//! The trainer's command line: demo data, reports, progress bundles between laptops, CSV
//! learners, backup and restore — run as a user would.

mod common;
use common::fixture;
use std::process::Command;

fn run(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(data)
        .arg("--courses-dir")
        .arg(fixture(""))
        .args(args)
        .output()
        .unwrap()
}

fn ok(data: &std::path::Path, args: &[&str]) -> String {
    let out = run(data, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn two_laptops_merge_through_bundles_into_one_report() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b, hq) = (tmp.path().join("a"), tmp.path().join("b"), tmp.path().join("hq"));
    ok(&a, &["generate-demo", "--learners", "3", "--seed", "1"]);
    ok(&b, &["generate-demo", "--learners", "2", "--seed", "2"]);
    let (fa, fb) = (tmp.path().join("a.json"), tmp.path().join("b.json"));
    ok(&a, &["export-progress", "--out", fa.to_str().unwrap()]);
    ok(&b, &["export-progress", "--out", fb.to_str().unwrap()]);
    let out = ok(&hq, &["import-progress", fa.to_str().unwrap(), fb.to_str().unwrap()]);
    assert!(out.contains("5 new learners"), "{out}");
    let again = ok(&hq, &["import-progress", fb.to_str().unwrap()]);
    assert!(again.contains("0 new facts"), "{again}");
    let csv = ok(&hq, &["report", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 1 + 5 * 2, "{csv}");
    let json: serde_json::Value = serde_json::from_str(&ok(&hq, &["report", "--format", "json"])).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 10);
}

#[test]
fn a_broken_bundle_is_refused_with_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, "{\"format\": \"cpms-progress-bundle\", \"version\": 1").unwrap();
    let out = run(tmp.path(), &["import-progress", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json") && err.contains("line 1") && err.to_lowercase().contains("nothing was imported"),
        "{err}"
    );
}

#[test]
fn learners_come_from_csv_and_are_managed() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("people.csv");
    std::fs::write(&csv, "name,pin\nAda,1234\nBola,\n").unwrap();
    assert!(ok(tmp.path(), &["learners", "import", csv.to_str().unwrap()]).contains("Added 2"));
    ok(tmp.path(), &["learners", "rename", "Bola", "Bola Tinubu"]);
    ok(tmp.path(), &["learners", "set-pin", "Ada", "--remove"]);
    ok(tmp.path(), &["learners", "remove", "Bola Tinubu"]);
    let list = ok(tmp.path(), &["learners", "list"]);
    assert!(list.contains("Ada") && !list.contains("PIN") && !list.contains("Bola"), "{list}");
    std::fs::write(&csv, "Chidi,12\n").unwrap();
    let out = run(tmp.path(), &["learners", "import", csv.to_str().unwrap()]);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"));
}

#[test]
fn backup_and_restore_bring_the_data_back() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    ok(&data, &["learners", "add", "Kept"]);
    let file = tmp.path().join("backup.sqlite");
    ok(&data, &["backup", "--out", file.to_str().unwrap()]);
    ok(&data, &["learners", "add", "Later"]);
    ok(&data, &["restore", file.to_str().unwrap()]);
    let list = ok(&data, &["learners", "list"]);
    assert!(list.contains("Kept") && !list.contains("Later"), "{list}");
    let junk = tmp.path().join("junk.sqlite");
    std::fs::write(&junk, "junk").unwrap();
    assert_ne!(run(&data, &["restore", junk.to_str().unwrap()]).status.code(), Some(0));
    assert!(ok(&data, &["learners", "list"]).contains("Kept"), "a bad backup changes nothing");
}
