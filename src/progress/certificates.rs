//! Store side of certificates: the record of an issued certificate (what is stored, merged and
//! checked against its signature on the way in), the installation secret, issued records, and the
//! figures a certificate reports (final score, completion time, the times study is counted from).

use super::{Result, Store};
use crate::ids::{CertificateId, CourseId, DeviceId, LearnerId, ModuleId};
use crate::problem::Problem;
use crate::trust::certificate_payload::{Payload, PayloadError};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

/// A completion certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub code: CertificateId,
    pub learner_id: LearnerId,
    /// The learner's name as typed, in any script.
    pub learner_name: String,
    pub course_id: CourseId,
    /// Course title in the learner's language.
    pub course_title: String,
    pub language: String,
    /// When the final assessment was passed (unix ms).
    pub completed_at: i64,
    /// Best score in the final assessment, percent.
    pub final_score: u8,
    pub study_minutes: u32,
    pub issued_at: i64,
    /// The course version completed (signed certificates; empty for older ones).
    #[serde(default)]
    pub course_version: String,
    /// The signed payload as text (`signed::Payload`); None for older, HMAC-coded certificates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// Which final attempt first passed (1-based), read from the learner's facts when the
    /// certificate is issued or shown; not signed, not stored (None when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_on_attempt: Option<u32>,
}

impl Certificate {
    /// The signed fields of this certificate, as issued by `device_key`.
    pub fn to_payload(&self, device_key: ed25519_dalek::VerifyingKey, organisation: Option<[u8; 8]>) -> Payload {
        Payload {
            device_key,
            organisation,
            // The issuing laptop's local calendar day (stored times stay UTC).
            completed_day: crate::time::local_day(self.completed_at).clamp(0, i64::from(u32::MAX)) as u32,
            score: self.final_score,
            language: self.language.clone(),
            course_id: self.course_id.to_string(),
            course_version: self.course_version.clone(),
            learner_name: self.learner_name.clone(),
        }
    }

    /// Whether a signed record says what its payload says, under the code derived from it.
    /// Returns the reason when not (a record edited in a bundle, or a code reused for other content).
    pub fn check_signed(&self) -> std::result::Result<(), Problem> {
        let Some(text) = &self.payload else { return Err(Problem::new("certificate-why-unsigned")) };
        let payload = match Payload::decode(text) {
            Ok(p) => p,
            Err(PayloadError::BadSignature) => return Err(Problem::new("certificate-why-signature")),
            Err(PayloadError::Malformed) => return Err(Problem::new("certificate-why-damaged")),
        };
        if payload.code().ok().as_deref() != Some(self.code.as_str()) {
            return Err(Problem::new("certificate-why-code"));
        }
        if self.to_payload(payload.device_key, payload.organisation) != payload {
            return Err(Problem::new("certificate-why-fields"));
        }
        Ok(())
    }
}

impl Store {
    /// This installation's certificate secret (32 random bytes), created on first use.
    pub fn secret(&self) -> Result<Vec<u8>> {
        let existing: Option<String> = self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = 'certificate_secret'", [], |r| r.get(0))
            .optional()?;
        let hex_secret = match existing {
            Some(s) => s,
            None => self.transact(|tx| {
                let s = hex::encode(rand::random::<[u8; 32]>());
                tx.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('certificate_secret', ?1)", [&s])?;
                Ok(tx.query_row("SELECT value FROM meta WHERE key = 'certificate_secret'", [], |r| r.get(0))?)
            })?,
        };
        hex::decode(hex_secret).map_err(|e| Problem::new("db-secret-damaged").arg("detail", e.to_string()).into())
    }

    /// The module of the quiz the learner finished last in a course, if any.
    pub fn last_finished_module(&self, learner_id: &LearnerId, course_id: &CourseId) -> Result<Option<ModuleId>> {
        let learner_id = self.person_of(learner_id)?;
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT module_id FROM facts WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND kind = 0
                     ORDER BY at DESC LIMIT 1",
                    crate::progress::identity::PERSON_FACT_IDS
                ),
                params![learner_id, course_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// When the learner first passed the quiz of `module` (unix ms), and their best score there,
    /// from the facts of `scope`; None until they passed it.
    pub fn first_pass(
        &self,
        learner_id: &LearnerId,
        course_id: &CourseId,
        module: &ModuleId,
        scope: super::Scope,
    ) -> Result<Option<(i64, u8)>> {
        let learner_id = self.person_of(learner_id)?;
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT MIN(CASE WHEN ok THEN at END), MAX(score) FROM facts
                     WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND module_id = ?3 AND kind = 0{}",
                    crate::progress::identity::PERSON_FACT_IDS,
                    scope.filter()
                ),
                params![learner_id, course_id, module],
                |r| Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, Option<i64>>(1)?)),
            )
            .optional()?
            .and_then(|(at, best)| Some((at?, best?.clamp(0, 100) as u8))))
    }

    /// The times (unix ms, oldest first) of a learner's facts in a course up to `until`: what
    /// study time is counted from ([`crate::learning::study_minutes`]).
    pub fn fact_times_until(
        &self,
        learner_id: &LearnerId,
        course_id: &CourseId,
        until: i64,
        scope: super::Scope,
    ) -> Result<Vec<i64>> {
        // The facts of every id linked to this person count as theirs.
        let learner_id = self.person_of(learner_id)?;
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT at FROM facts WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND at <= ?3{} ORDER BY at",
            crate::progress::identity::PERSON_FACT_IDS,
            scope.filter()
        ))?;
        let times = stmt.query_map(params![learner_id, course_id, until], |r| r.get::<_, i64>(0))?;
        Ok(times.collect::<rusqlite::Result<_>>()?)
    }

    pub fn save_certificate(&self, c: &Certificate) -> Result<()> {
        self.transact(|tx| insert_certificate(tx, c, self.device_id().as_str()))?;
        Ok(())
    }

    pub fn find_certificate(&self, code: &CertificateId) -> Result<Option<Certificate>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE code = ?1"),
                [code],
                row_to_certificate,
            )
            .optional()?)
    }

    /// Every stored certificate with the installation that issued it, by code.
    pub fn certificates(&self) -> Result<Vec<(Certificate, DeviceId)>> {
        let mut stmt =
            self.conn().prepare(&format!("SELECT {CERTIFICATE_COLUMNS}, device_id FROM certificates ORDER BY code"))?;
        let rows = stmt.query_map([], |r| Ok((row_to_certificate(r)?, r.get(12)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether a stored certificate was issued by another installation (arrived by merging).
    pub fn certificate_from_elsewhere(&self, code: &CertificateId) -> Result<bool> {
        let device: Option<String> = self
            .conn()
            .query_row("SELECT device_id FROM certificates WHERE code = ?1", [code], |r| r.get(0))
            .optional()?;
        Ok(device.is_some_and(|d| d != self.device_id().as_str()))
    }
}

const CERTIFICATE_COLUMNS: &str = "code, learner_id, learner_name, course_id, course_title, language, completed_at, final_score, study_minutes, issued_at, course_version, payload";

fn row_to_certificate(r: &rusqlite::Row<'_>) -> rusqlite::Result<Certificate> {
    Ok(Certificate {
        code: r.get(0)?,
        learner_id: r.get(1)?,
        learner_name: r.get(2)?,
        course_id: r.get(3)?,
        course_title: r.get(4)?,
        language: r.get(5)?,
        completed_at: r.get(6)?,
        final_score: r.get::<_, i64>(7)?.clamp(0, 100) as u8,
        study_minutes: r.get(8)?,
        issued_at: r.get(9)?,
        course_version: r.get(10)?,
        payload: r.get(11)?,
        passed_on_attempt: None,
    })
}

/// Store a certificate issued by installation `device_id`. Returns 1 when it was new, 0 when the
/// same record was known, or when it is an unsigned record from another laptop (older bundles:
/// such a certificate can only be checked on the laptop that issued it, so it is not taken in).
/// A signed record that does not match its signature or its code, or a code already stored with
/// other content, is refused, whichever arrives first.
pub(crate) fn insert_certificate(conn: &rusqlite::Connection, c: &Certificate, device_id: &str) -> Result<usize> {
    debug_assert!(!conn.is_autocommit(), "a write outside Store::transact");
    let local: Option<String> =
        conn.query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| r.get(0)).optional()?;
    if c.payload.is_none() && local.as_deref() != Some(device_id) {
        return Ok(0);
    }
    if c.payload.is_some() {
        c.check_signed().map_err(|why| {
            Problem::new("certificate-refused").arg("code", &c.code).arg("name", &c.learner_name).sub("detail", why)
        })?;
    }
    let existing = conn
        .query_row(
            &format!("SELECT {CERTIFICATE_COLUMNS}, device_id FROM certificates WHERE code = ?1"),
            [&c.code],
            |r| Ok((row_to_certificate(r)?, r.get::<_, String>(12)?)),
        )
        .optional()?;
    if let Some((known, known_device)) = existing {
        if known == *c && known_device == device_id {
            return Ok(0);
        }
        // Re-issuing on the issuing laptop keeps the first record (same signed content).
        if local.as_deref() == Some(device_id) && known_device == device_id && known.payload == c.payload {
            return Ok(0);
        }
        return Err(Problem::new("certificate-conflict")
            .arg("code", &c.code)
            .arg("known", &known.learner_name)
            .arg("incoming", &c.learner_name)
            .into());
    }
    Ok(conn.execute(
        "INSERT INTO certificates(code, learner_id, learner_name, course_id, course_title, language,
            completed_at, final_score, study_minutes, issued_at, device_id, course_version, payload)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            c.code,
            c.learner_id,
            c.learner_name,
            c.course_id,
            c.course_title,
            c.language,
            c.completed_at,
            c.final_score,
            c.study_minutes,
            c.issued_at,
            device_id,
            c.course_version,
            c.payload
        ],
    )?)
}
