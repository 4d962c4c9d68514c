//! One person, one learner: links between learner ids. A trainer links an id made on a field
//! laptop to a roster person's id ("these are the same person"); reports, status, certificates
//! and xAPI then count the facts of both ids as the person's. Links carry a clock stamp and
//! travel in bundles (the later stamp wins); unlinking is a link to nobody, so it travels too.

use super::hlc;
use super::identity::{LINKED, PERSON_IDS, is_alias, person_of_in};
use super::{Result, Store, StoreError, now_ms};
use crate::ids::LearnerId;
use rusqlite::{Connection, OptionalExtension, params};

/// A likely duplicate: one normalised name, several persons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LikelyDuplicate {
    pub name: String,
    pub ids: Vec<LearnerId>,
}

/// A link between two ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub learner_id: LearnerId,
    pub person_id: Option<LearnerId>,
    pub hlc: String,
    pub base: String,
}

impl Store {
    /// The person `id` stands for (see `person_of_in`).
    pub fn person_of(&self, id: &LearnerId) -> Result<LearnerId> {
        Ok(person_of_in(self.conn(), id.as_str())?.into())
    }

    /// Every id counted as the person `person_id` (itself included).
    pub fn person_ids(&self, person_id: &LearnerId) -> Result<Vec<LearnerId>> {
        let mut stmt = self.conn().prepare_cached(&format!("SELECT id FROM {PERSON_IDS} ORDER BY id"))?;
        let rows = stmt.query_map([person_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<LearnerId>>>()?)
    }

    /// Link `learner_id` to the person `person_id` (a roster id): from now on, on this laptop and
    /// on every laptop that merges a bundle from here, they are one learner. Both ids must be
    /// known here and differ; an id already linked elsewhere is re-linked.
    pub fn link_learner(&self, learner_id: &LearnerId, person_id: &LearnerId) -> Result<()> {
        for id in [learner_id, person_id] {
            if !self.learner_id_known(id)? {
                return Err(StoreError::Problem(crate::problem::Problem::new("link-unknown-id").arg("id", id)));
            }
        }
        let person = self.person_of(person_id)?;
        if person == self.person_of(learner_id)? || learner_id == person_id {
            return Err(StoreError::Problem(
                crate::problem::Problem::new("link-same-person").arg("id", learner_id).arg("other", person_id),
            ));
        }
        self.set_link(learner_id, Some(&person))
    }

    /// Undo a link: `learner_id` is its own learner again, here and wherever this travels.
    pub fn unlink_learner(&self, learner_id: &LearnerId) -> Result<()> {
        self.set_link(learner_id, None)
    }

    fn set_link(&self, learner_id: &LearnerId, person_id: Option<&LearnerId>) -> Result<()> {
        self.transact(|tx| {
            let old = link_in(tx, learner_id)?;
            let base = old.as_ref().map_or_else(hlc::zero, |l| l.hlc.clone());
            let stamp = hlc::tick(tx, self.device_id().as_str(), now_ms())?;
            let before = person_of_in(tx, learner_id.as_str())?;
            tx.execute(
                "INSERT INTO learner_links(learner_id, person_id, hlc, base) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(learner_id) DO UPDATE SET person_id = excluded.person_id, hlc = excluded.hlc, base = excluded.base",
                params![learner_id, person_id, stamp, base],
            )?;
            super::summary::refresh_people(tx, &[learner_id.to_string(), before])?;
            Ok(())
        })
    }

    /// Every link stored here (undone ones too: they must travel).
    pub fn links(&self) -> Result<Vec<Link>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT learner_id, person_id, hlc, base FROM learner_links ORDER BY learner_id")?;
        let rows = stmt.query_map([], |r| {
            Ok(Link { learner_id: r.get(0)?, person_id: r.get(1)?, hlc: r.get(2)?, base: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Persons who may be one person: the same normalised name (`same_person_key`) under
    /// different ids, not linked together. Removed and archived profiles count too.
    pub fn likely_duplicates(&self) -> Result<Vec<LikelyDuplicate>> {
        Ok(likely_duplicates_in(self.conn())?)
    }
}

pub(crate) fn likely_duplicates_in(conn: &Connection) -> rusqlite::Result<Vec<LikelyDuplicate>> {
    use super::learners_csv::same_person_key;
    {
        let mut stmt = conn.prepare_cached(&format!("SELECT id, name, {LINKED} FROM learners ORDER BY id"))?;
        let mut by_key: std::collections::BTreeMap<String, (String, Vec<LearnerId>)> = Default::default();
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?)))? {
            let (id, name, linked) = row?;
            if is_alias(conn, &id, linked)? {
                continue;
            }
            let entry = by_key.entry(same_person_key(&name)).or_insert_with(|| (name.clone(), Vec::new()));
            entry.1.push(LearnerId::from(id));
        }
        Ok(by_key
            .into_values()
            .filter(|(_, ids)| ids.len() > 1)
            .map(|(name, ids)| LikelyDuplicate { name, ids })
            .collect())
    }
}

pub(crate) fn link_in(conn: &Connection, learner_id: &LearnerId) -> rusqlite::Result<Option<Link>> {
    conn.prepare_cached("SELECT learner_id, person_id, hlc, base FROM learner_links WHERE learner_id = ?1")?
        .query_row([learner_id], |r| {
            Ok(Link { learner_id: r.get(0)?, person_id: r.get(1)?, hlc: r.get(2)?, base: r.get(3)? })
        })
        .optional()
}
