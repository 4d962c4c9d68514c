//! Installing a course package from a folder or a `.zip` into the courses folder: the package is
//! unpacked (refusing paths that escape the folder and oversized archives), validated whole, and
//! only then moved into place. A course with the same id is replaced; a broken package changes
//! nothing.

use super::diagnostic::Diagnostic;
use super::load::load_course;
use super::stats::{CourseStats, course_stats};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Archives larger than this (uncompressed) are refused.
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;
/// Archives with more entries than this are refused.
pub const MAX_ENTRIES: usize = 20_000;

fn problem(path: &Path, message: impl Into<String>, hint: &str) -> Vec<Diagnostic> {
    vec![Diagnostic::new(path, 0, 0, message, hint)]
}

/// Unpack a zip archive into `dest`, safely.
pub fn unzip(archive: &Path, dest: &Path) -> Result<(), Vec<Diagnostic>> {
    let file =
        std::fs::File::open(archive).map_err(|e| problem(archive, format!("cannot open: {e}"), "check the file"))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| {
        problem(archive, format!("not a readable zip archive: {e}"), "make the package again with a zip tool")
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(problem(
            archive,
            format!("the archive holds {} entries", zip.len()),
            "a course package holds at most 20,000 files",
        ));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut entry = zip
            .by_index(i)
            .map_err(|e| problem(archive, format!("entry {i} is unreadable: {e}"), "make the package again"))?;
        let Some(relative) = entry.enclosed_name() else {
            return Err(problem(
                archive,
                format!("entry '{}' points outside the package", entry.name()),
                "this archive is unsafe; do not use it",
            ));
        };
        let target = dest.join(&relative);
        if entry.is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| problem(&target, e.to_string(), "check free disk space"))?;
            continue;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| problem(parent, e.to_string(), "check free disk space"))?;
        }
        // Count real bytes, not the sizes the archive claims.
        let mut out =
            std::fs::File::create(&target).map_err(|e| problem(&target, e.to_string(), "check free disk space"))?;
        let budget = MAX_UNPACKED_BYTES.saturating_sub(total) + 1;
        let copied = std::io::copy(&mut (&mut entry).take(budget), &mut out).map_err(|e| {
            problem(
                archive,
                format!("cannot unpack '{}': {e}", relative.display()),
                "check free disk space and the archive",
            )
        })?;
        total += copied;
        if total > MAX_UNPACKED_BYTES {
            return Err(problem(
                archive,
                "the archive unpacks to more than 512 MB",
                "a course package must be smaller; this may be a zip bomb",
            ));
        }
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_symlink() {
            return Err(std::io::Error::other(format!(
                "{} is a symbolic link; a course package holds only plain files and folders",
                entry.path().display()
            )));
        } else if kind.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// The folder holding `course.ron`: the unpacked root, or its single sub-folder.
fn course_root(dir: &Path) -> Option<PathBuf> {
    if dir.join("course.ron").is_file() {
        return Some(dir.to_path_buf());
    }
    let subs: Vec<PathBuf> =
        std::fs::read_dir(dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    match subs.as_slice() {
        [one] if one.join("course.ron").is_file() => Some(one.clone()),
        _ => None,
    }
}

/// Load a course from a `.zip` package without installing it (for `validate`): unpacked into a
/// temporary folder with the same guards as an install, loaded, and the folder removed.
pub fn load_course_zip(archive: &Path) -> Result<crate::course::Course, Vec<Diagnostic>> {
    let staging = std::env::temp_dir().join(format!("cpms-validate-{}", uuid::Uuid::new_v4()));
    let result = (|| {
        unzip(archive, &staging)?;
        let root = course_root(&staging).ok_or_else(|| {
            problem(archive, "no course.ron in the package", "a package is a zip of a course folder holding course.ron")
        })?;
        load_course(&root).map_err(|ds| {
            // Name the files as they are inside the archive, not in the temporary folder.
            ds.into_iter()
                .map(|mut d| {
                    if let Ok(inner) = d.file.strip_prefix(&staging) {
                        d.file = archive.join(inner);
                    }
                    d
                })
                .collect::<Vec<_>>()
        })
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result
}

/// Install a course from a folder or `.zip` into `courses_dir`. Returns the course's counts, or
/// every problem found (the courses folder is then unchanged).
pub fn install_course(source: &Path, courses_dir: &Path) -> Result<CourseStats, Vec<Diagnostic>> {
    std::fs::create_dir_all(courses_dir)
        .map_err(|e| problem(courses_dir, e.to_string(), "check the courses folder"))?;
    let staging = courses_dir.join(format!(".installing-{}", uuid::Uuid::new_v4()));
    let result = (|| {
        if source.is_dir() {
            copy_dir(source, &staging)
                .map_err(|e| problem(source, format!("cannot copy: {e}"), "check the folder and free disk space"))?;
        } else {
            unzip(source, &staging)?;
        }
        let root = course_root(&staging).ok_or_else(|| {
            problem(
                source,
                "no course.ron in the package",
                "a package is a course folder (or a zip of one) holding course.ron",
            )
        })?;
        let course = load_course(&root)?;
        let stats = course_stats(&course);
        let target = courses_dir.join(course.id().as_str());
        // A course replaced by a new version keeps the trainer's context pack when the new
        // package brings none and the pack still fits the new course.
        let pack = target.join(super::context::FILE);
        let carried = root.join(super::context::FILE);
        if pack.is_file()
            && !carried.exists()
            && std::fs::copy(&pack, &carried).is_ok()
            && super::context::load_pack(&root, &course.manifest).is_err()
        {
            let _ = std::fs::remove_file(&carried);
        }
        let old = courses_dir.join(format!(".replaced-{}-{}", course.id(), uuid::Uuid::new_v4()));
        if target.exists() {
            std::fs::rename(&target, &old).map_err(|e| {
                problem(&target, format!("cannot replace the installed course: {e}"), "close other programs using it")
            })?;
        }
        if let Err(e) = std::fs::rename(&root, &target) {
            let _ = std::fs::rename(&old, &target);
            return Err(problem(&target, format!("cannot install: {e}"), "check the courses folder"));
        }
        let _ = std::fs::remove_dir_all(&old);
        Ok(stats)
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result
}
