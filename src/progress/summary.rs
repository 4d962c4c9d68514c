//! The `module_summary` table: per person, course and module, the figures reports read (lessons
//! seen, best score, passed, attempts, study time, last activity), recomputed from the facts
//! inside the transaction of every write that changes them (a fact, a link, a merge).

use super::{Result, Store};
use rusqlite::{Connection, params};

/// Recompute the summary rows of the person `learner_id` stands for in one course from the facts
/// of all their ids (rows kept under a linked id are dropped). The gap before each fact (in
/// time order, ties by module, kind, lesson or item, then fact id, so the result does not depend on insertion order) is counted,
/// as [`crate::learning::counted_gap`] counts it (up to `MAX_GAP_MS`), as time in that fact's module.
pub(crate) fn refresh_summary(conn: &Connection, learner_id: &str, course_id: &str) -> rusqlite::Result<()> {
    debug_assert!(!conn.is_autocommit(), "a write outside Store::transact");
    let person = super::identity::person_of_in(conn, learner_id)?;
    conn.prepare_cached("DELETE FROM module_summary WHERE learner_id IN (?1, ?2) AND course_id = ?3")?
        .execute(params![learner_id, person, course_id])?;
    conn.prepare_cached(&format!(
        "INSERT INTO module_summary(learner_id, course_id, module_id, lessons_seen, best, passed, attempts, seconds, last_at)
         SELECT ?1, ?2, module_id,
                COUNT(DISTINCT CASE WHEN kind = 3 THEN ref_id END),
                MAX(CASE WHEN kind = 0 THEN score END),
                COALESCE(MAX(CASE WHEN kind = 0 THEN ok END), 0),
                SUM(kind = 0),
                SUM(MIN(COALESCE(gap, 0), ?3)) / 1000,
                MAX(at)
         FROM (SELECT module_id, kind, ref_id, score, ok, at,
                      at - LAG(at) OVER (ORDER BY at, module_id, kind, ref_id, id) AS gap
               FROM facts WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2))
         GROUP BY module_id",
        super::identity::PERSON_FACT_IDS
    ))?
    .execute(params![person, course_id, crate::learning::MAX_GAP_MS])?;
    Ok(())
}

/// Recompute every summary of these ids and the persons they stand for (after a link changed).
pub(crate) fn refresh_people(conn: &Connection, ids: &[String]) -> rusqlite::Result<()> {
    let mut pairs = std::collections::BTreeSet::new();
    for id in ids {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT (SELECT name FROM fact_names WHERE n = c)
             FROM (SELECT DISTINCT course_id AS c FROM facts WHERE learner_id IN {})
             UNION SELECT course_id FROM module_summary WHERE learner_id = ?1",
            super::identity::PERSON_FACT_IDS
        ))?;
        for course in stmt.query_map([id], |r| r.get::<_, String>(0))? {
            pairs.insert((id.clone(), course?));
        }
    }
    for (id, course) in pairs {
        refresh_summary(conn, &id, &course)?;
    }
    Ok(())
}

impl Store {
    /// Rebuild every summary row from the facts (after a repair, or to check consistency).
    pub fn rebuild_summaries(&self) -> Result<()> {
        self.transact(|tx| {
            tx.execute("DELETE FROM module_summary", [])?;
            let pairs: Vec<(String, String)> = tx
                .prepare(
                    "SELECT (SELECT name FROM fact_names WHERE n = l), (SELECT name FROM fact_names WHERE n = c)
                     FROM (SELECT DISTINCT learner_id AS l, course_id AS c FROM facts)",
                )?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (l, c) in pairs {
                refresh_summary(tx, &l, &c)?;
            }
            Ok(())
        })
    }
}
