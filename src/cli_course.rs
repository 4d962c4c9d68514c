//! Command line for course packages: `validate` (through the course cache, with item lint),
//! `assess-check` (the test-wise simulator) and `course add-context|remove-context` (context packs).

use anyhow::{Context, Result, bail};
use cpms_player::course::{self, Diagnostic, stats::course_stats};
use cpms_player::problem::Problem;
use std::path::{Path, PathBuf};

/// `assess-check`: the test-wise simulator on a course's final assessment, per language.
pub(crate) fn assess_check(
    dir: &Path,
    lang: Option<&str>,
    attempts: usize,
    seed: u64,
    json: bool,
    show_items: bool,
) -> Result<i32> {
    use cpms_player::quiz::simulate::{item_cues, simulate};
    let c = match course::load_course(dir) {
        Ok(c) => c,
        Err(ds) => {
            for d in &ds {
                eprintln!("error: {d}");
            }
            return Ok(1);
        }
    };
    let Some(f) = c.manifest.final_assessment.as_ref() else {
        bail!("{}: the course has no final assessment (final_assessment in course.ron)", dir.display());
    };
    let languages: Vec<String> = match lang {
        Some(l) if c.languages.contains_key(l) => vec![l.to_string()],
        Some(l) => bail!("the course has no language '{l}'; it has {}", c.manifest.languages.join(", ")),
        None => c.manifest.languages.clone(),
    };
    let mut reports = Vec::new();
    let mut cues = Vec::new();
    for l in &languages {
        let content = c.language(l);
        let items = content.quiz(&f.module).map_or(&[][..], |q| q.items.as_slice());
        let module_items: Vec<_> = content
            .modules
            .iter()
            .filter(|m| m.id != f.module)
            .filter_map(|m| m.quiz.as_ref())
            .flat_map(|q| q.items.iter().cloned())
            .collect();
        reports.push(simulate(items, &module_items, c.draw(&f.module), f.pass_mark, l, attempts, seed));
        cues.push(item_cues(items, l));
    }
    if json {
        outln!("{}", serde_json::to_string_pretty(&serde_json::json!({"course": c.id(), "languages": reports}))?);
        return Ok(0);
    }
    for r in &reports {
        outln!(
            "{} [{}]: {} attempts per reader, {} items per attempt, pass mark {} %",
            c.id(),
            r.language,
            r.attempts,
            r.items_per_attempt,
            r.pass_mark
        );
        for o in r.strategies.iter().chain([&r.half_knowledge]) {
            outln!("  {:<16} mean {:5.1} %   pass rate {:5.1} %", o.reader, o.mean_percent, o.pass_rate * 100.0);
        }
        outln!("  best no-knowledge reader: {} ({:.1} %)", r.best.reader, r.best.mean_percent);
        outln!(
            "  retaker passing within 3 attempts: {:.1} % under the attempt policy ({:.1} % if every key were shown)",
            r.retaker_pass_within_3 * 100.0,
            r.retaker_pass_within_3_every_key_shown * 100.0
        );
        outln!(
            "  standards per attempt: min {} mean {:.1} max {} (of {} tagged in the bank)",
            r.coverage.min,
            r.coverage.mean,
            r.coverage.max,
            r.coverage.in_bank
        );
    }
    if show_items {
        for (r, cues) in reports.iter().zip(&cues) {
            outln!("items whose form gives the key away [{}]: {}", r.language, cues.len());
            for (id, leaks) in cues {
                let what: Vec<String> = leaks.iter().map(|(s, e)| format!("{s} {:.0} %", e * 100.0)).collect();
                outln!("  {id}: {}", what.join(", "));
            }
        }
    }
    Ok(0)
}

/// Course folders named by a path: the folder itself, or its sub-folders holding a course.
pub(crate) fn course_dirs(path: &Path) -> Result<Vec<PathBuf>> {
    if path.join("course.ron").is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if !path.is_dir() {
        return Err(Problem::new("course-not-found").path("path", path).into());
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("course.ron").is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        bail!("{}: no course.ron here or in its sub-folders; a course folder must contain course.ron", path.display());
    }
    Ok(dirs)
}

pub(crate) fn validate(paths: &[PathBuf], json: bool, strict: bool, cache: Option<&Path>) -> Result<i32> {
    let mut stats = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut warnings: Vec<course::lint::Warning> = Vec::new();
    for path in paths {
        if path.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
            match course::install::load_course_zip(path) {
                Ok(c) => stats.push(course_stats(&c)),
                Err(mut ds) => problems.append(&mut ds),
            }
            continue;
        }
        let dirs = match course_dirs(path) {
            Ok(d) => d,
            Err(e) => {
                problems.push(Diagnostic::new(path, 0, 0, e.to_string(), "give the path of a course folder"));
                continue;
            }
        };
        for dir in dirs {
            // The course files are hashed once for the course, its counts and its lint.
            let key = cache.and_then(|_| course::cache::course_key(&dir).ok());
            let loaded = match (cache, key) {
                (Some(cache), Some(key)) => course::cache::load_course_with_key(&dir, cache, key),
                _ => course::load_course(&dir),
            };
            match loaded {
                Ok(c) => {
                    stats.push(course::cache::stats_cached(&c, cache, key));
                    // Item lint on a valid course: warnings, errors under --strict (cached with
                    // the course: same key).
                    match course::cache::lint_cached(&dir, cache, key) {
                        Ok(mut w) => warnings.append(&mut w),
                        Err(mut ds) => problems.append(&mut ds),
                    }
                }
                Err(mut ds) => problems.append(&mut ds),
            }
        }
    }
    if strict {
        problems.extend(warnings.drain(..).map(|w| w.diagnostic));
    }
    let as_json = |d: &Diagnostic| serde_json::json!({"file": d.file, "line": d.line, "column": d.column, "message": d.message, "hint": d.hint});
    if json {
        let errors: Vec<serde_json::Value> = problems.iter().map(as_json).collect();
        let lint: Vec<serde_json::Value> = warnings
            .iter()
            .map(|w| {
                let mut v = as_json(&w.diagnostic);
                v["rule"] = w.rule.name().into();
                v
            })
            .collect();
        outln!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "courses": stats,
                "errors": errors,
                "warnings": lint,
                "lint_counts": course::lint::counts(&warnings),
            }))?
        );
    } else {
        for w in &warnings {
            eprintln!("warning[{}]: {}", w.rule.name(), w.diagnostic);
        }
        if !warnings.is_empty() {
            eprintln!("{} item-lint warning(s); `validate --strict` makes them errors.", warnings.len());
        }
        for s in &stats {
            let words: Vec<String> = s.words.iter().map(|(l, n)| format!("{n} words ({l})")).collect();
            outln!(
                "ok  {}: {} languages, {} modules, {} lessons, {} quiz items, {} glossary terms, {} min, {}",
                s.id,
                s.languages.len(),
                s.modules,
                s.lessons,
                s.items,
                s.glossary_terms,
                s.minutes,
                words.join(", ")
            );
        }
        for d in &problems {
            eprintln!("error: {d}");
        }
        if !problems.is_empty() {
            eprintln!("{} problem(s) found.", problems.len());
        }
    }
    Ok(if problems.is_empty() { 0 } else { 1 })
}

/// `course add-context FILE [--course ID]` and `course remove-context --course ID`. Problems of a
/// pack are printed each with its file and line, in the user's language; nothing changes then.
pub(crate) fn context_command(cli: &crate::cli::Cli, action: &crate::cli::CourseAction) -> Result<i32> {
    use crate::cli::CourseAction;
    use cpms_player::course::context;
    let tr = cpms_player::i18n::Tr::new(&cli.message_language());
    let catalog = course::load_catalog(&cli.courses_dir());
    match action {
        CourseAction::AddContext { file, course } => {
            let courses: Vec<_> = catalog.courses.iter().map(|c| (c.dir.clone(), c.manifest.clone())).collect();
            match context::add_pack(file, course.as_deref(), &courses) {
                Ok((id, pack)) => {
                    let path = courses.iter().find(|(_, m)| m.id == id).map(|(d, _)| d.join(context::FILE));
                    outln!(
                        "{}",
                        tr.problem(
                            &Problem::new("context-added-cli")
                                .arg("course", &id)
                                .path("path", &path.unwrap_or_default())
                                .num("referrals", pack.referrals.len() as f64)
                                .num("terms", pack.terms.len() as f64)
                                .num("examples", pack.examples.len() as f64)
                        )
                    );
                    Ok(0)
                }
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{}: {}", tr.t("error-prefix"), tr.problem(&p.located()));
                    }
                    Ok(1)
                }
            }
        }
        CourseAction::RemoveContext { course } => {
            // A course whose pack is broken does not load: its folder is still found by its id.
            let dir = catalog.courses.iter().find(|c| c.id() == course).map(|c| c.dir.clone()).or_else(|| {
                let d = cli.courses_dir().join(course);
                (course::parse::is_safe_name(course) && d.join("course.ron").is_file()).then_some(d)
            });
            let Some(dir) = dir else {
                let installed: Vec<&str> = catalog.courses.iter().map(|c| c.id().as_str()).collect();
                return Err(Problem::new("context-no-course")
                    .arg("course", course)
                    .arg("installed", installed.join(", "))
                    .into());
            };
            let removed = context::remove_pack(&dir)?;
            let id = if removed { "context-removed" } else { "context-none-to-remove" };
            outln!("{}", tr.problem(&Problem::new(id).arg("course", course)));
            Ok(0)
        }
    }
}
