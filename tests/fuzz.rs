//! Property-based fuzzing of the two parsers of untrusted files: the course loader and progress
//! bundle import. Random damage (deletions, insertions of syntax characters, duplications) must
//! never panic; a refused bundle must leave the database unchanged; a loader error must point
//! inside the damaged file.

mod common;
use common::*;
use cpms_player::course::load_course;
use cpms_player::progress::{Store, demo::generate_demo, report_csv};
use proptest::prelude::*;
use std::sync::OnceLock;

#[derive(Debug, Clone)]
enum Damage {
    Delete(usize, usize),
    Insert(usize, String),
    Duplicate(usize, usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(a, n)| Damage::Delete(a, n)),
        (any::<usize>(), "[\\[\\](){}\",:a-z0-9 \\\\#-]{1,6}").prop_map(|(a, s)| Damage::Insert(a, s)),
        (any::<usize>(), 1usize..60).prop_map(|(a, n)| Damage::Duplicate(a, n)),
    ]
}

/// Apply damage at char boundaries.
fn apply(text: &str, damages: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for d in damages {
        let len = chars.len().max(1);
        match d {
            Damage::Delete(at, n) => {
                let start = at % len;
                let end = (start + n).min(chars.len());
                chars.drain(start..end);
            }
            Damage::Insert(at, s) => {
                let at = at % (chars.len() + 1);
                chars.splice(at..at, s.chars());
            }
            Damage::Duplicate(at, n) => {
                let start = at % len;
                let end = (start + n).min(chars.len());
                let copy: Vec<char> = chars[start..end].to_vec();
                chars.splice(end..end, copy);
            }
        }
    }
    chars.into_iter().collect()
}

fn good_bundle() -> &'static String {
    static BUNDLE: OnceLock<String> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let course = load_course(&fixture("mini")).unwrap();
        let store = Store::open_in_memory().unwrap();
        generate_demo(&store, &course, 2, 11).unwrap();
        serde_json::to_string(&store.export_bundle().unwrap()).unwrap()
    })
}

proptest! {
    // 400 cases per run in the suite; FUZZ_CASES=N for a longer session.
    #![proptest_config(ProptestConfig::with_cases(std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400)))]

    #[test]
    fn the_course_loader_never_panics_on_damaged_files(damages in proptest::collection::vec(damage(), 1..4), file in 0usize..3) {
        let (_tmp, dir) = mini_copy();
        let name = ["en/basics.ron", "en/final.ron", "course.ron"][file];
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let damaged = apply(&text, &damages);
        std::fs::write(&path, &damaged).unwrap();
        if let Err(errors) = load_course(&dir) {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(e.file.starts_with(&dir), "{e}");
                prop_assert!(!e.message.is_empty());
            }
        }
    }

    #[test]
    fn bundle_import_never_panics_and_refusals_change_nothing(damages in proptest::collection::vec(damage(), 1..4)) {
        let course = load_course(&fixture("mini")).unwrap();
        let good = good_bundle();
        // A laptop that already holds work: a refused bundle must leave all of it as it was.
        let store = Store::open_in_memory().unwrap();
        generate_demo(&store, &course, 1, 5).unwrap();
        let snapshot = |s: &Store| {
            let bundle = s.export_bundle().unwrap();
            (report_csv(&s.report(&course).unwrap()).unwrap(), bundle.learners, bundle.facts, bundle.certificates)
        };
        let before = snapshot(&store);
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("damaged.json");
        std::fs::write(&path, apply(good, &damages)).unwrap();
        match store.import_bundle_files(&[path]) {
            Ok(_) => {}
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                let after = snapshot(&store);
                prop_assert!(after == before, "a refused bundle changed the store: {e}");
            }
        }
    }
}
