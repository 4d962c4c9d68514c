//! The final assessment's attempt policy in the app (egui_kittest, the real CPMS course): a failed
//! final gives feedback per standard with the lessons to review and never the key; the next
//! attempt waits until those lessons are revisited and then draws afresh; the trainer's daily
//! limit stops a fourth attempt in 24 hours; module quizzes keep their full feedback.

use cpms_player::course::{Course, Item, ItemKind, load_catalog};
use cpms_player::ids::{CourseId, ItemId, LearnerId, ModuleId};
use cpms_player::progress::{FactKind, Store};
use cpms_player::quiz::{Response, plan_attempt, score};
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::Path;

fn catalog() -> cpms_player::course::Catalog {
    load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"))
}

fn course() -> Course {
    catalog().courses.remove(0)
}

fn open(db: &Path) -> Harness<'static, CpmsApp> {
    let app = CpmsApp::new(Store::open(db).unwrap(), catalog(), "en".into());
    let mut h = Harness::builder().with_size([1366.0, 900.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

fn shown(h: &Harness<'static, CpmsApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn to_overview(h: &mut Harness<'static, CpmsApp>) {
    h.get_by_label("Amina").click_accesskit();
    h.run();
    h.get_by_label("Course overview").click_accesskit();
    h.run();
}

/// A response scored wrong for any item.
fn wrong(item: &Item) -> Response {
    match &item.kind {
        ItemKind::TrueFalse { answer } => Response::Bool(!answer),
        _ => Response::Order(Vec::new()),
    }
}

/// The item ids of the learner's final attempts, in the order started.
fn final_draws(db: &Path, learner: &LearnerId) -> Vec<Vec<ItemId>> {
    let store = Store::open(db).unwrap();
    let mut facts = store.facts(learner, &CourseId::from("cpms-2019")).unwrap();
    facts.sort_by_key(|f| f.at);
    facts
        .into_iter()
        .filter_map(|f| match f.kind {
            FactKind::AttemptStarted { item_ids, .. } if f.module_id == "final" => Some(item_ids),
            _ => None,
        })
        .collect()
}

/// Record a final attempt through the store as the app would, every item but the last answered
/// wrong; the app resumes it and the test answers the last item through the screen.
fn seed_open_final(store: &Store, c: &Course, learner: &LearnerId) {
    let bank = &c.language("en").quiz(&ModuleId::from("final")).unwrap().items;
    let plan = plan_attempt(bank, c.draw(&ModuleId::from("final")), 42);
    let items: Vec<&Item> = plan.items.iter().map(|p| &bank[p.index]).collect();
    let quiz_id = c.language("en").quiz(&ModuleId::from("final")).unwrap().id.clone();
    let started = FactKind::AttemptStarted {
        quiz_id: quiz_id.clone(),
        attempt_id: "a1".into(),
        seed: 42,
        item_ids: items.iter().map(|i| i.id.clone()).collect(),
    };
    store.record(learner, c.id(), &ModuleId::from("final"), started).unwrap();
    for item in &items[..items.len() - 1] {
        let response = wrong(item);
        let o = score(item, &response);
        assert!(!o.correct);
        let fact = FactKind::ItemAnswered {
            quiz_id: quiz_id.clone(),
            attempt_id: "a1".into(),
            item_id: item.id.clone(),
            response,
            correct: o.correct,
            credit: o.credit,
        };
        store.record(learner, c.id(), &ModuleId::from("final"), fact).unwrap();
    }
}

/// Answer the item on screen with some complete answer (the first option, "True", …) and save it.
fn answer_shown(h: &mut Harness<'static, CpmsApp>, c: &Course) {
    let bank = &c.language("en").quiz(&ModuleId::from("final")).unwrap().items;
    let item = bank.iter().find(|i| shown(h, &i.prompt)).expect("a final item is shown");
    match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => {
            h.get_by_label(&options[0].text).click_accesskit()
        }
        ItemKind::TrueFalse { .. } => h.get_by_label("True").click(),
        ItemKind::Ordering { .. } => h.get_by_label("Keep this order").click(),
        ItemKind::Matching { pairs, .. } => {
            for p in pairs {
                h.get_by_role_and_label(Role::ComboBox, &p.left).click_accesskit();
                h.run();
                h.get_all_by_label(&p.right).last().unwrap().click_accesskit();
                h.run();
            }
        }
        ItemKind::Scenario { .. } => panic!("the seeded draw ends on a scenario: pick another seed"),
    }
    h.run();
    assert!(!shown(h, "Check answer"), "the final checks nothing item by item");
    h.get_by_label("Save and go on").click_accesskit();
    h.run();
}

#[test]
fn a_failed_final_gives_feedback_per_standard_blocks_until_the_lessons_are_revisited_and_redraws() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    let c = course();
    let learner = {
        let store = Store::open(&db).unwrap();
        let l = store.add_learner("Amina", None, "en").unwrap();
        seed_open_final(&store, &c, &l.id);
        l.id
    };
    let mut h = open(&db);
    to_overview(&mut h);
    h.get_by_label("Resume the quiz").click_accesskit();
    h.run();
    // The resumed answer shows no verdict: only the way on.
    assert!(!shown(&h, "Not quite") && !shown(&h, "Correct"));
    h.get_by_label("Next question").click_accesskit();
    h.run();
    answer_shown(&mut h, &c);

    // Results: the score, the attempt, feedback per standard with lessons — and no key.
    assert!(shown(&h, "Your score:"), "the results are shown");
    assert!(shown(&h, "This was attempt 1 at the final assessment."));
    assert!(shown(&h, "Your results per standard"));
    assert!(shown(&h, "Standard 13:") || shown(&h, "Standard 1:"), "missed standards are named");
    assert!(shown(&h, "Review the lessons:"));
    assert!(!shown(&h, "The right answer:") && !shown(&h, "Your answer:") && !shown(&h, "Try again"));
    // No option of any final item is named on the results page.
    let bank = &c.language("en").quiz(&ModuleId::from("final")).unwrap().items;
    for item in bank {
        if let ItemKind::SingleChoice { options } = &item.kind {
            for o in options.iter().filter(|o| o.correct) {
                assert!(h.query_by_label(&o.text).is_none(), "a key is shown: {}", o.text);
            }
        }
    }
    assert!(shown(&h, "Before your next attempt, revisit"));

    // The course overview: the final's button says which lessons remain and leads to them.
    h.get_by_label("Back to the course").click_accesskit();
    h.run();
    assert!(h.query_by_label("Take the final assessment").is_none(), "the final cannot start yet");
    let remaining = |h: &Harness<'static, CpmsApp>| -> Option<usize> {
        let node = h.query_all_by_label_contains("Revisit the lessons first (").next()?;
        let label = node.accesskit_node().label().unwrap_or_default().to_string();
        label.split('(').nth(1)?.split(' ').next()?.parse().ok()
    };
    let first = remaining(&h).expect("the button names the lessons left");
    assert!(first >= 2, "each missed standard has lessons: {first}");
    let mut left = first;
    while left > 0 {
        h.query_all_by_label_contains("Revisit the lessons first (").next().unwrap().click_accesskit();
        h.run();
        h.query_all_by_label_contains("Course overview").next().expect("a way back").click_accesskit();
        h.run();
        match remaining(&h) {
            Some(n) => {
                assert_eq!(n, left - 1, "one lesson fewer after each visit");
                left = n;
            }
            None => left = 0,
        }
    }
    // All revisited: a new attempt starts, drawn afresh.
    h.get_by_label("Take the final assessment").click_accesskit();
    h.run();
    assert!(shown(&h, "Question 1 of"));
    let draws = final_draws(&db, &learner);
    assert_eq!(draws.len(), 2);
    assert_ne!(draws[0], draws[1], "the second attempt draws other items");
    let shared = draws[1].iter().filter(|i| draws[0].contains(i)).count();
    assert!(shared < draws[1].len(), "{shared} of {} items shared", draws[1].len());
}

#[test]
fn the_daily_limit_stops_a_fourth_final_and_the_trainer_can_change_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite");
    let c = course();
    {
        let store = Store::open(&db).unwrap();
        let l = store.add_learner("Amina", None, "en").unwrap();
        let quiz_id = c.language("en").quiz(&ModuleId::from("final")).unwrap().id.clone();
        // Three finished attempts today (passed: no lessons owed), all counted by the limit.
        for k in 0..3 {
            let id = format!("a{k}");
            let started = FactKind::AttemptStarted {
                quiz_id: quiz_id.clone(),
                attempt_id: id.clone().into(),
                seed: k,
                item_ids: vec![],
            };
            store.record(&l.id, c.id(), &ModuleId::from("final"), started).unwrap();
            let done = FactKind::AttemptFinished {
                quiz_id: quiz_id.clone(),
                attempt_id: id.into(),
                percent: 85,
                passed: true,
            };
            store.record(&l.id, c.id(), &ModuleId::from("final"), done).unwrap();
        }
        store.set_trainer_passphrase("trainer-pass-1").unwrap();
    }
    let mut h = open(&db);
    to_overview(&mut h);
    assert!(shown(&h, "You have started 3 final attempts in 24 hours"));
    let take = h.get_by_label("Take the final assessment");
    assert!(take.accesskit_node().is_disabled(), "the fourth attempt cannot start");
    // A module quiz: free retries.
    let quiz = h.get_all_by_label("Take the quiz").next().expect("a module quiz");
    assert!(!quiz.accesskit_node().is_disabled());

    // The trainer raises the limit to 4 in the Courses tab.
    drop(h);
    let mut h = open(&db);
    h.get_by_label("Trainer area").click_accesskit();
    h.run();
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").focus();
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase").type_text("trainer-pass-1");
    h.run();
    h.get_by_label("Unlock").click_accesskit();
    h.run();
    h.get_by_label("Courses").click_accesskit();
    h.run();
    let field = "Final assessment: attempts per learner in 24 hours (0 = no limit)";
    h.get_by_role_and_label(Role::TextInput, field).focus();
    h.key_press(egui::Key::Backspace);
    h.get_by_role_and_label(Role::TextInput, field).type_text("4");
    h.run();
    h.get_by_label("Save the limit").click_accesskit();
    h.run();
    assert!(shown(&h, "Saved: 4 final attempts"));
    drop(h);
    assert_eq!(Store::open(&db).unwrap().final_attempts_per_day().unwrap(), 4);

    let mut h = open(&db);
    to_overview(&mut h);
    assert!(!shown(&h, "You have started 3 final attempts"));
    assert!(!h.get_by_label("Take the final assessment").accesskit_node().is_disabled());
}
