//! Nothing lost, whatever the trainer, the file or the network does: each hostile or mistaken
//! input is run through the command line as a trainer would, and checked for its exit code, a
//! message that says what to do, and a data folder unchanged (a fingerprint of every file).

mod common;
use common::{copy_dir, fixture, mini_copy};
use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::progress::{FactKind, Store, backup};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn cmd(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cpms-player"));
    c.arg("--data-dir").arg(data).arg("--courses-dir").arg(fixture("")).env_remove("LANG").env_remove("LC_ALL");
    c
}

fn run(data: &Path, args: &[&str]) -> Output {
    cmd(data).args(args).output().unwrap()
}

fn ok(data: &Path, args: &[&str]) -> String {
    let out = run(data, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Run a command that must be refused: exit 2, and the message (stderr) returned.
fn refused(data: &Path, args: &[&str]) -> String {
    let out = run(data, args);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{args:?} should be refused: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// Every file of a folder (recursively) with its bytes; SQLite's shared-memory index is left
/// out (it holds no data and readers may touch it).
fn fingerprint(dir: &Path) -> BTreeMap<PathBuf, (usize, u64)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if !p.to_string_lossy().ends_with("-shm") {
                use std::hash::{Hash, Hasher};
                let bytes = std::fs::read(&p).unwrap();
                let mut h = std::collections::hash_map::DefaultHasher::new();
                bytes.hash(&mut h);
                out.insert(p.strip_prefix(dir).unwrap().to_path_buf(), (bytes.len(), h.finish()));
            }
        }
    }
    out
}

/// A laptop's data folder with demo learners and activity.
fn laptop() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    ok(&data, &["generate-demo", "--learners", "4", "--seed", "7"]);
    (tmp, data)
}

#[test]
fn out_never_overwrites_the_database_backups_or_courses() {
    let (tmp, data) = laptop();
    ok(&data, &["backup", "--out", tmp.path().join("b.sqlite").to_str().unwrap()]);
    std::fs::create_dir_all(data.join("backups")).unwrap();
    let before = fingerprint(&data);
    let db = data.join("progress.sqlite");
    let courses_file = fixture("mini").join("course.ron");
    let targets: Vec<PathBuf> = vec![
        db.clone(),
        data.join("progress.sqlite-wal"),
        data.join("progress.sqlite-shm"),
        data.join("backups").join("x.sqlite"),
        courses_file.clone(),
        // The same file through another spelling of its folder.
        data.join(".").join("progress.sqlite"),
    ];
    let courses_before = std::fs::read(&courses_file).unwrap();
    for t in &targets {
        let t = t.to_str().unwrap();
        for args in [
            vec!["export-progress", "--out", t],
            vec!["report", "--format", "csv", "--out", t],
            vec!["xapi", "export", "--out", t],
            vec!["backup", "--out", t],
            vec!["certificate", "--learner", "x", "--course", "mini", "--out", t],
        ] {
            let err = refused(&data, &args);
            assert!(err.contains("Nothing was written"), "{args:?}: {err}");
        }
    }
    assert_eq!(fingerprint(&data), before, "the data folder is unchanged");
    assert_eq!(std::fs::read(&courses_file).unwrap(), courses_before);
}

#[test]
fn restore_keeps_work_that_was_still_in_the_wal() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let db = data.join("progress.sqlite");
    let old_backup = tmp.path().join("old.sqlite");
    {
        let store = Store::open(&db).unwrap();
        store.add_learner("In The Backup", None, "en").unwrap();
        store.backup_to(&old_backup).unwrap();
    }
    // A crash: the last work is committed in the WAL, not yet in the main file. Copy the files
    // while the store is open, as a crash would leave them.
    let crashed = tmp.path().join("crashed");
    {
        let store = Store::open(&db).unwrap();
        let l = store.add_learner("Only In The Wal", None, "en").unwrap();
        store
            .record(
                &l.id,
                &CourseId::from("mini"),
                &ModuleId::from("basics"),
                FactKind::LessonVisited { lesson_id: "b1".into() },
            )
            .unwrap();
        copy_dir(&data, &crashed);
        assert!(crashed.join("progress.sqlite-wal").metadata().unwrap().len() > 0, "work is in the WAL");
    }
    let out = ok(&crashed, &["restore", old_backup.to_str().unwrap()]);
    assert!(out.contains("before-restore"), "{out}");
    let aside = crashed.join("progress.sqlite.before-restore");
    let kept = Store::open(&aside).unwrap();
    let names: Vec<String> = kept.learners().unwrap().into_iter().map(|l| l.name).collect();
    assert!(names.contains(&"Only In The Wal".to_string()), "the WAL's work is in the kept copy: {names:?}");
    let restored = ok(&crashed, &["learners", "list"]);
    assert!(restored.contains("In The Backup") && !restored.contains("Only In The Wal"), "{restored}");
}

#[test]
fn an_empty_progress_file_is_damage_not_a_new_laptop() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("progress.sqlite"), b"").unwrap();
    let before = fingerprint(&data);
    let err = refused(&data, &["learners", "list"]);
    assert!(err.contains("empty (0 bytes)") && err.contains("cpms-player restore"), "{err}");
    refused(&data, &["learners", "add", "Someone"]);
    assert_eq!(fingerprint(&data), before);
    // A file of another kind, and a database of a newer program, are refused the same way.
    std::fs::write(data.join("progress.sqlite"), b"hello, this is a note").unwrap();
    let err = refused(&data, &["learners", "list"]);
    assert!(err.contains("not a progress database"), "{err}");
    std::fs::remove_file(data.join("progress.sqlite")).unwrap();
    ok(&data, &["learners", "add", "Ana"]);
    let conn = rusqlite::Connection::open(data.join("progress.sqlite")).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let before = fingerprint(&data);
    for args in [&["learners", "list"][..], &["learners", "add", "Ben"]] {
        let err = refused(&data, args);
        assert!(err.contains("newer CPMS Player") && err.contains("update"), "{err}");
        assert_eq!(err.matches("update CPMS Player").count(), 1, "said once: {err}");
    }
    assert_eq!(fingerprint(&data), before);
}

#[test]
fn recovery_proposes_the_newest_backup_that_holds_learners_and_rotation_keeps_it() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("progress.sqlite");
    let dir = backup::backup_dir(&db);
    {
        let store = Store::open(&db).unwrap();
        store.add_learner("Kept", None, "en").unwrap();
        store.rotate_backup(&dir).unwrap();
    }
    std::thread::sleep(std::time::Duration::from_millis(20));
    // Then a week and more of backups of an emptied database.
    std::fs::remove_file(&db).unwrap();
    let _ = std::fs::remove_file(tmp.path().join("progress.sqlite-wal"));
    let empty = Store::open(&db).unwrap();
    for _ in 0..backup::KEEP_BACKUPS + 3 {
        std::thread::sleep(std::time::Duration::from_millis(5));
        empty.rotate_backup(&dir).unwrap();
    }
    let all = backup::describe_backups(&dir);
    assert_eq!(all.len(), backup::KEEP_BACKUPS + 1, "the last backup with learners survives rotation");
    let proposed = backup::recommended(&all).unwrap();
    assert_eq!(proposed.learners, 1);
    assert!(all[0].learners == 0 && all[0].taken_at >= proposed.taken_at, "newer but empty backups exist");
}

#[test]
fn learners_csv_from_real_spreadsheets() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let file = tmp.path().join("classe.csv");
    // Excel in a French locale: `;`, a byte-order mark, a French header, CRLF lines, a PIN in
    // Arabic-Indic digits.
    std::fs::write(&file, "\u{FEFF}Nom;Code;Langue\r\nAïcha Diallo;1234;fr\r\nمحمد علي;٤٥٦٧;ar\r\n").unwrap();
    let out = ok(&data, &["learners", "import", file.to_str().unwrap()]);
    assert!(out.contains("Added 2 learners"), "{out}");
    let list = ok(&data, &["learners", "list"]);
    assert!(list.contains("Aïcha Diallo\tfr\tPIN") && list.contains("محمد علي\tar\tPIN"), "{list}");
    assert!(!list.contains("1234"), "no PIN in a name: {list}");
    let store = Store::open(&data.join("progress.sqlite")).unwrap();
    let m = store.find_learner("محمد علي").unwrap();
    assert!(store.check_pin(&m.id, "4567").unwrap() && store.check_pin(&m.id, "٤٥٦٧").unwrap());
    drop(store);
    // The same class list again adds no one.
    let again = ok(&data, &["learners", "import", file.to_str().unwrap()]);
    assert!(again.contains("Added 0 learners") && again.contains("already"), "{again}");
    // Spanish and Arabic headers are understood too.
    std::fs::write(&file, "Nombre,Idioma\nLucía Pérez,es\n").unwrap();
    assert!(ok(&data, &["learners", "import", file.to_str().unwrap()]).contains("Added 1 learners"));
    std::fs::write(&file, "الاسم\tاللغة\nفاطمة\tar\n").unwrap();
    assert!(ok(&data, &["learners", "import", file.to_str().unwrap()]).contains("Added 1 learners"));
    let before = fingerprint(&data);
    // Another tool's export: the columns are named, not PIN and language errors.
    std::fs::write(&file, "email,first_name,phone\na@b.org,Ana,+2547000\n").unwrap();
    let err = refused(&data, &["learners", "import", file.to_str().unwrap()]);
    assert!(err.contains("the columns are 'email', 'first_name', 'phone'"), "{err}");
    // True line numbers (a quoted name over two lines), invisible names, bad PINs.
    std::fs::write(&file, "name,pin\n\"Ana\nMaria\",1234\n\u{200B}\u{200F},\nBen,12\n").unwrap();
    let err = refused(&data, &["learners", "import", file.to_str().unwrap()]);
    assert!(err.contains("line 2: the name contains control characters"), "{err}");
    assert!(err.contains("line 4: the name has no visible letters"), "{err}");
    assert!(err.contains("line 5: '12' is not a PIN"), "{err}");
    // A file cut off inside a quotation mark, and a file that is not UTF-8 text.
    std::fs::write(&file, "name,pin\n\"Ana,1234\n").unwrap();
    refused(&data, &["learners", "import", file.to_str().unwrap()]);
    std::fs::write(&file, b"name\nJos\xe9\n").unwrap();
    let err = refused(&data, &["learners", "import", file.to_str().unwrap()]);
    assert!(err.contains("line 2") && err.contains("UTF-8"), "{err}");
    assert_eq!(fingerprint(&data), before, "refused files change nothing");
}

#[test]
fn the_report_is_safe_to_open_in_a_spreadsheet() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    ok(&data, &["learners", "add", "=HYPERLINK(\"http://x\";\"click\")"]);
    ok(&data, &["learners", "add", "@SUM(A1)"]);
    let csv = ok(&data, &["report", "--format", "csv"]);
    assert!(csv.starts_with('\u{FEFF}'), "a byte-order mark for Excel");
    assert!(csv.contains("'=HYPERLINK") && csv.contains("'@SUM"), "{csv}");
    for line in csv.lines().skip(1) {
        let name = line.split(',').nth(1).unwrap_or("");
        assert!(!name.trim_start_matches('"').starts_with(['=', '+', '-', '@']), "{line}");
    }
}

#[test]
fn an_empty_pin_is_refused_not_taken_as_removal() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    ok(&data, &["learners", "add", "Ana", "--pin", "1234"]);
    let before = fingerprint(&data);
    let err = refused(&data, &["learners", "set-pin", "Ana", ""]);
    assert!(err.contains("--remove"), "{err}");
    refused(&data, &["learners", "set-pin", "Ana"]);
    assert_eq!(fingerprint(&data), before);
    assert!(ok(&data, &["learners", "list"]).contains("Ana\ten\tPIN"));
    assert!(ok(&data, &["learners", "set-pin", "Ana", "--remove"]).contains("PIN removed"));
    assert!(!ok(&data, &["learners", "list"]).contains("PIN"));
    // Arabic-Indic digits are a PIN.
    ok(&data, &["learners", "set-pin", "Ana", "٩٨٧٦"]);
    assert!(ok(&data, &["learners", "list"]).contains("PIN"));
}

#[test]
fn files_that_are_not_bundles_are_named_as_such() {
    let (tmp, data) = laptop();
    let before = fingerprint(&data);
    let cases: [(&str, &[u8]); 4] = [
        ("learners.json", br#"{"name": "Ana", "pin": "1234"}"#),
        ("photo.json", b"\xff\xd8\xff\xe0 JFIF binary"),
        ("list.json", b"[1, 2, 3]"),
        ("report.csv", b"learner_id,learner_name\n1,Ana\n"),
    ];
    for (name, bytes) in cases {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let err = refused(&data, &["import-progress", path.to_str().unwrap()]);
        assert!(err.contains("is not a CPMS progress bundle") && err.contains(name), "{name}: {err}");
        assert!(!err.contains("UTF-8") && !err.contains("unknown field"), "{name}: {err}");
    }
    assert_eq!(fingerprint(&data), before);
}

#[test]
fn a_large_bundle_merges_streaming_all_or_nothing() {
    let (tmp, a) = laptop();
    let file = tmp.path().join("a.json");
    ok(&a, &["export-progress", "--out", file.to_str().unwrap()]);
    let hq = tmp.path().join("hq");
    ok(&hq, &["learners", "add", "Trainer Desk"]);
    // A bundle whose last fact is broken: nothing of it is merged.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut bundle: serde_json::Value = serde_json::from_str(&text).unwrap();
    let facts = bundle["facts"].as_array_mut().unwrap();
    let n = facts.len();
    facts[n - 1]["at"] = serde_json::json!(-5);
    let broken = tmp.path().join("broken.json");
    std::fs::write(&broken, bundle.to_string()).unwrap();
    let before = fingerprint(&hq);
    let err = refused(&hq, &["import-progress", file.to_str().unwrap(), broken.to_str().unwrap()]);
    assert!(err.contains("broken.json") && err.contains("impossible time"), "{err}");
    assert_eq!(fingerprint(&hq), before, "the good file was not merged either");
    let out = ok(&hq, &["import-progress", file.to_str().unwrap()]);
    assert!(out.contains(&format!("{n} new facts")), "{out}");
}

#[test]
fn a_locked_database_says_to_close_the_app() {
    let (_tmp, data) = laptop();
    let conn = rusqlite::Connection::open(data.join("progress.sqlite")).unwrap();
    conn.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let err = refused(&data, &["learners", "add", "Ben"]);
    assert!(err.contains("Is CPMS Player open on this laptop?"), "{err}");
    assert_eq!(err.matches("in use").count(), 1, "said once: {err}");
    conn.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn a_write_protected_data_folder_can_still_be_read() {
    let (_tmp, data) = laptop();
    let before = fingerprint(&data);
    let mounted = Command::new("mount").arg("--bind").arg(&data).arg(&data).status().is_ok_and(|s| s.success())
        && Command::new("mount").args(["-o", "remount,ro,bind"]).arg(&data).status().is_ok_and(|s| s.success());
    if !mounted {
        assert!(std::env::var("CI").is_err(), "CI runs as root and must test a read-only mount");
        eprintln!("skipped: a read-only bind mount needs root");
        return;
    }
    let list = run(&data, &["learners", "list"]);
    let report = run(&data, &["report", "--format", "csv"]);
    let add = run(&data, &["learners", "add", "Ben"]);
    let _ = Command::new("umount").arg(&data).status();
    assert!(list.status.success(), "{}", String::from_utf8_lossy(&list.stderr));
    assert!(String::from_utf8_lossy(&list.stderr).contains("read-only"));
    assert_eq!(String::from_utf8_lossy(&list.stdout).lines().count(), 4);
    assert!(report.status.success(), "{}", String::from_utf8_lossy(&report.stderr));
    let err = String::from_utf8_lossy(&add.stderr);
    assert_eq!(add.status.code(), Some(2), "{err}");
    assert!(err.contains("is read-only") && err.contains("write-protected"), "{err}");
    assert_eq!(fingerprint(&data), before);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (_tmp, data) = laptop();
    let mut child =
        cmd(&data).args(["report", "--format", "json"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut first = [0u8; 10];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
}

#[test]
fn verify_does_not_echo_a_huge_input() {
    let tmp = tempfile::tempdir().unwrap();
    let huge = "A".repeat(100_000);
    let out = run(&tmp.path().join("data"), &["verify", &huge]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.len() < 400 && err.contains("100000 characters"), "{}", &err[..err.len().min(400)]);
}

#[test]
fn errors_are_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("progress.sqlite"), b"").unwrap();
    let english = refused(&data, &["learners", "list"]);
    for (lang, flag_or_env) in [("fr", true), ("es", false), ("ar", true)] {
        let out = if flag_or_env {
            run(&data, &["--lang", lang, "learners", "list"])
        } else {
            cmd(&data).env("LANG", format!("{lang}_ES.UTF-8")).args(["learners", "list"]).output().unwrap()
        };
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2));
        assert_ne!(err, english, "{lang}: {err}");
        assert!(err.contains(&data.join("progress.sqlite").display().to_string()), "{lang}: {err}");
    }
}

/// A tiny HTTP server on 127.0.0.1 that answers every request with `answer` (or never answers).
fn fake_server(answer: Option<&'static str>) -> (String, std::thread::JoinHandle<()>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/xapi", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        listener.set_nonblocking(false).unwrap();
        let started = std::time::Instant::now();
        let mut held = Vec::new();
        while started.elapsed().as_secs() < 20 {
            let Ok((mut s, _)) = listener.accept() else { break };
            s.set_read_timeout(Some(std::time::Duration::from_millis(300))).unwrap();
            let mut buf = [0u8; 65536];
            let _ = s.read(&mut buf);
            match answer {
                Some(a) => {
                    let _ = s.write_all(a.as_bytes());
                }
                None => held.push(s),
            }
            if held.len() > 2 || answer.is_some() && started.elapsed().as_secs() > 10 {
                break;
            }
        }
    });
    (url, handle)
}

#[test]
fn a_wifi_login_page_is_not_an_lrs() {
    let (_tmp, data) = laptop();
    let (url, _server) = fake_server(Some(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 52\r\nConnection: close\r\n\r\n<html><body>Please log in to the Wi-Fi</body></html>",
    ));
    let waiting_before = ok(&data, &["xapi", "status"]);
    let out = run(&data, &["xapi", "sync", "--endpoint", &url, "--user", "u", "--password", "p"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("not as a Learning Record Store") && err.contains("text/html"), "{err}");
    let waiting_after = ok(&data, &["xapi", "status"]);
    assert_eq!(waiting_before.lines().next(), waiting_after.lines().next(), "everything still waits");
    assert!(!waiting_after.starts_with("0 statements waiting"), "{waiting_after}");
}

#[test]
fn validate_reads_zips_and_refuses_what_it_cannot_trust() {
    let (tmp, course) = mini_copy();
    // A zip of a valid course validates.
    let zip_path = tmp.path().join("mini.zip");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        let opts: zip::write::SimpleFileOptions = Default::default();
        let mut stack = vec![course.clone()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    let name = p.strip_prefix(tmp.path()).unwrap().to_string_lossy().replace('\\', "/");
                    zip.start_file(name, opts).unwrap();
                    zip.write_all(&std::fs::read(&p).unwrap()).unwrap();
                }
            }
        }
        zip.finish().unwrap();
    }
    let data = tmp.path().join("data");
    assert!(ok(&data, &["validate", zip_path.to_str().unwrap()]).contains("ok  mini"));
    // A byte-order mark is fine.
    let manifest = course.join("course.ron");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("\u{FEFF}{text}")).unwrap();
    ok(&data, &["validate", course.to_str().unwrap()]);
    // A Latin-1 byte is reported with its line.
    let module = course.join("en/basics.ron");
    let original = std::fs::read(&module).unwrap();
    let mut latin1 = original.clone();
    let at = latin1.iter().position(|&b| b == b'\n').unwrap() + 1;
    latin1.insert(at, 0xE9);
    std::fs::write(&module, &latin1).unwrap();
    let out = run(&data, &["validate", course.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("basics.ron:2:1") && err.contains("not UTF-8"), "{err}");
    std::fs::write(&module, &original).unwrap();
    // A symbolic link (even a looping one) is refused by name.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/etc/hostname", course.join("en/picture.png")).unwrap();
        let err = String::from_utf8_lossy(&run(&data, &["validate", course.to_str().unwrap()]).stderr).to_string();
        assert!(err.contains("picture.png") && err.contains("symbolic link"), "{err}");
        std::fs::remove_file(course.join("en/picture.png")).unwrap();
    }
    // A language listed twice.
    common::edit(&manifest, "\"fr\"", "\"fr\", \"fr\"");
    let err = String::from_utf8_lossy(&run(&data, &["validate", course.to_str().unwrap()]).stderr).to_string();
    assert!(err.contains("listed twice"), "{err}");
    std::fs::write(&manifest, &text).unwrap();
    // One missing glossary translation is one problem.
    if course.join("fr/glossary.ron").exists() {
        std::fs::remove_file(course.join("fr/glossary.ron")).unwrap();
        let out = run(&data, &["validate", course.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("1 problem(s) found"), "{err}");
    }
}

#[test]
fn the_automatic_backup_leaves_no_stray_files() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("progress.sqlite");
    let store = Store::open(&db).unwrap();
    store.add_learner("Ana", None, "en").unwrap();
    let dir = backup::backup_dir(&db);
    std::fs::create_dir_all(&dir).unwrap();
    // What a backup cut short by closing the window leaves behind.
    std::fs::write(dir.join("progress-2026-12-01-1.partial"), b"half a copy").unwrap();
    // … and the rollback journal SQLite keeps beside that copy while it is written.
    std::fs::write(dir.join("progress-2026-12-01-1.partial-journal"), b"journal").unwrap();
    let made = backup::automatic_backup(&db, &dir).unwrap();
    let names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, [made.file_name().unwrap().to_string_lossy().into_owned()], "one backup, nothing else");
    assert_eq!(backup::describe(&made).learners, 1);
}
