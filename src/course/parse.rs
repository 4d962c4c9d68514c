//! Parsing a course folder: every RON file read and parsed, each problem located (file, line,
//! column), before any validation. The lowest layer of `course`: validation, translation
//! checks, the item lint and loading all build on it.

use super::diagnostic::{Diagnostic, locate_id};
use super::model::{Glossary, Manifest, Module};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The parsed files of a course before validation, with their sources for error positions.
pub struct Parsed {
    pub dir: PathBuf,
    pub manifest_path: PathBuf,
    pub manifest_source: String,
    pub manifest: Manifest,
    /// language → (module id → (path, source, module)).
    pub modules: BTreeMap<String, Vec<ParsedFile<Module>>>,
    pub glossaries: BTreeMap<String, ParsedFile<Glossary>>,
}

pub struct ParsedFile<T> {
    pub path: PathBuf,
    pub source: String,
    pub value: T,
}

/// RON options shared by every course file: `Some(..)` may be left out around optional values.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Read and parse one RON file, turning any failure into a located diagnostic.
fn parse_file<T: DeserializeOwned>(path: &Path, what: &str) -> Result<(String, T), Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::new(path, 0, 0, format!("cannot read {what}: {e}"), "make sure the file exists and can be read")
    })?;
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = good.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            return Err(Diagnostic::new(
                path,
                line,
                column,
                format!("{what} is not UTF-8 text (byte 0x{:02X})", e.as_bytes()[good.len()]),
                "save the file as UTF-8 (in most editors: Save as → Encoding: UTF-8)",
            ));
        }
    };
    // A byte-order mark (Notepad writes one) is not part of the text.
    let source = match source.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => source,
    };
    match ron_options().from_str::<T>(&source) {
        Ok(value) => Ok((source, value)),
        Err(e) => Err(Diagnostic::new(
            path,
            e.position.line,
            e.position.col,
            format!("{what} is not valid: {}", e.code),
            hint_for(&e.code),
        )),
    }
}

/// A fix suggestion for a RON parse error.
fn hint_for(error: &ron::Error) -> String {
    use ron::Error as E;
    match error {
        E::ExpectedComma | E::ExpectedArrayEnd | E::ExpectedStructLikeEnd | E::ExpectedMapEnd => {
            "check for a missing comma or an unclosed bracket just before this point".into()
        }
        E::ExpectedStringEnd | E::ExpectedString => {
            "close the string with a double quote; write a quote inside text as \\\"".into()
        }
        E::MissingStructField { field, .. } => format!("add the field `{field}: ...`"),
        E::NoSuchStructField { expected, .. } => {
            format!("remove or rename the field; allowed fields: {}", expected.join(", "))
        }
        E::NoSuchEnumVariant { expected, .. } => format!("use one of: {}", expected.join(", ")),
        E::DuplicateStructField { field, .. } => format!("remove the second `{field}`"),
        _ => "compare with the examples in courses/README.md".into(),
    }
}

/// Parse all files of a course folder. Returns every parse problem found.
pub fn parse_course(dir: &Path) -> Result<Parsed, Vec<Diagnostic>> {
    let manifest_path = dir.join("course.ron");
    if !manifest_path.is_file() {
        return Err(vec![Diagnostic::new(
            &manifest_path,
            0,
            0,
            "no course manifest found",
            "a course folder must contain course.ron; see courses/README.md",
        )]);
    }
    let links = symbolic_links(dir);
    if !links.is_empty() {
        return Err(links
            .iter()
            .map(|l| {
                Diagnostic::new(
                    l,
                    0,
                    0,
                    "symbolic links are not allowed in a course package",
                    "replace the link by the file itself (a link could point outside the package)",
                )
            })
            .collect());
    }
    let (manifest_source, manifest) =
        parse_file::<Manifest>(&manifest_path, "the course manifest").map_err(|d| vec![d])?;
    let mut seen = std::collections::BTreeSet::new();
    if let Some(twice) = manifest.languages.iter().find(|l| !seen.insert(l.as_str())) {
        let needle = format!("\"{twice}\"");
        return Err(vec![Diagnostic::at(
            &manifest_path,
            &manifest_source,
            &needle,
            format!("language '{twice}' is listed twice in `languages`"),
            "list each language once",
        )]);
    }
    let mut problems = Vec::new();
    let mut modules = BTreeMap::new();
    let mut glossaries = BTreeMap::new();
    // Languages are parsed in parallel (RON parsing is most of the loading time); problems are
    // still reported in manifest order.
    let languages = manifest.languages.as_slice();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, languages.len().max(1));
    let mut parsed_languages: Vec<(usize, LanguageFiles)> = std::thread::scope(|scope| {
        let (manifest_path, manifest_source, manifest) = (&manifest_path, &manifest_source, &manifest);
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                scope.spawn(move || {
                    (w..languages.len())
                        .step_by(workers)
                        .map(|i| (i, parse_language(dir, manifest_path, manifest_source, manifest, &languages[i])))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    parsed_languages.sort_by_key(|(i, _)| *i);
    // A glossary missing in one language is one problem, not one per glossary link.
    if let Some((_, with)) = parsed_languages.iter().find(|(_, f)| f.glossary.is_some()) {
        let with_path = with.glossary.as_ref().map(|g| g.path.display().to_string()).unwrap_or_default();
        for (i, files) in parsed_languages.iter_mut() {
            if files.glossary.is_none() && files.modules.is_some() && files.problems.is_empty() {
                let path = dir.join(&languages[*i]).join("glossary.ron");
                files.problems.push(Diagnostic::new(
                    &path,
                    0,
                    0,
                    format!("{} does not exist, but {with_path} does", path.display()),
                    "translate the glossary into this language too (same term ids)",
                ));
            }
        }
    }
    for (i, files) in parsed_languages {
        problems.extend(files.problems);
        if let Some(m) = files.modules {
            modules.insert(languages[i].clone(), m);
        }
        if let Some(g) = files.glossary {
            glossaries.insert(languages[i].clone(), g);
        }
    }
    if problems.is_empty() {
        Ok(Parsed { dir: dir.to_path_buf(), manifest_path, manifest_source, manifest, modules, glossaries })
    } else {
        Err(problems)
    }
}

/// The parsed files of one language of a course, and the problems found.
#[derive(Default)]
struct LanguageFiles {
    problems: Vec<Diagnostic>,
    /// None when the language code is unusable.
    modules: Option<Vec<ParsedFile<Module>>>,
    glossary: Option<ParsedFile<Glossary>>,
}

/// Parse the module files and the glossary of one language.
fn parse_language(
    dir: &Path,
    manifest_path: &Path,
    manifest_source: &str,
    manifest: &Manifest,
    lang: &str,
) -> LanguageFiles {
    let mut out = LanguageFiles::default();
    if !is_safe_name(lang) {
        out.problems.push(Diagnostic::at(
            manifest_path,
            manifest_source,
            &format!("\"{lang}\""),
            format!("language code '{lang}' is not a plain folder name"),
            "use a code like en, fr, es or ar",
        ));
        return out;
    }
    let lang_dir = dir.join(lang);
    let mut files = Vec::new();
    for module_id in &manifest.modules {
        if !is_safe_name(module_id.as_str()) {
            out.problems.push(Diagnostic::at(
                manifest_path,
                manifest_source,
                &format!("\"{module_id}\""),
                format!("module id '{module_id}' is not a plain file name"),
                "use lowercase letters, digits and hyphens",
            ));
            continue;
        }
        let path = lang_dir.join(format!("{module_id}.ron"));
        if !path.is_file() {
            let (line, column) = super::diagnostic::locate_id(manifest_source, module_id.as_str()).unwrap_or((1, 1));
            out.problems.push(Diagnostic::new(
                manifest_path,
                line,
                column,
                format!("module '{module_id}' is listed but {} does not exist", path.display()),
                format!("create {lang}/{module_id}.ron, or remove '{module_id}' from `modules`"),
            ));
            continue;
        }
        match parse_file::<Module>(&path, "the module file") {
            Ok((source, value)) => files.push(ParsedFile { path, source, value }),
            Err(d) => out.problems.push(d),
        }
    }
    out.modules = Some(files);
    let path = lang_dir.join("glossary.ron");
    if path.exists() {
        match parse_file::<Glossary>(&path, "the glossary") {
            Ok((source, value)) => {
                out.glossary = Some(ParsedFile { path, source, value });
            }
            Err(d) => out.problems.push(d),
        }
    }
    out
}

/// Symbolic links anywhere in the folder `dir` (not followed).
fn symbolic_links(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            match e.file_type() {
                Ok(t) if t.is_symlink() => found.push(e.path()),
                Ok(t) if t.is_dir() => stack.push(e.path()),
                _ => {}
            }
        }
    }
    found.sort();
    found
}

/// A name usable as a single path component.
pub fn is_safe_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A diagnostic at the place where `id` appears in a parsed file.
pub fn at<T>(file: &ParsedFile<T>, id: &str, message: String, hint: &str) -> Diagnostic {
    let (line, column) = locate_id(&file.source, id).unwrap_or((1, 1));
    Diagnostic::new(&file.path, line, column, message, hint)
}

/// The file a lesson's `Image(src: …)` shows in `lang`: `media/x.ar.svg` beside `media/x.svg`
/// when the course has one for that language (a figure with words in it, or mirrored), else
/// `src` itself.
pub fn media_file(dir: &Path, src: &str, lang: &str) -> PathBuf {
    let path = Path::new(src);
    if let (Some(stem), Some(ext)) = (path.file_stem(), path.extension()) {
        let mut name = stem.to_os_string();
        name.push(format!(".{lang}."));
        name.push(ext);
        let variant = dir.join(path.with_file_name(name));
        if variant.is_file() {
            return variant;
        }
    }
    dir.join(path)
}
