//! A learner's progress in a course, derived from the store's figures: lessons seen, best quiz
//! scores, each module's status, the share of the work done and whether the course is complete.

use super::status::{ModuleFigures, ModuleStatus, module_status};
use crate::course::Course;
use crate::ids::{LessonId, ModuleId};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizProgress {
    /// Best score in percent.
    pub best: u8,
    pub passed: bool,
    /// Finished attempts.
    pub attempts: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModuleProgress {
    pub module_id: ModuleId,
    pub lessons_seen: usize,
    pub lessons_total: usize,
    pub quiz: Option<QuizProgress>,
    pub has_quiz: bool,
    pub status: ModuleStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CourseProgress {
    pub visited: BTreeSet<LessonId>,
    pub modules: Vec<ModuleProgress>,
    /// Last lesson visited: (module id, lesson id).
    pub last_lesson: Option<(ModuleId, LessonId)>,
    /// Share of the work done, 0..=1: lessons seen and quizzes passed, each counting one.
    pub fraction: f32,
    /// All lessons seen and every quiz (the final assessment included) passed.
    pub complete: bool,
}

impl CourseProgress {
    pub fn module(&self, id: &ModuleId) -> Option<&ModuleProgress> {
        self.modules.iter().find(|m| m.module_id == *id)
    }
}

/// What the store knows of a learner in a course (raw figures, no rule applied).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CourseFigures {
    /// Lesson ids visited.
    pub visited: BTreeSet<LessonId>,
    /// Finished attempts per module id.
    pub quizzes: BTreeMap<ModuleId, QuizProgress>,
    /// Module ids in which the learner has any fact (an unfinished attempt included).
    pub touched: BTreeSet<ModuleId>,
    /// Last lesson visited: (module id, lesson id).
    pub last_lesson: Option<(ModuleId, LessonId)>,
}

/// Progress in `course` from its figures (the modules of the course's default language).
pub fn summarize(course: &Course, figures: CourseFigures) -> CourseProgress {
    let CourseFigures { visited, quizzes, touched, last_lesson } = figures;
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
            let status = module_status(&ModuleFigures {
                lessons_seen,
                lessons_total: m.lessons.len(),
                has_quiz,
                quiz_passed,
                touched: touched.contains(&m.id) || quiz.is_some(),
            });
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
    let complete = super::completion::all_complete(modules.iter().map(|m| m.status));
    let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
    CourseProgress { visited, modules, last_lesson, fraction, complete }
}
