//! Counts that describe a course: modules, lessons, items, glossary terms and words per language.

use super::load::Course;
use super::markup::word_count;
use super::model::ItemKind;
use super::validate::block_texts;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, PartialEq)]
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
    /// Estimated minutes of lesson reading.
    pub minutes: u32,
    /// Estimated minutes of study in all, quizzes included.
    pub study_minutes: u32,
    /// Words of lesson text per language.
    pub words: BTreeMap<String, usize>,
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
        .map(|(lang, content)| {
            let n = content
                .modules
                .iter()
                .flat_map(|m| &m.lessons)
                .flat_map(|l| &l.blocks)
                .flat_map(block_texts)
                .map(word_count)
                .sum();
            (lang.clone(), n)
        })
        .collect();
    CourseStats {
        id: course.manifest.id.clone(),
        languages: course.manifest.languages.clone(),
        modules: base.modules.len(),
        lessons: base.modules.iter().map(|m| m.lessons.len()).sum(),
        items,
        item_kinds,
        glossary_terms: base.glossary.terms.len(),
        minutes: base.modules.iter().flat_map(|m| &m.lessons).map(|l| l.minutes).sum(),
        study_minutes: course.study_minutes(),
        words,
    }
}
