//! Learner profiles: a name as typed (any script), an optional PIN kept only as an argon2 hash,
//! and the learner's interface language.

use super::{Result, Rule, Store, StoreError, now_ms};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rusqlite::{OptionalExtension, params};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: String,
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
    if (4..=6).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()) { Ok(()) } else { Err(Rule::PinFormat) }
}

pub(crate) fn hash_secret(secret: &str) -> Result<String> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| StoreError::Invalid(format!("cannot make a salt: {e}")))?;
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Invalid(format!("cannot hash the PIN: {e}")))
}

pub(crate) fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(secret.as_bytes(), &h).is_ok())
}

impl Store {
    /// Create a learner. The name is validated; a PIN, when given, must be 4–6 digits.
    pub fn add_learner(&self, name: &str, pin: Option<&str>, language: &str) -> Result<Learner> {
        let name = check_name(name).map_err(StoreError::Rule)?;
        let pin_hash = match pin.filter(|p| !p.is_empty()) {
            Some(p) => {
                check_pin_format(p).map_err(StoreError::Rule)?;
                Some(hash_secret(p)?)
            }
            None => None,
        };
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_ms();
        self.conn().execute(
            "INSERT INTO learners(id, name, pin_hash, language, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, name, pin_hash, language, now],
        )?;
        Ok(Learner { id, name, has_pin: pin_hash.is_some(), language: language.to_string(), created_at: now })
    }

    /// Learners not removed, by name.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, pin_hash IS NOT NULL, language, created_at FROM learners WHERE removed = 0
             ORDER BY name COLLATE NOCASE, created_at",
        )?;
        let rows = stmt.query_map([], row_to_learner)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn learner(&self, id: &str) -> Result<Option<Learner>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, name, pin_hash IS NOT NULL, language, created_at FROM learners WHERE id = ?1 AND removed = 0",
                [id],
                row_to_learner,
            )
            .optional()?)
    }

    /// Find a learner by id, or by name when exactly one learner has it (case-insensitive).
    pub fn find_learner(&self, name_or_id: &str) -> Result<Learner> {
        if let Some(l) = self.learner(name_or_id)? {
            return Ok(l);
        }
        let wanted = name_or_id.trim().to_lowercase();
        let matches: Vec<Learner> = self.learners()?.into_iter().filter(|l| l.name.to_lowercase() == wanted).collect();
        match matches.len() {
            1 => Ok(matches.into_iter().next().ok_or_else(|| StoreError::Invalid("no learner".into()))?),
            0 => Err(StoreError::Invalid(format!(
                "no learner is called '{name_or_id}'; see `cpms-player learners list`"
            ))),
            n => Err(StoreError::Invalid(format!(
                "{n} learners are called '{name_or_id}'; give the learner's id instead"
            ))),
        }
    }

    /// Whether `pin` opens the learner's profile (always true for a profile without a PIN).
    pub fn check_pin(&self, learner_id: &str, pin: &str) -> Result<bool> {
        let hash: Option<String> = self
            .conn()
            .query_row("SELECT pin_hash FROM learners WHERE id = ?1", [learner_id], |r| r.get(0))
            .optional()?
            .flatten();
        Ok(match hash {
            None => true,
            Some(h) => verify_secret(pin, &h),
        })
    }

    pub fn set_language(&self, learner_id: &str, language: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE learners SET language = ?2, updated_at = ?3 WHERE id = ?1",
            params![learner_id, language, now_ms()],
        )?;
        Ok(())
    }
}

fn row_to_learner(r: &rusqlite::Row<'_>) -> rusqlite::Result<Learner> {
    Ok(Learner { id: r.get(0)?, name: r.get(1)?, has_pin: r.get(2)?, language: r.get(3)?, created_at: r.get(4)? })
}

impl Store {
    pub fn rename_learner(&self, learner_id: &str, name: &str) -> Result<()> {
        let name = check_name(name).map_err(StoreError::Rule)?;
        self.conn().execute(
            "UPDATE learners SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![learner_id, name, now_ms()],
        )?;
        Ok(())
    }

    /// Set a new PIN, or remove it with `None`.
    pub fn set_pin(&self, learner_id: &str, pin: Option<&str>) -> Result<()> {
        let hash = match pin.filter(|p| !p.is_empty()) {
            Some(p) => {
                check_pin_format(p).map_err(StoreError::Rule)?;
                Some(hash_secret(p)?)
            }
            None => None,
        };
        self.conn().execute(
            "UPDATE learners SET pin_hash = ?2, updated_at = ?3 WHERE id = ?1",
            params![learner_id, hash, now_ms()],
        )?;
        Ok(())
    }

    /// Remove a learner profile. Its facts stay (reports of merged laptops stay whole), but the
    /// profile no longer appears anywhere.
    pub fn remove_learner(&self, learner_id: &str) -> Result<()> {
        self.conn()
            .execute("UPDATE learners SET removed = 1, updated_at = ?2 WHERE id = ?1", params![learner_id, now_ms()])?;
        Ok(())
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
        self.conn().execute(
            "INSERT INTO meta(key, value) VALUES ('trainer_passphrase', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [hash],
        )?;
        Ok(())
    }

    pub fn check_trainer_passphrase(&self, passphrase: &str) -> Result<bool> {
        let hash: Option<String> = self
            .conn()
            .query_row("SELECT value FROM meta WHERE key = 'trainer_passphrase'", [], |r| r.get(0))
            .optional()?;
        Ok(hash.is_some_and(|h| verify_secret(passphrase, &h)))
    }

    /// Add learners from CSV text: a `name` column, optional `pin` and `language` columns (a header
    /// line names them; without a header the columns are name, pin, language). All or nothing:
    /// any bad line refuses the whole file, each problem named by its line.
    pub fn import_learners_csv(
        &self,
        text: &str,
        default_language: &str,
    ) -> std::result::Result<Vec<Learner>, Vec<String>> {
        let rows = parse_learners_csv(text, default_language)?;
        let tx = self.conn().unchecked_transaction().map_err(|e| vec![e.to_string()])?;
        let mut added = Vec::new();
        for (name, pin, language) in rows {
            match self.add_learner(&name, pin.as_deref(), &language) {
                Ok(l) => added.push(l),
                Err(e) => return Err(vec![format!("{name}: {e}")]),
            }
        }
        tx.commit().map_err(|e| vec![e.to_string()])?;
        Ok(added)
    }
}

/// Rows of a learners CSV: (name, pin, language), or every problem with its line number.
pub fn parse_learners_csv(
    text: &str,
    default_language: &str,
) -> std::result::Result<Vec<(String, Option<String>, String)>, Vec<String>> {
    // Spreadsheet programs on Windows write CRLF line ends and start "CSV UTF-8" files with a byte
    // order mark: the csv reader takes both (tests/platforms.rs).
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut columns = (0usize, Some(1usize), Some(2usize));
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("line {line}: {e}"));
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        if i == 0 && record.iter().any(|f| f.eq_ignore_ascii_case("name")) {
            let find = |n: &str| record.iter().position(|f| f.eq_ignore_ascii_case(n));
            columns = (find("name").unwrap_or(0), find("pin"), find("language"));
            continue;
        }
        let name = record.get(columns.0).unwrap_or("").to_string();
        let pin = columns.1.and_then(|c| record.get(c)).filter(|p| !p.is_empty()).map(String::from);
        let language =
            columns.2.and_then(|c| record.get(c)).filter(|l| !l.is_empty()).unwrap_or(default_language).to_string();
        if let Err(e) = validate_name(&name) {
            problems.push(format!("line {line}: {e}"));
        }
        if let Some(p) = &pin {
            if let Err(e) = validate_pin(p) {
                problems.push(format!("line {line}: {e}"));
            }
        }
        if !crate::i18n::LANGUAGES.iter().any(|(c, _)| *c == language) {
            problems.push(format!("line {line}: unknown language '{language}' (use en, fr, es or ar)"));
        }
        rows.push((name, pin, language));
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push("the file holds no learners: write one name per line".into());
    }
    if problems.is_empty() { Ok(rows) } else { Err(problems) }
}
