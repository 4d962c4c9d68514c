//! The xAPI outbox: which facts' statements are queued and which were sent (the SQL is the
//! store's, `progress::outbox`).
//!
//! Queuing turns every fact not yet in the outbox into its statement (facts merged from other
//! laptops included), plus one `completed` statement per learner and course once the course is
//! complete. The statement is stored as built, so it is sent (and re-sent) exactly as queued.

use super::statement::{self, LearnerRef};
use crate::course::Course;
use crate::progress::outbox::NewStatement;
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
    pub waiting_for_course: BTreeMap<String, usize>,
}

/// Counts for a status line ("12 statements waiting to be sent"): one function counts for the
/// window and the command line.
pub type OutboxStatus = crate::progress::outbox::OutboxCounts;

/// One queued statement.
pub type Entry = crate::progress::outbox::OutboxRow;

/// Learner name and language, also for removed profiles; None when the learner is unknown here.
/// An id linked to a roster person is that person (one actor for one person).
fn learner_ref(store: &Store, cache: &mut HashMap<String, LearnerRef>, id: &str) -> Result<LearnerRef> {
    if let Some(l) = cache.get(id) {
        return Ok(l.clone());
    }
    let person = store.person_of(id)?;
    if person != id {
        let l = learner_ref(store, cache, &person)?;
        cache.insert(id.to_string(), l.clone());
        return Ok(l);
    }
    let row = store.learner_name_language(id)?;
    let l = match row {
        Some((name, language)) => LearnerRef { id: id.to_string(), name: Some(name), language },
        None => LearnerRef { id: id.to_string(), name: None, language: String::new() },
    };
    cache.insert(id.to_string(), l.clone());
    Ok(l)
}

fn verb_of(statement: &serde_json::Value) -> String {
    statement["verb"]["id"].as_str().unwrap_or_default().to_string()
}

/// Queue the statement of every fact not yet in the outbox, and the course completions reached.
/// Facts of courses missing from `courses` wait (see [`QueueReport::waiting_for_course`]).
pub fn queue(store: &Store, courses: &[Course]) -> Result<QueueReport> {
    let by_id: HashMap<&str, &Course> = courses.iter().map(|c| (c.id(), c)).collect();
    let mut report = QueueReport::default();
    let mut learners = HashMap::new();
    let mut new = Vec::new();
    for fact in store.xapi_unqueued_facts()? {
        let Some(course) = by_id.get(fact.course_id.as_str()) else {
            *report.waiting_for_course.entry(fact.course_id.clone()).or_default() += 1;
            continue;
        };
        let learner = learner_ref(store, &mut learners, &fact.learner_id)?;
        let s = statement::from_fact(&fact, &learner, course);
        new.push(NewStatement {
            statement_id: statement::statement_id(&fact.id).to_string(),
            key: fact.id,
            learner_id: fact.learner_id,
            course_id: fact.course_id,
            verb: verb_of(&s),
            at: fact.at,
            statement: s.to_string(),
        });
    }
    let now = now_ms();
    report.queued = store.xapi_enqueue(&new, now)?;
    // Course completions: one per learner and course, from the fact that completed it.
    let mut completions = Vec::new();
    for (learner_id, course_id) in store.xapi_pairs_without(statement::verbs::COMPLETED)? {
        let Some(course) = by_id.get(course_id.as_str()) else { continue };
        let facts = store.facts(&learner_id, &course_id)?;
        let Some((completing, final_percent)) = statement::completing_fact(course, &facts) else { continue };
        let learner = learner_ref(store, &mut learners, &learner_id)?;
        let s = statement::completion(completing, &learner, course, final_percent);
        let key = statement::completion_key(&completing.id);
        completions.push(NewStatement {
            statement_id: statement::statement_id(&key).to_string(),
            key,
            learner_id,
            course_id,
            verb: verb_of(&s),
            at: completing.at,
            statement: s.to_string(),
        });
    }
    report.completions = store.xapi_enqueue(&completions, now)?;
    Ok(report)
}

/// Fact ids of the statements waiting to be sent, oldest statement first.
pub fn waiting(store: &Store) -> Result<Vec<String>> {
    store.xapi_waiting()
}

/// The queued entries with these fact ids, in the order given.
pub fn entries(store: &Store, fact_ids: &[String]) -> Result<Vec<Entry>> {
    store.xapi_rows(fact_ids)
}

/// Every queued statement (or only those not sent yet), oldest first, as JSON texts.
pub fn statements(store: &Store, waiting_only: bool) -> Result<Vec<String>> {
    store.xapi_statements(waiting_only)
}

/// Mark statements as sent (one transaction).
pub fn mark_sent(store: &Store, fact_ids: &[String]) -> Result<()> {
    store.xapi_mark_sent(fact_ids, now_ms())
}

/// Record a failed attempt: the statements stay queued.
pub fn mark_failed(store: &Store, fact_ids: &[String], error: &str) -> Result<()> {
    store.xapi_mark_failed(fact_ids, error)
}

/// Counts for the trainer area or the command line (reads only).
pub fn status(store: &Store) -> Result<OutboxStatus> {
    store.xapi_counts()
}

/// Attempts and last error of one queued fact (tests, diagnostics).
pub fn attempts(store: &Store, fact_id: &str) -> Result<Option<(u32, Option<String>, bool)>> {
    store.xapi_attempts(fact_id)
}
