//! The final assessment's blueprint: items carry what they test, every attempt of the bundled
//! course covers every section (and so every standard), translations carry the same tags, and
//! the validator names a blueprint the bank cannot meet.

mod common;
use common::*;
use cpms_player::course::{Tag, load_course};
use cpms_player::ids::ModuleId;
use cpms_player::quiz::{Draw, plan_attempt};
use std::collections::BTreeSet;
use std::path::Path;

fn bundled() -> cpms_player::course::Course {
    load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019"))
        .unwrap_or_else(|e| panic!("{}", e.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")))
}

#[test]
fn every_attempt_covers_every_section_and_all_28_standards_in_every_language() {
    let c = bundled();
    let Draw::Blueprint(sections) = c.draw(&ModuleId::from("final")) else {
        panic!("the bundled final has no blueprint")
    };
    for lang in ["en", "fr", "es", "ar"] {
        let items = &c.language(lang).quiz(&ModuleId::from("final")).unwrap().items;
        for seed in 0..1000u64 {
            let plan = plan_attempt(items, c.draw(&ModuleId::from("final")), seed);
            assert_eq!(plan.items.len(), 34, "{lang} seed {seed}");
            let drawn: Vec<_> = plan.items.iter().map(|p| &items[p.index]).collect();
            let ids: BTreeSet<_> = drawn.iter().map(|i| &i.id).collect();
            assert_eq!(ids.len(), drawn.len(), "{lang} seed {seed}: an item drawn twice");
            let standards: BTreeSet<u8> = drawn
                .iter()
                .flat_map(|i| &i.tests)
                .filter_map(|t| match Tag::parse(t) {
                    Some(Tag::Standard(n)) => Some(n),
                    _ => None,
                })
                .collect();
            assert_eq!(standards.len(), 28, "{lang} seed {seed}: standards {standards:?}");
            for s in sections {
                let n = drawn.iter().filter(|i| i.tests.iter().any(|t| s.tags.contains(t))).count();
                assert!(n >= s.draw, "{lang} seed {seed}: section {} got {n}", s.name);
            }
        }
    }
}

#[test]
fn every_final_item_says_what_it_tests_and_its_level() {
    let c = bundled();
    for i in &c.language("en").quiz(&ModuleId::from("final")).unwrap().items {
        assert!(!i.tests.is_empty() && i.level.is_some(), "{} has no tags or level", i.id);
        assert!(i.tests.iter().all(|t| Tag::parse(t).is_some()), "{}: {:?}", i.id, i.tests);
    }
}

#[test]
fn a_blueprint_the_bank_cannot_meet_is_named_with_its_line() {
    let (_tmp, dir) = mini_copy();
    let manifest = dir.join("course.ron");
    edit(
        &manifest,
        "draw: 2, pass_mark: 80",
        "pass_mark: 80, sections: [Section(tags: [\"basics\"], draw: 1), Section(tags: [\"std-13\"], draw: 1)]",
    );
    let errors = load_course(&dir).unwrap_err();
    let e = errors.iter().find(|d| d.message.contains("std-13")).unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!((e.file.clone(), e.line), (manifest.clone(), line_of(&manifest, "std-13")));
    assert!(e.message.contains("1 missing") && e.hint.contains("tests: [\"std-13\"]"), "{e}");
}

#[test]
fn tags_must_be_identical_in_every_translation() {
    let (_tmp, dir) = mini_copy();
    let en = std::fs::read_to_string(dir.join("en/final.ron")).unwrap();
    let first_item = en.find("Item(").expect("an item in the mini bank");
    let id_line = en[first_item..].find("id: ").map(|i| first_item + i).unwrap();
    // Give the first English item a tag the translations lack.
    let mut tagged = en.clone();
    tagged.insert_str(id_line, "tests: [\"basics\"], level: recall, ");
    std::fs::write(dir.join("en/final.ron"), tagged).unwrap();
    let errors = load_course(&dir).unwrap_err();
    assert!(errors.iter().any(|d| d.message.contains("tests [basics]")), "{errors:?}");
    assert!(errors.iter().all(|d| d.message.contains("differs from 'en'")), "{errors:?}");
}

#[test]
fn a_malformed_tag_is_refused() {
    let (_tmp, dir) = mini_copy();
    for lang in ["en", "fr", "es", "ar"] {
        let path = dir.join(lang).join("final.ron");
        let text = std::fs::read_to_string(&path).unwrap();
        let at = text.find("Item(").unwrap() + "Item(".len();
        let mut t = text.clone();
        t.insert_str(at, "tests: [\"standard-13\"], ");
        std::fs::write(&path, t).unwrap();
    }
    let errors = load_course(&dir).unwrap_err();
    assert_eq!(errors.len(), 4, "one per language: {errors:?}");
    assert!(errors[0].message.contains("standard-13") && errors[0].hint.contains("std-1"), "{}", errors[0]);
}
