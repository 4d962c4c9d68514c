//! Keys and trust: every installation has an Ed25519 device key; a trainer's organisation key
//! enrols laptops by signing their public keys (and can revoke them). The trust list is what a
//! laptop believes: organisations (name and public key), the devices each enrolled, with dates,
//! and revocations. Every enrolment and revocation carries the organisation's signature, so a
//! trust file passed around on a USB stick cannot gain a device without the organisation's key;
//! importing a trust file is the decision to trust that organisation's key.
//! Storage is in `progress::keys` (the only place with SQL). The signed certificate payload
//! (`certificate_payload`) is the form in which a laptop's key vouches for a certificate.

pub mod certificate_payload;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::Digest;

pub const TRUST_FORMAT: &str = "cpms-trust";
pub const TRUST_VERSION: u32 = 1;

/// A new random signing key.
pub fn generate_key() -> SigningKey {
    SigningKey::from_bytes(&rand::random::<[u8; 32]>())
}

/// A public key as text (URL-safe base64, 43 characters).
pub fn key_text(key: &VerifyingKey) -> String {
    B64.encode(key.as_bytes())
}

/// Read a public key written by `key_text`.
pub fn parse_key(text: &str) -> Result<VerifyingKey, String> {
    let bytes = B64.decode(text.trim()).map_err(|_| format!("“{}” is not a public key", text.trim()))?;
    let bytes: [u8; 32] = bytes.try_into().map_err(|_| format!("“{}” is not a public key", text.trim()))?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| format!("“{}” is not a valid Ed25519 public key", text.trim()))
}

/// A short id of a public key: the first 8 bytes of its SHA-256, as 16 hex digits.
pub fn key_id(key: &VerifyingKey) -> String {
    hex::encode(key_id_bytes(key))
}

pub fn key_id_bytes(key: &VerifyingKey) -> [u8; 8] {
    let digest = sha2::Sha256::digest(key.as_bytes());
    let mut id = [0u8; 8];
    id.copy_from_slice(&digest[..8]);
    id
}

fn sign_fields(key: &SigningKey, fields: &[&str]) -> String {
    B64.encode(key.sign(fields.join("\u{1f}").as_bytes()).to_bytes())
}

fn check_fields(key: &VerifyingKey, fields: &[&str], signature: &str) -> bool {
    let Ok(bytes) = B64.decode(signature) else { return false };
    let Ok(bytes) = <[u8; 64]>::try_from(bytes) else { return false };
    key.verify_strict(fields.join("\u{1f}").as_bytes(), &Signature::from_bytes(&bytes)).is_ok()
}

/// A laptop enrolled by an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enrolment {
    pub device_key: String,
    /// A name the trainer gave the laptop ("Kit 3", "Goma office").
    pub name: String,
    pub enrolled_at: i64,
    pub signature: String,
}

/// A laptop whose records from `revoked_at` on are refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    pub device_key: String,
    pub revoked_at: i64,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub public_key: String,
    pub created_at: i64,
    /// The organisation's signature over its name, key and creation time.
    pub signature: String,
    #[serde(default)]
    pub devices: Vec<Enrolment>,
    #[serde(default)]
    pub revocations: Vec<Revocation>,
}

impl Organisation {
    /// A new organisation signed by its own key.
    pub fn create(key: &SigningKey, name: &str, now: i64) -> Organisation {
        let public_key = key_text(&key.verifying_key());
        let signature = sign_fields(key, &["cpms-org-v1", &public_key, name, &now.to_string()]);
        Organisation {
            name: name.to_string(),
            public_key,
            created_at: now,
            signature,
            devices: Vec::new(),
            revocations: Vec::new(),
        }
    }

    pub fn key(&self) -> Result<VerifyingKey, String> {
        parse_key(&self.public_key)
    }

    pub fn id(&self) -> String {
        self.key().map(|k| key_id(&k)).unwrap_or_default()
    }

    /// Sign a device's public key into this organisation (`key` must be the organisation's key).
    pub fn enrol(&mut self, key: &SigningKey, device: &VerifyingKey, name: &str, now: i64) {
        let device_key = key_text(device);
        let signature = sign_fields(key, &["cpms-enrol-v1", &self.public_key, &device_key, name, &now.to_string()]);
        self.devices.retain(|d| d.device_key != device_key);
        self.devices.push(Enrolment { device_key, name: name.to_string(), enrolled_at: now, signature });
    }

    /// Revoke a device from `now` on.
    pub fn revoke(&mut self, key: &SigningKey, device: &VerifyingKey, now: i64) {
        let device_key = key_text(device);
        let signature = sign_fields(key, &["cpms-revoke-v1", &self.public_key, &device_key, &now.to_string()]);
        self.revocations.push(Revocation { device_key, revoked_at: now, signature });
    }

    /// Every signature checks out; the first that does not, described.
    pub fn check(&self) -> Result<(), String> {
        let key = self.key()?;
        if !check_fields(
            &key,
            &["cpms-org-v1", &self.public_key, &self.name, &self.created_at.to_string()],
            &self.signature,
        ) {
            return Err(format!("the organisation “{}” is not signed by its own key", self.name));
        }
        for d in &self.devices {
            parse_key(&d.device_key)?;
            let fields = ["cpms-enrol-v1", &self.public_key, &d.device_key, &d.name, &d.enrolled_at.to_string()];
            if !check_fields(&key, &fields, &d.signature) {
                return Err(format!("the enrolment of laptop “{}” is not signed by “{}”", d.name, self.name));
            }
        }
        for r in &self.revocations {
            let fields = ["cpms-revoke-v1", &self.public_key, &r.device_key, &r.revoked_at.to_string()];
            if !check_fields(&key, &fields, &r.signature) {
                return Err(format!("a revocation in “{}” is not signed by its key", self.name));
            }
        }
        Ok(())
    }

    /// Earliest revocation of a device, if any.
    pub fn revoked_at(&self, device_key: &str) -> Option<i64> {
        self.revocations.iter().filter(|r| r.device_key == device_key).map(|r| r.revoked_at).min()
    }
}

/// What a laptop trusts; also the file format of `trust export` / `trust import`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustList {
    pub format: String,
    pub version: u32,
    pub organisations: Vec<Organisation>,
}

impl Default for TrustList {
    fn default() -> Self {
        TrustList { format: TRUST_FORMAT.into(), version: TRUST_VERSION, organisations: Vec::new() }
    }
}

/// Where a device key stands in a trust list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Enrolled by `organisation` under the name `laptop`.
    Enrolled { organisation: String, laptop: String, enrolled_at: i64, revoked_at: Option<i64> },
    /// No organisation in the list enrolled it.
    Unknown,
}

impl TrustList {
    /// Parse and check a trust file; errors say what is wrong.
    pub fn parse(text: &str) -> Result<TrustList, String> {
        let list: TrustList =
            serde_json::from_str(text).map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
        if list.format != TRUST_FORMAT {
            return Err(format!("this is not a CPMS trust file (format “{}”)", list.format));
        }
        if list.version != TRUST_VERSION {
            return Err(format!("trust file version {} is not supported; update CPMS Player", list.version));
        }
        for org in &list.organisations {
            org.check()?;
        }
        Ok(list)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Add what `other` knows: new organisations, enrolments and revocations (union; nothing is
    /// removed). Returns how many entries were new.
    pub fn merge(&mut self, other: &TrustList) -> usize {
        let mut added = 0;
        for org in &other.organisations {
            match self.organisations.iter_mut().find(|o| o.public_key == org.public_key) {
                None => {
                    self.organisations.push(org.clone());
                    added += 1 + org.devices.len() + org.revocations.len();
                }
                Some(mine) => {
                    for d in &org.devices {
                        if !mine.devices.contains(d) {
                            mine.devices.push(d.clone());
                            added += 1;
                        }
                    }
                    for r in &org.revocations {
                        if !mine.revocations.contains(r) {
                            mine.revocations.push(r.clone());
                            added += 1;
                        }
                    }
                }
            }
        }
        added
    }

    /// Where a device key stands (its earliest enrolment, and earliest revocation in that organisation).
    pub fn standing(&self, device: &VerifyingKey) -> Standing {
        let text = key_text(device);
        for org in &self.organisations {
            if let Some(d) = org.devices.iter().filter(|d| d.device_key == text).min_by_key(|d| d.enrolled_at) {
                return Standing::Enrolled {
                    organisation: org.name.clone(),
                    laptop: d.name.clone(),
                    enrolled_at: d.enrolled_at,
                    revoked_at: org.revoked_at(&text),
                };
            }
        }
        Standing::Unknown
    }

    /// The organisation (id as in `key_id`) that enrolled a device, if any.
    pub fn organisation_of(&self, device: &VerifyingKey) -> Option<&Organisation> {
        let text = key_text(device);
        self.organisations.iter().find(|o| o.devices.iter().any(|d| d.device_key == text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enrolments_are_signed_and_edits_are_caught() {
        let org_key = generate_key();
        let device = generate_key().verifying_key();
        let mut org = Organisation::create(&org_key, "Save Children Goma", 1000);
        org.enrol(&org_key, &device, "Kit 3", 2000);
        assert!(org.check().is_ok());
        let mut list = TrustList::default();
        list.organisations.push(org.clone());
        assert!(matches!(list.standing(&device), Standing::Enrolled { ref laptop, .. } if laptop == "Kit 3"));
        // A device added by hand without the organisation's key is caught.
        let mut forged = org.clone();
        let other = generate_key().verifying_key();
        forged.devices.push(Enrolment { device_key: key_text(&other), ..org.devices[0].clone() });
        assert!(forged.check().is_err());
        // Renaming the organisation is caught too.
        let mut renamed = org.clone();
        renamed.name = "Other".into();
        assert!(renamed.check().is_err());
        // Round trip through the file format.
        assert_eq!(TrustList::parse(&list.to_json()).unwrap(), list);
    }

    #[test]
    fn revocations_are_dated() {
        let org_key = generate_key();
        let device = generate_key().verifying_key();
        let mut org = Organisation::create(&org_key, "Org", 1);
        org.enrol(&org_key, &device, "A", 2);
        org.revoke(&org_key, &device, 50);
        let list = TrustList { organisations: vec![org], ..Default::default() };
        assert!(matches!(list.standing(&device), Standing::Enrolled { revoked_at: Some(50), .. }));
    }
}

/// A laptop's signature over all the progress facts it recorded, as exported in one bundle: the
/// number of facts and the SHA-256 of their canonical JSON, in export order (time, then id). One
/// signature per laptop per bundle, instead of one per fact: checking a bundle of 100,000 facts
/// costs one hash per fact (about 1 µs) and one signature per laptop, where a signature per fact
/// would cost about 100 µs each (10 s). Any fact edited, added or removed under the laptop's id
/// changes the digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attestation {
    pub device_id: String,
    pub device_key: String,
    pub count: u64,
    /// Hex SHA-256 over the facts (see `FactDigest`).
    pub digest: String,
    pub signed_at: i64,
    pub signature: String,
}

impl Attestation {
    fn fields(device_id: &str, device_key: &str, count: u64, digest: &str, signed_at: i64) -> [String; 6] {
        [
            "cpms-facts-v1".into(),
            device_id.into(),
            device_key.into(),
            count.to_string(),
            digest.into(),
            signed_at.to_string(),
        ]
    }

    pub fn sign(key: &SigningKey, device_id: &str, digest: &FactDigest, now: i64) -> Attestation {
        let device_key = key_text(&key.verifying_key());
        let (count, hex_digest) = digest.finish();
        let fields = Self::fields(device_id, &device_key, count, &hex_digest, now);
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        Attestation {
            device_id: device_id.into(),
            device_key,
            count,
            digest: hex_digest,
            signed_at: now,
            signature: sign_fields(key, &refs),
        }
    }

    /// The signing key, when the signature is valid.
    pub fn check(&self) -> Result<VerifyingKey, String> {
        let key = parse_key(&self.device_key)?;
        let fields = Self::fields(&self.device_id, &self.device_key, self.count, &self.digest, self.signed_at);
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        if check_fields(&key, &refs, &self.signature) {
            Ok(key)
        } else {
            Err(format!("the signature of laptop {} over its records is not valid", key_id(&key)))
        }
    }
}

/// Running digest of one laptop's facts, in export order.
#[derive(Clone, Default)]
pub struct FactDigest {
    hash: sha2::Sha256,
    count: u64,
}

impl FactDigest {
    /// Add a fact, given as its canonical JSON.
    pub fn add(&mut self, canonical: &[u8]) {
        self.hash.update((canonical.len() as u64).to_be_bytes());
        self.hash.update(canonical);
        self.count += 1;
    }

    pub fn finish(&self) -> (u64, String) {
        (self.count, hex::encode(self.hash.clone().finalize()))
    }
}
