//! Progress derived from facts: lessons seen, best quiz scores, module status, completion.

use crate::course::Course;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizProgress {
    /// Best score in percent.
    pub best: u8,
    pub passed: bool,
    pub attempts: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleStatus {
    NotStarted,
    InProgress,
    Complete,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModuleProgress {
    pub module_id: String,
    pub lessons_seen: usize,
    pub lessons_total: usize,
    pub quiz: Option<QuizProgress>,
    pub has_quiz: bool,
    pub status: ModuleStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CourseProgress {
    pub visited: BTreeSet<String>,
    pub modules: Vec<ModuleProgress>,
    /// Last lesson visited: (module id, lesson id).
    pub last_lesson: Option<(String, String)>,
    /// Share of the work done, 0..=1: lessons seen and quizzes passed, each counting one.
    pub fraction: f32,
    /// All lessons seen and every quiz (the final assessment included) passed.
    pub complete: bool,
}

impl CourseProgress {
    pub fn module(&self, id: &str) -> Option<&ModuleProgress> {
        self.modules.iter().find(|m| m.module_id == id)
    }
}

pub fn summarize(
    course: &Course,
    visited: BTreeSet<String>,
    quizzes: BTreeMap<String, QuizProgress>,
    last_lesson: Option<(String, String)>,
) -> CourseProgress {
    let base = course.language(&course.manifest.default_language);
    let (mut done, mut total) = (0usize, 0usize);
    let modules: Vec<ModuleProgress> = base
        .modules
        .iter()
        .map(|m| {
            let lessons_seen = m.lessons.iter().filter(|l| visited.contains(&l.id)).count();
            let quiz = quizzes.get(&m.id).copied();
            let has_quiz = m.quiz.is_some();
            let quiz_passed = quiz.is_some_and(|q| q.passed);
            done += lessons_seen + usize::from(has_quiz && quiz_passed);
            total += m.lessons.len() + usize::from(has_quiz);
            let status = if lessons_seen == m.lessons.len() && (!has_quiz || quiz_passed) {
                ModuleStatus::Complete
            } else if lessons_seen > 0 || quiz.is_some() {
                ModuleStatus::InProgress
            } else {
                ModuleStatus::NotStarted
            };
            ModuleProgress {
                module_id: m.id.clone(),
                lessons_seen,
                lessons_total: m.lessons.len(),
                quiz,
                has_quiz,
                status,
            }
        })
        .collect();
    let complete = !modules.is_empty() && modules.iter().all(|m| m.status == ModuleStatus::Complete);
    let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
    CourseProgress { visited, modules, last_lesson, fraction, complete }
}
