//! Item analysis (issue 18) on a case small enough to check by hand, through the public API (the
//! pure computation, and the same facts recorded in a store), and `cpms-player report items`.
//!
//! The case: six learners each finished one attempt at the final assessment. Their scores, as
//! recorded (the attempts asked more items than the three analysed here), rank them
//! L1 95 > L2 90 > L3 70 > L4 60 > L5 40 > L6 20. With N = 6 attempts the upper and lower groups
//! hold round(0.27 × 6) = round(1.62) = 2 attempts: upper {L1, L2}, lower {L5, L6}.
//!
//! | item (tests) | L1 | L2 | L3 | L4 | L5 | L6 | facility  | upper | lower | discrimination |
//! |--------------|----|----|----|----|----|----|-----------|-------|-------|----------------|
//! | A (std-1)    | 1  | 1  | 1  | 1  | 1  | 1  | 6/6 = 1   | 1     | 1     | 0              |
//! | B (std-1)    | 0  | 0  | 1  | 0  | 1  | 1  | 3/6 = 0.5 | 0     | 1     | −1             |
//! | C (std-7)    | 1  | 0  | 0  | 0  | 0  | 0  | 1/6 ≈ .167| 0.5   | 0     | 0.5            |
//!
//! Flags: A facility 1 > 0.95 (nobody misses it); B discrimination −1 < 0; C facility 0.167 < 0.2
//! (most miss it). A seventh learner started an attempt asking A, B and C and left it unfinished:
//! each item was drawn 7 times and answered 6 times (L7's answer to A is not counted).
//!
//! Mastery (≥ 2/3 of the credit of the standard's items on the latest final attempt):
//! Standard 1 has A and B, so 2 of 2 are needed: L3, L5, L6 → 3 of 6 learners. Standard 7 has C:
//! L1 → 1 of 6. Pillar 1 (standards 1–6) has A and B: 3 of 6; pillar 2 (7–13) has C: 1 of 6.
//! Completions: the pass mark is 80, so L1 and L2 passed.

mod common;
use common::fixture;
use cpms_player::course::load_course;
use cpms_player::ids::{CourseId, ItemId, ModuleId};
use cpms_player::progress::{FactKind, Store, item_analysis_csv};
use cpms_player::quiz::Response;
use cpms_player::quiz::analysis::{Analysis, Answer, FinishedAttempt, Flag, Input, ItemInfo, Mastery, analyse};
use std::collections::HashMap;

const SCORES: [u8; 6] = [95, 90, 70, 60, 40, 20];
/// Credit of L1..L6 on A, B, C.
const CREDIT: [[u8; 6]; 3] = [[1, 1, 1, 1, 1, 1], [0, 0, 1, 0, 1, 1], [1, 0, 0, 0, 0, 0]];

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

/// The figures of the table above (items named `ids`, in the quiz `quiz`).
fn assert_hand_figures(a: &Analysis, ids: [&str; 3]) {
    let item = |id: &str| a.items.iter().find(|i| i.item_id == id).unwrap();
    let (ia, ib, ic) = (item(ids[0]), item(ids[1]), item(ids[2]));
    for i in [ia, ib, ic] {
        assert_eq!((i.drawn, i.answered), (7, 6), "{}", i.item_id);
    }
    assert!(close(ia.facility, 1.0) && close(ia.discrimination, 0.0), "{ia:?}");
    assert!(close(ib.facility, 0.5) && close(ib.discrimination, -1.0), "{ib:?}");
    assert!(close(ic.facility, 1.0 / 6.0) && close(ic.discrimination, 0.5), "{ic:?}");
    assert_eq!(ia.flags, vec![Flag::NobodyMisses]);
    assert_eq!(ib.flags, vec![Flag::NegativeDiscrimination]);
    assert_eq!(ic.flags, vec![Flag::MostMiss]);
    assert_eq!((a.final_attempts, a.final_learners), (6, 6));
    assert_eq!(a.completions.len(), 2, "L1 and L2 passed");
}

#[test]
fn six_learners_three_items_give_the_figures_worked_out_by_hand() {
    let tags = [vec!["std-1".to_string()], vec!["std-1".to_string()], vec!["std-7".to_string()]];
    let items = ["A", "B", "C"]
        .iter()
        .zip(&tags)
        .map(|(id, tags)| ItemInfo {
            module_id: "final".into(),
            quiz_id: "final-quiz".into(),
            item_id: id.to_string(),
            tags: tags.clone(),
        })
        .collect();
    let mut attempts = Vec::new();
    let mut answers = Vec::new();
    for (l, score) in SCORES.iter().enumerate() {
        attempts.push(FinishedAttempt {
            person: format!("L{}", l + 1),
            quiz_id: "final-quiz".into(),
            attempt_id: format!("t{}", l + 1),
            at: 1_000 * l as i64,
            percent: *score,
            passed: *score >= 80,
        });
        for (i, id) in ["A", "B", "C"].iter().enumerate() {
            answers.push(Answer {
                attempt_id: format!("t{}", l + 1),
                item_id: id.to_string(),
                credit: f64::from(CREDIT[i][l]),
            });
        }
    }
    answers.push(Answer { attempt_id: "t7".into(), item_id: "A".into(), credit: 0.0 });
    let drawn: HashMap<(String, String), u32> =
        ["A", "B", "C"].iter().map(|id| (("final-quiz".to_string(), id.to_string()), 7)).collect();
    let input = Input { items, final_quiz: Some("final-quiz".into()), attempts, answers, drawn };
    let a = analyse(&input);
    assert_hand_figures(&a, ["A", "B", "C"]);
    assert_eq!(a.standards[0], Mastery { number: 1, learners: 6, masters: 3 });
    assert_eq!(a.standards[6], Mastery { number: 7, learners: 6, masters: 1 });
    assert_eq!(a.standards[1].learners, 0, "no item tests Standard 2");
    assert_eq!(a.pillars[0], Mastery { number: 1, learners: 6, masters: 3 });
    assert_eq!(a.pillars[1], Mastery { number: 2, learners: 6, masters: 1 });
    assert_eq!(a.completions, vec![0, 1_000]);
}

/// The case recorded as facts in a store, on the mini course's final (items f-q1..f-q3 as A..C).
fn recorded() -> (Store, cpms_player::course::Course) {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let ids = ["f-q1", "f-q2", "f-q3"];
    let item_ids: Vec<ItemId> = ids.iter().map(|s| ItemId::from(*s)).collect();
    for l in 0..7 {
        let learner = store.add_learner(&format!("Learner {}", l + 1), None, "en").unwrap();
        let attempt = format!("attempt-{l}");
        let started = FactKind::AttemptStarted {
            quiz_id: "final-quiz".into(),
            attempt_id: attempt.clone().into(),
            seed: l as u64,
            item_ids: item_ids.clone(),
        };
        store.record(&learner.id, &CourseId::from("mini"), &ModuleId::from("final"), started).unwrap();
        for (i, id) in ids.iter().enumerate() {
            let right = l < 6 && CREDIT[i][l] == 1;
            let answered = FactKind::ItemAnswered {
                quiz_id: "final-quiz".into(),
                attempt_id: attempt.clone().into(),
                item_id: id.to_string().into(),
                response: Response::Bool(right),
                correct: right,
                credit: if right { 1.0 } else { 0.0 },
            };
            store.record(&learner.id, &CourseId::from("mini"), &ModuleId::from("final"), answered).unwrap();
            if l == 6 {
                break; // L7 answered A only and left.
            }
        }
        if l < 6 {
            let finished = FactKind::AttemptFinished {
                quiz_id: "final-quiz".into(),
                attempt_id: attempt.into(),
                percent: SCORES[l],
                passed: SCORES[l] >= 80,
            };
            store.record(&learner.id, &CourseId::from("mini"), &ModuleId::from("final"), finished).unwrap();
        }
    }
    (store, course)
}

#[test]
fn the_store_reads_the_same_figures_from_recorded_facts() {
    let (store, course) = recorded();
    let a = store.item_analysis(&course).unwrap();
    assert_hand_figures(&a, ["f-q1", "f-q2", "f-q3"]);
    let f4 = a.items.iter().find(|i| i.item_id == "f-q4").unwrap();
    assert_eq!((f4.drawn, f4.answered, f4.facility), (0, 0, None), "never drawn: no figures");
    // The mini course's items test no standard: nobody is counted for mastery.
    assert!(a.standards.iter().all(|m| m.learners == 0));
}

#[test]
fn the_csv_has_a_byte_order_mark_plain_numbers_and_neutralised_text() {
    let (store, course) = recorded();
    let mut a = store.item_analysis(&course).unwrap();
    a.items[0].module_id = "=HYPERLINK(\"http://x\")".into();
    let csv = item_analysis_csv(&CourseId::from("mini"), &a).unwrap();
    assert!(csv.starts_with('\u{FEFF}'));
    let mut r = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..4], ["row", "course_id", "module_id", "id"]);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), a.items.len() + 28 + 4);
    assert_eq!(&rows[0][2], "'=HYPERLINK(\"http://x\")", "a formula is neutralised");
    let b = rows.iter().find(|r| &r[3] == "f-q2").unwrap();
    assert_eq!((&b[7], &b[8], &b[9]), ("0.500", "-1.000", "negative_discrimination"), "numbers stay numbers");
}

fn cli(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(data)
        .arg("--courses-dir")
        .arg(fixture(""))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn report_items_writes_csv_and_json_and_names_an_unknown_course_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = cli(&data, &["generate-demo", "--learners", "12", "--seed", "3", "--course", "mini"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file = tmp.path().join("items.csv");
    let out = cli(&data, &["report", "items", "--course", "mini", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("\u{FEFF}row,course_id,module_id,id,tests,drawn,answered,facility,discrimination"));
    // The mini course has 2 basics items and 4 final items; then 28 standards and 4 pillars.
    assert_eq!(text.lines().count(), 1 + 6 + 28 + 4, "{text}");
    assert!(text.lines().any(|l| l.starts_with("item,mini,final,f-q1,")), "{text}");
    // The same figures as the library computes from the same database.
    let store = Store::open(&data.join("progress.sqlite")).unwrap();
    let course = load_course(&fixture("mini")).unwrap();
    assert_eq!(text, item_analysis_csv(&CourseId::from("mini"), &store.item_analysis(&course).unwrap()).unwrap());
    drop(store);

    let out = cli(&data, &["report", "items", "--course", "mini", "--format", "json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 6);
    assert_eq!(json["standards"].as_array().unwrap().len(), 28);
    assert!(json["definitions"]["discrimination"].as_str().unwrap().contains("27"));

    // The progress report itself is unchanged by the new subcommand.
    let out = cli(&data, &["report", "--format", "csv"]);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("learner_id"));

    let out = cli(&data, &["--lang", "fr", "report", "items", "--course", "nope", "--out", "x.csv"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("« nope »") && err.contains("mini") && err.contains("--course"), "{err}");
    assert!(!tmp.path().join("x.csv").exists());
}

#[test]
fn linked_ids_are_one_learner_whose_latest_final_attempt_counts() {
    // The same person took the final on a field laptop (id A, failed) and later here (id B,
    // passed); the trainer linked A to B. One learner, two attempts, one completion.
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let a = store.add_learner("Hawa Sow", None, "en").unwrap();
    let b = store.add_learner("Hawa Sow (roster)", None, "en").unwrap();
    for (learner, attempt, percent) in [(&a.id, "first", 40u8), (&b.id, "second", 90u8)] {
        let answered = FactKind::ItemAnswered {
            quiz_id: "final-quiz".into(),
            attempt_id: attempt.into(),
            item_id: "f-q1".into(),
            response: Response::Bool(percent > 50),
            correct: percent > 50,
            credit: if percent > 50 { 1.0 } else { 0.0 },
        };
        store.record(learner, &CourseId::from("mini"), &ModuleId::from("final"), answered).unwrap();
        let finished = FactKind::AttemptFinished {
            quiz_id: "final-quiz".into(),
            attempt_id: attempt.into(),
            percent,
            passed: percent >= 80,
        };
        store.record(learner, &CourseId::from("mini"), &ModuleId::from("final"), finished).unwrap();
    }
    let before = store.item_analysis(&course).unwrap();
    assert_eq!((before.final_attempts, before.final_learners), (2, 2));
    store.link_learner(&a.id, &b.id).unwrap();
    let after = store.item_analysis(&course).unwrap();
    assert_eq!((after.final_attempts, after.final_learners), (2, 1));
    assert_eq!(after.completions.len(), 1);
    let f1 = after.items.iter().find(|i| i.item_id == "f-q1").unwrap();
    // Two attempts: upper group the 90 % attempt (credit 1), lower the 40 % one (credit 0).
    assert!(close(f1.facility, 0.5) && close(f1.discrimination, 1.0), "{f1:?}");
}
