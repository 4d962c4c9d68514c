//! No lost progress: a child process records answers in a loop and reports each one after the
//! store says it is committed; it is killed with SIGKILL at random moments, 100 times. Every
//! answer it reported must be in the database, and the database must pass integrity_check.

use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::progress::{FactKind, Store};
use cpms_player::quiz::Response;
use rand::{Rng, SeedableRng};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

const CHILD_ENV: &str = "CPMS_CRASH_CHILD_DB";

/// The child: runs only when started by the test below with CPMS_CRASH_CHILD_DB set.
#[test]
fn crash_child_writer() {
    let Ok(db) = std::env::var(CHILD_ENV) else { return };
    let store = Store::open(std::path::Path::new(&db)).unwrap();
    let learner = match store.learners().unwrap().into_iter().next() {
        Some(l) => l,
        None => store.add_learner("Crash Tester", None, "en").unwrap(),
    };
    let mut out = std::io::stdout();
    loop {
        let kind = FactKind::ItemAnswered {
            quiz_id: "q".into(),
            attempt_id: "a".into(),
            item_id: "i".into(),
            response: Response::Bool(true),
            correct: true,
            credit: 1.0,
        };
        let fact = store.record(&learner.id, &CourseId::from("mini"), &ModuleId::from("basics"), kind).unwrap();
        // Only now, after the commit returned, does the learner see it as saved.
        use std::io::Write;
        writeln!(out, "committed {}", fact.id).unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn answers_survive_sigkill_at_random_moments() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let mut reported: Vec<String> = Vec::new();
    for trial in 0..100 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash_child_writer", "--nocapture", "--test-threads", "1"])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let lines = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| l.strip_prefix("committed ").map(String::from))
                .collect::<Vec<_>>()
        });
        std::thread::sleep(Duration::from_millis(rng.random_range(20..150)));
        // SIGKILL: no destructor, no flush, no chance to clean up.
        child.kill().unwrap();
        child.wait().unwrap();
        let ids = lines.join().unwrap();
        reported.extend(ids);
        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "trial {trial}");
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    // A fact's id that is a UUID is kept as its 16 bytes.
    let mut stmt = conn.prepare("SELECT COUNT(*) FROM facts WHERE id = unhex(replace(?1, '-', ''))").unwrap();
    let missing: Vec<&String> =
        reported.iter().filter(|id| stmt.query_row([id], |r| r.get::<_, i64>(0)).unwrap() != 1).collect();
    assert!(reported.len() > 100, "the child reported {} commits", reported.len());
    assert!(missing.is_empty(), "{} of {} reported answers are missing", missing.len(), reported.len());
    eprintln!("{} committed answers over 100 kills, all present", reported.len());
}
