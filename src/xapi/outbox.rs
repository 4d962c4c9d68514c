//! The xAPI outbox: which facts' statements are queued and which were sent (the SQL is the
//! store's, `progress::outbox`).
//!
//! Queuing records the key of every fact not yet queued (facts merged from other laptops
//! included), plus one `completed` key per learner and course once the course is complete. Only
//! keys and send state are stored; a statement is built from its fact when sent or exported, and
//! is a pure function of that fact, so a re-send is byte-identical.

use super::statement;
use crate::course::Course;
use crate::ids::{CourseId, LearnerId};
use crate::progress::outbox::{QueueKey, Queued};
use crate::progress::{Fact, Result, Store, now_ms};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

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

/// Queue every fact not yet queued, and the course completions reached. Only keys are stored;
/// statements are built when sent or exported. Facts of courses missing from `courses` wait
/// (see [`QueueReport::waiting_for_course`]).
pub fn queue(store: &Store, courses: &[Course]) -> Result<QueueReport> {
    let by_id: HashMap<&str, &Course> = courses.iter().map(|c| (c.id().as_str(), c)).collect();
    let mut report = QueueReport::default();
    // Counting is cheap; looking for the facts not queued reads the whole facts table.
    if store.xapi_facts_not_queued()? > 0 {
        let installed: Vec<&str> = by_id.keys().copied().collect();
        (report.queued, report.waiting_for_course) = store.xapi_enqueue_facts(&installed)?;
    }
    // Course completions: one per learner and course, at the fact that completed it.
    let mut completions = Vec::new();
    for (learner_id, course_id) in store.xapi_pairs_without_completion()? {
        let Some(course) = by_id.get(course_id.as_str()) else { continue };
        // Most learners are still on their way: not every quiz passed yet means not complete,
        // known without reading their facts.
        let base = course.language(&course.manifest.default_language);
        let quizzes = base.modules.iter().filter(|m| m.quiz.is_some()).count();
        if store.xapi_passed_modules(&learner_id, &course_id)? < quizzes {
            continue;
        }
        let facts = store.facts(&learner_id, &course_id)?;
        let Some((completing, _)) = statement::completing_fact(course, &facts) else { continue };
        completions.push(QueueKey {
            key: statement::completion_key(learner_id.as_str(), course_id.as_str()),
            at: completing.at,
        });
    }
    report.completions = store.xapi_enqueue(&completions)?;
    Ok(report)
}

/// What a statement is built from, once the store has been asked what it needs (the actor,
/// the facts of a completion): building it from here on is pure ([`Statements::write`]), so it
/// can run on another thread than the store's.
pub enum Job<'a> {
    Fact { course: &'a Course, fact: Fact, actor: Arc<str>, duration_ms: Option<i64> },
    Completion { course: &'a Course, completing: Fact, actor: Arc<str>, final_percent: Option<u8> },
}

/// Writes statements from [`Job`]s: one statement writer per course, each keeping the JSON of
/// its activities. Holds no store.
pub struct Statements<'a> {
    /// The activity-id base set on this laptop (`xapi set-base`).
    base: Option<String>,
    writers: HashMap<&'a str, statement::Writer<'a>>,
}

impl<'a> Statements<'a> {
    pub fn new(base: Option<String>) -> Self {
        Statements { base, writers: HashMap::new() }
    }

    /// Append the statement of `job` to `out`.
    pub fn write(&mut self, job: &Job<'a>, out: &mut Vec<u8>) {
        let course = match job {
            Job::Fact { course, .. } | Job::Completion { course, .. } => *course,
        };
        let base = self.base.as_deref();
        let writer = self
            .writers
            .entry(course.id().as_str())
            .or_insert_with(|| statement::Writer::new(statement::Activities::with_base(course, base)));
        match job {
            Job::Fact { fact, actor, duration_ms, .. } => writer.fact(fact, actor, *duration_ms, out),
            Job::Completion { completing, actor, final_percent, .. } => {
                writer.completion(completing, actor, *final_percent, out)
            }
        }
    }
}

/// Builds statements from their queue keys; a pure function of the facts (and the course).
pub struct Builder<'a> {
    store: &'a Store,
    courses: HashMap<&'a str, &'a Course>,
    /// Learner id → the person it is linked to (itself when not linked): the statements' actor.
    persons: HashMap<String, Arc<str>>,
    statements: Statements<'a>,
}

impl<'a> Builder<'a> {
    pub fn new(store: &'a Store, courses: &'a [Course]) -> Self {
        // A base that cannot be read is no base: the ids then fall back to the course's.
        let base = store.xapi_activity_base().ok().flatten();
        Builder {
            store,
            courses: courses.iter().map(|c| (c.id().as_str(), c)).collect(),
            persons: HashMap::new(),
            statements: Statements::new(base),
        }
    }

    /// The base of activity ids, for a [`Statements`] of another thread.
    pub fn base(&self) -> Option<String> {
        self.statements.base.clone()
    }

    /// The actor of a learner's statements: an id linked to a roster person is that person (one
    /// actor for one person).
    fn person(&mut self, learner_id: &str) -> Result<Arc<str>> {
        if let Some(p) = self.persons.get(learner_id) {
            return Ok(p.clone());
        }
        let p: Arc<str> = self.store.person_of(&LearnerId::from(learner_id))?.as_str().into();
        self.persons.insert(learner_id.to_string(), p.clone());
        Ok(p)
    }

    /// What the statement of a queued key is built from; None when its fact or course is not here.
    pub fn prepare(&mut self, queued: Queued) -> Result<Option<Job<'a>>> {
        let Some(fact) = queued.fact else {
            let Some(rest) = queued.key.strip_prefix("completed:") else { return Ok(None) };
            let Some((learner_id, course_id)) = rest.rsplit_once(':') else { return Ok(None) };
            let Some(course) = self.courses.get(course_id).copied() else { return Ok(None) };
            let facts = self.store.facts(&LearnerId::from(learner_id), &CourseId::from(course_id))?;
            let Some((completing, final_percent)) = statement::completing_fact(course, &facts) else {
                return Ok(None);
            };
            let completing = completing.clone();
            let actor = self.person(learner_id)?;
            return Ok(Some(Job::Completion { course, completing, actor, final_percent }));
        };
        let Some(course) = self.courses.get(fact.course_id.as_str()).copied() else { return Ok(None) };
        let actor = self.person(fact.learner_id.as_str())?;
        // A finished attempt's duration: from its `attempt_started` fact (both recorded by the
        // same laptop, so they travel together; the statement stays a function of the facts).
        let duration_ms = queued.attempt_started_at.map(|at| fact.at - at).filter(|ms| *ms >= 0);
        Ok(Some(Job::Fact { course, fact, actor, duration_ms }))
    }

    /// Append the statement of a queued key to `out`; false (nothing written) when its fact or
    /// course is not here.
    pub fn write(&mut self, queued: Queued, out: &mut Vec<u8>) -> Result<bool> {
        match self.prepare(queued)? {
            Some(job) => {
                self.statements.write(&job, out);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// The statement of a queue key; None when its fact or course is not here.
    pub fn build(&mut self, key: &str) -> Result<Option<String>> {
        let queued = self.store.xapi_queued(key)?;
        let mut out = Vec::new();
        if !self.write(queued, &mut out)? {
            return Ok(None);
        }
        Ok(Some(String::from_utf8_lossy(&out).into_owned()))
    }

    /// Entries for these keys, in the order given (keys whose course is missing are left out).
    pub fn entries(&mut self, keys: &[String]) -> Result<Vec<Entry>> {
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(statement) = self.build(key)? {
                out.push(Entry {
                    fact_id: key.clone(),
                    statement_id: statement::statement_id(key).to_string(),
                    statement,
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
