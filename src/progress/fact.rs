//! Facts: the append-only record of what a learner did. Each fact has a globally unique id,
//! the learner, the device that recorded it and a timestamp.

use crate::ids::{AttemptId, CourseId, DeviceId, FactId, ItemId, LearnerId, LessonId, ModuleId};
use crate::quiz::Response;
use serde::{Deserialize, Serialize};

/// Unknown fields are ignored when read (a bundle from a newer version may add some; the
/// bundle import names them in its summary, see progress/bundle.rs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: FactId,
    pub learner_id: LearnerId,
    pub device_id: DeviceId,
    /// Unix time in milliseconds.
    pub at: i64,
    pub course_id: CourseId,
    pub module_id: ModuleId,
    pub kind: FactKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FactKind {
    LessonVisited {
        lesson_id: LessonId,
    },
    AttemptStarted {
        quiz_id: String,
        attempt_id: AttemptId,
        seed: u64,
        item_ids: Vec<ItemId>,
    },
    ItemAnswered {
        quiz_id: String,
        attempt_id: AttemptId,
        item_id: ItemId,
        response: Response,
        correct: bool,
        credit: f32,
    },
    AttemptFinished {
        quiz_id: String,
        attempt_id: AttemptId,
        percent: u8,
        passed: bool,
    },
}

impl FactKind {
    /// The kind's name, as the fact's JSON `type` (the `kind` column holds its number:
    /// progress/fact_row.rs).
    pub fn name(&self) -> &'static str {
        match self {
            FactKind::LessonVisited { .. } => "lesson_visited",
            FactKind::AttemptStarted { .. } => "attempt_started",
            FactKind::ItemAnswered { .. } => "item_answered",
            FactKind::AttemptFinished { .. } => "attempt_finished",
        }
    }

    /// The `ref_id` column: the lesson, quiz or item the fact is about.
    pub fn ref_id(&self) -> &str {
        match self {
            FactKind::LessonVisited { lesson_id } => lesson_id.as_str(),
            FactKind::AttemptStarted { quiz_id, .. } | FactKind::AttemptFinished { quiz_id, .. } => quiz_id,
            FactKind::ItemAnswered { item_id, .. } => item_id.as_str(),
        }
    }

    pub fn attempt_id(&self) -> Option<&AttemptId> {
        match self {
            FactKind::LessonVisited { .. } => None,
            FactKind::AttemptStarted { attempt_id, .. }
            | FactKind::ItemAnswered { attempt_id, .. }
            | FactKind::AttemptFinished { attempt_id, .. } => Some(attempt_id),
        }
    }

    /// The `score` and `ok` columns.
    pub fn score_ok(&self) -> (Option<i64>, Option<bool>) {
        match self {
            FactKind::ItemAnswered { correct, credit, .. } => (Some((credit * 100.0).round() as i64), Some(*correct)),
            FactKind::AttemptFinished { percent, passed, .. } => (Some(i64::from(*percent)), Some(*passed)),
            _ => (None, None),
        }
    }
}

/// Current unix time in milliseconds.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}
