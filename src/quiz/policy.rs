//! The attempt policy of the final assessment (core rules, no UI): feedback per standard rather
//! than the key of each item; after a failed final, the lessons of the standards missed must be
//! revisited before the next attempt; at most a set number of final attempts in 24 hours.
//! Module quizzes keep full feedback and free retries: they are for learning. Pure functions
//! over a learner's recorded facts.

use crate::course::{Course, Item, Tag};
use crate::ids::{AttemptId, LessonId, ModuleId};
use crate::progress::{Fact, FactKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A day, for the attempt limit: attempts count over the last 24 hours.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Trainer settings of the final assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptPolicy {
    /// Final attempts a learner may start in any 24 hours; 0 means no limit.
    pub max_final_attempts_per_day: u32,
}

impl Default for AttemptPolicy {
    fn default() -> Self {
        AttemptPolicy { max_final_attempts_per_day: 3 }
    }
}

/// A lesson to review, by module and lesson id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LessonRef {
    pub module: ModuleId,
    pub lesson: LessonId,
}

/// How a final attempt went on one tag (a standard, a principle or the basics).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TagFeedback {
    /// `std-13`, `principle-4`, `basics`.
    pub tag: String,
    /// Items of the attempt testing it.
    pub asked: usize,
    /// Of them, answered fully right.
    pub correct: usize,
    /// The lessons to review when it was missed (empty when it was not).
    pub review: Vec<LessonRef>,
}

impl TagFeedback {
    pub fn missed(&self) -> bool {
        self.correct < self.asked
    }
}

/// Whether a learner may start an attempt, and why not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Eligibility {
    Allowed,
    /// The last final was failed: these lessons (of the standards missed) are still to revisit.
    ReviewFirst {
        standards: Vec<String>,
        lessons: Vec<LessonRef>,
    },
    /// The daily limit is reached; the next attempt is possible from `at` (ms since the epoch).
    LimitReached {
        max: u32,
        next_at: i64,
    },
}

/// The lessons teaching each tag (from the lessons' `teaches`), in study order.
pub fn lessons_by_tag(course: &Course, lang: &str) -> BTreeMap<String, Vec<LessonRef>> {
    let mut out: BTreeMap<String, Vec<LessonRef>> = BTreeMap::new();
    for m in &course.language(lang).modules {
        for l in &m.lessons {
            for t in &l.teaches {
                out.entry(t.clone()).or_default().push(LessonRef { module: m.id.clone(), lesson: l.id.clone() });
            }
        }
    }
    out
}

/// Feedback per tag for a finished attempt: `answers` are the attempt's items with whether each
/// was answered fully right. Tags come out in order: basics, principles, standards.
pub fn feedback_by_tag(answers: &[(&Item, bool)], lessons: &BTreeMap<String, Vec<LessonRef>>) -> Vec<TagFeedback> {
    let mut by: BTreeMap<(Tag, String), (usize, usize)> = BTreeMap::new();
    for (item, correct) in answers {
        for t in &item.tests {
            let Some(tag) = Tag::parse(t) else { continue };
            let e = by.entry((tag, t.clone())).or_default();
            e.0 += 1;
            e.1 += usize::from(*correct);
        }
    }
    let mut out: Vec<TagFeedback> = by
        .into_iter()
        .map(|((_, tag), (asked, correct))| TagFeedback {
            review: if correct < asked { lessons.get(&tag).cloned().unwrap_or_default() } else { Vec::new() },
            tag,
            asked,
            correct,
        })
        .collect();
    out.sort_by_key(|f| match Tag::parse(&f.tag) {
        Some(Tag::Basics) => (0, 0),
        Some(Tag::Principle(n)) => (1, n),
        Some(Tag::Standard(n)) => (2, n),
        None => (3, 0),
    });
    out
}

/// One finished final attempt, read from the facts.
#[derive(Debug, Clone, PartialEq)]
pub struct FinishedAttempt {
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub passed: bool,
    /// Tags with an item not answered fully right.
    pub missed: BTreeSet<String>,
}

/// The final attempts of one learner in one course, in the order started. `items` is the
/// final bank (any language: tags are the same in every translation).
pub fn final_attempts(facts: &[Fact], final_module: &ModuleId, items: &[Item]) -> Vec<FinishedAttempt> {
    let tags: HashMap<&str, &Vec<String>> = items.iter().map(|i| (i.id.as_str(), &i.tests)).collect();
    let mut order: Vec<AttemptId> = Vec::new();
    let mut attempts: HashMap<AttemptId, FinishedAttempt> = HashMap::new();
    let mut sorted: Vec<&Fact> = facts.iter().filter(|f| f.module_id == *final_module).collect();
    sorted.sort_by_key(|f| f.at);
    for f in sorted {
        match &f.kind {
            FactKind::AttemptStarted { attempt_id, .. } => {
                order.push(attempt_id.clone());
                attempts.insert(
                    attempt_id.clone(),
                    FinishedAttempt { started_at: f.at, finished_at: None, passed: false, missed: BTreeSet::new() },
                );
            }
            FactKind::ItemAnswered { attempt_id, item_id, correct, .. } if !correct => {
                if let (Some(a), Some(t)) = (attempts.get_mut(attempt_id), tags.get(item_id.as_str())) {
                    a.missed.extend(t.iter().cloned());
                }
            }
            FactKind::AttemptFinished { attempt_id, passed, .. } => {
                if let Some(a) = attempts.get_mut(attempt_id) {
                    a.finished_at = Some(f.at);
                    a.passed = *passed;
                }
            }
            _ => {}
        }
    }
    order.into_iter().filter_map(|id| attempts.remove(&id)).collect()
}

/// Whether the learner may start an attempt at the quiz of `module` at `now` (ms).
///
/// Module quizzes: always. The final: once a failed attempt is finished, every lesson teaching a
/// tag it missed must be visited after it; and no more than the policy's attempts in 24 hours
/// (counting every attempt started, finished or not, so quitting does not reset the count).
pub fn eligibility(
    course: &Course,
    lang: &str,
    module: &ModuleId,
    facts: &[Fact],
    policy: &AttemptPolicy,
    now: i64,
) -> Eligibility {
    if !course.is_final(module) {
        return Eligibility::Allowed;
    }
    let items = course.language(lang).quiz(module).map_or(&[][..], |q| q.items.as_slice());
    let attempts = final_attempts(facts, module, items);
    if let Some(last) = attempts.iter().rev().find(|a| a.finished_at.is_some())
        && !last.passed
    {
        let done_at = last.finished_at.unwrap_or(last.started_at);
        let visited: BTreeSet<&str> = facts
            .iter()
            .filter(|f| f.at >= done_at)
            .filter_map(|f| match &f.kind {
                FactKind::LessonVisited { lesson_id } => Some(lesson_id.as_str()),
                _ => None,
            })
            .collect();
        let lessons = lessons_by_tag(course, lang);
        let mut standards = Vec::new();
        let mut to_visit: Vec<LessonRef> = Vec::new();
        for tag in &last.missed {
            let pending: Vec<&LessonRef> = lessons
                .get(tag)
                .map(|ls| ls.iter().filter(|l| !visited.contains(l.lesson.as_str())).collect())
                .unwrap_or_default();
            if !pending.is_empty() {
                standards.push(tag.clone());
                to_visit.extend(pending.into_iter().cloned());
            }
        }
        to_visit.sort();
        to_visit.dedup();
        if !to_visit.is_empty() {
            return Eligibility::ReviewFirst { standards, lessons: to_visit };
        }
    }
    let max = policy.max_final_attempts_per_day;
    if max > 0 {
        let recent: Vec<i64> =
            attempts.iter().map(|a| a.started_at).filter(|t| *t > now - DAY_MS && *t <= now).collect();
        if recent.len() >= max as usize {
            // The oldest attempt counted leaves the window first.
            let k = recent.len() - max as usize;
            let mut sorted = recent;
            sorted.sort_unstable();
            return Eligibility::LimitReached { max, next_at: sorted[k] + DAY_MS };
        }
    }
    Eligibility::Allowed
}

/// Whether the results of an attempt at `module` may show the key item by item (module quizzes)
/// or only feedback per standard (the final assessment).
pub fn shows_keys(course: &Course, module: &ModuleId) -> bool {
    !course.is_final(module)
}

/// Which final attempt (1-based, in the order started) was the first to pass, for the results
/// screen and the certificate; `None` while none has passed.
pub fn passing_attempt(facts: &[Fact], final_module: &ModuleId, items: &[Item]) -> Option<usize> {
    final_attempts(facts, final_module, items).iter().position(|a| a.passed).map(|i| i + 1)
}
