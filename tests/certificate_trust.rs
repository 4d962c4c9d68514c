//! Signed certificates through the CLI: a certificate issued on laptop A verifies on a fresh
//! laptop C that imported only the organisation's trust file (from the PDF or the QR code's text);
//! an untrusted issuer, a revoked issuer, an edited certificate, a hijacked code in a bundle and an
//! older HMAC certificate each get their own answer and exit code.

mod common;
use common::fixture;
use cpms_player::certificate::{self, Certificate, signed};
use cpms_player::course::{Course, load_course};
use cpms_player::ids::LearnerId;
use cpms_player::progress::{FactKind, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn complete(store: &Store, course: &Course, learner: &LearnerId) {
    for (module, lesson) in course.lesson_ids() {
        store.record(learner, course.id(), &module, FactKind::LessonVisited { lesson_id: lesson }).unwrap();
    }
    for (module, quiz_id) in course.quiz_ids() {
        let attempt_id = uuid::Uuid::new_v4().to_string();
        let kind = FactKind::AttemptFinished { quiz_id, attempt_id: attempt_id.into(), percent: 88, passed: true };
        store.record(learner, course.id(), &module, kind).unwrap();
    }
}

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(data)
        .arg("--courses-dir")
        .arg(fixture(""))
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn public_key(data: &Path) -> String {
    ok(cli(data, &["trust", "show"])).lines().next().unwrap().split_whitespace().nth(3).unwrap().to_string()
}

/// A trainer's laptop with an organisation that enrolled laptop `a` as "Kit A"; returns the trust file.
fn organisation(trainer: &Path, a: &Path) -> PathBuf {
    ok(cli(trainer, &["org", "create", "Child Protection Sub-Cluster Goma"]));
    ok(cli(trainer, &["org", "enrol", &public_key(a), "--name", "Kit A"]));
    let file = trainer.join("trust.json");
    ok(cli(trainer, &["trust", "export", "--out", s(&file)]));
    file
}

/// A learner who completed the mini course on laptop `a`; the CLI writes the certificate PDF.
fn certificate_on(a: &Path, name: &str) -> (PathBuf, String) {
    let course = load_course(&fixture("mini")).unwrap();
    {
        let store = Store::open(&a.join("progress.sqlite")).unwrap();
        let l = store.add_learner(name, None, "en").unwrap();
        complete(&store, &course, &l.id);
    }
    let pdf = a.join(format!("{}.pdf", name.replace(' ', "-")));
    let out = ok(cli(a, &["certificate", "--learner", name, "--course", "mini", "--out", s(&pdf)]));
    let code = out.split("code ").nth(1).unwrap().trim_end_matches([')', '\n']).to_string();
    (pdf, code)
}

/// The QR code on a PDF's page, rendered with pdftoppm and read with zbarimg.
fn read_qr(pdf: &Path) -> String {
    let png = pdf.with_extension("");
    let status = Command::new("pdftoppm").args(["-png", "-r", "150", "-singlefile"]).arg(pdf).arg(&png).status();
    assert!(status.expect("pdftoppm (poppler-utils) is installed by tests/run-all.sh").success());
    let out = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(png.with_extension("png"))
        .output()
        .expect("zbarimg (zbar-tools) is installed by tests/run-all.sh");
    assert!(out.status.success(), "no QR code found on the page");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn dirs<const N: usize>() -> [tempfile::TempDir; N] {
    std::array::from_fn(|_| tempfile::tempdir().unwrap())
}

#[test]
fn a_certificate_from_laptop_a_verifies_on_a_fresh_laptop_with_only_the_trust_file() {
    let [trainer, a, c] = dirs();
    let trust = organisation(trainer.path(), a.path());
    ok(cli(a.path(), &["trust", "import", s(&trust)]));
    let (pdf, code) = certificate_on(a.path(), "Nadia Haddad");

    ok(cli(c.path(), &["trust", "import", s(&trust)]));
    let out = cli(c.path(), &["verify", s(&pdf)]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let today = certificate::iso_date(cpms_player::progress::now_ms());
    assert!(text.starts_with(&format!("Valid: issued on {today} by laptop “Kit A”")), "{text}");
    assert!(text.contains("of Child Protection Sub-Cluster Goma"), "{text}");
    assert!(text.contains("Nadia Haddad") && text.contains("88%") && text.contains(&code), "{text}");

    // The QR code's text (the payload kept in the PDF) verifies the same way.
    let payload = signed::find_in_pdf(&std::fs::read(&pdf).unwrap()).expect("the PDF carries its payload");
    assert!(payload.len() < 320, "{} characters in the QR code", payload.len());
    assert_eq!(cli(c.path(), &["verify", &payload]).status.code(), Some(0));
    // The QR code drawn on the page reads back (zbarimg, installed by tests/run-all.sh) as that text.
    assert_eq!(read_qr(&pdf), payload);
    // The short code alone means nothing on a laptop without the record.
    let unknown = cli(c.path(), &["verify", &code]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("PDF file"));
}

#[test]
fn an_issuer_outside_the_trust_list_or_revoked_is_said_so() {
    let [trainer, a, c] = dirs();
    let trust = organisation(trainer.path(), a.path());
    let (pdf, _) = certificate_on(a.path(), "Omar Ali");
    // C trusts nobody yet: the signature is valid but the issuer unknown.
    let out = cli(c.path(), &["verify", s(&pdf)]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not in your trust list"));
    // Revoked today: a certificate of today is refused.
    ok(cli(trainer.path(), &["org", "revoke", "Kit A"]));
    ok(cli(trainer.path(), &["trust", "export", "--out", s(&trust)]));
    ok(cli(c.path(), &["trust", "import", s(&trust)]));
    let out = cli(c.path(), &["verify", s(&pdf)]);
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("was revoked"));
}

#[test]
fn an_edited_certificate_does_not_verify() {
    let [trainer, a, c] = dirs();
    let trust = organisation(trainer.path(), a.path());
    ok(cli(c.path(), &["trust", "import", s(&trust)]));
    let (pdf, _) = certificate_on(a.path(), "Pia Lund");
    let payload = signed::find_in_pdf(&std::fs::read(&pdf).unwrap()).unwrap();
    // Another score or name inside the payload, re-encoded: the signature no longer matches.
    let mut decoded = signed::Payload::decode(&payload).unwrap();
    decoded.score = 100;
    let key = cpms_player::trust::generate_key();
    let forged = decoded.sign(&key).unwrap(); // signed by some other key, claiming A's
    let out = cli(c.path(), &["verify", &forged]);
    assert_eq!(out.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("signature does not match"));
    // One character of the PDF's payload changed.
    let bytes = std::fs::read(&pdf).unwrap();
    let at = bytes.windows(payload.len()).position(|w| w == payload.as_bytes()).unwrap() + 60;
    let mut edited = bytes.clone();
    edited[at] = if edited[at] == b'A' { b'B' } else { b'A' };
    let edited_pdf = c.path().join("edited.pdf");
    std::fs::write(&edited_pdf, edited).unwrap();
    assert_eq!(cli(c.path(), &["verify", s(&edited_pdf)]).status.code(), Some(5));
    // A PDF without any payload.
    std::fs::write(c.path().join("other.pdf"), b"%PDF-1.7 nothing here").unwrap();
    assert_eq!(cli(c.path(), &["verify", s(&c.path().join("other.pdf"))]).status.code(), Some(5));
}

#[test]
fn a_hijacked_code_in_a_bundle_is_refused_in_either_order() {
    let [a, c, d] = dirs();
    let (_, code) = certificate_on(a.path(), "Rania Saleh");
    let genuine = a.path().join("genuine.json");
    ok(cli(a.path(), &["export-progress", "--out", s(&genuine)]));
    // The recipe from issue 17: the genuine code, another name.
    let hijacked = a.path().join("hijacked.json");
    let text = std::fs::read_to_string(&genuine).unwrap();
    let edited = text.replacen("\"learner_name\":\"Rania Saleh\"", "\"learner_name\":\"Impostor\"", 1);
    assert_ne!(edited, text);
    std::fs::write(&hijacked, edited).unwrap();

    let facts_in = |dir: &Path| Store::open(&dir.join("progress.sqlite")).unwrap().export_bundle().unwrap().facts.len();
    // Genuine first, then the hijack: refused, nothing of it imported.
    ok(cli(c.path(), &["import-progress", s(&genuine)]));
    let before = facts_in(c.path());
    let out = cli(c.path(), &["import-progress", s(&hijacked)]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&code) && stderr.contains("hijacked.json") && stderr.contains("othing was imported"),
        "{stderr}"
    );
    assert_eq!(facts_in(c.path()), before);
    // Hijack first: refused all the same, the database stays empty; then the genuine one goes in.
    assert!(!cli(d.path(), &["import-progress", s(&hijacked)]).status.success());
    assert_eq!(facts_in(d.path()), 0);
    ok(cli(d.path(), &["import-progress", s(&genuine)]));
    // Unsigned fields changed (study time): the same code with other content is a reported conflict.
    let padded = a.path().join("padded.json");
    let text = std::fs::read_to_string(&genuine).unwrap();
    let at = text.find("\"study_minutes\":").unwrap() + "\"study_minutes\":".len();
    let end = at + text[at..].find(|c: char| !c.is_ascii_digit()).unwrap();
    std::fs::write(&padded, format!("{}999{}", &text[..at], &text[end..])).unwrap();
    let stderr = String::from_utf8(cli(c.path(), &["import-progress", s(&padded)]).stderr).unwrap();
    assert!(stderr.contains("conflict") && stderr.contains(&code), "{stderr}");
    for dir in [c.path(), d.path()] {
        let out = cli(dir, &["verify", &code]);
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(text.contains("Rania Saleh") && !text.contains("Impostor"), "{text}");
    }
}

#[test]
fn an_older_hmac_certificate_stays_verifiable_on_its_laptop_only() {
    let [a, c] = dirs();
    let store = Store::open(&a.path().join("progress.sqlite")).unwrap();
    let mut old = Certificate {
        code: String::new().into(),
        learner_id: "l-1".into(),
        learner_name: "Sami Haddad".into(),
        course_id: "mini".into(),
        course_title: "Mini course".into(),
        language: "en".into(),
        completed_at: 1_764_028_800_000,
        final_score: 91,
        study_minutes: 95,
        issued_at: 1_764_028_900_000,
        course_version: String::new(),
        payload: None,
        passed_on_attempt: None,
    };
    old.code = certificate::compute_code(&store.secret().unwrap(), &old).into();
    store.save_certificate(&old).unwrap();
    drop(store);
    let out = cli(a.path(), &["verify", old.code.as_str()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("older certificate, verifiable only on the issuing laptop") && text.contains("Sami Haddad"),
        "{text}"
    );
    // Its record does not travel: unsigned certificates from bundles are not taken in.
    let bundle = a.path().join("b.json");
    ok(cli(a.path(), &["export-progress", "--out", s(&bundle)]));
    ok(cli(c.path(), &["import-progress", s(&bundle)]));
    assert_eq!(cli(c.path(), &["verify", old.code.as_str()]).status.code(), Some(1));
}
