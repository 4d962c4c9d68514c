//! Progress bundles: everything a laptop knows (learners, links, facts, certificates) in one
//! JSON file, to carry to a trainer's laptop. The format is specified in docs/bundle-format.md.
//!
//! Importing is a union that gives the same result in any order and any number of times:
//! facts are kept by id (a known id arriving with other content is a conflict, listed in the
//! summary); learner profiles merge field by field with hybrid-logical-clock stamps (`hlc`):
//! name, PIN, language and archived each keep their latest edit, so a rename on one laptop and a
//! PIN change on another both survive. Removing a profile on a laptop never travels (only a
//! trainer's "archive" does). Bundle files are streamed fact by fact into one transaction:
//! all of them are merged, or none.
//!
//! Versioning: `version` is the major version (a reader refuses a higher one and says to update),
//! `minor` counts additions within it; fields a reader does not know are ignored and named in the
//! import summary. Version 1 bundles (no stamps, no links) are still read.
//!
//! Note for extensions (e.g. signatures): add new fields as optional (`#[serde(default)]`) and
//! raise `MINOR`; only a change that old readers must not misread raises `VERSION`.

use super::Certificate;
use super::certificates::insert_certificate;
use super::hlc;
use super::learners::Field;
use super::{Fact, FactKind, Result, Store, StoreError, summary::refresh_summary};
use crate::ids::{CourseId, DeviceId, FactId, LearnerId, ModuleId};
use crate::problem::Problem;
use rusqlite::types::Value as SqlValue;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod stream;

pub const FORMAT: &str = "cpms-progress-bundle";
/// The major version this program writes and the highest it reads. Version 1 is still read.
pub const VERSION: u32 = 2;
/// The minor version this program writes: additions that older readers of the same major
/// version may ignore.
pub const MINOR: u32 = 0;

/// A whole bundle (tests, benchmarks, the window's export). Unknown fields are ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: String,
    /// Major version.
    pub version: u32,
    /// Minor version (absent in version 1: 0).
    #[serde(default)]
    pub minor: u32,
    pub device_id: DeviceId,
    pub exported_at: i64,
    pub learners: Vec<BundleLearner>,
    /// Each laptop's signature over its facts in this bundle (`fact_signing`); absent in older bundles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attestations: Vec<crate::trust::Attestation>,
    /// Links between learner ids (version 2).
    #[serde(default)]
    pub links: Vec<BundleLink>,
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub certificates: Vec<BundleCertificate>,
}

/// A learner profile as it travels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleLearner {
    pub id: LearnerId,
    pub name: String,
    /// The argon2 PIN hash, carried only when exported with PINs (`stamps.pin` is then present;
    /// null means "no PIN"). Version 1 bundles always carry it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_hash: Option<String>,
    pub language: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Version 1 only: "removed on the laptop that made the bundle". Read and ignored: removing a
    /// profile on a laptop never travels.
    #[serde(default, skip_serializing)]
    pub removed: bool,
    /// Archived by a trainer (version 2).
    #[serde(default)]
    pub archived: bool,
    /// Per-field clock stamps (version 2); absent in version 1, where `updated_at` stands for all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stamps: Option<Stamps>,
    /// Fields this program does not know (a newer minor version): ignored, named in the summary.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unknown: BTreeMap<String, serde_json::Value>,
}

/// When each profile field was last set, and which stamp that edit replaced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamps {
    pub name: Stamp,
    pub language: Stamp,
    pub archived: Stamp,
    /// Present only when the PIN hash is carried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<Stamp>,
}

/// A hybrid-logical-clock stamp (`hlc`, see progress/hlc.rs) and the one it replaced (`base`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub hlc: String,
    #[serde(default)]
    pub base: String,
}

/// "`learner_id` is the person `person_id`" (null: the link was undone), as it travels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleLink {
    pub learner_id: LearnerId,
    pub person_id: Option<LearnerId>,
    pub hlc: String,
    #[serde(default)]
    pub base: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleCertificate {
    #[serde(flatten)]
    pub certificate: Certificate,
    pub device_id: DeviceId,
}

/// What goes into an exported bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Carry PIN hashes (off by default: a bundle on a USB stick should not hold them).
    pub with_pins: bool,
    /// Carry facts and certificates (off for a roster: profiles and links only).
    pub with_facts: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions { with_pins: false, with_facts: true }
    }
}

/// Two edits of one profile field made without seeing each other: which one was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldConflict {
    pub learner_id: LearnerId,
    /// `name`, `pin`, `language` or `archived`.
    pub field: &'static str,
    /// The value kept and the laptop (device id) that made it ("a PIN" for PINs).
    pub kept: String,
    pub kept_device: String,
    pub set_aside: String,
    pub set_aside_device: String,
}

/// A known fact id that arrived with other content (the stored fact is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactConflict {
    pub fact_id: FactId,
    pub stored_device: DeviceId,
    pub incoming_device: DeviceId,
}

/// What an import did, and what the trainer should look at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub learners_added: usize,
    pub learners_updated: usize,
    pub facts_added: usize,
    pub facts_known: usize,
    pub certificates_added: usize,
    /// Facts taken in without a signature (older bundles, no organisation trusted here).
    pub facts_unsigned: usize,
    pub links_changed: usize,
    /// Concurrent edits of one field, settled (the same way on every laptop).
    pub conflicts: Vec<FieldConflict>,
    /// Known fact ids with other content (at most 20 listed; `fact_conflict_count` counts all).
    pub fact_conflicts: Vec<FactConflict>,
    pub fact_conflict_count: usize,
    /// Laptops (device ids) whose times are more than a day ahead of this laptop's clock, and by
    /// how much (ms, the largest seen). Their profile edits were not allowed to win.
    pub clock_ahead: BTreeMap<String, i64>,
    /// Fields this version does not know, ignored (e.g. `learners[].nickname`).
    pub unknown_fields: BTreeSet<String>,
    /// Bundles of a newer minor version: (major, minor).
    pub newer_minor: Option<(u32, u32)>,
    /// Same normalised name under different ids, after the import: maybe one person (link them).
    pub likely_duplicates: Vec<super::LikelyDuplicate>,
}

/// Parse and check a bundle. Errors say where (JSON line and column, or which record) and what.
/// Unknown fields are ignored.
pub fn parse_bundle(text: &str) -> std::result::Result<Bundle, Problem> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_error(&e))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(not_a_bundle());
    }
    if let Some(v) = value.get("version").and_then(|v| v.as_u64())
        && v > u64::from(VERSION)
    {
        return Err(Problem::new("bundle-newer-detail").arg("version", v.to_string()));
    }
    let bundle: Bundle =
        serde_json::from_value(value).map_err(|e| Problem::new("bundle-unreadable").arg("detail", e.to_string()))?;
    check_version(bundle.version)?;
    let learners: BTreeSet<&str> = bundle.learners.iter().map(|l| l.id.as_str()).collect();
    for (i, l) in bundle.learners.iter().enumerate() {
        check_learner(i, l)?;
    }
    for (i, f) in bundle.facts.iter().enumerate() {
        check_fact(i, f)?;
        if !learners.contains(f.learner_id.as_str()) {
            return Err(Problem::new("bundle-fact-stranger")
                .arg("index", (i + 1).to_string())
                .arg("id", &f.id)
                .arg("learner", &f.learner_id));
        }
    }
    Ok(bundle)
}

/// The message id for a file that is not a bundle at all (shown in the user's language).
pub const NOT_A_BUNDLE: &str = "bundle-not-cpms";

fn not_a_bundle() -> Problem {
    Problem::new("bundle-not-cpms")
}

/// A JSON syntax error: where, and the parser's own (technical) words.
fn json_error(e: &serde_json::Error) -> Problem {
    Problem::new("bundle-json-error")
        .arg("line", e.line().to_string())
        .arg("column", e.column().to_string())
        .arg("detail", e.to_string())
}

/// Versions 1 to `VERSION` are read (a higher one is refused before this, with its own message).
fn check_version(version: u32) -> std::result::Result<(), Problem> {
    if (1..=VERSION).contains(&version) {
        Ok(())
    } else {
        Err(Problem::new("bundle-version-unsupported")
            .arg("version", version.to_string())
            .arg("max", VERSION.to_string()))
    }
}

fn check_learner(i: usize, l: &BundleLearner) -> std::result::Result<(), Problem> {
    if l.id.as_str().trim().is_empty() || super::validate_name(&l.name).is_err() {
        return Err(Problem::new("bundle-learner-unusable").arg("id", &l.id).arg("index", (i + 1).to_string()));
    }
    Ok(())
}

fn check_fact(i: usize, f: &Fact) -> std::result::Result<(), Problem> {
    let what = |p: Problem| p.arg("index", (i + 1).to_string()).arg("id", &f.id);
    if f.id.as_str().trim().is_empty()
        || f.learner_id.as_str().trim().is_empty()
        || f.course_id.as_str().trim().is_empty()
        || f.module_id.as_str().trim().is_empty()
    {
        return Err(what(Problem::new("bundle-fact-incomplete")));
    }
    if f.at <= 0 || f.at > 32_503_680_000_000 {
        return Err(what(Problem::new("bundle-fact-time")).arg("time", f.at.to_string()));
    }
    if let FactKind::AttemptFinished { percent, .. } = &f.kind
        && *percent > 100
    {
        return Err(what(Problem::new("bundle-fact-score")).arg("percent", percent.to_string()));
    }
    if let FactKind::ItemAnswered { credit, .. } = &f.kind
        && !(0.0..=1.0).contains(credit)
    {
        return Err(what(Problem::new("bundle-fact-credit")).arg("credit", credit.to_string()));
    }
    Ok(())
}

/// The merge of one or more bundles into one open transaction.
struct Merger<'a> {
    tx: &'a rusqlite::Connection,
    report: ImportReport,
    /// (learner id, course id) whose facts changed: summaries to refresh at the end.
    touched: BTreeSet<(LearnerId, CourseId)>,
    /// Ids whose link changed, and the person each stood for before: summaries to refresh.
    relinked: Vec<String>,
    /// This laptop's clock when the import started.
    now: i64,
    /// The latest sane stamp accepted: this laptop's clock moves past it at the end.
    latest: Option<String>,
    /// The fields each kind of fact has (to name unknown ones).
    kind_keys: HashMap<&'static str, BTreeSet<String>>,
}

/// A field value as stored, and how it sorts (to settle equal stamps the same way everywhere).
fn value_key(v: &SqlValue) -> (u8, String) {
    match v {
        SqlValue::Null => (0, String::new()),
        SqlValue::Integer(i) => (1, format!("{i:020}")),
        SqlValue::Text(t) => (2, t.clone()),
        other => (3, format!("{other:?}")),
    }
}

/// A field value as the import summary shows it (never a PIN hash).
fn shown(field: Field, v: &SqlValue) -> String {
    match (field, v) {
        (Field::Pin, SqlValue::Null) => "no PIN".into(),
        (Field::Pin, _) => "a PIN".into(),
        (Field::Archived, SqlValue::Integer(1)) => "archived".into(),
        (Field::Archived, _) => "not archived".into(),
        (_, SqlValue::Text(t)) => t.clone(),
        (_, other) => format!("{other:?}"),
    }
}

fn device_of(stamp: &str) -> String {
    hlc::Hlc::parse(stamp).map(|h| h.device).unwrap_or_default()
}

impl<'a> Merger<'a> {
    fn new(tx: &'a rusqlite::Connection) -> Merger<'a> {
        Merger {
            tx,
            report: ImportReport::default(),
            touched: BTreeSet::new(),
            relinked: Vec::new(),
            now: super::now_ms(),
            latest: None,
            kind_keys: HashMap::new(),
        }
    }

    /// A received stamp checked against this laptop's clock: clamped (and its laptop named)
    /// when more than a day ahead.
    fn accept(&mut self, stamp: &str) -> String {
        match hlc::clamp(stamp, self.now) {
            Ok(s) => {
                if self.latest.as_deref().is_none_or(|l| s.as_str() > l) {
                    self.latest = Some(s.clone());
                }
                s
            }
            Err((clamped, ahead)) => {
                if ahead > 0 {
                    self.flag_clock(&device_of(stamp), ahead);
                }
                clamped
            }
        }
    }

    fn flag_clock(&mut self, device: &str, ahead: i64) {
        let e = self.report.clock_ahead.entry(device.to_string()).or_insert(0);
        *e = (*e).max(ahead);
    }

    /// The fields of a profile as received: (field, value, stamp, base). Version 1 profiles
    /// have one time for all fields and carry the PIN but not "archived".
    fn incoming(&mut self, l: &BundleLearner) -> Vec<(Field, SqlValue, String, String)> {
        let name = SqlValue::Text(l.name.clone());
        let language = SqlValue::Text(l.language.clone());
        let pin = l.pin_hash.clone().map_or(SqlValue::Null, SqlValue::Text);
        match &l.stamps {
            Some(st) => {
                let mut out = vec![
                    (Field::Name, name, self.accept(&st.name.hlc), st.name.base.clone()),
                    (Field::Language, language, self.accept(&st.language.hlc), st.language.base.clone()),
                    (
                        Field::Archived,
                        SqlValue::Integer(i64::from(l.archived)),
                        self.accept(&st.archived.hlc),
                        st.archived.base.clone(),
                    ),
                ];
                if let Some(p) = &st.pin {
                    out.push((Field::Pin, pin, self.accept(&p.hlc), p.base.clone()));
                }
                out
            }
            None => {
                let stamp = self.accept(&hlc::from_time(l.updated_at, ""));
                vec![
                    (Field::Name, name, stamp.clone(), String::new()),
                    (Field::Language, language, stamp.clone(), String::new()),
                    (Field::Pin, pin, stamp, String::new()),
                ]
            }
        }
    }

    /// Merge one profile, field by field: the later stamp wins; equal stamps are settled by value.
    fn learner(&mut self, l: &BundleLearner) -> Result<()> {
        for key in l.unknown.keys() {
            self.report.unknown_fields.insert(format!("learners[].{key}"));
        }
        let fields = self.incoming(l);
        let tx = self.tx;
        let mut stmt = tx.prepare_cached(
            "SELECT name, pin_hash, language, archived, name_hlc, name_base, pin_hlc, pin_base,
                    language_hlc, language_base, archived_hlc, archived_base, updated_at
             FROM learners WHERE id = ?1",
        )?;
        let local = stmt
            .query_row([&l.id], |r| {
                let mut by_field = HashMap::new();
                for (i, f) in [Field::Name, Field::Pin, Field::Language, Field::Archived].into_iter().enumerate() {
                    let (hlc_col, base_col) = (4 + 2 * i, 5 + 2 * i);
                    by_field.insert(
                        f.stamp(),
                        (r.get::<_, SqlValue>(i)?, r.get::<_, String>(hlc_col)?, r.get::<_, String>(base_col)?),
                    );
                }
                Ok((by_field, r.get::<_, i64>(12)?))
            })
            .optional()?;
        let Some((local, updated_at)) = local else {
            let get = |f: Field| fields.iter().find(|x| x.0 == f);
            let value = |f: Field, default: SqlValue| get(f).map_or(default, |x| x.1.clone());
            let stamp = |f: Field| get(f).map_or((hlc::zero(), String::new()), |x| (x.2.clone(), x.3.clone()));
            let (nh, nb) = stamp(Field::Name);
            let (ph, pb) = stamp(Field::Pin);
            let (lh, lb) = stamp(Field::Language);
            let (ah, ab) = stamp(Field::Archived);
            tx.prepare_cached(
                "INSERT INTO learners(id, name, pin_hash, language, archived, created_at, updated_at,
                                      name_hlc, name_base, pin_hlc, pin_base, language_hlc, language_base,
                                      archived_hlc, archived_base)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?
            .execute(params![
                l.id,
                value(Field::Name, SqlValue::Text(l.name.clone())),
                value(Field::Pin, SqlValue::Null),
                value(Field::Language, SqlValue::Text(l.language.clone())),
                value(Field::Archived, SqlValue::Integer(0)),
                l.created_at,
                l.updated_at,
                nh,
                nb,
                ph,
                pb,
                lh,
                lb,
                ah,
                ab
            ])?;
            self.report.learners_added += 1;
            return Ok(());
        };
        let mut changed = false;
        for (field, value, stamp, base) in fields {
            let Some((old, old_stamp, old_base)) = local.get(field.stamp()) else { continue };
            let same = value_key(&value) == value_key(old);
            let wins = stamp > *old_stamp || (stamp == *old_stamp && value_key(&value) > value_key(old));
            if wins {
                let column = field.column();
                let prefix = field.stamp();
                tx.prepare_cached(&format!(
                    "UPDATE learners SET {column} = ?2, {prefix}_hlc = ?3, {prefix}_base = ?4 WHERE id = ?1"
                ))?
                .execute(params![l.id, value, stamp, base])?;
                changed |= !same;
                // The incoming edit did not know the one it replaces: both were made concurrently.
                if !same && base < *old_stamp && *old_stamp != hlc::zero() {
                    self.conflict(&l.id, field, (&value, &stamp), (old, old_stamp));
                }
            } else if !same && stamp != *old_stamp && *old_base < stamp {
                self.conflict(&l.id, field, (old, old_stamp), (&value, &stamp));
            }
        }
        if changed {
            self.report.learners_updated += 1;
            tx.prepare_cached("UPDATE learners SET updated_at = ?2 WHERE id = ?1")?
                .execute(params![l.id, updated_at.max(l.updated_at)])?;
        }
        Ok(())
    }

    fn conflict(&mut self, id: &LearnerId, field: Field, kept: (&SqlValue, &str), set_aside: (&SqlValue, &str)) {
        self.report.conflicts.push(FieldConflict {
            learner_id: id.clone(),
            field: field.stamp(),
            kept: shown(field, kept.0),
            kept_device: device_of(kept.1),
            set_aside: shown(field, set_aside.0),
            set_aside_device: device_of(set_aside.1),
        });
    }

    /// Merge one link: the later stamp wins.
    fn link(&mut self, k: &BundleLink) -> Result<()> {
        if k.learner_id.as_str().trim().is_empty() || k.person_id.as_ref().is_some_and(|p| p.as_str().trim().is_empty())
        {
            return Err(Problem::new("bundle-link-no-id").arg("learner", &k.learner_id).into());
        }
        let stamp = self.accept(&k.hlc);
        let local = super::people::link_in(self.tx, &k.learner_id)?;
        let wins = match &local {
            None => true,
            Some(old) => stamp > old.hlc || (stamp == old.hlc && k.person_id > old.person_id),
        };
        if wins {
            let before = super::identity::person_of_in(self.tx, k.learner_id.as_str())?;
            self.tx
                .prepare_cached(
                    "INSERT INTO learner_links(learner_id, person_id, hlc, base) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(learner_id) DO UPDATE SET person_id = excluded.person_id, hlc = excluded.hlc,
                                                           base = excluded.base",
                )?
                .execute(params![k.learner_id, k.person_id, stamp, k.base])?;
            if local.as_ref().is_none_or(|old| old.person_id != k.person_id) {
                self.report.links_changed += 1;
                self.relinked.push(k.learner_id.to_string());
                self.relinked.push(before);
            }
        }
        Ok(())
    }

    /// Merge one (checked) fact: a new id is added; a known id with other content is a conflict.
    fn fact(&mut self, f: &Fact) -> Result<()> {
        if f.at > self.now + hlc::MAX_AHEAD_MS {
            self.flag_clock(f.device_id.as_str(), f.at - self.now);
        }
        if super::insert_fact_in(self.tx, f)? {
            self.report.facts_added += 1;
            if !self.touched.contains(&(f.learner_id.clone(), f.course_id.clone())) {
                self.touched.insert((f.learner_id.clone(), f.course_id.clone()));
            }
            return Ok(());
        }
        self.report.facts_known += 1;
        let stored = self
            .tx
            .prepare_cached(&format!("SELECT {} FROM facts WHERE id = ?1", super::fact_row::columns("")))?
            .query_row([super::ids_sql::Uid(f.id.as_str())], |r| {
                Ok((r.get::<_, DeviceId>(2)?, super::fact_row::read(r, 0)))
            })
            .optional()?;
        if let Some((device, stored)) = stored {
            // A stored fact that cannot be read back (hand-edited) differs from the incoming one.
            let same = stored.is_ok_and(|s| s == *f);
            if !same {
                self.report.fact_conflict_count += 1;
                if self.report.fact_conflicts.len() < 20 {
                    self.report.fact_conflicts.push(FactConflict {
                        fact_id: f.id.clone(),
                        stored_device: device,
                        incoming_device: f.device_id.clone(),
                    });
                }
            }
        }
        Ok(())
    }

    fn certificate(&mut self, c: &BundleCertificate) -> Result<()> {
        self.report.certificates_added += insert_certificate(self.tx, &c.certificate, c.device_id.as_str())?;
        Ok(())
    }

    /// The bundle's own time: a laptop whose clock is far ahead is named.
    fn exported(&mut self, device: &str, at: i64) {
        if at > self.now + hlc::MAX_AHEAD_MS {
            self.flag_clock(device, at - self.now);
        }
    }

    /// Refresh the summaries touched, move this laptop's clock past what it accepted, and list
    /// likely duplicates.
    fn finish(mut self) -> Result<ImportReport> {
        if let Some(latest) = &self.latest {
            hlc::observe(self.tx, latest)?;
        }
        let mut pairs = BTreeSet::new();
        let mut persons: HashMap<&str, String> = HashMap::new();
        for (learner, course) in &self.touched {
            let person = match persons.get(learner.as_str()) {
                Some(p) => p.clone(),
                None => {
                    let p = super::identity::person_of_in(self.tx, learner.as_str())?;
                    persons.insert(learner.as_str(), p.clone());
                    p
                }
            };
            pairs.insert((person, course.to_string()));
        }
        for (person, course) in &pairs {
            refresh_summary(self.tx, person, course)?;
        }
        super::summary::refresh_people(self.tx, &self.relinked)?;
        self.report.likely_duplicates = super::people::likely_duplicates_in(self.tx)?;
        Ok(self.report)
    }
}

impl Store {
    /// Everything in this database as a bundle, without PIN hashes.
    pub fn export_bundle(&self) -> Result<Bundle> {
        self.export_bundle_with(ExportOptions::default())
    }

    /// This database as a bundle: every profile (those removed from this laptop too: removal
    /// does not travel) with its field stamps, every link, and (`with_facts`) the facts and
    /// certificates. PIN hashes only `with_pins`.
    pub fn export_bundle_with(&self, options: ExportOptions) -> Result<Bundle> {
        let conn = self.conn();
        let learners = conn
            .prepare(
                "SELECT id, name, pin_hash, language, created_at, updated_at, archived,
                        name_hlc, name_base, language_hlc, language_base, archived_hlc, archived_base,
                        pin_hlc, pin_base
                 FROM learners ORDER BY id",
            )?
            .query_map([], |r| {
                let stamp = |h: usize| -> rusqlite::Result<Stamp> { Ok(Stamp { hlc: r.get(h)?, base: r.get(h + 1)? }) };
                Ok(BundleLearner {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    pin_hash: if options.with_pins { r.get(2)? } else { None },
                    language: r.get(3)?,
                    created_at: r.get(4)?,
                    updated_at: r.get(5)?,
                    removed: false,
                    archived: r.get(6)?,
                    stamps: Some(Stamps {
                        name: stamp(7)?,
                        language: stamp(9)?,
                        archived: stamp(11)?,
                        pin: if options.with_pins { Some(stamp(13)?) } else { None },
                    }),
                    unknown: BTreeMap::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let links = self
            .links()?
            .into_iter()
            .map(|k| BundleLink { learner_id: k.learner_id, person_id: k.person_id, hlc: k.hlc, base: k.base })
            .collect();
        let mut facts = Vec::new();
        let mut certificates = Vec::new();
        if options.with_facts {
            let names = super::fact_row::Names::load(conn)?;
            let mut stmt =
                conn.prepare(&format!("SELECT {} FROM facts ORDER BY at, id", super::fact_row::numbered_columns("")))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                facts.push(names.read(r, 0)?);
            }
            certificates = self
                .certificates()?
                .into_iter()
                .map(|(certificate, device_id)| BundleCertificate { certificate, device_id })
                .collect();
        }
        let attestations = self.attest_facts(&facts)?;
        Ok(Bundle {
            format: FORMAT.into(),
            version: VERSION,
            minor: MINOR,
            device_id: self.device_id().clone(),
            exported_at: super::now_ms(),
            learners,
            attestations,
            links,
            facts,
            certificates,
        })
    }

    /// Merge bundles into this database, all in one transaction: all of them or none.
    pub fn import_bundles(&self, bundles: &[Bundle]) -> Result<ImportReport> {
        self.transact(|tx| {
            let trust = self.trust_list()?;
            let mut m = Merger::new(tx);
            for bundle in bundles {
                if bundle.version > VERSION {
                    return Err(Problem::new("bundle-newer-version").arg("version", bundle.version.to_string()).into());
                }
                if bundle.version == VERSION && bundle.minor > MINOR {
                    m.report.newer_minor = Some((bundle.version, bundle.minor));
                }
                m.exported(bundle.device_id.as_str(), bundle.exported_at);
                let mut check = super::fact_signing::FactCheck::default();
                check.attestations(bundle.attestations.clone());
                bundle.facts.iter().for_each(|f| check.add(f));
                let since = super::fact_signing::last_fact_rowid(tx)?;
                for l in &bundle.learners {
                    m.learner(l)?;
                }
                for k in &bundle.links {
                    m.link(k)?;
                }
                for f in &bundle.facts {
                    m.fact(f)?;
                }
                m.report.facts_unsigned += check.finish(tx, &trust, since)?;
                for c in &bundle.certificates {
                    m.certificate(c)?;
                }
            }
            m.finish()
        })
    }
}
