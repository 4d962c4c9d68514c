//! The quiz engine: responses, scoring, attempt plans with seeded shuffling, and results.
//! Pure functions over the course model; no I/O.

pub mod analysis;
pub mod blueprint;
mod plan;
pub mod policy;
mod score;
pub mod simulate;

pub use blueprint::Draw;
pub use plan::{Plan, PlannedItem, plan_attempt};
pub use score::{AttemptResult, Outcome, attempt_result, correct_response, feedback, score};

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What a learner answered to one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Single choice: the chosen option id.
    Choice(String),
    /// Multiple response: the chosen option ids.
    Choices(BTreeSet<String>),
    /// True / false.
    Bool(bool),
    /// Matching: left pair id → the pair id whose right text was chosen.
    Matches(BTreeMap<String, String>),
    /// Ordering: step ids in the order given.
    Order(Vec<String>),
    /// Scenario: one response per question, in the item's question order.
    Scenario(Vec<Response>),
}
