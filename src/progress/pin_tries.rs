//! Wrong PIN tries per learner, kept in the store so that quitting the program does not reset
//! them: after 5 wrong tries in a row each further try must wait, longer and longer (30 s,
//! 60 s, 2 min … up to an hour). A right PIN or a trainer clears the count. Stored in the
//! `meta` table under `pin_failures:<learner id>` (no schema change). The trainer passphrase is
//! guarded the same way, under the id [`TRAINER`].

use super::{Result, Store, now_ms};
use crate::ids::LearnerId;
use rusqlite::{OptionalExtension, params};

/// The id wrong trainer passphrases are counted under (no learner id looks like it).
pub static TRAINER: std::sync::LazyLock<LearnerId> =
    std::sync::LazyLock::new(|| LearnerId::from("(trainer passphrase)"));

/// Wrong tries allowed before the waiting starts.
pub const FREE_TRIES: u32 = 5;

/// How long to wait after `failures` wrong tries in a row, in seconds.
pub fn pin_delay_secs(failures: u32) -> i64 {
    if failures < FREE_TRIES {
        return 0;
    }
    (30i64 << (failures - FREE_TRIES).min(7)).min(3600)
}

fn key(learner_id: &LearnerId) -> String {
    format!("pin_failures:{learner_id}")
}

impl Store {
    /// Wrong tries in a row and when the last one was made (Unix ms).
    pub fn pin_failures(&self, learner_id: &LearnerId) -> Result<(u32, i64)> {
        let value: Option<String> = self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = ?1", [key(learner_id)], |r| r.get(0))
            .optional()?;
        let parsed = value.and_then(|v| {
            let (n, at) = v.split_once(',')?;
            Some((n.parse().ok()?, at.parse().ok()?))
        });
        Ok(parsed.unwrap_or((0, 0)))
    }

    /// Seconds the learner must still wait before the next try (0: may try now).
    pub fn pin_wait_secs(&self, learner_id: &LearnerId) -> Result<i64> {
        let (n, at) = self.pin_failures(learner_id)?;
        let until = at + pin_delay_secs(n) * 1000;
        Ok(((until - now_ms()).max(0) + 999) / 1000)
    }

    /// Count one more wrong try; returns the count.
    pub fn record_pin_failure(&self, learner_id: &LearnerId) -> Result<u32> {
        self.transact(|tx| {
            let (n, _) = self.pin_failures(learner_id)?;
            let n = n + 1;
            tx.execute(
                "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key(learner_id), format!("{n},{}", now_ms())],
            )?;
            Ok(n)
        })
    }

    /// Whether the trainer passphrase may be chosen in the app: only on a laptop that has none
    /// and no learner yet (the trainer preparing it). Otherwise it is set, or reset, from the
    /// command line (`cpms-player trainer set-passphrase`), by someone with the data folder.
    pub fn trainer_setup_open(&self) -> Result<bool> {
        Ok(!self.has_trainer_passphrase()? && self.learners()?.is_empty())
    }

    /// Forget the wrong tries (right PIN, or a trainer's reset).
    pub fn clear_pin_failures(&self, learner_id: &LearnerId) -> Result<()> {
        self.transact(|tx| Ok(tx.execute("DELETE FROM meta WHERE key = ?1", [key(learner_id)])?))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_after_five_wrong_tries_and_is_kept() {
        assert_eq!(pin_delay_secs(4), 0);
        assert_eq!(pin_delay_secs(5), 30);
        assert_eq!(pin_delay_secs(6), 60);
        assert_eq!(pin_delay_secs(40), 3600);
        let store = Store::open_in_memory().unwrap();
        for _ in 0..4 {
            store.record_pin_failure(&LearnerId::from("a")).unwrap();
        }
        assert_eq!(store.pin_wait_secs(&LearnerId::from("a")).unwrap(), 0);
        store.record_pin_failure(&LearnerId::from("a")).unwrap();
        assert!((29..=30).contains(&store.pin_wait_secs(&LearnerId::from("a")).unwrap()));
        assert_eq!(store.pin_wait_secs(&LearnerId::from("b")).unwrap(), 0, "per learner");
        store.clear_pin_failures(&LearnerId::from("a")).unwrap();
        assert_eq!(store.pin_failures(&LearnerId::from("a")).unwrap().0, 0);
    }

    #[test]
    fn the_passphrase_is_chosen_in_the_app_only_before_any_learner() {
        let store = Store::open_in_memory().unwrap();
        assert!(store.trainer_setup_open().unwrap());
        store.add_learner("Amina", None, "en").unwrap();
        assert!(!store.trainer_setup_open().unwrap());
        let store = Store::open_in_memory().unwrap();
        store.set_trainer_passphrase("a-long-passphrase").unwrap();
        assert!(!store.trainer_setup_open().unwrap());
    }
}
