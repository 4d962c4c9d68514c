//! What differs between Windows, macOS and Linux, checked through the command line as a trainer
//! meets it (docs/platforms.md): CSV files saved by a Windows spreadsheet (CRLF line ends, byte
//! order mark, legacy code page), paths in messages exactly as the system writes them, and
//! owner-only files for the database that holds the certificate secret (Unix).

mod common;
use common::fixture;
use std::path::Path;
use std::process::{Command, Output};

fn run(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(data)
        .arg("--courses-dir")
        .arg(fixture(""))
        .args(args)
        .output()
        .unwrap()
}

fn ok(data: &Path, args: &[&str]) -> String {
    let out = run(data, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// `learners list` as (name, language, has PIN), one per learner.
fn learners(data: &Path) -> Vec<(String, String, bool)> {
    let mut list: Vec<_> = ok(data, &["learners", "list"])
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            (f[1].to_string(), f[2].to_string(), f.get(3) == Some(&"PIN"))
        })
        .collect();
    list.sort();
    list
}

#[test]
fn a_crlf_learners_csv_imports_like_an_lf_one() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("people.csv");
    std::fs::write(&csv, "name,pin,language\r\nAda Obi,1234,fr\r\n\"Doe, Jane\",,ar\r\nBola\r\n").unwrap();
    let data = tmp.path().join("data");
    assert!(ok(&data, &["learners", "import", csv.to_str().unwrap()]).contains("Added 3"));
    let expected = vec![
        ("Ada Obi".to_string(), "fr".to_string(), true),
        ("Bola".to_string(), "en".to_string(), false),
        ("Doe, Jane".to_string(), "ar".to_string(), false),
    ];
    assert_eq!(learners(&data), expected, "no carriage return left in names, PINs or languages");
    // The PIN imported from a CRLF line is the PIN typed, not "1234\r".
    assert!(ok(&data, &["learners", "set-pin", "Ada Obi", "5678"]).contains("PIN set"));

    // The same file as a Windows spreadsheet saves "CSV UTF-8": a byte order mark first.
    let excel = tmp.path().join("excel.csv");
    std::fs::write(&excel, "\u{feff}name,pin,language\r\nAda Obi,1234,fr\r\n\"Doe, Jane\",,ar\r\nBola\r\n").unwrap();
    let data2 = tmp.path().join("data2");
    assert!(ok(&data2, &["learners", "import", excel.to_str().unwrap()]).contains("Added 3"));
    assert_eq!(learners(&data2), expected);
}

#[test]
fn a_csv_in_the_windows_code_page_is_refused_with_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("ansi.csv");
    // "Aïcha" in Windows-1252: ï is the single byte 0xEF, not UTF-8.
    std::fs::write(&csv, b"name\r\nBola\r\nA\xEFcha\r\n").unwrap();
    let out = run(&tmp.path().join("data"), &["learners", "import", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&csv.display().to_string()) && stderr.contains("line 3"), "{stderr}");
    assert!(stderr.contains("CSV UTF-8"), "{stderr}");
    assert!(ok(&tmp.path().join("data"), &["learners", "list"]).contains("No learners"));
}

#[test]
fn messages_name_paths_as_the_system_writes_them() {
    // On Windows this path has a drive letter and backslashes; the message shows it unchanged.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("données de formation");
    ok(&data, &["learners", "add", "Ada"]);
    let target = tmp.path().join("no such folder").join("report.csv");
    let out = run(&data, &["report", "--out", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.to_lowercase().contains(&format!("cannot write {}", target.display()).to_lowercase()), "{stderr}");
    let written = tmp.path().join("report.csv");
    ok(&data, &["report", "--out", written.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&written).unwrap().contains("Ada"));
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn the_database_its_backups_and_bundles_are_for_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("new/data");
    ok(&data, &["learners", "add", "Ada"]);
    assert_eq!(mode(&data), 0o700, "a data folder the program creates");
    assert_eq!(mode(&tmp.path().join("new")), 0o700, "and its missing parents");
    assert_eq!(mode(&data.join("progress.sqlite")), 0o600);
    let backup = tmp.path().join("backup.sqlite");
    ok(&data, &["backup", "--out", backup.to_str().unwrap()]);
    assert_eq!(mode(&backup), 0o600, "a backup holds the certificate secret");
    let bundle = tmp.path().join("laptop1.json");
    ok(&data, &["export-progress", "--out", bundle.to_str().unwrap()]);
    assert_eq!(mode(&bundle), 0o600, "a bundle holds PIN hashes");

    // A database from before (readable by all) is tightened when opened; the folder the user
    // chose is left as it is.
    let older = tmp.path().join("older");
    std::fs::create_dir(&older).unwrap();
    std::fs::set_permissions(&older, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::copy(&backup, older.join("progress.sqlite")).unwrap();
    std::fs::set_permissions(older.join("progress.sqlite"), std::fs::Permissions::from_mode(0o644)).unwrap();
    ok(&older, &["learners", "list"]);
    assert_eq!(mode(&older.join("progress.sqlite")), 0o600);
    assert_eq!(mode(&older), 0o755);

    // Restoring keeps the restored database owner-only, whatever the backup file's mode.
    std::fs::set_permissions(&backup, std::fs::Permissions::from_mode(0o644)).unwrap();
    ok(&data, &["restore", backup.to_str().unwrap()]);
    assert_eq!(mode(&data.join("progress.sqlite")), 0o600);
}
