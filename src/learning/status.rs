//! Module status: not started, in progress, complete. A module is complete when every lesson
//! in it has been seen and its quiz (if it has one) passed; it is in progress as soon as the
//! learner did anything in it — a lesson visited, or a quiz attempt started, answered or
//! finished (an attempt left unfinished counts: the learner has begun the module).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ModuleStatus {
    NotStarted,
    InProgress,
    Complete,
}

impl ModuleStatus {
    /// The report's column value.
    pub fn as_str(self) -> &'static str {
        match self {
            ModuleStatus::NotStarted => "not_started",
            ModuleStatus::InProgress => "in_progress",
            ModuleStatus::Complete => "complete",
        }
    }
}

/// What a module's status rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ModuleFigures {
    /// Lessons of this module seen (at most `lessons_total`).
    pub lessons_seen: usize,
    pub lessons_total: usize,
    pub has_quiz: bool,
    /// A finished attempt at the module's quiz passed.
    pub quiz_passed: bool,
    /// The learner has at least one fact in this module (lesson visit, attempt started,
    /// item answered, attempt finished).
    pub touched: bool,
}

/// Every lesson seen and the quiz, if any, passed.
pub fn module_done(all_lessons_seen: bool, has_quiz: bool, quiz_passed: bool) -> bool {
    all_lessons_seen && (!has_quiz || quiz_passed)
}

/// The status of one module.
pub fn module_status(f: &ModuleFigures) -> ModuleStatus {
    if module_done(f.lessons_seen >= f.lessons_total, f.has_quiz, f.quiz_passed) {
        ModuleStatus::Complete
    } else if f.touched || f.lessons_seen > 0 || f.quiz_passed {
        ModuleStatus::InProgress
    } else {
        ModuleStatus::NotStarted
    }
}
