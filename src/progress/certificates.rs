//! Store side of certificates: the installation secret, issued certificate records, and the
//! figures a certificate reports (final score, completion time, study time).

use super::{Result, Store, StoreError};
use crate::certificate::Certificate;
use rusqlite::{OptionalExtension, params};

/// Gaps between two facts longer than this are not counted as study time (a break).
const MAX_GAP_MS: i64 = 10 * 60 * 1000;

impl Store {
    /// This installation's certificate secret (32 random bytes), created on first use.
    pub fn secret(&self) -> Result<Vec<u8>> {
        let existing: Option<String> = self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = 'certificate_secret'", [], |r| r.get(0))
            .optional()?;
        let hex_secret = match existing {
            Some(s) => s,
            None => {
                let s = hex::encode(rand::random::<[u8; 32]>());
                self.conn()
                    .execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('certificate_secret', ?1)", [&s])?;
                self.conn().query_row("SELECT value FROM meta WHERE key = 'certificate_secret'", [], |r| r.get(0))?
            }
        };
        hex::decode(hex_secret)
            .map_err(|e| super::StoreError::Invalid(format!("the certificate secret is damaged: {e}")))
    }

    /// When the learner first passed the final assessment (or, without one, the last quiz), and
    /// the best score there.
    pub fn final_pass(
        &self,
        learner_id: &str,
        course_id: &str,
        final_module: Option<&str>,
        scope: super::Scope,
    ) -> Result<Option<(i64, u8)>> {
        let learner_id = self.person_of(learner_id)?;
        let learner_id = learner_id.as_str();
        let module: Option<String> = match final_module {
            Some(m) => Some(m.to_string()),
            None => self
                .conn()
                .query_row(
                    &format!("SELECT module_id FROM facts WHERE learner_id IN {} AND course_id = ?2 AND kind = 'attempt_finished'
                     ORDER BY at DESC LIMIT 1", crate::progress::people::PERSON_IDS),
                    params![learner_id, course_id],
                    |r| r.get(0),
                )
                .optional()?,
        };
        let Some(module) = module else { return Ok(None) };
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT MIN(CASE WHEN ok THEN at END), MAX(score) FROM facts
                 WHERE learner_id IN {} AND course_id = ?2 AND module_id = ?3 AND kind = 'attempt_finished'{}",
                    crate::progress::people::PERSON_IDS,
                    scope.filter()
                ),
                params![learner_id, course_id, module],
                |r| Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, Option<i64>>(1)?)),
            )
            .optional()?
            .and_then(|(at, best)| Some((at?, best?.clamp(0, 100) as u8))))
    }

    /// Minutes of study up to `until` (unix ms, or all): time between consecutive facts, each
    /// gap counted up to 10 minutes.
    pub fn study_minutes_until(
        &self,
        learner_id: &str,
        course_id: &str,
        until: i64,
        scope: super::Scope,
    ) -> Result<u32> {
        // The facts of every id linked to this person count as theirs.
        let learner_id = self.person_of(learner_id)?;
        let learner_id = learner_id.as_str();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT at FROM facts WHERE learner_id IN {} AND course_id = ?2 AND at <= ?3{} ORDER BY at",
            crate::progress::people::PERSON_IDS,
            scope.filter()
        ))?;
        let times = stmt.query_map(params![learner_id, course_id, until], |r| r.get::<_, i64>(0))?;
        let (mut total, mut last): (i64, Option<i64>) = (0, None);
        for t in times {
            let t = t?;
            if let Some(prev) = last {
                total += (t - prev).clamp(0, MAX_GAP_MS);
            }
            last = Some(t);
        }
        Ok((total / 60_000) as u32)
    }

    /// Minutes of study in a course so far.
    pub fn study_minutes(&self, learner_id: &str, course_id: &str) -> Result<u32> {
        self.study_minutes_until(learner_id, course_id, i64::MAX, super::Scope::Everything)
    }

    pub fn save_certificate(&self, c: &Certificate) -> Result<()> {
        insert_certificate(self.conn(), c, self.device_id())?;
        Ok(())
    }

    pub fn find_certificate(&self, code: &str) -> Result<Option<Certificate>> {
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
    pub fn certificates(&self) -> Result<Vec<(Certificate, String)>> {
        let mut stmt =
            self.conn().prepare(&format!("SELECT {CERTIFICATE_COLUMNS}, device_id FROM certificates ORDER BY code"))?;
        let rows = stmt.query_map([], |r| Ok((row_to_certificate(r)?, r.get(12)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether a stored certificate was issued by another installation (arrived by merging).
    pub fn certificate_from_elsewhere(&self, code: &str) -> Result<bool> {
        let device: Option<String> = self
            .conn()
            .query_row("SELECT device_id FROM certificates WHERE code = ?1", [code], |r| r.get(0))
            .optional()?;
        Ok(device.is_some_and(|d| d != self.device_id()))
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
    let local: Option<String> =
        conn.query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| r.get(0)).optional()?;
    if c.payload.is_none() && local.as_deref() != Some(device_id) {
        return Ok(0);
    }
    if c.payload.is_some() {
        c.check_signed().map_err(|why| {
            StoreError::Invalid(format!("certificate {} (learner {}) is refused: {why}", c.code, c.learner_name))
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
        return Err(StoreError::Invalid(format!(
            "conflict: certificate {} is stored here for {} and arrives with other content (for {}): one of the two \
             records was edited; keep the bundle from the laptop that issued it",
            c.code, known.learner_name, c.learner_name
        )));
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
