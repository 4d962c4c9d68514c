//! Quiz journeys (egui_kittest, the real CPMS course): an answer is checked only once it is
//! complete (matching: every line, each right-hand text once; ordering: after a move or "Keep
//! this order"), the keyboard stays on the item after checking, an unfinished attempt resumes
//! after the app is dropped and reopened (same draw, answers kept), leaving asks first, and the
//! learner's text size and theme come back after a restart.

use cpms_player::course::{Item, ItemKind, Quiz, load_catalog};
use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::Path;

fn open(db: &Path) -> Harness<'static, CpmsApp> {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let app = CpmsApp::new(Store::open(db).unwrap(), catalog, "en".into());
    let mut h = Harness::builder().with_size([1366.0, 900.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

fn intro_quiz() -> Quiz {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    catalog.courses[0].language("en").quiz(&ModuleId::from("intro")).unwrap().clone()
}

#[track_caller]
fn shown(h: &Harness<'static, CpmsApp>, label: &str) {
    assert!(h.query_all_by_label(label).next().is_some(), "nothing labelled {label:?} is shown");
}

/// Sign in as Amina (created if needed) and start the intro module's quiz.
fn start_quiz(h: &mut Harness<'static, CpmsApp>) {
    h.get_by_label("Amina").click();
    h.run();
    h.get_by_label("Course overview").click();
    h.run();
    let take = h.query_all_by_label("Take the quiz").next().or_else(|| h.query_all_by_label("Resume the quiz").next());
    take.expect("a quiz button").click();
    h.run();
}

fn current<'q>(h: &Harness<'static, CpmsApp>, quiz: &'q Quiz) -> &'q Item {
    quiz.items.iter().find(|i| h.query_by_label(&i.prompt).is_some()).expect("a prompt is shown")
}

fn check_disabled(h: &Harness<'static, CpmsApp>) -> bool {
    h.get_by_label("Check answer").accesskit_node().is_disabled()
}

/// Choose `right` for the matching line `left`.
fn choose(h: &mut Harness<'static, CpmsApp>, left: &str, right: &str) {
    h.get_by_role_and_label(Role::ComboBox, left).click();
    h.run();
    h.get_all_by_label(right).last().unwrap().click();
    h.run();
}

/// Give some complete answer and check it, then go on.
fn answer_and_go_on(h: &mut Harness<'static, CpmsApp>, item: &Item) {
    answer(h, item);
    h.get_by_label("Check answer").click();
    h.run();
    let next = h.query_by_label("Next question").or_else(|| h.query_by_label("See my results"));
    next.expect("a way on").click();
    h.run();
}

fn answer(h: &mut Harness<'static, CpmsApp>, item: &Item) {
    match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => {
            h.get_by_label(&options[0].text).click()
        }
        ItemKind::TrueFalse { .. } if cpms_player::course::markup::asks_yes_no(&item.prompt) => {
            h.get_by_label("Yes").click()
        }
        ItemKind::TrueFalse { .. } => h.get_by_label("True").click(),
        ItemKind::Matching { pairs, .. } => {
            for p in pairs {
                choose(h, &p.left, &p.right);
            }
        }
        ItemKind::Ordering { .. } => h.get_by_label("Keep this order").click(),
        ItemKind::Scenario { questions, .. } => {
            for q in questions {
                answer(h, q);
            }
        }
    }
    h.run();
}

#[test]
fn matching_and_ordering_are_refused_until_complete() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    Store::open(&db).unwrap().add_learner("Amina", None, "en").unwrap();
    let quiz = intro_quiz();
    let mut h = open(&db);
    start_quiz(&mut h);
    let (mut saw_matching, mut saw_ordering) = (false, false);
    for _ in 0..quiz.items.len() {
        let item = current(&h, &quiz);
        match &item.kind {
            ItemKind::Matching { pairs, .. } if !saw_matching => {
                saw_matching = true;
                assert!(check_disabled(&h), "nothing chosen yet");
                shown(&h, &format!("{} lines still have no match.", pairs.len()));
                // The same right-hand text for two lines: it moves, the first line is empty again.
                choose(&mut h, &pairs[0].left, &pairs[0].right);
                choose(&mut h, &pairs[1].left, &pairs[0].right);
                assert!(check_disabled(&h), "one text for two lines");
                for p in &pairs[..pairs.len() - 1] {
                    choose(&mut h, &p.left, &p.right);
                }
                assert!(check_disabled(&h), "one line left");
                shown(&h, "One line still has no match.");
                let last = pairs.last().unwrap();
                choose(&mut h, &last.left, &last.right);
                assert!(!check_disabled(&h), "every line chosen");
                h.get_by_label("Check answer").click();
                h.run();
                shown(&h, "Correct");
                // Each line is marked, and the learner's choices stay visible.
                assert_eq!(h.query_all_by_label("Right").count(), pairs.len());
                go_on(&mut h);
            }
            ItemKind::Ordering { steps } if !saw_ordering => {
                saw_ordering = true;
                assert!(check_disabled(&h), "the shuffled order alone is not an answer");
                h.get_by_label("Keep this order").click();
                h.run();
                assert!(!check_disabled(&h), "kept on purpose");
                assert!(steps.len() > 2);
                answer_and_go_on_checked(&mut h);
            }
            _ => answer_and_go_on(&mut h, item),
        }
    }
    assert!(saw_matching && saw_ordering, "the intro quiz has both kinds");
}

fn answer_and_go_on_checked(h: &mut Harness<'static, CpmsApp>) {
    h.get_by_label("Check answer").click();
    h.run();
    go_on(h);
}

fn go_on(h: &mut Harness<'static, CpmsApp>) {
    h.query_by_label("Next question").or_else(|| h.query_by_label("See my results")).unwrap().click();
    h.run();
}

#[test]
fn after_checking_the_keyboard_stays_on_the_item() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    Store::open(&db).unwrap().add_learner("Amina", None, "en").unwrap();
    let quiz = intro_quiz();
    let mut h = open(&db);
    start_quiz(&mut h);
    shown(&h, "Question 1 of 12");
    let item = current(&h, &quiz);
    answer(&mut h, item);
    h.get_by_label("Check answer").click();
    h.run();
    // Focus moved to "Next question", next to the feedback: Enter goes on.
    assert!(h.get_by_label("Next question").is_focused(), "focus on Next");
    h.key_press(egui::Key::Enter);
    h.run();
    shown(&h, "Question 2 of 12");
}

#[test]
fn an_unfinished_quiz_resumes_after_reopening_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    Store::open(&db).unwrap().add_learner("Amina", None, "en").unwrap();
    let quiz = intro_quiz();
    let (first, second) = {
        let mut h = open(&db);
        start_quiz(&mut h);
        let first = current(&h, &quiz).id.clone();
        let item = current(&h, &quiz).clone();
        answer_and_go_on(&mut h, &item);
        let item = current(&h, &quiz).clone();
        answer(&mut h, &item);
        h.get_by_label("Check answer").click();
        h.run();
        (first, item.id)
        // The app is dropped here, in the middle of the quiz, without leaving it.
    };
    let mut h = open(&db);
    h.get_by_label("Amina").click();
    h.run();
    h.get_by_label("Course overview").click();
    h.run();
    shown(&h, "Quiz in progress: 2 of 12 questions answered");
    h.get_by_label("Resume the quiz").click();
    h.run();
    // Same draw, same place: the second question, checked, with its feedback.
    shown(&h, "Question 2 of 12");
    assert_eq!(current(&h, &quiz).id, second);
    h.get_by_label("Next question").click();
    h.run();
    shown(&h, "Question 3 of 12");
    let third = current(&h, &quiz).id.clone();
    assert!(third != first && third != second);
    let store = Store::open(&dir.path().join("p.sqlite")).unwrap();
    let learner = store.learners().unwrap().remove(0);
    let open = store
        .open_attempt(&learner.id, &CourseId::from("cpms-2019"), &ModuleId::from("intro"))
        .unwrap()
        .expect("still open");
    assert_eq!(open.answers.len(), 2);
    assert_eq!(open.item_ids[..3], [first, second, third]);
}

#[test]
fn leaving_a_running_quiz_asks_first_whichever_way() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    Store::open(&db).unwrap().add_learner("Amina", None, "en").unwrap();
    let mut h = open(&db);
    start_quiz(&mut h);
    h.get_by_label("Switch learner").click();
    h.run();
    shown(&h, "Leave the quiz?");
    assert!(h.state().learner().is_some(), "still signed in");
    h.get_by_label("Stay in the quiz").click();
    h.run();
    shown(&h, "Question 1 of 12");
    h.get_by_label("Switch learner").click();
    h.run();
    h.get_by_label("Leave and keep my answers").click();
    h.run();
    assert!(h.state().learner().is_none());
    shown(&h, "Who is studying?");
}

#[test]
fn text_size_and_theme_are_kept_per_learner_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    Store::open(&db).unwrap().add_learner("Amina", None, "en").unwrap();
    {
        let mut h = open(&db);
        h.get_by_label("Amina").click();
        h.run();
        h.get_by_label("A+").click();
        h.run();
        h.get_by_label("Dark theme").click();
        h.run();
        assert!(h.ctx.style_of(h.ctx.theme()).visuals.dark_mode);
    }
    let mut h = open(&db);
    assert!(!h.ctx.style_of(h.ctx.theme()).visuals.dark_mode, "light before anyone signs in");
    h.get_by_label("Amina").click();
    h.run();
    let body = h.ctx.style_of(h.ctx.theme()).text_styles.get(&egui::TextStyle::Body).unwrap().size;
    assert_eq!(body, 18.0);
    assert!(h.ctx.style_of(h.ctx.theme()).visuals.dark_mode);
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(c: egui::Color32) -> f64 {
    let lin = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

fn contrast(a: egui::Color32, b: egui::Color32) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn radio_and_checkbox_indicators_contrast_at_least_3_to_1_in_both_themes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    Store::open(&db).unwrap().add_learner("Amina", None, "en").unwrap();
    let mut h = open(&db);
    start_quiz(&mut h);
    // Go on to an item with option indicators.
    loop {
        let item = current(&h, &intro_quiz()).clone();
        if !matches!(item.kind, ItemKind::Matching { .. } | ItemKind::Ordering { .. }) {
            break;
        }
        answer_and_go_on(&mut h, &item);
    }
    for dark in [false, true] {
        if dark {
            h.get_by_label("Dark theme").click();
            h.run();
        }
        let theme = if dark { egui::Theme::Dark } else { egui::Theme::Light };
        let background = h.ctx.style_of(theme).visuals.panel_fill;
        // Every outlined circle (radio) or square (checkbox) painted on the quiz screen.
        let mut strokes = Vec::new();
        fn walk(s: &egui::Shape, out: &mut Vec<egui::Color32>) {
            match s {
                egui::Shape::Vec(v) => v.iter().for_each(|s| walk(s, out)),
                egui::Shape::Circle(c) if c.stroke.width >= 2.0 => out.push(c.stroke.color),
                egui::Shape::Rect(r) if r.stroke.width >= 2.0 => out.push(r.stroke.color),
                _ => {}
            }
        }
        for s in &h.output().shapes {
            walk(&s.shape, &mut strokes);
        }
        assert!(!strokes.is_empty(), "indicators are painted");
        for c in strokes {
            let ratio = contrast(c, background);
            assert!(ratio >= 3.0, "indicator {c:?} on {background:?}: {ratio:.1}:1 (dark: {dark})");
        }
    }
}
