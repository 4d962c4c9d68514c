//! Validation of a parsed course: ids, quiz items, links, media, and that every translation has
//! exactly the structure and the correct answers of the default language.

use super::diagnostic::Diagnostic;
use super::markup::term_links;
pub use super::model::block_texts;
use super::model::{Block, FinalAssessment, Item, ItemKind, LocalKind, Module, Section, Tag};
use super::parse::{Parsed, ParsedFile, at, is_safe_name};
use super::translation::check_translations;
use crate::quiz::blueprint::{serves, shortfall};
use std::collections::{BTreeSet, HashSet};
use std::path::Path;

/// Every problem of a parsed course, in file order.
pub fn validate(parsed: &Parsed) -> Vec<Diagnostic> {
    // The translations are compared with the default language on a second thread while the
    // files are checked on this one (about half of the validation time each).
    std::thread::scope(|scope| {
        let translations = scope.spawn(|| {
            let mut out = Vec::new();
            check_translations(parsed, &mut out);
            out
        });
        let mut out = check_files(parsed);
        out.extend(translations.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        out
    })
}

/// The problems of each file (manifest, modules, glossaries) on its own.
fn check_files(parsed: &Parsed) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check_manifest(parsed, &mut out);
    for (lang, files) in &parsed.modules {
        let terms: HashSet<&str> = parsed
            .glossaries
            .get(lang)
            .map(|g| g.value.terms.iter().map(|t| t.id.as_str()).collect())
            .unwrap_or_default();
        let mut ids = Ids::default();
        for (file, expected_id) in files.iter().zip(&parsed.manifest.modules) {
            check_module(parsed, file, expected_id.as_str(), &terms, &mut ids, &mut out);
        }
    }
    for g in parsed.glossaries.values() {
        let mut seen = HashSet::new();
        for t in &g.value.terms {
            if !seen.insert(t.id.as_str()) {
                out.push(at(
                    g,
                    &t.id,
                    format!("glossary term id '{}' is used twice", t.id),
                    "give each term its own id",
                ));
            }
            if t.term.trim().is_empty() || t.definition.trim().is_empty() {
                out.push(at(
                    g,
                    &t.id,
                    format!("glossary term '{}' has an empty name or definition", t.id),
                    "write the term and its definition",
                ));
            }
        }
    }
    out
}

fn manifest_at(parsed: &Parsed, needle: &str, message: String, hint: &str) -> Diagnostic {
    Diagnostic::at(&parsed.manifest_path, &parsed.manifest_source, needle, message, hint)
}

fn check_manifest(parsed: &Parsed, out: &mut Vec<Diagnostic>) {
    let m = &parsed.manifest;
    if !is_safe_name(m.id.as_str()) {
        out.push(manifest_at(
            parsed,
            "id:",
            format!("course id '{}' is not usable", m.id),
            "use lowercase letters, digits and hyphens, e.g. \"cpms-2019\"",
        ));
    }
    if m.languages.is_empty() {
        out.push(manifest_at(
            parsed,
            "languages",
            "the course lists no languages".into(),
            "add at least one, e.g. languages: [\"en\"]",
        ));
    }
    if !m.languages.contains(&m.default_language) {
        out.push(manifest_at(
            parsed,
            "default_language",
            format!("default language '{}' is not in `languages`", m.default_language),
            "add it to `languages` or pick one listed there",
        ));
    }
    for lang in &m.languages {
        if !m.title.contains_key(lang) {
            out.push(manifest_at(
                parsed,
                "title",
                format!("no title for language '{lang}'"),
                "add an entry to `title` for every language",
            ));
        }
    }
    if !m.about.is_empty() {
        for lang in &m.languages {
            let text = m.about.get(lang).map(String::as_str).unwrap_or("");
            if text.trim().is_empty() {
                out.push(manifest_at(
                    parsed,
                    "about",
                    format!("no \"about this course\" text for language '{lang}'"),
                    "add an entry to `about` for every language, or remove `about`",
                ));
                continue;
            }
            let terms: HashSet<&str> = parsed
                .glossaries
                .get(lang)
                .map(|g| g.value.terms.iter().map(|t| t.id.as_str()).collect())
                .unwrap_or_default();
            for term in term_links(text) {
                if !terms.contains(term.as_str()) {
                    let near = nearest_term(&term, &terms).map_or(String::new(), |n| format!("did you mean [[{n}]]? "));
                    out.push(manifest_at(
                        parsed,
                        &format!("[[{term}"),
                        format!("glossary link [[{term}]] in `about` ({lang}) names no term of the glossary"),
                        &format!("{near}add the term to {lang}/glossary.ron or correct the link"),
                    ));
                }
            }
        }
    }
    if !m.edition.is_empty() {
        for lang in &m.languages {
            if m.edition.get(lang).is_none_or(|e| e.trim().is_empty()) {
                out.push(manifest_at(
                    parsed,
                    "edition",
                    format!("no edition for language '{lang}'"),
                    "add an entry to `edition` for every language, or remove `edition`",
                ));
            }
        }
    }
    if let Some(path) = &m.short_path {
        check_short_path(parsed, path, out);
    }
    if m.modules.is_empty() {
        out.push(manifest_at(
            parsed,
            "modules",
            "the course lists no modules".into(),
            "list the module ids in study order",
        ));
    }
    let mut seen = HashSet::new();
    for id in &m.modules {
        if !seen.insert(id) {
            out.push(manifest_at(
                parsed,
                &format!("\"{id}\""),
                format!("module '{id}' is listed twice"),
                "list each module once",
            ));
        }
    }
    if !(1..=100).contains(&m.pass_mark) {
        out.push(manifest_at(
            parsed,
            "pass_mark",
            format!("pass mark {} is out of range", m.pass_mark),
            "use a percentage from 1 to 100",
        ));
    }
    if let Some(f) = &m.final_assessment {
        if !(1..=100).contains(&f.pass_mark) {
            out.push(manifest_at(
                parsed,
                "final_assessment",
                format!("final pass mark {} is out of range", f.pass_mark),
                "use a percentage from 1 to 100",
            ));
        }
        if !m.modules.contains(&f.module) {
            out.push(manifest_at(
                parsed,
                "final_assessment",
                format!("final assessment module '{}' is not in `modules`", f.module),
                "name a module listed in `modules`",
            ));
        }
        check_blueprint(parsed, f, out);
    }
}

/// The short path names modules of the course and standards that some lesson teaches.
fn check_short_path(parsed: &Parsed, path: &super::model::ShortPath, out: &mut Vec<Diagnostic>) {
    let m = &parsed.manifest;
    for id in &path.modules {
        if !m.modules.contains(id) {
            out.push(manifest_at(
                parsed,
                &format!("\"{id}\""),
                format!("short path module '{id}' is not in `modules`"),
                "name a module listed in `modules`",
            ));
        }
    }
    let default = parsed.modules.get(&m.default_language);
    for &n in &path.standards {
        let tag = format!("std-{n}");
        let taught =
            default.is_some_and(|files| files.iter().flat_map(|f| &f.value.lessons).any(|l| l.teaches.contains(&tag)));
        if !(1..=Tag::STANDARDS).contains(&n) || !taught {
            out.push(manifest_at(
                parsed,
                "short_path",
                format!("short path standard {n} is not taught by any lesson"),
                "name standards 1 to 28 that a lesson `teaches` (std-N)",
            ));
        }
    }
    if path.modules.is_empty() && path.standards.is_empty() && path.choose == 0 {
        out.push(manifest_at(
            parsed,
            "short_path",
            "the short path is empty".into(),
            "name modules, standards or a number of standards to choose, or remove `short_path`",
        ));
    }
}

/// The final assessment's draw: a positive `draw` or a blueprint (never both), well-formed
/// section tags, and a bank that can meet the blueprint in every language.
fn check_blueprint(parsed: &Parsed, f: &FinalAssessment, out: &mut Vec<Diagnostic>) {
    let m = &parsed.manifest;
    if f.sections.is_empty() {
        let draw = f.draw.unwrap_or(0);
        if draw == 0 {
            out.push(manifest_at(
                parsed,
                "final_assessment",
                "the final assessment draws 0 items".into(),
                "set `draw` to the number of items per attempt, or give a blueprint in `sections`",
            ));
        }
        // Translations share the bank's structure, so the default language tells its size.
        let default = parsed.modules.get(&m.default_language);
        if let Some(file) = default.and_then(|files| files.iter().find(|f2| f2.value.id == f.module)) {
            let bank = file.value.quiz.as_ref().map_or(0, |q| q.items.len());
            if bank < draw {
                out.push(manifest_at(
                    parsed,
                    "draw",
                    format!(
                        "the final assessment draws {draw} items but the bank in {} holds {bank}",
                        file.path.display()
                    ),
                    "add items to the bank or lower `draw` in course.ron",
                ));
            }
        }
        return;
    }
    if f.draw.is_some() {
        out.push(manifest_at(
            parsed,
            "draw",
            "the final assessment has both `draw` and a blueprint in `sections`".into(),
            "remove `draw`: with a blueprint each attempt asks the sum of the sections' draws",
        ));
    }
    for s in &f.sections {
        let needle = s.tags.first().map_or("sections".to_string(), |t| format!("\"{t}\""));
        if s.draw == 0 || s.tags.is_empty() {
            out.push(manifest_at(
                parsed,
                &needle,
                format!("blueprint section {} draws {} items from {} tags", section_name(s), s.draw, s.tags.len()),
                "give each section at least one tag and draw: 1 or more",
            ));
        }
        for t in &s.tags {
            if Tag::parse(t).is_none() {
                out.push(manifest_at(
                    parsed,
                    &format!("\"{t}\""),
                    format!("blueprint tag '{t}' is not a standard, a principle or basics"),
                    "write std-1 … std-28, principle-1 … principle-10 or basics",
                ));
            }
        }
    }
    for files in parsed.modules.values() {
        let Some(file) = files.iter().find(|f2| f2.value.id == f.module) else { continue };
        let items = file.value.quiz.as_ref().map_or(&[][..], |q| q.items.as_slice());
        let short = shortfall(items, &f.sections);
        for (s, missing) in f.sections.iter().zip(short) {
            if missing == 0 {
                continue;
            }
            let pool: Vec<&str> = items.iter().filter(|i| serves(i, s)).map(|i| i.id.as_str()).collect();
            let needle = s.tags.first().map_or("sections".to_string(), |t| format!("\"{t}\""));
            out.push(manifest_at(
                parsed,
                &needle,
                format!(
                    "the bank in {} cannot meet blueprint section {}: it draws {}, {missing} missing; items tagged {}: {}",
                    file.path.display(),
                    section_name(s),
                    s.draw,
                    s.tags.join("/"),
                    if pool.is_empty() { "none".to_string() } else { pool.join(", ") }
                ),
                &format!(
                    "add items with tests: [\"{}\"] to that bank, or lower the section's draw",
                    s.tags.first().map_or("", String::as_str)
                ),
            ));
        }
    }
}

fn section_name(s: &Section) -> String {
    if s.name.is_empty() { format!("[{}]", s.tags.join(", ")) } else { format!("'{}'", s.name) }
}

/// Ids already used in one language, to catch duplicates across files.
#[derive(Default)]
struct Ids {
    lessons: HashSet<String>,
    quizzes: HashSet<String>,
    items: HashSet<String>,
}

fn check_module(
    parsed: &Parsed,
    file: &ParsedFile<Module>,
    expected_id: &str,
    terms: &HashSet<&str>,
    ids: &mut Ids,
    out: &mut Vec<Diagnostic>,
) {
    let m = &file.value;
    if m.id != expected_id {
        out.push(at(
            file,
            m.id.as_str(),
            format!("module id '{}' does not match its file name", m.id),
            &format!("write id: \"{expected_id}\" or rename the file"),
        ));
    }
    if m.title.trim().is_empty() {
        out.push(at(file, m.id.as_str(), "the module has no title".into(), "write a title"));
    }
    let is_final = parsed.manifest.final_assessment.as_ref().is_some_and(|f| f.module == m.id);
    if m.lessons.is_empty() && m.quiz.is_none() {
        out.push(at(file, m.id.as_str(), "the module has neither lessons nor a quiz".into(), "add lessons or a quiz"));
    }
    if is_final && m.quiz.is_none() {
        out.push(at(
            file,
            m.id.as_str(),
            "the final assessment module has no quiz".into(),
            "add quiz: Some(Quiz(...)) holding the item bank",
        ));
    }
    for lesson in &m.lessons {
        if !ids.lessons.insert(lesson.id.to_string()) {
            out.push(at(
                file,
                lesson.id.as_str(),
                format!("lesson id '{}' is used twice", lesson.id),
                "give each lesson its own id",
            ));
        }
        for t in &lesson.teaches {
            if Tag::parse(t).is_none() {
                out.push(at(
                    file,
                    lesson.id.as_str(),
                    format!("lesson '{}' teaches '{t}', which is not a standard, a principle or basics", lesson.id),
                    "write std-1 … std-28, principle-1 … principle-10 or basics",
                ));
            }
        }
        if lesson.minutes == 0 {
            out.push(at(
                file,
                lesson.id.as_str(),
                format!("lesson '{}' has minutes: 0", lesson.id),
                "estimate the study time in minutes",
            ));
        }
        if lesson.blocks.is_empty() {
            out.push(at(
                file,
                lesson.id.as_str(),
                format!("lesson '{}' has no content", lesson.id),
                "add blocks such as Text(\"...\")",
            ));
        }
        for block in &lesson.blocks {
            for text in block_texts(block) {
                check_links(file, text, terms, out);
            }
            if let Block::Local { kind, standard } = block {
                let fits = match kind {
                    LocalKind::Example => standard.is_some_and(|n| (1..=Tag::STANDARDS).contains(&n)),
                    LocalKind::Referrals | LocalKind::Terms => standard.is_none(),
                };
                if !fits {
                    out.push(at(
                        file,
                        lesson.id.as_str(),
                        format!("lesson '{}' has a Local place of kind {kind:?} with standard {standard:?}", lesson.id),
                        "write Local(kind: Example, standard: N) with N from 1 to 28, or Local(kind: Referrals) / Local(kind: Terms) without a standard",
                    ));
                }
            }
            if let Block::Image { src, alt } = block {
                let path = Path::new(src);
                if path.is_absolute()
                    || path.components().any(|c| matches!(c, std::path::Component::ParentDir))
                    || !parsed.dir.join(path).is_file()
                {
                    out.push(Diagnostic::at(
                        &file.path,
                        &file.source,
                        src,
                        format!("image '{src}' is not in the course folder"),
                        "put the image in media/ and give its path relative to the course folder",
                    ));
                }
                let lang = file.path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("");
                let media = super::parse::media_file(&parsed.dir, src, lang);
                if src.ends_with(".svg")
                    && let Ok(bytes) = std::fs::read(&media)
                    && let Err(e) = crate::figure::Figure::parse(&bytes)
                {
                    out.push(Diagnostic::at(
                        &file.path,
                        &file.source,
                        src,
                        format!("figure '{}' cannot be drawn: {e}", media.display()),
                        "fix the SVG file (a plain SVG with a viewBox; text in Noto Sans)",
                    ));
                }
                if alt.trim().is_empty() {
                    out.push(Diagnostic::at(
                        &file.path,
                        &file.source,
                        src,
                        format!("image '{src}' has no alt text"),
                        "describe the picture in `alt` for screen readers",
                    ));
                }
            }
        }
    }
    let mut readings = HashSet::new();
    for r in &m.further_reading {
        if !is_safe_name(&r.id) || !readings.insert(r.id.as_str()) {
            out.push(at(
                file,
                &r.id,
                format!("further reading id '{}' is empty, not plain, or used twice in this module", r.id),
                "give each entry of `further_reading` its own id (letters, digits, hyphens)",
            ));
        }
        if r.title.trim().is_empty() {
            out.push(at(
                file,
                &r.id,
                format!("further reading '{}' has no title", r.id),
                "write the resource's title in this language in `title`",
            ));
        }
    }
    if let Some(quiz) = &m.quiz {
        if !ids.quizzes.insert(quiz.id.clone()) {
            out.push(at(file, &quiz.id, format!("quiz id '{}' is used twice", quiz.id), "give each quiz its own id"));
        }
        if quiz.items.is_empty() {
            out.push(at(file, &quiz.id, format!("quiz '{}' has no items", quiz.id), "add at least one Item"));
        }
        for item in &quiz.items {
            check_item(file, item, false, ids, out);
        }
    }
}

/// Refuse every glossary link of `text` that names no term of the language's glossary, at its
/// file and line, suggesting the nearest existing term id.
fn check_links(file: &ParsedFile<Module>, text: &str, terms: &HashSet<&str>, out: &mut Vec<Diagnostic>) {
    for term in term_links(text) {
        if terms.contains(term.as_str()) {
            continue;
        }
        let hint = match nearest_term(&term, terms) {
            Some(near) => format!(
                "did you mean [[{near}]]? Otherwise add a term with id \"{term}\" to glossary.ron, or correct the link"
            ),
            None => format!("add a term with id \"{term}\" to glossary.ron, or correct the link"),
        };
        out.push(Diagnostic::at(
            &file.path,
            &file.source,
            &format!("[[{term}"),
            format!("glossary link [[{term}]] names no term of the glossary"),
            hint,
        ));
    }
}

/// The glossary term id closest to `id` by edit distance (ties: alphabetical), if any is close
/// enough to be a plausible typo (at most half the length of `id` away).
pub fn nearest_term<'a>(id: &str, terms: &HashSet<&'a str>) -> Option<&'a str> {
    let mut sorted: Vec<&'a str> = terms.iter().copied().collect();
    sorted.sort_unstable();
    sorted
        .into_iter()
        .map(|t| (edit_distance(id, t), t))
        .min_by_key(|(d, _)| *d)
        .filter(|(d, _)| *d <= id.chars().count().div_ceil(2).max(2))
        .map(|(_, t)| t)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn check_item(file: &ParsedFile<Module>, item: &Item, nested: bool, ids: &mut Ids, out: &mut Vec<Diagnostic>) {
    let id = &item.id;
    let mut fail = |msg: String, hint: &str| out.push(at(file, id.as_str(), msg, hint));
    if !ids.items.insert(id.to_string()) {
        fail(format!("item id '{id}' is used twice"), "give each item its own id");
    }
    if item.prompt.trim().is_empty() {
        fail(format!("item '{id}' has no prompt"), "write the question in `prompt`");
    }
    if item.explanation.trim().is_empty() {
        fail(format!("item '{id}' has no explanation"), "explain in `explanation` why the answer is right");
    }
    for t in &item.tests {
        if Tag::parse(t).is_none() {
            fail(
                format!("item '{id}' tests '{t}', which is not a standard, a principle or basics"),
                "write std-1 … std-28, principle-1 … principle-10 or basics",
            );
        }
    }
    let unique = |ids: Vec<&str>| ids.iter().collect::<BTreeSet<_>>().len() == ids.len();
    match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => {
            let correct = options.iter().filter(|o| o.correct).count();
            if options.len() < 2 {
                fail(format!("item '{id}' has fewer than 2 options"), "add options");
            }
            if !unique(options.iter().map(|o| o.id.as_str()).collect()) {
                fail(format!("item '{id}' has two options with the same id"), "give each option its own id");
            }
            if matches!(item.kind, ItemKind::SingleChoice { .. }) && correct != 1 {
                fail(
                    format!("single-choice item '{id}' has {correct} correct options"),
                    "mark exactly one option correct: true, or make it MultipleResponse",
                );
            }
            if matches!(item.kind, ItemKind::MultipleResponse { .. }) && correct == 0 {
                fail(
                    format!("multiple-response item '{id}' has no correct option"),
                    "mark at least one option correct: true",
                );
            }
        }
        ItemKind::TrueFalse { .. } => {}
        ItemKind::Matching { pairs, spares } => {
            if pairs.len() < 2 {
                fail(format!("matching item '{id}' has fewer than 2 pairs"), "add pairs");
            }
            if !unique(pairs.iter().map(|p| p.id.as_str()).chain(spares.iter().map(|s| s.id.as_str())).collect()) {
                fail(
                    format!("matching item '{id}' has two pairs or spares with the same id"),
                    "give each pair and spare its own id",
                );
            }
            if !unique(pairs.iter().map(|p| p.left.trim()).collect()) {
                fail(
                    format!("matching item '{id}' has two identical left-hand texts (only luck could tell them apart)"),
                    "make every left-hand text different",
                );
            }
            if !unique(crate::course::matching_rights(pairs, spares).into_iter().map(|(_, r)| r.trim()).collect()) {
                fail(
                    format!("matching item '{id}' has two identical right-hand texts"),
                    "make every right-hand text different",
                );
            }
        }
        ItemKind::Ordering { steps } => {
            if steps.len() < 2 {
                fail(format!("ordering item '{id}' has fewer than 2 steps"), "add steps");
            }
            if !unique(steps.iter().map(|s| s.id.as_str()).collect()) {
                fail(format!("ordering item '{id}' has two steps with the same id"), "give each step its own id");
            }
            if !unique(steps.iter().map(|s| s.text.trim()).collect()) {
                fail(
                    format!("ordering item '{id}' has two steps with the same text (only luck could order them)"),
                    "make every step's text different",
                );
            }
        }
        ItemKind::Scenario { case, questions } => {
            if nested {
                fail(
                    format!("scenario item '{id}' is inside another scenario"),
                    "scenario questions must be of the other kinds",
                );
            }
            if case.trim().is_empty() || questions.is_empty() {
                fail(
                    format!("scenario item '{id}' needs a case and at least one question"),
                    "write `case` and add questions",
                );
            }
            for q in questions {
                check_item(file, q, true, ids, out);
            }
        }
    }
}
