//! Database schema, as migrations applied in order (rusqlite_migration keeps the version in
//! SQLite's `user_version`). Never edit a released migration: add a new one.

use rusqlite_migration::{M, Migrations};

/// The schema version this program writes (SQLite's `user_version` after all migrations).
pub fn version() -> usize {
    steps().len()
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
    ]
}
