//! Building xAPI 1.0.3 statements from facts. Pure functions: a fact, the learner and the course
//! in, a JSON statement out. The same inputs always give the same statement (same id, same
//! content), which is what lets an LRS recognise a re-sent statement instead of storing it twice.

use super::interaction::{interaction_type, interaction_type_of_response, response_pattern, scenario_pattern};
use crate::course::{Course, Item, ItemKind, markup};
use crate::ids::{CourseId, ItemId, LearnerId, LessonId, ModuleId};
use crate::learning::Step;
use crate::progress::{Fact, FactKind};
use crate::quiz::{Response, correct_response};
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::io::Write;
use uuid::Uuid;

/// The `homePage` of learner accounts: learners are identified by their id in CPMS Player.
pub const ACCOUNT_HOME_PAGE: &str = "https://cpms-player.org/learners";
/// `context.platform`.
pub const PLATFORM: &str = "CPMS Player";
/// The xAPI version spoken (the `X-Experience-API-Version` header).
pub const XAPI_VERSION: &str = "1.0.3";
/// Context extension: the quiz attempt an answer or a result belongs to.
pub const EXT_ATTEMPT: &str = "https://cpms-player.org/xapi/extensions/attempt-id";
/// Context extension: the installation (laptop) that recorded the fact.
pub const EXT_DEVICE: &str = "https://cpms-player.org/xapi/extensions/device-id";

/// ADL verbs used.
pub mod verbs {
    pub const EXPERIENCED: &str = "http://adlnet.gov/expapi/verbs/experienced";
    pub const ATTEMPTED: &str = "http://adlnet.gov/expapi/verbs/attempted";
    pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
    pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
    pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
    pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
}

/// ADL activity types used.
pub mod activity_types {
    pub const COURSE: &str = "http://adlnet.gov/expapi/activities/course";
    pub const MODULE: &str = "http://adlnet.gov/expapi/activities/module";
    pub const LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
    pub const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
    pub const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
}

/// The learner a statement is about. Statements carry the id only (see `actor`); name and
/// language are kept for callers that show who a statement is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerRef {
    pub id: String,
    /// The name as typed, when the learner is known here (not put into statements).
    pub name: Option<String>,
    /// Interface language (not put into statements).
    pub language: String,
}

/// The namespace of statement ids (a v5 UUID itself, from the URL below).
pub fn namespace() -> Uuid {
    static NAMESPACE: std::sync::OnceLock<Uuid> = std::sync::OnceLock::new();
    *NAMESPACE.get_or_init(|| Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://cpms-player.org/xapi/statements"))
}

/// The statement id of a fact: a v5 UUID of the fact id, the same on every laptop and every run.
pub fn statement_id(fact_id: &str) -> Uuid {
    Uuid::new_v5(&namespace(), fact_id.as_bytes())
}

/// The key (queue key, and the seed of the statement id) of a learner's course completion: one
/// per learner and course, whichever laptop's facts completed it.
pub fn completion_key(learner_id: &str, course_id: &str) -> String {
    crate::progress::outbox::completion_key(&LearnerId::from(learner_id), &CourseId::from(course_id))
}

/// Unix milliseconds → ISO 8601 UTC with milliseconds (see [`crate::time::iso_timestamp`]).
pub use crate::time::iso_timestamp;

/// Milliseconds → an ISO 8601 duration as xAPI wants it (hundredths of a second at most),
/// e.g. 3,723,450 ms → `PT1H2M3.45S`.
pub fn iso_duration(ms: i64) -> String {
    let centis = ms.max(0) / 10;
    let (h, m, cs) = (centis / 360_000, centis / 6_000 % 60, centis % 6_000);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if cs > 0 || (h == 0 && m == 0) {
        let (s, frac) = (cs / 100, cs % 100);
        match frac {
            0 => out.push_str(&format!("{s}S")),
            f if f % 10 == 0 => out.push_str(&format!("{s}.{}S", f / 10)),
            f => out.push_str(&format!("{s}.{f:02}S")),
        }
    }
    out
}

/// Whether `base` can start activity ids: an absolute IRI (a scheme of letters, digits, `+-.`,
/// then `:`), with no spaces, no query and no fragment.
pub fn is_base_iri(base: &str) -> bool {
    let Some((scheme, rest)) = base.split_once(':') else { return false };
    let scheme_ok = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let web = matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https");
    scheme_ok
        && !rest.is_empty()
        && !base.chars().any(|c| c.is_whitespace() || c == '?' || c == '#')
        && (!web || rest.starts_with("//") && rest.len() > 2)
}

/// Activity ids: a base, then module, lesson or quiz, then item. The base is, in this order: the
/// one set on this laptop by the deploying organisation (`cpms-player xapi set-base URL`, an
/// address under a domain it controls); the course's `xapi_activity_base`; else ids that need no
/// domain at all: `urn:uuid:` names derived from the course id and the path (RFC 4122 version 5),
/// the same on every laptop.
#[derive(Clone)]
pub struct Activities<'a> {
    course: &'a Course,
    base: Base,
}

#[derive(Clone)]
enum Base {
    Iri(String),
    /// No base: each id is `urn:uuid:` of the course id and the path.
    Uuid(String),
}

impl<'a> Activities<'a> {
    pub fn new(course: &'a Course) -> Self {
        Self::with_base(course, None)
    }

    /// With the laptop's base (`Store::xapi_activity_base`), which comes first.
    pub fn with_base(course: &'a Course, laptop: Option<&str>) -> Self {
        let chosen = laptop
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .unwrap_or_else(|| course.manifest.xapi_activity_base.trim())
            .trim_end_matches('/');
        let base = if chosen.is_empty() {
            Base::Uuid(format!("cpms-player/activities/{}", course.id()))
        } else {
            Base::Iri(chosen.to_string())
        };
        Activities { course, base }
    }

    fn id(&self, path: &str) -> String {
        match &self.base {
            Base::Iri(b) if path.is_empty() => b.clone(),
            Base::Iri(b) => format!("{b}/{path}"),
            Base::Uuid(seed) => {
                let name = if path.is_empty() { seed.clone() } else { format!("{seed}/{path}") };
                format!("urn:uuid:{}", Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes()))
            }
        }
    }

    pub fn course_id(&self) -> String {
        self.id("")
    }

    pub fn module_id(&self, module: &str) -> String {
        self.id(module)
    }

    pub fn lesson_id(&self, module: &str, lesson: &str) -> String {
        self.id(&format!("{module}/{lesson}"))
    }

    pub fn quiz_id(&self, module: &str, quiz: &str) -> String {
        self.id(&format!("{module}/{quiz}"))
    }

    pub fn item_id(&self, module: &str, quiz: &str, item: &str) -> String {
        self.id(&format!("{module}/{quiz}/{item}"))
    }

    /// A language map over the course's languages (plain text, empty values left out).
    fn map(&self, text: impl Fn(&str) -> Option<String>) -> Value {
        let mut m = Map::new();
        for lang in &self.course.manifest.languages {
            if let Some(t) = text(lang).map(|t| markup::plain(&t)).filter(|t| !t.trim().is_empty()) {
                m.insert(lang.clone(), Value::String(t));
            }
        }
        Value::Object(m)
    }

    fn activity(id: String, kind: &str, name: Value, description: Option<Value>) -> Value {
        let mut definition = Map::new();
        if name.as_object().is_some_and(|m| !m.is_empty()) {
            definition.insert("name".into(), name);
        }
        if let Some(d) = description.filter(|d| d.as_object().is_some_and(|m| !m.is_empty())) {
            definition.insert("description".into(), d);
        }
        definition.insert("type".into(), Value::String(kind.into()));
        json!({"objectType": "Activity", "id": id, "definition": definition})
    }

    pub fn course(&self) -> Value {
        let c = self.course;
        let name = self.map(|l| c.manifest.title.get(l).cloned());
        let description = self.map(|l| c.manifest.description.get(l).cloned());
        Self::activity(self.course_id(), activity_types::COURSE, name, Some(description))
    }

    pub fn module(&self, module: &str) -> Value {
        let c = self.course;
        let name = self.map(|l| c.languages.get(l)?.module(&ModuleId::from(module)).map(|m| m.title.clone()));
        Self::activity(self.module_id(module), activity_types::MODULE, name, None)
    }

    pub fn lesson(&self, module: &str, lesson: &str) -> Value {
        let c = self.course;
        let name = self.map(|l| {
            c.languages.get(l)?.lesson(&ModuleId::from(module), &LessonId::from(lesson)).map(|x| x.title.clone())
        });
        Self::activity(self.lesson_id(module, lesson), activity_types::LESSON, name, None)
    }

    pub fn quiz(&self, module: &str, quiz: &str) -> Value {
        let c = self.course;
        let name = self.map(|l| c.languages.get(l)?.module(&ModuleId::from(module)).map(|m| m.title.clone()));
        Self::activity(self.quiz_id(module, quiz), activity_types::ASSESSMENT, name, None)
    }

    /// An item as a `cmi.interaction`, with its prompt, components and correct response when the
    /// course still has it; otherwise only the interaction type read from the response.
    pub fn item(&self, module: &str, quiz: &str, item_id: &str, response: &Response) -> Value {
        let c = self.course;
        let id = self.item_id(module, quiz, item_id);
        let (module_id, item_key) = (ModuleId::from(module), ItemId::from(item_id));
        let in_lang = |l: &str| c.languages.get(l).and_then(|x| x.item(&module_id, &item_key));
        let Some(item) = c.language(&c.manifest.default_language).item(&module_id, &item_key) else {
            let definition = json!({
                "type": activity_types::INTERACTION,
                "interactionType": interaction_type_of_response(response),
            });
            return json!({"objectType": "Activity", "id": id, "definition": definition});
        };
        let mut definition = Map::new();
        definition.insert("name".into(), self.map(|l| in_lang(l).map(|i| i.prompt.clone())));
        if let ItemKind::Scenario { .. } = item.kind {
            let description = self.map(|l| {
                let i = in_lang(l)?;
                let ItemKind::Scenario { case, questions } = &i.kind else { return None };
                let mut text = case.clone();
                for q in questions {
                    text.push_str("\n- ");
                    text.push_str(&q.prompt);
                }
                Some(text)
            });
            definition.insert("description".into(), description);
        }
        definition.insert("type".into(), Value::String(activity_types::INTERACTION.into()));
        definition.insert("interactionType".into(), Value::String(interaction_type(item).into()));
        if let Some(pattern) = response_pattern(&correct_response(item)) {
            definition.insert("correctResponsesPattern".into(), json!([pattern]));
        }
        // Components (choices, steps, match sides) with their texts in every language.
        let components = |list: fn(&Item) -> Vec<(String, String)>| -> Value {
            let entries = list(item).into_iter().map(|(cid, _)| {
                let description =
                    self.map(|l| list(in_lang(l)?).into_iter().find(|(x, _)| *x == cid).map(|(_, text)| text));
                json!({"id": cid, "description": description})
            });
            Value::Array(entries.collect())
        };
        match &item.kind {
            ItemKind::SingleChoice { .. } | ItemKind::MultipleResponse { .. } => {
                definition.insert("choices".into(), components(choice_texts));
            }
            ItemKind::Ordering { .. } => {
                definition.insert("choices".into(), components(step_texts));
            }
            ItemKind::Matching { .. } => {
                definition.insert("source".into(), components(pair_lefts));
                definition.insert("target".into(), components(pair_rights));
            }
            ItemKind::TrueFalse { .. } | ItemKind::Scenario { .. } => {}
        }
        json!({"objectType": "Activity", "id": id, "definition": definition})
    }
}

fn choice_texts(item: &Item) -> Vec<(String, String)> {
    match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => {
            options.iter().map(|o| (o.id.clone(), o.text.clone())).collect()
        }
        _ => Vec::new(),
    }
}

fn step_texts(item: &Item) -> Vec<(String, String)> {
    match &item.kind {
        ItemKind::Ordering { steps } => steps.iter().map(|s| (s.id.clone(), s.text.clone())).collect(),
        _ => Vec::new(),
    }
}

fn pair_lefts(item: &Item) -> Vec<(String, String)> {
    match &item.kind {
        ItemKind::Matching { pairs, .. } => pairs.iter().map(|p| (p.id.clone(), p.left.clone())).collect(),
        _ => Vec::new(),
    }
}

fn pair_rights(item: &Item) -> Vec<(String, String)> {
    match &item.kind {
        ItemKind::Matching { pairs, spares } => crate::course::matching_rights(pairs, spares)
            .into_iter()
            .map(|(id, text)| (id.to_string(), text.to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The actor: the learner's account only. A statement is a pure function of its fact: a name
/// (which a trainer may correct later) would make the statement of a fact differ before and after
/// a rename, and the LRS would refuse the second as a conflict (HTTP 409). Reports at the LRS
/// join names from the trainer's report by learner id.
fn write_actor(out: &mut Vec<u8>, learner_id: &str) {
    out.extend_from_slice(b"{\"account\":{\"homePage\":");
    write_str(out, ACCOUNT_HOME_PAGE);
    out.extend_from_slice(b",\"name\":");
    write_str(out, learner_id);
    out.extend_from_slice(b"},\"objectType\":\"Agent\"}");
}

fn write_verb(out: &mut Vec<u8>, id: &str) {
    let word = id.rsplit('/').next().unwrap_or(id);
    out.extend_from_slice(b"{\"display\":{\"en-US\":");
    write_str(out, word);
    out.extend_from_slice(b"},\"id\":");
    write_str(out, id);
    out.push(b'}');
}

/// A JSON string, escaped exactly as `serde_json` escapes it.
fn write_str(out: &mut Vec<u8>, s: &str) {
    // Writing into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// A JSON number as `serde_json` writes an `f64` (shortest round trip; `null` if not finite).
fn write_f64(out: &mut Vec<u8>, x: f64) {
    let _ = serde_json::to_writer(&mut *out, &x);
}

/// Scores as xAPI wants them: `scaled` in -1..=1 with at most 4 decimals.
fn scaled(x: f64) -> f64 {
    (x.clamp(-1.0, 1.0) * 10_000.0).round() / 10_000.0
}

/// `{"max":100,"min":0,"raw":P,"scaled":P/100}`.
fn write_percent_score(out: &mut Vec<u8>, percent: u8) {
    let p = percent.min(100);
    let _ = write!(out, "{{\"max\":100,\"min\":0,\"raw\":{p},\"scaled\":");
    write_f64(out, scaled(f64::from(p) / 100.0));
    out.push(b'}');
}

/// The statement id as text, written without allocating.
fn write_statement_id(out: &mut Vec<u8>, key: &str) {
    let mut buf = Uuid::encode_buffer();
    let id = statement_id(key).hyphenated().encode_lower(&mut buf);
    out.push(b'"');
    out.extend_from_slice(id.as_bytes());
    out.push(b'"');
}

/// An activity in `contextActivities`.
#[derive(Clone, Copy)]
enum Ref<'f> {
    Course,
    Module(&'f str),
    Quiz(&'f str, &'f str),
}

/// Writes statements as JSON text, straight into a buffer (keys in the same order as
/// `serde_json`'s maps: sorted). The JSON of each activity (names in every language, an item's
/// choices) is built once and then copied: most statements of an export share a few hundred
/// activities.
pub struct Writer<'a> {
    acts: Activities<'a>,
    /// Activity JSON by kind and path (NUL-separated).
    cache: HashMap<String, Box<[u8]>>,
    key: String,
}

impl<'a> Writer<'a> {
    pub fn new(acts: Activities<'a>) -> Self {
        Writer { acts, cache: HashMap::new(), key: String::new() }
    }

    /// Copy the cached JSON of `parts`, built with `make` the first time.
    fn put(&mut self, out: &mut Vec<u8>, parts: &[&str], make: impl FnOnce(&Activities<'a>) -> Value) {
        self.key.clear();
        for p in parts {
            self.key.push_str(p);
            self.key.push('\0');
        }
        match self.cache.get(self.key.as_str()) {
            Some(json) => out.extend_from_slice(json),
            None => {
                let json = serde_json::to_vec(&make(&self.acts)).unwrap_or_default().into_boxed_slice();
                out.extend_from_slice(&json);
                self.cache.insert(self.key.clone(), json);
            }
        }
    }

    fn put_ref(&mut self, out: &mut Vec<u8>, r: Ref<'_>) {
        match r {
            Ref::Course => self.put(out, &["ref-course"], |a| reference_to(a.course_id(), activity_types::COURSE)),
            Ref::Module(m) => {
                self.put(out, &["ref-module", m], |a| reference_to(a.module_id(m), activity_types::MODULE))
            }
            Ref::Quiz(m, q) => {
                self.put(out, &["ref-quiz", m, q], |a| reference_to(a.quiz_id(m, q), activity_types::ASSESSMENT))
            }
        }
    }

    fn put_refs(&mut self, out: &mut Vec<u8>, name: &[u8], refs: &[Ref<'_>]) {
        out.extend_from_slice(name);
        out.push(b'[');
        for (i, r) in refs.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            self.put_ref(out, *r);
        }
        out.push(b']');
    }

    /// `context`: parent and grouping activities, the attempt and the laptop as extensions, the
    /// platform. No `language`: the learner's interface language can change after the fact.
    fn put_context(
        &mut self,
        out: &mut Vec<u8>,
        parent: &[Ref<'_>],
        grouping: &[Ref<'_>],
        attempt: Option<&str>,
        device: &str,
    ) {
        out.push(b'{');
        if !parent.is_empty() || !grouping.is_empty() {
            out.extend_from_slice(b"\"contextActivities\":{");
            if !grouping.is_empty() {
                self.put_refs(out, b"\"grouping\":", grouping);
                if !parent.is_empty() {
                    out.push(b',');
                }
            }
            if !parent.is_empty() {
                self.put_refs(out, b"\"parent\":", parent);
            }
            out.extend_from_slice(b"},");
        }
        if attempt.is_some() || !device.is_empty() {
            out.extend_from_slice(b"\"extensions\":{");
            if let Some(a) = attempt {
                write_str(out, EXT_ATTEMPT);
                out.push(b':');
                write_str(out, a);
                if !device.is_empty() {
                    out.push(b',');
                }
            }
            if !device.is_empty() {
                write_str(out, EXT_DEVICE);
                out.push(b':');
                write_str(out, device);
            }
            out.extend_from_slice(b"},");
        }
        out.extend_from_slice(b"\"platform\":");
        write_str(out, PLATFORM);
        out.push(b'}');
    }

    /// Append the statement of a fact about learner `actor` to `out` (see [`of_fact`]).
    pub fn fact(&mut self, fact: &Fact, actor: &str, duration_ms: Option<i64>, out: &mut Vec<u8>) {
        let module = fact.module_id.as_str();
        let (verb_id, parent, grouping, attempt): (_, Ref<'_>, &[Ref<'_>], _) = match &fact.kind {
            FactKind::LessonVisited { .. } => (verbs::EXPERIENCED, Ref::Module(module), &[Ref::Course], None),
            FactKind::AttemptStarted { attempt_id, .. } => {
                (verbs::ATTEMPTED, Ref::Module(module), &[Ref::Course], Some(attempt_id.as_str()))
            }
            FactKind::ItemAnswered { quiz_id, attempt_id, .. } => (
                verbs::ANSWERED,
                Ref::Quiz(module, quiz_id),
                &[Ref::Module(module), Ref::Course],
                Some(attempt_id.as_str()),
            ),
            FactKind::AttemptFinished { attempt_id, passed, .. } => (
                if *passed { verbs::PASSED } else { verbs::FAILED },
                Ref::Module(module),
                &[Ref::Course],
                Some(attempt_id.as_str()),
            ),
        };
        out.extend_from_slice(b"{\"actor\":");
        write_actor(out, actor);
        out.extend_from_slice(b",\"context\":");
        self.put_context(out, &[parent], grouping, attempt, fact.device_id.as_str());
        out.extend_from_slice(b",\"id\":");
        write_statement_id(out, fact.id.as_str());
        out.extend_from_slice(b",\"object\":");
        match &fact.kind {
            FactKind::LessonVisited { lesson_id } => {
                self.put(out, &["lesson", module, lesson_id.as_str()], |a| a.lesson(module, lesson_id.as_str()))
            }
            FactKind::AttemptStarted { quiz_id, .. } | FactKind::AttemptFinished { quiz_id, .. } => {
                self.put(out, &["quiz", module, quiz_id], |a| a.quiz(module, quiz_id))
            }
            FactKind::ItemAnswered { quiz_id, item_id, response, .. } => {
                // The response matters only for an item no longer in the course (its type).
                let kind = interaction_type_of_response(response);
                self.put(out, &["item", module, quiz_id, item_id.as_str(), kind], |a| {
                    a.item(module, quiz_id, item_id.as_str(), response)
                })
            }
        }
        match &fact.kind {
            FactKind::ItemAnswered { item_id, response, correct, credit, .. } => {
                out.extend_from_slice(b",\"result\":{");
                let pattern = match response {
                    // Scenario responses name the item's questions: look the item up.
                    Response::Scenario(_) => {
                        let c = self.acts.course;
                        let item = c.language(&c.manifest.default_language).item(&ModuleId::from(module), item_id);
                        scenario_pattern(item, response)
                    }
                    _ => response_pattern(response),
                };
                if let Some(r) = pattern {
                    out.extend_from_slice(b"\"response\":");
                    write_str(out, &r);
                    out.push(b',');
                }
                out.extend_from_slice(b"\"score\":{\"scaled\":");
                write_f64(out, scaled(f64::from(*credit)));
                out.extend_from_slice(if *correct { b"},\"success\":true}" } else { b"},\"success\":false}" });
            }
            FactKind::AttemptFinished { percent, passed, .. } => {
                out.extend_from_slice(b",\"result\":{\"completion\":true,");
                if let Some(ms) = duration_ms {
                    out.extend_from_slice(b"\"duration\":");
                    write_str(out, &iso_duration(ms));
                    out.push(b',');
                }
                out.extend_from_slice(b"\"score\":");
                write_percent_score(out, *percent);
                out.extend_from_slice(if *passed { b",\"success\":true}" } else { b",\"success\":false}" });
            }
            FactKind::LessonVisited { .. } | FactKind::AttemptStarted { .. } => {}
        }
        out.extend_from_slice(b",\"timestamp\":");
        write_str(out, &iso_timestamp(fact.at));
        out.extend_from_slice(b",\"verb\":");
        write_verb(out, verb_id);
        out.push(b'}');
    }

    /// Append the `completed` statement of `learner_id` to `out` (see [`completion`]).
    pub fn completion(&mut self, completing: &Fact, learner_id: &str, final_percent: Option<u8>, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"actor\":");
        write_actor(out, learner_id);
        out.extend_from_slice(b",\"context\":");
        self.put_context(out, &[], &[], None, completing.device_id.as_str());
        out.extend_from_slice(b",\"id\":");
        write_statement_id(out, &completion_key(learner_id, self.acts.course.id().as_str()));
        out.extend_from_slice(b",\"object\":");
        self.put(out, &["course"], |a| a.course());
        out.extend_from_slice(b",\"result\":{\"completion\":true,");
        if let Some(p) = final_percent {
            out.extend_from_slice(b"\"score\":");
            write_percent_score(out, p);
            out.push(b',');
        }
        out.extend_from_slice(b"\"success\":true},\"timestamp\":");
        write_str(out, &iso_timestamp(completing.at));
        out.extend_from_slice(b",\"verb\":");
        write_verb(out, verbs::COMPLETED);
        out.push(b'}');
    }
}

/// A reference to an activity in `contextActivities`, from its id and type (id and type only, so
/// context stays small).
fn reference_to(id: String, kind: &str) -> Value {
    json!({"objectType": "Activity", "id": id, "definition": {"type": kind}})
}

fn to_value(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or(Value::Null)
}

/// The statement of a fact. Every kind of fact has one:
/// lesson visited → `experienced` the lesson; attempt started → `attempted` the quiz; item
/// answered → `answered` the item (a `cmi.interaction`, with success, response and scaled
/// credit); attempt finished → `passed` or `failed` the quiz (scaled score, success, completion).
pub fn from_fact(fact: &Fact, learner: &LearnerRef, course: &Course) -> Value {
    of_fact(fact, learner, &Activities::new(course), None)
}

/// [`from_fact`] under the activity ids of `acts`, with the time a finished attempt took
/// (milliseconds from its start) as `result.duration`.
pub fn of_fact(fact: &Fact, learner: &LearnerRef, acts: &Activities<'_>, duration_ms: Option<i64>) -> Value {
    let mut out = Vec::new();
    Writer::new(acts.clone()).fact(fact, &learner.id, duration_ms, &mut out);
    to_value(&out)
}

/// The `completed` statement of a course, reached with fact `completing` (the fact after which
/// every lesson had been seen and every quiz passed). `final_percent` is the best final
/// assessment score by then, when the course has one.
pub fn completion(completing: &Fact, learner: &LearnerRef, course: &Course, final_percent: Option<u8>) -> Value {
    completion_in(completing, learner, &Activities::new(course), final_percent)
}

/// [`completion`] under the activity ids of `acts`.
pub fn completion_in(
    completing: &Fact,
    learner: &LearnerRef,
    acts: &Activities<'_>,
    final_percent: Option<u8>,
) -> Value {
    let mut out = Vec::new();
    Writer::new(acts.clone()).completion(completing, &learner.id, final_percent, &mut out);
    to_value(&out)
}

/// The fact with which a learner completed a course, if they did: walking the facts in time
/// order, the first after which the course is complete ([`crate::learning::completing_step`]).
/// Also returns the best final assessment score by then.
pub fn completing_fact<'f>(course: &Course, facts: &'f [Fact]) -> Option<(&'f Fact, Option<u8>)> {
    let mut order: Vec<&Fact> = facts.iter().filter(|f| &f.course_id == course.id()).collect();
    order.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
    let steps = order.iter().map(|f| match &f.kind {
        FactKind::LessonVisited { lesson_id } => Step::LessonVisited(lesson_id),
        FactKind::AttemptFinished { percent, passed, .. } => {
            Step::QuizFinished { module: &f.module_id, percent: *percent, passed: *passed }
        }
        _ => Step::Other,
    });
    let (i, best_final) = crate::learning::completing_step(course, steps)?;
    Some((order[i], best_final))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_ids_are_v5_and_stable() {
        let a = statement_id("fact-1");
        assert_eq!(a, statement_id("fact-1"));
        assert_ne!(a, statement_id("fact-2"));
        assert_eq!(a.get_version_num(), 5);
    }
}
