//! The validator refuses glossary links that name no term, at their file and line, and suggests
//! the nearest term id.

mod common;

use common::fixture;
use cpms_player::course::load_course;

#[test]
fn unresolved_links_are_refused_with_line_and_nearest_term() {
    let dir = fixture("broken-link");
    let errors = load_course(&dir).unwrap_err();
    let links: Vec<_> = errors.iter().filter(|e| e.message.contains("glossary link")).collect();
    let text: Vec<String> = links.iter().map(|e| e.to_string()).collect();
    assert_eq!(links.len(), 3, "{text:#?}");

    let typo = links.iter().find(|e| e.message.contains("[[best-interest]]")).expect("typo reported");
    assert!(typo.file.ends_with("en/basics.ron"));
    assert_eq!((typo.line, typo.column), (7, 39), "{typo}");
    assert!(typo.hint.contains("did you mean [[best-interests]]?"), "{}", typo.hint);

    let spaced = links.iter().find(|e| e.message.contains("[[paris principles]]")).expect("spaced id reported");
    assert_eq!(spaced.line, 8);
    assert!(spaced.hint.contains("did you mean [[paris-principles]]?"), "{}", spaced.hint);

    let far = links.iter().find(|e| e.message.contains("[[xyz]]")).expect("far link reported");
    assert_eq!(far.line, 9);
    assert!(!far.hint.contains("did you mean"), "no term is near 'xyz': {}", far.hint);
    assert!(far.hint.contains("glossary.ron"));
}

#[test]
fn the_bundled_course_has_no_unresolved_link() {
    let course = load_course(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019"));
    let errors = course.err().unwrap_or_default();
    let links: Vec<String> =
        errors.iter().filter(|e| e.message.contains("glossary link")).map(|e| e.to_string()).collect();
    assert!(links.is_empty(), "{links:#?}");
}

#[test]
fn an_about_text_is_needed_in_every_language_and_its_links_must_resolve() {
    let (_tmp, dir) = common::mini_copy();
    let manifest = dir.join("course.ron");
    let source = std::fs::read_to_string(&manifest).unwrap().replace(
        "xapi_activity_base:",
        "about: {\"en\": \"Independent. A [[chil]] is under 18.\", \"fr\": \"Indépendant.\", \"es\": \"\"},\n    xapi_activity_base:",
    );
    std::fs::write(&manifest, source).unwrap();
    let errors = load_course(&dir).unwrap_err();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(text.iter().any(|t| t.contains("course.ron") && t.contains("'es'")), "{text:#?}");
    assert!(text.iter().any(|t| t.contains("'ar'")), "{text:#?}");
    let link = errors.iter().find(|e| e.message.contains("[[chil]]")).expect("link in about checked");
    assert!(link.hint.contains("did you mean [[child]]?"), "{}", link.hint);
    assert_eq!(link.line, 11);
}
