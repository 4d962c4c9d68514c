//! The xAPI outbox: which facts' statements are queued and which were sent (the SQL is the
//! store's, `progress::outbox`).
//!
//! Queuing records the key of every fact not yet queued (facts merged from other laptops
//! included), plus one `completed` key per learner and course once the course is complete. Only
//! keys and send state are stored; a statement is built from its fact when sent or exported, and
//! is a pure function of that fact, so a re-send is byte-identical.

use super::statement::{self, LearnerRef};
use crate::course::Course;
use crate::ids::{CourseId, LearnerId};
use crate::progress::outbox::QueueKey;
use crate::progress::{Result, Store, now_ms};
use std::collections::{BTreeMap, HashMap};

/// What one queuing pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueReport {
    /// Statements of facts newly queued.
    pub queued: usize,
    /// `completed` statements newly queued.
    pub completions: usize,
    /// Facts not queued because their course is not installed here: course id → count. They are
    /// queued by a later pass once the course is installed.
    pub waiting_for_course: BTreeMap<CourseId, usize>,
}

/// Counts for a status line ("12 statements waiting to be sent"): one function counts for the
/// window and the command line.
pub type OutboxStatus = crate::progress::outbox::OutboxCounts;

/// One queued statement, built from its fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The queue key: the fact id, or `completed:<learner>:<course>`.
    pub fact_id: String,
    pub statement_id: String,
    pub statement: String,
}

/// Learner name and language, also for removed profiles; None when the learner is unknown here.
/// An id linked to a roster person is that person (one actor for one person).
fn learner_ref(store: &Store, cache: &mut HashMap<LearnerId, LearnerRef>, id: &LearnerId) -> Result<LearnerRef> {
    if let Some(l) = cache.get(id) {
        return Ok(l.clone());
    }
    let person = store.person_of(id)?;
    if person != *id {
        let l = learner_ref(store, cache, &person)?;
        cache.insert(id.clone(), l.clone());
        return Ok(l);
    }
    let row = store.learner_name_language(id)?;
    let l = match row {
        Some((name, language)) => LearnerRef { id: id.clone(), name: Some(name), language },
        None => LearnerRef { id: id.clone(), name: None, language: String::new() },
    };
    cache.insert(id.clone(), l.clone());
    Ok(l)
}

/// Queue every fact not yet queued, and the course completions reached. Only keys are stored;
/// statements are built when sent or exported. Facts of courses missing from `courses` wait
/// (see [`QueueReport::waiting_for_course`]).
pub fn queue(store: &Store, courses: &[Course]) -> Result<QueueReport> {
    let by_id: HashMap<&CourseId, &Course> = courses.iter().map(|c| (c.id(), c)).collect();
    let mut report = QueueReport::default();
    let mut new = Vec::new();
    for fact in store.xapi_unqueued_facts()? {
        if !by_id.contains_key(&fact.course_id) {
            *report.waiting_for_course.entry(fact.course_id.clone()).or_default() += 1;
            continue;
        }
        new.push(QueueKey { key: fact.id.into_string(), at: fact.at });
    }
    report.queued = store.xapi_enqueue(&new)?;
    // Course completions: one per learner and course, at the fact that completed it.
    let mut completions = Vec::new();
    for (learner_id, course_id) in store.xapi_pairs_without_completion()? {
        let Some(course) = by_id.get(&course_id) else { continue };
        let facts = store.facts(&learner_id, &course_id)?;
        let Some((completing, _)) = statement::completing_fact(course, &facts) else { continue };
        completions.push(QueueKey { key: statement::completion_key(&learner_id, &course_id), at: completing.at });
    }
    report.completions = store.xapi_enqueue(&completions)?;
    Ok(report)
}

/// Builds statements from their queue keys; a pure function of the facts (and the course).
pub struct Builder<'a> {
    store: &'a Store,
    /// The activity-id base set on this laptop (`xapi set-base`), read once.
    base: Option<String>,
    courses: HashMap<&'a CourseId, &'a Course>,
    learners: HashMap<LearnerId, LearnerRef>,
}

impl<'a> Builder<'a> {
    pub fn new(store: &'a Store, courses: &'a [Course]) -> Self {
        // A base that cannot be read is no base: the ids then fall back to the course's.
        let base = store.xapi_activity_base().ok().flatten();
        Builder { store, base, courses: courses.iter().map(|c| (c.id(), c)).collect(), learners: HashMap::new() }
    }

    /// The statement of a queue key; None when its fact or course is not here.
    pub fn build(&mut self, key: &str) -> Result<Option<serde_json::Value>> {
        if let Some(rest) = key.strip_prefix("completed:") {
            let Some((learner_id, course_id)) = rest.rsplit_once(':') else { return Ok(None) };
            let (learner_id, course_id) = (LearnerId::from(learner_id), CourseId::from(course_id));
            let Some(course) = self.courses.get(&course_id) else { return Ok(None) };
            let facts = self.store.facts(&learner_id, &course_id)?;
            let Some((completing, final_percent)) = statement::completing_fact(course, &facts) else {
                return Ok(None);
            };
            let learner = learner_ref(self.store, &mut self.learners, &learner_id)?;
            let acts = statement::Activities::with_base(course, self.base.as_deref());
            return Ok(Some(statement::completion_in(completing, &learner, &acts, final_percent)));
        }
        let Some(fact) = self.store.fact(key)? else { return Ok(None) };
        let Some(course) = self.courses.get(&fact.course_id) else { return Ok(None) };
        let learner = learner_ref(self.store, &mut self.learners, &fact.learner_id)?;
        // A finished attempt's duration: from its `attempt_started` fact (both recorded by the
        // same laptop, so they travel together; the statement stays a function of the facts).
        let started = match &fact.kind {
            crate::progress::FactKind::AttemptFinished { attempt_id, .. } => {
                self.store.attempt_started_at(attempt_id)?
            }
            _ => None,
        };
        let duration = started.map(|at| fact.at - at).filter(|ms| *ms >= 0);
        let acts = statement::Activities::with_base(course, self.base.as_deref());
        Ok(Some(statement::of_fact(&fact, &learner, &acts, duration)))
    }

    /// Entries for these keys, in the order given (keys whose course is missing are left out).
    pub fn entries(&mut self, keys: &[String]) -> Result<Vec<Entry>> {
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(s) = self.build(key)? {
                out.push(Entry {
                    fact_id: key.clone(),
                    statement_id: statement::statement_id(key).to_string(),
                    statement: s.to_string(),
                });
            }
        }
        Ok(out)
    }
}

/// Keys of the statements waiting to be sent, oldest statement first.
pub fn waiting(store: &Store) -> Result<Vec<String>> {
    store.xapi_keys(true)
}

/// The statements with these keys, built from their facts, in the order given.
pub fn entries(store: &Store, courses: &[Course], keys: &[String]) -> Result<Vec<Entry>> {
    Builder::new(store, courses).entries(keys)
}

/// Every queued statement (or only those not sent yet), oldest first, as JSON texts.
pub fn statements(store: &Store, courses: &[Course], waiting_only: bool) -> Result<Vec<String>> {
    let keys = store.xapi_keys(waiting_only)?;
    Ok(Builder::new(store, courses).entries(&keys)?.into_iter().map(|e| e.statement).collect())
}

/// Mark statements as sent (one transaction).
pub fn mark_sent(store: &Store, keys: &[String]) -> Result<()> {
    store.xapi_mark_sent(keys, now_ms())
}

/// Record a failed attempt: the statements stay queued.
pub fn mark_failed(store: &Store, keys: &[String], error: &str) -> Result<()> {
    store.xapi_mark_failed(keys, error)
}

/// Counts for the trainer area or the command line (reads only).
pub fn status(store: &Store) -> Result<OutboxStatus> {
    store.xapi_counts()
}

/// Attempts and last error of one queued statement (tests, diagnostics).
pub fn attempts(store: &Store, key: &str) -> Result<Option<(u32, Option<String>, bool)>> {
    store.xapi_attempts(key)
}
