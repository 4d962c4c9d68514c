//! The course cache: a cached course is exactly the course a full load builds, and any change to
//! the course folder misses the cache, so problems are always found and reported.

mod common;
use common::{edit, fixture, mini_copy};
use cpms_player::course::{cache::load_course_cached, load_course};
use std::process::Command;

#[test]
fn a_cached_course_is_the_course_a_full_load_builds() {
    let cache = tempfile::tempdir().unwrap();
    let full = load_course(&fixture("mini")).unwrap();
    let first = load_course_cached(&fixture("mini"), Some(cache.path())).unwrap();
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 1, "the cache was written");
    let written = std::fs::read_dir(cache.path()).unwrap().flatten().next().unwrap().path();
    let stamp = std::fs::metadata(&written).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let warm = load_course_cached(&fixture("mini"), Some(cache.path())).unwrap();
    assert_eq!(
        std::fs::metadata(&written).unwrap().modified().unwrap(),
        stamp,
        "the second load read the cache (a cache that cannot be decoded is written again)"
    );
    assert_eq!(format!("{full:?}"), format!("{first:?}"));
    assert_eq!(format!("{full:?}"), format!("{warm:?}"));
    let bundled = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019");
    let cold = load_course(&bundled).unwrap();
    load_course_cached(&bundled, Some(cache.path())).unwrap();
    let files = || -> Vec<_> {
        let mut v: Vec<_> = std::fs::read_dir(cache.path())
            .unwrap()
            .flatten()
            .map(|e| (e.path(), e.metadata().unwrap().modified().unwrap()))
            .collect();
        v.sort();
        v
    };
    let before = files();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let warm = load_course_cached(&bundled, Some(cache.path())).unwrap();
    assert_eq!(files(), before, "the bundled course is read from the cache");
    assert_eq!(format!("{cold:?}"), format!("{warm:?}"));
}

#[test]
fn any_change_misses_the_cache_and_problems_are_reported() {
    let (tmp, dir) = mini_copy();
    let data = tmp.path().join("data");
    let validate = || {
        Command::new(env!("CARGO_BIN_EXE_cpms-player"))
            .arg("--data-dir")
            .arg(&data)
            .arg("validate")
            .arg(&dir)
            .output()
            .unwrap()
    };
    assert!(validate().status.success());
    assert!(validate().status.success(), "warm");
    assert!(data.join("cache").read_dir().unwrap().count() >= 1);
    let file = dir.join("en/basics.ron");
    edit(&file, "id: \"basics\"", "id: \"basics\" oops");
    let out = validate();
    assert_eq!(out.status.code(), Some(1), "a broken file is never taken from the cache");
    assert!(String::from_utf8_lossy(&out.stderr).contains("basics.ron:"));
    edit(&file, "id: \"basics\" oops", "id: \"basics\"");
    assert!(validate().status.success());
    // A damaged cache file is ignored.
    for e in data.join("cache").read_dir().unwrap().flatten() {
        std::fs::write(e.path(), b"garbage").unwrap();
    }
    assert!(validate().status.success());
}
