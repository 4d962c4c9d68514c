//! How long a lesson or a quiz item takes: reading time at a fixed pace plus time to think
//! through scenarios. Loading uses it so that no lesson claims less than its reading time.

use super::markup::word_count;
use super::model::{Block, Item, ItemKind, Lesson, block_texts};

/// Reading pace for time estimates: slow enough for staff reading in a second language.
pub const WORDS_PER_MINUTE: usize = 130;

/// Words of a lesson's text, markup removed.
pub fn lesson_words(lesson: &Lesson) -> usize {
    lesson.blocks.iter().flat_map(block_texts).map(word_count).sum()
}

/// The honest study time of a lesson: its words at [`WORDS_PER_MINUTE`], rounded up, plus a
/// minute for each field scenario to think through.
pub fn lesson_minutes(lesson: &Lesson) -> u32 {
    let scenarios = lesson.blocks.iter().filter(|b| matches!(b, Block::Scenario { .. })).count();
    (lesson_words(lesson).div_ceil(WORDS_PER_MINUTE) + scenarios) as u32
}

/// Minutes to answer a quiz item: one per question, and one more to read a scenario's case.
pub fn item_minutes(item: &Item) -> u32 {
    match &item.kind {
        ItemKind::Scenario { questions, .. } => 1 + questions.len() as u32,
        _ => 1,
    }
}
