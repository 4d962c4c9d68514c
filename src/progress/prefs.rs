//! A learner's display preferences (text size, dark theme), kept across restarts, and the
//! trainer's setting of final attempts per day. The interface language is already a learner
//! field. Stored in the `meta` table under `prefs:<learner id>` as `size=16;dark=0` and
//! `final_attempts_per_day` (no schema change); unknown parts are ignored.

use super::{Result, Store};
use crate::ids::LearnerId;
use rusqlite::{OptionalExtension, params};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prefs {
    /// Body text size in points.
    pub text_size: f32,
    pub dark: bool,
}

fn key(learner_id: &LearnerId) -> String {
    format!("prefs:{learner_id}")
}

impl Store {
    /// The learner's saved preferences, if any were saved.
    pub fn learner_prefs(&self, learner_id: &LearnerId) -> Result<Option<Prefs>> {
        let value: Option<String> = self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = ?1", [key(learner_id)], |r| r.get(0))
            .optional()?;
        Ok(value.map(|v| {
            let mut p = Prefs { text_size: 16.0, dark: false };
            for part in v.split(';') {
                match part.split_once('=') {
                    Some(("size", s)) => {
                        if let Ok(size) = s.parse::<f32>() {
                            p.text_size = size.clamp(10.0, 40.0);
                        }
                    }
                    Some(("dark", d)) => p.dark = d == "1",
                    _ => {}
                }
            }
            p
        }))
    }

    /// Save the learner's preferences.
    pub fn set_learner_prefs(&self, learner_id: &LearnerId, prefs: &Prefs) -> Result<()> {
        let value = format!("size={};dark={}", prefs.text_size, u8::from(prefs.dark));
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key(learner_id), value],
            )?;
            Ok(())
        })
    }
}

/// The `meta` key of the trainer's limit of final attempts per learner in 24 hours.
const FINAL_ATTEMPTS_KEY: &str = "final_attempts_per_day";

/// Final attempts per day when the trainer has set nothing.
pub const DEFAULT_FINAL_ATTEMPTS_PER_DAY: u32 = 3;

impl Store {
    /// The trainer's limit of final-assessment attempts a learner may start in 24 hours
    /// (0: no limit); the default when none was set or the stored value is unreadable.
    pub fn final_attempts_per_day(&self) -> Result<u32> {
        let value: Option<String> = self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = ?1", [FINAL_ATTEMPTS_KEY], |r| r.get(0))
            .optional()?;
        Ok(value.and_then(|v| v.trim().parse().ok()).unwrap_or(DEFAULT_FINAL_ATTEMPTS_PER_DAY))
    }

    /// Set the limit of final attempts per learner in 24 hours (0: no limit).
    pub fn set_final_attempts_per_day(&self, max: u32) -> Result<()> {
        self.conn().execute(
            "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![FINAL_ATTEMPTS_KEY, max.to_string()],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_are_kept_per_learner() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.learner_prefs(&LearnerId::from("a")).unwrap(), None);
        store.set_learner_prefs(&LearnerId::from("a"), &Prefs { text_size: 20.0, dark: true }).unwrap();
        assert_eq!(store.learner_prefs(&LearnerId::from("a")).unwrap(), Some(Prefs { text_size: 20.0, dark: true }));
        assert_eq!(store.learner_prefs(&LearnerId::from("b")).unwrap(), None);
    }

    #[test]
    fn the_final_attempts_limit_defaults_to_3_and_is_kept() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.final_attempts_per_day().unwrap(), 3);
        store.set_final_attempts_per_day(5).unwrap();
        assert_eq!(store.final_attempts_per_day().unwrap(), 5);
        store.set_final_attempts_per_day(0).unwrap();
        assert_eq!(store.final_attempts_per_day().unwrap(), 0);
    }
}
