//! Scoring one response, the feedback it earns, and the result of a whole attempt.

use super::Response;
use crate::course::{Item, ItemKind};
use std::collections::BTreeSet;

/// How one response scored.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub correct: bool,
    /// Credit in 0..=1; items score all or nothing, a scenario the mean of its questions.
    pub credit: f32,
}

impl Outcome {
    fn from_bool(correct: bool) -> Self {
        Outcome { correct, credit: if correct { 1.0 } else { 0.0 } }
    }
}

/// Score a response to an item. A response of the wrong shape scores zero.
pub fn score(item: &Item, response: &Response) -> Outcome {
    match (&item.kind, response) {
        (ItemKind::SingleChoice { options }, Response::Choice(id)) => {
            Outcome::from_bool(options.iter().any(|o| o.correct && &o.id == id))
        }
        (ItemKind::MultipleResponse { options }, Response::Choices(ids)) => {
            let correct: BTreeSet<&String> = options.iter().filter(|o| o.correct).map(|o| &o.id).collect();
            Outcome::from_bool(correct == ids.iter().collect())
        }
        (ItemKind::TrueFalse { answer }, Response::Bool(b)) => Outcome::from_bool(answer == b),
        (ItemKind::Matching { pairs, .. }, Response::Matches(m)) => {
            Outcome::from_bool(m.len() == pairs.len() && pairs.iter().all(|p| m.get(&p.id) == Some(&p.id)))
        }
        (ItemKind::Ordering { steps }, Response::Order(order)) => {
            Outcome::from_bool(order.len() == steps.len() && steps.iter().zip(order).all(|(s, o)| &s.id == o))
        }
        (ItemKind::Scenario { questions, .. }, Response::Scenario(rs)) => {
            if questions.is_empty() || rs.len() != questions.len() {
                return Outcome::from_bool(false);
            }
            let outcomes: Vec<Outcome> = questions.iter().zip(rs).map(|(q, r)| score(q, r)).collect();
            let credit = outcomes.iter().map(|o| o.credit).sum::<f32>() / outcomes.len() as f32;
            Outcome { correct: outcomes.iter().all(|o| o.correct), credit }
        }
        _ => Outcome::from_bool(false),
    }
}

/// The response that scores full marks.
pub fn correct_response(item: &Item) -> Response {
    match &item.kind {
        ItemKind::SingleChoice { options } => {
            Response::Choice(options.iter().find(|o| o.correct).map(|o| o.id.clone()).unwrap_or_default())
        }
        ItemKind::MultipleResponse { options } => {
            Response::Choices(options.iter().filter(|o| o.correct).map(|o| o.id.clone()).collect())
        }
        ItemKind::TrueFalse { answer } => Response::Bool(*answer),
        ItemKind::Matching { pairs, .. } => {
            Response::Matches(pairs.iter().map(|p| (p.id.clone(), p.id.clone())).collect())
        }
        ItemKind::Ordering { steps } => Response::Order(steps.iter().map(|s| s.id.clone()).collect()),
        ItemKind::Scenario { questions, .. } => Response::Scenario(questions.iter().map(correct_response).collect()),
    }
}

/// The option feedback a response earns (for chosen options that carry feedback).
pub fn feedback<'a>(item: &'a Item, response: &Response) -> Vec<&'a str> {
    match (&item.kind, response) {
        (ItemKind::SingleChoice { options }, Response::Choice(id)) => {
            options.iter().filter(|o| &o.id == id).filter_map(|o| o.feedback.as_deref()).collect()
        }
        (ItemKind::MultipleResponse { options }, Response::Choices(ids)) => {
            options.iter().filter(|o| ids.contains(&o.id)).filter_map(|o| o.feedback.as_deref()).collect()
        }
        (ItemKind::Scenario { questions, .. }, Response::Scenario(rs)) => {
            questions.iter().zip(rs).flat_map(|(q, r)| feedback(q, r)).collect()
        }
        _ => Vec::new(),
    }
}

/// The result of an attempt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AttemptResult {
    /// Score in percent, 0..=100, rounded to a whole number.
    pub percent: u8,
    pub passed: bool,
    pub correct: usize,
    pub total: usize,
}

/// Combine the outcomes of every item of an attempt against a pass mark (percent).
pub fn attempt_result(outcomes: &[Outcome], pass_mark: u8) -> AttemptResult {
    let total = outcomes.len();
    let credit: f32 = outcomes.iter().map(|o| o.credit).sum();
    let percent = if total == 0 { 0 } else { (credit / total as f32 * 100.0).round().clamp(0.0, 100.0) as u8 };
    AttemptResult {
        percent,
        passed: total > 0 && percent >= pass_mark,
        correct: outcomes.iter().filter(|o| o.correct).count(),
        total,
    }
}
