//! Running a subcommand: the one place that dispatches to the command-line modules by subject
//! (`cli_course`, `cli_people`, `cli_stats`, `cli_trainer`, `cli_trust`, `cli_xapi`). Parsing,
//! output and opening the store are in `cli`, below all of them.

use crate::cli::{
    CertificateFormat, Cli, Command, LearnersAction, ReportFormat, ReportWhat, RosterAction, TrainerAction, open_store,
    open_store_for_reading, write_file,
};
use anyhow::{Context, Result, bail};
use cpms_player::certificate;
use cpms_player::i18n::Tr;
use cpms_player::platform::Access;
use cpms_player::problem::Problem;
use cpms_player::progress::{self, health};
use std::path::Path;

/// Run a subcommand; returns the process exit code.
pub fn run_command(cli: &Cli, command: &Command) -> Result<i32> {
    match command {
        Command::Validate { json, strict, paths } => {
            crate::cli_course::validate(paths, *json, *strict, cli.cache_dir().as_deref())
        }
        Command::Course { action } => crate::cli_course::context_command(cli, action),
        Command::AssessCheck { course, attempts, seed, json, items } => {
            crate::cli_course::assess_check(course, cli.lang.as_deref(), *attempts, *seed, *json, *items)
        }
        Command::Certificate { learner, course, out, format } => {
            cli.check_output(out)?;
            let store = open_store(cli)?;
            let learner = store.find_learner(learner)?;
            let catalog = cli.catalog();
            let Some(c) = catalog.courses.iter().find(|c| c.id() == course) else {
                let ids: Vec<&str> = catalog.courses.iter().map(|c| c.id().as_str()).collect();
                bail!("no course with id '{course}' in {}; installed: {}", cli.courses_dir().display(), ids.join(", "));
            };
            let tr = Tr::new(&cli.message_language());
            // `--lang` chooses the certificate's language (default: the learner's).
            let cert = certificate::issue_in(&store, c, &learner.id, cli.lang.as_deref())
                .map_err(|e| anyhow::anyhow!(e.localized(&tr)))?;
            if *format == CertificateFormat::Openbadge {
                let jwt = certificate::openbadge(&store, c, &cert).map_err(|e| anyhow::anyhow!(e.localized(&tr)))?;
                write_file(out, jwt.as_bytes(), Access::Shared)?;
                outln!(
                    "Open Badges credential for {} written to {} (code {})",
                    cert.learner_name,
                    out.display(),
                    cert.code
                );
                return Ok(0);
            }
            let pdf = certificate::render_pdf(&cert, &cpms_player::certificate::certificate_labels(&cert.language))
                .map_err(|e| anyhow::anyhow!(e.localized(&tr)))?;
            write_file(out, &pdf, Access::Shared)?;
            outln!("Certificate for {} written to {} (code {})", cert.learner_name, out.display(), cert.code);
            Ok(0)
        }
        Command::Verify { code } => {
            let tr = Tr::new(&cli.message_language());
            let is_file = Path::new(code.trim()).is_file();
            let normalized = certificate::normalize_code(code);
            if !is_file
                && !certificate::signed::looks_signed(code)
                && normalized.chars().filter(char::is_ascii_alphanumeric).count() > 64
            {
                let start: String = code.chars().take(24).collect();
                eprintln!(
                    "{}",
                    tr.problem(
                        &Problem::new("verify-not-a-code")
                            .num("length", code.chars().count() as f64)
                            .arg("start", start)
                    )
                );
                return Ok(1);
            }
            let store = open_store_for_reading(cli)?;
            let verdict = certificate::verify(&store, code)?;
            let text = verdict.describe(&tr);
            if verdict.exit_code() == 0 {
                outln!("{text}");
            } else {
                eprintln!("{text}");
            }
            Ok(verdict.exit_code())
        }
        Command::ExportProgress { out, with_pins } => {
            cli.check_output(out)?;
            let store = open_store_for_reading(cli)?;
            let options = progress::bundle::ExportOptions { with_pins: *with_pins, with_facts: true };
            crate::cli_people::export_bundle(cli, &store, out, options)
        }
        Command::ImportProgress { files } => {
            let store = open_store(cli)?;
            let r = store.import_bundle_files(files)?;
            crate::cli_people::print_import_summary(cli, &store, &r)?;
            Ok(0)
        }
        Command::Roster { action } => match action {
            RosterAction::Export { out, with_pins } => {
                cli.check_output(out)?;
                let store = open_store_for_reading(cli)?;
                let options = progress::bundle::ExportOptions { with_pins: *with_pins, with_facts: false };
                crate::cli_people::export_bundle(cli, &store, out, options)
            }
            RosterAction::Import { file } => {
                let store = open_store(cli)?;
                let r = store.import_bundle_files(std::slice::from_ref(file))?;
                crate::cli_people::print_import_summary(cli, &store, &r)?;
                Ok(0)
            }
        },
        Command::Report { what: Some(ReportWhat::Items { course, format, out }), .. } => {
            crate::cli_stats::report_items(cli, course, *format, out.as_ref())
        }
        Command::Report { what: None, format, course: course_id, out, active_only } => {
            if let Some(out) = out {
                cli.check_output(out)?;
            }
            let store = open_store_for_reading(cli)?;
            let catalog = cli.catalog();
            let mut rows = Vec::new();
            for c in catalog.courses.iter().filter(|c| course_id.as_ref().is_none_or(|id| c.id() == id)) {
                rows.extend(store.report(c)?);
            }
            if *active_only {
                rows.retain(|r| r.learner_state == progress::LearnerState::Active);
            }
            if let Some(id) = course_id.as_ref().filter(|id| !catalog.courses.iter().any(|c| c.id() == *id)) {
                bail!("no course with id '{id}' is installed in {}", cli.courses_dir().display());
            }
            let text = match format {
                ReportFormat::Csv => progress::report_csv(&rows)?,
                ReportFormat::Json => serde_json::to_string_pretty(&serde_json::json!({ "rows": rows }))?,
            };
            match out {
                Some(path) => write_file(path, text.as_bytes(), Access::Shared)?,
                None => out!("{text}"),
            }
            Ok(0)
        }
        Command::GenerateDemo { learners, seed, course: course_id } => {
            let store = open_store(cli)?;
            let catalog = cli.catalog();
            let c = match course_id {
                Some(id) => catalog.courses.iter().find(|c| c.id() == id),
                None => catalog.courses.first(),
            }
            .with_context(|| format!("no such course in {}", cli.courses_dir().display()))?;
            let r = progress::demo::generate_demo(&store, c, *learners, *seed)?;
            outln!("Generated {} learners with {} facts in {}", r.learners, r.facts, c.id());
            Ok(0)
        }
        Command::Backup { out } => {
            cli.check_output(out)?;
            let store = open_store_for_reading(cli)?;
            store.backup_to(out)?;
            outln!("Backed up to {}", out.display());
            Ok(0)
        }
        Command::Restore { file } => {
            let db = cli.database_path()?;
            if health::open_in_window(&db) {
                return Err(Problem::new("db-locked").path("path", &db).into());
            }
            progress::backup::restore(file, &db)
                .map_err(|why| Problem::new("restore-failed").path("path", file).sub("detail", why))?;
            let aside = db.with_extension("sqlite.before-restore");
            let tr = Tr::new(&cli.message_language());
            outln!(
                "{}",
                tr.problem(&Problem::new("restore-done").path("db", &db).path("path", file).path("aside", &aside))
            );
            Ok(0)
        }
        Command::Xapi { action } => crate::cli_xapi::xapi_command(cli, action),
        Command::Trainer { action: TrainerAction::SetPassphrase } => crate::cli_trainer::set_passphrase(cli),
        Command::Org { action } => crate::cli_trust::org_command(&open_store(cli)?, action, &Tr::new(&cli.language())),
        Command::Trust { action } => {
            crate::cli_trust::trust_command(&open_store(cli)?, action, &Tr::new(&cli.language()))
        }
        Command::Learners { action } => {
            let store = match action {
                LearnersAction::List => open_store_for_reading(cli)?,
                _ => open_store(cli)?,
            };
            match action {
                LearnersAction::List => {
                    let learners = store.learners()?;
                    if learners.is_empty() {
                        outln!("No learners yet. Add one with: cpms-player learners add NAME");
                    }
                    for l in learners {
                        outln!("{}\t{}\t{}{}", l.id, l.name, l.language, if l.has_pin { "\tPIN" } else { "" });
                    }
                }
                LearnersAction::Add { name, pin } => {
                    let l = store.add_learner(name, pin.as_deref(), &cli.language())?;
                    outln!("Added {} ({})", l.name, l.id);
                }
                LearnersAction::Import { file } => crate::cli_people::import_learners(cli, &store, file)?,
                LearnersAction::Rename { learner, new_name } => {
                    let l = store.find_learner(learner)?;
                    store.rename_learner(&l.id, new_name)?;
                    outln!("Renamed {} to {}", l.name, new_name.trim());
                }
                LearnersAction::SetPin { learner, pin, remove } => {
                    let pin = match (pin.as_deref(), remove) {
                        (Some(_), true) => return Err(Problem::new("pin-and-remove").into()),
                        (None, false) => return Err(Problem::new("pin-missing").into()),
                        (Some(p), false) if p.trim().is_empty() => return Err(Problem::new("pin-empty").into()),
                        (pin, _) => pin,
                    };
                    let l = store.find_learner(learner)?;
                    store.set_pin(&l.id, pin)?;
                    outln!("{} for {}", if pin.is_some() { "PIN set" } else { "PIN removed" }, l.name);
                }
                LearnersAction::Remove { learner } => {
                    let l = store.find_learner(learner)?;
                    store.remove_learner(&l.id)?;
                    outln!(
                        "Removed {} from this laptop (nothing is deleted; still in reports; undo: learners unremove {})",
                        l.name,
                        l.id
                    );
                }
                LearnersAction::Unremove { learner_id } => {
                    if !store.learner_id_known(learner_id)? {
                        return Err(Problem::new("link-unknown-id").arg("id", learner_id.as_str()).into());
                    }
                    store.unhide_learner(learner_id)?;
                    outln!("{learner_id} is shown on this laptop again");
                }
                LearnersAction::Archive { learner } | LearnersAction::Unarchive { learner } => {
                    let archive = matches!(action, LearnersAction::Archive { .. });
                    let l = store.find_learner(learner)?;
                    store.set_archived(&l.id, archive)?;
                    outln!("{} {}", if archive { "Archived" } else { "Unarchived" }, l.name);
                }
                LearnersAction::Link { learner_id, person_id } => {
                    store.link_learner(learner_id, person_id)?;
                    let person = store.person_of(person_id)?;
                    let name = store.learner(&person)?.map(|l| l.name).unwrap_or_default();
                    outln!("Linked {learner_id} to {person} ({name}): one learner from now on");
                }
                LearnersAction::Unlink { learner_id } => {
                    store.unlink_learner(learner_id)?;
                    outln!("Unlinked {learner_id}: its own learner again");
                }
                LearnersAction::Duplicates => {
                    let tr = Tr::new(&cli.message_language());
                    for d in store.likely_duplicates()? {
                        outln!(
                            "{}",
                            tr.problem(
                                &Problem::new("import-duplicate").arg("name", d.name).arg("ids", d.ids.join(", "))
                            )
                        );
                    }
                }
            }
            Ok(0)
        }
    }
}
