//! A catalogue of malformed inputs — course files, zips, progress bundles, CSV files. Each one
//! gets a clear error naming where and what, never a panic, and leaves the database unchanged.

mod common;
use common::*;
use cpms_player::course::install::install_course;
use cpms_player::course::load_course;
use cpms_player::progress::{Store, demo::generate_demo, report_csv};

/// (what, file, text to find, replacement, words the message or hint must contain)
const COURSE_CASES: &[(&str, &str, &str, &str, &str)] = &[
    ("missing comma", "en/basics.ron", "minutes: 3,", "minutes: 3", "comma"),
    ("unclosed string", "en/basics.ron", "\"Start\"),", "\"Start),", "basics.ron"),
    ("unknown field", "en/basics.ron", "summary:", "sumary:", "summary"),
    ("missing field", "en/basics.ron", "explanation: \"They set a shared level.\",", "", "explanation"),
    ("wrong type", "en/basics.ron", "minutes: 4,", "minutes: \"four\",", "basics.ron"),
    ("unknown block", "en/basics.ron", "Heading(\"Start\")", "Paragraph(\"Start\")", "Heading"),
    ("unknown callout kind", "en/basics.ron", "kind: KeyPoint", "kind: Tip", "KeyPoint"),
    ("duplicate lesson id", "en/basics.ron", "id: \"b-two\"", "id: \"b-one\"", "used twice"),
    (
        "two correct answers",
        "en/basics.ron",
        "text: \"Anyone under 12\"",
        "text: \"Anyone under 12\", correct: true",
        "correct",
    ),
    (
        "no correct answer",
        "en/basics.ron",
        "text: \"Anyone under 18\", correct: true",
        "text: \"Anyone under 18\"",
        "0 correct",
    ),
    ("unknown glossary term", "en/basics.ron", "[[child]]", "[[kid]]", "kid"),
    ("module id mismatch", "en/basics.ron", "id: \"basics\"", "id: \"basic\"", "file name"),
    (
        "default language not listed",
        "course.ron",
        "default_language: \"en\"",
        "default_language: \"de\"",
        "default language",
    ),
    ("pass mark over 100", "course.ron", "pass_mark: 70", "pass_mark: 150", "pass mark"),
    ("draw larger than bank", "course.ron", "draw: 2", "draw: 9", "bank"),
    ("translation answer differs", "fr/basics.ron", "TrueFalse(answer: true)", "TrueFalse(answer: false)", "differs"),
    ("translation lacks a block", "fr/basics.ron", "List([\"un\", \"deux\"]),", "", "differs"),
    (
        "translation adds an option",
        "fr/basics.ron",
        "Choice(id: \"c\"",
        "Choice(id: \"d\", text: \"x\"), Choice(id: \"c\"",
        "differs",
    ),
    (
        "glossary id twice",
        "en/glossary.ron",
        "])",
        "    Term(id: \"child\", term: \"C\", definition: \"D\"),\n])",
        "twice",
    ),
    (
        "image not in package",
        "en/basics.ron",
        "Heading(\"Start\"),",
        "Heading(\"Start\"), Image(src: \"media/x.png\", alt: \"x\"),",
        "image",
    ),
    ("empty prompt", "en/basics.ron", "prompt: \"Who is a child?\"", "prompt: \" \"", "prompt"),
    (
        "nested scenario",
        "en/final.ron",
        "kind: TrueFalse(answer: true)),\n            ])",
        "kind: Scenario(case: \"c\", questions: [Item(id: \"n1\", prompt: \"p\", explanation: \"e\", kind: TrueFalse(answer: true))])),\n            ])",
        "inside another",
    ),
    (
        "ordering of one step",
        "en/final.ron",
        "Step(id: \"s2\", text: \"Two\"), Step(id: \"s3\", text: \"Three\")",
        "",
        "fewer than 2",
    ),
    ("matching with equal answers", "en/final.ron", "right: \"Down\"", "right: \"Cold\"", "identical"),
    ("empty quiz", "en/basics.ron", "items: [", "items: [], old: [", "old"),
    ("zero minutes", "en/basics.ron", "minutes: 3,", "minutes: 0,", "minutes"),
];

fn check_course_case(what: &str, file: &str, from: &str, to: &str, expect: &str) {
    let (_tmp, dir) = mini_copy();
    edit(&dir.join(file), from, to);
    let errors = load_course(&dir).unwrap_err();
    let all: Vec<String> = errors.iter().map(|e| format!("{e} {}", e.hint)).collect();
    let named = errors
        .iter()
        .find(|e| e.file.ends_with(file))
        .unwrap_or_else(|| panic!("{what}: no error names {file}: {all:#?}"));
    assert!(named.line >= 1 && named.column >= 1, "{what}: {named}");
    let text = format!("{} {}", named.message, named.hint).to_lowercase();
    assert!(
        expect == "x"
            || text.contains(&expect.to_lowercase())
            || all.iter().any(|a| a.to_lowercase().contains(&expect.to_lowercase())),
        "{what}: {all:#?}"
    );
}

#[test]
fn malformed_course_files_are_reported_precisely() {
    assert!(COURSE_CASES.len() >= 25);
    for (what, file, from, to, expect) in COURSE_CASES {
        check_course_case(what, file, from, to, expect);
    }
}

#[test]
fn unreadable_or_missing_course_files_are_reported() {
    let (_tmp, dir) = mini_copy();
    std::fs::write(dir.join("en/final.ron"), [0xff, 0xfe, 0x00]).unwrap();
    let e = &load_course(&dir).unwrap_err()[0];
    assert!(e.file.ends_with("en/final.ron") && e.message.contains("not UTF-8"), "{e}");
    std::fs::write(dir.join("en/final.ron"), "").unwrap();
    assert!(load_course(&dir).unwrap_err()[0].file.ends_with("en/final.ron"));
    std::fs::remove_file(dir.join("course.ron")).unwrap();
    assert!(load_course(&dir).unwrap_err()[0].hint.contains("course.ron"));
}

/// Everything a trainer sees of a database, to prove it did not change.
fn snapshot(store: &Store) -> (usize, String) {
    let course = load_course(&fixture("mini")).unwrap();
    (store.learners().unwrap().len(), report_csv(&store.report(&course).unwrap()).unwrap())
}

#[test]
fn malformed_bundles_and_csv_change_nothing() {
    let course = load_course(&fixture("mini")).unwrap();
    let source = Store::open_in_memory().unwrap();
    generate_demo(&source, &course, 2, 5).unwrap();
    let good = serde_json::to_string(&source.export_bundle().unwrap()).unwrap();
    let store = Store::open_in_memory().unwrap();
    generate_demo(&store, &course, 1, 6).unwrap();
    let before = snapshot(&store);
    let dir = tempfile::tempdir().unwrap();
    let bundles = [
        ("empty file", String::new()),
        ("truncated", good[..good.len() / 3].to_string()),
        ("not a bundle", "{\"hello\": 1}".to_string()),
        ("wrong format name", good.replacen("cpms-progress-bundle", "zip", 1)),
        ("future version", good.replacen("\"version\":2", "\"version\":3", 1)),
        ("unknown fact kind", good.replacen("lesson_visited", "lesson_forgotten", 1)),
        ("fact without learner", good.replacen("\"learner_id\":\"", "\"learner_id\":\"nobody-", 1)),
        ("negative time", good.replacen("\"at\":", "\"at\":-", 1)),
    ];
    for (what, text) in &bundles {
        assert_ne!(text, &good, "{what}");
        let path = dir.path().join(format!("{what}.json"));
        std::fs::write(&path, text).unwrap();
        let err = store.import_bundle_files(std::slice::from_ref(&path)).unwrap_err().to_string();
        assert!(err.contains(&path.display().to_string()), "{what}: {err}");
        assert_eq!(snapshot(&store), before, "{what}");
    }
    let csvs = [
        ("pin too short", "Ana,12\n", "line 1"),
        ("empty name", "name,pin\n\"\",1234\n", "line 2"),
        ("unknown language", "Ben,,xx\n", "xx"),
        ("pin with letters", "name,pin\nCaro,12ab\n", "line 2"),
        ("nothing in it", "\n\n", "no learners"),
    ];
    for (what, text, expect) in csvs {
        let problems = store.import_learners_csv(text, "en").unwrap_err();
        assert!(problems.iter().any(|p| p.contains(expect)), "{what}: {problems:?}");
        assert_eq!(snapshot(&store), before, "{what}");
    }
}

#[test]
fn malformed_zips_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let courses = tmp.path().join("courses");
    let junk = tmp.path().join("junk.zip");
    std::fs::write(&junk, b"this is not a zip").unwrap();
    assert!(install_course(&junk, &courses).unwrap_err()[0].message.contains("not a readable zip"));
    let empty = tmp.path().join("empty.zip");
    zip::ZipWriter::new(std::fs::File::create(&empty).unwrap()).finish().unwrap();
    assert!(install_course(&empty, &courses).unwrap_err()[0].message.contains("no course.ron"));
    let missing = tmp.path().join("missing.zip");
    assert!(install_course(&missing, &courses).is_err());
    assert!(std::fs::read_dir(&courses).map(|d| d.count()).unwrap_or(0) == 0, "nothing installed");
}
