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
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(NOT_A_BUNDLE.into());
    }
    let bundle: Bundle = serde_json::from_value(value).map_err(|e| format!("{e}"))?;
    check_version(bundle.version)?;
    let learners: BTreeSet<&str> = bundle.learners.iter().map(|l| l.id.as_str()).collect();
    for (i, l) in bundle.learners.iter().enumerate() {
        check_learner(i, l)?;
    }
    for (i, f) in bundle.facts.iter().enumerate() {
        check_fact(i, f)?;
        if !learners.contains(f.learner_id.as_str()) {
            return Err(format!(
                "fact #{} ({}) belongs to learner {} who is not in the bundle",
                i + 1,
                f.id,
                f.learner_id
            ));
        }
    }
    Ok(bundle)
}

/// The sentence for a file that is not a bundle at all (the CLI shows it in the user's language).
pub const NOT_A_BUNDLE: &str = "this is not a CPMS progress bundle";

fn check_version(version: u32) -> std::result::Result<(), String> {
    if version == VERSION {
        Ok(())
    } else {
        Err(format!(
            "bundle version {version} is not supported (this program reads version {VERSION}); update CPMS Player"
        ))
    }
}

fn check_learner(i: usize, l: &BundleLearner) -> std::result::Result<(), String> {
    if l.id.trim().is_empty() || super::validate_name(&l.name).is_err() {
        return Err(format!("learner {} (#{}) has an empty id or an unusable name", l.id, i + 1));
    }
    Ok(())
}

fn check_fact(i: usize, f: &Fact) -> std::result::Result<(), String> {
    let what = || format!("fact #{} ({})", i + 1, f.id);
    if f.id.trim().is_empty()
        || f.learner_id.trim().is_empty()
        || f.course_id.trim().is_empty()
        || f.module_id.trim().is_empty()
    {
        return Err(format!("{} lacks an id, learner, course or module", what()));
    }
    if f.at <= 0 || f.at > 32_503_680_000_000 {
        return Err(format!("{} has an impossible time {}", what(), f.at));
    }
    if let FactKind::AttemptFinished { percent, .. } = &f.kind {
        if *percent > 100 {
            return Err(format!("{} has a score of {percent}%", what()));
        }
    }
    if let FactKind::ItemAnswered { credit, .. } = &f.kind {
        if !(0.0..=1.0).contains(credit) {
            return Err(format!("{} has a credit of {credit}", what()));
        }
    }
    Ok(())
}

/// Merge one learner profile: the later change wins; equal times are settled by content so that
/// both import orders agree.
fn merge_learner(tx: &rusqlite::Connection, l: &BundleLearner, report: &mut ImportReport) -> Result<()> {
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
    Ok(())
}

/// Where a bundle being read goes: into the open transaction, fact by fact, so that a bundle of
/// a million facts is merged in bounded memory.
struct Sink<'a> {
    tx: &'a rusqlite::Connection,
    report: &'a mut ImportReport,
    touched: &'a mut BTreeSet<(String, String)>,
    format_ok: bool,
    version: Option<u32>,
    learners: BTreeSet<String>,
    fact_learners: BTreeSet<String>,
    facts_read: usize,
    /// A check failed (not a syntax error): the message to show.
    refused: Option<String>,
    /// A database error while writing.
    store_error: Option<StoreError>,
}

impl Sink<'_> {
    fn fail<E: serde::de::Error>(&mut self, message: String) -> E {
        let e = E::custom(&message);
        self.refused.get_or_insert(message);
        e
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for &mut Sink<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for &mut Sink<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a CPMS progress bundle (a JSON object)")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let format: String = map.next_value()?;
                    if format != FORMAT {
                        return Err(self.fail(NOT_A_BUNDLE.into()));
                    }
                    self.format_ok = true;
                }
                "version" => {
                    let version: u32 = map.next_value()?;
                    if let Err(m) = check_version(version) {
                        return Err(self.fail(m));
                    }
                    self.version = Some(version);
                }
                "learners" => {
                    let learners: Vec<BundleLearner> = map.next_value()?;
                    for (i, l) in learners.iter().enumerate() {
                        if let Err(m) = check_learner(i, l) {
                            return Err(self.fail(m));
                        }
                        if let Err(e) = merge_learner(self.tx, l, self.report) {
                            self.store_error = Some(e);
                            return Err(serde::de::Error::custom("database error"));
                        }
                        self.learners.insert(l.id.clone());
                    }
                }
                "facts" => map.next_value_seed(FactsSeed(&mut *self))?,
                "certificates" => {
                    let certificates: Vec<BundleCertificate> = map.next_value()?;
                    for c in &certificates {
                        match insert_certificate(self.tx, &c.certificate, &c.device_id) {
                            Ok(n) => self.report.certificates_added += n,
                            Err(e) => {
                                self.store_error = Some(e.into());
                                return Err(serde::de::Error::custom("database error"));
                            }
                        }
                    }
                }
                "device_id" => {
                    let _: String = map.next_value()?;
                }
                "exported_at" => {
                    let _: i64 = map.next_value()?;
                }
                other => {
                    if !self.format_ok {
                        return Err(self.fail(NOT_A_BUNDLE.into()));
                    }
                    return Err(self.fail(format!("unknown field `{other}` (a bundle of another version?)")));
                }
            }
        }
        Ok(())
    }
}

struct FactsSeed<'s, 'a>(&'s mut Sink<'a>);

impl<'de> serde::de::DeserializeSeed<'de> for FactsSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for FactsSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of facts")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let sink = self.0;
        while let Some(fact) = seq.next_element::<Fact>()? {
            let i = sink.facts_read;
            sink.facts_read += 1;
            if let Err(m) = check_fact(i, &fact) {
                return Err(sink.fail(m));
            }
            match insert_fact_in(sink.tx, &fact) {
                Ok(true) => {
                    sink.report.facts_added += 1;
                    if !sink.touched.contains(&(fact.learner_id.clone(), fact.course_id.clone())) {
                        sink.touched.insert((fact.learner_id.clone(), fact.course_id.clone()));
                    }
                }
                Ok(false) => sink.report.facts_known += 1,
                Err(e) => {
                    sink.store_error = Some(e);
                    return Err(serde::de::Error::custom("database error"));
                }
            }
            if !sink.fact_learners.contains(&fact.learner_id) {
                sink.fact_learners.insert(fact.learner_id);
            }
        }
        Ok(())
    }
}

/// Why a bundle file was refused.
fn refusal(path: &std::path::Path, message: String) -> StoreError {
    if message == NOT_A_BUNDLE {
        StoreError::Problem(crate::problem::Problem::new("bundle-not-a-bundle").path("path", path))
    } else {
        StoreError::Problem(crate::problem::Problem::new("bundle-invalid").path("path", path).arg("detail", message))
    }
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
                merge_learner(&tx, l, &mut report)?;
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

    /// Read, check and merge bundle files, streaming: each file is read fact by fact into one
    /// transaction (memory stays bounded whatever the size). Any unreadable or malformed file
    /// refuses them all: the transaction is rolled back and the database is unchanged.
    pub fn import_bundle_files(&self, paths: &[std::path::PathBuf]) -> Result<ImportReport> {
        let tx = self.conn().unchecked_transaction()?;
        let mut report = ImportReport::default();
        let mut touched = BTreeSet::new();
        for p in paths {
            let file = std::fs::File::open(p).map_err(|e| {
                StoreError::Problem(
                    crate::problem::Problem::new("cannot-read").path("path", p).arg("error", e.to_string()),
                )
            })?;
            let mut sink = Sink {
                tx: &tx,
                report: &mut report,
                touched: &mut touched,
                format_ok: false,
                version: None,
                learners: BTreeSet::new(),
                fact_learners: BTreeSet::new(),
                facts_read: 0,
                refused: None,
                store_error: None,
            };
            let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(1 << 16, file));
            let parsed = serde::de::DeserializeSeed::deserialize(&mut sink, &mut de).and_then(|_| de.end());
            if let Some(e) = sink.store_error.take() {
                return Err(e);
            }
            if let Err(e) = parsed {
                let message = match sink.refused.take() {
                    Some(m) => m,
                    None if !sink.format_ok => NOT_A_BUNDLE.to_string(),
                    None => format!("line {}, column {}: {e}", e.line(), e.column()),
                };
                return Err(refusal(p, message));
            }
            if !sink.format_ok {
                return Err(refusal(p, NOT_A_BUNDLE.into()));
            }
            if sink.version.is_none() {
                return Err(refusal(p, "the bundle has no version".into()));
            }
            if let Some(stranger) = sink.fact_learners.iter().find(|l| !sink.learners.contains(*l)) {
                return Err(refusal(p, format!("facts belong to learner {stranger} who is not in the bundle")));
            }
        }
        for (learner, course) in &touched {
            refresh_summary(&tx, learner, course)?;
        }
        tx.commit()?;
        Ok(report)
    }
}
