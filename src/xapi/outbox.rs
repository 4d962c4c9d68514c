//! The xAPI outbox (table `xapi_outbox`): which facts' statements are queued and which were sent.
//!
//! Queuing turns every fact not yet in the outbox into its statement (facts merged from other
//! laptops included), plus one `completed` statement per learner and course once the course is
//! complete. The statement is stored as built, so it is sent (and re-sent) exactly as queued.

use super::statement::{self, LearnerRef};
use crate::course::Course;
use crate::progress::{Fact, FactKind, Result, Store, now_ms};
use rusqlite::{OptionalExtension, params};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What one queuing pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueReport {
    /// Statements of facts newly queued.
    pub queued: usize,
    /// `completed` statements newly queued.
    pub completions: usize,
    /// Facts not queued because their course is not installed here: course id → count. They are
    /// queued by a later pass once the course is installed.
    pub waiting_for_course: BTreeMap<String, usize>,
}

/// Counts for a status line ("12 statements waiting to be sent").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxStatus {
    pub waiting: usize,
    pub sent: usize,
    /// Waiting statements that already failed at least once.
    pub failed: usize,
    /// The most recent error of a waiting statement.
    pub last_error: Option<String>,
    /// When a statement was last sent (unix ms).
    pub last_sent_at: Option<i64>,
}

/// One queued statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub fact_id: String,
    pub statement_id: String,
    pub statement: String,
}

/// Learner name and language, also for removed profiles; None when the learner is unknown here.
fn learner_ref(store: &Store, cache: &mut HashMap<String, LearnerRef>, id: &str) -> Result<LearnerRef> {
    if let Some(l) = cache.get(id) {
        return Ok(l.clone());
    }
    let row: Option<(String, String)> = store
        .conn()
        .query_row("SELECT name, language FROM learners WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let l = match row {
        Some((name, language)) => LearnerRef { id: id.to_string(), name: Some(name), language },
        None => LearnerRef { id: id.to_string(), name: None, language: String::new() },
    };
    cache.insert(id.to_string(), l.clone());
    Ok(l)
}

fn verb_of(statement: &serde_json::Value) -> String {
    statement["verb"]["id"].as_str().unwrap_or_default().to_string()
}

/// Queue the statement of every fact not yet in the outbox, and the course completions reached.
/// Facts of courses missing from `courses` wait (see [`QueueReport::waiting_for_course`]).
pub fn queue(store: &Store, courses: &[Course]) -> Result<QueueReport> {
    let by_id: HashMap<&str, &Course> = courses.iter().map(|c| (c.id(), c)).collect();
    let mut report = QueueReport::default();
    let mut learners = HashMap::new();
    let new_facts: Vec<Fact> = {
        let mut stmt = store.conn().prepare(
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
        facts
    };
    let now = now_ms();
    let tx = store.conn().unchecked_transaction()?;
    {
        let mut insert = tx.prepare(
            "INSERT OR IGNORE INTO xapi_outbox(fact_id, statement_id, learner_id, course_id, verb, at, statement, queued_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for fact in &new_facts {
            let Some(course) = by_id.get(fact.course_id.as_str()) else {
                *report.waiting_for_course.entry(fact.course_id.clone()).or_default() += 1;
                continue;
            };
            let learner = learner_ref(store, &mut learners, &fact.learner_id)?;
            let s = statement::from_fact(fact, &learner, course);
            let id = statement::statement_id(&fact.id).to_string();
            report.queued += insert.execute(params![
                fact.id,
                id,
                fact.learner_id,
                fact.course_id,
                verb_of(&s),
                fact.at,
                s.to_string(),
                now
            ])?;
        }
        // Course completions: one per learner and course, from the fact that completed it.
        let pairs: BTreeSet<(String, String)> = {
            let mut stmt = tx.prepare(
                "SELECT learner_id, course_id FROM facts
                 EXCEPT SELECT learner_id, course_id FROM xapi_outbox WHERE verb = ?1",
            )?;
            stmt.query_map([statement::verbs::COMPLETED], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        for (learner_id, course_id) in pairs {
            let Some(course) = by_id.get(course_id.as_str()) else { continue };
            let facts = store.facts(&learner_id, &course_id)?;
            let Some((completing, final_percent)) = statement::completing_fact(course, &facts) else { continue };
            let learner = learner_ref(store, &mut learners, &learner_id)?;
            let s = statement::completion(completing, &learner, course, final_percent);
            let key = statement::completion_key(&completing.id);
            let id = statement::statement_id(&key).to_string();
            report.completions += insert.execute(params![
                key,
                id,
                learner_id,
                course_id,
                verb_of(&s),
                completing.at,
                s.to_string(),
                now
            ])?;
        }
    }
    tx.commit()?;
    Ok(report)
}

/// Fact ids of the statements waiting to be sent, oldest statement first.
pub fn waiting(store: &Store) -> Result<Vec<String>> {
    let mut stmt =
        store.conn().prepare("SELECT fact_id FROM xapi_outbox WHERE sent_at IS NULL ORDER BY at, fact_id")?;
    let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// The queued entries with these fact ids, in the order given.
pub fn entries(store: &Store, fact_ids: &[String]) -> Result<Vec<Entry>> {
    let mut stmt = store.conn().prepare_cached("SELECT statement_id, statement FROM xapi_outbox WHERE fact_id = ?1")?;
    let mut out = Vec::with_capacity(fact_ids.len());
    for id in fact_ids {
        if let Some((statement_id, statement)) = stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional()? {
            out.push(Entry { fact_id: id.clone(), statement_id, statement });
        }
    }
    Ok(out)
}

/// Every queued statement (or only those not sent yet), oldest first, as JSON texts.
pub fn statements(store: &Store, waiting_only: bool) -> Result<Vec<String>> {
    let sql = if waiting_only {
        "SELECT statement FROM xapi_outbox WHERE sent_at IS NULL ORDER BY at, fact_id"
    } else {
        "SELECT statement FROM xapi_outbox ORDER BY at, fact_id"
    };
    let mut stmt = store.conn().prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}

/// Mark statements as sent (one transaction).
pub fn mark_sent(store: &Store, fact_ids: &[String]) -> Result<()> {
    let now = now_ms();
    let tx = store.conn().unchecked_transaction()?;
    {
        let mut stmt = tx.prepare_cached(
            "UPDATE xapi_outbox SET sent_at = ?2, attempts = attempts + 1, last_error = NULL WHERE fact_id = ?1",
        )?;
        for id in fact_ids {
            stmt.execute(params![id, now])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Record a failed attempt: the statements stay queued.
pub fn mark_failed(store: &Store, fact_ids: &[String], error: &str) -> Result<()> {
    let tx = store.conn().unchecked_transaction()?;
    {
        let mut stmt =
            tx.prepare_cached("UPDATE xapi_outbox SET attempts = attempts + 1, last_error = ?2 WHERE fact_id = ?1")?;
        for id in fact_ids {
            stmt.execute(params![id, error])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Counts for the trainer area or the command line.
pub fn status(store: &Store) -> Result<OutboxStatus> {
    let (waiting, sent, failed, last_sent_at): (i64, i64, i64, Option<i64>) = store.conn().query_row(
        "SELECT COALESCE(SUM(sent_at IS NULL), 0), COALESCE(SUM(sent_at IS NOT NULL), 0),
                COALESCE(SUM(sent_at IS NULL AND attempts > 0), 0), MAX(sent_at) FROM xapi_outbox",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let last_error = store
        .conn()
        .query_row(
            "SELECT last_error FROM xapi_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL
             ORDER BY attempts DESC, at DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(OutboxStatus {
        waiting: waiting as usize,
        sent: sent as usize,
        failed: failed as usize,
        last_error,
        last_sent_at,
    })
}

/// Attempts and last error of one queued fact (tests, diagnostics).
pub fn attempts(store: &Store, fact_id: &str) -> Result<Option<(u32, Option<String>, bool)>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT attempts, last_error, sent_at IS NOT NULL FROM xapi_outbox WHERE fact_id = ?1",
            [fact_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}
