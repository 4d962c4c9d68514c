//! Course completion: a course is complete when every module is (every lesson seen, every quiz
//! passed, the final assessment included). Walking a learner's steps in time order finds the
//! step with which they completed it (the xAPI `completed` statement is dated there).

use super::status::{ModuleStatus, module_done};
use crate::course::Course;
use crate::ids::{LessonId, ModuleId};
use std::collections::BTreeSet;

/// A course with these module statuses is complete (a course without modules never is).
pub(crate) fn all_complete(mut statuses: impl Iterator<Item = ModuleStatus>) -> bool {
    let mut any = false;
    statuses.all(|s| {
        any = true;
        s == ModuleStatus::Complete
    }) && any
}

/// Whether `course` is complete with these lessons seen and these modules' quizzes passed.
pub fn course_complete(course: &Course, seen: &BTreeSet<LessonId>, passed: &BTreeSet<ModuleId>) -> bool {
    let base = course.language(&course.manifest.default_language);
    let mut statuses = base.modules.iter().map(|m| {
        let all_seen = m.lessons.iter().all(|l| seen.contains(&l.id));
        if module_done(all_seen, m.quiz.is_some(), passed.contains(&m.id)) {
            ModuleStatus::Complete
        } else {
            ModuleStatus::InProgress
        }
    });
    all_complete(&mut statuses)
}

/// One thing a learner did, as the completion rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    LessonVisited(&'a LessonId),
    /// A finished quiz attempt in `module`.
    QuizFinished {
        module: &'a ModuleId,
        percent: u8,
        passed: bool,
    },
    /// Anything else (an attempt started, an item answered).
    Other,
}

/// Walking `steps` in time order: the index of the first step after which the course was
/// complete, and the best final assessment score by then (when the course has one).
pub fn completing_step<'a>(course: &Course, steps: impl IntoIterator<Item = Step<'a>>) -> Option<(usize, Option<u8>)> {
    let final_module = course.manifest.final_assessment.as_ref().map(|f| &f.module);
    let (mut seen, mut passed) = (BTreeSet::new(), BTreeSet::new());
    let mut best_final: Option<u8> = None;
    for (i, step) in steps.into_iter().enumerate() {
        match step {
            Step::LessonVisited(lesson) => {
                seen.insert(lesson.clone());
            }
            Step::QuizFinished { module, percent, passed: ok } => {
                if Some(module) == final_module {
                    best_final = Some(best_final.map_or(percent, |b| b.max(percent)));
                }
                if ok {
                    passed.insert(module.clone());
                }
            }
            Step::Other => continue,
        }
        if course_complete(course, &seen, &passed) {
            return Some((i, best_final));
        }
    }
    None
}
