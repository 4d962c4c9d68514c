//! Signed progress in bundles (see `trust::Attestation`): at export, this laptop signs the digest
//! of the facts it recorded, and passes on the signatures it received from other laptops whose
//! facts it relays unchanged; at import, every laptop's facts in a file must match one of its
//! signatures in that file, or nothing is imported. When this laptop trusts an organisation, the
//! signing laptop must also be enrolled and not revoked when it recorded them, and unsigned facts
//! (older bundles) are refused; with no organisation, signatures still catch edits, and unsigned
//! facts are taken in and counted as such.

use super::{Fact, Result, Store};
use crate::problem::Problem;
use crate::trust::{Attestation, FactDigest, Standing, TrustList, key_id};
use rusqlite::{Connection, params};
use std::collections::BTreeMap;

fn canonical(fact: &Fact) -> Vec<u8> {
    serde_json::to_vec(fact).unwrap_or_default()
}

/// Digests of each laptop's facts, in the given order.
fn digests<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> BTreeMap<String, FactDigest> {
    let mut out: BTreeMap<String, FactDigest> = BTreeMap::new();
    for f in facts {
        out.entry(f.device_id.to_string()).or_default().add(&canonical(f));
    }
    out
}

impl Store {
    /// The signatures to ship with `facts` (in export order): a fresh one by this laptop over its
    /// own facts, and for other laptops a stored signature that covers exactly their facts here.
    pub(crate) fn attest_facts(&self, facts: &[Fact]) -> Result<Vec<Attestation>> {
        let key = self.device_key()?;
        let mut out = Vec::new();
        for (device, digest) in digests(facts) {
            if device == self.device_id().as_str() {
                out.push(Attestation::sign(&key, &device, &digest, super::now_ms()));
                continue;
            }
            let (count, hex) = digest.finish();
            let stored = self.conn().query_row(
                "SELECT device_key, signed_at, signature FROM fact_attestations
                 WHERE device_id = ?1 AND count = ?2 AND digest = ?3",
                params![device, count as i64, hex],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)),
            );
            if let Ok((device_key, signed_at, signature)) = stored {
                out.push(Attestation { device_id: device, device_key, count, digest: hex, signed_at, signature });
            }
        }
        Ok(out)
    }
}

/// Checks the facts of one bundle file as they stream by.
#[derive(Default)]
pub(crate) struct FactCheck {
    digests: BTreeMap<String, FactDigest>,
    /// Per laptop: the latest fact (time, id), to compare with a revocation.
    latest: BTreeMap<String, (i64, String)>,
    attestations: Vec<Attestation>,
}

impl FactCheck {
    pub(crate) fn add(&mut self, fact: &Fact) {
        self.digests.entry(fact.device_id.to_string()).or_default().add(&canonical(fact));
        let latest = self.latest.entry(fact.device_id.to_string()).or_insert((i64::MIN, String::new()));
        if fact.at > latest.0 {
            *latest = (fact.at, fact.id.to_string());
        }
    }

    pub(crate) fn attestations(&mut self, list: Vec<Attestation>) {
        self.attestations.extend(list);
    }

    /// All the file's facts are read (and inserted: those new here have a rowid above
    /// `since_rowid`): check them against the signatures. Returns how many facts are unsigned
    /// (accepted only when no organisation is trusted here, and marked so that no certificate
    /// rests on them), or why the file is refused (a `Problem`). The signatures that matched are kept, to pass
    /// them on when this laptop exports.
    pub(crate) fn finish(&self, conn: &Connection, trust: &TrustList, since_rowid: i64) -> Result<usize> {
        let organisation_mode = !trust.organisations.is_empty();
        let mut unsigned = 0;
        for (device, digest) in &self.digests {
            let (count, hex) = digest.finish();
            let first = self.latest.get(device).map(|l| l.1.as_str()).unwrap_or_default();
            let claims: Vec<&Attestation> = self.attestations.iter().filter(|a| a.device_id == *device).collect();
            if claims.is_empty() {
                if organisation_mode {
                    return Err(Problem::new("bundle-unsigned")
                        .num("count", count as f64)
                        .arg("device", device)
                        .arg("example", first)
                        .into());
                }
                unsigned += count as usize;
                conn.execute(
                    "UPDATE facts SET unsigned_import = 1 WHERE rowid > ?1 AND device_id = (SELECT n FROM fact_names WHERE name = ?2)",
                    params![since_rowid, device],
                )?;
                continue;
            }
            let Some(matching) = claims.iter().find(|a| a.count == count && a.digest == hex) else {
                return Err(Problem::new("bundle-not-as-signed")
                    .num("count", count as f64)
                    .arg("device", device)
                    .num("signed", claims[0].count as f64)
                    .arg("example", first)
                    .into());
            };
            let key = matching
                .check()
                .map_err(|_| Problem::new("bundle-signature-invalid").arg("device", device).arg("example", first))?;
            if organisation_mode {
                match trust.standing(&key) {
                    Standing::Unknown => {
                        return Err(Problem::new("bundle-laptop-untrusted")
                            .arg("laptop", key_id(&key))
                            .arg("example", first)
                            .into());
                    }
                    Standing::Enrolled { laptop, revoked_at: Some(at), .. } => {
                        if let Some((latest, id)) = self.latest.get(device).filter(|l| l.0 >= at) {
                            return Err(Problem::new("bundle-laptop-revoked")
                                .arg("id", id)
                                .arg("laptop", laptop)
                                .arg("date", crate::time::iso_date(*latest))
                                .arg("revoked", crate::time::iso_date(at))
                                .into());
                        }
                    }
                    Standing::Enrolled { .. } => {}
                }
            }
            conn.execute(
                "INSERT OR IGNORE INTO fact_attestations(device_id, device_key, count, digest, signed_at, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    matching.device_id,
                    matching.device_key,
                    matching.count as i64,
                    matching.digest,
                    matching.signed_at,
                    matching.signature
                ],
            )?;
        }
        Ok(unsigned)
    }
}

/// The highest fact rowid so far: facts inserted afterwards have a higher one.
pub(crate) fn last_fact_rowid(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT COALESCE(MAX(rowid), 0) FROM facts", [], |r| r.get(0))
}
