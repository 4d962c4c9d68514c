//! Store errors in a person's language: the store names the rule or problem (a message id), the
//! interface words live here, so the store knows no translations.

use super::Tr;
use crate::progress::StoreError;

impl StoreError {
    /// The message for a person using the interface in `tr`'s language.
    pub fn localized(&self, tr: &Tr) -> String {
        match self {
            StoreError::Rule(rule) => tr.t(rule.message_id()),
            other => tr.problem(&other.problem()),
        }
    }
}
