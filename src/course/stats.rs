//! Counts that describe a course: modules, lessons, items, glossary terms and words per language.

use super::load::Course;
use super::model::ItemKind;
pub use super::reading::{WORDS_PER_MINUTE, item_minutes, lesson_minutes, lesson_words};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct CourseStats {
    pub id: String,
    pub languages: Vec<String>,
    pub modules: usize,
    pub lessons: usize,
    /// Quiz items (a scenario with its questions counts as one item).
    pub items: usize,
    /// Items per kind: single_choice, multiple_response, true_false, matching, ordering, scenario.
    pub item_kinds: BTreeMap<String, usize>,
    pub glossary_terms: usize,
    /// Stated minutes of the lessons (default language).
    pub minutes: u32,
    /// Estimated minutes of study in all, quizzes included (default language).
    pub study_minutes: u32,
    /// Words of lesson text per language.
    pub words: BTreeMap<String, usize>,
    /// The reading pace behind the time estimates, in words a minute.
    pub words_per_minute: usize,
    /// Stated lesson minutes per language.
    pub minutes_by_language: BTreeMap<String, u32>,
    /// Estimated minutes of study in all, quizzes included, per language.
    pub study_minutes_by_language: BTreeMap<String, u32>,
}

pub fn kind_name(kind: &ItemKind) -> &'static str {
    match kind {
        ItemKind::SingleChoice { .. } => "single_choice",
        ItemKind::MultipleResponse { .. } => "multiple_response",
        ItemKind::TrueFalse { .. } => "true_false",
        ItemKind::Matching { .. } => "matching",
        ItemKind::Ordering { .. } => "ordering",
        ItemKind::Scenario { .. } => "scenario",
    }
}

pub fn course_stats(course: &Course) -> CourseStats {
    let base = course.language(&course.manifest.default_language);
    let mut item_kinds = BTreeMap::new();
    let mut items = 0;
    for quiz in base.modules.iter().filter_map(|m| m.quiz.as_ref()) {
        for item in &quiz.items {
            items += 1;
            *item_kinds.entry(kind_name(&item.kind).to_string()).or_insert(0) += 1;
        }
    }
    let words = course
        .languages
        .iter()
        .map(|(lang, content)| (lang.clone(), content.modules.iter().flat_map(|m| &m.lessons).map(lesson_words).sum()))
        .collect();
    let minutes_by_language = course
        .languages
        .iter()
        .map(|(lang, content)| (lang.clone(), content.modules.iter().flat_map(|m| &m.lessons).map(|l| l.minutes).sum()))
        .collect();
    let study_minutes_by_language =
        course.languages.keys().map(|lang| (lang.clone(), course.study_minutes_in(lang))).collect();
    CourseStats {
        id: course.manifest.id.to_string(),
        languages: course.manifest.languages.clone(),
        modules: base.modules.len(),
        lessons: base.modules.iter().map(|m| m.lessons.len()).sum(),
        items,
        item_kinds,
        glossary_terms: base.glossary.terms.len(),
        minutes: base.modules.iter().flat_map(|m| &m.lessons).map(|l| l.minutes).sum(),
        study_minutes: course.study_minutes(),
        words,
        words_per_minute: WORDS_PER_MINUTE,
        minutes_by_language,
        study_minutes_by_language,
    }
}
