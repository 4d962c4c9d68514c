//! The final assessment's attempt policy on the bundled course: feedback per standard with the
//! lessons to review, review before retaking a failed final, at most N finals in 24 hours, free
//! retries for module quizzes.

use cpms_player::course::{Course, load_course};
use cpms_player::ids::ModuleId;
use cpms_player::progress::{Fact, FactKind};
use cpms_player::quiz::Response;
use cpms_player::quiz::policy::{
    AttemptPolicy, DAY_MS, Eligibility, LessonRef, eligibility, feedback_by_tag, lessons_by_tag, passing_attempt,
    shows_keys,
};
use std::path::Path;

fn course() -> Course {
    load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019")).unwrap()
}

fn fact(at: i64, module: &str, kind: FactKind) -> Fact {
    Fact {
        id: format!("f{at}").into(),
        learner_id: "l1".into(),
        device_id: "d1".into(),
        at,
        course_id: "cpms-2019".into(),
        module_id: module.into(),
        kind,
    }
}

/// A final attempt started at `at`: `wrong` items answered wrong, `right` right, then finished.
fn final_attempt(at: i64, id: &str, wrong: &[&str], right: &[&str], passed: bool) -> Vec<Fact> {
    let q = "final-quiz".to_string();
    let mut out = vec![fact(
        at,
        "final",
        FactKind::AttemptStarted { quiz_id: q.clone(), attempt_id: id.into(), seed: 1, item_ids: vec![] },
    )];
    for (k, (item, correct)) in wrong.iter().map(|i| (i, false)).chain(right.iter().map(|i| (i, true))).enumerate() {
        out.push(fact(
            at + 1 + k as i64,
            "final",
            FactKind::ItemAnswered {
                quiz_id: q.clone(),
                attempt_id: id.into(),
                item_id: item.to_string().into(),
                response: Response::Bool(false),
                correct,
                credit: if correct { 1.0 } else { 0.0 },
            },
        ));
    }
    out.push(fact(
        at + 100,
        "final",
        FactKind::AttemptFinished { quiz_id: q, attempt_id: id.into(), percent: if passed { 90 } else { 50 }, passed },
    ));
    out
}

fn visit(at: i64, module: &str, lesson: &str) -> Fact {
    fact(at, module, FactKind::LessonVisited { lesson_id: lesson.into() })
}

fn lesson(module: &str, lesson: &str) -> LessonRef {
    LessonRef { module: module.into(), lesson: lesson.into() }
}

#[test]
fn a_failed_final_asks_to_review_the_lessons_of_the_standards_missed() {
    let c = course();
    let policy = AttemptPolicy::default();
    // final-q16 tests Standard 1, final-q31 Standard 13.
    let mut facts = final_attempt(1_000, "a1", &["final-q16"], &["final-q31"], false);
    let e = eligibility(&c, "en", &ModuleId::from("final"), &facts, &policy, 2_000);
    assert_eq!(
        e,
        Eligibility::ReviewFirst {
            standards: vec!["std-1".into()],
            lessons: vec![lesson("pillar1", "s01-aims"), lesson("pillar1", "s01-practice")],
        }
    );
    // A visit before the attempt does not count; one lesson after it is not enough.
    facts.push(visit(500, "pillar1", "s01-practice"));
    facts.push(visit(3_000, "pillar1", "s01-aims"));
    let e = eligibility(&c, "en", &ModuleId::from("final"), &facts, &policy, 4_000);
    assert_eq!(
        e,
        Eligibility::ReviewFirst { standards: vec!["std-1".into()], lessons: vec![lesson("pillar1", "s01-practice")] }
    );
    facts.push(visit(5_000, "pillar1", "s01-practice"));
    assert_eq!(eligibility(&c, "en", &ModuleId::from("final"), &facts, &policy, 6_000), Eligibility::Allowed);
    // The second attempt passes: the results and the certificate can say so.
    let bank = &c.language("en").quiz(&ModuleId::from("final")).unwrap().items;
    assert_eq!(passing_attempt(&facts, &ModuleId::from("final"), bank), None);
    facts.extend(final_attempt(7_000, "a2", &[], &["final-q16"], true));
    assert_eq!(passing_attempt(&facts, &ModuleId::from("final"), bank), Some(2));
}

#[test]
fn at_most_three_finals_in_24_hours_by_default_and_module_quizzes_are_free() {
    let c = course();
    let policy = AttemptPolicy::default();
    assert_eq!(policy.max_final_attempts_per_day, 3);
    let t0 = 10 * DAY_MS;
    // Three passed-or-unfinished attempts (no review owed): the fourth must wait.
    let mut facts = Vec::new();
    for k in 0..3 {
        facts.extend(final_attempt(t0 + k * 1_000_000, &format!("a{k}"), &[], &["final-q16"], true));
    }
    let now = t0 + 3_000_000;
    assert_eq!(
        eligibility(&c, "en", &ModuleId::from("final"), &facts, &policy, now),
        Eligibility::LimitReached { max: 3, next_at: t0 + DAY_MS }
    );
    assert_eq!(eligibility(&c, "en", &ModuleId::from("final"), &facts, &policy, t0 + DAY_MS), Eligibility::Allowed);
    let four = AttemptPolicy { max_final_attempts_per_day: 4 };
    assert_eq!(eligibility(&c, "en", &ModuleId::from("final"), &facts, &four, now), Eligibility::Allowed);
    let unlimited = AttemptPolicy { max_final_attempts_per_day: 0 };
    assert_eq!(eligibility(&c, "en", &ModuleId::from("final"), &facts, &unlimited, now), Eligibility::Allowed);
    // A module quiz: free retries, whatever happened before.
    let failed = final_attempt(t0, "m1", &["final-q16"], &[], false);
    assert_eq!(eligibility(&c, "en", &ModuleId::from("pillar1"), &failed, &policy, now), Eligibility::Allowed);
    assert!(shows_keys(&c, &ModuleId::from("pillar1")) && !shows_keys(&c, &ModuleId::from("final")));
}

#[test]
fn feedback_is_per_standard_with_the_lessons_to_review() {
    let c = course();
    let bank = &c.language("fr").quiz(&ModuleId::from("final")).unwrap().items;
    let item = |id: &str| bank.iter().find(|i| i.id == id).unwrap();
    let answers = [(item("final-q31"), false), (item("final-q32"), true), (item("final-q01"), true)];
    let fb = feedback_by_tag(&answers, &lessons_by_tag(&c, "fr"));
    let tags: Vec<&str> = fb.iter().map(|f| f.tag.as_str()).collect();
    assert_eq!(tags, ["basics", "std-13"], "basics first, then standards");
    let s13 = &fb[1];
    assert_eq!((s13.asked, s13.correct, s13.missed()), (2, 1, true));
    assert_eq!(s13.review, [lesson("pillar2", "s13-aims"), lesson("pillar2", "s13-practice")]);
    assert!(!fb[0].missed() && fb[0].review.is_empty());
}
