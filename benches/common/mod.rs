//! Shared set-up for the benchmarks: the bundled course and demo databases cached under
//! `target/bench-data/` (generating 10,000 learners takes a while; later runs reuse the file).
#![allow(dead_code)]

use cpms_player::course::{Course, load_course};
use cpms_player::progress::Store;
use cpms_player::progress::demo::generate_demo;
use std::path::{Path, PathBuf};

pub fn course_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019")
}

pub fn course() -> Course {
    load_course(&course_dir()).unwrap_or_else(|e| panic!("the bundled course does not load: {e:?}"))
}

fn cache_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench-data")
}

/// A database file holding `learners` demo learners (seed `seed`) of `course`, generated once and
/// cached. Returns its path; open it with `Store::open` (reads) or copy it first (writes).
pub fn demo_db(course: &Course, learners: usize, seed: u64) -> PathBuf {
    let dir = cache_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("demo-{}-{learners}-seed{seed}.sqlite", course.id()));
    if path.is_file() {
        if let Ok(store) = Store::open(&path)
            && store.learners().map(|l| l.len()).unwrap_or(0) == learners
        {
            return path;
        }
        remove_db(&path);
    }
    let partial = path.with_extension("partial");
    remove_db(&partial);
    let started = std::time::Instant::now();
    {
        let store = Store::open(&partial).unwrap();
        let report = generate_demo(&store, course, learners, seed).unwrap();
        eprintln!(
            "bench set-up: generated {} learners, {} facts in {:.1} s (cached in {})",
            report.learners,
            report.facts,
            started.elapsed().as_secs_f64(),
            path.display()
        );
    } // closing the last connection checkpoints the WAL into the file
    std::fs::rename(&partial, &path).unwrap();
    path
}

/// Copy a cached database file (closed, checkpointed) to `to`.
pub fn copy_db(from: &Path, to: &Path) {
    std::fs::copy(from, to).unwrap();
}

pub fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Number of facts in a store (via a bundle export would be slow; count through the report API).
pub fn fact_count(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT COUNT(*) FROM facts", [], |r| r.get(0)).unwrap()
}
