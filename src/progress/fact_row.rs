//! How a fact is stored in the `facts` table (schema 9, see schema.rs): its id as 16 bytes when
//! it is a canonical UUID (progress/ids_sql.rs); the learner, device, course and attempt ids as
//! numbers of `fact_names` (each name stored once); the kind as a small integer; and in `data`
//! only what the columns do not already hold (JSON; NULL when that is nothing). Reading rebuilds exactly
//! the [`Fact`] that was written: a field is left out of `data` only when the columns give it
//! back identically, so signatures over the fact's JSON still verify.

use super::{Fact, FactKind, Result};
use crate::ids::{AttemptId, CourseId, DeviceId, FactId, ItemId, LearnerId, LessonId, ModuleId};
use serde_json::{Map, Value};

/// The `kind` column: codes in the alphabetical order of the names, so that ordering by the
/// code orders as the names did.
pub(crate) const ATTEMPT_FINISHED: i64 = 0;
pub(crate) const ATTEMPT_STARTED: i64 = 1;
pub(crate) const ITEM_ANSWERED: i64 = 2;
pub(crate) const LESSON_VISITED: i64 = 3;

/// The code of a kind's name (as in the fact's JSON `type`).
pub(crate) fn kind_code(name: &str) -> Option<i64> {
    match name {
        "attempt_finished" => Some(ATTEMPT_FINISHED),
        "attempt_started" => Some(ATTEMPT_STARTED),
        "item_answered" => Some(ITEM_ANSWERED),
        "lesson_visited" => Some(LESSON_VISITED),
        _ => None,
    }
}

fn kind_name(code: i64) -> Option<&'static str> {
    match code {
        ATTEMPT_FINISHED => Some("attempt_finished"),
        ATTEMPT_STARTED => Some("attempt_started"),
        ITEM_ANSWERED => Some("item_answered"),
        LESSON_VISITED => Some("lesson_visited"),
        _ => None,
    }
}

/// The columns [`read`] reads, in its order, for a table alias (`"f."`, or `""`).
pub(crate) fn columns(a: &str) -> String {
    format!(
        "{a}id, {}, {}, {a}at, {}, {}",
        name_of(&format!("{a}learner_id")),
        name_of(&format!("{a}device_id")),
        name_of(&format!("{a}course_id")),
        kind_columns(a)
    )
}

/// The kind's columns [`read_kind`] reads, in its order.
pub(crate) fn kind_columns(a: &str) -> String {
    format!("{a}module_id, {a}kind, {a}ref_id, {}, {a}score, {a}ok, {a}data", name_of(&format!("{a}attempt_id")))
}

/// SQL: the name a number column of `facts` stands for.
fn name_of(column: &str) -> String {
    format!("(SELECT name FROM fact_names WHERE n = {column})")
}

/// The number of a name in `fact_names`, added when new.
pub(crate) fn name_number(conn: &rusqlite::Connection, name: &str) -> rusqlite::Result<i64> {
    use rusqlite::OptionalExtension;
    if let Some(n) =
        conn.prepare_cached("SELECT n FROM fact_names WHERE name = ?1")?.query_row([name], |r| r.get(0)).optional()?
    {
        return Ok(n);
    }
    conn.prepare_cached("INSERT INTO fact_names(name) VALUES (?1)")?.execute([name])?;
    Ok(conn.last_insert_rowid())
}

/// The values of a fact's columns (after `seq`), in the order of the `facts` table.
pub(crate) fn values(conn: &rusqlite::Connection, fact: &Fact) -> Result<Vec<rusqlite::types::Value>> {
    use rusqlite::types::Value as V;
    let (score, ok) = fact.kind.score_ok();
    let id = match super::ids_sql::uuid_bytes(fact.id.as_str()) {
        Some(bytes) => V::Blob(bytes.to_vec()),
        None => V::Text(fact.id.to_string()),
    };
    Ok(vec![
        id,
        V::Integer(name_number(conn, fact.learner_id.as_str())?),
        V::Integer(name_number(conn, fact.device_id.as_str())?),
        V::Integer(fact.at),
        V::Integer(name_number(conn, fact.course_id.as_str())?),
        V::Integer(kind_code(fact.kind.name()).unwrap_or(LESSON_VISITED)),
        V::Text(fact.module_id.to_string()),
        V::Text(fact.kind.ref_id().to_string()),
        match fact.kind.attempt_id() {
            Some(a) => V::Integer(name_number(conn, a.as_str())?),
            None => V::Null,
        },
        score.map_or(V::Null, V::Integer),
        ok.map_or(V::Null, |ok| V::Integer(i64::from(ok))),
        residual(fact)?.map_or(V::Null, V::Text),
    ])
}

/// The columns [`values`] gives, in its order.
pub(crate) const VALUE_COLUMNS: &str =
    "id, learner_id, device_id, at, course_id, kind, module_id, ref_id, attempt_id, score, ok, data";

/// The columns [`Names::read`] reads: as [`columns`], with the numbers of `fact_names` as they
/// are (a pass over many facts resolves them from [`Names`] instead of a lookup per column).
pub(crate) fn numbered_columns(a: &str) -> String {
    format!(
        "{a}id, {a}learner_id, {a}device_id, {a}at, {a}course_id, {a}module_id, {a}kind, {a}ref_id, {a}attempt_id, \
         {a}score, {a}ok, {a}data"
    )
}

/// Every name of `fact_names` by its number (the numbers are rowids: small and dense, so a
/// vector indexed by number), read once for a pass over many facts.
pub(crate) struct Names(Vec<Option<String>>);

impl Names {
    pub(crate) fn load(conn: &rusqlite::Connection) -> Result<Names> {
        let mut stmt = conn.prepare("SELECT n, name FROM fact_names ORDER BY n")?;
        let mut names: Vec<Option<String>> = Vec::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (n, name) = row?;
            // In order, numbers grow one by one; one far beyond (a hand-edited table) is unknown.
            let Some(i) = usize::try_from(n).ok().filter(|i| *i <= 4 * names.len() + 1_000_000) else { continue };
            if names.len() <= i {
                names.resize(i + 1, None);
            }
            names[i] = Some(name);
        }
        Ok(Names(names))
    }

    fn name(&self, r: &rusqlite::Row<'_>, i: usize) -> Result<Option<&str>> {
        Ok(match r.get::<_, Option<i64>>(i)? {
            None => None,
            Some(n) => Some(
                usize::try_from(n).ok().and_then(|n| self.0.get(n)).and_then(|s| s.as_deref()).ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Integer, "unknown name".into())
                })?,
            ),
        })
    }

    /// A fact from the [`numbered_columns`] of a row, starting at column `first`.
    pub(crate) fn read(&self, r: &rusqlite::Row<'_>, first: usize) -> Result<Fact> {
        let name = |i: usize| -> Result<&str> { Ok(self.name(r, first + i)?.unwrap_or_default()) };
        let module_id: String = r.get(first + 5)?;
        let data = text_or_null(r, first + 11)?;
        let kind = rebuild(Stored {
            module_id: &module_id,
            kind: r.get(first + 6)?,
            ref_id: r.get(first + 7)?,
            attempt_id: self.name(r, first + 8)?.map(AttemptId::from),
            score: r.get(first + 9)?,
            ok: r.get(first + 10)?,
            data,
        })?;
        Ok(Fact {
            id: r.get(first)?,
            learner_id: name(1)?.into(),
            device_id: name(2)?.into(),
            at: r.get(first + 3)?,
            course_id: name(4)?.into(),
            module_id: module_id.as_str().into(),
            kind,
        })
    }
}

fn text_or_null<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> Result<Option<&'r str>> {
    Ok(match r.get_ref(i)? {
        rusqlite::types::ValueRef::Null => None,
        other => Some(other.as_str().map_err(rusqlite::Error::from)?),
    })
}

/// A fact from the [`columns`] of a row, starting at column `first`.
pub(crate) fn read(r: &rusqlite::Row<'_>, first: usize) -> Result<Fact> {
    let id: FactId = r.get(first)?;
    let learner_id: LearnerId = r.get(first + 1)?;
    let device_id: DeviceId = r.get(first + 2)?;
    let at: i64 = r.get(first + 3)?;
    let course_id: CourseId = r.get(first + 4)?;
    let module_id: ModuleId = r.get(first + 5)?;
    let kind = read_kind(r, first + 5)?;
    Ok(Fact { id, learner_id, device_id, at, course_id, module_id, kind })
}

/// A fact's kind from the [`kind_columns`] of a row, starting at column `first`.
pub(crate) fn read_kind(r: &rusqlite::Row<'_>, first: usize) -> Result<FactKind> {
    let module_id: String = r.get(first)?;
    let data = text_or_null(r, first + 6)?;
    rebuild(Stored {
        module_id: &module_id,
        kind: r.get(first + 1)?,
        ref_id: r.get(first + 2)?,
        attempt_id: r.get(first + 3)?,
        score: r.get(first + 4)?,
        ok: r.get(first + 5)?,
        data,
    })
}

/// What the columns hold of a fact's kind.
struct Stored<'a> {
    module_id: &'a str,
    kind: i64,
    ref_id: String,
    attempt_id: Option<AttemptId>,
    score: Option<i64>,
    ok: Option<bool>,
    data: Option<&'a str>,
}

/// The quiz of an answer when `data` does not name it: the module's quiz, as courses name it.
fn default_quiz(module_id: &str) -> String {
    format!("{module_id}-quiz")
}

/// The credit the `score` column gives back (credit × 100, rounded).
fn credit_of(score: i64) -> f32 {
    score as f32 / 100.0
}

/// The fields `data` may hold, typed (the fast path of [`rebuild`]).
#[derive(Default, serde::Deserialize)]
struct Residual {
    #[serde(rename = "type")]
    kind: Option<serde::de::IgnoredAny>,
    lesson_id: Option<LessonId>,
    quiz_id: Option<String>,
    attempt_id: Option<AttemptId>,
    seed: Option<u64>,
    item_ids: Option<Vec<ItemId>>,
    item_id: Option<ItemId>,
    response: Option<crate::quiz::Response>,
    correct: Option<bool>,
    credit: Option<f32>,
    percent: Option<u8>,
    passed: Option<bool>,
}

/// The kind from the columns and `data` read straight into its fields; None where anything is
/// unusual (a `null`, a `type`, a repeated or mistyped field, a field missing from both), left
/// to [`rebuild_slowly`], which defines the result. Same result, without building a JSON tree.
fn rebuild_fast(s: &Stored<'_>) -> Option<FactKind> {
    let r: Residual = match s.data {
        None => Residual::default(),
        Some(text) if text.contains("null") => return None,
        Some(text) => serde_json::from_str(text).ok()?,
    };
    if r.kind.is_some() {
        return None;
    }
    let attempt = || r.attempt_id.clone().or_else(|| s.attempt_id.clone());
    Some(match s.kind {
        LESSON_VISITED => {
            FactKind::LessonVisited { lesson_id: r.lesson_id.unwrap_or_else(|| s.ref_id.as_str().into()) }
        }
        ATTEMPT_STARTED => FactKind::AttemptStarted {
            attempt_id: attempt()?,
            quiz_id: r.quiz_id.unwrap_or_else(|| s.ref_id.clone()),
            seed: r.seed?,
            item_ids: r.item_ids?,
        },
        ITEM_ANSWERED => FactKind::ItemAnswered {
            attempt_id: attempt()?,
            quiz_id: r.quiz_id.unwrap_or_else(|| default_quiz(s.module_id)),
            item_id: r.item_id.unwrap_or_else(|| s.ref_id.as_str().into()),
            response: r.response?,
            correct: r.correct.or(s.ok)?,
            credit: r.credit.or_else(|| s.score.map(credit_of))?,
        },
        ATTEMPT_FINISHED => FactKind::AttemptFinished {
            attempt_id: attempt()?,
            quiz_id: r.quiz_id.unwrap_or_else(|| s.ref_id.clone()),
            percent: match r.percent {
                Some(p) => p,
                None => u8::try_from(s.score?).ok()?,
            },
            passed: r.passed.or(s.ok)?,
        },
        _ => return None,
    })
}

fn rebuild(s: Stored<'_>) -> Result<FactKind> {
    match rebuild_fast(&s) {
        Some(kind) => Ok(kind),
        None => rebuild_slowly(s),
    }
}

/// The kind as the JSON object of `data` with the fields the columns give added where `data`
/// does not have them, read by serde: what a fact's row means.
fn rebuild_slowly(s: Stored<'_>) -> Result<FactKind> {
    let mut map = match s.data {
        None => Map::new(),
        Some(text) => match serde_json::from_str::<Value>(text)? {
            Value::Object(m) => m,
            // Not an object (a hand-edited row): the error serde gives for it.
            other => return Ok(serde_json::from_value(other)?),
        },
    };
    let attempt = || s.attempt_id.as_ref().map(|a| Value::from(a.as_str()));
    let derived: Vec<(&str, Option<Value>)> = match s.kind {
        LESSON_VISITED => vec![("lesson_id", Some(s.ref_id.clone().into()))],
        ATTEMPT_STARTED => vec![("quiz_id", Some(s.ref_id.clone().into())), ("attempt_id", attempt())],
        ITEM_ANSWERED => vec![
            ("quiz_id", Some(default_quiz(s.module_id).into())),
            ("item_id", Some(s.ref_id.clone().into())),
            ("attempt_id", attempt()),
            ("correct", s.ok.map(Value::from)),
            ("credit", s.score.map(|score| f64::from(credit_of(score)).into())),
        ],
        ATTEMPT_FINISHED => vec![
            ("quiz_id", Some(s.ref_id.clone().into())),
            ("attempt_id", attempt()),
            ("percent", s.score.map(Value::from)),
            ("passed", s.ok.map(Value::from)),
        ],
        _ => vec![],
    };
    let name = kind_name(s.kind).map(|n| ("type", Some(Value::from(n))));
    for (key, value) in name.into_iter().chain(derived) {
        if let Some(value) = value {
            map.entry(key).or_insert(value);
        }
    }
    Ok(serde_json::from_value(Value::Object(map))?)
}

/// The `data` column of a fact: the fields of its kind that the other columns do not give back
/// exactly (None when there are none).
pub(crate) fn residual(fact: &Fact) -> Result<Option<String>> {
    let Value::Object(mut map) = serde_json::to_value(&fact.kind)? else {
        return Ok(Some(serde_json::to_string(&fact.kind)?));
    };
    let mut drop = vec!["type"];
    match &fact.kind {
        FactKind::LessonVisited { .. } => drop.push("lesson_id"),
        FactKind::AttemptStarted { .. } => drop.extend(["quiz_id", "attempt_id"]),
        FactKind::ItemAnswered { quiz_id, credit, .. } => {
            drop.extend(["item_id", "attempt_id", "correct"]);
            if *quiz_id == default_quiz(fact.module_id.as_str()) {
                drop.push("quiz_id");
            }
            let (score, _) = fact.kind.score_ok();
            if score.is_some_and(|s| credit_of(s).to_bits() == credit.to_bits()) {
                drop.push("credit");
            }
        }
        FactKind::AttemptFinished { .. } => drop.extend(["quiz_id", "attempt_id", "percent", "passed"]),
    }
    for key in drop {
        map.remove(key);
    }
    Ok(if map.is_empty() { None } else { Some(serde_json::to_string(&map)?) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Response;

    fn fact(module: &str, kind: FactKind) -> Fact {
        Fact {
            id: "cba2098c-f87f-53df-9c84-5803d4be1159".into(),
            learner_id: "learner".into(),
            device_id: "a78a2a1a-0a1b-4154-b971-a93085b7f83f".into(),
            at: 1,
            course_id: "c".into(),
            module_id: module.into(),
            kind,
        }
    }

    /// Every kind, with fields the columns give back and fields they do not, reads back equal.
    #[test]
    fn facts_read_back_exactly() {
        let store = crate::progress::Store::open_in_memory().unwrap();
        let attempt = || AttemptId::from("6c7b4a5c-e39f-52c2-8595-6ab876812ec9");
        let kinds = [
            FactKind::LessonVisited { lesson_id: "l1".into() },
            FactKind::AttemptStarted {
                quiz_id: "m-quiz".into(),
                attempt_id: attempt(),
                seed: u64::MAX,
                item_ids: vec!["q1".into(), "q2".into()],
            },
            FactKind::ItemAnswered {
                quiz_id: "m-quiz".into(),
                attempt_id: attempt(),
                item_id: "q1".into(),
                response: Response::Choice("b".into()),
                correct: true,
                credit: 1.0,
            },
            FactKind::ItemAnswered {
                quiz_id: "other".into(),
                attempt_id: "not-a-uuid".into(),
                item_id: "q2".into(),
                response: Response::Bool(false),
                correct: false,
                credit: 1.0 / 3.0,
            },
            FactKind::ItemAnswered {
                quiz_id: "m-quiz".into(),
                attempt_id: attempt(),
                item_id: "q3".into(),
                response: Response::Bool(true),
                correct: false,
                credit: -0.0,
            },
            FactKind::AttemptFinished { quiz_id: "m-quiz".into(), attempt_id: attempt(), percent: 58, passed: false },
        ];
        let learner = store.add_learner("A", None, "en").unwrap();
        for (i, kind) in kinds.into_iter().enumerate() {
            let mut f = fact("m", kind);
            f.id = format!("fact-{i}").as_str().into();
            f.learner_id = learner.id.clone();
            f.at = i as i64;
            assert!(store.insert_fact(&f).unwrap());
            assert_eq!(store.fact(f.id.as_str()).unwrap().as_ref(), Some(&f));
            assert_eq!(
                serde_json::to_vec(&store.fact(f.id.as_str()).unwrap().unwrap()).unwrap(),
                serde_json::to_vec(&f).unwrap()
            );
        }
        let all = store.facts(&learner.id, &"c".into()).unwrap();
        assert_eq!(all.len(), 6);
    }

    /// The fast path gives what the JSON-tree path gives, or steps aside: over every kind, with
    /// and without the columns' values, and `data` as written, hand-edited or odd.
    #[test]
    fn the_fast_path_agrees_with_the_definition() {
        let datas = [
            None,
            Some("{}"),
            Some(r#"{"response":{"Choice":"b"}}"#),
            Some(r#"{"response":{"Choices":["a","c"]},"credit":0.3333333432674408}"#),
            Some(r#"{"response":{"Bool":false},"quiz_id":"other","credit":1}"#),
            Some(r#"{"seed":18446744073709551615,"item_ids":["q1","q2"]}"#),
            Some(r#"{"seed":-1,"item_ids":["q1"]}"#),
            Some(r#"{"lesson_id":"elsewhere","extra":[1,2]}"#),
            Some(r#"{"lesson_id":null}"#),
            Some(r#"{"type":"lesson_visited","lesson_id":"x"}"#),
            Some(r#"{"percent":300,"passed":true}"#),
            Some(r#"{"percent":42}"#),
            Some(r#"{"attempt_id":"from-data","correct":true,"response":{"Order":["b","a"]}}"#),
            Some(r#"{"credit":1,"credit":2,"response":{"Bool":true}}"#),
            Some(r#"[1,2]"#),
            Some(r#"{"response":"nonsense"}"#),
        ];
        let mut fast = 0;
        for kind in [ATTEMPT_FINISHED, ATTEMPT_STARTED, ITEM_ANSWERED, LESSON_VISITED, 9] {
            for data in datas {
                for (attempt, score, ok) in
                    [(Some("a1"), Some(58), Some(false)), (None, None, None), (Some("a2"), Some(300), Some(true))]
                {
                    let stored = || Stored {
                        module_id: "m",
                        kind,
                        ref_id: "r".into(),
                        attempt_id: attempt.map(AttemptId::from),
                        score,
                        ok,
                        data,
                    };
                    let slow = rebuild_slowly(stored()).ok();
                    if let Some(f) = rebuild_fast(&stored()) {
                        fast += 1;
                        assert_eq!(Some(f), slow, "kind {kind}, data {data:?}, columns {attempt:?} {score:?} {ok:?}");
                    }
                }
            }
        }
        assert!(fast > 20, "the fast path is taken for ordinary rows ({fast})");
    }

    #[test]
    fn derivable_fields_are_not_stored_twice() {
        let f = fact("m", FactKind::LessonVisited { lesson_id: "l1".into() });
        assert_eq!(residual(&f).unwrap(), None);
        let f = fact(
            "m",
            FactKind::ItemAnswered {
                quiz_id: "m-quiz".into(),
                attempt_id: "a".into(),
                item_id: "q1".into(),
                response: Response::Choice("b".into()),
                correct: true,
                credit: 1.0,
            },
        );
        assert_eq!(residual(&f).unwrap().as_deref(), Some(r#"{"response":{"Choice":"b"}}"#));
    }
}
