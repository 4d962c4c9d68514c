//! `cpms-player report items`: the item analysis of one course (issue 18) as CSV or JSON —
//! facility, discrimination and draws per item, mastery per standard and pillar, with the
//! definitions (`quiz::analysis`) written into the JSON.

use crate::cli::{Cli, ReportFormat, open_store_for_reading, write_file};
use anyhow::Result;
use cpms_player::platform::Access;
use cpms_player::problem::Problem;
use cpms_player::progress;
use cpms_player::quiz::analysis;
use std::path::PathBuf;

/// Write the item analysis of `course_id` to `out` (or the screen).
pub(crate) fn report_items(cli: &Cli, course_id: &str, format: ReportFormat, out: Option<&PathBuf>) -> Result<i32> {
    if let Some(out) = out {
        cli.check_output(out)?;
    }
    let catalog = cli.catalog();
    let Some(course) = catalog.courses.iter().find(|c| c.id() == course_id) else {
        let ids: Vec<&str> = catalog.courses.iter().map(|c| c.id().as_str()).collect();
        return Err(Problem::new("report-unknown-course")
            .arg("id", course_id)
            .path("folder", &cli.courses_dir())
            .arg("installed", if ids.is_empty() { "—".to_string() } else { ids.join(", ") })
            .into());
    };
    let store = open_store_for_reading(cli)?;
    let a = store.item_analysis(course)?;
    let text = match format {
        ReportFormat::Csv => progress::item_analysis_csv(course.id(), &a)?,
        ReportFormat::Json => serde_json::to_string_pretty(&serde_json::json!({
            "course_id": course_id,
            "definitions": {
                "unit": "every finished attempt, retakes included",
                "facility": "mean credit (0-1) over the finished attempts that answered the item",
                "discrimination": format!(
                    "upper minus lower {}% of the finished attempts of the item's quiz, ranked by score",
                    (analysis::GROUP_SHARE * 100.0).round()
                ),
                "drawn": "attempts (finished or not) that asked the item",
                "flags": format!(
                    "nobody_misses: facility > {}; most_miss: facility < {}; negative_discrimination: \
                     discrimination < 0; only for items answered at least {} times",
                    analysis::TOO_EASY, analysis::TOO_HARD, analysis::MIN_ANSWERS_FOR_FLAGS
                ),
                "mastery": "credit >= 2/3 of the items of the standard (or pillar) on the learner's latest \
                            finished final attempt; share over the learners asked at least one such item",
            },
            "final_attempts": a.final_attempts,
            "final_learners": a.final_learners,
            "items": a.items,
            "standards": a.standards,
            "pillars": a.pillars,
            "completions": a.completions,
        }))?,
    };
    match out {
        Some(path) => {
            write_file(path, text.as_bytes(), Access::Shared)?;
            let flagged = a.items.iter().filter(|i| !i.flags.is_empty()).count();
            outln!(
                "Item analysis of {} items ({} flagged) over {} final attempts by {} learners written to {}",
                a.items.len(),
                flagged,
                a.final_attempts,
                a.final_learners,
                path.display()
            );
        }
        None => out!("{text}"),
    }
    Ok(0)
}
