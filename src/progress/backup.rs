//! Backups with SQLite's online backup API: a consistent copy while the app runs, a rotation of
//! automatic backups, checking a database file, and restoring a backup.

use super::{Result, Store, StoreError};
use crate::problem::Problem;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// How many automatic backups are kept.
pub const KEEP_BACKUPS: usize = 7;

/// Check a database file: it opens, `PRAGMA integrity_check` says ok, and it has our tables.
/// Err says why (a `Problem`, worded in the user's language by the interface).
pub fn check_database(path: &Path) -> std::result::Result<(), Problem> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Problem::new("backup-cannot-open").path("path", path).arg("detail", e.to_string()))?;
    let unreadable =
        |e: rusqlite::Error| Problem::new("backup-unreadable").path("path", path).arg("detail", e.to_string());
    let result: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(unreadable)?;
    if result != "ok" {
        return Err(Problem::new("backup-damaged").path("path", path).arg("detail", result));
    }
    let tables: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('learners', 'facts')",
            [],
            |r| r.get(0),
        )
        .map_err(unreadable)?;
    if tables != 2 {
        return Err(Problem::new("backup-not-progress").path("path", path));
    }
    Ok(())
}

impl Store {
    /// Write a consistent copy of the database to `dest` (replaced if it exists).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        copy_database(self.conn(), dest, &super::Meter::default())
    }

    /// [`Store::backup_to`], counting the pages copied into `meter`; when it is cancelled the copy
    /// stops, its partial file is removed and nothing is written under `dest` (`task-cancelled`).
    pub fn backup_to_metered(&self, dest: &Path, meter: &super::Meter) -> Result<()> {
        copy_database(self.conn(), dest, meter)
    }

    /// Take an automatic backup into `dir` (named by time) and keep only the newest few.
    pub fn rotate_backup(&self, dir: &Path) -> Result<PathBuf> {
        let path = dir.join(backup_name());
        self.backup_to(&path)?;
        prune_backups(dir);
        Ok(path)
    }
}

fn backup_name() -> String {
    let now = super::now_ms();
    format!("progress-{}-{now}.sqlite", crate::time::iso_date(now))
}

/// The automatic backup of the database file `db`, on a connection of its own: the window runs it
/// on a background thread at start, so a large database never holds up the first frame. The
/// online backup API copies a consistent state while the window goes on writing.
pub fn automatic_backup(db: &Path, dir: &Path) -> Result<PathBuf> {
    // A backup cut short (the window closed while it ran) leaves a `.partial` file, and the
    // rollback journal SQLite keeps beside it while writing (`.partial-journal`): remove them.
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "partial" || x == "partial-journal") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    let path = dir.join(backup_name());
    copy_database(&conn, &path, &super::Meter::default())?;
    prune_backups(dir);
    Ok(path)
}

/// Copy the database of `conn` to `dest` as one self-contained file, checked, then renamed into
/// place (a failure leaves no partial file under the final name).
fn copy_database(conn: &Connection, dest: &Path, meter: &super::Meter) -> Result<()> {
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder { path: dir.to_path_buf(), source })?;
    }
    let tmp = dest.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    // A backup holds the certificate secret: owner-only from the start (see Store::open).
    let _ = crate::platform::create_private_file(&tmp);
    {
        let mut target = Connection::open(&tmp)?;
        {
            let backup = rusqlite::backup::Backup::new(conn, &mut target)?;
            loop {
                if meter.cancelled() {
                    drop(backup);
                    drop(target);
                    let _ = std::fs::remove_file(&tmp);
                    return Err(Problem::new("task-cancelled").into());
                }
                let step = backup.step(1024)?;
                let p = backup.progress();
                meter.set_total(p.pagecount.max(0) as u64);
                meter.set_done((p.pagecount - p.remaining).max(0) as u64);
                match step {
                    rusqlite::backup::StepResult::Done => break,
                    rusqlite::backup::StepResult::More => {}
                    // The window is writing: try again in a moment.
                    _ => std::thread::sleep(std::time::Duration::from_millis(20)),
                }
            }
        }
        // A backup is one self-contained file: no -wal or -shm beside it.
        target.pragma_update(None, "journal_mode", "DELETE")?;
    }
    if let Ok(f) = std::fs::File::open(&tmp) {
        let _ = f.sync_all();
    }
    if let Err(e) = check_database(&tmp) {
        let _ = std::fs::remove_file(&tmp);
        return Err(Problem::new("backup-check-failed").path("path", dest).sub("detail", e).into());
    }
    crate::platform::rename_durably(&tmp, dest)
        .map_err(|e| Problem::new("cannot-write").path("path", dest).arg("error", e.to_string()))?;
    Ok(())
}

/// Keep the newest `KEEP_BACKUPS` backups, and always the newest one that passed the check with
/// learners in it, whatever its age: a week of backups of an emptied database never pushes out
/// the last one that held the learners' work.
pub fn prune_backups(dir: &Path) {
    let backups = list_backups(dir);
    if backups.len() <= KEEP_BACKUPS {
        return;
    }
    let newest_first: Vec<&PathBuf> = backups.iter().rev().collect();
    let keep_good = newest_first.iter().find(|p| describe(p).holds_data()).map(|p| (*p).clone());
    for (i, p) in newest_first.iter().enumerate() {
        let keep = i < KEEP_BACKUPS || keep_good.as_ref() == Some(*p);
        if !keep {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// Automatic backups in `dir`, oldest first.
pub fn list_backups(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("progress-") && n.ends_with(".sqlite"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The companion files SQLite keeps beside a database in WAL mode.
pub use super::paths::companions;

/// Move the database `db` and its WAL and shared-memory files to `aside` (and `aside`-wal,
/// `aside`-shm), so that opening `aside` later still finds every committed change: the WAL
/// travels with its database and is never deleted. Nothing is moved when `db` does not exist.
pub fn set_aside(db: &Path, aside: &Path) -> std::result::Result<(), Problem> {
    if !db.exists() {
        return Ok(());
    }
    // Fold the WAL into the database first when the file allows it; if it does not (a damaged
    // file), the WAL is moved with it below.
    if let Ok(conn) = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_WRITE) {
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
    let failed = |path: &Path, e: std::io::Error| {
        Problem::new("set-aside-failed").path("path", path).arg("error", e.to_string())
    };
    std::fs::rename(db, aside).map_err(|e| failed(db, e))?;
    for (from, to) in companions(db).iter().zip(companions(aside).iter()) {
        if from.exists() {
            std::fs::rename(from, to).map_err(|e| failed(from, e))?;
        }
    }
    Ok(())
}

/// Replace the database at `db` by the backup `from` (checked first). The store must be closed.
/// The replaced database is kept beside it as `<name>.before-restore`, together with its WAL, so
/// work committed after the backup is never lost (an older `.before-restore` is kept under a
/// time-stamped name).
pub fn restore(from: &Path, db: &Path) -> std::result::Result<(), Problem> {
    check_database(from)?;
    let tmp = db.with_extension("restoring");
    let copy = || -> std::io::Result<()> {
        // Owner-only like the database it replaces; flushed before the rename.
        let mut out = crate::platform::create_private_file(&tmp)?;
        std::io::copy(&mut std::fs::File::open(from)?, &mut out)?;
        out.sync_all()
    };
    copy().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Problem::new("restore-copy-failed").path("path", from).arg("error", e.to_string())
    })?;
    let keep = db.with_extension("sqlite.before-restore");
    if keep.exists() {
        set_aside(&keep, &db.with_extension(format!("sqlite.before-restore-{}", super::now_ms())))?;
    }
    set_aside(db, &keep)?;
    crate::platform::rename_durably(&tmp, db)
        .map_err(|e| Problem::new("restore-replace-failed").path("path", db).arg("error", e.to_string()))?;
    Ok(())
}

/// Make a rename in `path`'s folder durable (a power cut right after does not undo it).
pub fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// What a backup holds, for a person choosing one.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupInfo {
    pub path: PathBuf,
    /// When it was taken (file time, unix ms).
    pub taken_at: i64,
    /// It passed the integrity check.
    pub ok: bool,
    pub learners: u64,
    pub facts: u64,
    /// The newest fact in it (unix ms), 0 when none.
    pub last_activity: i64,
}

impl BackupInfo {
    /// It passed the check and holds learners.
    pub fn holds_data(&self) -> bool {
        self.ok && self.learners > 0
    }
}

/// Describe one backup file (integrity check, counts, newest activity).
pub fn describe(path: &Path) -> BackupInfo {
    let taken_at = path
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis() as i64);
    let mut info =
        BackupInfo { path: path.to_path_buf(), taken_at, ok: false, learners: 0, facts: 0, last_activity: 0 };
    if check_database(path).is_err() {
        return info;
    }
    info.ok = true;
    if let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) {
        info.learners =
            conn.query_row("SELECT COUNT(*) FROM learners", [], |r| r.get::<_, i64>(0)).unwrap_or(0).max(0) as u64;
        let (facts, last): (i64, Option<i64>) = conn
            .query_row("SELECT COUNT(*), MAX(at) FROM facts", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap_or((0, None));
        info.facts = facts.max(0) as u64;
        info.last_activity = last.unwrap_or(0);
    }
    info
}

/// Every automatic backup in `dir`, described, newest first.
pub fn describe_backups(dir: &Path) -> Vec<BackupInfo> {
    let mut all: Vec<BackupInfo> = list_backups(dir).iter().map(|p| describe(p)).collect();
    all.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(b.path.cmp(&a.path)));
    all
}

/// The backup to propose: the newest one that passed the check and holds learners; else the
/// newest that passed the check.
pub fn recommended(backups: &[BackupInfo]) -> Option<&BackupInfo> {
    backups
        .iter()
        .filter(|b| b.holds_data())
        .max_by_key(|b| b.taken_at)
        .or_else(|| backups.iter().filter(|b| b.ok).max_by_key(|b| b.taken_at))
}

/// The whole check of a database file: the cheap look of `health::inspect`, then every page
/// (`PRAGMA quick_check`). Err with a plain explanation when the file is damaged, truncated,
/// empty or not a progress database. A missing file is fine (it will be created).
pub fn quick_check(path: &Path) -> std::result::Result<(), String> {
    start_check(path, true).map_err(|p| p.to_string())
}

/// The check made before a database is used: the cheap look always; every page too when `full`.
pub fn start_check(path: &Path, full: bool) -> std::result::Result<(), crate::problem::Problem> {
    use super::health::{DbState, full_check, inspect};
    match inspect(path) {
        DbState::Missing => Ok(()),
        DbState::Ready if full => full_check(path),
        DbState::Ready => Ok(()),
        DbState::Newer { ours, .. } => {
            Err(crate::problem::Problem::new("db-newer").path("path", path).num("ours", ours as f64))
        }
        DbState::Damaged(p) => Err(p),
    }
}

/// Whether the newest automatic backup in `dir` is older than `hours` (or there is none).
pub fn backup_due(dir: &Path, hours: u64) -> bool {
    let newest = list_backups(dir).into_iter().filter_map(|p| p.metadata().ok()?.modified().ok()).max();
    newest.is_none_or(|t| t.elapsed().map_or(true, |age| age.as_secs() >= hours * 3600))
}

/// Usable backups in `dir`, newest first, each checked.
pub fn good_backups(dir: &Path) -> Vec<PathBuf> {
    let mut all = list_backups(dir);
    all.reverse();
    all.into_iter().filter(|p| check_database(p).is_ok()).collect()
}

/// Where automatic backups of the database `db` are kept (defined with the other places).
pub use super::paths::backup_dir;
