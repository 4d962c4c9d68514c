//! Unfinished quiz attempts: the last attempt a learner started in a module and did not finish,
//! with the answers already given. Read from the facts only (nothing new is stored), so a quiz
//! left by quitting, a crash or "Leave" can be resumed with the same draw and answers.

use super::{FactKind, Result, Store, fact_row};
use crate::ids::{AttemptId, CourseId, ItemId, LearnerId, ModuleId};
use crate::quiz::Response;
use rusqlite::{OptionalExtension, params};

/// An attempt that was started and not finished.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenAttempt {
    pub attempt_id: AttemptId,
    pub quiz_id: String,
    pub seed: u64,
    pub item_ids: Vec<ItemId>,
    /// (item id, response, correct, credit) in the order they were answered.
    pub answers: Vec<(ItemId, Response, bool, f32)>,
}

impl Store {
    /// The learner's latest attempt in a module if it is not finished.
    pub fn open_attempt(
        &self,
        learner_id: &LearnerId,
        course_id: &CourseId,
        module_id: &ModuleId,
    ) -> Result<Option<OpenAttempt>> {
        let conn = self.conn();
        let started: Option<FactKind> = conn
            .prepare_cached(&format!(
                "SELECT {} FROM facts WHERE learner_id = (SELECT n FROM fact_names WHERE name = ?1)
                 AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND module_id = ?3
                 AND kind = 1 ORDER BY at DESC, rowid DESC LIMIT 1",
                fact_row::kind_columns("")
            ))?
            .query_row(params![learner_id, course_id, module_id], |r| Ok(fact_row::read_kind(r, 0)))
            .optional()?
            .transpose()?;
        let Some(FactKind::AttemptStarted { quiz_id, attempt_id, seed, item_ids }) = started else {
            return Ok(None);
        };
        // The attempt's other facts, found through the learner's index (an attempt is one
        // learner's, in one course).
        let finished: i64 = conn
            .prepare_cached(
                "SELECT COUNT(*) FROM facts WHERE learner_id = (SELECT n FROM fact_names WHERE name = ?1)
                 AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND kind = 0
                 AND attempt_id = (SELECT n FROM fact_names WHERE name = ?3)",
            )?
            .query_row(params![learner_id, course_id, attempt_id], |r| r.get(0))?;
        if finished > 0 {
            return Ok(None);
        }
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {} FROM facts WHERE learner_id = (SELECT n FROM fact_names WHERE name = ?1)
             AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND kind = 2
             AND attempt_id = (SELECT n FROM fact_names WHERE name = ?3)
             ORDER BY at, rowid",
            fact_row::kind_columns("")
        ))?;
        let mut answers = Vec::new();
        let mut rows = stmt.query(params![learner_id, course_id, attempt_id])?;
        while let Some(r) = rows.next()? {
            if let FactKind::ItemAnswered { item_id, response, correct, credit, .. } = fact_row::read_kind(r, 0)?
                && !answers.iter().any(|(id, ..): &(ItemId, Response, bool, f32)| *id == item_id)
            {
                answers.push((item_id, response, correct, credit));
            }
        }
        Ok(Some(OpenAttempt { attempt_id, quiz_id, seed, item_ids, answers }))
    }
}
