//! A cache of loaded, validated courses, so that the window and every command open a course in a
//! few milliseconds instead of parsing and validating 2.6 MB of RON each time.
//!
//! The cache file is keyed by a hash of every file of the course folder (names and contents) and
//! of the loader's own source (model, loading, validation): any edit of the course, or a program
//! whose rules differ, misses the cache and takes the full path, which is also the only path that
//! reports problems (a course with problems is never cached). A cache file that cannot be read,
//! written or decoded is ignored: the cache can only make loading faster, never different.

use super::diagnostic::Diagnostic;
use super::load::{Course, Language, load_course};
use super::model::{Glossary, Manifest, Module};
use std::collections::BTreeMap;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// What decides whether a cached course is still the course the loader would build.
const LOADER_SOURCES: [&str; 12] = [
    include_str!("context.rs"),
    include_str!("lint.rs"),
    include_str!("model.rs"),
    include_str!("parse.rs"),
    include_str!("reading.rs"),
    include_str!("markup.rs"),
    include_str!("../quiz/blueprint.rs"),
    include_str!("load.rs"),
    include_str!("validate.rs"),
    include_str!("translation.rs"),
    include_str!("stats.rs"),
    include_str!("cache.rs"),
];

#[derive(serde::Serialize, serde::Deserialize)]
struct Cached {
    key: u64,
    manifest: Manifest,
    languages: BTreeMap<String, (Vec<Module>, Glossary, BTreeMap<String, Vec<u8>>)>,
    context: Option<super::context::ContextPack>,
}

/// Every regular file under `dir` (not following links), sorted by path.
fn files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)? {
            let e = e?;
            let t = e.file_type()?;
            if t.is_dir() {
                stack.push(e.path());
            } else {
                // Links too: loading refuses them, so they must change the key.
                out.push(e.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The key of a course folder: its files' names and contents, and the loader's sources.
pub fn course_key(dir: &Path) -> std::io::Result<u64> {
    // SipHash with fixed keys (`DefaultHasher::new`): stable for a given program, fast enough.
    let mut h = std::hash::DefaultHasher::new();
    for s in LOADER_SOURCES {
        h.write(s.as_bytes());
    }
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    for f in files(dir)? {
        let rel = f.strip_prefix(dir).unwrap_or(&f);
        h.write(rel.to_string_lossy().as_bytes());
        h.write_u8(0);
        let meta = std::fs::symlink_metadata(&f)?;
        if meta.file_type().is_symlink() {
            h.write(b"link");
            continue;
        }
        let bytes = std::fs::read(&f)?;
        h.write_u64(bytes.len() as u64);
        h.write(&bytes);
    }
    Ok(h.finish())
}

/// Load a course through the cache in `cache_dir` (None: no cache). Same result as
/// [`load_course`]; problems always come from a full load.
pub fn load_course_cached(dir: &Path, cache_dir: Option<&Path>) -> Result<Course, Vec<Diagnostic>> {
    let Some(cache_dir) = cache_dir else { return load_course(dir) };
    let Ok(key) = course_key(dir) else { return load_course(dir) };
    load_course_with_key(dir, cache_dir, key)
}

/// [`load_course_cached`] with the key already computed (`course_key`), so that one command
/// hashes the course files once for the course, its lint and its counts.
pub fn load_course_with_key(dir: &Path, cache_dir: &Path, key: u64) -> Result<Course, Vec<Diagnostic>> {
    let file = cache_dir.join(format!("course-{key:016x}.bin"));
    if let Ok(bytes) = std::fs::read(&file)
        && let Ok(cached) = postcard::from_bytes::<Cached>(&bytes)
        && cached.key == key
    {
        let languages = cached
            .languages
            .into_iter()
            .map(|(lang, (modules, glossary, media))| (lang, Language { modules, glossary, media }))
            .collect();
        return Ok(Course { dir: dir.to_path_buf(), manifest: cached.manifest, languages, context: cached.context });
    }
    let course = load_course(dir)?;
    store(&course, key, cache_dir, &file);
    Ok(course)
}

/// The item lint of a valid course through the cache (same key as the course).
pub fn lint_cached(
    dir: &Path,
    cache_dir: Option<&Path>,
    key: Option<u64>,
) -> Result<Vec<super::lint::Warning>, Vec<Diagnostic>> {
    let Some(cache_dir) = cache_dir else { return super::lint::lint_dir(dir) };
    let Some(key) = key.or_else(|| course_key(dir).ok()) else { return super::lint::lint_dir(dir) };
    let file = cache_dir.join(format!("lint-{key:016x}.bin"));
    // Warnings are stored with paths relative to the course folder: the same course elsewhere
    // (another copy, another temporary folder) gets its own paths back.
    if let Ok(bytes) = std::fs::read(&file)
        && let Ok((k, mut warnings)) = postcard::from_bytes::<(u64, Vec<super::lint::Warning>)>(&bytes)
        && k == key
    {
        for w in &mut warnings {
            w.diagnostic.file = dir.join(&w.diagnostic.file);
        }
        return Ok(warnings);
    }
    let warnings = super::lint::lint_dir(dir)?;
    let relative: Vec<super::lint::Warning> = warnings
        .iter()
        .cloned()
        .map(|mut w| {
            if let Ok(rel) = w.diagnostic.file.strip_prefix(dir) {
                w.diagnostic.file = rel.to_path_buf();
            }
            w
        })
        .collect();
    if let Ok(bytes) = postcard::to_stdvec(&(key, &relative))
        && std::fs::create_dir_all(cache_dir).is_ok()
    {
        let _ = crate::platform::write_durably(&file, &bytes, crate::platform::Access::Shared);
    }
    Ok(warnings)
}

/// The counts of a valid course (`validate`'s summary: word counts in every language) through the
/// cache, under the same key as the course.
pub fn stats_cached(course: &Course, cache_dir: Option<&Path>, key: Option<u64>) -> super::stats::CourseStats {
    let compute = || super::stats::course_stats(course);
    let Some(cache_dir) = cache_dir else { return compute() };
    let Some(key) = key.or_else(|| course_key(&course.dir).ok()) else { return compute() };
    let file = cache_dir.join(format!("stats-{key:016x}.bin"));
    if let Ok(bytes) = std::fs::read(&file)
        && let Ok((k, stats)) = postcard::from_bytes::<(u64, super::stats::CourseStats)>(&bytes)
        && k == key
    {
        return stats;
    }
    let stats = compute();
    if let Ok(bytes) = postcard::to_stdvec(&(key, &stats))
        && std::fs::create_dir_all(cache_dir).is_ok()
    {
        let _ = crate::platform::write_durably(&file, &bytes, crate::platform::Access::Shared);
    }
    stats
}

/// Write the cache file (best effort: a read-only disk only means no cache).
fn store(course: &Course, key: u64, cache_dir: &Path, file: &Path) {
    let cached = Cached {
        key,
        manifest: course.manifest.clone(),
        languages: course
            .languages
            .iter()
            .map(|(l, lang)| (l.clone(), (lang.modules.clone(), lang.glossary.clone(), lang.media.clone())))
            .collect(),
        context: course.context.clone(),
    };
    let Ok(bytes) = postcard::to_stdvec(&cached) else { return };
    if std::fs::create_dir_all(cache_dir).is_err() {
        return;
    }
    // Older cache files of this course are left to be replaced by name; remove stale ones of the
    // same folder name so the cache does not grow with every edit.
    if let Ok(entries) = std::fs::read_dir(cache_dir) {
        let mine = format!("course-{key:016x}.bin");
        let mut old: Vec<(std::time::SystemTime, PathBuf)> = entries
            .flatten()
            .filter(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                (name.starts_with("course-") || name.starts_with("lint-") || name.starts_with("stats-")) && name != mine
            })
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect();
        old.sort();
        // Keep a few (several courses may be installed); drop the oldest beyond that.
        while old.len() > 16 {
            let (_, p) = old.remove(0);
            let _ = std::fs::remove_file(p);
        }
    }
    let _ = crate::platform::write_durably(file, &bytes, crate::platform::Access::Shared);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_key_changes_with_any_byte() {
        let dir = std::env::temp_dir().join(format!("cpms-cache-key-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("en")).unwrap();
        std::fs::write(dir.join("course.ron"), "a").unwrap();
        std::fs::write(dir.join("en/x.ron"), "b").unwrap();
        let k1 = super::course_key(&dir).unwrap();
        assert_eq!(k1, super::course_key(&dir).unwrap());
        std::fs::write(dir.join("en/x.ron"), "c").unwrap();
        assert_ne!(k1, super::course_key(&dir).unwrap());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
