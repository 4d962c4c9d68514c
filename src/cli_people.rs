//! Command line for people and bundles: learners from CSV (checked, all or nothing, PINs
//! hashed with progress), bundle and roster export, and the import summary.

use crate::cli::{Cli, write_file};
use anyhow::Result;
use cpms_player::i18n::Tr;
use cpms_player::ids::LearnerId;
use cpms_player::platform::Access;
use cpms_player::problem::Problem;
use cpms_player::progress::{self, Store};
use std::path::Path;

/// Write a bundle (or roster) file, owner-only and durably; a warning when it holds PIN hashes.
pub(crate) fn export_bundle(
    cli: &Cli,
    store: &Store,
    out: &Path,
    options: progress::bundle::ExportOptions,
) -> Result<i32> {
    let bundle = store.export_bundle_with(options)?;
    let json = serde_json::to_string(&bundle)?;
    // Owner-only, and on the stick before it can be pulled out.
    write_file(out, json.as_bytes(), Access::Private)?;
    outln!("Exported {} learners and {} facts to {}", bundle.learners.len(), bundle.facts.len(), out.display());
    if options.with_pins {
        let tr = Tr::new(&cli.message_language());
        eprintln!("{}", tr.problem(&Problem::new("export-with-pins").path("path", out)));
    }
    Ok(0)
}

/// What an import did, and what the trainer should look at, in the user's language.
pub(crate) fn print_import_summary(cli: &Cli, store: &Store, r: &progress::bundle::ImportReport) -> Result<()> {
    let tr = Tr::new(&cli.message_language());
    if r.facts_unsigned > 0 {
        eprintln!("{}", tr.ta("import-unsigned-facts", &[("count", r.facts_unsigned.into())]));
    }
    outln!(
        "Imported: {} new learners, {} updated, {} new facts ({} already known), {} certificates, {} links",
        r.learners_added,
        r.learners_updated,
        r.facts_added,
        r.facts_known,
        r.certificates_added,
        r.links_changed
    );
    let name = |id: &LearnerId| store.learner(id).ok().flatten().map_or_else(|| id.to_string(), |l| l.name);
    for c in &r.conflicts {
        outln!(
            "{}",
            tr.problem(
                &Problem::new("import-conflict")
                    .arg("name", name(&c.learner_id))
                    .arg("field", c.field)
                    .arg("kept", c.kept.as_str())
                    .arg("kept_device", c.kept_device.as_str())
                    .arg("set_aside", c.set_aside.as_str())
                    .arg("set_aside_device", c.set_aside_device.as_str())
            )
        );
    }
    for (device, ahead) in &r.clock_ahead {
        let days = (*ahead as f64 / 86_400_000.0).round();
        outln!("{}", tr.problem(&Problem::new("import-clock-ahead").arg("device", device.as_str()).num("days", days)));
    }
    if r.fact_conflict_count > 0 {
        let ids: Vec<String> = r
            .fact_conflicts
            .iter()
            .map(|c| format!("{} ({} / {})", c.fact_id, c.stored_device, c.incoming_device))
            .collect();
        outln!(
            "{}",
            tr.problem(
                &Problem::new("import-fact-conflicts")
                    .num("count", r.fact_conflict_count as f64)
                    .arg("ids", ids.join(", "))
            )
        );
    }
    if let Some((major, minor)) = r.newer_minor {
        outln!("{}", tr.problem(&Problem::new("import-newer-minor").arg("version", format!("{major}.{minor}"))));
    }
    if !r.unknown_fields.is_empty() {
        let fields: Vec<&str> = r.unknown_fields.iter().map(String::as_str).collect();
        outln!("{}", tr.problem(&Problem::new("import-unknown-fields").arg("fields", fields.join(", "))));
    }
    // The first few; the whole list is `learners duplicates`.
    const SHOWN: usize = 10;
    for d in r.likely_duplicates.iter().take(SHOWN) {
        outln!(
            "{}",
            tr.problem(&Problem::new("import-duplicate").arg("name", d.name.as_str()).arg("ids", d.ids.join(", ")))
        );
    }
    if r.likely_duplicates.len() > SHOWN {
        let more = (r.likely_duplicates.len() - SHOWN) as f64;
        outln!("{}", tr.problem(&Problem::new("import-duplicates-more").num("count", more)));
    }
    Ok(())
}

/// `learners import FILE`: read, check every line, add all or none, with progress for the PINs.
pub(crate) fn import_learners(cli: &Cli, store: &Store, file: &Path) -> Result<()> {
    let tr = Tr::new(&cli.message_language());
    let bytes =
        std::fs::read(file).map_err(|e| Problem::new("cannot-read").path("path", file).arg("error", e.to_string()))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(Problem::new("csv-not-text").path("path", file).num("line", line as f64).into());
        }
    };
    let rows = match progress::learners_csv::parse(&text, &cli.language()) {
        Ok(rows) => rows,
        Err(problems) => {
            for p in &problems {
                let message = if p.line > 0 {
                    tr.problem(
                        &Problem::new("csv-problem")
                            .path("path", file)
                            .num("line", p.line as f64)
                            .arg("message", tr.problem(&p.problem)),
                    )
                } else {
                    tr.problem(&p.problem.clone().path("path", file))
                };
                eprintln!("{}: {message}", tr.t("error-prefix"));
            }
            return Err(Problem::new("csv-nothing-added").into());
        }
    };
    let started = std::time::Instant::now();
    let mut last_shown = std::time::Instant::now();
    let outcome = store.import_learners(&rows, |done, total| {
        if total >= 20 && last_shown.elapsed().as_millis() >= 1000 && done > 0 && done < total {
            last_shown = std::time::Instant::now();
            let per = started.elapsed().as_secs_f64() / done as f64;
            let left = (per * (total - done) as f64).ceil();
            eprintln!(
                "{}",
                tr.problem(
                    &Problem::new("csv-progress")
                        .num("done", done as f64)
                        .num("total", total as f64)
                        .num("seconds", left)
                )
            );
        }
    })?;
    outln!("{}", tr.problem(&Problem::new("csv-added").num("added", outcome.added.len() as f64).path("path", file)));
    if !outcome.already_there.is_empty() {
        outln!(
            "{}",
            tr.problem(
                &Problem::new("csv-already-there")
                    .num("count", outcome.already_there.len() as f64)
                    .arg("names", outcome.already_there.join(", "))
            )
        );
    }
    Ok(())
}
