//! Progress bundles: everything a laptop knows (learners, facts, certificates) in one JSON file,
//! to carry to a trainer's laptop. Importing is a union: facts are kept by id (importing twice
//! changes nothing, the order of imports does not matter); for learner profiles the most
//! recently changed version wins. A bundle is checked whole before anything is written, and
//! written in one transaction, so a bad bundle leaves the database unchanged.

use super::certificates::insert_certificate;
use super::{Fact, FactKind, Result, Store, StoreError, insert_fact_in, report::refresh_summary};
use crate::certificate::Certificate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub const FORMAT: &str = "cpms-progress-bundle";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    pub version: u32,
    pub device_id: String,
    pub exported_at: i64,
    pub learners: Vec<BundleLearner>,
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub certificates: Vec<BundleCertificate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleLearner {
    pub id: String,
    pub name: String,
    pub pin_hash: Option<String>,
    pub language: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub removed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleCertificate {
    #[serde(flatten)]
    pub certificate: Certificate,
    pub device_id: String,
}

/// What an import added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub learners_added: usize,
    pub learners_updated: usize,
    pub facts_added: usize,
    pub facts_known: usize,
    pub certificates_added: usize,
}

/// Parse and check a bundle. Errors say where (JSON line and column, or which record) and what.
pub fn parse_bundle(text: &str) -> std::result::Result<Bundle, String> {
    let bundle: Bundle =
        serde_json::from_str(text).map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
    if bundle.format != FORMAT {
        return Err(format!("this is not a CPMS progress bundle (format '{}')", bundle.format));
    }
    if bundle.version != VERSION {
        return Err(format!(
            "bundle version {} is not supported (this program reads version {VERSION}); update CPMS Player",
            bundle.version
        ));
    }
    let learners: BTreeSet<&str> = bundle.learners.iter().map(|l| l.id.as_str()).collect();
    for (i, l) in bundle.learners.iter().enumerate() {
        if l.id.trim().is_empty() || super::validate_name(&l.name).is_err() {
            return Err(format!("learner {} (#{}) has an empty id or an unusable name", l.id, i + 1));
        }
    }
    for (i, f) in bundle.facts.iter().enumerate() {
        let what = format!("fact #{} ({})", i + 1, f.id);
        if f.id.trim().is_empty()
            || f.learner_id.trim().is_empty()
            || f.course_id.trim().is_empty()
            || f.module_id.trim().is_empty()
        {
            return Err(format!("{what} lacks an id, learner, course or module"));
        }
        if !learners.contains(f.learner_id.as_str()) {
            return Err(format!("{what} belongs to learner {} who is not in the bundle", f.learner_id));
        }
        if f.at <= 0 || f.at > 32_503_680_000_000 {
            return Err(format!("{what} has an impossible time {}", f.at));
        }
        if let FactKind::AttemptFinished { percent, .. } = &f.kind {
            if *percent > 100 {
                return Err(format!("{what} has a score of {percent}%"));
            }
        }
        if let FactKind::ItemAnswered { credit, .. } = &f.kind {
            if !(0.0..=1.0).contains(credit) {
                return Err(format!("{what} has a credit of {credit}"));
            }
        }
    }
    Ok(bundle)
}

impl Store {
    /// Everything in this database as a bundle.
    pub fn export_bundle(&self) -> Result<Bundle> {
        let conn = self.conn();
        let learners = conn
            .prepare("SELECT id, name, pin_hash, language, created_at, updated_at, removed FROM learners ORDER BY id")?
            .query_map([], |r| {
                Ok(BundleLearner {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    pin_hash: r.get(2)?,
                    language: r.get(3)?,
                    created_at: r.get(4)?,
                    updated_at: r.get(5)?,
                    removed: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut facts = Vec::new();
        let mut stmt = conn
            .prepare("SELECT id, learner_id, device_id, at, course_id, module_id, data FROM facts ORDER BY at, id")?;
        for row in stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get::<_, String>(6)?))
        })? {
            let (id, learner_id, device_id, at, course_id, module_id, data) = row?;
            let kind: FactKind = serde_json::from_str(&data)?;
            facts.push(Fact { id, learner_id, device_id, at, course_id, module_id, kind });
        }
        let certificates = self
            .certificates()?
            .into_iter()
            .map(|(certificate, device_id)| BundleCertificate { certificate, device_id })
            .collect();
        Ok(Bundle {
            format: FORMAT.into(),
            version: VERSION,
            device_id: self.device_id().to_string(),
            exported_at: super::now_ms(),
            learners,
            facts,
            certificates,
        })
    }

    /// Merge bundles into this database, all in one transaction: all of them or none.
    pub fn import_bundles(&self, bundles: &[Bundle]) -> Result<ImportReport> {
        let tx = self.conn().unchecked_transaction()?;
        let mut report = ImportReport::default();
        let mut touched = BTreeSet::new();
        for bundle in bundles {
            for l in &bundle.learners {
                let existing: Option<i64> =
                    tx.query_row("SELECT updated_at FROM learners WHERE id = ?1", [&l.id], |r| r.get(0)).optional()?;
                match existing {
                    None => {
                        tx.execute(
                            "INSERT INTO learners(id, name, pin_hash, language, created_at, updated_at, removed)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            params![l.id, l.name, l.pin_hash, l.language, l.created_at, l.updated_at, l.removed],
                        )?;
                        report.learners_added += 1;
                    }
                    // The later change wins; equal times are settled by content so that
                    // both import orders agree.
                    Some(at) if l.updated_at > at => {
                        tx.execute(
                            "UPDATE learners SET name = ?2, pin_hash = ?3, language = ?4, updated_at = ?5, removed = ?6 WHERE id = ?1",
                            params![l.id, l.name, l.pin_hash, l.language, l.updated_at, l.removed],
                        )?;
                        report.learners_updated += 1;
                    }
                    Some(at) if l.updated_at == at => {
                        tx.execute(
                            "UPDATE learners SET name = ?2, pin_hash = ?3, language = ?4, removed = ?5
                             WHERE id = ?1 AND (name, COALESCE(pin_hash, ''), language, removed) < (?2, COALESCE(?3, ''), ?4, ?5)",
                            params![l.id, l.name, l.pin_hash, l.language, l.removed],
                        )?;
                    }
                    Some(_) => {}
                }
            }
            for f in &bundle.facts {
                if insert_fact_in(&tx, f)? {
                    report.facts_added += 1;
                    touched.insert((f.learner_id.clone(), f.course_id.clone()));
                } else {
                    report.facts_known += 1;
                }
            }
            for c in &bundle.certificates {
                let n = insert_certificate(&tx, &c.certificate, &c.device_id)?;
                report.certificates_added += n;
            }
        }
        for (learner, course) in &touched {
            refresh_summary(&tx, learner, course)?;
        }
        tx.commit()?;
        Ok(report)
    }

    /// Read, check and merge bundle files. Any unreadable or malformed file refuses them all.
    pub fn import_bundle_files(&self, paths: &[std::path::PathBuf]) -> Result<ImportReport> {
        let mut bundles = Vec::new();
        for p in paths {
            let text = std::fs::read_to_string(p)
                .map_err(|e| StoreError::Invalid(format!("{}: cannot read: {e}", p.display())))?;
            let bundle = parse_bundle(&text)
                .map_err(|e| StoreError::Invalid(format!("{}: {e}; nothing was imported", p.display())))?;
            bundles.push(bundle);
        }
        self.import_bundles(&bundles)
    }
}
