//! Completion certificates: what a certificate says, its verification code, and issuing /
//! verifying through the store. The code is an HMAC of the certificate's fields under a secret
//! kept in this installation's database: it cannot be made up without that database, and
//! `verify` confirms it on any laptop that holds (or merged) the record.

mod pdf;

pub use pdf::{Fonts, Labels, ltr, render_pdf};

use crate::course::Course;
use crate::progress::{Store, StoreError};
use hmac::{KeyInit, Mac};
use serde::{Deserialize, Serialize};

/// A completion certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub code: String,
    pub learner_id: String,
    /// The learner's name as typed, in any script.
    pub learner_name: String,
    pub course_id: String,
    /// Course title in the learner's language.
    pub course_title: String,
    pub language: String,
    /// When the final assessment was passed (unix ms).
    pub completed_at: i64,
    /// Best score in the final assessment, percent.
    pub final_score: u8,
    pub study_minutes: u32,
    pub issued_at: i64,
}

impl Certificate {
    /// The fields the code is computed over, in a fixed order.
    fn canonical(&self) -> String {
        [
            "cpms-certificate-v1",
            &self.learner_id,
            &self.learner_name,
            &self.course_id,
            &self.completed_at.to_string(),
            &self.final_score.to_string(),
            &self.study_minutes.to_string(),
        ]
        .join("\u{1f}")
    }

    /// Completion date as YYYY-MM-DD (UTC).
    pub fn date(&self) -> String {
        iso_date(self.completed_at)
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
            CertificateError::Store(e) => e.localized(tr),
            other => other.to_string(),
        }
    }
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
pub fn issue(store: &Store, course: &Course, learner_id: &str) -> Result<Certificate, CertificateError> {
    let learner =
        store.learner(learner_id)?.ok_or_else(|| StoreError::Invalid(format!("no learner with id {learner_id}")))?;
    let progress = store.progress(&learner.id, course)?;
    let final_module = course.manifest.final_assessment.as_ref().map(|f| f.module.as_str());
    let passed = store.final_pass(&learner.id, course.id(), final_module)?;
    if let Some(c) = Fonts::bundled()?.missing(&learner.name) {
        return Err(CertificateError::Unprintable(c));
    }
    let (completed_at, final_score) = match passed {
        Some(p) if progress.complete => p,
        _ => return Err(CertificateError::NotComplete(learner.name.clone())),
    };
    let mut cert = Certificate {
        code: String::new(),
        learner_id: learner.id.clone(),
        learner_name: learner.name.clone(),
        course_id: course.id().to_string(),
        course_title: course.title(&learner.language).to_string(),
        language: learner.language.clone(),
        completed_at,
        final_score,
        study_minutes: store.study_minutes_until(&learner.id, course.id(), completed_at)?,
        issued_at: crate::progress::now_ms(),
    };
    cert.code = compute_code(&store.secret()?, &cert);
    store.save_certificate(&cert)?;
    Ok(cert)
}

/// Look up a code. Returns the certificate when this database holds its record and, where this
/// installation issued it, the record still matches its code.
pub fn verify(store: &Store, code: &str) -> Result<Option<Certificate>, StoreError> {
    let Some(cert) = store.find_certificate(&normalize_code(code))? else { return Ok(None) };
    let issued_here = compute_code(&store.secret()?, &cert) == cert.code;
    Ok((issued_here || store.certificate_from_elsewhere(&cert.code)?).then_some(cert))
}

/// Unix milliseconds → "YYYY-MM-DD" (UTC), by the civil-from-days algorithm.
pub fn iso_date(ms: i64) -> String {
    let z = ms.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_764_028_800_000), "2025-11-25");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(normalize_code("abcd efgh-ijkl mnop"), "ABCD-EFGH-1JK1-MN0P");
    }
}
