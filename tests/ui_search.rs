//! Search across the course and the glossary, through the real app (egui_kittest) and on the
//! bundled CPMS course: an Arabic word finds the same lesson with and without its short vowels,
//! a result opens its lesson at the paragraph found, glossary terms in a lesson open their own
//! entry, and the index is quick to build.

mod common;
use common::fixture;
use cpms_player::course::search::{Index, Place};
use cpms_player::course::{Catalog, load_catalog};
use cpms_player::i18n::{LANGUAGES, Tr};
use cpms_player::ui::CpmsApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;

fn bundled() -> Catalog {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    assert_eq!(catalog.courses.len(), 1, "{:?}", catalog.problems);
    catalog
}

/// The app on `catalog`, a new learner signed in, in `lang`, on the first lesson.
fn studying(catalog: Catalog, lang: &str, dir: &Path) -> Harness<'static, CpmsApp> {
    let tr = Tr::new(lang);
    let mut h = common::new_learner(catalog, &dir.join("p.sqlite"), lang);
    h.get_by_label(&tr.t("start-course")).click();
    h.run();
    h
}

/// Replace what the search field holds (once the index, built on its own thread, is ready).
fn search(h: &mut Harness<'static, CpmsApp>, label: &str, query: &str) {
    for _ in 0..500 {
        let preparing = ["Preparing the search…", "جارٍ تجهيز البحث…"];
        if !preparing.iter().any(|p| h.query_by_label(p).is_some()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run();
    }
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.get_by_label(label).type_text(query);
    h.run();
}

#[track_caller]
fn shown(h: &Harness<'static, CpmsApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

#[test]
fn an_arabic_word_finds_the_same_lesson_with_and_without_diacritics() {
    let dir = tempfile::tempdir().unwrap();
    let tr = Tr::new("ar");
    let mut h = studying(load_catalog(&fixture("")), "ar", dir.path());
    assert!(shown(&h, "الدرس الأول"));
    // The glossary term that opens the paragraph is a link where it is drawn: at the right end
    // of the first line (right to left).
    let paragraph = h.get_by_label("الطفل هو كل من هو دون الثامنة عشرة وفق المعيار 16 CPMS.").rect();
    let links: Vec<egui::Rect> =
        h.query_all_by_role_and_label(egui::accesskit::Role::Link, "الطفل").map(|n| n.rect()).collect();
    let term = links.iter().find(|r| paragraph.contains_rect(**r)).copied().expect("the term is a link in the text");
    assert!((term.right() - paragraph.right()).abs() < 3.0 && term.width() > 15.0, "{term:?} in {paragraph:?}");
    assert!(term.width() < paragraph.width() / 3.0, "{term:?} in {paragraph:?}");
    h.get_by_label(&tr.t("search-open")).click();
    h.run();
    assert!(shown(&h, &tr.t("search-title")));
    let result = "الأساسيات › الدرس الثاني";
    // The lesson says "فكّر" (with a shadda).
    for query in ["فكّر", "فكر", "فَكَّرَ"] {
        search(&mut h, &tr.t("search-label"), query);
        assert!(shown(&h, result), "{query:?} finds nothing");
        assert!(shown(&h, &tr.ta("search-count", &[("count", 1usize.into())])), "{query:?}");
    }
    // Alef with hamza or without, taa marbuta or haa: the same title.
    search(&mut h, &tr.t("search-label"), "الاساسيات الدرس الثانى");
    assert!(shown(&h, result));
    // A glossary term is found too; a word that is nowhere says so.
    search(&mut h, &tr.t("search-label"), "طفل");
    assert!(shown(&h, &format!("{} · الطفل", tr.t("glossary"))));
    search(&mut h, &tr.t("search-label"), "زرافة");
    assert!(shown(&h, &tr.ta("search-none", &[("query", "زرافة".into())])));
    // Opening a result opens its lesson.
    search(&mut h, &tr.t("search-label"), "فكر");
    h.get_by_role_and_label(egui::accesskit::Role::Link, result).click();
    h.run();
    assert!(shown(&h, "الدرس الثاني"));
    assert!(shown(&h, "حالة: فكّر في الأمر.") || shown(&h, "فكّر في الأمر."));
}

#[test]
fn an_english_search_opens_the_lesson_at_the_paragraph_found() {
    let catalog = bundled();
    let content = catalog.courses[0].language("en").clone();
    // A word of a paragraph far down a later lesson: the result must open that lesson there.
    let query = "latrine lights locks";
    let found = Index::build(&content).search(query, 10);
    let Some(Place::Lesson { module, lesson, block: Some(block) }) = found.first().map(|f| f.place.clone()) else {
        panic!("{query:?}: {found:?}")
    };
    let l = content.lesson(&module, &lesson).unwrap();
    let cpms_player::course::Block::Text(text) = &l.blocks[block] else { panic!("not a paragraph") };
    let paragraph = cpms_player::course::markup::plain(text);

    let dir = tempfile::tempdir().unwrap();
    let mut h = studying(catalog, "en", dir.path());
    assert!(!shown(&h, &l.title));
    h.get_by_label("🔍 Search").click();
    h.run();
    search(&mut h, "Search for", "LATRINE Lights lOcKs");
    let title = found[0].title.iter().map(|s| s.text.as_str()).collect::<String>();
    h.get_by_role_and_label(egui::accesskit::Role::Link, &title).click();
    h.run();
    assert!(shown(&h, &l.title));
    // The paragraph is on screen, scrolled into view in the lesson column.
    let node = h.get_by_label(&paragraph);
    let rect = node.rect();
    assert!(rect.top() >= 0.0 && rect.bottom() <= 800.0 && block > 3, "{rect:?} (block {block})");
    // "Back" from the search page leads to where it was opened; the query is kept.
    h.get_by_label("🔍 Search").click();
    h.run();
    assert_eq!(h.get_by_label("Search for").value().as_deref(), Some("LATRINE Lights lOcKs"));
    assert!(shown(&h, &format!("← {}", l.title)));
}

#[test]
fn a_glossary_term_in_a_lesson_opens_its_own_entry() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = studying(load_catalog(&fixture("")), "en", dir.path());
    // "A [[child]] is anyone under **eighteen**.": the term is a link of its own.
    h.get_by_role_and_label(egui::accesskit::Role::Link, "child").click();
    h.run();
    assert!(shown(&h, "Glossary"));
    assert!(shown(&h, "Anyone under 18."));
    h.get_by_label("← First lesson").click();
    h.run();
    assert!(shown(&h, "First lesson"));
    // The whole glossary from the lesson, with a filter.
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Glossary").click();
    h.run();
    h.get_by_label("Find a term").focus();
    h.get_by_label("Find a term").type_text("giraffe");
    h.run();
    assert!(shown(&h, "No term matches."));
}

#[test]
fn the_glossary_page_lists_every_term_in_arabic() {
    let catalog = bundled();
    let terms = catalog.courses[0].language("ar").glossary.terms.clone();
    assert!(terms.len() > 20);
    let dir = tempfile::tempdir().unwrap();
    let tr = Tr::new("ar");
    let mut h = studying(catalog, "ar", dir.path());
    h.get_by_role_and_label(egui::accesskit::Role::Button, &tr.t("glossary")).click();
    h.run();
    assert!(shown(&h, &tr.t("glossary-filter")));
    // Every term is there (laid out in the scroll area, even below the fold).
    for t in &terms {
        assert!(shown(&h, &t.term), "{} missing", t.term);
    }
}

#[test]
fn the_bundled_course_is_indexed_quickly_and_folds_arabic() {
    let catalog = bundled();
    let course = &catalog.courses[0];
    for (lang, _) in LANGUAGES {
        let started = std::time::Instant::now();
        let index = Index::build(course.language(lang));
        let built = started.elapsed();
        let started = std::time::Instant::now();
        let found = index.search(&course.language(lang).modules[1].lessons[0].title, 50);
        let searched = started.elapsed();
        eprintln!("{lang}: {} entries indexed in {built:?}, searched in {searched:?}", index.len());
        assert!(!found.is_empty(), "{lang}: a lesson title finds its lesson");
        // Measured in a debug build on a loaded machine: 50–100 ms to build (on its own thread), about 1 ms to search (a release build is
        // about ten times faster). The bound leaves room for a slow, busy machine.
        assert!(built.as_millis() < 400 && searched.as_millis() < 100, "{lang}: {built:?} {searched:?}");
    }
    // Words written with short vowels or shadda in the Arabic course are found without them.
    let index = Index::build(course.language("ar"));
    for (with, without) in [("مقدّمي", "مقدمي"), ("التعلّم", "التعلم"), ("أيضًا", "ايضا")]
    {
        let a: Vec<Place> = index.search(with, 500).into_iter().map(|f| f.place).collect();
        let b: Vec<Place> = index.search(without, 500).into_iter().map(|f| f.place).collect();
        assert!(!a.is_empty() && a == b, "{with} / {without}: {} / {}", a.len(), b.len());
    }
}
