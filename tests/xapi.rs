//! xAPI: statement shapes, the outbox, export, and sync against a real LRS (Ralph, started by
//! tests/run-all.sh, which sets CPMS_TEST_LRS_URL, CPMS_TEST_LRS_USER and CPMS_TEST_LRS_PASSWORD).

mod common;
use common::fixture;
use cpms_player::course::{Course, load_course};
use cpms_player::ids::{CourseId, ItemId, LearnerId, ModuleId};
use cpms_player::progress::{Fact, FactKind, Store};
use cpms_player::quiz::{Response, correct_response, score};
use cpms_player::xapi::{self, Auth, BatchOutcome, statement};
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

const CLOSED_PORT: &str = "http://127.0.0.1:9/xAPI";

fn mini() -> Course {
    load_course(&fixture("mini")).unwrap()
}

/// The test LRS, or a failure telling how to get one (never a silent skip). None only when the
/// runner lists `lrs` in CPMS_TEST_SKIP (tests/lrs/ralph.sh runs on the Linux job only).
fn lrs(test: &str) -> Option<(String, Auth)> {
    if common::skip("lrs", test, "the Ralph LRS runs on the Linux job only") {
        return None;
    }
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| {
            panic!(
                "{name} is not set: the xAPI sync tests need a real LRS. Run `bash tests/run-all.sh`, which \
                 installs Ralph in target/lrs-venv, starts it on 127.0.0.1 and sets CPMS_TEST_LRS_URL, \
                 CPMS_TEST_LRS_USER and CPMS_TEST_LRS_PASSWORD"
            )
        })
    };
    let url = var("CPMS_TEST_LRS_URL");
    Some((url, Auth::new(var("CPMS_TEST_LRS_USER"), var("CPMS_TEST_LRS_PASSWORD"))))
}

/// Every statement the LRS holds about a learner, read with GET ENDPOINT/statements (a small
/// page size, following `more` links), independently of the library's client.
fn lrs_statements(endpoint: &str, auth: &Auth, learner_id: &LearnerId) -> Vec<Value> {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let filter = serde_json::json!({"account": {"homePage": statement::ACCOUNT_HOME_PAGE, "name": learner_id}});
    let origin = {
        let rest = &endpoint[endpoint.find("://").unwrap() + 3..];
        &endpoint[..endpoint.len() - rest.len() + rest.find('/').unwrap_or(rest.len())]
    };
    let mut url = format!("{endpoint}/statements");
    let mut query = vec![("agent".to_string(), filter.to_string()), ("limit".to_string(), "7".to_string())];
    let mut all = Vec::new();
    for _page in 0..1000 {
        let mut request =
            agent.get(&url).header("Authorization", auth.header()).header("X-Experience-API-Version", "1.0.3");
        for (k, v) in &query {
            request = request.query(k, v);
        }
        let mut response = request.call().unwrap();
        let text = response.body_mut().read_to_string().unwrap();
        assert_eq!(response.status().as_u16(), 200, "GET {url}: {text}");
        let page: Value = serde_json::from_str(&text).unwrap();
        let statements = page["statements"].as_array().unwrap().clone();
        let empty = statements.is_empty();
        all.extend(statements);
        match page["more"].as_str() {
            Some(more) if !more.is_empty() && !empty => {
                url = if more.starts_with('/') { format!("{origin}{more}") } else { more.to_string() };
                query.clear();
            }
            _ => return all,
        }
    }
    panic!("more than 1000 pages of statements");
}

fn ids(statements: &[Value]) -> BTreeSet<String> {
    statements.iter().map(|s| s["id"].as_str().unwrap().to_string()).collect()
}

/// Record a learner's full path through the mini course: lessons, then both quizzes with an
/// answer to every item (right, except one wrong answer in the first attempt at `basics`).
/// Returns the number of facts recorded.
fn study(store: &Store, course: &Course, learner: &LearnerId) -> usize {
    let mut n = 0;
    for (module, lesson) in course.lesson_ids() {
        store.record(learner, course.id(), &module, FactKind::LessonVisited { lesson_id: lesson }).unwrap();
        n += 1;
    }
    n += attempt(store, course, learner, "basics", false);
    n += attempt(store, course, learner, "basics", true);
    n += attempt(store, course, learner, "final", true);
    n
}

fn attempt(store: &Store, course: &Course, learner: &LearnerId, module: &str, all_right: bool) -> usize {
    let quiz = course.language("en").quiz(&ModuleId::from(module)).unwrap().clone();
    let attempt_id = uuid::Uuid::new_v4().to_string();
    let item_ids: Vec<ItemId> = quiz.items.iter().map(|i| i.id.clone()).collect();
    let started =
        FactKind::AttemptStarted { quiz_id: quiz.id.clone(), attempt_id: attempt_id.clone().into(), seed: 7, item_ids };
    store.record(learner, course.id(), &ModuleId::from(module), started).unwrap();
    let mut credit_sum = 0.0;
    for (i, item) in quiz.items.iter().enumerate() {
        let response = match (&item.kind, all_right || i > 0) {
            (_, true) => correct_response(item),
            (cpms_player::course::ItemKind::SingleChoice { .. }, false) => Response::Choice("b".into()),
            (_, false) => correct_response(item),
        };
        let outcome = score(item, &response);
        credit_sum += outcome.credit;
        let answered = FactKind::ItemAnswered {
            quiz_id: quiz.id.clone(),
            attempt_id: attempt_id.clone().into(),
            item_id: item.id.clone(),
            response,
            correct: outcome.correct,
            credit: outcome.credit,
        };
        store.record(learner, course.id(), &ModuleId::from(module), answered).unwrap();
    }
    let percent = (credit_sum / quiz.items.len() as f32 * 100.0).round() as u8;
    let passed = percent >= course.pass_mark(&ModuleId::from(module));
    store
        .record(
            learner,
            course.id(),
            &ModuleId::from(module),
            FactKind::AttemptFinished { quiz_id: quiz.id, attempt_id: attempt_id.into(), percent, passed },
        )
        .unwrap();
    quiz.items.len() + 2
}

fn exported(store: &Store, course: &Course) -> Vec<Value> {
    let (text, _) = xapi::export(store, std::slice::from_ref(course), false).unwrap();
    serde_json::from_str::<Vec<Value>>(&text).unwrap()
}

fn by_verb<'a>(statements: &'a [Value], verb: &str) -> Vec<&'a Value> {
    statements.iter().filter(|s| s["verb"]["id"] == format!("http://adlnet.gov/expapi/verbs/{verb}")).collect()
}

#[test]
fn every_fact_becomes_a_statement_of_the_right_shape() {
    let course = mini();
    let store = Store::open_in_memory().unwrap();
    let learner = store.add_learner("Amina Yusuf", None, "fr").unwrap();
    let facts = study(&store, &course, &learner.id);
    let all = exported(&store, &course);
    assert_eq!(all.len(), facts + 1, "one statement per fact, plus the course completion");

    let base = "https://example.org/mini";
    for s in &all {
        assert_eq!(s["actor"]["account"]["homePage"], statement::ACCOUNT_HOME_PAGE);
        assert_eq!(s["actor"]["account"]["name"], learner.id.as_str());
        assert!(s["actor"].get("name").is_none(), "a statement is a pure function of its fact: no name");
        assert_eq!(s["context"]["platform"], "CPMS Player");
        assert!(s["context"].get("language").is_none(), "the learner's language can change later");
        let ts = s["timestamp"].as_str().unwrap();
        assert!(ts.len() == 24 && ts.ends_with('Z') && ts.as_bytes()[10] == b'T', "{ts}");
        let id = uuid::Uuid::parse_str(s["id"].as_str().unwrap()).unwrap();
        assert_eq!(id.get_version_num(), 5);
        assert!(s["object"]["id"].as_str().unwrap().starts_with(base));
    }
    assert_eq!(ids(&all).len(), all.len(), "statement ids are unique");

    let experienced = by_verb(&all, "experienced");
    assert_eq!(experienced.len(), 2);
    let lesson = experienced.iter().find(|s| s["object"]["id"] == format!("{base}/basics/b-one")).unwrap();
    assert_eq!(lesson["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/lesson");
    assert_eq!(lesson["object"]["definition"]["name"]["en"], "First lesson");
    assert_eq!(lesson["context"]["contextActivities"]["parent"][0]["id"], format!("{base}/basics"));
    assert_eq!(lesson["context"]["contextActivities"]["grouping"][0]["id"], base);

    let answered = by_verb(&all, "answered");
    assert_eq!(answered.len(), 2 + 2 + 4);
    let item = |id: &str| *answered.iter().find(|s| s["object"]["id"].as_str().unwrap().ends_with(id)).unwrap();
    let types: BTreeSet<&str> =
        answered.iter().map(|s| s["object"]["definition"]["interactionType"].as_str().unwrap()).collect();
    assert_eq!(types, BTreeSet::from(["choice", "true-false", "matching", "sequencing", "other"]));
    for s in &answered {
        assert_eq!(s["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/cmi.interaction");
        assert!(s["result"]["success"].is_boolean());
        assert!(s["result"]["response"].is_string());
        assert!(s["context"]["extensions"][statement::EXT_ATTEMPT].is_string());
    }
    let choice = item("/basics/basics-quiz/b-q1");
    assert_eq!(choice["object"]["definition"]["correctResponsesPattern"], serde_json::json!(["a"]));
    assert_eq!(choice["object"]["definition"]["choices"][0]["description"]["en"], "Anyone under 18");
    assert_eq!(choice["context"]["contextActivities"]["parent"][0]["id"], format!("{base}/basics/basics-quiz"));
    let wrong = answered
        .iter()
        .find(|s| s["object"]["id"].as_str().unwrap().ends_with("/b-q1") && s["result"]["success"] == false)
        .unwrap();
    assert_eq!(wrong["result"]["response"], "b");
    assert_eq!(wrong["result"]["score"]["scaled"], 0.0);
    let multi = item("/f-q1");
    assert_eq!(multi["result"]["response"], "a[,]c");
    assert_eq!(multi["result"]["score"]["scaled"], 1.0);
    assert_eq!(item("/b-q2")["result"]["response"], "true");
    assert_eq!(item("/f-q2")["result"]["response"], "s1[,]s2[,]s3");
    assert_eq!(item("/f-q2")["object"]["definition"]["choices"].as_array().unwrap().len(), 3);
    assert_eq!(item("/f-q3")["result"]["response"], "p1[.]p1[,]p2[.]p2");
    assert_eq!(item("/f-q3")["object"]["definition"]["target"][1]["description"]["en"], "Down");
    assert_eq!(item("/f-q4")["result"]["response"], "f-q4-a[:]true");

    let failed = by_verb(&all, "failed");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["result"]["score"]["scaled"], 0.5);
    assert_eq!(failed[0]["result"]["success"], false);
    assert_eq!(failed[0]["result"]["completion"], true);
    assert_eq!(failed[0]["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/assessment");
    let passed = by_verb(&all, "passed");
    assert_eq!(passed.len(), 2);
    assert!(passed.iter().all(|s| s["result"]["score"]["scaled"] == 1.0 && s["result"]["success"] == true));
    assert_eq!(by_verb(&all, "attempted").len(), 3);

    let completed = by_verb(&all, "completed");
    assert_eq!(completed.len(), 1);
    let c = completed[0];
    assert_eq!(c["object"]["id"], base);
    assert_eq!(c["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/course");
    assert_eq!(c["object"]["definition"]["name"]["ar"], "دورة مصغّرة");
    assert_eq!(c["result"]["completion"], true);
    assert_eq!(c["result"]["score"]["scaled"], 1.0);
    let final_pass = passed.iter().find(|s| s["object"]["id"] == format!("{base}/final/final-quiz")).unwrap();
    assert_eq!(c["timestamp"], final_pass["timestamp"], "completed when the final assessment was passed");
}

#[test]
fn statement_ids_are_deterministic_across_calls_and_laptops() {
    let course = mini();
    let fact = Fact {
        id: "3f7c2a9e-0000-4000-8000-000000000001".into(),
        learner_id: "learner-1".into(),
        device_id: "laptop-a".into(),
        at: 1_764_064_800_123,
        course_id: "mini".into(),
        module_id: "basics".into(),
        kind: FactKind::AttemptFinished {
            quiz_id: "basics-quiz".into(),
            attempt_id: "att-1".into(),
            percent: 85,
            passed: true,
        },
    };
    let learner = statement::LearnerRef { id: "learner-1".into(), name: Some("Bruno".into()), language: "en".into() };
    let a = statement::from_fact(&fact, &learner, &course);
    let b = statement::from_fact(&fact, &learner, &course);
    assert_eq!(a, b);
    assert_eq!(a["id"], xapi::statement_id(fact.id.as_str()).to_string());
    assert_eq!(a["timestamp"], "2025-11-25T10:00:00.123Z");
    assert_eq!(a["result"]["score"]["scaled"], 0.85);
    assert_eq!(a["verb"]["id"], "http://adlnet.gov/expapi/verbs/passed");

    // The same fact merged into two databases gives the same statement on both.
    let texts: Vec<String> = (0..2)
        .map(|_| {
            let store = Store::open_in_memory().unwrap();
            assert!(store.insert_fact(&fact).unwrap());
            let (text, report) = xapi::export(&store, std::slice::from_ref(&course), false).unwrap();
            assert_eq!(report.statements, 1);
            text
        })
        .collect();
    assert_eq!(texts[0], texts[1]);
    let statements: Vec<Value> = serde_json::from_str(&texts[0]).unwrap();
    assert_eq!(statements[0]["id"], a["id"]);
    assert!(statements[0]["actor"].get("name").is_none(), "a learner unknown here has no name");

    // Exporting again queues nothing new and writes the same file.
    let store = Store::open_in_memory().unwrap();
    store.insert_fact(&fact).unwrap();
    let (first, r1) = xapi::export(&store, std::slice::from_ref(&course), false).unwrap();
    let (second, r2) = xapi::export(&store, std::slice::from_ref(&course), false).unwrap();
    assert_eq!((r1.queue.queued, r2.queue.queued), (1, 0));
    assert_eq!(first, second);
}

/// A finished attempt's statement says how long the attempt took (`result.duration`, from its
/// `attempt_started` fact); the start's own statement has none.
#[test]
fn a_finished_attempt_carries_its_duration() {
    let course = mini();
    let store = Store::open_in_memory().unwrap();
    let base = Fact {
        id: "a1b2c3d4-0000-4000-8000-000000000010".into(),
        learner_id: "learner-1".into(),
        device_id: "laptop-a".into(),
        at: 1_764_064_800_000,
        course_id: "mini".into(),
        module_id: "basics".into(),
        kind: FactKind::AttemptStarted {
            quiz_id: "basics-quiz".into(),
            attempt_id: "att-7".into(),
            seed: 7,
            item_ids: Vec::new(),
        },
    };
    let finished = Fact {
        id: "a1b2c3d4-0000-4000-8000-000000000011".into(),
        at: base.at + 754_320,
        kind: FactKind::AttemptFinished {
            quiz_id: "basics-quiz".into(),
            attempt_id: "att-7".into(),
            percent: 70,
            passed: true,
        },
        ..base.clone()
    };
    store.insert_fact(&base).unwrap();
    store.insert_fact(&finished).unwrap();
    let (text, _) = xapi::export(&store, std::slice::from_ref(&course), false).unwrap();
    let statements: Vec<Value> = serde_json::from_str(&text).unwrap();
    let by_verb = |verb: &str| statements.iter().find(|s| s["verb"]["id"].as_str().unwrap().ends_with(verb)).unwrap();
    assert_eq!(by_verb("/passed")["result"]["duration"], "PT12M34.32S");
    assert!(by_verb("/attempted").get("result").is_none());
    assert_eq!(statement::iso_duration(3_723_450), "PT1H2M3.45S");
    assert_eq!(statement::iso_duration(60_000), "PT1M");
    assert_eq!(statement::iso_duration(0), "PT0S");
    assert_eq!(statement::iso_duration(5_500), "PT5.5S");
}

#[test]
fn facts_of_a_course_not_installed_wait_until_it_is() {
    let course = mini();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Carla", None, "es").unwrap();
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    let (text, report) = xapi::export(&store, &[], false).unwrap();
    assert_eq!(text, "[]\n");
    assert_eq!(report.queue.waiting_for_course.get("mini"), Some(&1));
    let (_, report) = xapi::export(&store, std::slice::from_ref(&course), false).unwrap();
    assert_eq!((report.queue.queued, report.statements), (1, 1));
}

#[test]
fn a_failing_endpoint_leaves_everything_queued_with_attempts_counted() {
    let course = mini();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Dana", None, "en").unwrap();
    let facts = study(&store, &course, &l.id);
    let auth = Auth::new("nobody", "nothing");
    let mut seen = Vec::new();
    let report =
        xapi::sync(&store, std::slice::from_ref(&course), CLOSED_PORT, &auth, 5, |p| seen.push(p.clone())).unwrap();
    assert_eq!(report.sent, 0);
    assert_eq!(report.left, facts + 1);
    assert!(!report.is_complete());
    let why = report.stopped.clone().unwrap();
    assert!(why.contains("cannot reach the LRS"), "{why}");
    assert!(report.summary().starts_with(&format!("0 sent, {} left, retry later", facts + 1)), "{}", report.summary());
    assert_eq!(seen.len(), 1, "sending stops at the first failed batch");
    assert!(matches!(seen[0].outcome, BatchOutcome::Failed(_)));

    let status = xapi::status(&store).unwrap();
    assert_eq!((status.waiting, status.sent, status.failed), (facts + 1, 0, 5));
    assert!(status.last_error.unwrap().contains("cannot reach"));
    let waiting = xapi::outbox::waiting(&store).unwrap();
    let (first, rest) = waiting.split_at(5);
    for id in first {
        let (attempts, error, sent) = xapi::outbox::attempts(&store, id).unwrap().unwrap();
        assert_eq!((attempts, sent), (1, false));
        assert!(error.is_some());
    }
    assert_eq!(xapi::outbox::attempts(&store, &rest[0]).unwrap().unwrap().0, 0, "later batches were not tried");

    xapi::sync(&store, std::slice::from_ref(&course), CLOSED_PORT, &auth, 5, |_| {}).unwrap();
    assert_eq!(xapi::outbox::attempts(&store, &first[0]).unwrap().unwrap().0, 2);
    assert_eq!(xapi::status(&store).unwrap().waiting, facts + 1);

    let err = xapi::sync(&store, std::slice::from_ref(&course), "ftp://lrs", &auth, 5, |_| {}).unwrap_err();
    assert!(err.to_string().contains("not an LRS address"), "{err}");
}

#[test]
fn sync_sends_every_statement_once_to_a_real_lrs() {
    let Some((endpoint, auth)) = lrs("sync_sends_every_statement_once_to_a_real_lrs") else { return };
    let course = mini();
    let courses = std::slice::from_ref(&course);
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Élodie Ngata", None, "fr").unwrap();
    let facts = study(&store, &course, &l.id);

    let mut progress = Vec::new();
    let report = xapi::sync(&store, courses, &endpoint, &auth, 4, |p| progress.push(p.clone())).unwrap();
    assert!(report.is_complete(), "{}", report.summary());
    assert_eq!(report.sent, facts + 1);
    assert_eq!(progress.len(), (facts + 1).div_ceil(4));
    assert!(progress.iter().all(|p| p.outcome == BatchOutcome::Sent));
    assert_eq!(progress.last().unwrap().sent, facts + 1);
    let stored = lrs_statements(&endpoint, &auth, &l.id);
    assert_eq!(stored.len(), facts + 1);
    assert_eq!(ids(&stored), ids(&exported(&store, &course)));
    let completed = by_verb(&stored, "completed");
    assert_eq!(completed.len(), 1);
    assert_eq!(completed[0]["result"]["score"]["scaled"], 1.0);

    // Nothing new: nothing is sent, the LRS holds the same statements.
    let again = xapi::sync(&store, courses, &endpoint, &auth, 4, |_| panic!("no batch expected")).unwrap();
    assert_eq!((again.sent, again.left), (0, 0));
    assert_eq!(lrs_statements(&endpoint, &auth, &l.id).len(), facts + 1);

    // Three more facts: exactly three more statements.
    for lesson in ["b-one", "b-two", "b-one"] {
        store
            .record(
                &l.id,
                &CourseId::from("mini"),
                &ModuleId::from("basics"),
                FactKind::LessonVisited { lesson_id: lesson.into() },
            )
            .unwrap();
    }
    let more = xapi::sync(&store, courses, &endpoint, &auth, 50, |_| {}).unwrap();
    assert_eq!((more.sent, more.left, more.queue.queued, more.queue.completions), (3, 0, 3, 0));
    assert_eq!(lrs_statements(&endpoint, &auth, &l.id).len(), facts + 4);
}

#[test]
fn resending_never_duplicates_and_conflicts_are_reported() {
    let Some((endpoint, auth)) = lrs("resending_never_duplicates_and_conflicts_are_reported") else { return };
    let course = mini();
    let courses = std::slice::from_ref(&course);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite");
    let store = Store::open(&path).unwrap();
    let l = store.add_learner("Farid", None, "ar").unwrap();
    for lesson in ["b-one", "b-two"] {
        store
            .record(
                &l.id,
                &CourseId::from("mini"),
                &ModuleId::from("basics"),
                FactKind::LessonVisited { lesson_id: lesson.into() },
            )
            .unwrap();
    }
    assert_eq!(xapi::sync(&store, courses, &endpoint, &auth, 50, |_| {}).unwrap().sent, 2);

    // As if the LRS's answer had been lost: everything is sent again, and the LRS keeps one copy.
    let db = rusqlite::Connection::open(&path).unwrap();
    db.execute_batch("UPDATE xapi_queue SET sent_at = NULL; UPDATE xapi_fact_queue SET sent = 0").unwrap();
    let resent = xapi::sync(&store, courses, &endpoint, &auth, 50, |_| {}).unwrap();
    assert!(resent.is_complete(), "{}", resent.summary());
    assert_eq!(resent.sent, 2);
    assert_eq!(lrs_statements(&endpoint, &auth, &l.id).len(), 2);

    // A statement whose id the LRS already holds with other content: 409, named in the report,
    // kept queued; the rest of its batch still goes through.
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    xapi::queue(&store, courses).unwrap();
    // The first visit of b-one (two visits may share a millisecond: pick by content).
    let first: String = db
        .query_row(
            "SELECT lower(hex(f.id)) FROM xapi_fact_queue q JOIN facts f ON f.seq = q.fact
             WHERE f.ref_id = 'b-one' ORDER BY f.at, f.seq LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // The fact id as text (the table keeps a UUID as its 16 bytes).
    let first = format!("{}-{}-{}-{}-{}", &first[..8], &first[8..12], &first[12..16], &first[16..20], &first[20..]);
    // The first fact's content changed after it was sent (as a hand-edited database would): its
    // statement keeps its id but not its content.
    let by_id = "(SELECT seq FROM facts WHERE id = unhex(replace(?1, '-', '')))";
    db.execute(&format!("UPDATE xapi_fact_queue SET sent = 0 WHERE fact = {by_id}"), [&first]).unwrap();
    db.execute(&format!("UPDATE facts SET ref_id = 'b-two' WHERE seq = {by_id}"), [&first]).unwrap();
    let mut outcomes = Vec::new();
    let report = xapi::sync(&store, courses, &endpoint, &auth, 50, |p| outcomes.push(p.outcome.clone())).unwrap();
    assert!(!report.is_complete());
    assert_eq!((report.sent, report.left, report.conflicts.len()), (1, 1, 1));
    assert_eq!(outcomes, [BatchOutcome::Split { sent: 1, conflicts: 1, rejected: 0 }]);
    assert_eq!(report.conflicts[0].statement_id, xapi::statement_id(&first).to_string());
    assert!(report.summary().contains("already exists in the LRS with other content"), "{}", report.summary());
    let (attempts, error, sent) = xapi::outbox::attempts(&store, &first).unwrap().unwrap();
    assert!(!sent && attempts >= 1);
    assert!(error.unwrap().starts_with("conflict"));
    assert_eq!(lrs_statements(&endpoint, &auth, &l.id).len(), 3);
}

/// A minimal LRS on 127.0.0.1 that refuses (HTTP 400) any batch holding `bad`, and stores the
/// rest (200 with their ids). Statements built from facts are always valid, so a real LRS never
/// refuses one: this stands in for an LRS with stricter rules. Returns its address and what it
/// stored.
fn strict_lrs(bad: String) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/xAPI", listener.local_addr().unwrap());
    let stored = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = stored.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(20) {
            let Ok(mut s) = stream else { break };
            let mut data = Vec::new();
            let mut buf = [0u8; 65536];
            // Read the head, then the body by its length.
            loop {
                let n = s.read(&mut buf).unwrap_or(0);
                data.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&data).to_string();
                if let Some(end) = text.find("\r\n\r\n") {
                    let len: usize = text[..end]
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if data.len() >= end + 4 + len || n == 0 {
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            let text = String::from_utf8_lossy(&data).to_string();
            let body = text.split_once("\r\n\r\n").map_or("", |(_, b)| b);
            let ids: Vec<String> = serde_json::from_str::<Vec<Value>>(body)
                .unwrap_or_default()
                .iter()
                .filter_map(|v| v["id"].as_str().map(String::from))
                .collect();
            let (status, answer) = if ids.contains(&bad) {
                ("400 Bad Request", r#"{"detail":"invalid statement"}"#.to_string())
            } else {
                kept.lock().unwrap().extend(ids.iter().cloned());
                ("200 OK", serde_json::to_string(&ids).unwrap())
            };
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    (url, stored)
}

#[test]
fn an_invalid_statement_is_rejected_alone_and_stays_queued() {
    let course = mini();
    let courses = std::slice::from_ref(&course);
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Ines", None, "es").unwrap();
    for lesson in ["b-one", "b-two", "b-one"] {
        store
            .record(
                &l.id,
                &CourseId::from("mini"),
                &ModuleId::from("basics"),
                FactKind::LessonVisited { lesson_id: lesson.into() },
            )
            .unwrap();
    }
    xapi::queue(&store, courses).unwrap();
    let bad = xapi::outbox::waiting(&store).unwrap()[1].clone();
    let id = xapi::statement_id(&bad).to_string();
    let (endpoint, stored) = strict_lrs(id.clone());
    let auth = Auth::new("u", "p");
    let report = xapi::sync(&store, courses, &endpoint, &auth, 50, |_| {}).unwrap();
    assert_eq!((report.sent, report.left, report.rejected.len()), (2, 1, 1), "{}", report.summary());
    assert_eq!(report.rejected[0].statement_id, id);
    assert!(report.summary().contains(&format!("rejected: statement {id}")), "{}", report.summary());
    let (_, error, sent) = xapi::outbox::attempts(&store, &bad).unwrap().unwrap();
    assert!(!sent);
    assert!(error.unwrap().starts_with("rejected (HTTP 4"));
    assert_eq!(stored.lock().unwrap().len(), 2);
}

#[test]
fn wrong_credentials_stop_the_sync_and_keep_the_statements() {
    let Some((endpoint, auth)) = lrs("wrong_credentials_stop_the_sync_and_keep_the_statements") else { return };
    let course = mini();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Gita", None, "en").unwrap();
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    let bad = Auth::new(auth.user.clone(), format!("{}-wrong", auth.password));
    let report = xapi::sync(&store, std::slice::from_ref(&course), &endpoint, &bad, 50, |_| {}).unwrap();
    assert_eq!((report.sent, report.left), (0, 1));
    assert!(report.stopped.unwrap().contains("refused the credentials"));
    assert!(lrs_statements(&endpoint, &auth, &l.id).is_empty());
}

#[test]
fn the_command_line_exports_and_syncs() {
    let Some((endpoint, auth)) = lrs("the_command_line_exports_and_syncs") else { return };
    let data = tempfile::tempdir().unwrap();
    let course = mini();
    let learner = {
        let store = Store::open(&data.path().join(cpms_player::progress::paths::DATABASE_FILE)).unwrap();
        let l = store.add_learner("Hana", None, "en").unwrap();
        study(&store, &course, &l.id);
        l
    };
    let cpms = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_cpms-player"))
            .arg("--data-dir")
            .arg(data.path())
            .arg("--courses-dir")
            .arg(fixture(""))
            .args(args)
            .env_remove("CPMS_XAPI_PASSWORD")
            .output()
            .unwrap()
    };
    let out_file = data.path().join("statements.json");
    let out = cpms(&["xapi", "export", "--out", out_file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file: Vec<Value> = serde_json::from_slice(&std::fs::read(&out_file).unwrap()).unwrap();
    let n = file.len();
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("Wrote {n} xAPI statements")));

    let down = cpms(&["xapi", "sync", "--endpoint", CLOSED_PORT, "--user", "u", "--password", "p"]);
    assert_eq!(down.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&down.stderr);
    assert!(stderr.contains(&format!("0 sent, {n} left, retry later")), "{stderr}");

    let sync = |batch: &str| {
        cpms(&[
            "xapi",
            "sync",
            "--endpoint",
            &endpoint,
            "--user",
            &auth.user,
            "--password",
            &auth.password,
            "--batch",
            batch,
        ])
    };
    let up = sync("6");
    let stderr = String::from_utf8_lossy(&up.stderr);
    assert!(up.status.success(), "{stderr}");
    assert!(stderr.contains(&format!("batch 1/{}: 6 statements sent", n.div_ceil(6))), "{stderr}");
    assert!(String::from_utf8_lossy(&up.stdout).contains(&format!("{n} sent, 0 left")));
    assert_eq!(lrs_statements(&endpoint, &auth, &learner.id).len(), n);

    let again = sync("6");
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 sent, 0 left"));
    let unsent = cpms(&["xapi", "export", "--unsent", "--out", out_file.to_str().unwrap()]);
    assert!(unsent.status.success());
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), "[]\n");
    let status = cpms(&["xapi", "status"]);
    assert!(String::from_utf8_lossy(&status.stdout).contains(&format!("0 statements waiting, {n} sent")));
    assert_eq!(lrs_statements(&endpoint, &auth, &learner.id).len(), n);
}

#[test]
fn renaming_a_learner_after_a_sync_changes_no_statement() {
    let course = mini();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Eve", None, "en").unwrap();
    study(&store, &course, &l.id);
    let before = exported(&store, &course);
    store.rename_learner(&l.id, "Eve Okonkwo").unwrap();
    store.set_language(&l.id, "ar").unwrap();
    assert_eq!(exported(&store, &course), before, "the same fact, the same statement, byte for byte");
}

#[test]
fn one_completion_per_learner_and_course_whichever_laptop_completed_it() {
    let course = mini();
    let a = Store::open_in_memory().unwrap();
    let l = a.add_learner("Farah", None, "en").unwrap();
    study(&a, &course, &l.id);
    let b = Store::open_in_memory().unwrap();
    b.import_bundles(&[a.export_bundle().unwrap()]).unwrap();
    let (sa, sb) = (exported(&a, &course), exported(&b, &course));
    let (ca, cb) = (by_verb(&sa, "completed"), by_verb(&sb, "completed"));
    assert_eq!((ca.len(), cb.len()), (1, 1));
    assert_eq!(ca[0]["id"], cb[0]["id"], "one id for the learner's completion of the course");
    assert_eq!(ca[0], cb[0]);
}

#[test]
fn the_outbox_keeps_send_state_not_statements() {
    let course = mini();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite");
    let store = Store::open(&db).unwrap();
    for i in 0..30 {
        let l = store.add_learner(&format!("Learner {i}"), None, "en").unwrap();
        study(&store, &course, &l.id);
    }
    let size = |table: &str| -> i64 {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row(
            "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = ?1 OR name IN
             (SELECT name FROM sqlite_master WHERE tbl_name = ?1 AND type = 'index')",
            [table],
            |r| r.get(0),
        )
        .unwrap_or(-1)
    };
    let (endpoint, _) = strict_lrs(String::new());
    let report = xapi::sync(&store, std::slice::from_ref(&course), &endpoint, &Auth::new("u", "p"), 50, |_| {});
    assert!(report.unwrap().is_complete());
    let rows = xapi::status(&store).unwrap().sent as i64;
    let (facts, queue) = (size("facts"), size("xapi_queue") + size("xapi_fact_queue"));
    assert!(facts > 0 && queue > 0 && rows > 300, "{facts} {queue} {rows}");
    // About 12 bytes a statement at scale (the fact's number and its state; here mostly the
    // tables' first pages), against about 2.5 KB of JSON before.
    assert!(queue / rows <= 100, "{queue} bytes for {rows} statements");
}

/// Activity ids start with the base the deploying organisation set on the laptop (`xapi
/// set-base`), else the course's; with neither they are `urn:uuid:` names that need no domain,
/// the same on every laptop. The base cannot change silently once statements were sent.
#[test]
fn activity_ids_use_the_organisations_base() {
    let mut course = mini();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Dina", None, "en").unwrap();
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    let object_id = |store: &Store, course: &cpms_player::course::Course| {
        let (text, _) = xapi::export(store, std::slice::from_ref(course), false).unwrap();
        let statements: Vec<Value> = serde_json::from_str(&text).unwrap();
        statements[0]["object"]["id"].as_str().unwrap().to_string()
    };
    assert_eq!(object_id(&store, &course), "https://example.org/mini/basics/b-one", "the course's base");
    store.set_xapi_activity_base(Some("https://learning.example-ngo.org/cpms")).unwrap();
    assert_eq!(object_id(&store, &course), "https://learning.example-ngo.org/cpms/basics/b-one");
    store.set_xapi_activity_base(None).unwrap();
    course.manifest.xapi_activity_base.clear();
    let urn = object_id(&store, &course);
    assert!(urn.starts_with("urn:uuid:") && urn.len() == "urn:uuid:".len() + 36, "{urn}");
    let other = Store::open_in_memory().unwrap();
    for fact in store.facts(&l.id, &CourseId::from("mini")).unwrap() {
        other.insert_fact(&fact).unwrap();
    }
    assert_eq!(object_id(&other, &course), urn, "the same on another laptop");
    assert!(statement::is_base_iri("https://learning.example.org/cpms"));
    assert!(statement::is_base_iri("urn:example:cpms"));
    assert!(!statement::is_base_iri("learning.example.org/cpms"));
    assert!(!statement::is_base_iri("https://x.org/a b"));
    assert!(!statement::is_base_iri("https:/x"));
}

/// The exact bytes of an export, pinned: statements of every kind of fact and every kind of item
/// (Arabic texts, JSON escapes in course texts and in ids from other laptops, an item no longer in
/// the course, scores that are not round), a completion, and the three sources of activity ids
/// (the course's base, the laptop's, none: `urn:uuid:`). The statements are what an LRS already
/// holds: a change of one byte would make it answer 409 Conflict to every re-send.
#[test]
fn exported_bytes_are_pinned() {
    let (_tmp, dir) = common::mini_copy();
    common::edit(&dir.join("en/basics.ron"), "\"Who is a child?\"", r#""Who is a \"child\"? C:\\path\there""#);
    common::edit(&dir.join("ar/basics.ron"), "\"من هو الطفل؟\"", r#""من هو \"الطفل\"؟""#);
    let course = load_course(&dir).unwrap();
    let fact = |n: u32, device: &str, at: i64, module: &str, kind: FactKind| Fact {
        id: format!("0000{n:04}-fact-4000-8000-00000000golden").into(),
        learner_id: "learner\"ar\\1".into(),
        device_id: device.into(),
        at: 1_764_064_800_000 + at,
        course_id: "mini".into(),
        module_id: module.into(),
        kind,
    };
    let answered = |item: &str, quiz: &str, attempt: &str, response: Response, correct: bool, credit: f32| {
        FactKind::ItemAnswered {
            quiz_id: quiz.into(),
            attempt_id: attempt.into(),
            item_id: item.into(),
            response,
            correct,
            credit,
        }
    };
    let started = |quiz: &str, attempt: &str| FactKind::AttemptStarted {
        quiz_id: quiz.into(),
        attempt_id: attempt.into(),
        seed: 42,
        item_ids: vec!["b-q1".into()],
    };
    let finished = |quiz: &str, attempt: &str, percent: u8, passed: bool| FactKind::AttemptFinished {
        quiz_id: quiz.into(),
        attempt_id: attempt.into(),
        percent,
        passed,
    };
    let odd_device = "laptop \"b\"\\\n\t\u{1}\u{7f}\u{2028}é";
    let facts = vec![
        fact(1, "laptop-a", 0, "basics", FactKind::LessonVisited { lesson_id: "b-one".into() }),
        fact(2, odd_device, 1_000, "basics", FactKind::LessonVisited { lesson_id: "b-two".into() }),
        fact(3, "laptop-a", 2_000, "basics", started("basics-quiz", "att-1")),
        fact(
            4,
            "laptop-a",
            3_000,
            "basics",
            answered("b-q1", "basics-quiz", "att-1", Response::Choice("b".into()), false, 0.0),
        ),
        fact(5, "laptop-a", 4_000, "basics", answered("b-q2", "basics-quiz", "att-1", Response::Bool(true), true, 1.0)),
        fact(6, "laptop-a", 5_010, "basics", finished("basics-quiz", "att-1", 50, false)),
        fact(7, "laptop-a", 6_000, "basics", started("basics-quiz", "att-2")),
        fact(8, "laptop-a", 3_729_450, "basics", finished("basics-quiz", "att-2", 100, true)),
        fact(9, "laptop-a", 3_800_000, "final", started("final-quiz", "att-3")),
        fact(
            10,
            "laptop-a",
            3_801_000,
            "final",
            answered(
                "f-q1",
                "final-quiz",
                "att-3",
                Response::Choices(["c".to_string(), "a".to_string()].into()),
                false,
                1.0 / 3.0,
            ),
        ),
        fact(
            11,
            "laptop-a",
            3_802_000,
            "final",
            answered("f-q1", "final-quiz", "att-3", Response::Choices(Default::default()), false, 0.0),
        ),
        fact(
            12,
            "laptop-a",
            3_803_000,
            "final",
            answered(
                "f-q2",
                "final-quiz",
                "att-3",
                Response::Order(vec!["s2".into(), "s1".into(), "s3".into()]),
                false,
                0.66667,
            ),
        ),
        fact(
            13,
            "laptop-a",
            3_804_000,
            "final",
            answered(
                "f-q3",
                "final-quiz",
                "att-3",
                Response::Matches([("p1".to_string(), "p1".to_string()), ("p2".to_string(), "p2".to_string())].into()),
                true,
                1.0,
            ),
        ),
        fact(
            14,
            "laptop-a",
            3_805_000,
            "final",
            answered(
                "f-q4",
                "final-quiz",
                "att-3",
                Response::Scenario(vec![Response::Bool(true), Response::Bool(false)]),
                false,
                0.5,
            ),
        ),
        fact(
            15,
            odd_device,
            3_806_000,
            "final",
            answered(
                "gone \"item\"\\\n",
                "final-quiz",
                "att-3",
                Response::Matches([("x\"".to_string(), "y\\".to_string())].into()),
                true,
                0.12345,
            ),
        ),
        fact(
            16,
            "laptop-a",
            3_807_000,
            "final",
            answered(
                "f-q9",
                "final-quiz",
                "att-3",
                Response::Scenario(vec![Response::Choice("a".into()), Response::Order(Vec::new())]),
                false,
                -0.25,
            ),
        ),
        fact(17, "laptop-a", 3_900_000, "final", finished("final-quiz", "att-3", 87, true)),
        fact(18, "", 3_950_000, "basics", FactKind::LessonVisited { lesson_id: "b-one".into() }),
    ];
    let export = |course: &Course, laptop_base: Option<&str>| {
        let store = Store::open_in_memory().unwrap();
        store.insert_facts(&facts).unwrap();
        store.set_xapi_activity_base(laptop_base).unwrap();
        let (text, report) = xapi::export(&store, std::slice::from_ref(course), false).unwrap();
        assert_eq!(report.statements, facts.len() + 1, "every fact, and one completion");
        text
    };
    let mut all = export(&course, None);
    all.push_str(&export(&course, Some("https://lrs.example.net/cpms/")));
    common::edit(
        &dir.join("course.ron"),
        "xapi_activity_base: \"https://example.org/mini\"",
        "xapi_activity_base: \"\"",
    );
    let without_base = load_course(&dir).unwrap();
    all.push_str(&export(&without_base, None));
    // After a deliberate change of the statements: `UPDATE_PINNED=1`, then read the diff.
    if std::env::var_os("UPDATE_PINNED").is_some() {
        std::fs::write(fixture("xapi/pinned-export.json"), &all).unwrap();
    }
    let pinned = std::fs::read_to_string(fixture("xapi/pinned-export.json")).unwrap();
    assert!(all == pinned, "the export changed; first difference at byte {}", {
        all.bytes().zip(pinned.bytes()).take_while(|(a, b)| a == b).count()
    });
}
