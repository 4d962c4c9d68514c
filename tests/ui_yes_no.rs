//! A true/false item phrased as a question is answered "Yes" / "No" (in the learner's language),
//! in the question, its feedback and the review; a statement keeps "True" / "False".

mod common;
use common::{edit, mini_copy};
use cpms_player::course::load_catalog;
use cpms_player::i18n::Tr;
use cpms_player::ids::ModuleId;
use egui_kittest::kittest::Queryable;

/// Take the mini course's quiz in `lang` with the true/false item's prompt replaced by `question`:
/// it must offer `answer` (clicked, and right) and never the labels `absent`.
fn quiz(lang: &str, question: &str, answer: &str, absent: [&str; 2]) {
    let (tmp, dir) = mini_copy();
    let file = dir.join(lang).join("basics.ron");
    let statement = match lang {
        "ar" => "المعايير تساعد الاستجابة.",
        "fr" => "Les standards aident la réponse.",
        "es" => "Las normas ayudan a la respuesta.",
        _ => "Standards help the response.",
    };
    edit(&file, statement, question);
    let catalog = load_catalog(tmp.path());
    assert_eq!(catalog.courses.len(), 1, "{:?}", catalog.problems);
    let tr = Tr::new(lang);
    let mut h = common::new_learner(catalog, &tmp.path().join("p.sqlite"), lang);
    h.get_by_label(&tr.t("course-overview")).click();
    h.run();
    h.get_all_by_label(&tr.t("take-quiz")).next().unwrap().click();
    h.run();
    let mut asked = false;
    for _ in 0..2 {
        if h.query_by_label(question).is_some() {
            for word in absent {
                assert!(h.query_by_label(word).is_none(), "{lang}: {word:?} shown for a question");
            }
            h.get_by_label(answer).click();
            asked = true;
        } else {
            // The other item: "Who is a child?" — its first option is right in every language.
            let options = cpms_player::course::load_catalog(tmp.path()).courses[0].language(lang).clone();
            let item = &options.quiz(&ModuleId::from("basics")).unwrap().items[0];
            let cpms_player::course::ItemKind::SingleChoice { options } = &item.kind else { panic!() };
            h.get_by_label(&options[0].text).click();
        }
        h.run();
        h.get_by_label(&tr.t("check-answer")).click();
        h.run();
        h.get_by_label(&tr.t("correct"));
        let (next, results) = (tr.t("next-question"), tr.t("see-results"));
        h.query_by_label(&next).or_else(|| h.query_by_label(&results)).unwrap().click();
        h.run();
    }
    assert!(asked, "{lang}: the true/false item was not asked");
    // The review on the results page names the answer the same way.
    assert!(h.query_all_by_label_contains(answer).next().is_some(), "{lang}: {answer:?} not in the review");
    drop(tmp);
}

#[test]
fn a_question_is_answered_yes_or_no_in_every_language() {
    quiz("en", "Do standards help the response?", "Yes", ["True", "False"]);
    quiz("fr", "Les normes aident-elles la réponse ?", "Oui", ["Vrai", "Faux"]);
    quiz("es", "¿Ayudan las normas a la respuesta?", "Sí", ["Verdadero", "Falso"]);
    quiz("ar", "هل تساعد المعايير الاستجابة؟", "نعم", ["صواب", "خطأ"]);
}

#[test]
fn a_statement_keeps_true_and_false() {
    quiz("en", "Standards always help the response.", "True", ["Yes", "No"]);
}
