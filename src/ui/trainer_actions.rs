//! What the trainer area does: every file dialog (rfd) and every store call of the trainer
//! screens happens here, never in the screen itself.

use super::trainer::TrainerScreen;
use super::{Action, CpmsApp, Place, Screen};
use crate::progress::{Store, backup, report_csv};
use std::path::PathBuf;

impl CpmsApp {
    pub(super) fn open_trainer(&mut self) -> Result<(), String> {
        let has = self.store.has_trainer_passphrase().map_err(|e| e.to_string())?;
        self.screen = Screen::Trainer(Box::new(TrainerScreen::new(has)));
        self.place = Place::Other;
        Ok(())
    }

    fn trainer(&mut self) -> Option<&mut TrainerScreen> {
        match &mut self.screen {
            Screen::Trainer(t) if t.unlocked => Some(t),
            _ => None,
        }
    }

    /// Reload what the trainer screens show.
    fn refresh_trainer(&mut self) -> Result<(), String> {
        let learners = self.store.learners().map_err(|e| e.to_string())?;
        let mut rows = Vec::new();
        let mut columns = Vec::new();
        for c in &self.catalog.courses {
            rows.extend(self.store.report(c).map_err(|e| e.to_string())?);
            let content = c.language(self.tr.lang());
            columns
                .push((c.id().to_string(), content.modules.iter().map(|m| (m.id.clone(), m.title.clone())).collect()));
        }
        let installed = self
            .catalog
            .courses
            .iter()
            .map(|c| format!("{} — {} ({})", c.id(), c.title(self.tr.lang()), c.manifest.version))
            .collect();
        let pin_locked = learners
            .iter()
            .filter(|l| self.store.pin_failures(&l.id).is_ok_and(|(n, _)| n >= crate::progress::FREE_TRIES))
            .map(|l| l.id.clone())
            .collect();
        if let Screen::Trainer(t) = &mut self.screen {
            t.learners = learners;
            t.pin_locked = pin_locked;
            t.rows = rows;
            t.columns = columns;
            t.installed = installed;
        }
        Ok(())
    }

    fn trainer_message(&mut self, message: String, details: Vec<String>) {
        if let Some(t) = self.trainer() {
            t.message = Some(message);
            t.details = details;
            t.clear_forms();
        }
    }

    /// Carry out a trainer action (called from `try_apply`).
    pub(super) fn trainer_action(&mut self, action: Action) -> Result<(), String> {
        let err = |e: crate::progress::StoreError| e.to_string();
        if let Action::TrainerUnlock(pass) = &action {
            if !self.store.check_trainer_passphrase(pass).map_err(err)? {
                return Err(self.tr.t("trainer-wrong-passphrase"));
            }
            if let Screen::Trainer(t) = &mut self.screen {
                t.unlocked = true;
            }
            return self.refresh_trainer();
        }
        if let Action::TrainerSetPassphrase(a, b) = &action {
            if a != b {
                return Err(self.tr.t("trainer-passphrases-differ"));
            }
            self.store.set_trainer_passphrase(a).map_err(|e| e.localized(&self.tr))?;
            if let Screen::Trainer(t) = &mut self.screen {
                t.unlocked = true;
                t.has_passphrase = true;
            }
            return self.refresh_trainer();
        }
        if self.trainer().is_none() {
            return Err(self.tr.t("trainer-locked"));
        }
        let lang = self.tr.lang().to_string();
        match action {
            Action::TrainerAddLearner { name, pin } => {
                let pin = (!pin.is_empty()).then_some(pin.as_str());
                self.store.add_learner(&name, pin, &lang).map_err(|e| e.localized(&self.tr))?;
                self.trainer_message(self.tr.ta("learners-added", &[("count", 1u32.into())]), Vec::new());
            }
            Action::TrainerUpdateLearner { id, name, pin } => {
                self.store.rename_learner(&id, &name).map_err(|e| e.localized(&self.tr))?;
                match pin.as_deref() {
                    Some("") => {}
                    other => {
                        self.store.set_pin(&id, other).map_err(|e| e.localized(&self.tr))?;
                        self.store.clear_pin_failures(&id).map_err(err)?;
                    }
                }
                self.trainer_message(self.tr.ta("learner-updated", &[("name", name.trim().into())]), Vec::new());
            }
            Action::TrainerClearPinTries { id } => {
                let name = self.store.learner(&id).map_err(err)?.map(|l| l.name).unwrap_or_default();
                self.store.clear_pin_failures(&id).map_err(err)?;
                self.trainer_message(self.tr.ta("learner-updated", &[("name", name.into())]), Vec::new());
            }
            Action::TrainerRemoveLearner { id } => {
                let name = self.store.learner(&id).map_err(err)?.map(|l| l.name).unwrap_or_default();
                self.store.remove_learner(&id).map_err(err)?;
                self.trainer_message(self.tr.ta("learner-removed", &[("name", name.into())]), Vec::new());
            }
            Action::TrainerImportCsv => {
                let Some(path) = rfd::FileDialog::new().add_filter("CSV", &["csv", "txt"]).pick_file() else {
                    return Ok(());
                };
                let problem = |p: crate::problem::Problem| self.tr.problem(&p.path("path", &path));
                let text = match std::fs::read(&path).map(String::from_utf8) {
                    Ok(Ok(text)) => text,
                    Ok(Err(e)) => {
                        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
                        let message = problem(crate::problem::Problem::new("csv-not-text").num("line", line as f64));
                        self.trainer_message(message, Vec::new());
                        return self.refresh_trainer();
                    }
                    Err(e) => {
                        let message = problem(crate::problem::Problem::new("cannot-read").arg("error", e.to_string()));
                        self.trainer_message(message, Vec::new());
                        return self.refresh_trainer();
                    }
                };
                // Problems in the trainer's language, each with its true line.
                match crate::progress::learners_csv::parse(&text, &lang) {
                    // PINs are hashed slowly on purpose (argon2): on a thread of its own with its
                    // own connection, the window keeps painting and shows the progress.
                    Ok(rows) => self.start_csv_import(rows)?,
                    Err(problems) => {
                        let details = problems
                            .iter()
                            .map(|p| {
                                if p.line > 0 {
                                    problem(
                                        crate::problem::Problem::new("csv-problem")
                                            .num("line", p.line as f64)
                                            .arg("message", self.tr.problem(&p.problem)),
                                    )
                                } else {
                                    problem(p.problem.clone())
                                }
                            })
                            .collect();
                        self.trainer_message(
                            self.tr.problem(&crate::problem::Problem::new("csv-nothing-added")),
                            details,
                        )
                    }
                }
            }
            Action::TrainerExportReport => {
                let mut rows = Vec::new();
                for c in &self.catalog.courses {
                    rows.extend(self.store.report(c).map_err(err)?);
                }
                let csv = report_csv(&rows).map_err(|e| e.to_string())?;
                let Some(path) = save_dialog("cpms-report.csv", "CSV", "csv") else { return Ok(()) };
                std::fs::write(&path, csv).map_err(|e| format!("{}: {e}", path.display()))?;
                self.trainer_message(
                    self.tr.ta("report-saved", &[("path", path.display().to_string().into())]),
                    Vec::new(),
                );
            }
            Action::TrainerExportBundle => {
                let bundle = self.store.export_bundle().map_err(err)?;
                let json = serde_json::to_string(&bundle).map_err(|e| e.to_string())?;
                let name =
                    format!("cpms-progress-{}.json", &self.store.device_id()[..8.min(self.store.device_id().len())]);
                let Some(path) = save_dialog(&name, "JSON", "json") else { return Ok(()) };
                std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
                self.trainer_message(
                    self.tr.ta("bundle-saved", &[("path", path.display().to_string().into())]),
                    Vec::new(),
                );
            }
            Action::TrainerImportBundles => {
                let Some(paths) = rfd::FileDialog::new().add_filter("JSON", &["json"]).pick_files() else {
                    return Ok(());
                };
                let r = self.store.import_bundle_files(&paths).map_err(err)?;
                let msg = self.tr.ta(
                    "bundles-imported",
                    &[
                        ("facts", r.facts_added.into()),
                        ("learners", r.learners_added.into()),
                        ("known", r.facts_known.into()),
                    ],
                );
                self.trainer_message(msg, Vec::new());
            }
            Action::TrainerInstallCourse { zip } => {
                let picked = if zip {
                    rfd::FileDialog::new().add_filter("ZIP", &["zip"]).pick_file()
                } else {
                    rfd::FileDialog::new().pick_folder()
                };
                let Some(source) = picked else { return Ok(()) };
                let dir = self.courses_dir.clone();
                match crate::course::install::install_course(&source, &dir) {
                    Ok(s) => {
                        self.catalog = crate::course::load_catalog(&dir);
                        let msg = self.tr.ta(
                            "course-installed",
                            &[
                                ("id", (&s.id).into()),
                                ("modules", s.modules.into()),
                                ("lessons", s.lessons.into()),
                                ("items", s.items.into()),
                            ],
                        );
                        self.trainer_message(msg, Vec::new());
                    }
                    Err(problems) => {
                        let lines = problems.iter().map(|d| d.to_string()).collect();
                        self.trainer_message(self.tr.t("course-refused"), lines);
                    }
                }
            }
            Action::TrainerBackup => {
                let Some(path) = save_dialog("cpms-backup.sqlite", "SQLite", "sqlite") else { return Ok(()) };
                self.store.backup_to(&path).map_err(err)?;
                self.trainer_message(
                    self.tr.ta("backup-saved", &[("path", path.display().to_string().into())]),
                    Vec::new(),
                );
            }
            Action::TrainerRestore => {
                let Some(from) = rfd::FileDialog::new().add_filter("SQLite", &["sqlite", "db"]).pick_file() else {
                    return Ok(());
                };
                let Some(db) = self.store.path().map(PathBuf::from) else { return Ok(()) };
                backup::check_database(&from)?;
                // Close the database, put the backup in its place, open it again.
                self.store = Store::open_in_memory().map_err(err)?;
                let restored = backup::restore(&from, &db);
                self.store = Store::open(&db).map_err(err)?;
                restored?;
                self.trainer_message(
                    self.tr.ta("restored", &[("path", from.display().to_string().into())]),
                    Vec::new(),
                );
            }
            Action::TrainerXapiSync { endpoint, user, password } => self.start_xapi_sync(endpoint, user, password)?,
            Action::TrainerStats => self.start_item_stats()?,
            Action::TrainerVerify(input) => {
                // The same answer as `cpms-player verify`: valid and by whom, issuer not trusted,
                // revoked, not valid (and why), or an older certificate.
                let text = match crate::certificate::verify(&self.store, &input) {
                    Ok(verdict) => verdict.describe(&self.tr),
                    Err(e) => e.localized(&self.tr),
                };
                if let Some(t) = self.trainer() {
                    t.verify_result = Some(text);
                }
            }
            Action::TrainerCsvImported => {
                let state = self.trainer().and_then(|t| t.csv_import.take());
                let outcome = state.and_then(|s| s.lock().ok().and_then(|s| s.outcome.clone()));
                match outcome {
                    Some(Ok((added, already))) => {
                        let mut details = Vec::new();
                        if !already.is_empty() {
                            details.push(
                                self.tr.problem(
                                    &crate::problem::Problem::new("csv-already-there")
                                        .num("count", already.len() as f64)
                                        .arg("names", already.join(", ")),
                                ),
                            );
                        }
                        self.trainer_message(self.tr.ta("learners-added", &[("count", added.into())]), details);
                    }
                    Some(Err(problem)) => self.trainer_message(problem, Vec::new()),
                    None => {}
                }
            }
            _ => {}
        }
        self.refresh_trainer()
    }
}

impl CpmsApp {
    /// Add the learners of a checked file on a background thread with its own database
    /// connection; the screen shows how many PINs are secured and an estimate of the time left.
    fn start_csv_import(&mut self, rows: Vec<crate::progress::learners_csv::CsvLearner>) -> Result<(), String> {
        let db = self.store.path().map(PathBuf::from).ok_or("no database file")?;
        let state = std::sync::Arc::new(std::sync::Mutex::new(super::trainer::ImportState::default()));
        let shared = state.clone();
        let lang = self.tr.lang().to_string();
        std::thread::spawn(move || {
            let started = std::time::Instant::now();
            let outcome = Store::open(&db)
                .and_then(|store| {
                    store.import_learners(&rows, |done, total| {
                        if let Ok(mut s) = shared.lock() {
                            s.done = done;
                            s.total = total;
                            if done > 0 {
                                let per = started.elapsed().as_secs_f64() / done as f64;
                                s.seconds_left = Some((per * total.saturating_sub(done) as f64).ceil() as u64);
                            }
                        }
                    })
                })
                .map(|o| (o.added.len(), o.already_there))
                .map_err(|e| e.localized(&crate::i18n::Tr::new(&lang)));
            if let Ok(mut s) = shared.lock() {
                s.outcome = Some(outcome);
            }
        });
        if let Some(t) = self.trainer() {
            t.csv_import = Some(state);
        }
        Ok(())
    }

    /// Send the waiting xAPI statements in a background thread with its own database connection;
    /// the screen shows its progress.
    fn start_xapi_sync(&mut self, endpoint: String, user: String, password: String) -> Result<(), String> {
        let db = self.store.path().map(PathBuf::from).ok_or("no database file")?;
        let courses = self.catalog.courses.clone();
        let state = std::sync::Arc::new(std::sync::Mutex::new(super::trainer::SyncState::default()));
        let shared = state.clone();
        std::thread::spawn(move || {
            let auth = crate::xapi::Auth::new(user, password);
            let outcome = Store::open(&db).map_err(|e| e.to_string()).and_then(|store| {
                crate::xapi::sync(&store, &courses, &endpoint, &auth, crate::xapi::DEFAULT_BATCH, |p| {
                    if let Ok(mut s) = shared.lock() {
                        s.sent = p.sent;
                        s.total = p.total;
                    }
                })
                .map_err(|e| e.to_string())
            });
            if let Ok(mut s) = shared.lock() {
                match outcome {
                    Ok(r) => {
                        s.sent = r.sent;
                        s.left = r.left;
                        s.problem = r.stopped;
                    }
                    Err(e) => s.problem = Some(e),
                }
                s.finished = true;
            }
        });
        if let Some(t) = self.trainer() {
            t.sync = Some(state);
        }
        Ok(())
    }
}

fn save_dialog(name: &str, kind: &str, ext: &str) -> Option<PathBuf> {
    rfd::FileDialog::new().add_filter(kind, &[ext]).set_file_name(name).save_file()
}
