//! Context packs: local facts a trainer or an organisation adds to a course without editing it —
//! referral contacts, local terms and a local example per standard — in a small RON file,
//! `context.ron`, kept in the course folder (so a zip of the course carries it). Lessons show
//! them at their `Local(..)` places, marked as local information. A pack is validated whole
//! before it counts: every problem is located (file, line, column) and worded as a [`Problem`],
//! so the command line and the window say it in the user's language. The format is documented
//! in `courses/README.md`.

use super::diagnostic::{Diagnostic, line_col};
use super::model::{Manifest, Tag};
use crate::problem::Problem;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The file name of an installed pack, in the course folder.
pub const FILE: &str = "context.ron";

/// A text per language code; a language the pack lacks falls back to the course's default
/// language (which every text must have).
pub type Text = BTreeMap<String, String>;

/// `context.ron`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContextPack {
    /// The id of the course the pack is for.
    pub course: crate::ids::CourseId,
    /// Who added the pack, and for where (e.g. an organisation and a district).
    pub name: Text,
    #[serde(default)]
    pub referrals: Vec<Referral>,
    #[serde(default)]
    pub terms: Vec<LocalTerm>,
    #[serde(default)]
    pub examples: Vec<LocalExample>,
}

/// A service to refer a child or a family to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub name: Text,
    /// What to refer for (e.g. "medical care after sexual violence, 24 hours").
    pub what_for: Text,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub address: Text,
}

/// A term of the course and the word or explanation used locally.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LocalTerm {
    pub term: Text,
    pub local: Text,
}

/// A local example for one standard (1–28).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LocalExample {
    pub standard: u8,
    pub text: Text,
}

/// A problem of a pack file: where, and what (a message of `assets/i18n/cli-*.ftl`).
#[derive(Debug, Clone, PartialEq)]
pub struct PackProblem {
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

impl PackProblem {
    /// The problem with its place, as one message (`context-at`) to word in any language.
    pub fn located(&self) -> Problem {
        if self.line == 0 {
            return Problem::new("context-in-file").path("file", &self.file).sub("problem", self.problem.clone());
        }
        Problem::new("context-at")
            .path("file", &self.file)
            .num("line", self.line as f64)
            .num("column", self.column as f64)
            .sub("problem", self.problem.clone())
    }

    /// The problem as a course diagnostic (English), for `validate` and the course loader.
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::new(
            &self.file,
            self.line,
            self.column,
            self.problem.to_string(),
            "correct the context pack (see courses/README.md, \"Context packs\") or remove context.ron",
        )
    }
}

impl ContextPack {
    /// `text` in `lang`, else in the course's default language, else in any language it has.
    pub fn pick<'a>(text: &'a Text, lang: &str, manifest: &Manifest) -> &'a str {
        text.get(lang)
            .or_else(|| text.get(&manifest.default_language))
            .or_else(|| manifest.languages.first().and_then(|l| text.get(l)))
            .or_else(|| text.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The local example for `standard`, if the pack has one.
    pub fn example(&self, standard: u8) -> Option<&Text> {
        self.examples.iter().find(|e| e.standard == standard).map(|e| &e.text)
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Read and parse a pack file (not yet checked against a course).
pub fn parse_pack(path: &Path) -> Result<(String, ContextPack), Vec<PackProblem>> {
    let whole = |problem: Problem| vec![PackProblem { file: path.to_path_buf(), line: 0, column: 0, problem }];
    let bytes =
        std::fs::read(path).map_err(|e| whole(Problem::new("context-unreadable").arg("error", e.to_string())))?;
    let source = String::from_utf8(bytes).map_err(|_| whole(Problem::new("context-not-utf8")))?;
    let source = source.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(source);
    match ron_options().from_str::<ContextPack>(&source) {
        Ok(pack) => Ok((source, pack)),
        Err(e) => Err(vec![PackProblem {
            file: path.to_path_buf(),
            line: e.position.line,
            column: e.position.col,
            problem: Problem::new("context-syntax").arg("error", e.code.to_string()),
        }]),
    }
}

/// Place of the `n`-th (0-based) occurrence of `needle` in `source`, else of its first, else 1:1.
fn nth(source: &str, needle: &str, n: usize) -> (usize, usize) {
    source
        .match_indices(needle)
        .nth(n)
        .or_else(|| source.match_indices(needle).next())
        .map_or((1, 1), |(offset, _)| line_col(source, offset))
}

/// Every problem of a parsed pack for the course of `manifest`.
pub fn check_pack(path: &Path, source: &str, pack: &ContextPack, manifest: &Manifest) -> Vec<PackProblem> {
    let mut out = Vec::new();
    let mut push = |(line, column): (usize, usize), problem: Problem| {
        out.push(PackProblem { file: path.to_path_buf(), line, column, problem })
    };
    if pack.course != manifest.id {
        push(
            nth(source, "course:", 0),
            Problem::new("context-wrong-course").arg("found", &pack.course).arg("course", &manifest.id),
        );
    }
    let languages: BTreeSet<&str> = manifest.languages.iter().map(String::as_str).collect();
    // Each text: the course's default language present, only the course's languages, no empty text.
    let mut texts: Vec<((usize, usize), String, &Text, bool)> =
        vec![(nth(source, "name:", 0), "name".into(), &pack.name, true)];
    for (i, r) in pack.referrals.iter().enumerate() {
        let at = nth(source, "Referral(", i);
        let what = format!("referrals {}", i + 1);
        texts.push((at, format!("{what}: name"), &r.name, true));
        texts.push((at, format!("{what}: what_for"), &r.what_for, true));
        texts.push((at, format!("{what}: address"), &r.address, false));
        if r.phone.trim().is_empty() && r.address.values().all(|a| a.trim().is_empty()) {
            push(at, Problem::new("context-no-contact").num("number", (i + 1) as f64));
        }
    }
    for (i, t) in pack.terms.iter().enumerate() {
        let at = nth(source, "LocalTerm(", i);
        texts.push((at, format!("terms {}: term", i + 1), &t.term, true));
        texts.push((at, format!("terms {}: local", i + 1), &t.local, true));
    }
    let mut seen = BTreeSet::new();
    for (i, e) in pack.examples.iter().enumerate() {
        let at = nth(source, "LocalExample(", i);
        if !(1..=Tag::STANDARDS).contains(&e.standard) {
            push(at, Problem::new("context-bad-standard").num("standard", e.standard));
        } else if !seen.insert(e.standard) {
            push(at, Problem::new("context-standard-twice").num("standard", e.standard));
        }
        texts.push((at, format!("examples {}: text", i + 1), &e.text, true));
    }
    for (at, what, text, required) in texts {
        if !required && text.is_empty() {
            continue;
        }
        if !text.contains_key(&manifest.default_language) {
            push(
                at,
                Problem::new("context-no-default-text").arg("what", &what).arg("lang", &manifest.default_language),
            );
        }
        for (lang, value) in text {
            if !languages.contains(lang.as_str()) {
                push(
                    at,
                    Problem::new("context-unknown-language")
                        .arg("what", &what)
                        .arg("lang", lang)
                        .arg("languages", manifest.languages.join(", ")),
                );
            } else if value.trim().is_empty() {
                push(at, Problem::new("context-empty-text").arg("what", &what).arg("lang", lang));
            }
        }
    }
    // In file order, as an author reads them.
    out.sort_by_key(|p| (p.line, p.column));
    out
}

/// The pack installed in `course_dir`, checked against its course: `None` when there is none.
pub fn load_pack(course_dir: &Path, manifest: &Manifest) -> Result<Option<ContextPack>, Vec<PackProblem>> {
    let path = course_dir.join(FILE);
    if !path.exists() {
        return Ok(None);
    }
    let (source, pack) = parse_pack(&path)?;
    let problems = check_pack(&path, &source, &pack, manifest);
    if problems.is_empty() { Ok(Some(pack)) } else { Err(problems) }
}

/// Check the pack `file` against the course installed in `course_dir` and, only when it has no
/// problem, install it there (replacing an earlier pack, written whole or not at all). On any
/// problem nothing changes.
pub fn install_pack(file: &Path, course_dir: &Path, manifest: &Manifest) -> Result<ContextPack, Vec<PackProblem>> {
    let (source, pack) = parse_pack(file)?;
    let problems = check_pack(file, &source, &pack, manifest);
    if !problems.is_empty() {
        return Err(problems);
    }
    let target = course_dir.join(FILE);
    crate::platform::write_durably(&target, source.as_bytes(), crate::platform::Access::Shared).map_err(|e| {
        vec![PackProblem {
            file: target.clone(),
            line: 0,
            column: 0,
            problem: Problem::new("cannot-write").path("path", &target).arg("error", e.to_string()),
        }]
    })?;
    Ok(pack)
}

/// Remove the pack installed in `course_dir`; false when there was none.
pub fn remove_pack(course_dir: &Path) -> Result<bool, Problem> {
    let path = course_dir.join(FILE);
    if !path.exists() {
        return Ok(false);
    }
    std::fs::remove_file(&path)
        .map(|_| true)
        .map_err(|e| Problem::new("cannot-write").path("path", &path).arg("error", e.to_string()))
}

/// Add the pack `file` to the installed course it is for: the course `course` when given, else
/// the one its `course` field names, among `courses` (folder, manifest). Returns the course id
/// and the pack; on any problem nothing changes.
pub fn add_pack(
    file: &Path,
    course: Option<&str>,
    courses: &[(PathBuf, Manifest)],
) -> Result<(crate::ids::CourseId, ContextPack), Vec<PackProblem>> {
    let (source, pack) = parse_pack(file)?;
    let id = course.map_or_else(|| pack.course.clone(), crate::ids::CourseId::from);
    let Some((dir, manifest)) = courses.iter().find(|(_, m)| m.id == id) else {
        let installed: Vec<&str> = courses.iter().map(|(_, m)| m.id.as_str()).collect();
        let (line, column) = if course.is_some() { (0, 0) } else { nth(&source, "course:", 0) };
        return Err(vec![PackProblem {
            file: file.to_path_buf(),
            line,
            column,
            problem: Problem::new("context-no-course").arg("course", id).arg("installed", installed.join(", ")),
        }]);
    };
    let pack = install_pack(file, dir, manifest)?;
    Ok((manifest.id.clone(), pack))
}
