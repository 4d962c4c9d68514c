//! The xAPI outbox table (`xapi_outbox`): the SQL behind `xapi::outbox`. The xAPI layer builds
//! statements; this file only stores, lists and marks them, each write in one transaction.

use super::{Fact, FactKind, Result, Store};
use rusqlite::{OptionalExtension, params};
use std::collections::BTreeSet;

/// One queued statement as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub fact_id: String,
    pub statement_id: String,
    pub statement: String,
}

/// A statement to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStatement {
    /// Fact id, or the completion key.
    pub key: String,
    pub statement_id: String,
    pub learner_id: String,
    pub course_id: String,
    pub verb: String,
    pub at: i64,
    pub statement: String,
}

/// Counts of the outbox.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub waiting: usize,
    pub sent: usize,
    pub failed: usize,
    pub last_error: Option<String>,
    pub last_sent_at: Option<i64>,
    /// Facts whose statement is not built yet (they will be queued by the next export or sync).
    pub not_queued: usize,
}

impl Store {
    /// Facts whose statement is not in the outbox yet, oldest first.
    pub fn xapi_unqueued_facts(&self) -> Result<Vec<Fact>> {
        let mut stmt = self.conn().prepare(
            "SELECT f.id, f.learner_id, f.device_id, f.at, f.course_id, f.module_id, f.data FROM facts f
             WHERE NOT EXISTS (SELECT 1 FROM xapi_outbox o WHERE o.fact_id = f.id)
             ORDER BY f.at, f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut facts = Vec::new();
        for row in rows {
            let (id, learner_id, device_id, at, course_id, module_id, data) = row?;
            let kind: FactKind = serde_json::from_str(&data)?;
            facts.push(Fact { id, learner_id, device_id, at, course_id, module_id, kind });
        }
        Ok(facts)
    }

    /// (learner, course) pairs with facts but no `completed` statement (verb id `completed_verb`).
    pub fn xapi_pairs_without(&self, completed_verb: &str) -> Result<BTreeSet<(String, String)>> {
        let mut stmt = self.conn().prepare(
            "SELECT learner_id, course_id FROM facts
             EXCEPT SELECT learner_id, course_id FROM xapi_outbox WHERE verb = ?1",
        )?;
        Ok(stmt.query_map([completed_verb], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?)
    }

    /// Name and language of a learner, removed profiles included.
    pub fn learner_name_language(&self, id: &str) -> Result<Option<(String, String)>> {
        Ok(self
            .conn()
            .query_row("SELECT name, language FROM learners WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Queue statements (one transaction); returns how many were new.
    pub fn xapi_enqueue(&self, statements: &[NewStatement], queued_at: i64) -> Result<usize> {
        let tx = self.conn().unchecked_transaction()?;
        let mut added = 0;
        {
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO xapi_outbox(fact_id, statement_id, learner_id, course_id, verb, at, statement, queued_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for s in statements {
                added += insert.execute(params![
                    s.key,
                    s.statement_id,
                    s.learner_id,
                    s.course_id,
                    s.verb,
                    s.at,
                    s.statement,
                    queued_at
                ])?;
            }
        }
        tx.commit()?;
        Ok(added)
    }

    /// Keys of the statements waiting to be sent, oldest first.
    pub fn xapi_waiting(&self) -> Result<Vec<String>> {
        let mut stmt =
            self.conn().prepare("SELECT fact_id FROM xapi_outbox WHERE sent_at IS NULL ORDER BY at, fact_id")?;
        Ok(stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?)
    }

    /// The queued rows with these keys, in the order given.
    pub fn xapi_rows(&self, keys: &[String]) -> Result<Vec<OutboxRow>> {
        let mut stmt =
            self.conn().prepare_cached("SELECT statement_id, statement FROM xapi_outbox WHERE fact_id = ?1")?;
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some((statement_id, statement)) = stmt.query_row([key], |r| Ok((r.get(0)?, r.get(1)?))).optional()? {
                out.push(OutboxRow { fact_id: key.clone(), statement_id, statement });
            }
        }
        Ok(out)
    }

    /// Every queued statement (or only the waiting ones), oldest first.
    pub fn xapi_statements(&self, waiting_only: bool) -> Result<Vec<String>> {
        let sql = if waiting_only {
            "SELECT statement FROM xapi_outbox WHERE sent_at IS NULL ORDER BY at, fact_id"
        } else {
            "SELECT statement FROM xapi_outbox ORDER BY at, fact_id"
        };
        let mut stmt = self.conn().prepare(sql)?;
        Ok(stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?)
    }

    /// Mark statements sent (one transaction).
    pub fn xapi_mark_sent(&self, keys: &[String], at: i64) -> Result<()> {
        let tx = self.conn().unchecked_transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE xapi_outbox SET sent_at = ?2, attempts = attempts + 1, last_error = NULL WHERE fact_id = ?1",
            )?;
            for key in keys {
                stmt.execute(params![key, at])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Record a failed attempt: the statements stay queued.
    pub fn xapi_mark_failed(&self, keys: &[String], error: &str) -> Result<()> {
        let tx = self.conn().unchecked_transaction()?;
        {
            let mut stmt = tx
                .prepare_cached("UPDATE xapi_outbox SET attempts = attempts + 1, last_error = ?2 WHERE fact_id = ?1")?;
            for key in keys {
                stmt.execute(params![key, error])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Outbox counts, read-only: what waits (queued and not yet queued), what was sent, the last
    /// error. The window and the command line both count with this.
    pub fn xapi_counts(&self) -> Result<OutboxCounts> {
        let (waiting, sent, failed, last_sent_at, queued_facts): (i64, i64, i64, Option<i64>, i64) =
            self.conn().query_row(
                "SELECT COALESCE(SUM(sent_at IS NULL), 0), COALESCE(SUM(sent_at IS NOT NULL), 0),
                        COALESCE(SUM(sent_at IS NULL AND attempts > 0), 0), MAX(sent_at),
                        COALESCE(SUM(fact_id NOT LIKE 'completed:%'), 0)
                 FROM xapi_outbox",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )?;
        // Facts are never deleted and each queued fact has one row: the difference is what waits
        // to be queued, counted without reading the facts.
        let facts: i64 = self.conn().query_row("SELECT COUNT(*) FROM facts", [], |r| r.get(0))?;
        let last_error = self
            .conn()
            .query_row(
                "SELECT last_error FROM xapi_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL
                 ORDER BY attempts DESC, at DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(OutboxCounts {
            waiting: waiting as usize,
            sent: sent as usize,
            failed: failed as usize,
            last_error,
            last_sent_at,
            not_queued: (facts - queued_facts).max(0) as usize,
        })
    }

    /// Attempts, last error and sent state of one queued statement.
    pub fn xapi_attempts(&self, key: &str) -> Result<Option<(u32, Option<String>, bool)>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT attempts, last_error, sent_at IS NOT NULL FROM xapi_outbox WHERE fact_id = ?1",
                [key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }
}
