//! Every script prints, and the printed code is the issued code: certificates written through the
//! CLI in Arabic, French and with an Ethiopic name are read back with pdftotext (poppler-utils,
//! installed by tests/run-all.sh); a name with a character no bundled font has is refused.

mod common;
use common::{complete, fixture};
use cpms_player::course::load_course;
use cpms_player::progress::Store;
use std::path::Path;
use std::process::{Command, Output};

fn cli(data: &Path, args: &[&str]) -> Output {
    let courses = fixture("");
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
        .arg("--data-dir")
        .arg(data)
        .arg("--courses-dir")
        .arg(courses)
        .args(args)
        .output()
        .unwrap()
}

/// A completed learner named `name` (certificate language `lang`) on a fresh laptop; the CLI writes
/// the certificate. Returns (temp dir, command output, pdf path).
fn certificate_for(name: &str, lang: &str) -> (tempfile::TempDir, Output, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let course = load_course(&fixture("mini")).unwrap();
    {
        let store = Store::open(&tmp.path().join("progress.sqlite")).unwrap();
        let l = store.add_learner(name, None, lang).unwrap();
        complete(&store, &course, &l.id);
    }
    let pdf = tmp.path().join("certificate.pdf");
    let out = cli(tmp.path(), &["certificate", "--learner", name, "--course", "mini", "--out", pdf.to_str().unwrap()]);
    (tmp, out, pdf)
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by tests/run-all.sh");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn issued_code(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout.split("code ").nth(1).expect("the code is printed").trim_end_matches([')', '\n']).to_string()
}

#[test]
fn the_code_printed_on_an_arabic_certificate_is_the_issued_code_and_verifies() {
    let (tmp, out, pdf) = certificate_for("أمينة يوسف", "ar");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let code = issued_code(&out);
    let text = pdftotext(&pdf);
    assert!(text.contains("أمينة") && text.contains("يوسف"), "{text}");
    // The printed code, read back from the page, is the issued one, groups in order…
    let printed: Vec<&str> = text
        // pdftotext marks direction changes with bidi controls (U+202A…U+202E).
        .split(|c: char| {
            c.is_whitespace()
                || c == ':'
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .filter(|w| w.len() == 19 && w.chars().filter(|c| *c == '-').count() == 3)
        .collect();
    assert!(!printed.is_empty(), "no code on the page: {text}");
    assert!(printed.iter().all(|p| *p == code), "printed {printed:?}, issued {code}");
    // … and it verifies.
    let verified = cli(tmp.path(), &["verify", printed[0]]);
    assert_eq!(verified.status.code(), Some(0), "{}", String::from_utf8_lossy(&verified.stderr));
    // Arabic percent sign and Arabic units.
    assert!(text.contains("90٪"), "{text}");
    let months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    assert!(months.iter().any(|m| text.contains(m)), "an Arabic month name: {text}");
}

#[test]
fn a_french_certificate_uses_french_spacing_and_dates() {
    let (_tmp, out, pdf) = certificate_for("Éloïse Ndiaye", "fr");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = pdftotext(&pdf).replace('\u{a0}', " ");
    assert!(text.contains("Éloïse Ndiaye"), "{text}");
    assert!(text.contains("Score final : 90 %") || text.contains(" : 90 %"), "{text}");
    let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre"];
    let months = [&months[..], &["novembre", "décembre"]].concat();
    assert!(months.iter().any(|m| text.contains(m)), "a French month name: {text}");
}

#[test]
fn an_ethiopic_name_is_printed() {
    let (_tmp, out, pdf) = certificate_for("አበበ ቢቂላ", "en");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = pdftotext(&pdf);
    assert!(text.contains("አበበ ቢቂላ"), "{text}");
}

#[test]
fn devanagari_and_bengali_names_are_printed() {
    for name in ["अमित शर्मा", "রহিম উদ্দিন"] {
        let (_tmp, out, pdf) = certificate_for(name, "en");
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let text = pdftotext(&pdf);
        // Indic shaping may reorder vowel signs in the extracted text: check the consonants.
        let first: String = name.chars().take(1).collect();
        assert!(text.contains(&first), "{name} not in {text}");
    }
}

#[test]
fn a_name_no_bundled_font_can_print_is_refused_naming_the_character() {
    // Hangul: no bundled font has it.
    let (_tmp, out, pdf) = certificate_for("김민지", "en");
    assert_ne!(out.status.code(), Some(0), "refused, not printed as boxes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("U+AE40") && stderr.contains('김'), "{stderr}");
    assert!(!pdf.exists(), "no PDF is written");
}

#[test]
fn the_punctuation_of_both_scripts_is_in_a_bundled_font() {
    let fonts = cpms_player::certificate::Fonts::bundled().unwrap();
    assert_eq!(fonts.missing("% · ، ٪ ( ) : ؛ ؟ - 0123456789 ٠١٢٣"), None);
    assert_eq!(fonts.missing("ok 김"), Some('김'));
}
