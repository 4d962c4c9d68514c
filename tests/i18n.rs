//! Interface translations: every language defines every message, Fluent files parse cleanly,
//! plurals follow each language's rules, and the certificate words are translated.

use cpms_player::certificate::certificate_labels;
use cpms_player::i18n::{Arg, LANGUAGES, Tr, is_rtl, source};
use fluent_bundle::FluentResource;
use std::collections::BTreeSet;

fn ids(lang: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(source(lang).unwrap().to_string())
        .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl: {errors:?}"));
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english = ids("en");
    assert!(english.len() > 80);
    for (lang, _) in LANGUAGES {
        assert_eq!(ids(lang), english, "{lang}.ftl");
        let tr = Tr::new(lang);
        for id in &english {
            assert!(tr.has(id), "{lang} lacks {id}");
        }
    }
}

#[test]
fn translations_differ_from_english_and_keep_arguments() {
    for lang in ["fr", "es", "ar"] {
        let tr = Tr::new(lang);
        assert_ne!(tr.t("profiles-title"), Tr::new("en").t("profiles-title"), "{lang}");
        let s = tr.ta("continue-lesson", &[("lesson", Arg::from("L-42"))]);
        assert!(s.contains("L-42"), "{lang}: {s}");
        assert!(!s.contains('\u{2068}'), "no isolation marks in labels");
    }
}

#[test]
fn plurals_follow_each_language() {
    let hours = |lang: &str, n: u32| Tr::new(lang).ta("study-hours", &[("hours", Arg::from(n))]);
    assert!(hours("en", 1).contains("one hour"));
    assert!(hours("en", 5).contains("5 hours"));
    assert_ne!(hours("fr", 1), hours("fr", 5));
    assert_ne!(hours("es", 1), hours("es", 5));
    // Arabic has six plural forms: one, two, few (3–10) and many (11–99) read differently.
    let ar: BTreeSet<String> = [1, 2, 3, 11].iter().map(|&n| hours("ar", n)).collect();
    assert_eq!(ar.len(), 4, "{ar:?}");
}

#[test]
fn arabic_is_right_to_left_and_certificates_are_translated() {
    assert!(is_rtl("ar") && !is_rtl("fr"));
    assert!(Tr::new("ar").rtl());
    let ar = certificate_labels("ar");
    assert!(ar.rtl);
    assert_ne!(ar.heading, certificate_labels("en").heading);
    assert_eq!(Tr::new("xx").lang(), "en", "unknown languages fall back to English");
}

fn problem_ids(lang: &str) -> BTreeSet<String> {
    let source = cpms_player::i18n::problem_source(lang).unwrap();
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, errors)| panic!("cli-{lang}.ftl: {errors:?}"));
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_problem_message_exists_in_every_language_and_is_translated() {
    use cpms_player::problem::Problem;
    let english = problem_ids("en");
    assert!(english.len() > 40);
    for (lang, _) in LANGUAGES {
        assert_eq!(problem_ids(lang), english, "cli-{lang}.ftl");
        assert!(ids(lang).is_disjoint(&english), "{lang}: an id in both files");
    }
    let p = Problem::new("db-locked").arg("path", "/data/progress.sqlite");
    let texts: BTreeSet<String> = LANGUAGES.iter().map(|(l, _)| Tr::new(l).problem(&p)).collect();
    assert_eq!(texts.len(), 4, "four different languages: {texts:?}");
    assert!(texts.iter().all(|t| t.contains("/data/progress.sqlite")));
}
