//! cmi.interaction details of answered items: the xAPI `interactionType` of each item kind and
//! responses written in the xAPI response-pattern syntax.

use crate::course::{Item, ItemKind};
use crate::quiz::Response;

/// The xAPI `interactionType` of an item.
pub fn interaction_type(item: &Item) -> &'static str {
    match item.kind {
        ItemKind::SingleChoice { .. } | ItemKind::MultipleResponse { .. } => "choice",
        ItemKind::TrueFalse { .. } => "true-false",
        ItemKind::Matching { .. } => "matching",
        ItemKind::Ordering { .. } => "sequencing",
        ItemKind::Scenario { .. } => "other",
    }
}

/// The `interactionType` a response implies (when the item is no longer in the course).
pub fn interaction_type_of_response(response: &Response) -> &'static str {
    match response {
        Response::Choice(_) | Response::Choices(_) => "choice",
        Response::Bool(_) => "true-false",
        Response::Matches(_) => "matching",
        Response::Order(_) => "sequencing",
        Response::Scenario(_) => "other",
    }
}

/// A response in the xAPI response-pattern syntax: choices `a[,]c`, true-false `true`,
/// matching `left[.]right[,]…`, sequencing `s2[,]s1[,]s3`. A scenario (interaction type
/// `other`) gives one `question[:]response` per question, joined by `[;]`. None for an empty
/// response (nothing chosen), which xAPI cannot express as a non-empty string.
pub fn response_pattern(response: &Response) -> Option<String> {
    let s = match response {
        Response::Choice(id) => id.clone(),
        Response::Choices(ids) => ids.iter().cloned().collect::<Vec<_>>().join("[,]"),
        Response::Bool(b) => b.to_string(),
        Response::Matches(m) => m.iter().map(|(l, r)| format!("{l}[.]{r}")).collect::<Vec<_>>().join("[,]"),
        Response::Order(ids) => ids.join("[,]"),
        Response::Scenario(rs) => rs
            .iter()
            .enumerate()
            .map(|(i, r)| format!("{}[:]{}", i + 1, response_pattern(r).unwrap_or_default()))
            .collect::<Vec<_>>()
            .join("[;]"),
    };
    (!s.is_empty()).then_some(s)
}

/// The scenario variant of [`response_pattern`] names questions by id when the item is known.
pub(super) fn scenario_pattern(item: Option<&Item>, response: &Response) -> Option<String> {
    let (Some(item), Response::Scenario(rs)) = (item, response) else { return response_pattern(response) };
    let ItemKind::Scenario { questions, .. } = &item.kind else { return response_pattern(response) };
    let parts: Vec<String> = rs
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let q = questions.get(i).map(|q| q.id.to_string()).unwrap_or_else(|| (i + 1).to_string());
            format!("{q}[:]{}", response_pattern(r).unwrap_or_default())
        })
        .collect();
    let s = parts.join("[;]");
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn response_patterns_follow_xapi() {
        use std::collections::{BTreeMap, BTreeSet};
        assert_eq!(response_pattern(&Response::Choice("a".into())).unwrap(), "a");
        let set: BTreeSet<String> = ["c".to_string(), "a".to_string()].into();
        assert_eq!(response_pattern(&Response::Choices(set)).unwrap(), "a[,]c");
        assert_eq!(response_pattern(&Response::Choices(BTreeSet::new())), None);
        assert_eq!(response_pattern(&Response::Bool(false)).unwrap(), "false");
        let m: BTreeMap<String, String> = [("p1".to_string(), "p2".to_string())].into();
        assert_eq!(response_pattern(&Response::Matches(m)).unwrap(), "p1[.]p2");
        assert_eq!(response_pattern(&Response::Order(vec!["s2".into(), "s1".into()])).unwrap(), "s2[,]s1");
    }
}
