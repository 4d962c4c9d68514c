//! Item lint in `validate`: warnings at file and line for answer cues a machine can see, errors
//! under `--strict`, counts in `--json`. The bundled course passes strict in all four
//! languages; a clean fixture passes strict and a planted flaw fails it.

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

fn cpms() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
}

/// The mini course with every final-bank item tagged in all four languages: lint-clean.
fn clean_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, dir) = mini_copy();
    for lang in ["en", "fr", "es", "ar"] {
        let file = dir.join(lang).join("final.ron");
        for id in ["f-q1", "f-q2", "f-q3", "f-q4"] {
            let from = format!("Item(id: \"{id}\",");
            edit(&file, &from, &format!("Item(id: \"{id}\", tests: [\"basics\"], level: Apply,"));
        }
    }
    (tmp, dir)
}

fn strict(dir: &Path) -> std::process::Output {
    cpms().args(["validate", "--strict"]).arg(dir).output().unwrap()
}

#[test]
fn a_clean_course_passes_strict_validation() {
    let (_tmp, dir) = clean_copy();
    let out = strict(&dir);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"));
}

#[test]
fn a_planted_all_of_the_above_fails_strict_at_its_line_and_only_warns_otherwise() {
    let (_tmp, dir) = clean_copy();
    let file = dir.join("fr/basics.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    // The French translation of one distractor becomes "all of the above": same structure, a cue.
    let at = text.find("Choice(id: \"c\", text: \"").unwrap() + "Choice(id: \"c\", text: \"".len();
    let end = at + text[at..].find('"').unwrap();
    std::fs::write(&file, format!("{}Toutes les réponses ci-dessus{}", &text[..at], &text[end..])).unwrap();
    let line = line_of(&file, "b-q1");

    let out = cpms().arg("validate").arg(&dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "a warning alone does not fail validate: {stderr}");
    assert!(stderr.contains(&format!("warning[all_of_the_above]: {}:{line}:", file.display())), "{stderr}");

    let out = strict(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("error: {}:{line}:", file.display())), "{stderr}");

    let out = cpms().args(["validate", "--json"]).arg(&dir).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["lint_counts"]["all_of_the_above"], 1, "{json}");
    assert_eq!(json["lint_counts"]["key_longest"], 0);
    assert_eq!(json["warnings"][0]["rule"], "all_of_the_above");
}

#[test]
fn untagged_final_items_and_cued_keys_are_warned_about() {
    let (_tmp, dir) = mini_copy();
    // The untagged mini bank: one warning per final item and language.
    let out = cpms().args(["validate", "--json"]).arg(&dir).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["lint_counts"]["missing_tags"], 16, "{json}");
    assert_eq!(strict(&dir).status.code(), Some(1));
}

#[test]
fn a_matching_item_without_a_spare_is_warned_about_at_its_line() {
    let (_tmp, dir) = clean_copy();
    let file = dir.join("es/final.ron");
    edit(&file, ", spares: [Spare(id: \"x1\", right: \"De lado\")]", "");
    // Taken out in every language, so the translations still agree.
    for (lang, text) in [("en", "Sideways"), ("fr", "De côté"), ("ar", "جانبي")] {
        edit(&dir.join(lang).join("final.ron"), &format!(", spares: [Spare(id: \"x1\", right: \"{text}\")]"), "");
    }
    let out = cpms().args(["validate", "--json"]).arg(&dir).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["lint_counts"]["matching_without_spare"], 4, "{json}");
    let out = strict(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("{}:{}:", file.display(), line_of(&file, "f-q3"))), "{stderr}");
    assert!(stderr.contains("spare right-hand text"), "{stderr}");
}

#[test]
fn the_bundled_course_reports_its_lint_counts() {
    let course = Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019");
    let out = cpms().args(["validate", "--json"]).arg(&course).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let counts = json["lint_counts"].as_object().unwrap();
    for rule in [
        "key_longest",
        "absolute_words",
        "option_length",
        "missing_tags",
        "near_duplicate",
        "true_false_balance",
        "all_of_the_above",
        "matching_without_spare",
    ] {
        assert!(counts.contains_key(rule), "{rule}");
    }
    assert_eq!(counts["missing_tags"], 0, "every final item is tagged");
}

/// The bundled course, all four languages, is lint-clean: `validate --strict` passes with no
/// warning, and every rule counts zero.
#[test]
fn the_bundled_course_passes_strict_validation_in_every_language() {
    let course = Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019");
    let out = strict(&course);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error") && !stderr.contains("warning"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("4 languages"), "all four languages were checked: {stdout}");
    let out = cpms().args(["validate", "--json"]).arg(&course).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for (rule, n) in json["lint_counts"].as_object().unwrap() {
        assert_eq!(n, 0, "{rule}: {json}");
    }
}
