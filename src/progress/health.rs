//! Is this progress file usable, and if not, why — told cheaply, before anything writes to it.
//!
//! `inspect` reads the file header and the schema (a few pages, whatever the file's size), so
//! every command and every start can afford it. The full `PRAGMA quick_check` reads every page:
//! it runs only after an unclean shutdown (`needs_full_check`) or when asked. SQLite errors met
//! later are turned into problems a person can act on by `explain`.

use super::StoreError;
use crate::problem::Problem;
use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The tables every progress database has.
const REQUIRED_TABLES: [&str; 3] = ["meta", "learners", "facts"];

/// What a database file is, as far as a cheap look can tell.
#[derive(Debug, Clone, PartialEq)]
pub enum DbState {
    /// No file yet: a new laptop; the database will be created.
    Missing,
    /// A progress database this program can use.
    Ready,
    /// A progress database made by a newer program (its schema version is higher than ours).
    Newer { version: i64, ours: i64 },
    /// Not usable: the problem says why and what to do.
    Damaged(Problem),
}

/// The schema version this program writes.
pub fn schema_version() -> i64 {
    super::schema::version() as i64
}

/// Look at the database file at `path` without changing it.
pub fn inspect(path: &Path) -> DbState {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return DbState::Missing,
        Err(e) => {
            return DbState::Damaged(Problem::new("db-unreadable").path("path", path).arg("error", e.to_string()));
        }
    };
    if meta.is_dir() {
        return DbState::Damaged(Problem::new("db-is-folder").path("path", path));
    }
    if meta.len() == 0 {
        // Never a new laptop: a new database is created with its tables at once. A 0-byte file
        // is what a crash during a copy or a failing USB stick leaves.
        return DbState::Damaged(Problem::new("db-empty-file").path("path", path));
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    if read.is_err() || &header[..16] != b"SQLite format 3\0" {
        return DbState::Damaged(Problem::new("db-not-sqlite").path("path", path));
    }
    // The header names the page size and the page count: a shorter file was cut off.
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536u64,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([header[28], header[29], header[30], header[31]]));
    if meta.len() < page_size.saturating_mul(pages) {
        return DbState::Damaged(Problem::new("db-truncated").path("path", path));
    }
    let companions = super::paths::companions(path);
    let existed = companions.clone().map(|p| p.exists());
    let state = inspect_schema(path);
    // A reader of a WAL database creates empty -wal/-shm files it may not remove: leave the
    // folder as it was.
    for (p, was) in companions.iter().zip(existed) {
        if !was && p.metadata().is_ok_and(|m| m.len() == 0 || p.to_string_lossy().ends_with("-shm")) {
            let _ = std::fs::remove_file(p);
        }
    }
    state
}

fn inspect_schema(path: &Path) -> DbState {
    let state = inspect_with(path, Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY));
    if matches!(state, DbState::Damaged(_)) && !folder_writable(folder_of(path)) {
        // A write-protected folder cannot hold the journal files a reader needs.
        return inspect_with(path, super::open_immutable(path));
    }
    state
}

fn inspect_with(path: &Path, conn: rusqlite::Result<Connection>) -> DbState {
    let conn = match conn {
        Ok(c) => c,
        Err(e) => return DbState::Damaged(explain(&StoreError::Sqlite(e), path)),
    };
    let version: i64 = match conn.query_row("PRAGMA user_version", [], |r| r.get(0)) {
        Ok(v) => v,
        Err(e) => return DbState::Damaged(explain(&StoreError::Sqlite(e), path)),
    };
    if version > schema_version() {
        return DbState::Newer { version, ours: schema_version() };
    }
    let tables: rusqlite::Result<i64> = conn.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'learners', 'facts')",
        [],
        |r| r.get(0),
    );
    match tables {
        Ok(n) if n == REQUIRED_TABLES.len() as i64 => DbState::Ready,
        Ok(_) => DbState::Damaged(Problem::new("db-not-progress").path("path", path)),
        Err(e) => DbState::Damaged(explain(&StoreError::Sqlite(e), path)),
    }
}

/// The full check (`PRAGMA quick_check`, reads every page): Err with the problem when damaged.
pub fn full_check(path: &Path) -> Result<(), Problem> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| explain(&StoreError::Sqlite(e), path))?;
    let result: String =
        conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(|e| explain(&StoreError::Sqlite(e), path))?;
    if result == "ok" { Ok(()) } else { Err(Problem::new("db-damaged").path("path", path).arg("detail", result)) }
}

/// The marker that says the window has the database open; left behind by a crash or power cut.
pub fn session_marker(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".open");
    db.with_file_name(name)
}

/// Whether the last session did not end cleanly, so the whole file should be checked.
pub fn needs_full_check(db: &Path) -> bool {
    session_marker(db).exists()
}

/// Mark the session open (at start) — the file holds the process id, for a person reading it.
pub fn mark_session_open(db: &Path) {
    let _ = std::fs::write(session_marker(db), std::process::id().to_string());
}

/// Whether a window of CPMS Player has this database open now (its marker names a running
/// process). Where that cannot be told (not Linux), a marker counts only as an unclean end.
pub fn open_in_window(db: &Path) -> bool {
    let Ok(pid) = std::fs::read_to_string(session_marker(db)) else { return false };
    let Ok(pid) = pid.trim().parse::<u32>() else { return false };
    pid != std::process::id() && Path::new(&format!("/proc/{pid}")).exists()
}

/// Mark the session ended cleanly.
pub fn mark_session_closed(db: &Path) {
    let _ = std::fs::remove_file(session_marker(db));
}

/// A store error as a problem a person can act on, naming the database file `db`.
pub fn explain(e: &StoreError, db: &Path) -> Problem {
    use rusqlite::ErrorCode as C;
    match e {
        StoreError::Problem(p) => p.clone(),
        StoreError::Sqlite(err) => match err.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => Problem::new("db-locked").path("path", db),
            Some(C::ReadOnly) => Problem::new("db-read-only").path("path", folder_of(db)),
            Some(C::NotADatabase | C::DatabaseCorrupt) => {
                Problem::new("db-damaged").path("path", db).arg("detail", err.to_string())
            }
            Some(C::DiskFull) => Problem::new("disk-full").path("path", folder_of(db)),
            Some(C::CannotOpen | C::PermissionDenied) if !folder_writable(folder_of(db)) => {
                Problem::new("db-read-only").path("path", folder_of(db))
            }
            _ => Problem::new("db-error").path("path", db).arg("detail", err.to_string()),
        },
        StoreError::Migration(m) => match m {
            rusqlite_migration::Error::RusqliteError { err, .. } => explain(&StoreError::Sqlite(clone_sqlite(err)), db),
            rusqlite_migration::Error::MigrationDefinition(
                rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
            ) => Problem::new("db-newer").path("path", db).num("ours", schema_version() as f64),
            other => Problem::new("db-error").path("path", db).arg("detail", other.to_string()),
        },
        StoreError::Folder { path, source } => {
            Problem::new("folder-cannot-create").path("path", path).arg("error", source.to_string())
        }
        StoreError::Rule(_) => e.problem(),
        StoreError::Corrupt(_) => Problem::new("db-error").path("path", db).arg("detail", e.to_string()),
    }
}

fn clone_sqlite(e: &rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::SqliteFailure(f, m) => rusqlite::Error::SqliteFailure(*f, m.clone()),
        other => rusqlite::Error::InvalidParameterName(other.to_string()),
    }
}

fn folder_of(db: &Path) -> &Path {
    db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// Whether files can be created in `dir` (tried, not guessed from permission bits: root and
/// write-protected media disagree with them).
pub fn folder_writable(dir: &Path) -> bool {
    let probe = dir.join(format!(".cpms-write-test-{}", std::process::id()));
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(_) => false,
    }
}
