//! Database schema, as migrations applied in order (rusqlite_migration keeps the version in
//! SQLite's `user_version`). Never edit a released migration: add a new one.

use rusqlite_migration::{HookResult, M, Migrations};

/// The schema version this program writes (SQLite's `user_version` after all migrations).
pub fn version() -> usize {
    steps().len()
}

/// The version whose migration rewrote the facts compactly (a database migrated from before
/// it is vacuumed once, progress/mod.rs).
pub const COMPACT_FACTS: usize = 9;

thread_local! {
    /// Where the migrations running on this thread report how far they have come (facts
    /// rewritten out of all): set by [`super::Store::open_metered`] for the window's upgrade screen.
    pub(crate) static METER: std::cell::RefCell<Option<std::sync::Arc<super::Meter>>> =
        const { std::cell::RefCell::new(None) };
}

/// Report progress to this thread's meter, if any.
fn report(f: impl FnOnce(&super::Meter)) {
    METER.with(|m| {
        if let Some(m) = m.borrow().as_ref() {
            f(m)
        }
    });
}

pub fn migrations() -> Migrations<'static> {
    Migrations::new(steps())
}

fn steps() -> Vec<M<'static>> {
    vec![
        M::up(
            r#"
        CREATE TABLE meta(
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE learners(
            id         TEXT PRIMARY KEY,
            name       TEXT NOT NULL,
            pin_hash   TEXT,
            language   TEXT NOT NULL DEFAULT 'en',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            removed    INTEGER NOT NULL DEFAULT 0
        );
        -- Append-only record of what happened. Progress is derived from it; merging two
        -- databases is the union of their facts.
        CREATE TABLE facts(
            id         TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL,
            device_id  TEXT NOT NULL,
            at         INTEGER NOT NULL,          -- unix time, milliseconds
            course_id  TEXT NOT NULL,
            kind       TEXT NOT NULL CHECK (kind IN
                         ('lesson_visited','attempt_started','item_answered','attempt_finished')),
            module_id  TEXT NOT NULL,
            ref_id     TEXT NOT NULL,             -- lesson id, quiz id or item id
            attempt_id TEXT,
            score      INTEGER,                   -- percent (attempt) or credit x100 (item)
            ok         INTEGER,                   -- passed (attempt) or correct (item)
            data       TEXT NOT NULL DEFAULT '{}' -- the full fact as JSON
        );
        CREATE INDEX facts_by_learner ON facts(learner_id, course_id, kind, at);
        CREATE INDEX facts_by_attempt ON facts(attempt_id) WHERE attempt_id IS NOT NULL;
        "#,
        ),
        M::up(
            r#"
        -- Certificates issued here or merged from other laptops; `verify` looks codes up here.
        CREATE TABLE certificates(
            code          TEXT PRIMARY KEY,
            learner_id    TEXT NOT NULL,
            learner_name  TEXT NOT NULL,
            course_id     TEXT NOT NULL,
            course_title  TEXT NOT NULL,
            language      TEXT NOT NULL,
            completed_at  INTEGER NOT NULL,
            final_score   INTEGER NOT NULL,
            study_minutes INTEGER NOT NULL,
            issued_at     INTEGER NOT NULL,
            device_id     TEXT NOT NULL
        );
        "#,
        ),
        M::up(
            r#"
        -- Derived per learner, course and module, kept up to date with the facts (it can always be
        -- rebuilt from them): what reports and the trainer dashboard read.
        CREATE TABLE module_summary(
            learner_id   TEXT NOT NULL,
            course_id    TEXT NOT NULL,
            module_id    TEXT NOT NULL,
            lessons_seen INTEGER NOT NULL,
            best         INTEGER,
            passed       INTEGER NOT NULL,
            attempts     INTEGER NOT NULL,
            seconds      INTEGER NOT NULL,
            last_at      INTEGER NOT NULL,
            PRIMARY KEY (learner_id, course_id, module_id)
        ) WITHOUT ROWID;
        "#,
        ),
        M::up(
            r#"
        -- xAPI outbox: one row per fact (or course completion) whose statement was queued for the
        -- LRS. The statement is kept as queued, so a re-send is byte-identical.
        CREATE TABLE xapi_outbox(
            fact_id      TEXT PRIMARY KEY,      -- fact id, or 'completed:<fact id>'
            statement_id TEXT NOT NULL UNIQUE,  -- v5 UUID derived from fact_id
            learner_id   TEXT NOT NULL,
            course_id    TEXT NOT NULL,
            verb         TEXT NOT NULL,
            at           INTEGER NOT NULL,      -- the statement's timestamp, unix ms
            queued_at    INTEGER NOT NULL,
            sent_at      INTEGER,               -- NULL while waiting
            attempts     INTEGER NOT NULL DEFAULT 0,
            last_error   TEXT,
            statement    TEXT NOT NULL          -- the statement JSON (last: it is the large column)
        );
        CREATE INDEX xapi_outbox_waiting ON xapi_outbox(at) WHERE sent_at IS NULL;
        "#,
        ),
        M::up(
            r#"
        -- The xAPI outbox keeps send state only: which statement (by its fact id, or
        -- 'completed:<learner>:<course>') is queued, sent, or failed. Statements are built from
        -- the facts when exported or sent (the old outbox stored each statement's JSON, about
        -- 2.5 KB a fact). Completions get one key per learner and course, so two laptops that
        -- merged the same learner send one `completed` statement.
        CREATE TABLE xapi_queue(
            key        TEXT PRIMARY KEY,
            at         INTEGER NOT NULL,      -- the statement's timestamp (unix ms): send order
            sent_at    INTEGER,               -- NULL while waiting
            attempts   INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO xapi_queue(key, at, sent_at, attempts, last_error)
            SELECT CASE WHEN fact_id LIKE 'completed:%' THEN 'completed:' || learner_id || ':' || course_id
                        ELSE fact_id END,
                   at, sent_at, attempts, last_error
            FROM xapi_outbox ORDER BY sent_at IS NULL;
        DROP TABLE xapi_outbox;
        CREATE INDEX xapi_queue_waiting ON xapi_queue(at, key) WHERE sent_at IS NULL;
        "#,
        ),
        M::up(
            r#"
        -- Signed certificates (issue 17): the course version and the signed payload (text form);
        -- NULL payload for certificates issued before signing (HMAC codes).
        ALTER TABLE certificates ADD COLUMN course_version TEXT NOT NULL DEFAULT '';
        ALTER TABLE certificates ADD COLUMN payload TEXT;
        -- Laptops' signatures over their progress facts, received in bundles, passed on when
        -- this laptop exports those facts again (progress::fact_signing).
        CREATE TABLE fact_attestations(
            device_id  TEXT NOT NULL,
            device_key TEXT NOT NULL,
            count      INTEGER NOT NULL,
            digest     TEXT NOT NULL,
            signed_at  INTEGER NOT NULL,
            signature  TEXT NOT NULL,
            PRIMARY KEY (device_id, count, digest)
        ) WITHOUT ROWID;
        "#,
        ),
        M::up(
            r#"
        -- Learners merge field by field (issue 16). Each field has a hybrid-logical-clock stamp
        -- (progress/hlc.rs) and the stamp it replaced (`*_base`, to tell concurrent edits from
        -- later ones). `hidden` is "removed from this laptop": local only, never exported;
        -- `archived` is the trainer's decision, which travels. The old `removed` flag is kept as
        -- it was (no longer read): a profile removed before this version is hidden here.
        ALTER TABLE learners ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE learners ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE learners ADD COLUMN name_hlc TEXT NOT NULL DEFAULT '';
        ALTER TABLE learners ADD COLUMN name_base TEXT NOT NULL DEFAULT '';
        ALTER TABLE learners ADD COLUMN pin_hlc TEXT NOT NULL DEFAULT '';
        ALTER TABLE learners ADD COLUMN pin_base TEXT NOT NULL DEFAULT '';
        ALTER TABLE learners ADD COLUMN language_hlc TEXT NOT NULL DEFAULT '';
        ALTER TABLE learners ADD COLUMN language_base TEXT NOT NULL DEFAULT '';
        ALTER TABLE learners ADD COLUMN archived_hlc TEXT NOT NULL DEFAULT '';
        ALTER TABLE learners ADD COLUMN archived_base TEXT NOT NULL DEFAULT '';
        UPDATE learners SET
            hidden = removed,
            name_hlc = printf('%015d-%06d-%s', updated_at, 0,
                              COALESCE((SELECT value FROM meta WHERE key = 'device_id'), '')),
            pin_hlc = printf('%015d-%06d-%s', updated_at, 0,
                             COALESCE((SELECT value FROM meta WHERE key = 'device_id'), '')),
            language_hlc = printf('%015d-%06d-%s', updated_at, 0,
                                  COALESCE((SELECT value FROM meta WHERE key = 'device_id'), '')),
            archived_hlc = printf('%015d-%06d-%s', 0, 0, '');
        -- "These two ids are the same person": a learner id (say, made on a field laptop) linked
        -- by a trainer to a roster person's id. `person_id` NULL is an undone link. The link with
        -- the later stamp wins, as for profile fields; links travel in bundles.
        CREATE TABLE learner_links(
            learner_id TEXT PRIMARY KEY,
            person_id  TEXT,
            hlc        TEXT NOT NULL,
            base       TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX learner_links_by_person ON learner_links(person_id) WHERE person_id IS NOT NULL;
        "#,
        ),
        M::up(
            r#"
        -- Facts taken in from another laptop without a signature (a bundle from an older CPMS
        -- Player, or one whose signatures were removed by hand): kept and shown to the learner,
        -- but a certificate never rests on them (issue 17). Facts already here count as they did.
        ALTER TABLE facts ADD COLUMN unsigned_import INTEGER NOT NULL DEFAULT 0;
        "#,
        ),
        // COMPACT_FACTS
        M::up_with_hook(
            r#"
        -- Compact facts (issue 20: 555 bytes a fact before: ids as text, JSON that repeated the
        -- columns, wide indexes). A fact's id that is a canonical UUID is kept as its 16 bytes;
        -- learner, device, course and attempt ids are numbers of `fact_names`, where each is
        -- written once; the kind is a number (0 attempt_finished, 1 attempt_started,
        -- 2 item_answered, 3 lesson_visited: the names' order); `data` holds only what the
        -- columns do not (progress/fact_row.rs). `seq` names the rowid so that it never changes
        -- (VACUUM keeps it): the xAPI queue and signature checks refer to facts by it.
        CREATE TABLE fact_names(
            n    INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE facts_v9(
            seq             INTEGER PRIMARY KEY,
            id              BLOB NOT NULL,     -- 16-byte UUID, or the text of another id
            learner_id      INTEGER NOT NULL,  -- fact_names
            device_id       INTEGER NOT NULL,  -- fact_names
            at              INTEGER NOT NULL,  -- unix time, milliseconds
            course_id       INTEGER NOT NULL,  -- fact_names
            kind            INTEGER NOT NULL,
            module_id       TEXT NOT NULL,
            ref_id          TEXT NOT NULL,     -- lesson id, quiz id or item id
            attempt_id      INTEGER,           -- fact_names
            score           INTEGER,           -- percent (attempt) or credit x100 (item)
            ok              INTEGER,           -- passed (attempt) or correct (item)
            unsigned_import INTEGER NOT NULL DEFAULT 0,
            data            TEXT               -- JSON of what the columns do not hold; NULL: nothing
        );
        -- The queue state of facts' statements, by the fact's `seq`: about 12 bytes a row, sent or
        -- not, where the text key took 60 or more. Only the time of the last send is kept
        -- (meta 'xapi_last_sent_at'). `xapi_queue` keeps the completions' keys.
        CREATE TABLE xapi_fact_queue(
            fact       INTEGER PRIMARY KEY,   -- facts.seq
            sent       INTEGER NOT NULL DEFAULT 0,
            attempts   INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        "#,
            compact_facts,
        ),
        M::up(
            r#"
        -- Facts in time order (issue 20): an xAPI export reads its statements oldest first along
        -- this index instead of sorting them (110 of 185 ms for 100k facts). About 15 bytes a fact.
        CREATE INDEX facts_by_at ON facts(at);
        "#,
        ),
    ]
}

/// Migration 9: copy every fact into the compact table through the same encoding new facts get
/// (a row whose JSON cannot be read is kept with its JSON whole and its kind from the column),
/// move the queue state of facts to `xapi_fact_queue`, then swap the tables.
fn compact_facts(tx: &rusqlite::Transaction) -> HookResult {
    use super::fact_row;
    let hook = |e: super::StoreError| rusqlite_migration::HookError::Hook(e.to_string());
    {
        let mut read = tx.prepare(
            "SELECT rowid, id, learner_id, device_id, at, course_id, kind, module_id, ref_id, attempt_id, score, ok,
                    data, unsigned_import
             FROM facts ORDER BY rowid",
        )?;
        let mut write = tx.prepare(&format!(
            "INSERT INTO facts_v9(seq, unsigned_import, {})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            fact_row::VALUE_COLUMNS
        ))?;
        // Rows are read in rowid order: how far the last rowid is, is how far the copy is.
        let last: i64 = tx.query_row("SELECT COALESCE(MAX(rowid), 0) FROM facts", [], |r| r.get(0))?;
        report(|m| m.set_total(last.max(0) as u64));
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (seq, id, learner, device): (i64, String, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            if seq % 4096 == 0 {
                report(|m| m.set_done(seq.max(0) as u64));
            }
            let (at, course, kind, module, ref_id): (i64, String, String, String, String) =
                (r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?);
            let (attempt, score, ok, data, unsigned): (Option<String>, Option<i64>, Option<i64>, String, i64) =
                (r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?, r.get(13)?);
            let fact = |kind| super::Fact {
                id: id.as_str().into(),
                learner_id: learner.as_str().into(),
                device_id: device.as_str().into(),
                at,
                course_id: course.as_str().into(),
                module_id: module.as_str().into(),
                kind,
            };
            let mut values = match serde_json::from_str::<super::FactKind>(&data) {
                Ok(k) => fact_row::values(tx, &fact(k)).map_err(hook)?,
                Err(_) => {
                    // Unreadable as before: the columns as they were, the JSON whole.
                    use rusqlite::types::Value as V;
                    let mut v = fact_row::values(tx, &fact(super::FactKind::LessonVisited { lesson_id: "".into() }))
                        .map_err(hook)?;
                    v[5] = V::Integer(fact_row::kind_code(&kind).unwrap_or(fact_row::LESSON_VISITED));
                    v[7] = V::Text(ref_id);
                    v[8] = match attempt {
                        Some(a) => V::Integer(fact_row::name_number(tx, &a)?),
                        None => V::Null,
                    };
                    v[9] = score.map_or(V::Null, V::Integer);
                    v[10] = ok.map_or(V::Null, V::Integer);
                    v[11] = V::Text(data);
                    v
                }
            };
            values.insert(0, rusqlite::types::Value::Integer(unsigned));
            values.insert(0, rusqlite::types::Value::Integer(seq));
            write.execute(rusqlite::params_from_iter(values))?;
        }
        report(|m| m.set_done(last.max(0) as u64));
    }
    tx.execute_batch(
        "INSERT INTO xapi_fact_queue(fact, sent, attempts, last_error)
             SELECT f.rowid, q.sent_at IS NOT NULL, q.attempts, q.last_error FROM xapi_queue q JOIN facts f ON f.id = q.key;
         INSERT OR REPLACE INTO meta(key, value)
             SELECT 'xapi_last_sent_at', MAX(q.sent_at) FROM xapi_queue q JOIN facts f ON f.id = q.key
             HAVING MAX(q.sent_at) IS NOT NULL;
         DELETE FROM xapi_queue WHERE key IN (SELECT id FROM facts);
         DROP TABLE facts;
         ALTER TABLE facts_v9 RENAME TO facts;
         CREATE UNIQUE INDEX facts_by_id ON facts(id);
         CREATE INDEX facts_by_learner ON facts(learner_id, course_id, kind, at);
         -- When an attempt started (xAPI statements of finished attempts): started facts only.
         CREATE INDEX facts_started ON facts(attempt_id) WHERE kind = 1;",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::CourseId;
    use crate::progress::outbox::QueueKey;
    use crate::progress::{Fact, FactKind, Scope, Store};
    use crate::quiz::Response;

    fn facts() -> Vec<Fact> {
        let fact = |id: &str, learner: &str, at: i64, kind: FactKind| Fact {
            id: id.into(),
            learner_id: learner.into(),
            device_id: "11ad8758-4f00-4981-ad02-5d2416c19624".into(),
            at,
            course_id: "cpms-2019".into(),
            module_id: "intro".into(),
            kind,
        };
        let (a, b) = ("a78a2a1a-0a1b-4154-b971-a93085b7f83f", "learner-b");
        let attempt = || "6c7b4a5c-e39f-52c2-8595-6ab876812ec9".into();
        vec![
            fact(
                "cba2098c-f87f-53df-9c84-5803d4be1159",
                a,
                10,
                FactKind::LessonVisited { lesson_id: "intro-l1".into() },
            ),
            fact(
                "f04db199-f8cf-5d69-a9e9-2fafb9cb3fa3",
                a,
                20,
                FactKind::AttemptStarted {
                    quiz_id: "intro-quiz".into(),
                    attempt_id: attempt(),
                    seed: 7044372761579980447,
                    item_ids: vec!["intro-q10".into(), "intro-q07".into()],
                },
            ),
            fact(
                "0e8b2b1c-6d4e-5a8f-9f0a-2b3c4d5e6f70",
                a,
                30,
                FactKind::ItemAnswered {
                    quiz_id: "intro-quiz".into(),
                    attempt_id: attempt(),
                    item_id: "intro-q10".into(),
                    response: Response::Choice("b".into()),
                    correct: true,
                    credit: 1.0,
                },
            ),
            fact(
                "fact-not-a-uuid",
                a,
                31,
                FactKind::ItemAnswered {
                    quiz_id: "another-quiz".into(),
                    attempt_id: attempt(),
                    item_id: "intro-q07".into(),
                    response: Response::Bool(false),
                    correct: false,
                    credit: 1.0 / 3.0,
                },
            ),
            fact(
                "1e8b2b1c-6d4e-5a8f-9f0a-2b3c4d5e6f71",
                a,
                40,
                FactKind::AttemptFinished {
                    quiz_id: "intro-quiz".into(),
                    attempt_id: attempt(),
                    percent: 58,
                    passed: false,
                },
            ),
            fact(
                "2e8b2b1c-6d4e-5a8f-9f0a-2b3c4d5e6f72",
                b,
                15,
                FactKind::LessonVisited { lesson_id: "intro-l2".into() },
            ),
        ]
    }

    /// A database of schema 8 (facts as text and full JSON, the queue keyed by text) is converted
    /// in place: every fact reads back equal, unsigned imports stay unsigned, the queue keeps what
    /// was sent, what waits, attempts and errors, and its order.
    #[test]
    fn migration_9_keeps_every_fact_and_the_queue_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite");
        let facts = facts();
        {
            let mut conn = rusqlite::Connection::open(&path).unwrap();
            migrations().to_version(&mut conn, 8).unwrap();
            for (i, f) in facts.iter().enumerate() {
                let (score, ok) = f.kind.score_ok();
                conn.execute(
                    "INSERT INTO facts(id, learner_id, device_id, at, course_id, kind, module_id, ref_id, attempt_id,
                                       score, ok, data, unsigned_import)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                    rusqlite::params![
                        f.id,
                        f.learner_id,
                        f.device_id,
                        f.at,
                        f.course_id,
                        f.kind.name(),
                        f.module_id,
                        f.kind.ref_id(),
                        f.kind.attempt_id(),
                        score,
                        ok,
                        serde_json::to_string(&f.kind).unwrap(),
                        i64::from(i == 5)
                    ],
                )
                .unwrap();
            }
            // A row whose JSON was damaged by hand: kept as it was.
            conn.execute(
                "INSERT INTO facts(id, learner_id, device_id, at, course_id, kind, module_id, ref_id, data)
                 VALUES ('damaged', 'learner-c', 'dev', 50, 'cpms-2019', 'lesson_visited', 'intro', 'x', '{oops')",
                [],
            )
            .unwrap();
            conn.execute_batch(&format!(
                "INSERT INTO xapi_queue(key, at, sent_at, attempts, last_error) VALUES
                     ('{}', 10, 1000, 1, NULL),
                     ('{}', 20, NULL, 2, 'timeout'),
                     ('fact-not-a-uuid', 31, NULL, 0, NULL),
                     ('completed:learner-b:cpms-2019', 15, NULL, 0, NULL),
                     ('gone-fact', 5, NULL, 1, 'rejected');",
                facts[0].id, facts[1].id
            ))
            .unwrap();
        }
        let meter = std::sync::Arc::new(crate::progress::Meter::default());
        let store = Store::open_metered(&path, meter.clone()).unwrap();
        assert_eq!(meter.fraction(), Some(1.0), "the rewrite reported how far it came, to the end");
        for f in &facts {
            assert_eq!(store.fact(f.id.as_str()).unwrap().as_ref(), Some(f), "{}", f.id);
        }
        assert!(store.fact("damaged").is_err(), "the damaged row is kept and still cannot be read");
        let a = &facts[0].learner_id;
        assert_eq!(store.facts(a, &facts[0].course_id).unwrap(), facts[..5].to_vec());
        let unsigned: Vec<i64> = {
            let mut stmt = store.conn().prepare("SELECT seq FROM facts WHERE unsigned_import = 1").unwrap();
            stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
        };
        assert_eq!(unsigned, [6]);
        let b = &facts[5].learner_id;
        let vouched = store.course_figures(b, &facts[5].course_id, Scope::Vouched).unwrap();
        assert!(vouched.visited.is_empty(), "an unsigned import still does not count for a certificate");
        assert_eq!(store.course_figures(b, &facts[5].course_id, Scope::Everything).unwrap().visited.len(), 1);

        let key = |i: usize| facts[i].id.to_string();
        assert_eq!(
            store.xapi_keys(false).unwrap(),
            ["gone-fact".to_string(), key(0), "completed:learner-b:cpms-2019".into(), key(1), key(3)]
        );
        assert_eq!(
            store.xapi_keys(true).unwrap(),
            ["gone-fact".to_string(), "completed:learner-b:cpms-2019".into(), key(1), key(3)]
        );
        assert_eq!(store.xapi_attempts(&key(0)).unwrap(), Some((1, None, true)));
        assert_eq!(store.xapi_attempts(&key(1)).unwrap(), Some((2, Some("timeout".into()), false)));
        assert_eq!(store.xapi_attempts("gone-fact").unwrap(), Some((1, Some("rejected".into()), false)));
        let counts = store.xapi_counts().unwrap();
        assert_eq!((counts.waiting, counts.sent, counts.failed, counts.not_queued), (4, 1, 2, 3));
        assert_eq!(counts.last_error.as_deref(), Some("timeout"));
        assert_eq!(counts.last_sent_at, Some(1000));
        // Queuing again adds only what was not queued; sending marks either kind of key.
        let again: Vec<QueueKey> = facts.iter().map(|f| QueueKey { key: f.id.to_string(), at: f.at }).collect();
        assert_eq!(store.xapi_enqueue(&again).unwrap(), 3);
        store.xapi_mark_sent(&[key(1), "gone-fact".into()], 2000).unwrap();
        assert_eq!(store.xapi_attempts(&key(1)).unwrap(), Some((3, None, true)));
        assert_eq!(store.xapi_attempts("gone-fact").unwrap(), Some((2, None, true)));
        assert_eq!(store.xapi_counts().unwrap().last_sent_at, Some(2000));
        // The one fact left out above (its course not installed) waits, counted by course.
        let (added, waiting) = store.xapi_enqueue_facts(&[]).unwrap();
        assert_eq!(added, 0);
        assert_eq!(waiting.into_iter().collect::<Vec<_>>(), [(CourseId::from("cpms-2019"), 1)]);
        let (added, waiting) = store.xapi_enqueue_facts(&["cpms-2019"]).unwrap();
        assert_eq!((added, waiting.len()), (1, 0));
        assert_eq!(store.xapi_enqueue_facts(&["cpms-2019"]).unwrap().0, 0, "queued once");
    }
}
