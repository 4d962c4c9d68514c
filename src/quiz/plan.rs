//! Attempt plans: which items an attempt asks, in which order, with options shuffled —
//! all derived from one recorded seed, so an attempt can be replayed exactly.

use super::blueprint::{Draw, draw_sections};
use crate::course::{Item, ItemKind};
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// One item of an attempt, with the display order of its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedItem {
    /// Index of the item in the quiz.
    pub index: usize,
    /// Display order of options (choice items), right-hand texts (matching) or steps (ordering),
    /// as indices into the item's list. Empty for true/false and scenarios.
    pub order: Vec<usize>,
    /// Plans of a scenario's questions, in their written order.
    pub questions: Vec<PlannedItem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub seed: u64,
    pub items: Vec<PlannedItem>,
}

/// Plan an attempt at a quiz: pick the items (all of them, `n` at random, or a blueprint's
/// stratified draw), shuffle them and each item's parts, all from `seed`.
pub fn plan_attempt<'a>(items: &[Item], draw: impl Into<Draw<'a>>, seed: u64) -> Plan {
    let draw: Draw = draw.into();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut indices: Vec<usize> = match draw {
        Draw::Blueprint(sections) => draw_sections(items, sections, &mut rng).concat(),
        _ => (0..items.len()).collect(),
    };
    indices.shuffle(&mut rng);
    if let Draw::Count(n) = draw {
        indices.truncate(n);
    }
    let planned = indices.into_iter().map(|i| plan_item(&items[i], i, &mut rng)).collect();
    Plan { seed, items: planned }
}

fn plan_item(item: &Item, index: usize, rng: &mut ChaCha8Rng) -> PlannedItem {
    let parts = match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => options.len(),
        ItemKind::Matching { pairs, spares } => pairs.len() + spares.len(),
        ItemKind::Ordering { steps } => steps.len(),
        ItemKind::TrueFalse { .. } | ItemKind::Scenario { .. } => 0,
    };
    let mut order: Vec<usize> = (0..parts).collect();
    order.shuffle(rng);
    // An ordering item shown already in the right order would give the answer away.
    if matches!(item.kind, ItemKind::Ordering { .. }) && parts > 1 && order.windows(2).all(|w| w[0] < w[1]) {
        order.rotate_left(1);
    }
    let questions = match &item.kind {
        ItemKind::Scenario { questions, .. } => {
            questions.iter().enumerate().map(|(i, q)| plan_item(q, i, rng)).collect()
        }
        _ => Vec::new(),
    };
    PlannedItem { index, order, questions }
}
