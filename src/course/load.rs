//! Loading course folders: parse every RON file, then validate the whole package.
//!
//! Loading never stops at the first problem: every file is parsed and every problem is
//! collected, so an author sees the complete list at once.

use super::diagnostic::Diagnostic;
use super::model::{Glossary, Item, Lesson, Manifest, Module, Quiz};
use super::parse::{media_file, parse_course};
use super::validate;
use crate::ids::{CourseId, ItemId, LessonId, ModuleId};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A loaded, valid course.
#[derive(Debug, Clone)]
pub struct Course {
    pub dir: PathBuf,
    pub manifest: Manifest,
    /// Content per language code; every language listed in the manifest is present.
    pub languages: BTreeMap<String, Language>,
    /// The local information a trainer added (`context.ron` in the course folder), if any.
    pub context: Option<super::context::ContextPack>,
}

/// The content of a course in one language.
#[derive(Debug, Clone, Default)]
pub struct Language {
    /// Modules in manifest order.
    pub modules: Vec<Module>,
    pub glossary: Glossary,
    /// The bytes of every figure its lessons show, by `src` as written in the lesson (the file
    /// of this language when the course has one, see [`media_file`]).
    pub media: BTreeMap<String, Vec<u8>>,
}

/// The figures of a language's lessons, read once when the course loads (validation has
/// checked that each exists and can be drawn).
fn read_media(dir: &Path, lang: &str, modules: &[Module]) -> BTreeMap<String, Vec<u8>> {
    modules
        .iter()
        .flat_map(|m| &m.lessons)
        .flat_map(|l| &l.blocks)
        .filter_map(|b| match b {
            super::model::Block::Image { src, .. } => {
                std::fs::read(media_file(dir, src, lang)).ok().map(|bytes| (src.clone(), bytes))
            }
            _ => None,
        })
        .collect()
}

/// Load and validate a course folder. All problems are returned at once.
pub fn load_course(dir: &Path) -> Result<Course, Vec<Diagnostic>> {
    let parsed = parse_course(dir)?;
    let problems = validate::validate(&parsed);
    if !problems.is_empty() {
        return Err(problems);
    }
    // A context pack in the folder counts only when it is valid; its problems are the course's.
    let context = super::context::load_pack(&parsed.dir, &parsed.manifest)
        .map_err(|ps| ps.iter().map(super::context::PackProblem::diagnostic).collect::<Vec<_>>())?;
    let languages = parsed
        .modules
        .into_iter()
        .map(|(lang, files)| {
            let glossary = parsed.glossaries.get(&lang).map(|g| g.value.clone()).unwrap_or_default();
            let mut modules: Vec<Module> = files.into_iter().map(|f| f.value).collect();
            // Honest time: a lesson never claims less than its reading time at 130 words a
            // minute plus its scenarios, whatever its file says.
            for lesson in modules.iter_mut().flat_map(|m| &mut m.lessons) {
                lesson.minutes = lesson.minutes.max(super::reading::lesson_minutes(lesson));
            }
            let media = read_media(&parsed.dir, &lang, &modules);
            (lang, Language { modules, glossary, media })
        })
        .collect();
    Ok(Course { dir: parsed.dir, manifest: parsed.manifest, languages, context })
}

impl Course {
    pub fn id(&self) -> &CourseId {
        &self.manifest.id
    }

    /// The content in `lang`, or in the default language when the course lacks `lang`.
    pub fn language(&self, lang: &str) -> &Language {
        self.languages
            .get(lang)
            .or_else(|| self.languages.get(&self.manifest.default_language))
            .or_else(|| self.languages.values().next())
            .unwrap_or(&EMPTY_LANGUAGE)
    }

    /// The course title in `lang`, falling back to the default language.
    pub fn title(&self, lang: &str) -> &str {
        self.manifest
            .title
            .get(lang)
            .or_else(|| self.manifest.title.get(&self.manifest.default_language))
            .map(String::as_str)
            .unwrap_or(self.manifest.id.as_str())
    }

    pub fn description(&self, lang: &str) -> &str {
        self.manifest
            .description
            .get(lang)
            .or_else(|| self.manifest.description.get(&self.manifest.default_language))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// "About this course" in `lang`, falling back to the default language; empty when the course
    /// has none.
    pub fn about(&self, lang: &str) -> &str {
        self.manifest
            .about
            .get(lang)
            .or_else(|| self.manifest.about.get(&self.manifest.default_language))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The edition the course teaches in `lang`, falling back to the default language; empty when
    /// the course names none.
    pub fn edition(&self, lang: &str) -> &str {
        self.manifest
            .edition
            .get(lang)
            .or_else(|| self.manifest.edition.get(&self.manifest.default_language))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether `module_id` is the final assessment.
    pub fn is_final(&self, module_id: &ModuleId) -> bool {
        self.manifest.final_assessment.as_ref().is_some_and(|f| f.module == *module_id)
    }

    /// Pass mark (percent) of the quiz of `module_id`.
    pub fn pass_mark(&self, module_id: &ModuleId) -> u8 {
        match &self.manifest.final_assessment {
            Some(f) if f.module == *module_id => f.pass_mark,
            _ => self.manifest.pass_mark,
        }
    }

    /// How an attempt at the quiz of `module_id` picks its items: all of them, except in the final
    /// assessment (its blueprint, or `draw` items at random).
    pub fn draw(&self, module_id: &ModuleId) -> crate::quiz::Draw<'_> {
        use crate::quiz::Draw;
        match &self.manifest.final_assessment {
            Some(f) if f.module == *module_id && !f.sections.is_empty() => Draw::Blueprint(&f.sections),
            Some(f) if f.module == *module_id => Draw::Count(f.draw.unwrap_or(0)),
            _ => Draw::All,
        }
    }

    /// All lessons in study order (module, lesson), in the default language.
    pub fn lesson_ids(&self) -> Vec<(ModuleId, LessonId)> {
        let lang = self.language(&self.manifest.default_language);
        lang.modules.iter().flat_map(|m| m.lessons.iter().map(move |l| (m.id.clone(), l.id.clone()))).collect()
    }

    /// Estimated study time in minutes in the default language; see [`Course::study_minutes_in`].
    pub fn study_minutes(&self) -> u32 {
        self.study_minutes_in(&self.manifest.default_language)
    }

    /// Estimated study time in minutes in `lang`: the lessons' minutes (never less than their
    /// reading time at 130 words a minute, see [`load_course`]) plus the quizzes, a minute per
    /// question asked (every module item once, and the final assessment's draw).
    pub fn study_minutes_in(&self, lang: &str) -> u32 {
        let lang = self.language(lang);
        let lessons: u32 = lang.modules.iter().flat_map(|m| &m.lessons).map(|l| l.minutes).sum();
        let quizzes: u32 = lang
            .modules
            .iter()
            .filter_map(|m| m.quiz.as_ref().map(|q| (m, q)))
            .map(|(m, q)| {
                let per_item: Vec<u32> = q.items.iter().map(super::reading::item_minutes).collect();
                match self.draw(&m.id).count() {
                    // A draw asks `draw` items of the bank's average length.
                    Some(draw) if !per_item.is_empty() => {
                        let total: u32 = per_item.iter().sum();
                        (total * draw.min(per_item.len()) as u32).div_ceil(per_item.len() as u32)
                    }
                    _ => per_item.iter().sum(),
                }
            })
            .sum();
        lessons + quizzes
    }

    /// Quizzes as (module id, quiz id), in study order.
    pub fn quiz_ids(&self) -> Vec<(ModuleId, String)> {
        let lang = self.language(&self.manifest.default_language);
        lang.modules.iter().filter_map(|m| m.quiz.as_ref().map(|q| (m.id.clone(), q.id.clone()))).collect()
    }
}

impl Language {
    pub fn module(&self, id: &ModuleId) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == *id)
    }

    pub fn lesson(&self, module_id: &ModuleId, lesson_id: &LessonId) -> Option<&Lesson> {
        self.module(module_id)?.lessons.iter().find(|l| l.id == *lesson_id)
    }

    pub fn quiz(&self, module_id: &ModuleId) -> Option<&Quiz> {
        self.module(module_id)?.quiz.as_ref()
    }

    pub fn item(&self, module_id: &ModuleId, item_id: &ItemId) -> Option<&Item> {
        self.quiz(module_id)?.items.iter().find(|i| i.id == *item_id)
    }

    pub fn term(&self, id: &str) -> Option<&super::model::Term> {
        self.glossary.terms.iter().find(|t| t.id == id)
    }
}

static EMPTY_LANGUAGE: Language =
    Language { modules: Vec::new(), glossary: Glossary { terms: Vec::new() }, media: BTreeMap::new() };
