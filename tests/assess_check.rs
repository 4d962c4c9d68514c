//! `assess-check`: the test-wise simulator on a course, run as a user would.

mod common;
use common::*;
use std::process::Command;

#[test]
fn assess_check_reports_every_reader_per_language_as_json() {
    let out = Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .args(["assess-check", "--attempts", "40", "--json"])
        .arg(fixture("mini"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let langs = json["languages"].as_array().unwrap();
    assert_eq!(langs.len(), 4);
    for l in langs {
        assert_eq!(l["attempts"], 40);
        assert_eq!(l["items_per_attempt"], 2, "the mini final draws 2");
        let readers: Vec<&str> =
            l["strategies"].as_array().unwrap().iter().map(|s| s["reader"].as_str().unwrap()).collect();
        assert_eq!(readers, ["random", "longest", "second_longest", "avoid_absolutes", "stem_overlap", "combined"]);
        let mean = l["half_knowledge"]["mean_percent"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&mean));
        for key in ["retaker_pass_within_3", "retaker_pass_within_3_every_key_shown"] {
            assert!((0.0..=1.0).contains(&l[key].as_f64().unwrap()), "{key}");
        }
    }
}

#[test]
fn assess_check_of_one_language_and_of_an_unknown_one() {
    let run = |lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_cpms-player"))
            .args(["assess-check", "--attempts", "10", "--lang", lang])
            .arg(fixture("mini"))
            .output()
            .unwrap()
    };
    let out = run("ar");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.contains("[ar]") && !stdout.contains("[en]"), "{stdout}");
    assert!(stdout.contains("retaker passing within 3 attempts"), "{stdout}");
    let out = run("de");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("de"));
}

/// The targets of the assessment on the bundled course, in every language: no strategy without
/// knowledge (second-longest option included) scores more than 35 % on average, a learner who knows half the bank passes at most
/// 5 % of attempts, a retaker under the attempt policy passes within 3 attempts at most 1 % of
/// the time, and every attempt tests all 28 standards.
#[test]
fn the_bundled_final_meets_the_test_wise_targets_in_every_language() {
    let course = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019");
    let out = Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .args(["assess-check", "--attempts", "100", "--json"])
        .arg(&course)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let langs = json["languages"].as_array().unwrap();
    assert_eq!(langs.len(), 4);
    for l in langs {
        let lang = l["language"].as_str().unwrap();
        for s in l["strategies"].as_array().unwrap() {
            let mean = s["mean_percent"].as_f64().unwrap();
            assert!(mean <= 35.0, "{lang}: {} scores {mean:.1} %", s["reader"]);
        }
        let half = l["half_knowledge"]["pass_rate"].as_f64().unwrap();
        assert!(half <= 0.05, "{lang}: half knowledge passes {:.1} %", half * 100.0);
        let retaker = l["retaker_pass_within_3"].as_f64().unwrap();
        assert!(retaker <= 0.01, "{lang}: the retaker passes within 3 attempts {:.1} %", retaker * 100.0);
        assert_eq!(l["coverage"]["min"], 28, "{lang}: every attempt tests all 28 standards");
    }
}
