//! Every error a person can meet is worded in all four languages (issue 13, item 4): each
//! `StoreError` variant (matched without a wildcard, so a new variant fails to compile here until
//! it is listed) has a message in every language that is not the English one; every message id
//! the source code gives `Problem::new` exists in the four interface files, with the same
//! arguments in each; and a refused bundle is explained in French on a French command line and
//! in the trainer area of a French window.

mod common;
use cpms_player::i18n::{LANGUAGES, Tr, problem_source};
use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::problem::Problem;
use cpms_player::progress::{FactKind, Rule, Store, StoreError};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One of each variant, and the name of the variant (the match has no wildcard on purpose).
fn every_store_error() -> Vec<(&'static str, StoreError)> {
    let rules = [
        Rule::NameEmpty,
        Rule::NameInvisible,
        Rule::NameTooLong,
        Rule::NameControlChars,
        Rule::PinFormat,
        Rule::PassphraseTooShort,
    ];
    for r in rules {
        // A new rule fails to compile here until it is added to the list above.
        match r {
            Rule::NameEmpty
            | Rule::NameInvisible
            | Rule::NameTooLong
            | Rule::NameControlChars
            | Rule::PinFormat
            | Rule::PassphraseTooShort => {}
        }
    }
    let mut out: Vec<StoreError> = vec![
        StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows),
        StoreError::Migration(rusqlite_migration::Error::MigrationDefinition(
            rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
        )),
        StoreError::Folder {
            path: "/media/stick/data".into(),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied"),
        },
        StoreError::Corrupt(serde_json::from_str::<u8>("x").unwrap_err()),
        StoreError::Problem(Problem::new("learner-not-found").arg("name", "Ada")),
    ];
    out.extend(rules.into_iter().map(StoreError::Rule));
    out.into_iter()
        .map(|e| {
            let name = match &e {
                StoreError::Sqlite(_) => "Sqlite",
                StoreError::Migration(_) => "Migration",
                StoreError::Folder { .. } => "Folder",
                StoreError::Rule(_) => "Rule",
                StoreError::Corrupt(_) => "Corrupt",
                StoreError::Problem(_) => "Problem",
            };
            (name, e)
        })
        .collect()
}

#[test]
fn every_store_error_has_a_message_in_every_language() {
    let errors = every_store_error();
    let names: BTreeSet<&str> = errors.iter().map(|(n, _)| *n).collect();
    assert_eq!(names.len(), 6, "one of each variant: {names:?}");
    for (name, e) in &errors {
        let english = e.localized(&Tr::new("en"));
        assert!(!english.is_empty());
        for (lang, _) in LANGUAGES {
            let tr = Tr::new(lang);
            for id in e.problem().ids() {
                assert!(tr.has(id), "{name}: {lang} has no message {id}");
            }
            let text = e.localized(&tr);
            assert!(!text.contains("{ $") && !text.contains("{$"), "{name} in {lang}: {text}");
            if lang != "en" {
                assert_ne!(text, english, "{name} is still English in {lang}");
            }
        }
    }
    // The technical detail stays, as an argument.
    let folder = &errors.iter().find(|(n, _)| *n == "Folder").unwrap().1;
    assert!(folder.localized(&Tr::new("ar")).contains("/media/stick/data"));
}

/// The variables a pattern uses (in select expressions too).
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

/// Message id → the variables it uses, for one language's interface (problem) file.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let source = problem_source(lang).unwrap();
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("cli-{lang}.ftl: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables(value, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `Problem::new("id")` in src/, with the argument names given in the same expression
/// (up to the next `;` or the next `Problem::new`).
fn problems_in_source() -> Vec<(String, String, BTreeSet<String>)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display().to_string();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("Problem::new(") {
            rest = &rest[at + "Problem::new(".len()..];
            let after = rest.trim_start();
            let Some(literal) = after.strip_prefix('"') else { continue };
            let Some(end) = literal.find('"') else { continue };
            let id = literal[..end].to_string();
            let expression_end =
                [literal.find(';'), literal.find("Problem::new(")].into_iter().flatten().min().unwrap_or(literal.len());
            let expression = &literal[end..expression_end];
            let mut args = BTreeSet::new();
            for method in [".arg(", ".num(", ".path(", ".sub("] {
                for (i, _) in expression.match_indices(method) {
                    let tail = expression[i + method.len()..].trim_start();
                    if let Some(tail) = tail.strip_prefix('"')
                        && let Some(e) = tail.find('"')
                    {
                        args.insert(tail[..e].to_string());
                    }
                }
            }
            out.push((name.clone(), id, args));
        }
    }
    out
}

#[test]
fn every_problem_in_the_source_has_a_message_in_every_language_with_the_same_arguments() {
    let found = problems_in_source();
    let ids: BTreeSet<&str> = found.iter().map(|(_, id, _)| id.as_str()).collect();
    assert!(ids.len() > 60, "the scan finds the problems: {}", ids.len());
    for known in ["bundle-not-as-signed", "bundle-laptop-untrusted", "store-internal", "certificate-conflict"] {
        assert!(ids.contains(known), "the scan sees {known}");
    }
    let english = messages("en");
    for (lang, _) in LANGUAGES {
        let messages = messages(lang);
        for (file, id, args) in &found {
            let Some(vars) = messages.get(id) else { panic!("{file}: cli-{lang}.ftl has no message {id}") };
            assert_eq!(vars, &english[id], "{id}: cli-{lang}.ftl uses other arguments than English");
            for a in args {
                assert!(english[id].contains(a), "{file}: {id} is given ${a}, which no language uses");
            }
        }
        // And every message of the file has the same arguments as in English.
        for (id, vars) in &messages {
            assert_eq!(Some(vars), english.get(id), "{id} in cli-{lang}.ftl");
        }
    }
}

#[test]
fn a_nested_problem_is_worded_in_the_same_language() {
    let why = Problem::new("bundle-not-as-signed")
        .num("count", 3)
        .arg("device", "dev-a")
        .num("signed", 3)
        .arg("example", "f-1");
    let p = Problem::new("bundle-invalid").arg("path", "edited.json").sub("detail", why);
    assert_eq!(p.ids(), vec!["bundle-invalid", "bundle-not-as-signed"]);
    let en = Tr::new("en").problem(&p);
    assert!(en.starts_with("edited.json: the 3 records of laptop dev-a do not match what that laptop signed"), "{en}");
    for lang in ["fr", "es", "ar"] {
        let text = Tr::new(lang).problem(&p);
        assert!(text.contains("edited.json") && text.contains("dev-a") && text.contains("f-1"), "{lang}: {text}");
        assert!(!text.contains("do not match") && !text.contains("records"), "English in {lang}: {text}");
    }
}

/// A bundle from laptop A whose quiz score was raised by hand after export.
fn edited_bundle(dir: &Path) -> std::path::PathBuf {
    let a = Store::open(&dir.join("a").join("progress.sqlite")).unwrap();
    let l = a.add_learner("Nadia Haddad", None, "en").unwrap();
    a.record(&l.id, &CourseId::from("mini"), &ModuleId::from("m1"), FactKind::LessonVisited { lesson_id: "l1".into() })
        .unwrap();
    let finished =
        FactKind::AttemptFinished { quiz_id: "q1".into(), attempt_id: "at-1".into(), percent: 40, passed: false };
    a.record(&l.id, &CourseId::from("mini"), &ModuleId::from("m1"), finished).unwrap();
    let mut bundle = serde_json::to_value(a.export_bundle().unwrap()).unwrap();
    let facts = bundle["facts"].as_array_mut().unwrap();
    let attempt = facts.iter_mut().find(|f| f["kind"]["type"] == "attempt_finished").unwrap();
    attempt["kind"]["percent"] = 100.into();
    let path = dir.join("edited.json");
    std::fs::write(&path, serde_json::to_string(&bundle).unwrap()).unwrap();
    path
}

#[test]
fn a_refused_bundle_is_explained_in_french_on_a_french_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let bundle = edited_bundle(tmp.path());
    let trainer = tmp.path().join("trainer");
    let run = |lang: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cpms-player"))
            .arg("--data-dir")
            .arg(&trainer)
            .args(["--lang", lang, "import-progress"])
            .arg(&bundle)
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap();
        assert!(!out.status.success(), "an edited bundle is refused");
        String::from_utf8(out.stderr).unwrap()
    };
    let en = run("en");
    assert!(en.contains("do not match what that laptop signed") && en.contains("edited.json"), "{en}");
    let fr = run("fr");
    assert!(fr.contains("edited.json"), "{fr}");
    assert!(fr.contains("ne correspondent pas à ce que cet ordinateur a signé"), "{fr}");
    assert!(fr.contains("Rien n'a été importé"), "{fr}");
    for english in ["do not match", "records", "laptop", "Nothing was imported", "by hand"] {
        assert!(!fr.contains(english), "English ({english}) on a French screen: {fr}");
    }
    let ar = run("ar");
    assert!(ar.contains("لا تطابق ما وقّعه ذلك الحاسوب"), "{ar}");
    assert!(Store::open(&trainer.join("progress.sqlite")).unwrap().learners().unwrap().is_empty(), "nothing imported");
}

#[test]
fn a_refused_bundle_is_explained_in_french_in_the_trainer_area() {
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    let tmp = tempfile::tempdir().unwrap();
    let bundle = edited_bundle(tmp.path());
    let db = tmp.path().join("trainer").join("progress.sqlite");
    let store = Store::open(&db).unwrap();
    store.set_trainer_passphrase("trainer-pass-1").unwrap();
    let catalog = cpms_player::course::load_catalog(&common::fixture(""));
    let app = cpms_player::ui::CpmsApp::new(store, catalog, "fr".into());
    let mut h = Harness::builder()
        .with_size([1100.0, 800.0])
        .build_ui_state(|ui, app: &mut cpms_player::ui::CpmsApp| app.show(ui), app);
    h.run();
    h.get_by_label("Espace formateur").click();
    h.run();
    h.get_by_role_and_label(Role::PasswordInput, "Phrase secrète").focus();
    h.get_by_role_and_label(Role::PasswordInput, "Phrase secrète").type_text("trainer-pass-1");
    h.run();
    h.get_by_label("Déverrouiller").click();
    h.run();
    h.get_by_label("Progression et sauvegardes").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Chemin :").focus();
    h.get_by_role_and_label(Role::TextInput, "Chemin :").type_text(bundle.to_str().unwrap());
    h.run();
    h.get_by_label("Importer des paquets de progression…").click();
    let shown = |h: &Harness<'static, cpms_player::ui::CpmsApp>, text: &str| {
        h.query_all_by_label_contains(text).next().is_some()
    };
    let until = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !shown(&h, "ne correspondent pas à ce que cet ordinateur a signé") {
        assert!(std::time::Instant::now() < until, "the refusal is shown in French");
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h.run();
    assert!(shown(&h, "Rien n'a été importé"));
    for english in ["do not match", "records of laptop", "Nothing was imported"] {
        assert!(!shown(&h, english), "English ({english}) in the French trainer area");
    }
    assert!(Store::open(&db).unwrap().learners().unwrap().is_empty(), "nothing imported");
}
