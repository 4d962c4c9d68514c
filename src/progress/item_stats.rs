//! Item analysis (issue 18): reads, for one course, the finished attempts, the answers and how
//! often each item was drawn from the facts of every merged laptop, and hands them to the pure
//! computation in `quiz::analysis` (the definitions are there). Also the CSV form of the result.

use super::{Result, Store};
use crate::course::Course;
use crate::ids::CourseId;
use crate::quiz::analysis::{Analysis, Answer, FinishedAttempt, Input, ItemInfo, analyse};
use rusqlite::params;
use std::collections::HashMap;

impl Store {
    /// The item analysis of `course` over every fact this laptop holds (its own and merged ones).
    pub fn item_analysis(&self, course: &Course) -> Result<Analysis> {
        Ok(analyse(&self.item_analysis_input(course)?))
    }

    /// What the analysis rests on, read from the facts (public for benchmarks and tests).
    pub fn item_analysis_input(&self, course: &Course) -> Result<Input> {
        let conn = self.conn();
        let course_id = course.id();
        let content = course.language(&course.manifest.default_language);
        let items: Vec<ItemInfo> = content
            .modules
            .iter()
            .filter_map(|m| m.quiz.as_ref().map(|q| (m, q)))
            .flat_map(|(m, q)| {
                q.items.iter().map(|i| ItemInfo {
                    module_id: m.id.to_string(),
                    quiz_id: q.id.clone(),
                    item_id: i.id.to_string(),
                    tags: i.tests.clone(),
                })
            })
            .collect();
        let final_quiz =
            course.manifest.final_assessment.as_ref().and_then(|f| content.quiz(&f.module)).map(|q| q.id.clone());

        // Linked ids count as one person; most laptops have no links, so skip the look-ups then.
        let has_links: bool =
            conn.query_row("SELECT EXISTS (SELECT 1 FROM learner_links WHERE person_id IS NOT NULL)", [], |r| {
                r.get(0)
            })?;
        let mut persons: HashMap<String, String> = HashMap::new();
        let mut attempts = Vec::new();
        // (at, rowid, answer): sorted into time order below.
        let mut answers: Vec<(i64, i64, Answer)> = Vec::new();
        let mut drawn: HashMap<(String, String), u32> = HashMap::new();
        // One pass over the facts (no index leads with the course: each pass reads the whole
        // table, 0.9 GB at 10,000 learners). The items an attempt asked are in the JSON of its
        // attempt_started fact; the score column holds an answer's credit × 100 (two decimals
        // are plenty for statistics).
        let mut stmt = conn.prepare_cached(
            "SELECT kind, (SELECT name FROM fact_names WHERE n = learner_id), ref_id,
                    (SELECT name FROM fact_names WHERE n = attempt_id), at, score, ok, rowid,
                    CASE WHEN kind = 1 THEN data END
             FROM facts
             WHERE course_id = (SELECT n FROM fact_names WHERE name = ?1) AND kind IN (0, 1, 2)
               AND attempt_id IS NOT NULL",
        )?;
        let mut rows = stmt.query(params![course_id])?;
        while let Some(r) = rows.next()? {
            let kind: i64 = r.get(0)?;
            match kind {
                super::fact_row::ITEM_ANSWERED => answers.push((
                    r.get(4)?,
                    r.get(7)?,
                    Answer {
                        attempt_id: r.get(3)?,
                        item_id: r.get(2)?,
                        credit: r.get::<_, Option<i64>>(5)?.unwrap_or(0) as f64 / 100.0,
                    },
                )),
                super::fact_row::ATTEMPT_FINISHED => {
                    let learner = r.get::<_, String>(1)?;
                    let person = match persons.get(&learner) {
                        Some(p) => p.clone(),
                        None => {
                            let p = if has_links {
                                super::identity::person_of_in(conn, &learner)?
                            } else {
                                learner.clone()
                            };
                            persons.insert(learner, p.clone());
                            p
                        }
                    };
                    attempts.push(FinishedAttempt {
                        person,
                        quiz_id: r.get(2)?,
                        attempt_id: r.get(3)?,
                        at: r.get(4)?,
                        percent: r.get::<_, Option<i64>>(5)?.unwrap_or(0).clamp(0, 100) as u8,
                        passed: r.get::<_, Option<bool>>(6)?.unwrap_or(false),
                    });
                }
                _ => {
                    // A fact whose JSON cannot be read (hand-edited) asked nothing we can count.
                    #[derive(serde::Deserialize)]
                    struct Started {
                        #[serde(default)]
                        item_ids: Vec<String>,
                    }
                    let quiz: String = r.get(2)?;
                    let data = r.get_ref(8)?.as_str().unwrap_or("{}");
                    if let Ok(started) = serde_json::from_str::<Started>(data) {
                        for item in started.item_ids {
                            *drawn.entry((quiz.clone(), item)).or_default() += 1;
                        }
                    }
                }
            }
        }
        answers.sort_unstable_by_key(|(at, rowid, _)| (*at, *rowid));
        let answers = answers.into_iter().map(|(_, _, a)| a).collect();
        Ok(Input { items, final_quiz, attempts, answers, drawn })
    }
}

fn figure(x: Option<f64>) -> String {
    x.map_or(String::new(), |x| format!("{x:.3}"))
}

/// The analysis as CSV (UTF-8 with a byte-order mark, like the progress report): a row per item,
/// then a row per standard and per pillar. `row` says which; item columns are empty on standard
/// rows and the other way round. Text cells are neutralised against spreadsheet formulas.
pub fn item_analysis_csv(course_id: &CourseId, a: &Analysis) -> std::result::Result<String, csv::Error> {
    use super::report::spreadsheet_safe as safe;
    let mut buf = Vec::with_capacity(256 + a.items.len() * 120);
    buf.extend_from_slice("\u{FEFF}".as_bytes());
    let mut w = csv::Writer::from_writer(buf);
    w.write_record([
        "row",
        "course_id",
        "module_id",
        "id",
        "tests",
        "drawn",
        "answered",
        "facility",
        "discrimination",
        "flags",
        "learners",
        "masters",
        "mastery",
    ])?;
    for i in &a.items {
        let flags: Vec<&str> = i.flags.iter().map(|f| f.as_str()).collect();
        w.write_record([
            if i.in_course { "item" } else { "item_not_in_course" },
            &safe(course_id.as_str()),
            &safe(&i.module_id),
            &safe(&i.item_id),
            &safe(&i.tags.join(" ")),
            &i.drawn.to_string(),
            &i.answered.to_string(),
            &figure(i.facility),
            &figure(i.discrimination),
            &flags.join(" "),
            "",
            "",
            "",
        ])?;
    }
    for (kind, rows) in [("standard", &a.standards), ("pillar", &a.pillars)] {
        for m in rows.iter() {
            let id = if kind == "standard" { format!("std-{}", m.number) } else { format!("pillar-{}", m.number) };
            w.write_record([
                kind,
                &safe(course_id.as_str()),
                "",
                &id,
                "",
                "",
                "",
                "",
                "",
                "",
                &m.learners.to_string(),
                &m.masters.to_string(),
                &figure(m.share()),
            ])?;
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
