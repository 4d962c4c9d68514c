//! Learner profiles: a name as typed (any script), an optional PIN kept only as an argon2 hash,
//! and the learner's interface language. Each field carries its own hybrid-logical-clock stamp
//! (`hlc`), so bundles merge profiles field by field. "Remove" hides a profile on this laptop
//! only; "archive" is a trainer's decision that travels; neither deletes anything.

use super::{Result, Rule, Store, StoreError, now_ms};
use crate::ids::LearnerId;
use crate::problem::Problem;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rusqlite::{OptionalExtension, params};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: LearnerId,
    pub name: String,
    pub has_pin: bool,
    pub language: String,
    pub created_at: i64,
}

/// A learner name: trimmed, 1 to 80 characters, no control characters.
pub fn validate_name(name: &str) -> std::result::Result<String, String> {
    check_name(name).map_err(|r| r.english().to_string())
}

fn check_name(name: &str) -> std::result::Result<String, Rule> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Rule::NameEmpty);
    }
    if name.chars().all(super::learners_csv::is_invisible) {
        return Err(Rule::NameInvisible);
    }
    if name.chars().count() > 80 {
        return Err(Rule::NameTooLong);
    }
    if name.chars().any(char::is_control) {
        return Err(Rule::NameControlChars);
    }
    Ok(name.to_string())
}

/// A PIN is 4 to 6 digits.
pub fn validate_pin(pin: &str) -> std::result::Result<(), String> {
    check_pin_format(pin).map_err(|r| r.english().to_string())
}

fn check_pin_format(pin: &str) -> std::result::Result<(), Rule> {
    normalize_pin(pin).map(|_| ())
}

/// A PIN in ASCII digits: 4 to 6 digits of any script (Arabic-Indic digits typed on an Arabic
/// keyboard are the same PIN as their ASCII digits).
pub fn normalize_pin(pin: &str) -> std::result::Result<String, Rule> {
    super::learners_csv::ascii_digits(pin).filter(|d| (4..=6).contains(&d.len())).ok_or(Rule::PinFormat)
}

/// Argon2id cost for PINs and the trainer passphrase: memory in KiB and passes. A 6-digit PIN
/// has only 10^6 values, so each guess must be slow for an offline search of a stolen database
/// or bundle; a login (one hash) stays well under half a second (see docs/bundle-format.md for
/// the measured numbers). Hashes made with older parameters keep verifying: the parameters
/// are stored in each hash.
pub const PIN_MEMORY_KIB: u32 = 64 * 1024;
pub const PIN_PASSES: u32 = 3;

fn pin_hasher() -> Result<Argon2<'static>> {
    let params = Params::new(PIN_MEMORY_KIB, PIN_PASSES, 1, None)
        .map_err(|e| super::internal(format!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

pub(crate) fn hash_secret(secret: &str) -> Result<String> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| super::internal(format!("cannot make a salt: {e}")))?;
    pin_hasher()?
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| super::internal(format!("cannot hash the PIN: {e}")))
}

pub(crate) fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(secret.as_bytes(), &h).is_ok())
}

impl Store {
    /// Create a learner. The name is validated; a PIN, when given, must be 4–6 digits.
    pub fn add_learner(&self, name: &str, pin: Option<&str>, language: &str) -> Result<Learner> {
        let name = check_name(name).map_err(StoreError::Rule)?;
        let pin_hash = match pin.filter(|p| !p.is_empty()) {
            Some(p) => Some(hash_secret(&normalize_pin(p).map_err(StoreError::Rule)?)?),
            None => None,
        };
        let id = LearnerId::new(uuid::Uuid::new_v4().to_string());
        let now = now_ms();
        self.transact(|tx| insert_new(tx, self.device_id().as_str(), &id, &name, pin_hash.as_deref(), language, now))?;
        Ok(Learner { id, name, has_pin: pin_hash.is_some(), language: language.to_string(), created_at: now })
    }

    /// Learners to show here, by name: not removed from this laptop, not archived, and not
    /// linked to another id (a linked profile is shown as the person it is linked to).
    pub fn learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT id, name, pin_hash IS NOT NULL, language, created_at, {} FROM learners
             WHERE hidden = 0 AND archived = 0
             ORDER BY name COLLATE NOCASE, created_at",
            super::identity::LINKED
        ))?;
        let rows = stmt.query_map([], |r| Ok((row_to_learner(r)?, r.get::<_, bool>(5)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (learner, linked) = row?;
            if !super::identity::is_alias(self.conn(), learner.id.as_str(), linked)? {
                out.push(learner);
            }
        }
        Ok(out)
    }

    /// A learner by id (archived ones too, not those removed from this laptop). An id linked to
    /// a roster person gives that person's profile (when it is on this laptop).
    pub fn learner(&self, id: &LearnerId) -> Result<Option<Learner>> {
        let person = self.person_of(id)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, pin_hash IS NOT NULL, language, created_at FROM learners WHERE id = ?1 AND hidden = 0",
        )?;
        if let Some(l) = stmt.query_row([&person], row_to_learner).optional()? {
            return Ok(Some(l));
        }
        Ok(if person == *id { None } else { stmt.query_row([id], row_to_learner).optional()? })
    }

    /// Whether a profile with exactly this id is stored here (removed, archived or linked too).
    pub fn learner_id_known(&self, id: &LearnerId) -> Result<bool> {
        Ok(self.conn().query_row("SELECT COUNT(*) FROM learners WHERE id = ?1", [id], |r| r.get::<_, i64>(0))? > 0)
    }

    /// Archived learners, by name (the trainer's list of people who finished or left).
    pub fn archived_learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, pin_hash IS NOT NULL, language, created_at FROM learners
             WHERE hidden = 0 AND archived = 1 ORDER BY name COLLATE NOCASE, created_at",
        )?;
        let rows = stmt.query_map([], row_to_learner)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Find a learner by id, or by name when exactly one learner has it (case-insensitive).
    pub fn find_learner(&self, name_or_id: &str) -> Result<Learner> {
        if let Some(l) = self.learner(&LearnerId::from(name_or_id))? {
            return Ok(l);
        }
        let wanted = name_or_id.trim().to_lowercase();
        let mut everyone = self.learners()?;
        everyone.extend(self.archived_learners()?);
        let matches: Vec<Learner> = everyone.into_iter().filter(|l| l.name.to_lowercase() == wanted).collect();
        match matches.len() {
            1 => Ok(matches.into_iter().next().ok_or_else(|| super::internal("no learner"))?),
            0 => Err(Problem::new("learner-not-found").arg("name", name_or_id).into()),
            n => Err(Problem::new("learner-ambiguous").num("count", n as f64).arg("name", name_or_id).into()),
        }
    }

    /// Whether `pin` opens the learner's profile (always true for a profile without a PIN).
    pub fn check_pin(&self, learner_id: &LearnerId, pin: &str) -> Result<bool> {
        let hash: Option<String> = self
            .conn()
            .query_row("SELECT pin_hash FROM learners WHERE id = ?1", [learner_id], |r| r.get(0))
            .optional()?
            .flatten();
        Ok(match hash {
            None => true,
            Some(h) => normalize_pin(pin).is_ok_and(|p| verify_secret(&p, &h)),
        })
    }

    pub fn set_language(&self, learner_id: &LearnerId, language: &str) -> Result<()> {
        self.edit_field(learner_id, Field::Language, language)
    }

    /// Change one profile field as a local edit: a new clock stamp, the old one kept as its base.
    fn edit_field(&self, learner_id: &LearnerId, field: Field, value: impl rusqlite::ToSql) -> Result<()> {
        self.transact(|tx| {
            let (column, stamp) = (field.column(), field.stamp());
            let base: Option<String> = tx
                .query_row(&format!("SELECT {stamp}_hlc FROM learners WHERE id = ?1"), [learner_id], |r| r.get(0))
                .optional()?;
            let Some(base) = base else { return Ok(()) };
            let now = now_ms();
            let hlc = super::hlc::tick(tx, self.device_id().as_str(), now)?;
            tx.execute(
                &format!(
                    "UPDATE learners SET {column} = ?2, {stamp}_hlc = ?3, {stamp}_base = ?4, updated_at = ?5 WHERE id = ?1"
                ),
                params![learner_id, value, hlc, base, now],
            )?;
            Ok(())
        })
    }
}

fn row_to_learner(r: &rusqlite::Row<'_>) -> rusqlite::Result<Learner> {
    Ok(Learner { id: r.get(0)?, name: r.get(1)?, has_pin: r.get(2)?, language: r.get(3)?, created_at: r.get(4)? })
}

impl Store {
    pub fn rename_learner(&self, learner_id: &LearnerId, name: &str) -> Result<()> {
        let name = check_name(name).map_err(StoreError::Rule)?;
        self.edit_field(learner_id, Field::Name, name)
    }

    /// Set a new PIN, or remove it with `None`. An empty PIN is refused (it is not a removal).
    pub fn set_pin(&self, learner_id: &LearnerId, pin: Option<&str>) -> Result<()> {
        let hash = match pin {
            Some(p) => Some(hash_secret(&normalize_pin(p).map_err(StoreError::Rule)?)?),
            None => None,
        };
        self.edit_field(learner_id, Field::Pin, hash)
    }

    /// Remove a learner profile from this laptop: it is hidden here (the profile list, the
    /// window), nothing is deleted, and the removal does not travel in bundles — a trainer's
    /// laptop that merges this one still reports the learner with all their history. Reports
    /// here still show the learner, marked `removed_here`.
    pub fn remove_learner(&self, learner_id: &LearnerId) -> Result<()> {
        self.transact(|tx| Ok(tx.execute("UPDATE learners SET hidden = 1 WHERE id = ?1", params![learner_id])?))?;
        Ok(())
    }

    /// Show a profile removed from this laptop again.
    pub fn unhide_learner(&self, learner_id: &LearnerId) -> Result<()> {
        self.transact(|tx| Ok(tx.execute("UPDATE learners SET hidden = 0 WHERE id = ?1", params![learner_id])?))?;
        Ok(())
    }

    /// Archive (or un-archive) a learner: a trainer's decision that travels in bundles. Archived
    /// learners leave the profile list but stay in reports (marked `archived`) with their history.
    pub fn set_archived(&self, learner_id: &LearnerId, archived: bool) -> Result<()> {
        self.edit_field(learner_id, Field::Archived, archived)
    }

    pub fn has_trainer_passphrase(&self) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT COUNT(*) FROM meta WHERE key = 'trainer_passphrase'", [], |r| r.get::<_, i64>(0))?
            > 0)
    }

    /// Set the trainer passphrase (at least 8 characters), kept as an argon2 hash.
    pub fn set_trainer_passphrase(&self, passphrase: &str) -> Result<()> {
        if passphrase.chars().count() < 8 {
            return Err(StoreError::Rule(Rule::PassphraseTooShort));
        }
        let hash = hash_secret(passphrase)?;
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO meta(key, value) VALUES ('trainer_passphrase', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [hash],
            )?;
            Ok(())
        })
    }

    pub fn check_trainer_passphrase(&self, passphrase: &str) -> Result<bool> {
        let hash: Option<String> = self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = 'trainer_passphrase'", [], |r| r.get(0))
            .optional()?;
        Ok(hash.is_some_and(|h| verify_secret(passphrase, &h)))
    }

    /// Add learners from CSV text (see `learners_csv`), all or nothing; problems as English
    /// lines "line N: …". Learners already on this laptop under the same name are left as they are.
    pub fn import_learners_csv(
        &self,
        text: &str,
        default_language: &str,
    ) -> std::result::Result<Vec<Learner>, Vec<String>> {
        let rows = super::learners_csv::parse(text, default_language).map_err(|problems| {
            problems
                .iter()
                .map(|p| if p.line > 0 { format!("line {}: {}", p.line, p.problem) } else { p.problem.to_string() })
                .collect::<Vec<_>>()
        })?;
        self.import_learners(&rows, |_, _| {}).map(|o| o.added).map_err(|e| vec![e.to_string()])
    }

    /// Add the rows of a learners file in one transaction. PINs are hashed first, on every core,
    /// with `progress(done, total)` called as they are (argon2 is slow on purpose). Rows whose
    /// name is already a learner here are not added again but listed in `already_there`.
    pub fn import_learners(
        &self,
        rows: &[super::learners_csv::CsvLearner],
        mut progress: impl FnMut(usize, usize),
    ) -> Result<CsvImport> {
        use super::learners_csv::same_person_key;
        let existing: std::collections::HashSet<String> =
            self.learners()?.iter().map(|l| same_person_key(&l.name)).collect();
        let (new, old): (Vec<_>, Vec<_>) = rows.iter().partition(|r| !existing.contains(&same_person_key(&r.name)));
        let hashes = hash_pins(&new, &mut progress)?;
        let now = now_ms();
        let added = self.transact(|tx| {
            let mut added = Vec::new();
            for (row, pin_hash) in new.iter().zip(hashes) {
                let name = check_name(&row.name).map_err(StoreError::Rule)?;
                let id = LearnerId::new(uuid::Uuid::new_v4().to_string());
                insert_new(tx, self.device_id().as_str(), &id, &name, pin_hash.as_deref(), &row.language, now)?;
                added.push(Learner {
                    id,
                    name,
                    has_pin: pin_hash.is_some(),
                    language: row.language.clone(),
                    created_at: now,
                });
            }
            Ok(added)
        })?;
        Ok(CsvImport { added, already_there: old.iter().map(|r| r.name.clone()).collect() })
    }
}

/// What a learners file added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvImport {
    pub added: Vec<Learner>,
    /// Names of the file that were already learners here (not added again).
    pub already_there: Vec<String>,
}

/// Hash the PINs of `rows` on all cores, reporting progress from the calling thread.
fn hash_pins(
    rows: &[&super::learners_csv::CsvLearner],
    progress: &mut impl FnMut(usize, usize),
) -> Result<Vec<Option<String>>> {
    let total = rows.iter().filter(|r| r.pin.is_some()).count();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let chunk = rows.len().div_ceil(threads).max(1);
    let mut out: Vec<Option<String>> = Vec::with_capacity(rows.len());
    std::thread::scope(|scope| -> Result<()> {
        let handles: Vec<_> = rows
            .chunks(chunk)
            .map(|part| {
                let done = &done;
                scope.spawn(move || -> Result<Vec<Option<String>>> {
                    part.iter()
                        .map(|r| {
                            let h = r.pin.as_deref().map(hash_secret).transpose();
                            if r.pin.is_some() {
                                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            }
                            h
                        })
                        .collect()
                })
            })
            .collect();
        while handles.iter().any(|h| !h.is_finished()) {
            progress(done.load(std::sync::atomic::Ordering::Relaxed), total);
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        progress(total, total);
        for h in handles {
            let part = h.join().map_err(|_| super::internal("a PIN could not be secured"))??;
            out.extend(part);
        }
        Ok(())
    })?;
    Ok(out)
}

/// A profile field that merges on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Name,
    Pin,
    Language,
    Archived,
}

impl Field {
    /// The column holding the value.
    pub(crate) fn column(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Pin => "pin_hash",
            Field::Language => "language",
            Field::Archived => "archived",
        }
    }

    /// The prefix of its `_hlc` and `_base` columns (also its name in bundles and summaries).
    pub(crate) fn stamp(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Pin => "pin",
            Field::Language => "language",
            Field::Archived => "archived",
        }
    }
}

/// Insert a new profile made on this laptop: every field stamped now.
fn insert_new(
    tx: &rusqlite::Connection,
    device: &str,
    id: &LearnerId,
    name: &str,
    pin_hash: Option<&str>,
    language: &str,
    now: i64,
) -> Result<()> {
    let hlc = super::hlc::tick(tx, device, now)?;
    tx.execute(
        "INSERT INTO learners(id, name, pin_hash, language, created_at, updated_at,
                              name_hlc, pin_hlc, language_hlc, archived_hlc)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?6, ?6, ?6)",
        params![id, name, pin_hash, language, now, hlc],
    )?;
    Ok(())
}
