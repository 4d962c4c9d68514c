//! The courses of a courses folder: each loaded through the cache (`cache`), broken ones listed
//! with their problems while the others still load.

use super::diagnostic::Diagnostic;
use super::load::Course;
use std::path::{Path, PathBuf};

/// The courses found in a courses folder, and the ones that could not be loaded.
#[derive(Debug, Default)]
pub struct Catalog {
    pub courses: Vec<Course>,
    /// Course folders that failed to load, with every problem found.
    pub problems: Vec<(PathBuf, Vec<Diagnostic>)>,
}

/// Load every course folder (a sub-folder holding `course.ron`) under `dir`.
/// Broken courses are reported in [`Catalog::problems`]; the others still load.
pub fn load_catalog(dir: &Path) -> Catalog {
    load_catalog_cached(dir, None)
}

/// [`load_catalog`] through the course cache in `cache_dir` (see `course::cache`).
pub fn load_catalog_cached(dir: &Path, cache_dir: Option<&Path>) -> Catalog {
    let mut catalog = Catalog::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            catalog.problems.push((
                dir.to_path_buf(),
                vec![Diagnostic::new(
                    dir,
                    0,
                    0,
                    format!("cannot read the courses folder: {e}"),
                    "check the path given with --courses-dir",
                )],
            ));
            return catalog;
        }
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("course.ron").is_file())
        // Folders starting with a dot are installations in progress or replaced courses.
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
        .collect();
    dirs.sort();
    for d in dirs {
        match super::cache::load_course_cached(&d, cache_dir) {
            Ok(course) => catalog.courses.push(course),
            Err(problems) => catalog.problems.push((d, problems)),
        }
    }
    catalog
}
