//! Backups with SQLite's online backup API: a consistent copy while the app runs, a rotation of
//! automatic backups, checking a database file, and restoring a backup.

use super::{Result, Store, StoreError};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// How many automatic backups are kept.
pub const KEEP_BACKUPS: usize = 7;

/// Check a database file: it opens, `PRAGMA integrity_check` says ok, and it has our tables.
pub fn check_database(path: &Path) -> std::result::Result<(), String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let result: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| format!("{} is not a readable database: {e}", path.display()))?;
    if result != "ok" {
        return Err(format!("{} is damaged: {result}", path.display()));
    }
    let tables: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('learners', 'facts')",
            [],
            |r| r.get(0),
        )
        .map_err(|e| e.to_string())?;
    if tables != 2 {
        return Err(format!("{} is not a CPMS Player progress database", path.display()));
    }
    Ok(())
}

impl Store {
    /// Write a consistent copy of the database to `dest` (replaced if it exists).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder { path: dir.to_path_buf(), source })?;
        }
        let tmp = dest.with_extension("partial");
        let _ = std::fs::remove_file(&tmp);
        {
            let mut target = Connection::open(&tmp)?;
            let backup = rusqlite::backup::Backup::new(self.conn(), &mut target)?;
            backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
        }
        check_database(&tmp).map_err(StoreError::Invalid)?;
        // The copy holds the device key: owner-only, like the database.
        super::keys::owner_only(&tmp);
        std::fs::rename(&tmp, dest)
            .map_err(|e| StoreError::Invalid(format!("cannot write {}: {e}", dest.display())))?;
        Ok(())
    }

    /// Take an automatic backup into `dir` (named by time) and keep only the newest few.
    pub fn rotate_backup(&self, dir: &Path) -> Result<PathBuf> {
        let stamp = crate::certificate::iso_date(super::now_ms());
        let name = format!("progress-{stamp}-{}.sqlite", super::now_ms());
        let path = dir.join(name);
        self.backup_to(&path)?;
        let mut backups = list_backups(dir);
        while backups.len() > KEEP_BACKUPS {
            let old = backups.remove(0);
            let _ = std::fs::remove_file(old);
        }
        Ok(path)
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

/// Replace the database at `db` by the backup `from` (checked first). The store must be closed.
/// The replaced database is kept beside it as `<name>.before-restore`.
pub fn restore(from: &Path, db: &Path) -> std::result::Result<(), String> {
    check_database(from)?;
    if db.exists() {
        let keep = db.with_extension("sqlite.before-restore");
        std::fs::copy(db, &keep).map_err(|e| format!("cannot keep a copy of the current database: {e}"))?;
    }
    for ext in ["sqlite-wal", "sqlite-shm"] {
        let _ = std::fs::remove_file(db.with_extension(ext));
    }
    let tmp = db.with_extension("restoring");
    std::fs::copy(from, &tmp).map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
    std::fs::rename(&tmp, db).map_err(|e| format!("cannot replace {}: {e}", db.display()))?;
    Ok(())
}

/// A fast check for start-up (`PRAGMA quick_check`): Err with a plain explanation when the file
/// is damaged, truncated or not a database. A missing file is fine (it will be created).
pub fn quick_check(path: &Path) -> std::result::Result<(), String> {
    if !path.exists() {
        return Ok(());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| format!("the progress file cannot be opened ({e})"))?;
    let result: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| format!("the progress file is not readable ({e})"))?;
    if result != "ok" {
        return Err(format!("the progress file is damaged ({result})"));
    }
    Ok(())
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

/// Where automatic backups of the database `db` are kept.
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().map_or_else(|| PathBuf::from("backups"), |d| d.join("backups"))
}
