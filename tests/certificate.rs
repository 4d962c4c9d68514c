//! Completion certificates: issued only on completion, PDF readable by pdftotext (Latin and
//! Arabic names), small, with a code that verifies, while a tampered code does not. Signing,
//! trust and forgeries: tests/certificate_trust.rs.

mod common;
use common::{complete, fixture};
use cpms_player::certificate::{self, Labels, Verdict, render_pdf};
use cpms_player::course::load_course;
use cpms_player::ids::{CourseId, ModuleId};
use cpms_player::progress::{FactKind, Store};
use std::process::Command;

/// The text of a PDF by poppler's pdftotext; None when the runner lists `pdftotext` in
/// CPMS_TEST_SKIP (no poppler build for Windows runners), and the text checks are then left out.
fn pdftotext(pdf: &[u8]) -> Option<String> {
    if common::skip("pdftotext", "certificate text checks", "no poppler on this runner") {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by tests/run-all.sh");
    assert!(out.status.success());
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn no_certificate_before_completion() {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Nadia", None, "en").unwrap();
    store
        .record(
            &l.id,
            &CourseId::from("mini"),
            &ModuleId::from("basics"),
            FactKind::LessonVisited { lesson_id: "b-one".into() },
        )
        .unwrap();
    let err = certificate::issue(&store, &course, &l.id).unwrap_err();
    assert!(err.to_string().contains("has not completed"), "{err}");
}

#[test]
fn a_completed_learner_gets_a_pdf_with_name_title_and_code() {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Nadia Haddad", None, "en").unwrap();
    complete(&store, &course, &l.id);
    let cert = certificate::issue(&store, &course, &l.id).unwrap();
    assert_eq!(cert.final_score, 90);
    assert_eq!(cert.course_title, "Mini course");
    assert_eq!(cert.code.as_str().len(), 19);
    let pdf = render_pdf(&cert, &Labels::english()).unwrap();
    assert!(pdf.len() < 300 * 1024, "{} bytes", pdf.len());
    let text = pdftotext(&pdf);
    for needle in ["Nadia Haddad", "Mini course", cert.code.as_str(), "90%", "Certificate of completion"] {
        assert!(text.as_deref().is_none_or(|t| t.contains(needle)), "{needle:?} not in {text:?}");
    }
    // Issuing again gives the same code: the fields are fixed at completion.
    assert_eq!(certificate::issue(&store, &course, &l.id).unwrap().code, cert.code);
}

#[test]
fn an_arabic_name_is_written_and_extractable() {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("أمينة يوسف", None, "ar").unwrap();
    complete(&store, &course, &l.id);
    let cert = certificate::issue(&store, &course, &l.id).unwrap();
    let pdf = render_pdf(&cert, &Labels::english()).unwrap();
    let text = pdftotext(&pdf);
    assert!(text.as_deref().is_none_or(|t| t.contains("أمينة") && t.contains("يوسف")), "{text:?}");
    assert!(pdf.len() < 300 * 1024);
}

#[test]
fn codes_verify_and_tampered_codes_do_not() {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Omar", None, "en").unwrap();
    complete(&store, &course, &l.id);
    let cert = certificate::issue(&store, &course, &l.id).unwrap();
    let Verdict::IssuedHere(found) = certificate::verify(&store, cert.code.as_str()).unwrap() else { panic!() };
    assert_eq!(found.payload.learner_name, "Omar");
    assert!(
        matches!(certificate::verify(&store, &cert.code.as_str().to_lowercase()).unwrap(), Verdict::IssuedHere(_)),
        "typed in lower case"
    );
    let mut tampered = cert.code.clone().into_string().into_bytes();
    tampered[0] = if tampered[0] == b'A' { b'B' } else { b'A' };
    let verdict = certificate::verify(&store, &String::from_utf8(tampered).unwrap()).unwrap();
    assert!(matches!(verdict, Verdict::Unknown(_)), "{verdict:?}");
}

#[test]
fn a_code_from_another_installation_does_not_verify_here() {
    let course = load_course(&fixture("mini")).unwrap();
    let a = Store::open_in_memory().unwrap();
    let b = Store::open_in_memory().unwrap();
    let l = a.add_learner("Pia", None, "en").unwrap();
    complete(&a, &course, &l.id);
    let cert = certificate::issue(&a, &course, &l.id).unwrap();
    assert!(matches!(certificate::verify(&b, cert.code.as_str()).unwrap(), Verdict::Unknown(_)), "no record there");
    // Its signed payload verifies there, but the issuer is not in b's trust list.
    let payload = cert.payload.clone().unwrap();
    assert!(matches!(certificate::verify(&b, &payload).unwrap(), Verdict::Untrusted(_)));
}

#[test]
fn the_cli_writes_and_verifies_a_certificate() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("progress.sqlite");
    let course = load_course(&fixture("mini")).unwrap();
    {
        let store = Store::open(&db).unwrap();
        let l = store.add_learner("Rania", None, "en").unwrap();
        complete(&store, &course, &l.id);
    }
    let bin = env!("CARGO_BIN_EXE_cpms-player");
    let out_pdf = tmp.path().join("rania.pdf");
    let data = tmp.path().to_str().unwrap();
    let courses = fixture("").to_str().unwrap().to_string();
    let out = Command::new(bin)
        .args([
            "--data-dir",
            data,
            "--courses-dir",
            &courses,
            "certificate",
            "--learner",
            "Rania",
            "--course",
            "mini",
            "--out",
        ])
        .arg(&out_pdf)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let code = stdout.split("code ").nth(1).unwrap().trim_end_matches([')', '\n']).to_string();
    assert!(pdftotext(&std::fs::read(&out_pdf).unwrap()).is_none_or(|t| t.contains(&code)));
    let ok = Command::new(bin).args(["--data-dir", data, "verify", &code]).output().unwrap();
    assert_eq!(ok.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("Rania"));
    let bad = Command::new(bin).args(["--data-dir", data, "verify", "AAAA-BBBB-CCCC-DDDD"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn certificate_lang_chooses_the_certificates_language() {
    let tmp = tempfile::tempdir().unwrap();
    let course = load_course(&fixture("mini")).unwrap();
    {
        let store = Store::open(&tmp.path().join("progress.sqlite")).unwrap();
        let l = store.add_learner("Rania", None, "en").unwrap();
        complete(&store, &course, &l.id);
    }
    let pdf = tmp.path().join("fr.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(tmp.path())
        .arg("--courses-dir")
        .arg(fixture(""))
        .args(["--lang", "fr", "certificate", "--learner", "Rania", "--course", "mini", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let french = cpms_player::certificate::certificate_labels("fr").heading;
    let english = cpms_player::certificate::certificate_labels("en").heading;
    assert_ne!(french, english);
    if let Some(text) = pdftotext(&std::fs::read(&pdf).unwrap()) {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let want = french.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&want), "the French heading {want:?} in {flat}");
    }
}

#[test]
fn a_certificate_merged_from_another_laptop_verifies_there() {
    let course = load_course(&fixture("mini")).unwrap();
    let (a, b) = (Store::open_in_memory().unwrap(), Store::open_in_memory().unwrap());
    let l = a.add_learner("Sami", None, "en").unwrap();
    complete(&a, &course, &l.id);
    let cert = certificate::issue(&a, &course, &l.id).unwrap();
    let bundle = a.export_bundle().unwrap();
    assert_eq!(bundle.certificates.len(), 1);
    let report = b.import_bundles(std::slice::from_ref(&bundle)).unwrap();
    assert_eq!(report.certificates_added, 1);
    assert_eq!(b.import_bundles(&[bundle]).unwrap().certificates_added, 0, "importing twice adds nothing");
    // Known after the merge: the signature checks, the issuer is not trusted until b imports a trust file.
    let Verdict::Untrusted(found) = certificate::verify(&b, cert.code.as_str()).unwrap() else {
        panic!("signed and known")
    };
    assert_eq!((found.payload.learner_name.as_str(), found.payload.score), ("Sami", cert.final_score));
}

#[test]
fn the_certificate_says_which_final_attempt_passed() {
    let course = load_course(&fixture("mini")).unwrap();
    let store = Store::open_in_memory().unwrap();
    let l = store.add_learner("Nadia Haddad", None, "en").unwrap();
    let final_module = course.manifest.final_assessment.as_ref().unwrap().module.clone();
    let quiz_id = course.language("en").quiz(&final_module).unwrap().id.clone();
    // A failed attempt, then the rest of the course with a passed one.
    for (id, passed) in [("a1", false), ("a2", true)] {
        let started =
            FactKind::AttemptStarted { quiz_id: quiz_id.clone(), attempt_id: id.into(), seed: 1, item_ids: vec![] };
        store.record(&l.id, course.id(), &final_module, started).unwrap();
        let percent = if passed { 90 } else { 40 };
        let finished = FactKind::AttemptFinished { quiz_id: quiz_id.clone(), attempt_id: id.into(), percent, passed };
        store.record(&l.id, course.id(), &final_module, finished).unwrap();
    }
    complete(&store, &course, &l.id);
    let cert = certificate::issue(&store, &course, &l.id).unwrap();
    assert_eq!(cert.passed_on_attempt, Some(2));
    let text = pdftotext(&render_pdf(&cert, &Labels::english()).unwrap());
    assert!(text.as_deref().is_none_or(|t| t.contains("passed on attempt 2")), "{text:?}");
}
