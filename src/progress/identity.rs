//! Which learner ids are one person: the SQL that follows links (`people`) from an id to the
//! person it stands for, and back to every id counted as that person. Read by every query that
//! counts a person's facts.

use rusqlite::{Connection, OptionalExtension};

/// An SQL subquery: the ids counted as the person `?1` (itself and every id linked to it,
/// through chains too). Use as `learner_id IN <PERSON_IDS>`.
pub(crate) const PERSON_IDS: &str = "(WITH RECURSIVE m(id) AS (SELECT ?1 UNION SELECT l.learner_id FROM learner_links l \
     JOIN m ON l.person_id = m.id) SELECT id FROM m)";

/// [`PERSON_IDS`] as the `facts` table stores learner ids (numbers of `fact_names`): use as
/// `learner_id IN <PERSON_FACT_IDS>` on `facts`.
pub(crate) const PERSON_FACT_IDS: &str = "(SELECT n FROM fact_names WHERE name IN \
     (WITH RECURSIVE m(id) AS (SELECT ?1 UNION SELECT l.learner_id FROM learner_links l \
     JOIN m ON l.person_id = m.id) SELECT id FROM m))";

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
