//! The final assessment's blueprint: a stratified draw in which every attempt asks each section's
//! items (e.g. one item per standard), never the same item for two sections. Pure and seeded.

use crate::course::{Item, Section};
use rand::Rng;
use rand::seq::SliceRandom;

/// How an attempt picks its items from a quiz.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Draw<'a> {
    /// Every item (module quizzes).
    All,
    /// This many items at random from the whole bank (a final assessment without a blueprint).
    Count(usize),
    /// A blueprint: each section's items from the items tagged with one of its tags.
    Blueprint(&'a [Section]),
}

impl Draw<'_> {
    /// Items an attempt asks, when fewer than all of them.
    pub fn count(&self) -> Option<usize> {
        match self {
            Draw::All => None,
            Draw::Count(n) => Some(*n),
            Draw::Blueprint(sections) => Some(sections.iter().map(|s| s.draw).sum()),
        }
    }
}

impl From<Option<usize>> for Draw<'_> {
    fn from(draw: Option<usize>) -> Self {
        draw.map_or(Draw::All, Draw::Count)
    }
}

/// Whether `item` may serve `section`: it tests one of the section's tags.
pub fn serves(item: &Item, section: &Section) -> bool {
    item.tests.iter().any(|t| section.tags.contains(t))
}

/// One stratified draw: for each section (in order) the indices of the items it asks. Items are
/// assigned by augmenting paths over candidates in random order, so the draw meets the blueprint
/// whenever the bank can meet it; when it cannot, sections get what the bank allows (see
/// [`shortfall`]).
pub fn draw_sections<R: Rng>(items: &[Item], sections: &[Section], rng: &mut R) -> Vec<Vec<usize>> {
    let mut slots: Vec<(usize, Vec<usize>)> = Vec::new();
    for (s, section) in sections.iter().enumerate() {
        for _ in 0..section.draw {
            let mut candidates: Vec<usize> = (0..items.len()).filter(|&i| serves(&items[i], section)).collect();
            candidates.shuffle(rng);
            slots.push((s, candidates));
        }
    }
    let owner = assign(&slots, items.len());
    let mut out = vec![Vec::new(); sections.len()];
    for (item, slot) in owner.iter().enumerate() {
        if let Some(slot) = slot {
            out[slots[*slot].0].push(item);
        }
    }
    for picked in &mut out {
        picked.shuffle(rng);
    }
    out
}

/// For each section, how many items the bank cannot supply to it when all sections are drawn
/// together (0 everywhere when the blueprint can be met).
pub fn shortfall(items: &[Item], sections: &[Section]) -> Vec<usize> {
    let slots: Vec<(usize, Vec<usize>)> = sections
        .iter()
        .enumerate()
        .flat_map(|(s, section)| {
            let candidates: Vec<usize> = (0..items.len()).filter(|&i| serves(&items[i], section)).collect();
            std::iter::repeat_n((s, candidates), section.draw)
        })
        .collect();
    let owner = assign(&slots, items.len());
    let mut got = vec![0; sections.len()];
    for slot in owner.iter().flatten() {
        got[slots[*slot].0] += 1;
    }
    sections.iter().zip(got).map(|(s, g)| s.draw.saturating_sub(g)).collect()
}

/// A maximum matching of slots to items (Kuhn's algorithm): for each item, the slot it fills.
fn assign(slots: &[(usize, Vec<usize>)], items: usize) -> Vec<Option<usize>> {
    fn augment(slot: usize, slots: &[(usize, Vec<usize>)], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
        for &item in &slots[slot].1 {
            if seen[item] {
                continue;
            }
            seen[item] = true;
            if owner[item].is_none_or(|other| augment(other, slots, owner, seen)) {
                owner[item] = Some(slot);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; items];
    for slot in 0..slots.len() {
        let mut seen = vec![false; items];
        augment(slot, slots, &mut owner, &mut seen);
    }
    owner
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::ItemKind;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    fn item(id: &str, tags: &[&str]) -> Item {
        Item {
            id: id.into(),
            prompt: "p".into(),
            explanation: "e".into(),
            kind: ItemKind::TrueFalse { answer: true },
            tests: tags.iter().map(|t| t.to_string()).collect(),
            level: None,
        }
    }

    fn section(tags: &[&str], draw: usize) -> Section {
        Section { name: String::new(), tags: tags.iter().map(|t| t.to_string()).collect(), draw }
    }

    #[test]
    fn every_draw_meets_a_blueprint_that_needs_augmenting_paths() {
        // x serves both sections; a greedy draw that gives x to std-1 leaves std-2 empty.
        let items = vec![item("x", &["std-1", "std-2"]), item("y", &["std-1"]), item("z", &["basics"])];
        let sections = vec![section(&["std-1"], 1), section(&["std-2"], 1)];
        assert_eq!(shortfall(&items, &sections), vec![0, 0]);
        for seed in 0..50 {
            let d = draw_sections(&items, &sections, &mut ChaCha8Rng::seed_from_u64(seed));
            assert_eq!(d, vec![vec![1], vec![0]], "seed {seed}");
        }
    }

    #[test]
    fn a_short_bank_is_reported_per_section() {
        let items = vec![item("x", &["std-1", "std-2"]), item("y", &["std-3"])];
        let sections = vec![section(&["std-1"], 1), section(&["std-2"], 1), section(&["std-3"], 2)];
        let short = shortfall(&items, &sections);
        assert_eq!(short.iter().sum::<usize>(), 2, "one of std-1/std-2 and one of std-3 are missing");
        assert_eq!(short[2], 1);
        let d = draw_sections(&items, &sections, &mut ChaCha8Rng::seed_from_u64(1));
        assert_eq!(d.iter().map(Vec::len).sum::<usize>(), 2, "what the bank allows, no panic");
    }

    #[test]
    fn draws_vary_with_the_seed() {
        let items: Vec<Item> = (0..6).map(|i| item(&format!("i{i}"), &["std-1"])).collect();
        let sections = vec![section(&["std-1"], 2)];
        let picks: std::collections::BTreeSet<Vec<usize>> = (0..40)
            .map(|s| {
                let mut d = draw_sections(&items, &sections, &mut ChaCha8Rng::seed_from_u64(s)).remove(0);
                d.sort();
                d
            })
            .collect();
        assert!(picks.len() > 5, "only {} different pairs in 40 draws", picks.len());
    }
}
