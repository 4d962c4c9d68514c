//! Where progress is kept: `--data-dir` if given; a `data/` folder beside the program
//! (portable mode, e.g. on a USB stick); otherwise the per-user data folder of the system.

use std::path::{Path, PathBuf};

/// File name of the progress database inside the data folder.
pub const DATABASE_FILE: &str = "progress.sqlite";

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
    directories::ProjectDirs::from("org", "CPMS", "CPMS Player")
        .map(|p| (p.data_dir().to_path_buf(), DataDirSource::User))
}

/// The folder of the running program.
pub fn exe_dir() -> Option<PathBuf> {
    std::env::current_exe().ok()?.parent().map(Path::to_path_buf)
}

/// Where courses are looked for when `--courses-dir` is not given: `courses/` beside the program
/// (portable bundle), else `courses/` in the current folder (running from the source tree).
pub fn default_courses_dir(exe_dir: Option<&Path>) -> PathBuf {
    if let Some(dir) = exe_dir {
        let beside = dir.join("courses");
        if beside.is_dir() {
            return beside;
        }
    }
    let here = PathBuf::from("courses");
    if here.is_dir() {
        return here;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("courses")
}
