//! Store side of keys and trust (see `crate::trust`): this installation's Ed25519 device key
//! (created at first run), an organisation key if a trainer created one here, and the trust list.
//! They live in the database's `meta` table, so backups and restores carry them with the
//! progress they signed; the database file and its backups are owner-only (0600 on unix, see
//! `Store::open` and `crate::platform`).

use super::{Result, Store};
use crate::problem::Problem;
use crate::trust::{Organisation, TrustList};
use ed25519_dalek::SigningKey;
use rusqlite::{Connection, OptionalExtension};

const DEVICE_KEY: &str = "device_signing_key";
const ORG_KEY: &str = "organisation_signing_key";
const TRUST_LIST: &str = "trust_list";

fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

fn decode_key(damaged: Problem, hex_seed: &str) -> Result<SigningKey> {
    let bytes = hex::decode(hex_seed).ok().and_then(|b| <[u8; 32]>::try_from(b).ok());
    bytes.map(|b| SigningKey::from_bytes(&b)).ok_or_else(|| damaged.into())
}

/// Create the device key if this database has none yet (first run).
pub(crate) fn ensure_device_key(conn: &Connection) -> Result<()> {
    if get(conn, DEVICE_KEY)?.is_none() {
        let seed = hex::encode(crate::trust::generate_key().to_bytes());
        conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?1, ?2)", [DEVICE_KEY, &seed])?;
    }
    Ok(())
}

impl Store {
    /// This installation's signing key.
    pub fn device_key(&self) -> Result<SigningKey> {
        match get(self.conn(), DEVICE_KEY)? {
            Some(seed) => decode_key(Problem::new("db-device-key-damaged"), &seed),
            None => {
                ensure_device_key(self.conn())?;
                self.device_key()
            }
        }
    }

    /// The organisation key created on this laptop, with its organisation, if any.
    pub fn organisation_key(&self) -> Result<Option<(SigningKey, Organisation)>> {
        let Some(seed) = get(self.conn(), ORG_KEY)? else { return Ok(None) };
        let key = decode_key(Problem::new("db-organisation-key-damaged"), &seed)?;
        let public = crate::trust::key_text(&key.verifying_key());
        let org = self.trust_list()?.organisations.into_iter().find(|o| o.public_key == public);
        Ok(org.map(|o| (key, o)))
    }

    /// Create this laptop's organisation key (once) and trust it here.
    pub fn create_organisation(&self, name: &str) -> Result<Organisation> {
        if self.organisation_key()?.is_some() {
            return Err(Problem::new("organisation-exists").into());
        }
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            return Err(Problem::new("organisation-name-length").into());
        }
        let key = crate::trust::generate_key();
        let org = Organisation::create(&key, name, super::now_ms());
        self.transact(|tx| {
            set(tx, ORG_KEY, &hex::encode(key.to_bytes()))?;
            let mut list = self.trust_list()?;
            list.organisations.push(org.clone());
            set(tx, TRUST_LIST, &serde_json::to_string(&list)?)
        })?;
        Ok(org)
    }

    /// Replace this laptop's copy of its own organisation (after enrolling or revoking).
    pub fn save_organisation(&self, org: &Organisation) -> Result<()> {
        self.transact(|_| {
            let mut list = self.trust_list()?;
            match list.organisations.iter_mut().find(|o| o.public_key == org.public_key) {
                Some(o) => *o = org.clone(),
                None => list.organisations.push(org.clone()),
            }
            self.save_trust_list(&list)
        })
    }

    /// The trust list (empty when nothing was created or imported).
    pub fn trust_list(&self) -> Result<TrustList> {
        match get(self.conn(), TRUST_LIST)? {
            Some(text) => {
                TrustList::parse(&text).map_err(|e| Problem::new("db-trust-list-damaged").arg("detail", e).into())
            }
            None => Ok(TrustList::default()),
        }
    }

    pub fn save_trust_list(&self, list: &TrustList) -> Result<()> {
        self.transact(|tx| set(tx, TRUST_LIST, &serde_json::to_string(list)?))
    }

    /// Merge a trust file's organisations, enrolments and revocations. Returns how many entries were new.
    pub fn import_trust(&self, other: &TrustList) -> Result<usize> {
        self.transact(|_| {
            let mut list = self.trust_list()?;
            let added = list.merge(other);
            self.save_trust_list(&list)?;
            Ok(added)
        })
    }
}
