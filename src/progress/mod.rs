//! The progress store: one SQLite database (WAL, synchronous FULL) holding learners and the
//! append-only facts of their learning. Every write goes through [`Store::transact`]: one
//! transaction, committed before the write returns (rolled back whole on error), so nothing a
//! learner saw as saved is lost to a crash or a power cut, and nothing half-written stays.

pub mod backup;
pub mod bundle;
mod certificates;
pub mod demo;
mod fact;
mod fact_row;
mod fact_signing;
pub mod health;
pub mod hlc;
mod identity;
mod ids_sql;
mod item_stats;
pub mod keys;
mod learners;
pub mod learners_csv;
pub mod meter;
pub mod outbox;
pub mod paths;
pub mod people;
mod pin_tries;
mod prefs;
mod report;
mod resume;
mod schema;
mod summary;

pub use certificates::Certificate;
pub use fact::{Fact, FactKind, now_ms};
pub use item_stats::item_analysis_csv;
pub use learners::{CsvImport, Learner, normalize_pin, validate_name, validate_pin};
pub use meter::Meter;
pub use people::{LikelyDuplicate, Link};
pub use pin_tries::{FREE_TRIES, TRAINER, pin_delay_secs};
pub use prefs::Prefs;
pub use report::{LearnerState, ReportRow, report_csv};
pub use resume::OpenAttempt;
// The learning rules' types, under the names the store has always given them.
pub use crate::learning::ModuleStatus as Status;
pub use crate::learning::{CourseProgress, ModuleProgress, ModuleStatus, QuizProgress};

use crate::ids::{CourseId, DeviceId, FactId, LearnerId, LessonId, ModuleId};
use crate::learning::CourseFigures;
use ids_sql::Uid;
use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};

/// What went wrong in the store. Every variant has a message in the four languages
/// (`StoreError::problem`, worded by `i18n`; tests/error_messages.rs checks each one); `Display`
/// is the English text (logs, the English command line). Refusals of data (a bundle, a record, a
/// name) are `Problem`s with their own message id; a fault of the program itself is the
/// `store-internal` problem.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the progress database could not be used: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the progress database could not be upgraded: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("cannot create the data folder {path}: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    /// Input that breaks a rule a person can fix (the interface shows it translated).
    #[error("{}", .0.english())]
    Rule(Rule),
    #[error("a stored fact is unreadable: {0}")]
    Corrupt(#[from] serde_json::Error),
    /// A problem a person can act on, with its message id (shown in the user's language).
    #[error("{0}")]
    Problem(#[from] crate::problem::Problem),
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl StoreError {
    /// What happened, as a message id of the interface files with its arguments (the technical
    /// detail of a database or JSON error stays an argument). A rule's id (`Rule::message_id`)
    /// is in the window's files (`assets/i18n/{lang}.ftl`), which `i18n::Tr::problem` reads too.
    pub fn problem(&self) -> crate::problem::Problem {
        use crate::problem::Problem;
        match self {
            StoreError::Sqlite(e) => Problem::new("store-sqlite").arg("detail", e.to_string()),
            StoreError::Migration(e) => Problem::new("store-migration").arg("detail", e.to_string()),
            StoreError::Folder { path, source } => {
                Problem::new("store-folder").path("path", path).arg("error", source.to_string())
            }
            StoreError::Rule(rule) => Problem::new(rule.message_id()),
            StoreError::Corrupt(e) => Problem::new("store-corrupt").arg("detail", e.to_string()),
            StoreError::Problem(p) => p.clone(),
        }
    }
}

/// A fault of the program itself (not of the data or of what a person did): said so, with the
/// technical detail, in the user's language.
pub(crate) fn internal(detail: impl std::fmt::Display) -> StoreError {
    StoreError::Problem(crate::problem::Problem::new("store-internal").arg("detail", detail.to_string()))
}

/// Rules on what people type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    NameEmpty,
    NameInvisible,
    NameTooLong,
    NameControlChars,
    PinFormat,
    PassphraseTooShort,
}

impl Rule {
    /// The interface message id (assets/i18n).
    pub fn message_id(self) -> &'static str {
        match self {
            Rule::NameEmpty => "rule-name-empty",
            Rule::NameInvisible => "csv-name-invisible",
            Rule::NameTooLong => "rule-name-too-long",
            Rule::NameControlChars => "rule-name-control",
            Rule::PinFormat => "rule-pin-format",
            Rule::PassphraseTooShort => "rule-passphrase-short",
        }
    }

    /// The message in English (command line, logs).
    pub fn english(self) -> &'static str {
        match self {
            Rule::NameEmpty => "the name is empty; type the learner's name",
            Rule::NameInvisible => "the name has no visible letters; type the learner's name",
            Rule::NameTooLong => "the name is longer than 80 characters; shorten it",
            Rule::NameControlChars => "the name contains control characters; type it again",
            Rule::PinFormat => "a PIN is 4 to 6 digits",
            Rule::PassphraseTooShort => "the trainer passphrase needs at least 8 characters",
        }
    }
}

pub struct Store {
    conn: Connection,
    device_id: DeviceId,
    path: Option<PathBuf>,
}

impl Store {
    /// Open (or create) the database at `path`, creating its folder and applying migrations.
    /// The database holds this installation's certificate secret and the PIN hashes: a folder
    /// created here and the database file are for their owner only (`platform`; on Windows and on
    /// FAT/exFAT sticks see docs/platforms.md). SQLite gives its -wal and -shm files the
    /// database file's permissions.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            crate::platform::create_private_dir(dir)
                .map_err(|source| StoreError::Folder { path: dir.to_path_buf(), source })?;
        }
        if !path.exists() {
            // Created owner-only before SQLite writes the secret into it. A failure here (say, a
            // read-only folder) is reported by SQLite's own open just below.
            let _ = crate::platform::create_private_file(path);
        }
        // Best effort: a database from an older version may be readable by others; a file system
        // without permissions (FAT/exFAT stick) cannot change that.
        let _ = crate::platform::restrict_to_owner(path);
        let conn = Connection::open(path)?;
        Self::init(conn, Some(path.to_path_buf()))
    }

    /// Whether opening the database at `path` will first bring an older format up to date (a
    /// file of a previous version of CPMS Player): that can take a while on a big database
    /// (20 s for 1.6 million facts from before version 9), so the window shows a progress screen
    /// instead of nothing ([`Store::open_metered`] on a thread of its own). Reads the header
    /// only; false when the file is missing, new, or cannot be read (opening then says why).
    pub fn needs_upgrade(path: &Path) -> bool {
        let version = || -> Result<i64> {
            let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
        };
        path.exists() && version().is_ok_and(|v| v > 0 && v < schema::version() as i64)
    }

    /// [`Store::open`], reporting to `meter` how far the migrations have come (the facts
    /// rewritten out of all; the total stays unknown for migrations that cannot tell).
    pub fn open_metered(path: &Path, meter: std::sync::Arc<Meter>) -> Result<Store> {
        schema::METER.with(|m| *m.borrow_mut() = Some(meter));
        let store = Store::open(path);
        schema::METER.with(|m| *m.borrow_mut() = None);
        store
    }

    /// Open an existing database on a write-protected medium: read-only and immutable (no lock,
    /// no journal files: a read-only folder cannot hold them). Nothing is written; writes fail
    /// cleanly.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = open_immutable(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let ours = schema::version() as i64;
        if version > ours {
            return Err(crate::problem::Problem::new("db-newer").path("path", path).num("ours", ours as f64).into());
        }
        if version < ours {
            return Err(crate::problem::Problem::new("db-needs-upgrade-read-only").path("path", path).into());
        }
        let device_id: DeviceId = conn
            .query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| r.get(0))
            .optional()?
            .unwrap_or_default();
        Ok(Store { conn, device_id, path: Some(path.to_path_buf()) })
    }

    /// A private in-memory database (tests, benchmarks).
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let before: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        schema::migrations().to_latest(&mut conn)?;
        if (1..schema::COMPACT_FACTS as i64).contains(&before) {
            // The facts were just rewritten in a third of the space: give the rest back to the
            // disk once. Best effort: a failure (say, a full disk) leaves a valid database whose
            // free pages are reused by later writes.
            let _ = conn.execute_batch("VACUUM");
        }
        let device_id = transact(&conn, |tx| {
            let id =
                match tx.query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| r.get(0)).optional()? {
                    Some(id) => id,
                    None => {
                        let id = DeviceId::new(uuid::Uuid::new_v4().to_string());
                        tx.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?1)", [&id])?;
                        id
                    }
                };
            keys::ensure_device_key(tx)?;
            Ok(id)
        })?;
        Ok(Store { conn, device_id, path })
    }

    pub fn device_id(&self) -> &DeviceId {
        &self.device_id
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Refuse to let the database grow beyond `pages` pages: writes then fail cleanly with "database
    /// or disk is full", exactly as on a full disk (also used to test that case).
    pub fn limit_database_pages(&self, pages: u32) -> Result<()> {
        self.conn.pragma_update(None, "max_page_count", pages)?;
        Ok(())
    }

    /// The `synchronous` setting of the store's connection (2 = FULL).
    pub fn pragma_synchronous(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "synchronous", |r| r.get(0))?)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Run the writes of `f` as one transaction (Anki's `transact`): begin, run, commit — the
    /// commit is durable (WAL, synchronous FULL) before this returns; when `f` or the commit
    /// fails, everything `f` wrote is rolled back. Inside another `transact`, `f` becomes part
    /// of that transaction (a write made of smaller writes commits or fails whole).
    pub(crate) fn transact<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        transact(&self.conn, f)
    }

    /// Record a fact now, committed before this returns.
    pub fn record(
        &self,
        learner_id: &LearnerId,
        course_id: &CourseId,
        module_id: &ModuleId,
        kind: FactKind,
    ) -> Result<Fact> {
        let fact = Fact {
            id: FactId::new(uuid::Uuid::new_v4().to_string()),
            learner_id: learner_id.clone(),
            device_id: self.device_id.clone(),
            at: now_ms(),
            course_id: course_id.clone(),
            module_id: module_id.clone(),
            kind,
        };
        self.insert_fact(&fact)?;
        Ok(fact)
    }

    /// Insert a complete fact (kept as is: id, device and time included). Returns false when a
    /// fact with that id was already stored.
    pub fn insert_fact(&self, fact: &Fact) -> Result<bool> {
        self.transact(|tx| {
            let inserted = insert_fact_in(tx, fact)?;
            if inserted {
                summary::refresh_summary(tx, fact.learner_id.as_str(), fact.course_id.as_str())?;
            }
            Ok(inserted)
        })
    }

    /// Insert many complete facts in one transaction (imports, demo data). Returns how many were new.
    pub fn insert_facts(&self, facts: &[Fact]) -> Result<usize> {
        self.transact(|tx| {
            let mut added = 0;
            let mut touched = std::collections::BTreeSet::new();
            for f in facts {
                if insert_fact_in(tx, f)? {
                    added += 1;
                    touched.insert((f.learner_id.as_str(), f.course_id.as_str()));
                }
            }
            for (learner, course) in touched {
                summary::refresh_summary(tx, learner, course)?;
            }
            Ok(added)
        })
    }

    /// Every fact of a learner in a course, oldest first.
    pub fn facts(&self, learner_id: &LearnerId, course_id: &CourseId) -> Result<Vec<Fact>> {
        // The facts of every id linked to this person count as theirs.
        let learner_id = self.person_of(learner_id)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM facts WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) ORDER BY at, rowid",
            fact_row::columns(""),
            crate::progress::identity::PERSON_FACT_IDS
        ))?;
        let mut rows = stmt.query(params![learner_id, course_id])?;
        let mut facts = Vec::new();
        while let Some(r) = rows.next()? {
            facts.push(fact_row::read(r, 0)?);
        }
        Ok(facts)
    }

    /// The lesson (module id, lesson id) a learner visited last in a course.
    pub fn resume_position(
        &self,
        learner_id: &LearnerId,
        course_id: &CourseId,
    ) -> Result<Option<(ModuleId, LessonId)>> {
        // The facts of every id linked to this person count as theirs.
        let learner_id = self.person_of(learner_id)?;
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT module_id, ref_id FROM facts WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND kind = 3
                 ORDER BY at DESC, rowid DESC LIMIT 1",
                crate::progress::identity::PERSON_FACT_IDS
            ))?
            .query_row(params![learner_id, course_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Derived progress of a learner in a course, from all their facts (rules: [`crate::learning`]).
    pub fn progress(&self, learner_id: &LearnerId, course: &crate::course::Course) -> Result<CourseProgress> {
        self.progress_in(learner_id, course, Scope::Everything)
    }

    /// Derived progress of a learner in a course, from the facts of `scope`.
    pub fn progress_in(
        &self,
        learner_id: &LearnerId,
        course: &crate::course::Course,
        scope: Scope,
    ) -> Result<CourseProgress> {
        Ok(crate::learning::summarize(course, self.course_figures(learner_id, course.id(), scope)?))
    }

    /// What the learning rules rest on: lessons visited, finished attempts per module, modules
    /// with any fact, the last lesson — from the facts of `scope`.
    pub fn course_figures(&self, learner_id: &LearnerId, course_id: &CourseId, scope: Scope) -> Result<CourseFigures> {
        // The facts of every id linked to this person count as theirs.
        let learner_id = self.person_of(learner_id)?;
        let mut figures = CourseFigures::default();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT DISTINCT ref_id FROM facts WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND kind = 3{}",
            crate::progress::identity::PERSON_FACT_IDS,
            scope.filter()
        ))?;
        for id in stmt.query_map(params![learner_id, course_id], |r| r.get::<_, LessonId>(0))? {
            figures.visited.insert(id?);
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT DISTINCT module_id FROM facts WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2){}",
            crate::progress::identity::PERSON_FACT_IDS,
            scope.filter()
        ))?;
        for id in stmt.query_map(params![learner_id, course_id], |r| r.get::<_, ModuleId>(0))? {
            figures.touched.insert(id?);
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT module_id, MAX(score), MAX(ok), COUNT(*) FROM facts
             WHERE learner_id IN {} AND course_id = (SELECT n FROM fact_names WHERE name = ?2) AND kind = 0{} GROUP BY module_id",
            crate::progress::identity::PERSON_FACT_IDS,
            scope.filter()
        ))?;
        let rows = stmt.query_map(params![learner_id, course_id], |r| {
            Ok((r.get::<_, ModuleId>(0)?, r.get::<_, i64>(1)?, r.get::<_, bool>(2)?, r.get::<_, u32>(3)?))
        })?;
        for row in rows {
            let (module, best, passed, attempts) = row?;
            figures.quizzes.insert(module, QuizProgress { best: best.clamp(0, 100) as u8, passed, attempts });
        }
        figures.last_lesson = self.resume_position(&learner_id, course_id)?;
        Ok(figures)
    }
}

/// Which facts a figure rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everything the learner did, as they see it.
    Everything,
    /// What a certificate may rest on: facts recorded here or received under a valid signature
    /// (not those taken in unsigned from an older or hand-edited bundle).
    Vouched,
}

impl Scope {
    /// The SQL condition added to a query on `facts`.
    fn filter(self) -> &'static str {
        match self {
            Scope::Everything => "",
            Scope::Vouched => " AND unsigned_import = 0",
        }
    }
}

/// [`Store::transact`] on a bare connection (opening the store, before a `Store` exists).
pub(crate) fn transact<T>(conn: &Connection, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    if !conn.is_autocommit() {
        // Already inside a transaction: these writes are part of it.
        return f(conn);
    }
    let tx = conn.unchecked_transaction()?;
    let out = f(&tx)?; // an error drops `tx`, which rolls back
    tx.commit()?;
    Ok(out)
}

/// A read-only, immutable connection (no locks, no journal files): for write-protected media.
pub(crate) fn open_immutable(path: &Path) -> rusqlite::Result<Connection> {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in absolute.to_string_lossy().bytes() {
        match b {
            b'?' | b'#' | b'%' | 0x80..=0xFF => uri.push_str(&format!("%{b:02X}")),
            _ => uri.push(b as char),
        }
    }
    uri.push_str("?immutable=1");
    Connection::open_with_flags(
        &uri,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
            | rusqlite::OpenFlags::SQLITE_OPEN_URI
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Insert a fact inside a transaction; false when its id was already stored.
pub(crate) fn insert_fact_in(conn: &Connection, fact: &Fact) -> Result<bool> {
    debug_assert!(!conn.is_autocommit(), "a write outside Store::transact");
    if conn.prepare_cached("SELECT 1 FROM facts WHERE id = ?1")?.exists([Uid(fact.id.as_str())])? {
        return Ok(false);
    }
    let values = fact_row::values(conn, fact)?;
    let n = conn
        .prepare_cached(&format!(
            "INSERT OR IGNORE INTO facts({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            fact_row::VALUE_COLUMNS
        ))?
        .execute(rusqlite::params_from_iter(values))?;
    Ok(n == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(store: &Store, key: &str) -> Option<String> {
        store.conn().query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional().unwrap()
    }

    fn put(conn: &Connection, key: &str) -> Result<()> {
        conn.execute("INSERT INTO meta(key, value) VALUES (?1, 'x')", [key])?;
        Ok(())
    }

    #[test]
    fn transact_commits_what_succeeds_and_rolls_back_what_fails() {
        let store = Store::open_in_memory().unwrap();
        store.transact(|tx| put(tx, "kept")).unwrap();
        assert_eq!(meta(&store, "kept").as_deref(), Some("x"));
        let failed: Result<()> = store.transact(|tx| {
            put(tx, "first")?;
            put(tx, "kept") // a duplicate key: the whole write fails
        });
        assert!(failed.is_err());
        assert_eq!(meta(&store, "first"), None, "the first insert was rolled back with the failure");
        assert!(store.conn().is_autocommit(), "no transaction left open");
    }

    #[test]
    fn a_transact_inside_another_is_part_of_it() {
        let store = Store::open_in_memory().unwrap();
        let failed: Result<()> = store.transact(|tx| {
            store.transact(|inner| put(inner, "inner"))?;
            put(tx, "outer")?;
            Err(internal("stop"))
        });
        assert!(failed.is_err());
        assert_eq!((meta(&store, "inner"), meta(&store, "outer")), (None, None));
        store.transact(|tx| store.transact(|inner| put(inner, "inner")).and_then(|_| put(tx, "outer"))).unwrap();
        assert!(meta(&store, "inner").is_some() && meta(&store, "outer").is_some());
    }
}
