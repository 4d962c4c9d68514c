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
        assert_eq!(readers, ["random", "longest", "avoid_absolutes", "stem_overlap", "combined"]);
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
