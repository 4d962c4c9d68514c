//! Certificate eligibility: a certificate is issued to a learner whose course is complete and
//! who passed the final assessment (or, in a course without one, the last quiz they took). It
//! is dated at the first pass there and carries the best score there. It rests on vouched
//! facts only (recorded here or received under a valid signature); a completion seen only when
//! unsigned imported facts are counted is told apart, so the trainer can be told why.

use super::course_progress::CourseProgress;
use crate::course::Course;
use crate::ids::ModuleId;

/// When and with which final score a learner completed a course, for a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    /// Unix ms of the first pass of the final assessment.
    pub at: i64,
    pub final_score: u8,
}

/// The module whose quiz dates a certificate and gives its score: the course's final assessment,
/// or, in a course without one, the quiz the learner finished last (`last_finished`, asked only
/// then).
pub fn assessed_module<E>(
    course: &Course,
    last_finished: impl FnOnce() -> Result<Option<ModuleId>, E>,
) -> Result<Option<ModuleId>, E> {
    match &course.manifest.final_assessment {
        Some(f) => Ok(Some(f.module.clone())),
        None => last_finished(),
    }
}

/// The completion a certificate states, from the learner's progress and their first pass of the
/// final assessment (time, best score); None when the course is not complete.
pub fn certificate_completion(progress: &CourseProgress, final_pass: Option<(i64, u8)>) -> Option<Completion> {
    final_pass.filter(|_| progress.complete).map(|(at, final_score)| Completion { at, final_score })
}

/// Whether a certificate may be issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eligibility {
    Eligible(Completion),
    /// Complete only when facts imported unsigned are counted: no certificate.
    Unvouched,
    NotComplete,
}

/// Eligibility from the completion on vouched facts and (asked only when that is None) the
/// completion on every fact.
pub fn eligibility<E>(
    vouched: Option<Completion>,
    everything: impl FnOnce() -> Result<Option<Completion>, E>,
) -> Result<Eligibility, E> {
    Ok(match vouched {
        Some(c) => Eligibility::Eligible(c),
        None if everything()?.is_some() => Eligibility::Unvouched,
        None => Eligibility::NotComplete,
    })
}
