//! A merge that keeps people whole (issue 16), through the command line as a trainer would use
//! it with several field laptops: removal hides without losing anything, a roster and links make
//! one learner of one person, profile fields merge on their own with clocks that a wrong laptop
//! clock cannot hijack, bundles are forward compatible, PIN hashes stay home unless asked, and
//! fact ids never collide. Learning on a laptop is recorded through the store, as the window does.

mod common;
use common::fixture;
use cpms_player::ids::{CourseId, LearnerId, ModuleId};
use cpms_player::progress::{FactKind, Store, paths::DATABASE_FILE};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(data)
        .arg("--courses-dir")
        .arg(fixture(""))
        .args(args)
        .output()
        .unwrap()
}

fn ok(data: &Path, args: &[&str]) -> String {
    let out = run(data, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Report rows as JSON values.
fn rows(data: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["report", "--format", "json"];
    args.extend_from_slice(extra);
    let json: Value = serde_json::from_str(&ok(data, &args)).unwrap();
    json["rows"].as_array().unwrap().clone()
}

/// (learner id, name) of the learners listed on a laptop.
fn learners(data: &Path) -> Vec<(String, String)> {
    ok(data, &["learners", "list"])
        .lines()
        .filter(|l| l.contains('\t'))
        .map(|l| {
            let mut parts = l.split('\t');
            (parts.next().unwrap().to_string(), parts.next().unwrap().to_string())
        })
        .collect()
}

fn id_of(data: &Path, name: &str) -> String {
    learners(data).into_iter().find(|(_, n)| n == name).unwrap_or_else(|| panic!("no {name}")).0
}

fn store(data: &Path) -> Store {
    Store::open(&data.join(DATABASE_FILE)).unwrap()
}

/// Study the "basics" module of the mini course (both lessons, quiz passed).
fn study_basics(data: &Path, learner: &str) {
    let st = store(data);
    for lesson in ["b-one", "b-two"] {
        st.record(
            &learner.into(),
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: lesson.into() },
        )
        .unwrap();
    }
    let finished = |quiz: &str| FactKind::AttemptFinished {
        quiz_id: quiz.into(),
        attempt_id: uuid::Uuid::new_v4().to_string().into(),
        percent: 100,
        passed: true,
    };
    st.record(&learner.into(), &CourseId::from("mini"), &ModuleId::from("basics"), finished("basics-quiz")).unwrap();
}

/// Pass the final assessment of the mini course.
fn study_final(data: &Path, learner: &str) {
    let finished = FactKind::AttemptFinished {
        quiz_id: "final-quiz".into(),
        attempt_id: uuid::Uuid::new_v4().to_string().into(),
        percent: 90,
        passed: true,
    };
    store(data).record(&learner.into(), &CourseId::from("mini"), &ModuleId::from("final"), finished).unwrap();
}

/// The statuses of a learner's rows in a report, by name.
fn statuses(rows: &[Value], name: &str) -> Vec<String> {
    rows.iter().filter(|r| r["learner_name"] == name).map(|r| r["status"].as_str().unwrap().to_string()).collect()
}

fn export(data: &Path, out: &Path) {
    ok(data, &["export-progress", "--out", s(out)]);
}

#[test]
fn a_profile_removed_on_a_field_laptop_still_reports_complete_at_hq() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, hq, b) = (tmp.path().join("a"), tmp.path().join("hq"), tmp.path().join("b"));
    ok(&a, &["learners", "add", "Awa Kamara"]);
    let awa = id_of(&a, "Awa Kamara");
    study_basics(&a, &awa);
    study_final(&a, &awa);
    assert_eq!(statuses(&rows(&a, &[]), "Awa Kamara"), ["complete", "complete"]);
    // A field officer tidies the profile list.
    let out = ok(&a, &["learners", "remove", "Awa Kamara"]);
    assert!(out.contains("from this laptop"), "{out}");
    assert!(learners(&a).is_empty(), "hidden on this laptop");
    let here = rows(&a, &[]);
    assert_eq!(statuses(&here, "Awa Kamara"), ["complete", "complete"], "still in this laptop's report");
    assert!(here.iter().all(|r| r["learner_state"] == "removed_here"));
    assert!(rows(&a, &["--active-only"]).is_empty(), "filterable");
    let bundle = tmp.path().join("a.json");
    export(&a, &bundle);
    ok(&hq, &["import-progress", s(&bundle)]);
    let at_hq = rows(&hq, &[]);
    assert_eq!(statuses(&at_hq, "Awa Kamara"), ["complete", "complete"], "the removal did not travel");
    assert!(at_hq.iter().all(|r| r["learner_state"] == "active" && r["learner_id"] == awa.as_str()));
    assert_eq!(learners(&hq).len(), 1);
    // Importing again (and the laptop's later bundles) changes nothing.
    ok(&hq, &["import-progress", s(&bundle)]);
    assert_eq!(rows(&hq, &[]), at_hq);
    // The removal can be undone on the laptop.
    ok(&a, &["learners", "unremove", &awa]);
    assert_eq!(learners(&a).len(), 1);

    // Archiving is the trainer's decision, and it travels: still reported, marked, filterable.
    ok(&hq, &["learners", "archive", "Awa Kamara"]);
    assert!(learners(&hq).is_empty());
    let hq_bundle = tmp.path().join("hq.json");
    export(&hq, &hq_bundle);
    ok(&b, &["import-progress", s(&hq_bundle)]);
    let at_b = rows(&b, &[]);
    assert_eq!(statuses(&at_b, "Awa Kamara"), ["complete", "complete"]);
    assert!(at_b.iter().all(|r| r["learner_state"] == "archived"), "{at_b:?}");
    assert!(rows(&b, &["--active-only"]).is_empty());
    assert!(learners(&b).is_empty(), "archived learners leave the profile list");
    ok(&hq, &["learners", "unarchive", "Awa Kamara"]);
    assert_eq!(learners(&hq).len(), 1);
}

/// A trainer's roster with two people; three field laptops with it installed, plus a learner
/// one laptop made itself. Returns (hq, [a, b, c], roster id of Fatima, C's own id of Fatima).
fn three_laptops(tmp: &Path) -> (PathBuf, Vec<PathBuf>, String, String) {
    let hq = tmp.join("hq");
    let csv = tmp.join("people.csv");
    std::fs::write(&csv, "name,pin,language\nFatima Diallo,,fr\nOmar Sow,,en\n").unwrap();
    ok(&hq, &["learners", "import", s(&csv)]);
    let roster = tmp.join("roster.json");
    ok(&hq, &["roster", "export", "--out", s(&roster)]);
    let fatima = id_of(&hq, "Fatima Diallo");
    let laptops: Vec<PathBuf> = ["a", "b", "c"].iter().map(|n| tmp.join(n)).collect();
    for l in &laptops[..2] {
        ok(l, &["roster", "import", s(&roster)]);
        assert_eq!(id_of(l, "Fatima Diallo"), fatima, "the same id on every laptop");
    }
    // Fatima studies the first module on laptop A and the final one on laptop B.
    study_basics(&laptops[0], &fatima);
    study_final(&laptops[1], &fatima);
    // Laptop C never got the roster: Fatima was added there by hand and saw a lesson.
    ok(&laptops[2], &["learners", "add", "fatima  diallo"]);
    let own = id_of(&laptops[2], "fatima  diallo");
    assert_ne!(own, fatima);
    store(&laptops[2])
        .record(
            &LearnerId::from(&own),
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    for l in &laptops {
        assert_ne!(statuses(&rows(l, &[]), "Fatima Diallo"), ["complete", "complete"], "no laptop alone has it all");
    }
    (hq, laptops, fatima, own)
}

#[test]
fn one_person_on_three_laptops_is_one_complete_learner_in_every_merge_order() {
    let tmp = tempfile::tempdir().unwrap();
    let (hq, laptops, fatima, own) = three_laptops(tmp.path());
    let bundles: Vec<PathBuf> = laptops
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let f = tmp.path().join(format!("laptop{i}.json"));
            export(l, &f);
            f
        })
        .collect();
    // The trainer merges at HQ, sees the likely duplicate and links C's profile to the roster.
    let out = ok(&hq, &["import-progress", s(&bundles[2])]);
    assert!(
        out.contains("Maybe one person") && out.contains(&own) && out.contains(&fatima),
        "duplicate pointed out: {out}"
    );
    ok(&hq, &["learners", "link", &own, &fatima]);
    assert!(!ok(&hq, &["learners", "duplicates"]).contains(&own), "no longer a duplicate");
    let links = tmp.path().join("links.json");
    ok(&hq, &["roster", "export", "--out", s(&links)]);

    let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    let mut reports = Vec::new();
    for (n, order) in orders.iter().enumerate() {
        let target = tmp.path().join(format!("merge{n}"));
        // The link arrives first, last or in the middle.
        let mut files: Vec<&Path> = order.iter().map(|&i| bundles[i].as_path()).collect();
        files.insert(n % 4, &links);
        for f in &files {
            ok(&target, &["import-progress", s(f)]);
        }
        // Twice: nothing changes.
        for f in &files {
            ok(&target, &["import-progress", s(f)]);
        }
        let r = rows(&target, &[]);
        assert_eq!(statuses(&r, "Fatima Diallo"), ["complete", "complete"], "order {order:?}: {r:?}");
        assert_eq!(r.iter().filter(|r| r["learner_name"] == "Fatima Diallo").count(), 2, "one learner, two modules");
        assert!(r.iter().all(|r| r["learner_id"] != own.as_str()), "the linked id is not a learner of its own");
        assert_eq!(learners(&target).len(), 2, "Fatima and Omar");
        reports.push(serde_json::to_string(&r).unwrap());
        // One certificate, whichever id is given.
        let pdf = tmp.path().join(format!("cert{n}.pdf"));
        let out = ok(&target, &["certificate", "--learner", &own, "--course", "mini", "--out", s(&pdf)]);
        assert!(out.contains("Fatima Diallo"), "{out}");
    }
    assert!(reports.windows(2).all(|w| w[0] == w[1]), "every order gives the same report");
    // xAPI: one actor for one person (the roster id), with a completion.
    let xapi = tmp.path().join("xapi.json");
    ok(&tmp.path().join("merge0"), &["xapi", "export", "--out", s(&xapi)]);
    let statements: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&xapi).unwrap()).unwrap();
    // Statements carry the account only (no name: a statement is a pure function of its fact).
    let actors: std::collections::BTreeSet<&str> =
        statements.iter().map(|st| st["actor"]["account"]["name"].as_str().unwrap()).collect();
    assert!(actors.contains(fatima.as_str()), "C's facts are sent as the roster person");
    assert!(statements.iter().all(|st| st["actor"].get("name").is_none()));
    assert!(statements.iter().any(|st| st["actor"]["account"]["name"] == fatima.as_str()
        && st["verb"]["id"].as_str().unwrap().ends_with("completed")));
    assert!(statements.iter().all(|st| st["actor"]["account"]["name"] != own.as_str()));

    // The link can be undone, and the undoing travels.
    ok(&hq, &["import-progress", s(&bundles[0]), s(&bundles[1])]);
    assert_eq!(statuses(&rows(&hq, &[]), "Fatima Diallo"), ["complete", "complete"]);
    ok(&hq, &["learners", "unlink", &own]);
    let r = rows(&hq, &[]);
    assert_eq!(r.iter().filter(|r| r["learner_id"] == own.as_str()).count(), 2, "C's profile is its own again");
    let undone = tmp.path().join("undone.json");
    ok(&hq, &["roster", "export", "--out", s(&undone)]);
    let target = tmp.path().join("merge0");
    ok(&target, &["import-progress", s(&undone)]);
    assert_eq!(rows(&target, &[]).iter().filter(|r| r["learner_id"] == own.as_str()).count(), 2);
}

#[test]
fn a_rename_and_a_pin_change_on_two_laptops_both_survive() {
    let tmp = tempfile::tempdir().unwrap();
    let (hq, a) = (tmp.path().join("hq"), tmp.path().join("a"));
    ok(&hq, &["learners", "add", "Fatima Diallo", "--pin", "1234"]);
    let roster = tmp.path().join("roster.json");
    ok(&hq, &["roster", "export", "--with-pins", "--out", s(&roster)]);
    ok(&a, &["roster", "import", s(&roster)]);
    let id = id_of(&a, "Fatima Diallo");
    assert!(store(&a).check_pin(&LearnerId::from(&id), "1234").unwrap());
    // The trainer renames her; a second later, the field laptop changes her PIN.
    ok(&hq, &["learners", "rename", "Fatima Diallo", "Fatima B. Diallo"]);
    ok(&a, &["learners", "set-pin", "Fatima Diallo", "5678"]);
    let (fa, fh) = (tmp.path().join("a.json"), tmp.path().join("hq.json"));
    ok(&a, &["export-progress", "--with-pins", "--out", s(&fa)]);
    ok(&hq, &["export-progress", "--with-pins", "--out", s(&fh)]);
    let out = ok(&hq, &["import-progress", s(&fa)]);
    assert!(!out.contains("at once"), "different fields do not conflict: {out}");
    ok(&a, &["import-progress", s(&fh)]);
    for laptop in [&hq, &a] {
        assert_eq!(learners(laptop), [(id.clone(), "Fatima B. Diallo".to_string())]);
        let st = store(laptop);
        assert!(
            st.check_pin(&LearnerId::from(&id), "5678").unwrap()
                && !st.check_pin(&LearnerId::from(&id), "1234").unwrap()
        );
    }

    // Both change the name without seeing each other: one wins, the same on both, and it is said.
    ok(&hq, &["learners", "rename", &id, "Fatima Bintou Diallo"]);
    ok(&a, &["learners", "rename", &id, "F. Diallo"]);
    ok(&a, &["export-progress", "--out", s(&fa)]);
    ok(&hq, &["export-progress", "--out", s(&fh)]);
    let at_hq = ok(&hq, &["import-progress", s(&fa)]);
    let at_a = ok(&a, &["import-progress", s(&fh)]);
    assert!(at_hq.contains("changed on two laptops at once") && at_hq.contains("F. Diallo"), "{at_hq}");
    assert!(at_a.contains("changed on two laptops at once"), "{at_a}");
    assert_eq!(learners(&hq), learners(&a), "both laptops settle on the same name");
}

/// Set a learner's name in a bundle file as if edited on a laptop whose clock said `at_ms`.
fn edit_name_at(bundle: &Path, id: &str, name: &str, at_ms: i64) -> String {
    let mut b: Value = serde_json::from_str(&std::fs::read_to_string(bundle).unwrap()).unwrap();
    let device = b["device_id"].as_str().unwrap().to_string();
    let l = b["learners"].as_array_mut().unwrap().iter_mut().find(|l| l["id"] == id).unwrap();
    l["name"] = name.into();
    let old = l["stamps"]["name"]["hlc"].clone();
    l["stamps"]["name"] = serde_json::json!({"hlc": format!("{at_ms:015}-000000-{device}"), "base": old});
    std::fs::write(bundle, serde_json::to_string(&b).unwrap()).unwrap();
    device
}

#[test]
fn a_laptop_with_its_clock_in_2030_does_not_win() {
    let tmp = tempfile::tempdir().unwrap();
    let (hq, c) = (tmp.path().join("hq"), tmp.path().join("c"));
    ok(&hq, &["learners", "add", "Omar Sow"]);
    let roster = tmp.path().join("roster.json");
    ok(&hq, &["roster", "export", "--out", s(&roster)]);
    ok(&c, &["roster", "import", s(&roster)]);
    ok(&c, &["learners", "add", "Only On C"]);
    let (omar, only) = (id_of(&c, "Omar Sow"), id_of(&c, "Only On C"));
    let bundle = tmp.path().join("c.json");
    export(&c, &bundle);
    // Laptop C's CMOS battery is flat: its clock says 2030 when Omar is renamed there.
    let in_2030 = 1_893_456_000_000;
    let device = edit_name_at(&bundle, &omar, "Omar From 2030", in_2030);
    edit_name_at(&bundle, &only, "Only On C (2030)", in_2030);
    let out = ok(&hq, &["import-progress", s(&bundle)]);
    assert!(out.contains(&device) && out.contains("clock"), "the wrong clock is named: {out}");
    let names: Vec<String> = learners(&hq).into_iter().map(|(_, n)| n).collect();
    assert!(names.contains(&"Omar Sow".to_string()), "a 2030 stamp does not override: {names:?}");
    assert!(names.contains(&"Only On C (2030)".to_string()), "with nothing to compete, it still arrives");
    // A later edit with a sane clock wins over it, and importing the bundle again changes nothing.
    ok(&hq, &["learners", "rename", &only, "Only On C"]);
    ok(&hq, &["import-progress", s(&bundle)]);
    let names: Vec<String> = learners(&hq).into_iter().map(|(_, n)| n).collect();
    assert!(names.contains(&"Only On C".to_string()) && names.contains(&"Omar Sow".to_string()), "{names:?}");
    // The trainer's laptop clock did not jump to 2030 either: its next edits are stamped now.
    let hq_bundle = tmp.path().join("hq.json");
    export(&hq, &hq_bundle);
    let text = std::fs::read_to_string(&hq_bundle).unwrap();
    assert!(!text.contains("\"hlc\":\"00189"), "no 2030 stamp made on HQ");
}

#[test]
fn bundles_are_versioned_forward_compatible_and_read_version_1() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, hq) = (tmp.path().join("a"), tmp.path().join("hq"));
    ok(&a, &["generate-demo", "--learners", "2", "--seed", "3"]);
    let bundle = tmp.path().join("a.json");
    export(&a, &bundle);
    // A newer minor version with fields this version does not know: imported, with a warning.
    let mut b: Value = serde_json::from_str(&std::fs::read_to_string(&bundle).unwrap()).unwrap();
    assert_eq!((b["version"].as_u64(), b["minor"].as_u64()), (Some(2), Some(0)));
    b["minor"] = 7.into();
    b["signature"] = "abc".into();
    b["learners"][0]["nickname"] = "Ami".into();
    b["facts"][0]["origin"] = "tablet".into();
    let newer = tmp.path().join("newer.json");
    std::fs::write(&newer, serde_json::to_string(&b).unwrap()).unwrap();
    let out = ok(&hq, &["import-progress", s(&newer)]);
    for w in ["2.7", "signature", "learners[].nickname", "facts[].origin"] {
        assert!(out.contains(w), "{w}: {out}");
    }
    assert_eq!(learners(&hq).len(), 2);
    // A newer major version is refused, saying why and what to do, in the user's language.
    b["version"] = 3.into();
    let major = tmp.path().join("major.json");
    std::fs::write(&major, serde_json::to_string(&b).unwrap()).unwrap();
    let fresh = tmp.path().join("fresh");
    let out = run(&fresh, &["import-progress", s(&major)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("made by a newer CPMS Player") && err.contains('3') && err.contains("update this laptop"),
        "{err}"
    );
    let fr = run(&fresh, &["--lang", "fr", "import-progress", s(&major)]);
    assert!(String::from_utf8_lossy(&fr.stderr).contains("plus récente"), "{}", String::from_utf8_lossy(&fr.stderr));
    assert!(learners(&fresh).is_empty(), "nothing imported");

    // A bundle written by the first release (version 1) still imports; its "removed" flag does
    // not hide the learner on the trainer's laptop.
    let v1 = serde_json::json!({
        "format": "cpms-progress-bundle", "version": 1, "device_id": "old-laptop", "exported_at": 1_767_225_600_000i64,
        "learners": [{"id": "old-1", "name": "Mariam Haddad", "pin_hash": null, "language": "ar",
                      "created_at": 1_767_225_600_000i64, "updated_at": 1_767_225_600_000i64, "removed": true}],
        "facts": [{"id": "old-f1", "learner_id": "old-1", "device_id": "old-laptop", "at": 1_767_225_700_000i64,
                   "course_id": "mini", "module_id": "basics", "kind": {"type": "lesson_visited", "lesson_id": "b-one"}}],
        "certificates": []
    });
    let old = tmp.path().join("v1.json");
    std::fs::write(&old, v1.to_string()).unwrap();
    let out = ok(&fresh, &["import-progress", s(&old)]);
    assert!(out.contains("1 new learners") && out.contains("1 new facts"), "{out}");
    assert_eq!(statuses(&rows(&fresh, &["--active-only"]), "Mariam Haddad"), ["in_progress", "not_started"]);
}

#[test]
fn a_bundle_holds_no_pin_hash_unless_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, hq) = (tmp.path().join("a"), tmp.path().join("hq"));
    ok(&a, &["learners", "add", "Ada", "--pin", "4321"]);
    let plain = tmp.path().join("plain.json");
    let out = run(&a, &["export-progress", "--out", s(&plain)]);
    assert!(out.status.success() && out.stderr.is_empty());
    let text = std::fs::read_to_string(&plain).unwrap();
    assert!(!text.contains("argon2") && !text.contains("pin_hash"), "{text}");
    let with = tmp.path().join("with.json");
    let out = run(&a, &["export-progress", "--with-pins", "--out", s(&with)]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("PIN hashes"), "a warning");
    assert!(std::fs::read_to_string(&with).unwrap().contains("$argon2id$"));
    // Without PINs, importing leaves a PIN already known where it is.
    ok(&hq, &["import-progress", s(&with)]);
    ok(&hq, &["import-progress", s(&plain)]);
    let id = id_of(&hq, "Ada");
    assert!(
        store(&hq).check_pin(&LearnerId::from(&id), "4321").unwrap()
            && !store(&hq).check_pin(&LearnerId::from(&id), "0000").unwrap()
    );
}

#[test]
fn fact_ids_do_not_collide_and_a_known_id_with_other_content_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b, hq) = (tmp.path().join("a"), tmp.path().join("b"), tmp.path().join("hq"));
    let facts = |out: String| out.split_whitespace().nth(4).unwrap().parse::<usize>().unwrap();
    let na = facts(ok(&a, &["generate-demo", "--learners", "3", "--seed", "1"]));
    let nb = facts(ok(&b, &["generate-demo", "--learners", "3", "--seed", "1"]));
    let (fa, fb) = (tmp.path().join("a.json"), tmp.path().join("b.json"));
    export(&a, &fa);
    export(&b, &fb);
    let out = ok(&hq, &["import-progress", s(&fa), s(&fb)]);
    assert!(out.contains(&format!("{} new facts (0 already known)", na + nb)), "same seed, no collision: {out}");
    // A fact id HQ knows, arriving with other content: kept as stored, and reported.
    let mut bundle: Value = serde_json::from_str(&std::fs::read_to_string(&fa).unwrap()).unwrap();
    let id = bundle["facts"][0]["id"].as_str().unwrap().to_string();
    bundle["facts"][0]["at"] = (bundle["facts"][0]["at"].as_i64().unwrap() + 60_000).into();
    std::fs::write(&fa, bundle.to_string()).unwrap();
    let before = rows(&hq, &[]);
    // Signed by laptop A, the edited record is refused outright (issue 17)…
    let refused = run(&hq, &["import-progress", s(&fa)]);
    assert_eq!(refused.status.code(), Some(2), "{}", String::from_utf8_lossy(&refused.stderr));
    assert_eq!(rows(&hq, &[]), before);
    // …and in an unsigned (older) bundle it is taken as a conflict: kept as stored, reported.
    bundle.as_object_mut().unwrap().remove("attestations");
    std::fs::write(&fa, bundle.to_string()).unwrap();
    let out = ok(&hq, &["import-progress", s(&fa)]);
    assert!(out.contains("1 known record arrived with different content") && out.contains(&id), "{out}");
    assert_eq!(rows(&hq, &[]), before);
}

#[test]
fn links_made_each_way_on_two_laptops_settle_on_one_person() {
    let one = Store::open_in_memory().unwrap();
    let x = one.add_learner("Hawa Sow", None, "en").unwrap();
    let y = one.add_learner("Hawa  Sow", None, "en").unwrap();
    assert_eq!(one.likely_duplicates().unwrap().len(), 1);
    let two = Store::open_in_memory().unwrap();
    two.import_bundles(&[one.export_bundle().unwrap()]).unwrap();
    // Two trainers link them, each the other way round, without seeing each other.
    one.link_learner(&x.id, &y.id).unwrap();
    two.link_learner(&y.id, &x.id).unwrap();
    let (b1, b2) = (one.export_bundle().unwrap(), two.export_bundle().unwrap());
    one.import_bundles(&[b2]).unwrap();
    two.import_bundles(&[b1]).unwrap();
    let smallest = x.id.clone().min(y.id.clone());
    for store in [&one, &two] {
        assert_eq!(store.person_of(&x.id).unwrap(), smallest);
        assert_eq!(store.person_of(&y.id).unwrap(), smallest);
        assert_eq!(store.learners().unwrap().len(), 1, "one learner");
        assert!(store.likely_duplicates().unwrap().is_empty());
    }
    assert!(one.link_learner(&x.id, &y.id).is_err(), "already one person");
}
