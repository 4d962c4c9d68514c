//! Course figures in lessons (issue 19): the bundled diagrams load in every language, Arabic has
//! its own mirrored drawings, and a lesson shows the picture with its alt text as the name a
//! screen reader hears — through the real app (egui_kittest).

mod common;
use cpms_player::course::search::{Index, Place};
use cpms_player::course::{Block, Catalog, load_catalog};
use cpms_player::figure::Figure;
use cpms_player::i18n::Tr;
use cpms_player::ui::CpmsApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;

fn bundled() -> Catalog {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    assert_eq!(catalog.courses.len(), 1, "{:?}", catalog.problems);
    catalog
}

/// (lesson id, src, alt) of every figure of a language.
fn figures(catalog: &Catalog, lang: &str) -> Vec<(cpms_player::ids::LessonId, String, String)> {
    let content = catalog.courses[0].language(lang);
    content
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .flat_map(|l| {
            l.blocks.iter().filter_map(|b| match b {
                Block::Image { src, alt } => Some((l.id.clone(), src.clone(), alt.clone())),
                _ => None,
            })
        })
        .collect()
}

#[test]
fn every_language_has_the_five_diagrams_and_arabic_draws_its_own() {
    let catalog = bundled();
    let en = figures(&catalog, "en");
    let srcs: Vec<&str> = en.iter().map(|(_, s, _)| s.as_str()).collect();
    for name in ["cpms-structure", "programme-cycle", "mhpss-layers", "socio-ecological", "case-management"] {
        assert!(srcs.contains(&format!("media/{name}.svg").as_str()), "{name} missing: {srcs:?}");
    }
    for lang in ["en", "fr", "es", "ar"] {
        let content = catalog.courses[0].language(lang);
        for (lesson, src, alt) in figures(&catalog, lang) {
            assert!(alt.split_whitespace().count() >= 10, "{lang} {lesson}: alt text too short");
            let bytes = content.media.get(&src).unwrap_or_else(|| panic!("{lang} {src} not loaded"));
            let figure = Figure::parse(bytes).unwrap();
            assert!(figure.render(600).is_some(), "{lang} {src}");
            let svg = String::from_utf8_lossy(bytes);
            if lang == "en" {
                continue;
            }
            // Each language draws its own words; Arabic mirrored (right-to-left text runs).
            assert_ne!(bytes, &catalog.courses[0].language("en").media[&src], "{lang} {src} is the English drawing");
            assert_eq!(svg.contains("direction=\"rtl\""), lang == "ar", "{lang} {src}");
        }
    }
}

/// The app on the bundled course, a new learner in `lang`, on the lesson holding `alt`'s figure
/// (opened through the search, which finds a figure by its alt text).
fn lesson_with_figure(lang: &str, alt: &str, dir: &Path) -> Harness<'static, CpmsApp> {
    let tr = Tr::new(lang);
    let mut h = common::new_learner(bundled(), &dir.join("p.sqlite"), lang);
    h.get_by_label(&tr.t("start-course")).click();
    h.run();
    h.get_by_label(&tr.t("search-open")).click();
    h.run();
    for _ in 0..500 {
        if h.query_by_label(&tr.t("search-preparing")).is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run();
    }
    let words: Vec<&str> = alt.split_whitespace().take(6).collect();
    h.get_by_label(&tr.t("search-label")).focus();
    h.get_by_label(&tr.t("search-label")).type_text(&words.join(" "));
    h.run();
    h
}

#[test]
fn a_lesson_shows_its_figure_named_by_its_alt_text_in_english_and_arabic() {
    let catalog = bundled();
    for lang in ["en", "ar"] {
        let (lesson, src, alt) =
            figures(&catalog, lang).into_iter().find(|(_, s, _)| s.ends_with("mhpss-layers.svg")).unwrap();
        let content = catalog.courses[0].language(lang).clone();
        let words: Vec<&str> = alt.split_whitespace().take(6).collect();
        let found = Index::build(&content).search(&words.join(" "), 10);
        let hit = found
            .iter()
            .find(|f| matches!(&f.place, Place::Lesson { lesson: l, .. } if *l == lesson))
            .unwrap_or_else(|| panic!("{lang}: the search does not find the figure of {lesson} ({src})"));
        let title = hit.title.iter().map(|s| s.text.as_str()).collect::<String>();

        let dir = tempfile::tempdir().unwrap();
        let mut h = lesson_with_figure(lang, &alt, dir.path());
        h.get_all_by_role_and_label(egui::accesskit::Role::Link, &title).next().unwrap().click();
        h.run();
        // The picture is on screen, named by its alt text, as wide as the text column allows.
        let image = h.get_by_role_and_label(egui::accesskit::Role::Image, &alt);
        let rect = image.rect();
        assert!(rect.width() > 400.0 && rect.height() > 200.0, "{lang}: {rect:?}");
        assert!(rect.top() < 800.0 && rect.bottom() > 0.0, "{lang}: the figure is scrolled into view: {rect:?}");
    }
}
