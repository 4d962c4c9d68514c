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
    pub id: LearnerId,
    /// The name as typed, when the learner is known here (not put into statements).
    pub name: Option<String>,
    /// Interface language (not put into statements).
    pub language: String,
}

/// The namespace of statement ids (a v5 UUID itself, from the URL below).
pub fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://cpms-player.org/xapi/statements")
}

/// The statement id of a fact: a v5 UUID of the fact id, the same on every laptop and every run.
pub fn statement_id(fact_id: &str) -> Uuid {
    Uuid::new_v5(&namespace(), fact_id.as_bytes())
}

/// The key (queue key, and the seed of the statement id) of a learner's course completion: one
/// per learner and course, whichever laptop's facts completed it.
pub fn completion_key(learner_id: &LearnerId, course_id: &CourseId) -> String {
    crate::progress::outbox::completion_key(learner_id, course_id)
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
pub struct Activities<'a> {
    course: &'a Course,
    base: Base,
}

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

    pub fn module(&self, module: &ModuleId) -> Value {
        let c = self.course;
        let name = self.map(|l| c.languages.get(l)?.module(module).map(|m| m.title.clone()));
        Self::activity(self.module_id(module.as_str()), activity_types::MODULE, name, None)
    }

    pub fn lesson(&self, module: &ModuleId, lesson: &LessonId) -> Value {
        let c = self.course;
        let name = self.map(|l| c.languages.get(l)?.lesson(module, lesson).map(|x| x.title.clone()));
        Self::activity(self.lesson_id(module.as_str(), lesson.as_str()), activity_types::LESSON, name, None)
    }

    pub fn quiz(&self, module: &ModuleId, quiz: &str) -> Value {
        let c = self.course;
        let name = self.map(|l| c.languages.get(l)?.module(module).map(|m| m.title.clone()));
        Self::activity(self.quiz_id(module.as_str(), quiz), activity_types::ASSESSMENT, name, None)
    }

    /// An item as a `cmi.interaction`, with its prompt, components and correct response when the
    /// course still has it; otherwise only the interaction type read from the response.
    pub fn item(&self, module: &ModuleId, quiz: &str, item_id: &ItemId, response: &Response) -> Value {
        let c = self.course;
        let id = self.item_id(module.as_str(), quiz, item_id.as_str());
        let in_lang = |l: &str| c.languages.get(l).and_then(|x| x.item(module, item_id));
        let Some(item) = c.language(&c.manifest.default_language).item(module, item_id) else {
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
fn actor(learner: &LearnerRef) -> Value {
    json!({"objectType": "Agent", "account": {"homePage": ACCOUNT_HOME_PAGE, "name": learner.id}})
}

fn verb(id: &str) -> Value {
    let word = id.rsplit('/').next().unwrap_or(id);
    json!({"id": id, "display": {"en-US": word}})
}

fn context(
    learner: &LearnerRef,
    device: &str,
    parent: Vec<Value>,
    grouping: Vec<Value>,
    attempt: Option<&str>,
) -> Value {
    let mut activities = Map::new();
    if !parent.is_empty() {
        activities.insert("parent".into(), Value::Array(parent));
    }
    if !grouping.is_empty() {
        activities.insert("grouping".into(), Value::Array(grouping));
    }
    let mut extensions = Map::new();
    if let Some(a) = attempt {
        extensions.insert(EXT_ATTEMPT.into(), a.into());
    }
    if !device.is_empty() {
        extensions.insert(EXT_DEVICE.into(), device.into());
    }
    let mut c = Map::new();
    if !activities.is_empty() {
        c.insert("contextActivities".into(), Value::Object(activities));
    }
    c.insert("platform".into(), PLATFORM.into());
    // No `language`: the learner's interface language can change after the fact (see `actor`).
    let _ = learner;
    if !extensions.is_empty() {
        c.insert("extensions".into(), Value::Object(extensions));
    }
    Value::Object(c)
}

/// A reference to an activity in `contextActivities` (id and type only, so context stays small).
fn reference(activity: &Value) -> Value {
    json!({"objectType": "Activity", "id": activity["id"], "definition": {"type": activity["definition"]["type"]}})
}

/// The same reference, from the activity's id and type.
fn reference_to(id: String, kind: &str) -> Value {
    json!({"objectType": "Activity", "id": id, "definition": {"type": kind}})
}

/// Scores as xAPI wants them: `scaled` in -1..=1 with at most 4 decimals.
fn scaled(x: f64) -> Value {
    let x = (x.clamp(-1.0, 1.0) * 10_000.0).round() / 10_000.0;
    json!(x)
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
    let course = acts.course;
    // The module, course (and quiz) appear only as context references (id and type): build just
    // that. Building their names in every language took a third of the time per statement.
    let module = reference_to(acts.module_id(fact.module_id.as_str()), activity_types::MODULE);
    let course_activity = reference_to(acts.course_id(), activity_types::COURSE);
    let (verb_id, object, result, parent, grouping, attempt) = match &fact.kind {
        FactKind::LessonVisited { lesson_id } => (
            verbs::EXPERIENCED,
            acts.lesson(&fact.module_id, lesson_id),
            None,
            vec![reference(&module)],
            vec![reference(&course_activity)],
            None,
        ),
        FactKind::AttemptStarted { quiz_id, attempt_id, .. } => (
            verbs::ATTEMPTED,
            acts.quiz(&fact.module_id, quiz_id),
            None,
            vec![reference(&module)],
            vec![reference(&course_activity)],
            Some(attempt_id.as_str()),
        ),
        FactKind::ItemAnswered { quiz_id, attempt_id, item_id, response, correct, credit } => {
            let item = course.language(&course.manifest.default_language).item(&fact.module_id, item_id);
            let mut result = Map::new();
            result.insert("score".into(), json!({"scaled": scaled(f64::from(*credit))}));
            result.insert("success".into(), Value::Bool(*correct));
            if let Some(r) = scenario_pattern(item, response) {
                result.insert("response".into(), Value::String(r));
            }
            let quiz = reference_to(acts.quiz_id(fact.module_id.as_str(), quiz_id), activity_types::ASSESSMENT);
            (
                verbs::ANSWERED,
                acts.item(&fact.module_id, quiz_id, item_id, response),
                Some(Value::Object(result)),
                vec![reference(&quiz)],
                vec![reference(&module), reference(&course_activity)],
                Some(attempt_id.as_str()),
            )
        }
        FactKind::AttemptFinished { quiz_id, attempt_id, percent, passed } => {
            let percent = (*percent).min(100);
            let mut result = json!({
                "score": {"scaled": scaled(f64::from(percent) / 100.0), "raw": percent, "min": 0, "max": 100},
                "success": passed,
                "completion": true,
            });
            if let Some(ms) = duration_ms {
                result["duration"] = iso_duration(ms).into();
            }
            (
                if *passed { verbs::PASSED } else { verbs::FAILED },
                acts.quiz(&fact.module_id, quiz_id),
                Some(result),
                vec![reference(&module)],
                vec![reference(&course_activity)],
                Some(attempt_id.as_str()),
            )
        }
    };
    let mut s = Map::new();
    s.insert("id".into(), statement_id(fact.id.as_str()).to_string().into());
    s.insert("actor".into(), actor(learner));
    s.insert("verb".into(), verb(verb_id));
    s.insert("object".into(), object);
    if let Some(r) = result {
        s.insert("result".into(), r);
    }
    s.insert("context".into(), context(learner, fact.device_id.as_str(), parent, grouping, attempt));
    s.insert("timestamp".into(), iso_timestamp(fact.at).into());
    Value::Object(s)
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
    let course = acts.course;
    let mut result = Map::new();
    if let Some(p) = final_percent {
        let p = p.min(100);
        result.insert("score".into(), json!({"scaled": scaled(f64::from(p) / 100.0), "raw": p, "min": 0, "max": 100}));
    }
    result.insert("success".into(), Value::Bool(true));
    result.insert("completion".into(), Value::Bool(true));
    let key = completion_key(&learner.id, course.id());
    json!({
        "id": statement_id(&key).to_string(),
        "actor": actor(learner),
        "verb": verb(verbs::COMPLETED),
        "object": acts.course(),
        "result": result,
        "context": context(learner, completing.device_id.as_str(), Vec::new(), Vec::new(), None),
        "timestamp": iso_timestamp(completing.at),
    })
}

/// The fact with which a learner completed a course, if they did: walking the facts in time
/// order, the first after which the course is complete ([`crate::learning::completing_step`]).
/// Also returns the best final assessment score by then.
pub fn completing_fact<'f>(course: &Course, facts: &'f [Fact]) -> Option<(&'f Fact, Option<u8>)> {
    let mut order: Vec<&Fact> = facts.iter().filter(|f| f.course_id == *course.id()).collect();
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
