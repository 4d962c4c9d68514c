//! Where progress is kept: `--data-dir` if given; a `data/` folder beside the program
//! (portable mode, e.g. on a USB stick); otherwise the per-user data folder of the system. And
//! the files SQLite keeps beside the database.

use std::path::{Path, PathBuf};

/// File name of the progress database inside the data folder.
pub const DATABASE_FILE: &str = "progress.sqlite";

/// The companion files SQLite keeps beside a database in WAL mode.
pub fn companions(db: &Path) -> [PathBuf; 2] {
    let with = |suffix: &str| {
        let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(suffix);
        db.with_file_name(name)
    };
    [with("-wal"), with("-shm")]
}

/// How the data folder was chosen, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataDirSource {
    Flag,
    Portable,
    User,
}

/// Resolve the data folder. `exe_dir` is the folder holding the program.
pub fn data_dir(flag: Option<&Path>, exe_dir: Option<&Path>) -> Option<(PathBuf, DataDirSource)> {
    if let Some(dir) = flag {
        return Some((dir.to_path_buf(), DataDirSource::Flag));
    }
    if let Some(exe_dir) = exe_dir {
        let portable = exe_dir.join("data");
        if portable.is_dir() {
            return Some((portable, DataDirSource::Portable));
        }
    }
    // The local (not roaming) data folder: on Windows %LOCALAPPDATA%\CPMS\CPMS Player\data, which
    // is never copied at logoff nor redirected to a network share, where SQLite's WAL cannot work.
    // Linux and macOS have one data folder (docs/platforms.md, section 3).
    directories::ProjectDirs::from("org", "CPMS", "CPMS Player")
        .map(|p| (p.data_local_dir().to_path_buf(), DataDirSource::User))
}

/// The folder of the running program.
pub fn exe_dir() -> Option<PathBuf> {
    std::env::current_exe().ok()?.parent().map(Path::to_path_buf)
}

/// Where courses are looked for when `--courses-dir` is not given: `courses/` beside the program
/// (portable bundle, Windows installer); on macOS also `../Resources/courses` (the program inside
/// `CPMS Player.app/Contents/MacOS`); else `courses/` in the current folder (running from the
/// source tree). There is no fallback to the folder the program was built in: a copy that lost its
/// courses says so instead of quietly reading the build machine's (tests/dist.rs checks this).
/// When none exists, the folder beside the program is returned, so messages name where to put them.
pub fn default_courses_dir(exe_dir: Option<&Path>) -> PathBuf {
    let here = PathBuf::from("courses");
    let mut candidates = Vec::new();
    if let Some(dir) = exe_dir {
        candidates.push(dir.join("courses"));
        if cfg!(target_os = "macos") {
            candidates.push(dir.join("..").join("Resources").join("courses"));
        }
    }
    candidates.push(here.clone());
    candidates.iter().find(|c| c.is_dir()).cloned().unwrap_or_else(|| match exe_dir {
        Some(dir) => dir.join("courses"),
        None => here,
    })
}

/// Where automatic backups of the database `db` are kept.
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().map_or_else(|| PathBuf::from("backups"), |d| d.join("backups"))
}

/// Whether `out` may be written by an export (report, bundle, certificate, backup): never the
/// progress database or its WAL/SHM files (however the path is spelled, links included), nothing
/// inside the backups or courses folder, not a folder, not a device or another special file (an
/// export is written beside it and renamed over it: that would replace the device). Says why
/// not, as a [`Problem`].
///
/// [`Problem`]: crate::problem::Problem
pub fn check_output(db: &Path, courses_dir: &Path, out: &Path) -> Result<(), crate::problem::Problem> {
    use crate::problem::Problem;
    let target = resolved(out);
    let mut files = vec![db.to_path_buf()];
    files.extend(companions(db));
    if files.iter().any(|f| resolved(f) == target) {
        return Err(Problem::new("out-is-database").path("path", out));
    }
    for folder in [backup_dir(db), courses_dir.to_path_buf()] {
        let folder = resolved(&folder);
        if target.starts_with(&folder) {
            return Err(Problem::new("out-in-protected").path("path", out).path("folder", &folder));
        }
    }
    if target.is_dir() {
        return Err(Problem::new("cannot-write").path("path", out).arg("error", "it is a folder"));
    }
    if target.exists() && !target.is_file() {
        return Err(Problem::new("cannot-write").path("path", out).arg("error", "it is not a regular file"));
    }
    Ok(())
}

/// A path made absolute with its folder's links resolved (the file itself may not exist yet).
fn resolved(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(dir), Some(name)) => resolved(dir).join(name),
        _ => absolute,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn courses_beside_the_program_come_first() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("courses")).unwrap();
        assert_eq!(default_courses_dir(Some(tmp.path())), tmp.path().join("courses"));
    }

    #[test]
    fn without_courses_beside_the_program_the_current_folder_is_used() {
        // Unit tests run in the source tree, which has courses/.
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(default_courses_dir(Some(tmp.path())), PathBuf::from("courses"));
    }
}
