//! The bundled CPMS eCourse meets its content targets: structure, length, items, glossary.

use cpms_player::course::{Block, ItemKind, load_course, markup::term_links, stats::course_stats};
use std::path::Path;

fn course() -> cpms_player::course::Course {
    load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019"))
        .unwrap_or_else(|e| panic!("{}", e.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")))
}

#[test]
fn the_course_has_every_module_and_standard() {
    let c = course();
    assert_eq!(c.manifest.modules, ["intro", "principles", "pillar1", "pillar2", "pillar3", "pillar4", "final"]);
    let en = c.language("en");
    for n in 1..=28 {
        for part in ["aims", "practice"] {
            let id = format!("s{n:02}-{part}");
            assert!(en.modules.iter().flat_map(|m| &m.lessons).any(|l| l.id == id), "lesson {id} missing");
        }
    }
}

#[test]
fn the_course_meets_its_size_targets() {
    let c = course();
    let s = course_stats(&c);
    assert!(s.words["en"] >= 25_000, "{} words", s.words["en"]);
    assert!(s.items >= 150, "{} items", s.items);
    assert_eq!(s.item_kinds.len(), 6, "{:?}", s.item_kinds);
    assert!(s.glossary_terms >= 60);
    assert!((240..=300).contains(&s.study_minutes), "{} minutes in all: the course is 4-5 hours", s.study_minutes);
    assert!(s.minutes < s.study_minutes);
    let f = c.manifest.final_assessment.as_ref().unwrap();
    assert_eq!((f.draw, f.pass_mark, c.manifest.pass_mark), (25, 80, 70));
    assert!(c.language("en").quiz("final").unwrap().items.len() >= 50);
}

#[test]
fn every_item_explains_and_every_quiz_uses_several_kinds() {
    let c = course();
    for m in &c.language("en").modules {
        let quiz = m.quiz.as_ref().unwrap_or_else(|| panic!("module {} has no quiz", m.id));
        let kinds: std::collections::BTreeSet<_> =
            quiz.items.iter().map(|i| cpms_player::course::stats::kind_name(&i.kind)).collect();
        assert!(kinds.len() >= 5, "{} uses {} kinds", m.id, kinds.len());
        for i in &quiz.items {
            assert!(i.explanation.split_whitespace().count() >= 5, "{} explanation too short", i.id);
            if let ItemKind::Scenario { questions, .. } = &i.kind {
                assert!(questions.iter().all(|q| !q.explanation.trim().is_empty()));
            }
        }
    }
}

#[test]
fn lessons_link_the_glossary_and_estimate_their_time() {
    let c = course();
    let en = c.language("en");
    let mut linked = std::collections::BTreeSet::new();
    for l in en.modules.iter().flat_map(|m| &m.lessons) {
        assert!((2..=20).contains(&l.minutes), "{}: {} min", l.id, l.minutes);
        for b in &l.blocks {
            if let Block::Text(t) | Block::Callout { text: t, .. } = b {
                linked.extend(term_links(t));
            }
        }
    }
    assert!(linked.len() >= 60, "only {} glossary terms are linked from lessons", linked.len());
}
