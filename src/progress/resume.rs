//! Unfinished quiz attempts: the last attempt a learner started in a module and did not finish,
//! with the answers already given. Read from the facts only (nothing new is stored), so a quiz
//! left by quitting, a crash or "Leave" can be resumed with the same draw and answers.

use super::{FactKind, Result, Store};
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
        let started: Option<String> = conn
            .prepare_cached(
                "SELECT data FROM facts WHERE learner_id = ?1 AND course_id = ?2 AND module_id = ?3
                 AND kind = 'attempt_started' ORDER BY at DESC, rowid DESC LIMIT 1",
            )?
            .query_row(params![learner_id, course_id, module_id], |r| r.get(0))
            .optional()?;
        let Some(data) = started else { return Ok(None) };
        let FactKind::AttemptStarted { quiz_id, attempt_id, seed, item_ids } = serde_json::from_str(&data)? else {
            return Ok(None);
        };
        let finished: i64 = conn
            .prepare_cached("SELECT COUNT(*) FROM facts WHERE attempt_id = ?1 AND kind = 'attempt_finished'")?
            .query_row(params![attempt_id], |r| r.get(0))?;
        if finished > 0 {
            return Ok(None);
        }
        let mut stmt = conn.prepare_cached(
            "SELECT data FROM facts WHERE attempt_id = ?1 AND learner_id = ?2 AND kind = 'item_answered'
             ORDER BY at, rowid",
        )?;
        let mut answers = Vec::new();
        for data in stmt.query_map(params![attempt_id, learner_id], |r| r.get::<_, String>(0))? {
            if let FactKind::ItemAnswered { item_id, response, correct, credit, .. } = serde_json::from_str(&data?)?
                && !answers.iter().any(|(id, ..): &(ItemId, Response, bool, f32)| *id == item_id)
            {
                answers.push((item_id, response, correct, credit));
            }
        }
        Ok(Some(OpenAttempt { attempt_id, quiz_id, seed, item_ids, answers }))
    }
}
