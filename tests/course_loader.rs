//! Loading and validating course packages: good packages load, every broken one is reported
//! with file, line, column and a fix, all problems at once.

mod common;
use common::*;
use cpms_player::course::{self, load_catalog, load_course};
use cpms_player::ids::{ItemId, LessonId, ModuleId};

#[test]
fn the_fixture_course_loads_with_its_structure() {
    let course = load_course(&fixture("mini")).expect("fixture is valid");
    assert_eq!(course.id(), "mini");
    let en = course.language("en");
    assert_eq!(en.modules.len(), 2);
    assert_eq!(course.lesson_ids(), [("basics".into(), "b-one".into()), ("basics".into(), "b-two".into())]);
    assert_eq!(course.pass_mark(&ModuleId::from("basics")), 70);
    assert_eq!(course.pass_mark(&ModuleId::from("final")), 80);
    assert_eq!(course.draw(&ModuleId::from("final")), cpms_player::quiz::Draw::Count(2));
    assert_eq!(course.draw(&ModuleId::from("basics")).count(), None, "module quizzes ask every item");
    let stats = course::stats::course_stats(&course);
    assert_eq!((stats.lessons, stats.items, stats.glossary_terms), (2, 6, 1));
    assert_eq!(stats.item_kinds.len(), 6, "all six kinds: {:?}", stats.item_kinds);
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let (_tmp, dir) = mini_copy();
    let file = dir.join("en/basics.ron");
    edit(&file, "minutes: 3,", "minutes: 3");
    let line = line_of(&file, "minutes: 3");
    let errors = load_course(&dir).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e.file, file);
    assert_eq!(e.line, line);
    assert!(e.column > 0);
    assert!(e.to_string().contains("basics.ron:"), "{e}");
    assert!(!e.hint.is_empty());
}

#[test]
fn an_unknown_field_is_named_with_the_allowed_ones() {
    let (_tmp, dir) = mini_copy();
    let file = dir.join("en/basics.ron");
    edit(&file, "summary:", "sumary:");
    let errors = load_course(&dir).unwrap_err();
    let e = &errors[0];
    assert_eq!(e.line, line_of(&file, "sumary"));
    assert!(e.message.contains("sumary"), "{e}");
    assert!(e.hint.contains("summary"), "{e}");
}

#[test]
fn all_problems_are_reported_at_once_across_files() {
    let (_tmp, dir) = mini_copy();
    edit(
        &dir.join("en/basics.ron"),
        "Choice(id: \"b\", text: \"Anyone under 12\"",
        "Choice(id: \"b\", correct: true, text: \"Anyone under 12\"",
    );
    edit(&dir.join("en/basics.ron"), "[[child]]", "[[kid]]");
    edit(&dir.join("en/final.ron"), "Step(id: \"s2\"", "Step(id: \"s1\"");
    let all = load_course(&dir).unwrap_err();
    // The English files now differ from their translations too: those are reported as well.
    assert!(all.iter().any(|e| e.file.ends_with("fr/basics.ron") && e.message.contains("differs from 'en'")));
    let errors: Vec<_> = all.into_iter().filter(|e| e.file.parent().is_some_and(|p| p.ends_with("en"))).collect();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 3, "{text:#?}");
    assert!(text.iter().any(|t| t.contains("basics.ron") && t.contains("2 correct options")));
    assert!(text.iter().any(|t| t.contains("basics.ron") && t.contains("[[kid]]")));
    assert!(text.iter().any(|t| t.contains("final.ron") && t.contains("same id")));
    let single = errors.iter().find(|e| e.message.contains("correct options")).unwrap();
    assert_eq!(single.line, line_of(&dir.join("en/basics.ron"), "\"b-q1\""));
}

#[test]
fn a_missing_module_file_points_at_the_manifest() {
    let (_tmp, dir) = mini_copy();
    std::fs::remove_file(dir.join("en/final.ron")).unwrap();
    let errors = load_course(&dir).unwrap_err();
    assert_eq!(errors[0].file, dir.join("course.ron"));
    assert_eq!(errors[0].line, line_of(&dir.join("course.ron"), "\"final\""));
    assert!(errors[0].hint.contains("final"));
}

#[test]
fn a_bank_smaller_than_the_draw_is_refused() {
    let (_tmp, dir) = mini_copy();
    edit(&dir.join("course.ron"), "draw: 2", "draw: 9");
    let errors = load_course(&dir).unwrap_err();
    assert_eq!(errors.len(), 1, "reported once, not once per language: {errors:?}");
    assert!(errors[0].message.contains("draws 9 items") && errors[0].message.contains("holds 4"), "{errors:?}");
    assert_eq!(
        (errors[0].file.clone(), errors[0].line),
        (dir.join("course.ron"), line_of(&dir.join("course.ron"), "draw"))
    );
}

#[test]
fn a_faithful_translation_is_accepted() {
    let (_tmp, dir) = mini_copy();
    edit(&dir.join("fr/basics.ron"), "Qui est un enfant ?", "Qui est donc un enfant ?");
    let course = load_course(&dir).unwrap();
    assert_eq!(
        course.language("fr").item(&ModuleId::from("basics"), &ItemId::from("b-q1")).unwrap().prompt,
        "Qui est donc un enfant ?"
    );
    assert_eq!(
        course.language("ar").lesson(&ModuleId::from("basics"), &LessonId::from("b-one")).unwrap().title,
        "الدرس الأول"
    );
}

#[test]
fn a_translation_with_another_correct_answer_is_refused() {
    let (_tmp, dir) = mini_copy();
    edit(&dir.join("fr/basics.ron"), "TrueFalse(answer: true)", "TrueFalse(answer: false)");
    let errors = load_course(&dir).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, dir.join("fr/basics.ron"));
    assert!(errors[0].message.contains("answer true") && errors[0].message.contains("answer false"), "{}", errors[0]);
    assert_eq!(errors[0].line, line_of(&dir.join("fr/basics.ron"), "\"b-q2\""));
}

#[test]
fn a_translation_without_the_spare_of_a_matching_item_is_refused() {
    let (_tmp, dir) = mini_copy();
    edit(&dir.join("ar/final.ron"), ", spares: [Spare(id: \"x1\", right: \"جانبي\")]", "");
    let errors = load_course(&dir).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, dir.join("ar/final.ron"));
    assert!(errors[0].message.contains("spare [x1]") && errors[0].message.contains("spare []"), "{}", errors[0]);
}

#[test]
fn a_spare_with_the_id_of_a_pair_is_refused() {
    let (_tmp, dir) = mini_copy();
    for lang in ["en", "fr", "es", "ar"] {
        edit(&dir.join(lang).join("final.ron"), "Spare(id: \"x1\"", "Spare(id: \"p2\"");
    }
    let errors = load_course(&dir).unwrap_err();
    assert!(errors.iter().any(|e| e.message.contains("two pairs or spares with the same id")), "{errors:?}");
}

/// Put a figure after the "end of the lessons" text of every language of the mini course.
fn with_figure(dir: &std::path::Path, svg: &str) {
    std::fs::create_dir_all(dir.join("media")).unwrap();
    std::fs::write(dir.join("media/f.svg"), svg).unwrap();
    for (lang, end) in [("en", "The end of the lessons."), ("fr", ""), ("es", ""), ("ar", "نهاية الدروس.")] {
        let file = dir.join(lang).join("basics.ron");
        let text = std::fs::read_to_string(&file).unwrap();
        let end = if end.is_empty() {
            text.lines().filter(|l| l.contains("Text(")).nth(1).unwrap().trim().to_string()
        } else {
            format!("Text(\"{end}\"),")
        };
        let at = text.find(&end).unwrap() + end.len();
        std::fs::write(
            &file,
            format!("{}\n            Image(src: \"media/f.svg\", alt: \"A figure\"),{}", &text[..at], &text[at..]),
        )
        .unwrap();
    }
}

#[test]
fn a_figure_that_cannot_be_drawn_is_refused_at_its_line() {
    let (_tmp, dir) = mini_copy();
    with_figure(&dir, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect");
    let errors = load_course(&dir).unwrap_err();
    assert_eq!(errors.len(), 4, "one per language: {errors:?}");
    let en = errors.iter().find(|e| e.file == dir.join("en/basics.ron")).unwrap();
    assert!(en.message.contains("cannot be drawn"), "{en}");
    assert_eq!(en.line, line_of(&dir.join("en/basics.ron"), "media/f.svg"));
}

#[test]
fn a_figure_of_its_own_is_loaded_for_a_language_that_has_one() {
    let (_tmp, dir) = mini_copy();
    let svg = |w: u32| format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} 10\"/>");
    with_figure(&dir, &svg(10));
    std::fs::write(dir.join("media/f.ar.svg"), svg(20)).unwrap();
    let course = load_course(&dir).unwrap();
    assert_eq!(course.language("en").media["media/f.svg"], svg(10).as_bytes());
    assert_eq!(course.language("fr").media["media/f.svg"], svg(10).as_bytes());
    assert_eq!(course.language("ar").media["media/f.svg"], svg(20).as_bytes());
}

#[test]
fn a_translation_missing_a_block_is_refused() {
    let (_tmp, dir) = mini_copy();
    edit(&dir.join("fr/basics.ron"), "List([\"un\", \"deux\"]),", "");
    let errors = load_course(&dir).unwrap_err();
    assert!(errors[0].message.contains("differs from 'en'"), "{}", errors[0]);
    assert_eq!(errors[0].file, dir.join("fr/basics.ron"));
}

#[test]
fn a_broken_course_does_not_stop_the_others_loading() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixture("mini"), &tmp.path().join("a-good"));
    copy_dir(&fixture("mini"), &tmp.path().join("b-broken"));
    edit(&tmp.path().join("b-broken/en/final.ron"), "lessons: [],", "lessons: [,");
    let catalog = load_catalog(tmp.path());
    assert_eq!(catalog.courses.len(), 1);
    assert_eq!(catalog.problems.len(), 1);
    assert!(catalog.problems[0].1[0].file.ends_with("b-broken/en/final.ron"));
}

#[test]
fn a_lesson_never_shows_less_than_its_reading_time() {
    let (_tmp, dir) = mini_copy();
    // 250 words and the scenario's 5 take 2 minutes at 130 words a minute; the lesson claims 1.
    let long = "word ".repeat(250);
    edit(&dir.join("en/basics.ron"), "Text(\"The end of the lessons.\")", &format!("Text(\"{long}\")"));
    edit(
        &dir.join("en/basics.ron"),
        "Lesson(id: \"b-two\", title: \"Second lesson\", minutes: 4",
        "Lesson(id: \"b-two\", title: \"Second lesson\", minutes: 1",
    );
    let course = load_course(&dir).unwrap();
    let en = course.language("en").lesson(&ModuleId::from("basics"), &LessonId::from("b-two")).unwrap();
    // Two minutes of reading and one for the scenario block.
    assert_eq!(en.minutes, 3);
    // A generous estimate is kept, and languages may differ.
    assert_eq!(course.language("fr").lesson(&ModuleId::from("basics"), &LessonId::from("b-two")).unwrap().minutes, 4);
    assert_eq!(course.language("en").lesson(&ModuleId::from("basics"), &LessonId::from("b-one")).unwrap().minutes, 3);
}
