//! Demo activity: learners who study a course at different paces, with lesson visits, answers
//! and attempts spread over weeks, recorded through the same store API as real use (the
//! bundle import path, a transaction for every few thousand facts, so memory stays small at any
//! number of learners). The activity is deterministic for a given seed (for
//! demos, trainer practice and benchmarks); fact ids also depend on the laptop and learner, so
//! two laptops never make the same fact id.

use super::{Fact, FactKind, Result, Store};
use crate::course::Course;
use crate::ids::{AttemptId, FactId, ModuleId};
use crate::quiz::{attempt_result, correct_response, plan_attempt, score};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const FIRST_NAMES: [&str; 16] = [
    "Amina", "Bilal", "Chantal", "Diego", "Esther", "Farah", "Gabriel", "Hawa", "Ibrahim", "Joseph", "Khadija", "Luis",
    "Mariam", "Nasser", "Olivia", "Pierre",
];
const LAST_NAMES: [&str; 12] = [
    "Abdi",
    "Baptiste",
    "Diallo",
    "Haddad",
    "Kamara",
    "Mensah",
    "Nkurunziza",
    "Ortega",
    "Rahman",
    "Sow",
    "Toure",
    "Yusuf",
];

/// What was generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoReport {
    pub learners: usize,
    pub facts: usize,
}

fn uuid_from(rng: &mut ChaCha8Rng) -> String {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid().to_string()
}

/// A fact id that no other laptop (or other learner) can make: derived from this laptop's device
/// id, the seed, the learner's id and the fact's number (two laptops generating demo data with
/// the same seed make different facts; the same laptop and learner give the same ids).
fn fact_id(device: &str, seed: u64, learner_id: &str, n: usize) -> String {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, format!("cpms-demo/{device}/{seed}/{learner_id}/{n}").as_bytes())
        .to_string()
}

/// Facts written in one transaction.
const FACTS_PER_TRANSACTION: usize = 20_000;

/// Generate `learners` learners with activity in `course`, from `seed`.
pub fn generate_demo(store: &Store, course: &Course, learners: usize, seed: u64) -> Result<DemoReport> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let base = course.language(&course.manifest.default_language);
    // Facts are recorded as this laptop's own (its device id), as real use would.
    let device = store.device_id().clone();
    let mut facts = Vec::new();
    let mut count = 0;
    let langs = ["en", "fr", "es", "ar"];
    let start_of_2026 = 1_767_225_600_000i64;
    for n in 0..learners {
        let name = format!(
            "{} {} {}",
            FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())],
            LAST_NAMES[rng.random_range(0..LAST_NAMES.len())],
            n + 1
        );
        let lang = langs[rng.random_range(0..langs.len())];
        let learner = store.add_learner(&name, None, lang)?;
        let skill: f64 = rng.random_range(0.55..0.97);
        let reach: f64 = rng.random_range(0.0..1.3f64).min(1.0);
        let mut at = start_of_2026 + rng.random_range(0..60i64) * 86_400_000 + rng.random_range(8..17i64) * 3_600_000;
        let mut session = 0i64;
        let mut numbered = 0usize;
        let mut attempts = 0usize;
        let mut push = |facts: &mut Vec<Fact>, rng: &mut ChaCha8Rng, at: i64, module: &ModuleId, kind: FactKind| {
            // Drawn as before so that the activity for a seed stays what it was.
            let _ = uuid_from(rng);
            numbered += 1;
            facts.push(Fact {
                id: FactId::new(fact_id(device.as_str(), seed, learner.id.as_str(), numbered)),
                learner_id: learner.id.clone(),
                device_id: device.clone(),
                at,
                course_id: course.id().clone(),
                module_id: module.clone(),
                kind,
            });
        };
        let total_lessons = base.modules.iter().map(|m| m.lessons.len()).sum::<usize>().max(1);
        let goal = (reach * total_lessons as f64).round() as usize;
        let mut seen = 0usize;
        'modules: for m in &base.modules {
            for lesson in &m.lessons {
                if seen >= goal {
                    break 'modules;
                }
                push(&mut facts, &mut rng, at, &m.id, FactKind::LessonVisited { lesson_id: lesson.id.clone() });
                let spent = i64::from(lesson.minutes) * 60_000 + rng.random_range(-60_000..120_000i64);
                at += spent.max(60_000);
                session += spent;
                seen += 1;
                if session > rng.random_range(20..45i64) * 60_000 {
                    at += rng.random_range(1..4i64) * 86_400_000;
                    session = 0;
                }
            }
            let Some(quiz) = &m.quiz else { continue };
            for _ in 0..3 {
                let _ = uuid_from(&mut rng);
                let attempt_id = AttemptId::new(fact_id(
                    store.device_id().as_str(),
                    seed,
                    &format!("{}/attempt", learner.id),
                    attempts,
                ));
                attempts += 1;
                let plan = plan_attempt(&quiz.items, course.draw(&m.id), rng.random());
                let item_ids = plan.items.iter().map(|p| quiz.items[p.index].id.clone()).collect();
                let started = FactKind::AttemptStarted {
                    quiz_id: quiz.id.clone(),
                    attempt_id: attempt_id.clone(),
                    seed: plan.seed,
                    item_ids,
                };
                push(&mut facts, &mut rng, at, &m.id, started);
                let mut outcomes = Vec::new();
                for p in &plan.items {
                    let item = &quiz.items[p.index];
                    at += rng.random_range(15_000..70_000i64);
                    let right = rng.random_bool(skill);
                    let response = if right { correct_response(item) } else { crate::quiz::Response::Bool(false) };
                    let outcome = score(item, &response);
                    outcomes.push(outcome);
                    let answered = FactKind::ItemAnswered {
                        quiz_id: quiz.id.clone(),
                        attempt_id: attempt_id.clone(),
                        item_id: item.id.clone(),
                        response,
                        correct: outcome.correct,
                        credit: outcome.credit,
                    };
                    push(&mut facts, &mut rng, at, &m.id, answered);
                }
                let result = attempt_result(&outcomes, course.pass_mark(&m.id));
                at += 5_000;
                let finished = FactKind::AttemptFinished {
                    quiz_id: quiz.id.clone(),
                    attempt_id,
                    percent: result.percent,
                    passed: result.passed,
                };
                push(&mut facts, &mut rng, at, &m.id, finished);
                if result.passed {
                    break;
                }
                at += rng.random_range(1..3i64) * 86_400_000;
            }
        }
        // Written in chunks: 10,000 learners make 1.6 million facts (about 1 GB if held at once).
        if facts.len() >= FACTS_PER_TRANSACTION {
            count += facts.len();
            store.insert_facts(&facts)?;
            facts.clear();
        }
    }
    count += facts.len();
    store.insert_facts(&facts)?;
    Ok(DemoReport { learners, facts: count })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_learners_are_written_in_several_transactions_and_none_is_lost() {
        let course =
            crate::course::load_course(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019"))
                .unwrap_or_else(|e| panic!("{e:?}"));
        let store = Store::open_in_memory().unwrap();
        let report = generate_demo(&store, &course, 200, 7).unwrap();
        assert_eq!(report.learners, 200);
        // More facts than one transaction takes, so the chunks are exercised.
        assert!(report.facts > FACTS_PER_TRANSACTION, "{} facts", report.facts);
        let learners = store.learners().unwrap();
        assert_eq!(learners.len(), 200);
        let stored: usize = learners.iter().map(|l| store.facts(&l.id, course.id()).unwrap().len()).sum();
        assert_eq!(stored, report.facts);
    }
}
