//! Reports: a row per learner and module (status, lessons seen, best score, attempts, time),
//! read from the `module_summary` table that every write keeps up to date (`summary.rs`). Rows are per
//! person: the facts of ids linked to a person (`people`) count as theirs. Every profile is
//! reported — archived ones and those removed from this laptop too, marked — so that nothing a
//! laptop does makes finished training vanish from a report.

use super::{Result, Store};
use crate::course::Course;
use crate::ids::{CourseId, LearnerId};
use crate::learning::{ModuleFigures, ModuleStatus, module_status};
use serde::Serialize;
use std::collections::HashMap;

/// Where a learner stands on this laptop (a report column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LearnerState {
    Active,
    /// Archived by a trainer (travels between laptops).
    Archived,
    /// Removed from this laptop's profile list only.
    RemovedHere,
}

impl LearnerState {
    pub fn as_str(self) -> &'static str {
        match self {
            LearnerState::Active => "active",
            LearnerState::Archived => "archived",
            LearnerState::RemovedHere => "removed_here",
        }
    }
}

/// One learner in one module.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportRow {
    pub learner_id: LearnerId,
    pub learner_name: String,
    pub course_id: CourseId,
    pub module_id: crate::ids::ModuleId,
    pub status: ModuleStatus,
    pub lessons_seen: u32,
    pub lessons_total: u32,
    pub best_score: Option<u8>,
    pub passed: bool,
    pub attempts: u32,
    pub minutes: u32,
    /// Last activity, unix ms (0 when none).
    pub last_at: i64,
    /// Active, archived, or removed from this laptop (still reported: nothing is lost).
    pub learner_state: LearnerState,
}

struct Summary {
    lessons_seen: u32,
    best: Option<u8>,
    passed: bool,
    attempts: u32,
    seconds: i64,
    last_at: i64,
}

impl Store {
    /// A row per (person, module of `course`), by name. Every profile is there: archived ones and
    /// those removed from this laptop too, marked in `learner_state` (callers filter if they
    /// wish). Ids linked to a person are reported as that person, their progress unioned.
    pub fn report(&self, course: &Course) -> Result<Vec<ReportRow>> {
        let base = course.language(&course.manifest.default_language);
        // One slot per module for each learner. Module and learner ids are matched without
        // allocating: this runs for every learner × module (70,000 rows for 10,000 learners).
        let module_index: HashMap<&str, usize> =
            base.modules.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect();
        let mut learner_index: HashMap<String, usize> = HashMap::new();
        let mut slots: Vec<Vec<Option<Summary>>> = Vec::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT learner_id, module_id, lessons_seen, best, passed, attempts, seconds, last_at
             FROM module_summary WHERE course_id = ?1",
        )?;
        let mut rows = stmt.query([course.id()])?;
        let mut ids: Vec<String> = Vec::new();
        let mut last: Option<usize> = None;
        while let Some(r) = rows.next()? {
            let Some(&m) = module_index.get(text(r, 1)?) else { continue };
            let learner = text(r, 0)?;
            // Rows come in primary-key order: a learner's rows follow each other.
            let i = match last {
                Some(i) if ids[i] == learner => i,
                _ => match learner_index.get(learner) {
                    Some(&i) => i,
                    None => {
                        learner_index.insert(learner.to_string(), slots.len());
                        ids.push(learner.to_string());
                        slots.push((0..base.modules.len()).map(|_| None).collect());
                        slots.len() - 1
                    }
                },
            };
            last = Some(i);
            slots[i][m] = Some(Summary {
                lessons_seen: r.get(2)?,
                best: r.get::<_, Option<i64>>(3)?.map(|b| b.clamp(0, 100) as u8),
                passed: r.get(4)?,
                attempts: r.get(5)?,
                seconds: r.get(6)?,
                last_at: r.get(7)?,
            });
        }
        let learners = self.report_learners()?;
        let mut out = Vec::with_capacity(learners.len() * base.modules.len());
        for (learner, learner_state) in learners {
            let learner_slots = learner_index.get(learner.id.as_str()).map(|&i| &slots[i]);
            for (mi, m) in base.modules.iter().enumerate() {
                let s = learner_slots.and_then(|l| l[mi].as_ref());
                let lessons_total = m.lessons.len() as u32;
                let lessons_seen = s.map_or(0, |s| s.lessons_seen.min(lessons_total));
                let passed = s.is_some_and(|s| s.passed);
                let status = module_status(&ModuleFigures {
                    lessons_seen: lessons_seen as usize,
                    lessons_total: lessons_total as usize,
                    has_quiz: m.quiz.is_some(),
                    quiz_passed: passed,
                    // A summary row exists once the learner has any fact in the module.
                    touched: s.is_some(),
                });
                out.push(ReportRow {
                    learner_id: learner.id.clone(),
                    learner_name: learner.name.clone(),
                    course_id: course.id().clone(),
                    module_id: m.id.clone(),
                    status,
                    lessons_seen,
                    lessons_total,
                    best_score: s.and_then(|s| s.best),
                    passed,
                    attempts: s.map_or(0, |s| s.attempts),
                    minutes: s.map_or(0, |s| (s.seconds / 60) as u32),
                    last_at: s.map_or(0, |s| s.last_at),
                    learner_state,
                });
            }
        }
        Ok(out)
    }
}

impl Store {
    /// Every person with a profile here, by name, with their state.
    fn report_learners(&self) -> Result<Vec<(super::Learner, LearnerState)>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT id, name, pin_hash IS NOT NULL, language, created_at, hidden, archived, {} FROM learners
             ORDER BY name COLLATE NOCASE, created_at, id",
            super::identity::LINKED
        ))?;
        let rows = stmt.query_map([], |r| {
            let learner = super::Learner {
                id: r.get(0)?,
                name: r.get(1)?,
                has_pin: r.get(2)?,
                language: r.get(3)?,
                created_at: r.get(4)?,
            };
            let state = if r.get::<_, bool>(6)? {
                LearnerState::Archived
            } else if r.get::<_, bool>(5)? {
                LearnerState::RemovedHere
            } else {
                LearnerState::Active
            };
            Ok((learner, state, r.get::<_, bool>(7)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (learner, state, linked) = row?;
            if !super::identity::is_alias(self.conn(), learner.id.as_str(), linked)? {
                out.push((learner, state));
            }
        }
        Ok(out)
    }
}

/// A text column without copying it.
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into()))
}

/// Report rows as CSV (RFC 4180, UTF-8, header line).
/// A text cell that a spreadsheet will not run as a formula (OWASP "CSV injection"): a cell
/// starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

pub fn report_csv(rows: &[ReportRow]) -> std::result::Result<String, csv::Error> {
    // About 150 bytes a row: allocate once instead of growing through every power of two.
    let mut buf = Vec::with_capacity(256 + rows.len() * 160);
    // A UTF-8 byte-order mark: Excel on Windows then reads accented and Arabic names right.
    buf.extend_from_slice("\u{FEFF}".as_bytes());
    let mut w = csv::Writer::from_writer(buf);
    w.write_record([
        "learner_id",
        "learner_name",
        "course_id",
        "module_id",
        "status",
        "lessons_seen",
        "lessons_total",
        "best_score",
        "passed",
        "attempts",
        "minutes",
        "last_activity",
        "learner_state",
    ])?;
    for r in rows {
        w.write_record([
            &*spreadsheet_safe(r.learner_id.as_str()),
            &*spreadsheet_safe(&r.learner_name),
            &*spreadsheet_safe(r.course_id.as_str()),
            &*spreadsheet_safe(r.module_id.as_str()),
            r.status.as_str(),
            &r.lessons_seen.to_string(),
            &r.lessons_total.to_string(),
            &r.best_score.map_or(String::new(), |b| b.to_string()),
            if r.passed { "yes" } else { "no" },
            &r.attempts.to_string(),
            &r.minutes.to_string(),
            &if r.last_at > 0 { crate::time::local_date(r.last_at) } else { String::new() },
            r.learner_state.as_str(),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    // Every field is a &str, so the bytes are UTF-8: keep them without a copy.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
