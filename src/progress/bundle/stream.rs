//! Reading bundle files as a stream: each file is deserialized fact by fact straight into the
//! open transaction (serde `DeserializeSeed`), checked as it goes, so that a bundle of a million
//! facts is merged in bounded memory. The merge itself is the parent module's `Merger`.

use super::*;

/// Where a bundle file being read goes: into the open transaction, fact by fact, so that a
/// bundle of a million facts is merged in bounded memory.
struct Sink<'s, 'a> {
    m: &'s mut Merger<'a>,
    format_ok: bool,
    version: Option<u32>,
    minor: u32,
    device_id: Option<String>,
    exported_at: Option<i64>,
    learners: BTreeSet<LearnerId>,
    fact_learners: BTreeSet<LearnerId>,
    facts_read: usize,
    /// A check failed (not a syntax error): the problem to show.
    refused: Option<Problem>,
    /// A refusal with its own message (a newer major version).
    problem: Option<crate::problem::Problem>,
    /// A database error while writing.
    store_error: Option<StoreError>,
    /// The laptops' signatures over the facts.
    check: crate::progress::fact_signing::FactCheck,
}

impl Sink<'_, '_> {
    fn fail<E: serde::de::Error>(&mut self, problem: Problem) -> E {
        let e = E::custom(&problem);
        self.refused.get_or_insert(problem);
        e
    }

    fn stored<E: serde::de::Error>(&mut self, r: Result<()>) -> std::result::Result<(), E> {
        match r {
            Ok(()) => Ok(()),
            // An edited or conflicting record (e.g. a certificate): refused, naming the file.
            Err(StoreError::Problem(p)) => Err(self.fail(p)),
            Err(e) => {
                self.store_error = Some(e);
                Err(E::custom("database error"))
            }
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for &mut Sink<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for &mut Sink<'_, '_> {
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
                        return Err(self.fail(not_a_bundle()));
                    }
                    self.format_ok = true;
                }
                "version" => {
                    let version: u32 = map.next_value()?;
                    if version > VERSION {
                        self.problem = Some(Problem::new("bundle-newer-version").arg("version", version.to_string()));
                        return Err(serde::de::Error::custom("newer version"));
                    }
                    if let Err(m) = check_version(version) {
                        return Err(self.fail(m));
                    }
                    self.version = Some(version);
                }
                "minor" => self.minor = map.next_value()?,
                "learners" => {
                    let learners: Vec<BundleLearner> = map.next_value()?;
                    for (i, l) in learners.iter().enumerate() {
                        if let Err(m) = check_learner(i, l) {
                            return Err(self.fail(m));
                        }
                        let r = self.m.learner(l);
                        self.stored(r)?;
                        self.learners.insert(l.id.clone());
                    }
                }
                "links" => {
                    let links: Vec<BundleLink> = map.next_value()?;
                    for k in &links {
                        let r = self.m.link(k);
                        self.stored(r)?;
                    }
                }
                "facts" => map.next_value_seed(FactsSeed(&mut *self))?,
                "attestations" => {
                    let list: Vec<crate::trust::Attestation> = map.next_value()?;
                    self.check.attestations(list);
                }
                "certificates" => {
                    let certificates: Vec<BundleCertificate> = map.next_value()?;
                    for c in &certificates {
                        let r = self.m.certificate(c);
                        self.stored(r)?;
                    }
                }
                "device_id" => self.device_id = Some(map.next_value()?),
                "exported_at" => self.exported_at = Some(map.next_value()?),
                other => {
                    // A field of a newer version: ignored, and named in the import summary.
                    map.next_value::<serde::de::IgnoredAny>()?;
                    self.m.report.unknown_fields.insert(other.to_string());
                }
            }
        }
        Ok(())
    }
}

struct FactsSeed<'x, 's, 'a>(&'x mut Sink<'s, 'a>);

impl<'de> serde::de::DeserializeSeed<'de> for FactsSeed<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for FactsSeed<'_, '_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of facts")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let sink = self.0;
        loop {
            let seed = FactSeed { unknown: &mut sink.m.report.unknown_fields, kind_keys: &mut sink.m.kind_keys };
            let Some(fact) = seq.next_element_seed(seed)? else { break };
            let i = sink.facts_read;
            sink.facts_read += 1;
            if let Err(m) = check_fact(i, &fact) {
                return Err(sink.fail(m));
            }
            sink.check.add(&fact);
            let r = sink.m.fact(&fact);
            sink.stored(r)?;
            if !sink.fact_learners.contains(&fact.learner_id) {
                sink.fact_learners.insert(fact.learner_id);
            }
        }
        Ok(())
    }
}

/// Reads one fact, naming the fields it does not know (in the fact and in its `kind`).
struct FactSeed<'x> {
    unknown: &'x mut BTreeSet<String>,
    kind_keys: &'x mut HashMap<&'static str, BTreeSet<String>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for FactSeed<'_> {
    type Value = Fact;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<Fact, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for FactSeed<'_> {
    type Value = Fact;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a fact (a JSON object)")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Fact, A::Error> {
        use serde::de::Error;
        let (mut id, mut learner_id, mut device_id, mut at, mut course_id, mut module_id, mut kind) =
            (None, None, None, None, None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value::<FactId>()?),
                "learner_id" => learner_id = Some(map.next_value::<LearnerId>()?),
                "device_id" => device_id = Some(map.next_value::<DeviceId>()?),
                "at" => at = Some(map.next_value::<i64>()?),
                "course_id" => course_id = Some(map.next_value::<CourseId>()?),
                "module_id" => module_id = Some(map.next_value::<ModuleId>()?),
                "kind" => {
                    let value: serde_json::Value = map.next_value()?;
                    let k = FactKind::deserialize(&value).map_err(A::Error::custom)?;
                    let known = match self.kind_keys.get(k.name()) {
                        Some(keys) => keys,
                        None => {
                            let keys = serde_json::to_value(&k)
                                .ok()
                                .and_then(|v| v.as_object().map(|o| o.keys().cloned().collect()))
                                .unwrap_or_default();
                            self.kind_keys.entry(k.name()).or_insert(keys)
                        }
                    };
                    if let Some(o) = value.as_object() {
                        for key in o.keys().filter(|key| !known.contains(*key)) {
                            self.unknown.insert(format!("facts[].kind.{key}"));
                        }
                    }
                    kind = Some(k);
                }
                other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    self.unknown.insert(format!("facts[].{other}"));
                }
            }
        }
        Ok(Fact {
            id: id.ok_or_else(|| A::Error::missing_field("id"))?,
            learner_id: learner_id.ok_or_else(|| A::Error::missing_field("learner_id"))?,
            device_id: device_id.ok_or_else(|| A::Error::missing_field("device_id"))?,
            at: at.ok_or_else(|| A::Error::missing_field("at"))?,
            course_id: course_id.ok_or_else(|| A::Error::missing_field("course_id"))?,
            module_id: module_id.ok_or_else(|| A::Error::missing_field("module_id"))?,
            kind: kind.ok_or_else(|| A::Error::missing_field("kind"))?,
        })
    }
}

/// Why a bundle file was refused.
fn refusal(path: &std::path::Path, why: Problem) -> StoreError {
    if why.id == NOT_A_BUNDLE {
        StoreError::Problem(Problem::new("bundle-not-a-bundle").path("path", path))
    } else {
        StoreError::Problem(Problem::new("bundle-invalid").path("path", path).sub("detail", why))
    }
}

impl Store {
    /// Read, check and merge bundle files, streaming: each file is read fact by fact into one
    /// transaction (memory stays bounded whatever the size). Any unreadable or malformed file
    /// refuses them all: the transaction is rolled back and the database is unchanged.
    pub fn import_bundle_files(&self, paths: &[std::path::PathBuf]) -> Result<ImportReport> {
        self.import_bundle_files_metered(paths, &super::super::Meter::default())
    }

    /// [`Store::import_bundle_files`], counting the bytes read into `meter` (its total: the
    /// files' sizes) and stopping when it is cancelled: the transaction rolls back, nothing is
    /// merged, and the error is `task-cancelled`.
    pub fn import_bundle_files_metered(
        &self,
        paths: &[std::path::PathBuf],
        meter: &super::super::Meter,
    ) -> Result<ImportReport> {
        meter.set_total(paths.iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum());
        self.transact(|tx| {
            let trust = self.trust_list()?;
            let mut m = Merger::new(tx);
            for p in paths {
                let file = std::fs::File::open(p).map_err(|e| {
                    StoreError::Problem(Problem::new("cannot-read").path("path", p).arg("error", e.to_string()))
                })?;
                let since = crate::progress::fact_signing::last_fact_rowid(tx)?;
                let mut sink = Sink {
                    m: &mut m,
                    format_ok: false,
                    version: None,
                    minor: 0,
                    device_id: None,
                    exported_at: None,
                    learners: BTreeSet::new(),
                    fact_learners: BTreeSet::new(),
                    facts_read: 0,
                    refused: None,
                    problem: None,
                    store_error: None,
                    check: Default::default(),
                };
                let reader = super::super::meter::Metered { inner: file, meter };
                let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(1 << 16, reader));
                let parsed = serde::de::DeserializeSeed::deserialize(&mut sink, &mut de).and_then(|_| de.end());
                if meter.cancelled() {
                    return Err(StoreError::Problem(Problem::new("task-cancelled")));
                }
                if let Some(e) = sink.store_error.take() {
                    return Err(e);
                }
                if let Some(problem) = sink.problem.take() {
                    return Err(StoreError::Problem(problem.path("path", p)));
                }
                if let Err(e) = parsed {
                    let why = match sink.refused.take() {
                        Some(why) => why,
                        None if !sink.format_ok => not_a_bundle(),
                        None => json_error(&e),
                    };
                    return Err(refusal(p, why));
                }
                if !sink.format_ok {
                    return Err(refusal(p, not_a_bundle()));
                }
                let Some(version) = sink.version else {
                    return Err(refusal(p, Problem::new("bundle-no-version")));
                };
                if let Some(stranger) = sink.fact_learners.iter().find(|l| !sink.learners.contains(*l)) {
                    return Err(refusal(p, Problem::new("bundle-facts-stranger").arg("learner", stranger)));
                }
                match sink.check.finish(tx, &trust, since) {
                    Ok(unsigned) => sink.m.report.facts_unsigned += unsigned,
                    Err(StoreError::Problem(why)) => return Err(refusal(p, why)),
                    Err(e) => return Err(e),
                }
                if version == VERSION && sink.minor > MINOR {
                    sink.m.report.newer_minor = Some((version, sink.minor));
                }
                if let (Some(device), Some(at)) = (sink.device_id.take(), sink.exported_at) {
                    sink.m.exported(&device, at);
                }
            }
            m.finish()
        })
    }
}
