//! Completion certificates: issuing, verifying and printing them (the record and its signed
//! payload are kept below: `progress::Certificate`, `trust::certificate_payload`). A certificate
//! is signed by the laptop that issued it (Ed25519 device key): its signed payload
//! travels as a QR code and in the PDF's metadata, and its short code is derived from the signed
//! content, so anyone with the organisation's trust file can check it offline. Certificates
//! issued before signing carry an HMAC code under a per-laptop secret: they stay verifiable on
//! the laptop that issued them, and only there.

pub mod openbadge;
mod pdf;
/// The signed payload format (kept with the keys it is signed with, in `trust`).
pub use crate::trust::certificate_payload as signed;

pub use pdf::{Fonts, Labels, certificate_labels, ltr, render_pdf};
pub use signed::{Payload, PayloadError};
// Dates in UTC (what a certificate's signed day means); kept under this name for its callers.
pub use crate::time::iso_date;

use crate::course::Course;
use crate::ids::{CertificateId, LearnerId};
use crate::learning;
// The record of an issued certificate is the store's (it keeps and merges them).
use crate::problem::Problem;
pub use crate::progress::Certificate;
use crate::progress::{Scope, Store, StoreError, internal};
use hmac::Mac;

impl Certificate {
    /// The fields the code is computed over, in a fixed order.
    fn canonical(&self) -> String {
        [
            "cpms-certificate-v1",
            self.learner_id.as_str(),
            &self.learner_name,
            self.course_id.as_str(),
            &self.completed_at.to_string(),
            &self.final_score.to_string(),
            &self.study_minutes.to_string(),
        ]
        .join("\u{1f}")
    }

    /// Completion date as YYYY-MM-DD, in this laptop's time zone.
    pub fn date(&self) -> String {
        crate::time::local_date(self.completed_at)
    }

    /// Study time as "4 h 35 min".
    pub fn study_time(&self) -> String {
        format!("{} h {:02} min", self.study_minutes / 60, self.study_minutes % 60)
    }
}

/// Why a certificate cannot be issued.
#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error(
        "{0} has not completed the course yet: every lesson must be seen and every quiz, the final assessment included, passed"
    )]
    NotComplete(String),
    /// Complete only with facts taken in unsigned from another laptop.
    #[error("{}", unvouched_message(&crate::i18n::Tr::new("en"), .0))]
    Unvouched(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the certificate could not be written as PDF: {0}")]
    Pdf(String),
    /// A character of the name (or title) that no bundled font can print.
    #[error("{}", unprintable_message(&crate::i18n::Tr::new("en"), *.0))]
    Unprintable(char),
}

impl CertificateError {
    /// The message in `tr`'s language.
    pub fn localized(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            CertificateError::Unprintable(c) => unprintable_message(tr, *c),
            CertificateError::Unvouched(name) => unvouched_message(tr, name),
            CertificateError::NotComplete(name) => tr.ta("certificate-not-complete", &[("name", name.clone().into())]),
            CertificateError::Store(e) => e.localized(tr),
            other => other.to_string(),
        }
    }
}

fn unvouched_message(tr: &crate::i18n::Tr, name: &str) -> String {
    tr.ta("certificate-unvouched", &[("name", name.to_string().into())])
}

fn unprintable_message(tr: &crate::i18n::Tr, c: char) -> String {
    tr.ta("certificate-unprintable", &[("char", c.to_string().into()), ("code", format!("U+{:04X}", c as u32).into())])
}

/// The verification code: HMAC-SHA256 of the fields, 80 bits in Crockford base32, 4 groups of 4.
pub fn compute_code(secret: &[u8], cert: &Certificate) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret).unwrap_or_else(|_| unreachable_hmac());
    mac.update(cert.canonical().as_bytes());
    let digest = mac.finalize().into_bytes();
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bits: u128 = 0;
    for b in &digest[..10] {
        bits = (bits << 8) | u128::from(*b);
    }
    let chars: Vec<char> = (0..16).rev().map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// HMAC accepts keys of any length; this cannot happen.
fn unreachable_hmac() -> hmac::Hmac<sha2::Sha256> {
    unreachable!("HMAC-SHA256 takes keys of any length")
}

/// Normalise a code typed by a person: upper case, I/L→1, O→0, dashes and spaces ignored.
pub fn normalize_code(code: &str) -> String {
    let clean: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        })
        .collect();
    clean.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// Issue (or re-issue: the code is stable for the same fields) the certificate of a learner who
/// completed a course, record it and return it.
pub fn issue(store: &Store, course: &Course, learner_id: &LearnerId) -> Result<Certificate, CertificateError> {
    issue_in(store, course, learner_id, None)
}

/// [`issue`] in a given language (`certificate --lang`); None: the learner's language. A
/// language the course does not have falls back to the learner's.
pub fn issue_in(
    store: &Store,
    course: &Course,
    learner_id: &LearnerId,
    language: Option<&str>,
) -> Result<Certificate, CertificateError> {
    let mut learner = store
        .learner(learner_id)?
        .ok_or_else(|| StoreError::from(Problem::new("link-unknown-id").arg("id", learner_id)))?;
    if let Some(lang) = language.filter(|l| course.manifest.languages.iter().any(|c| c == l)) {
        learner.language = lang.to_string();
    }
    let module = learning::assessed_module(course, || store.last_finished_module(&learner.id, course.id()))?;
    // A certificate rests only on vouched facts: recorded here, or received under a signature.
    let completion = |scope: Scope| -> Result<Option<learning::Completion>, StoreError> {
        let progress = store.progress_in(&learner.id, course, scope)?;
        let passed = match &module {
            Some(m) => store.first_pass(&learner.id, course.id(), m, scope)?,
            None => None,
        };
        Ok(learning::certificate_completion(&progress, passed))
    };
    let learning::Completion { at: completed_at, final_score } =
        match learning::eligibility(completion(Scope::Vouched)?, || completion(Scope::Everything))? {
            learning::Eligibility::Eligible(c) => c,
            learning::Eligibility::Unvouched => return Err(CertificateError::Unvouched(learner.name.clone())),
            learning::Eligibility::NotComplete => return Err(CertificateError::NotComplete(learner.name.clone())),
        };
    if let Some(c) = Fonts::bundled()?.missing(&learner.name) {
        return Err(CertificateError::Unprintable(c));
    }
    let key = store.device_key()?;
    let organisation = store
        .trust_list()?
        .organisation_of(&key.verifying_key())
        .and_then(|o| o.key().ok())
        .map(|k| crate::trust::key_id_bytes(&k));
    let mut cert = Certificate {
        code: CertificateId::default(),
        learner_id: learner.id.clone(),
        learner_name: learner.name.clone(),
        course_id: course.id().clone(),
        course_title: course.title(&learner.language).to_string(),
        language: learner.language.clone(),
        completed_at,
        final_score,
        study_minutes: learning::study_minutes(store.fact_times_until(
            &learner.id,
            course.id(),
            completed_at,
            Scope::Vouched,
        )?),
        issued_at: crate::progress::now_ms(),
        course_version: course.manifest.version.clone(),
        payload: None,
        passed_on_attempt: None,
    };
    let payload = cert.to_payload(key.verifying_key(), organisation);
    cert.payload = Some(payload.sign(&key).map_err(internal)?);
    cert.code = CertificateId::from(payload.code().map_err(internal)?);
    store.save_certificate(&cert)?;
    // Issued before (same signed content, same code): the stored record is the certificate.
    let mut cert = store.find_certificate(&cert.code)?.unwrap_or(cert);
    if let Some(module) = course.manifest.final_assessment.as_ref().map(|f| &f.module) {
        let items = course.language(&learner.language).quiz(module).map_or(&[][..], |q| q.items.as_slice());
        let facts = store.facts(&learner.id, course.id())?;
        cert.passed_on_attempt =
            crate::quiz::policy::passing_attempt(&facts, module, items).and_then(|n| u32::try_from(n).ok());
    }
    Ok(cert)
}

const DAY_MS: i64 = 86_400_000;

/// A signed certificate whose signature checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub code: String,
    pub payload: Payload,
}

impl Verified {
    /// Completion date as YYYY-MM-DD.
    pub fn date(&self) -> String {
        iso_date(i64::from(self.payload.completed_day) * DAY_MS)
    }

    /// The issuing laptop's key id.
    pub fn laptop_id(&self) -> String {
        crate::trust::key_id(&self.payload.device_key)
    }
}

/// Why a certificate is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The signature does not match the content: edited or mistyped.
    BadSignature,
    /// Not a certificate code or payload at all.
    Malformed,
    /// A file was given that carries no signed certificate.
    NoPayloadInFile(String),
    /// An older certificate recorded as issued here whose code does not match its fields.
    LegacyMismatch,
}

/// The answer of `verify`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Signed by a laptop an organisation in the trust list enrolled (and had not revoked then).
    Valid {
        cert: Verified,
        organisation: String,
        laptop: String,
    },
    /// Signed by this laptop, which no organisation in the trust list enrolled.
    IssuedHere(Verified),
    /// The signature is valid but the issuing laptop is not in the trust list.
    Untrusted(Verified),
    /// The issuing laptop was revoked on or before the completion date.
    Revoked {
        cert: Verified,
        organisation: String,
        laptop: String,
        revoked_at: i64,
    },
    NotValid(Reason),
    /// An older (HMAC) certificate issued by this laptop, and it checks out.
    Legacy(Certificate),
    /// An older (HMAC) certificate issued elsewhere: it can only be checked there.
    LegacyElsewhere(Certificate),
    /// A short code this laptop has no record of.
    Unknown(String),
}

impl Verdict {
    /// Exit code of `cpms-player verify`: 0 valid, 1 unknown code or not a code, 3 issuer not
    /// trusted, 4 issuer revoked, 5 not valid (forged, edited, damaged), 6 older certificate of
    /// another laptop.
    pub fn exit_code(&self) -> i32 {
        match self {
            Verdict::Valid { .. } | Verdict::IssuedHere(_) | Verdict::Legacy(_) => 0,
            Verdict::Unknown(_) | Verdict::NotValid(Reason::Malformed) => 1,
            Verdict::Untrusted(_) => 3,
            Verdict::Revoked { .. } => 4,
            Verdict::NotValid(_) => 5,
            Verdict::LegacyElsewhere(_) => 6,
        }
    }

    /// The answer for a person, in `tr`'s language: a verdict line, then the certified fields.
    pub fn describe(&self, tr: &crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        let details = |v: &Verified| {
            let p = &v.payload;
            tr.ta(
                "verify-details",
                &[
                    ("name", p.learner_name.as_str().into()),
                    ("course", p.course_id.as_str().into()),
                    ("version", p.course_version.as_str().into()),
                    ("lang", p.language.as_str().into()),
                    ("date", v.date().into()),
                    ("score", Arg::Num(f64::from(p.score))),
                    ("code", v.code.as_str().into()),
                ],
            )
        };
        let legacy_details = |c: &Certificate| {
            tr.ta(
                "verify-details",
                &[
                    ("name", c.learner_name.as_str().into()),
                    ("course", c.course_id.as_str().into()),
                    ("version", "—".into()),
                    ("lang", c.language.as_str().into()),
                    ("date", c.date().into()),
                    ("score", Arg::Num(f64::from(c.final_score))),
                    ("code", c.code.as_str().into()),
                ],
            )
        };
        match self {
            Verdict::Valid { cert, organisation, laptop } => format!(
                "{}\n{}",
                tr.ta(
                    "verify-valid",
                    &[
                        ("date", cert.date().into()),
                        ("laptop", laptop.as_str().into()),
                        ("id", cert.laptop_id().into()),
                        ("org", organisation.as_str().into())
                    ]
                ),
                details(cert)
            ),
            Verdict::IssuedHere(cert) => format!(
                "{}\n{}",
                tr.ta("verify-issued-here", &[("date", cert.date().into()), ("id", cert.laptop_id().into())]),
                details(cert)
            ),
            Verdict::Untrusted(cert) => {
                format!("{}\n{}", tr.ta("verify-untrusted", &[("id", cert.laptop_id().into())]), details(cert))
            }
            Verdict::Revoked { cert, organisation, laptop, revoked_at } => format!(
                "{}\n{}",
                tr.ta(
                    "verify-revoked",
                    &[
                        ("laptop", laptop.as_str().into()),
                        ("id", cert.laptop_id().into()),
                        ("org", organisation.as_str().into()),
                        ("revoked", iso_date(*revoked_at).into()),
                        ("date", cert.date().into())
                    ]
                ),
                details(cert)
            ),
            Verdict::NotValid(reason) => match reason {
                Reason::BadSignature => tr.t("verify-bad-signature"),
                Reason::Malformed => tr.t("verify-malformed"),
                Reason::NoPayloadInFile(path) => tr.ta("verify-no-payload", &[("path", path.as_str().into())]),
                Reason::LegacyMismatch => tr.t("verify-legacy-mismatch"),
            },
            Verdict::Legacy(c) => format!("{}\n{}", tr.t("verify-legacy"), legacy_details(c)),
            Verdict::LegacyElsewhere(c) => format!("{}\n{}", tr.t("verify-legacy-elsewhere"), legacy_details(c)),
            Verdict::Unknown(code) => tr.ta("verify-code-unknown", &[("code", code.as_str().into())]),
        }
    }
}

/// Verify what a person gives: a PDF file, a signed payload (the QR code's text), or a short code
/// (looked up in this laptop's records).
pub fn verify(store: &Store, input: &str) -> Result<Verdict, StoreError> {
    let path = std::path::Path::new(input.trim());
    if !signed::looks_signed(input) && path.is_file() {
        let bytes = std::fs::read(path)
            .map_err(|e| Problem::new("cannot-read").path("path", path).arg("error", e.to_string()))?;
        let payloads = signed::payloads_in_pdf(&bytes);
        return match payloads.as_slice() {
            [] => Ok(Verdict::NotValid(Reason::NoPayloadInFile(path.display().to_string()))),
            [text] => verify_payload(store, text),
            // Copies that disagree: one of them was edited.
            _ => Ok(Verdict::NotValid(Reason::BadSignature)),
        };
    }
    if signed::looks_signed(input) {
        return verify_payload(store, input);
    }
    let code = normalize_code(input);
    if code.len() != 19 {
        return Ok(Verdict::NotValid(Reason::Malformed));
    }
    let Some(cert) = store.find_certificate(&CertificateId::from(code.as_str()))? else {
        return Ok(Verdict::Unknown(code));
    };
    match &cert.payload {
        Some(text) => verify_payload(store, text),
        None if cert.code == compute_code(&store.secret()?, &cert) => Ok(Verdict::Legacy(cert)),
        None if store.certificate_from_elsewhere(&cert.code)? => Ok(Verdict::LegacyElsewhere(cert)),
        None => Ok(Verdict::NotValid(Reason::LegacyMismatch)),
    }
}

/// Check a signed payload's signature, then where its issuer stands in the trust list.
pub fn verify_payload(store: &Store, text: &str) -> Result<Verdict, StoreError> {
    let payload = match Payload::decode(text) {
        Ok(p) => p,
        Err(PayloadError::BadSignature) => return Ok(Verdict::NotValid(Reason::BadSignature)),
        Err(PayloadError::Malformed) => return Ok(Verdict::NotValid(Reason::Malformed)),
    };
    let code = payload.code().map_err(internal)?;
    let cert = Verified { code, payload };
    Ok(match store.trust_list()?.standing(&cert.payload.device_key) {
        crate::trust::Standing::Enrolled { organisation, laptop, revoked_at, .. } => match revoked_at {
            Some(at) if i64::from(cert.payload.completed_day) >= crate::time::local_day(at) => {
                Verdict::Revoked { cert, organisation, laptop, revoked_at: at }
            }
            _ => Verdict::Valid { cert, organisation, laptop },
        },
        crate::trust::Standing::Unknown
            if store.device_key().is_ok_and(|k| k.verifying_key() == cert.payload.device_key) =>
        {
            Verdict::IssuedHere(cert)
        }
        crate::trust::Standing::Unknown => Verdict::Untrusted(cert),
    })
}

/// A certificate this laptop issued as an Open Badges 3.0 credential (compact VC-JWT signed with
/// the device key). The issuer is named after the organisation that enrolled this laptop, if any.
pub fn openbadge(store: &Store, course: &Course, cert: &Certificate) -> Result<String, CertificateError> {
    let key = store.device_key()?;
    let trust = store.trust_list()?;
    let issuer = match trust.organisation_of(&key.verifying_key()) {
        Some(org) => org.name.clone(),
        None => format!("CPMS Player laptop {}", crate::trust::key_id(&key.verifying_key())),
    };
    let tr = crate::i18n::Tr::new(&cert.language);
    let text = openbadge::BadgeText {
        issuer_name: &issuer,
        description: course.description(&cert.language),
        criteria: &tr.t("certificate-badge-criteria"),
    };
    Ok(openbadge::openbadge_jwt(cert, &key, &text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised() {
        assert_eq!(normalize_code("abcd efgh-ijkl mnop"), "ABCD-EFGH-1JK1-MN0P");
    }
}
