//! The xAPI queue (table `xapi_queue`): the SQL behind `xapi::outbox`. It holds send state only
//! — a key (fact id, or `completed:<learner>:<course>`), the statement's time, sent or not,
//! attempts, last error. The xAPI layer builds statements from the facts when it sends or
//! exports them. Each write is one transaction.

use super::ids_sql::{IdText, Uid};
use super::{Fact, FactKind, Result, Store, fact_row};
use crate::ids::{AttemptId, CourseId, LearnerId};
use rusqlite::{OptionalExtension, params};
use std::collections::{BTreeMap, BTreeSet};

/// A statement to queue: its key and its timestamp (send order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueKey {
    pub key: String,
    pub at: i64,
}

/// Counts of the queue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub waiting: usize,
    pub sent: usize,
    pub failed: usize,
    pub last_error: Option<String>,
    pub last_sent_at: Option<i64>,
    /// Facts not queued yet (the next export or sync queues them).
    pub not_queued: usize,
}

/// The key of the `completed` statement of a learner in a course.
pub fn completion_key(learner_id: &LearnerId, course_id: &CourseId) -> String {
    format!("completed:{learner_id}:{course_id}")
}

/// A queued statement as the xAPI layer builds it: its key and, when the key is a fact's id and
/// that fact is here, the fact (and for a finished attempt, when the attempt started).
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    pub key: String,
    pub fact: Option<Fact>,
    pub attempt_started_at: Option<i64>,
}

impl Store {
    /// Queue the statement of every fact not queued yet whose course is one of `courses`, by one
    /// statement in one transaction; returns how many were queued, and for the other courses how
    /// many of their facts wait (they are queued by a later pass, once the course is installed
    /// here). A fact whose key was queued by its text before the fact arrived here stays queued
    /// that way (one key, one statement).
    pub fn xapi_enqueue_facts(&self, courses: &[&str]) -> Result<(usize, BTreeMap<CourseId, usize>)> {
        self.transact(|tx| {
            // The facts queued by their text (a few at most): their numbers.
            let mut by_text = Vec::new();
            {
                let mut keys = tx.prepare("SELECT key FROM xapi_queue WHERE key NOT LIKE 'completed:%'")?;
                let keys: Vec<String> = keys.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                let mut seq_of = tx.prepare_cached("SELECT seq FROM facts WHERE id = ?1")?;
                for k in keys {
                    if let Some(seq) = seq_of.query_row([Uid(&k)], |r| r.get::<_, i64>(0)).optional()? {
                        by_text.push(seq);
                    }
                }
            }
            let courses =
                serde_json::Value::from(courses.iter().map(|c| c.to_string()).collect::<Vec<_>>()).to_string();
            let by_text = serde_json::Value::from(by_text).to_string();
            let installed = "f.course_id IN (SELECT n FROM fact_names WHERE name IN (SELECT value FROM json_each(?1)))";
            let added = tx.execute(
                &format!(
                    "INSERT OR IGNORE INTO xapi_fact_queue(fact)
                     SELECT f.seq FROM facts f
                     WHERE {installed} AND f.seq NOT IN (SELECT value FROM json_each(?2))
                       AND NOT EXISTS (SELECT 1 FROM xapi_fact_queue q WHERE q.fact = f.seq)"
                ),
                params![courses, by_text],
            )?;
            let mut waiting = tx.prepare(&format!(
                "SELECT (SELECT name FROM fact_names WHERE n = f.course_id), COUNT(*) FROM facts f
                 WHERE NOT ({installed}) AND NOT EXISTS (SELECT 1 FROM xapi_fact_queue q WHERE q.fact = f.seq)
                 GROUP BY f.course_id"
            ))?;
            let waiting = waiting
                .query_map([courses], |r| Ok((r.get::<_, CourseId>(0)?, r.get::<_, i64>(1)? as usize)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok((added, waiting))
        })
    }

    /// Every queued statement (or only those not sent yet), oldest first, with its fact, read
    /// by one query and handed to `each` one at a time (memory does not grow with the queue).
    /// The facts come in time order along the index `facts_by_at`, nothing sorted; when only a
    /// few of many are still waiting, those few are found by the queue and sorted instead. See
    /// [`merge_in_key_order`] for the order within a millisecond. Stops at the first error of
    /// `each`.
    pub fn xapi_each_queued<E: From<super::StoreError>>(
        &self,
        waiting_only: bool,
        each: impl FnMut(Queued) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let names = fact_row::Names::load(self.conn())?;
        let others = self.xapi_text_keys(waiting_only)?;
        let from = self.queued_facts_in_time_order(waiting_only)?;
        let sql = format!(
            "SELECT f.at, {},
                    CASE WHEN f.kind = 0 THEN
                        (SELECT MIN(s.at) FROM facts s WHERE s.attempt_id = f.attempt_id AND s.kind = 1)
                    END
             FROM {from}",
            fact_row::numbered_columns("f."),
        );
        let sqlite = |e: rusqlite::Error| E::from(super::StoreError::from(e));
        let mut stmt = self.conn().prepare(&sql).map_err(sqlite)?;
        let mut rows = stmt.query([]).map_err(sqlite)?;
        let facts = std::iter::from_fn(|| match rows.next() {
            Err(e) => Some(Err(e.into())),
            Ok(None) => None,
            Ok(Some(r)) => Some((|| -> Result<(i64, String, Queued)> {
                let fact = names.read(r, 1)?;
                let key = fact.id.to_string();
                Ok((r.get(0)?, key.clone(), Queued { key, fact: Some(fact), attempt_started_at: r.get(13)? }))
            })()),
        });
        let others = others.into_iter().map(|(at, key)| {
            // A key queued by its text may still name a fact that is here (it came later).
            let queued = if key.starts_with("completed:") {
                Queued { key: key.clone(), fact: None, attempt_started_at: None }
            } else {
                self.xapi_queued(&key)?
            };
            Ok((at, key, queued))
        });
        merge_in_key_order(facts, others, each)
    }

    /// SQL after `FROM`: the queued facts `f` (all, or only the waiting ones) in time order. Along
    /// the index `facts_by_at`, nothing sorted; when only a few of many still wait, those few are
    /// found from the queue and sorted instead.
    fn queued_facts_in_time_order(&self, waiting_only: bool) -> Result<&'static str> {
        let few_waiting = waiting_only && {
            let (all, waiting): (i64, f64) =
                self.conn().query_row("SELECT COUNT(*), TOTAL(sent = 0) FROM xapi_fact_queue", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            waiting * 4.0 < all as f64
        };
        Ok(if few_waiting {
            "(SELECT fact FROM xapi_fact_queue WHERE sent = 0) q JOIN facts f ON f.seq = q.fact ORDER BY f.at"
        } else if waiting_only {
            "facts f INDEXED BY facts_by_at JOIN xapi_fact_queue q ON q.fact = f.seq WHERE q.sent = 0 ORDER BY f.at"
        } else {
            "facts f INDEXED BY facts_by_at JOIN xapi_fact_queue q ON q.fact = f.seq ORDER BY f.at"
        })
    }

    /// The keys queued by their text (completions; facts that were not here when queued), in
    /// time then key order.
    fn xapi_text_keys(&self, waiting_only: bool) -> Result<Vec<(i64, String)>> {
        let waiting = if waiting_only { "WHERE sent_at IS NULL" } else { "" };
        let mut stmt = self.conn().prepare(&format!("SELECT at, key FROM xapi_queue {waiting} ORDER BY at, key"))?;
        Ok(stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?)
    }

    /// One fact by its id.
    pub fn fact(&self, id: &str) -> Result<Option<Fact>> {
        self.conn()
            .prepare_cached(&format!("SELECT {} FROM facts WHERE id = ?1", fact_row::columns("")))?
            .query_row([Uid(id)], |r| Ok(fact_row::read(r, 0)))
            .optional()?
            .transpose()
    }

    /// One queue key as [`Store::xapi_each_queued`] hands it out (queued or not).
    pub fn xapi_queued(&self, key: &str) -> Result<Queued> {
        let fact = self.fact(key)?;
        let attempt_started_at = match fact.as_ref().map(|f| &f.kind) {
            Some(FactKind::AttemptFinished { attempt_id, .. }) => self.attempt_started_at(attempt_id)?,
            _ => None,
        };
        Ok(Queued { key: key.to_string(), fact, attempt_started_at })
    }

    /// When an attempt started (its `attempt_started` fact), if that fact is here.
    pub fn attempt_started_at(&self, attempt_id: &AttemptId) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT MIN(at) FROM facts WHERE attempt_id = (SELECT n FROM fact_names WHERE name = ?1) AND kind = 1",
            )?
            .query_row([attempt_id], |r| r.get::<_, Option<i64>>(0))?)
    }

    /// The base of the xAPI activity ids set on this laptop (`xapi set-base`), if any.
    pub fn xapi_activity_base(&self) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = 'xapi_activity_base'", [], |r| r.get(0))
            .optional()?)
    }

    /// Set (or with None, forget) the base of the xAPI activity ids.
    pub fn set_xapi_activity_base(&self, base: Option<&str>) -> Result<()> {
        self.transact(|tx| {
            match base {
                Some(b) => tx.execute(
                    "INSERT INTO meta(key, value) VALUES ('xapi_activity_base', ?1)
                     ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [b],
                )?,
                None => tx.execute("DELETE FROM meta WHERE key = 'xapi_activity_base'", [])?,
            };
            Ok(())
        })
    }

    /// (learner, course) pairs with facts but no queued `completed` statement.
    pub fn xapi_pairs_without_completion(&self) -> Result<BTreeSet<(LearnerId, CourseId)>> {
        let mut stmt = self.conn().prepare(
            "SELECT l, c FROM (SELECT (SELECT name FROM fact_names WHERE n = learner_id) AS l,
                                          (SELECT name FROM fact_names WHERE n = course_id) AS c
                                   FROM (SELECT DISTINCT learner_id, course_id FROM facts))
                 WHERE NOT EXISTS (SELECT 1 FROM xapi_queue q WHERE q.key = 'completed:' || l || ':' || c)",
        )?;
        Ok(stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?)
    }

    /// How many modules of a course a person (every id linked to them included) passed a quiz
    /// in: fewer than the course's quizzes, and the course cannot be complete (read from the
    /// `facts_by_learner` index, without reading the facts).
    pub fn xapi_passed_modules(&self, learner_id: &LearnerId, course_id: &CourseId) -> Result<usize> {
        let person = self.person_of(learner_id)?;
        let n: i64 = self
            .conn()
            .prepare_cached(&format!(
                "SELECT COUNT(DISTINCT module_id) FROM facts
                 WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND kind = 0 AND ok = 1",
                super::identity::PERSON_FACT_IDS
            ))?
            .query_row(params![person, course_id], |r| r.get(0))?;
        Ok(n.max(0) as usize)
    }

    /// Name and language of a learner, removed profiles included.
    pub fn learner_name_language(&self, id: &LearnerId) -> Result<Option<(String, String)>> {
        Ok(self
            .conn()
            .query_row("SELECT name, language FROM learners WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Queue statements (one transaction); returns how many were new. A fact's statement is
    /// kept by the fact's `seq` (`xapi_fact_queue`), any other key (completions) by its text.
    pub fn xapi_enqueue(&self, keys: &[QueueKey]) -> Result<usize> {
        self.transact(|tx| {
            let mut added = 0;
            {
                let mut seq_of = tx.prepare_cached("SELECT seq FROM facts WHERE id = ?1")?;
                let mut known = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM xapi_queue WHERE key = ?1)")?;
                let mut by_fact = tx.prepare_cached("INSERT OR IGNORE INTO xapi_fact_queue(fact) VALUES (?1)")?;
                let mut by_key = tx.prepare_cached("INSERT OR IGNORE INTO xapi_queue(key, at) VALUES (?1, ?2)")?;
                for k in keys {
                    let seq: Option<i64> = if k.key.starts_with("completed:") {
                        None
                    } else {
                        seq_of.query_row([Uid(&k.key)], |r| r.get(0)).optional()?
                    };
                    added += match seq {
                        // Queued by its text before this fact arrived: it stays there.
                        Some(_) if known.query_row([&k.key], |r| r.get::<_, bool>(0))? => 0,
                        Some(seq) => by_fact.execute([seq])?,
                        None => by_key.execute(params![k.key, k.at])?,
                    };
                }
            }
            Ok(added)
        })
    }

    /// Keys of the queued statements (all, or only the waiting ones), oldest first.
    pub fn xapi_keys(&self, waiting_only: bool) -> Result<Vec<String>> {
        let others = self.xapi_text_keys(waiting_only)?;
        let from = self.queued_facts_in_time_order(waiting_only)?;
        let mut stmt = self.conn().prepare(&format!("SELECT f.at, f.id FROM {from}"))?;
        let mut rows = stmt.query([])?;
        let facts = std::iter::from_fn(|| match rows.next() {
            Err(e) => Some(Err(e.into())),
            Ok(None) => None,
            Ok(Some(r)) => Some((|| -> Result<(i64, String, String)> {
                let key = r.get::<_, IdText>(1)?.0;
                Ok((r.get(0)?, key.clone(), key))
            })()),
        });
        let mut keys = Vec::new();
        merge_in_key_order(
            facts,
            others.into_iter().map(|(at, key)| Ok((at, key.clone(), key))),
            |key| -> Result<()> {
                keys.push(key);
                Ok(())
            },
        )?;
        Ok(keys)
    }

    /// Mark statements sent (one transaction). A fact's row keeps only that it was sent; the
    /// time of the last send is kept once (`meta`), which is all that is read of it.
    pub fn xapi_mark_sent(&self, keys: &[String], at: i64) -> Result<()> {
        self.transact(|tx| {
            let mut by_fact = tx.prepare_cached(&format!(
                "UPDATE xapi_fact_queue SET sent = 1, attempts = attempts + 1, last_error = NULL WHERE {FACT_ROW}"
            ))?;
            let mut by_key = tx.prepare_cached(
                "UPDATE xapi_queue SET sent_at = ?2, attempts = attempts + 1, last_error = NULL WHERE key = ?1",
            )?;
            let mut facts = 0;
            for k in keys {
                facts += by_fact.execute([Uid(k)])?;
                by_key.execute(params![k, at])?;
            }
            if facts > 0 {
                tx.prepare_cached(
                    "INSERT INTO meta(key, value) VALUES ('xapi_last_sent_at', ?1)
                     ON CONFLICT(key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
                )?
                .execute([at])?;
            }
            Ok(())
        })
    }

    /// Record a failed attempt: the statements stay queued.
    pub fn xapi_mark_failed(&self, keys: &[String], error: &str) -> Result<()> {
        self.transact(|tx| {
            let mut by_fact = tx.prepare_cached(&format!(
                "UPDATE xapi_fact_queue SET attempts = attempts + 1, last_error = ?2 WHERE {FACT_ROW}"
            ))?;
            let mut by_key =
                tx.prepare_cached("UPDATE xapi_queue SET attempts = attempts + 1, last_error = ?2 WHERE key = ?1")?;
            for k in keys {
                by_fact.execute(params![Uid(k), error])?;
                by_key.execute(params![k, error])?;
            }
            Ok(())
        })
    }

    /// Queue counts, read-only: what waits (queued, and facts not queued yet), what was sent,
    /// the last error. The window and the command line both count with this.
    /// How many facts are not queued yet ([`OutboxCounts::not_queued`]). Facts are never deleted
    /// and each queued fact has one row (in `xapi_fact_queue`, or by its text in `xapi_queue`):
    /// the difference is what waits to be queued, counted without reading the facts.
    pub fn xapi_facts_not_queued(&self) -> Result<usize> {
        let n: i64 = self.conn().query_row(
            "SELECT (SELECT COUNT(*) FROM facts) - (SELECT COUNT(*) FROM xapi_fact_queue)
                    - (SELECT COUNT(*) FROM xapi_queue WHERE key NOT LIKE 'completed:%')",
            [],
            |r| r.get(0),
        )?;
        Ok(n.max(0) as usize)
    }

    pub fn xapi_counts(&self) -> Result<OutboxCounts> {
        let (waiting, sent, failed, last_sent_at): (i64, i64, i64, Option<i64>) = self.conn().query_row(
            "SELECT COALESCE(SUM(w), 0), COALESCE(SUM(s), 0), COALESCE(SUM(f), 0), MAX(m) FROM (
                     SELECT SUM(sent = 0) AS w, SUM(sent = 1) AS s, SUM(sent = 0 AND attempts > 0) AS f,
                            (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'xapi_last_sent_at') AS m
                     FROM xapi_fact_queue
                     UNION ALL
                     SELECT SUM(sent_at IS NULL), SUM(sent_at IS NOT NULL), SUM(sent_at IS NULL AND attempts > 0),
                            MAX(sent_at)
                     FROM xapi_queue)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let last_error = self
            .conn()
            .query_row(
                "SELECT e FROM (
                     SELECT q.last_error AS e, q.attempts AS n, f.at AS at FROM xapi_fact_queue q
                     JOIN facts f ON f.seq = q.fact WHERE q.sent = 0 AND q.last_error IS NOT NULL
                     UNION ALL
                     SELECT last_error, attempts, at FROM xapi_queue WHERE sent_at IS NULL AND last_error IS NOT NULL)
                 ORDER BY n DESC, at DESC LIMIT 1",
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
            not_queued: self.xapi_facts_not_queued()?,
        })
    }

    /// Attempts, last error and sent state of one queued statement.
    pub fn xapi_attempts(&self, key: &str) -> Result<Option<(u32, Option<String>, bool)>> {
        let row = |r: &rusqlite::Row<'_>| Ok((r.get(0)?, r.get(1)?, r.get(2)?));
        let by_fact = self
            .conn()
            .prepare_cached(&format!("SELECT attempts, last_error, sent = 1 FROM xapi_fact_queue WHERE {FACT_ROW}"))?
            .query_row([Uid(key)], row)
            .optional()?;
        if by_fact.is_some() {
            return Ok(by_fact);
        }
        Ok(self
            .conn()
            .prepare_cached("SELECT attempts, last_error, sent_at IS NOT NULL FROM xapi_queue WHERE key = ?1")?
            .query_row([key], row)
            .optional()?)
    }
}

/// How a fact's id (`?1`) finds its row of `xapi_fact_queue`.
const FACT_ROW: &str = "fact = (SELECT seq FROM facts WHERE id = ?1)";

/// Queued statements in the queue's order — by time, then by key as text — from the facts'
/// rows (in time order; within a millisecond in any order) and the keys queued
/// by their text (in time then key order). Rows of the same time are few: each run is sorted by
/// its keys' text before it is handed on, so the order is exactly the keys' order.
fn merge_in_key_order<T, E, F, O>(
    facts: F,
    others: O,
    mut emit: impl FnMut(T) -> std::result::Result<(), E>,
) -> std::result::Result<(), E>
where
    E: From<super::StoreError>,
    F: Iterator<Item = Result<(i64, String, T)>>,
    O: Iterator<Item = Result<(i64, String, T)>>,
{
    let mut others = others.peekable();
    let mut run: Vec<(String, T)> = Vec::new();
    let mut run_at: Option<i64> = None;
    for row in facts {
        let (at, key, t) = row.map_err(E::from)?;
        if let Some(done) = run_at.filter(|r| *r != at) {
            finish_run(&mut run, done, &mut others, &mut emit)?;
        }
        run_at = Some(at);
        run.push((key, t));
    }
    if let Some(done) = run_at {
        finish_run(&mut run, done, &mut others, &mut emit)?;
    }
    // Keys queued by text after the last fact.
    for other in others {
        emit(other.map_err(E::from)?.2)?;
    }
    Ok(())
}

/// Hand on a run of facts of time `at`: first the keys queued by text that come before it, then
/// the run with those of the same time, in key order.
fn finish_run<T, E, O>(
    run: &mut Vec<(String, T)>,
    at: i64,
    others: &mut std::iter::Peekable<O>,
    emit: &mut impl FnMut(T) -> std::result::Result<(), E>,
) -> std::result::Result<(), E>
where
    E: From<super::StoreError>,
    O: Iterator<Item = Result<(i64, String, T)>>,
{
    while let Some(next) = others.next_if(|o| o.as_ref().map_or(true, |(o_at, ..)| *o_at <= at)) {
        let (o_at, key, t) = next.map_err(E::from)?;
        if o_at < at {
            emit(t)?;
        } else {
            run.push((key, t));
        }
    }
    run.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, t) in run.drain(..) {
        emit(t)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::FactKind;

    /// Keys from both readers of the queue, which must agree.
    fn order(store: &Store, waiting_only: bool) -> Vec<String> {
        let mut each = Vec::new();
        store
            .xapi_each_queued(waiting_only, |q| -> Result<()> {
                each.push(q.key);
                Ok(())
            })
            .unwrap();
        assert_eq!(each, store.xapi_keys(waiting_only).unwrap(), "export and sync read the same order");
        each
    }

    /// Oldest first, then by the key's text within a millisecond — whether the facts are read
    /// along the time index (most waiting) or found from the queue and sorted (a few waiting),
    /// whatever order they arrived in, UUIDs (stored as bytes) and other ids alike.
    #[test]
    fn the_queue_is_read_oldest_first_then_by_key() {
        let store = Store::open_in_memory().unwrap();
        let learner = store.add_learner("A", None, "en").unwrap();
        let mut expected = Vec::new();
        for i in (0..40u32).rev() {
            let id = if i % 3 == 0 {
                format!("fact-{i}")
            } else {
                uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, &i.to_be_bytes()).to_string()
            };
            let at = i64::from(1_000 - i / 4);
            let fact = Fact {
                id: id.as_str().into(),
                learner_id: learner.id.clone(),
                device_id: "a78a2a1a-0a1b-4154-b971-a93085b7f83f".into(),
                at,
                course_id: "c".into(),
                module_id: "m".into(),
                kind: FactKind::LessonVisited { lesson_id: "l".into() },
            };
            assert!(store.insert_fact(&fact).unwrap());
            expected.push((at, id));
        }
        expected.sort();
        let keys: Vec<String> = expected.into_iter().map(|(_, id)| id).collect();
        assert_eq!(store.xapi_enqueue_facts(&["c"]).unwrap().0, 40);
        assert_eq!(order(&store, false), keys);
        assert_eq!(order(&store, true), keys);
        // Most still waiting: along the index, with the sent ones left out.
        let sent: Vec<String> = keys.iter().step_by(4).cloned().collect();
        store.xapi_mark_sent(&sent, 1).unwrap();
        let waiting: Vec<String> = keys.iter().filter(|k| !sent.contains(k)).cloned().collect();
        assert_eq!(order(&store, true), waiting);
        // A few still waiting: found from the queue and sorted.
        let more: Vec<String> = waiting.iter().filter(|k| !k.ends_with('7')).cloned().collect();
        store.xapi_mark_sent(&more, 2).unwrap();
        let waiting: Vec<String> = waiting.into_iter().filter(|k| k.ends_with('7')).collect();
        assert!(!waiting.is_empty() && waiting.len() * 4 < keys.len(), "{}", waiting.len());
        assert_eq!(order(&store, true), waiting);
        assert_eq!(order(&store, false), keys);
    }
}
