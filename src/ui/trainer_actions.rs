//! What the trainer area does: every file dialog (rfd) and every store call of the trainer
//! screens happens here, never in the screen itself.

use super::tasks::{Ask, Outcome, Picked, Reload, Task};
use super::trainer::TrainerScreen;
use super::{Action, CpmsApp, Place, Screen};
use crate::progress::{Store, backup, report_csv};
use std::path::PathBuf;

impl CpmsApp {
    pub(super) fn open_trainer(&mut self) -> Result<(), String> {
        let has = self.store.has_trainer_passphrase().map_err(|e| e.localized(&self.tr))?;
        let mut screen = TrainerScreen::new(has);
        screen.can_set_here = self.store.trainer_setup_open().map_err(|e| e.localized(&self.tr))?;
        let wait = self.store.pin_wait_secs(&crate::progress::TRAINER).map_err(|e| e.localized(&self.tr))?;
        screen.set_wait(wait);
        self.screen = Screen::Trainer(Box::new(screen));
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
    pub(super) fn refresh_trainer(&mut self) -> Result<(), String> {
        let learners = self.store.learners().map_err(|e| e.localized(&self.tr))?;
        let archived = self.store.archived_learners().map_err(|e| e.localized(&self.tr))?;
        let mut rows = Vec::new();
        let mut columns = Vec::new();
        for c in &self.catalog.courses {
            rows.extend(self.store.report(c).map_err(|e| e.localized(&self.tr))?);
            let content = c.language(self.tr.lang());
            columns.push((c.id().clone(), content.modules.iter().map(|m| (m.id.clone(), m.title.clone())).collect()));
        }
        let installed = self
            .catalog
            .courses
            .iter()
            .map(|c| {
                let line = format!("{} — {} ({})", c.id(), c.title(self.tr.lang()), c.manifest.version);
                // An installed context pack is named beside its course.
                match &c.context {
                    Some(pack) => {
                        let name = crate::course::context::ContextPack::pick(&pack.name, self.tr.lang(), &c.manifest);
                        format!("{line} · {}", self.tr.ta("about-context-by", &[("name", name.into())]))
                    }
                    None => line,
                }
            })
            .collect();
        let pin_locked = learners
            .iter()
            .filter(|l| self.store.pin_failures(&l.id).is_ok_and(|(n, _)| n >= crate::progress::FREE_TRIES))
            .map(|l| l.id.clone())
            .collect();
        let final_attempts = self.store.final_attempts_per_day().map_err(|e| e.localized(&self.tr))?;
        if let Screen::Trainer(t) = &mut self.screen {
            t.final_attempts = final_attempts.to_string();
            t.learners = learners;
            t.archived = archived;
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
        let lang = self.tr.lang().to_string();
        let err = |e: crate::progress::StoreError| e.localized(&crate::i18n::Tr::new(&lang));
        if let Action::TrainerUnlock(pass) = &action {
            // After 5 wrong passphrases in a row, each try waits longer, as for learners' PINs.
            let who: &crate::ids::LearnerId = &crate::progress::TRAINER;
            let wait = self.store.pin_wait_secs(who).map_err(err)?;
            if wait > 0 {
                if let Screen::Trainer(t) = &mut self.screen {
                    t.set_wait(wait);
                }
                return Err(self.tr.ta("trainer-wait", &[("seconds", wait.into())]));
            }
            if !self.store.check_trainer_passphrase(pass).map_err(err)? {
                self.store.record_pin_failure(who).map_err(err)?;
                let wait = self.store.pin_wait_secs(who).map_err(err)?;
                if let Screen::Trainer(t) = &mut self.screen {
                    t.set_wait(wait);
                }
                return Err(self.tr.t("trainer-wrong-passphrase"));
            }
            self.store.clear_pin_failures(who).map_err(err)?;
            if let Screen::Trainer(t) = &mut self.screen {
                t.unlocked = true;
            }
            return self.refresh_trainer();
        }
        if let Action::TrainerSetPassphrase(a, b) = &action {
            // Chosen in the app only on a laptop being prepared (no passphrase, no learner yet).
            if !self.store.trainer_setup_open().map_err(err)? {
                return Err(self.tr.t("trainer-setup-cli"));
            }
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
            Action::TrainerArchiveLearner { id } => {
                let name = self.store.learner(&id).map_err(err)?.map(|l| l.name).unwrap_or_default();
                self.store.set_archived(&id, true).map_err(err)?;
                self.trainer_message(self.tr.ta("learner-archived", &[("name", name.into())]), Vec::new());
            }
            Action::TrainerUnarchiveLearner { id } => {
                let name = self.store.learner(&id).map_err(err)?.map(|l| l.name).unwrap_or_default();
                self.store.set_archived(&id, false).map_err(err)?;
                self.trainer_message(self.tr.ta("learner-unarchived", &[("name", name.into())]), Vec::new());
            }
            Action::TrainerLinkLearners { id, person } => {
                let name_of = |id: &crate::ids::LearnerId| {
                    self.store.learner(id).ok().flatten().map(|l| l.name).unwrap_or_default()
                };
                let (name, other) = (name_of(&id), name_of(&person));
                self.store.link_learner(&id, &person).map_err(|e| e.localized(&self.tr))?;
                let args = [("name", name.into()), ("other", other.into())];
                self.trainer_message(self.tr.ta("learners-linked", &args), Vec::new());
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
                let typed = self.trainer().map(|t| t.path.clone()).unwrap_or_default();
                let path = match super::tasks::pick(&typed, Ask::Open { kind: "CSV", extensions: &["csv", "txt"] }) {
                    Picked::One(p) => p,
                    Picked::NoDialog => return Err(self.tr.t("no-file-dialog")),
                    _ => return Ok(()),
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
            Action::TrainerExportReport
            | Action::TrainerExportBundle
            | Action::TrainerImportBundles
            | Action::TrainerInstallCourse { .. }
            | Action::TrainerAddContext
            | Action::TrainerBackup
            | Action::TrainerRestore => return self.start_task(action),
            Action::TrainerTaskFinished => return self.finish_task(),
            Action::TrainerSetFinalAttempts(text) => {
                let Some(max) = text.parse::<u32>().ok().filter(|n| *n <= 99) else {
                    return Err(self.tr.ta("final-attempts-invalid", &[("value", text.into())]));
                };
                self.store.set_final_attempts_per_day(max).map_err(err)?;
                self.trainer_message(self.tr.ta("final-attempts-saved", &[("n", max.into())]), Vec::new());
                self.refresh_trainer()?;
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
        let lang = self.tr.lang().to_string();
        std::thread::spawn(move || {
            let auth = crate::xapi::Auth::new(user, password);
            let outcome = Store::open(&db).map_err(|e| e.localized(&crate::i18n::Tr::new(&lang))).and_then(|store| {
                crate::xapi::sync(&store, &courses, &endpoint, &auth, crate::xapi::DEFAULT_BATCH, |p| {
                    if let Ok(mut s) = shared.lock() {
                        s.sent = p.sent;
                        s.total = p.total;
                    }
                })
                .map_err(|e| match e {
                    crate::xapi::XapiError::Store(e) => e.localized(&crate::i18n::Tr::new(&lang)),
                    crate::xapi::XapiError::Problem(p) => crate::i18n::Tr::new(&lang).problem(&p),
                    other => other.to_string(),
                })
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

impl CpmsApp {
    /// Ask for the file(s) a long trainer action needs (the typed path, else the native dialog),
    /// then run it on a thread of its own; the screen shows it running.
    fn start_task(&mut self, action: Action) -> Result<(), String> {
        let Some(t) = self.trainer() else { return Ok(()) };
        let running = t.task.as_ref().map(|r| r.label.clone());
        let typed = t.path.clone();
        if let Some(what) = running {
            return Err(self.tr.ta("task-busy", &[("what", what.into())]));
        }
        let db = self.store.path().map(PathBuf::from).ok_or("no database file")?;
        let courses_dir = self.courses_dir.clone();
        let lang = self.tr.lang().to_string();
        let ask = match &action {
            Action::TrainerExportReport => Ask::Save { name: "cpms-report.csv", kind: "CSV", extension: "csv" },
            Action::TrainerExportBundle => Ask::Save { name: "cpms-progress.json", kind: "JSON", extension: "json" },
            Action::TrainerImportBundles => Ask::OpenMany { kind: "JSON", extensions: &["json"] },
            Action::TrainerInstallCourse { zip: true } => Ask::Open { kind: "ZIP", extensions: &["zip"] },
            Action::TrainerInstallCourse { zip: false } => Ask::Folder,
            Action::TrainerAddContext => Ask::Open { kind: "RON", extensions: &["ron"] },
            Action::TrainerBackup => Ask::Save { name: "cpms-backup.sqlite", kind: "SQLite", extension: "sqlite" },
            _ => Ask::Open { kind: "SQLite", extensions: &["sqlite", "db"] },
        };
        let paths = match super::tasks::pick(&typed, ask) {
            Picked::One(p) => vec![p],
            Picked::Many(ps) => ps,
            Picked::Cancelled => return Ok(()),
            Picked::NoDialog => return Err(self.tr.t("no-file-dialog")),
        };
        let Some(path) = paths.first().cloned() else { return Ok(()) };
        // Exports never write over the database, its backups or the courses.
        if matches!(action, Action::TrainerExportReport | Action::TrainerExportBundle | Action::TrainerBackup) {
            crate::progress::paths::check_output(&db, &courses_dir, &path).map_err(|p| self.tr.problem(&p))?;
        }
        let shown = path.display().to_string();
        let (label, task) = match action {
            Action::TrainerExportReport => {
                let courses = self.catalog.courses.clone();
                let label = self.tr.ta("task-export-report", &[("path", shown.clone().into())]);
                (
                    label.clone(),
                    Task::spawn(label, move || {
                        let tr = crate::i18n::Tr::new(&lang);
                        let store = Store::open(&db).map_err(|e| e.localized(&tr))?;
                        let mut rows = Vec::new();
                        for c in &courses {
                            rows.extend(store.report(c).map_err(|e| e.localized(&tr))?);
                        }
                        let csv = report_csv(&rows).map_err(|e| e.to_string())?;
                        write(&tr, &path, csv.as_bytes(), crate::platform::Access::Shared)?;
                        Ok(done(tr.ta("report-saved", &[("path", shown.into())]), Reload::Lists))
                    }),
                )
            }
            Action::TrainerExportBundle => {
                let label = self.tr.ta("task-export-bundle", &[("path", shown.clone().into())]);
                (
                    label.clone(),
                    Task::spawn(label, move || {
                        let tr = crate::i18n::Tr::new(&lang);
                        let store = Store::open(&db).map_err(|e| e.localized(&tr))?;
                        let bundle = store.export_bundle().map_err(|e| e.localized(&tr))?;
                        let json = serde_json::to_vec(&bundle).map_err(|e| e.to_string())?;
                        // Names and progress: owner-only, as `export-progress` writes it.
                        write(&tr, &path, &json, crate::platform::Access::Private)?;
                        Ok(done(tr.ta("bundle-saved", &[("path", shown.into())]), Reload::Lists))
                    }),
                )
            }
            Action::TrainerImportBundles => {
                let label = self.tr.ta("task-import-bundles", &[("count", paths.len().into())]);
                let meter = std::sync::Arc::new(crate::progress::Meter::default());
                let shared = meter.clone();
                (
                    label.clone(),
                    Task::spawn_metered(label, meter, move || {
                        let tr = crate::i18n::Tr::new(&lang);
                        let store = Store::open(&db).map_err(|e| e.localized(&tr))?;
                        let r = store.import_bundle_files_metered(&paths, &shared).map_err(|e| e.localized(&tr))?;
                        let message = tr.ta(
                            "bundles-imported",
                            &[
                                ("facts", r.facts_added.into()),
                                ("learners", r.learners_added.into()),
                                ("known", r.facts_known.into()),
                            ],
                        );
                        let mut details = Vec::new();
                        if r.facts_unsigned > 0 {
                            details.push(tr.ta("import-unsigned-facts", &[("count", r.facts_unsigned.into())]));
                        }
                        Ok(Outcome { message, details, reload: Reload::Lists })
                    }),
                )
            }
            Action::TrainerInstallCourse { .. } => {
                let label = self.tr.ta("task-install-course", &[("path", shown.into())]);
                (
                    label.clone(),
                    Task::spawn(label, move || {
                        let tr = crate::i18n::Tr::new(&lang);
                        match crate::course::install::install_course(&path, &courses_dir) {
                            Ok(s) => Ok(done(
                                tr.ta(
                                    "course-installed",
                                    &[
                                        ("id", (&s.id).into()),
                                        ("modules", s.modules.into()),
                                        ("lessons", s.lessons.into()),
                                        ("items", s.items.into()),
                                    ],
                                ),
                                Reload::Courses,
                            )),
                            Err(problems) => Ok(Outcome {
                                message: tr.t("course-refused"),
                                details: problems.iter().map(|d| d.to_string()).collect(),
                                reload: Reload::Lists,
                            }),
                        }
                    }),
                )
            }
            Action::TrainerAddContext => {
                // The pack names its course; it is checked against that course before it counts.
                let courses: Vec<(PathBuf, crate::course::Manifest)> =
                    self.catalog.courses.iter().map(|c| (c.dir.clone(), c.manifest.clone())).collect();
                let label = self.tr.ta("task-add-context", &[("path", shown.into())]);
                (
                    label.clone(),
                    Task::spawn(label, move || {
                        let tr = crate::i18n::Tr::new(&lang);
                        match crate::course::context::add_pack(&path, None, &courses) {
                            Ok((course, pack)) => Ok(done(
                                tr.ta(
                                    "context-added",
                                    &[
                                        ("course", course.into_string().into()),
                                        ("referrals", pack.referrals.len().into()),
                                        ("terms", pack.terms.len().into()),
                                        ("examples", pack.examples.len().into()),
                                    ],
                                ),
                                Reload::Courses,
                            )),
                            Err(problems) => Ok(Outcome {
                                message: tr.t("context-refused"),
                                details: problems.iter().map(|p| tr.problem(&p.located())).collect(),
                                reload: Reload::Lists,
                            }),
                        }
                    }),
                )
            }
            Action::TrainerBackup => {
                let label = self.tr.ta("task-backup", &[("path", shown.clone().into())]);
                let meter = std::sync::Arc::new(crate::progress::Meter::default());
                let shared = meter.clone();
                (
                    label.clone(),
                    Task::spawn_metered(label, meter, move || {
                        let tr = crate::i18n::Tr::new(&lang);
                        let store = Store::open(&db).map_err(|e| e.localized(&tr))?;
                        store.backup_to_metered(&path, &shared).map_err(|e| e.localized(&tr))?;
                        Ok(done(tr.ta("backup-saved", &[("path", shown.into())]), Reload::Lists))
                    }),
                )
            }
            _ => {
                // Restore: check the file first (quick), then let go of the database while the
                // backup takes its place; it is opened again when the task ends.
                backup::check_database(&path).map_err(|p| self.tr.problem(&p))?;
                self.reopen = Some(db.clone());
                self.store = Store::open_in_memory().map_err(|e| e.localized(&self.tr))?;
                let label = self.tr.ta("task-restore", &[("path", shown.clone().into())]);
                (
                    label.clone(),
                    Task::spawn(label, move || {
                        let tr = crate::i18n::Tr::new(&lang);
                        backup::restore(&path, &db).map_err(|p| tr.problem(&p))?;
                        Ok(done(tr.ta("restored", &[("path", shown.into())]), Reload::Database))
                    }),
                )
            }
        };
        let _ = label;
        if let Screen::Trainer(t) = &mut self.screen {
            t.task = Some(task);
            t.message = None;
            t.details.clear();
        }
        Ok(())
    }

    /// A task ended: show how, and reload what it changed.
    fn finish_task(&mut self) -> Result<(), String> {
        let Screen::Trainer(t) = &mut self.screen else { return Ok(()) };
        let Some(task) = t.task.take() else { return Ok(()) };
        let outcome = task.take_outcome();
        let reload = outcome.as_ref().and_then(|o| o.as_ref().ok()).map(|o| o.reload);
        // A restore let go of the database: open it again, whether it worked or not.
        if let Some(db) = self.reopen.take() {
            self.store = Store::open(&db).map_err(|e| e.localized(&self.tr))?;
        }
        if reload == Some(Reload::Courses) {
            self.catalog = crate::course::load_catalog(&self.courses_dir);
        }
        match outcome {
            Some(Ok(o)) => self.trainer_message(o.message, o.details),
            Some(Err(problem)) => self.trainer_message(problem, Vec::new()),
            None => {}
        }
        self.refresh_trainer()
    }
}

fn done(message: String, reload: Reload) -> Outcome {
    Outcome { message, details: Vec::new(), reload }
}

/// Write a file whole or not at all (an earlier file stays as it was if this fails).
fn write(
    tr: &crate::i18n::Tr,
    path: &std::path::Path,
    bytes: &[u8],
    access: crate::platform::Access,
) -> Result<(), String> {
    crate::platform::write_durably(path, bytes, access).map_err(|e| {
        tr.problem(&crate::problem::Problem::new("cannot-write").path("path", path).arg("error", e.to_string()))
    })
}
