//! One person, one learner: links between learner ids. A trainer links an id made on a field
//! laptop to a roster person's id ("these are the same person"); reports, status, certificates
//! and xAPI then count the facts of both ids as the person's. Links carry a clock stamp and
//! travel in bundles (the later stamp wins); unlinking is a link to nobody, so it travels too.

use super::hlc;
use super::{Result, Store, StoreError, now_ms};
use rusqlite::{Connection, OptionalExtension, params};

/// An SQL subquery: the ids counted as the person `?1` (itself and every id linked to it,
/// through chains too). Use as `learner_id IN <PERSON_IDS>`.
pub(crate) const PERSON_IDS: &str = "(WITH RECURSIVE m(id) AS (SELECT ?1 UNION SELECT l.learner_id FROM learner_links l \
     JOIN m ON l.person_id = m.id) SELECT id FROM m)";

/// An SQL column of `learners`: whether the row's id has a link (it may still be a person: the
/// end of a loop of links).
pub(crate) const LINKED: &str =
    "EXISTS (SELECT 1 FROM learner_links k WHERE k.learner_id = learners.id AND k.person_id IS NOT NULL)";

/// Whether a profile stands for another person (and is shown as that person).
pub(crate) fn is_alias(conn: &Connection, id: &str, linked: bool) -> rusqlite::Result<bool> {
    Ok(linked && person_of_in(conn, id)? != id)
}

/// The person an id stands for: the id it is linked to (followed through chains), or itself.
/// Links that loop (two laptops linking each way) settle on the smallest id of the loop, the
/// same on every laptop.
pub(crate) fn person_of_in(conn: &Connection, id: &str) -> rusqlite::Result<String> {
    let mut seen = vec![id.to_string()];
    let mut stmt = conn.prepare_cached("SELECT person_id FROM learner_links WHERE learner_id = ?1")?;
    loop {
        let Some(current) = seen.last().cloned() else { return Ok(id.to_string()) };
        let next: Option<String> = stmt.query_row([&current], |r| r.get(0)).optional()?.flatten();
        match next {
            Some(n) if !seen.contains(&n) => seen.push(n),
            Some(n) => {
                let start = seen.iter().position(|s| *s == n).unwrap_or(0);
                return Ok(seen[start..].iter().min().cloned().unwrap_or(current));
            }
            None => return Ok(current),
        }
    }
}

/// A likely duplicate: one normalised name, several persons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LikelyDuplicate {
    pub name: String,
    pub ids: Vec<String>,
}

/// A link between two ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub learner_id: String,
    pub person_id: Option<String>,
    pub hlc: String,
    pub base: String,
}

impl Store {
    /// The person `id` stands for (see `person_of_in`).
    pub fn person_of(&self, id: &str) -> Result<String> {
        Ok(person_of_in(self.conn(), id)?)
    }

    /// Every id counted as the person `person_id` (itself included).
    pub fn person_ids(&self, person_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(&format!("SELECT id FROM {PERSON_IDS} ORDER BY id"))?;
        let rows = stmt.query_map([person_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
    }

    /// Link `learner_id` to the person `person_id` (a roster id): from now on, on this laptop and
    /// on every laptop that merges a bundle from here, they are one learner. Both ids must be
    /// known here and differ; an id already linked elsewhere is re-linked.
    pub fn link_learner(&self, learner_id: &str, person_id: &str) -> Result<()> {
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
    pub fn unlink_learner(&self, learner_id: &str) -> Result<()> {
        self.set_link(learner_id, None)
    }

    fn set_link(&self, learner_id: &str, person_id: Option<&str>) -> Result<()> {
        self.transact(|tx| {
            let old = link_in(tx, learner_id)?;
            let base = old.as_ref().map_or_else(hlc::zero, |l| l.hlc.clone());
            let stamp = hlc::tick(tx, self.device_id(), now_ms())?;
            let before = person_of_in(tx, learner_id)?;
            tx.execute(
                "INSERT INTO learner_links(learner_id, person_id, hlc, base) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(learner_id) DO UPDATE SET person_id = excluded.person_id, hlc = excluded.hlc, base = excluded.base",
                params![learner_id, person_id, stamp, base],
            )?;
            super::report::refresh_people(tx, &[learner_id.to_string(), before])?;
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
        let mut by_key: std::collections::BTreeMap<String, (String, Vec<String>)> = Default::default();
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, bool>(2)?)))? {
            let (id, name, linked) = row?;
            if is_alias(conn, &id, linked)? {
                continue;
            }
            let entry = by_key.entry(same_person_key(&name)).or_insert_with(|| (name.clone(), Vec::new()));
            entry.1.push(id);
        }
        Ok(by_key
            .into_values()
            .filter(|(_, ids)| ids.len() > 1)
            .map(|(name, ids)| LikelyDuplicate { name, ids })
            .collect())
    }
}

pub(crate) fn link_in(conn: &Connection, learner_id: &str) -> rusqlite::Result<Option<Link>> {
    conn.prepare_cached("SELECT learner_id, person_id, hlc, base FROM learner_links WHERE learner_id = ?1")?
        .query_row([learner_id], |r| {
            Ok(Link { learner_id: r.get(0)?, person_id: r.get(1)?, hlc: r.get(2)?, base: r.get(3)? })
        })
        .optional()
}
