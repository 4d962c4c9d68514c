//! Trainer area, behind a passphrase: learners (add, CSV import, rename, PIN, remove with
//! confirmation), a learner × module dashboard, installing courses, progress bundles, reports
//! and backups. The screen only holds what it shows; `CpmsApp` does the work (trainer_actions.rs).

use super::Action;
use super::widgets::{Field, View};
use crate::ids::{CourseId, LearnerId};
use crate::progress::{Learner, ReportRow};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Learners,
    Dashboard,
    Courses,
    Data,
    /// Item analysis charts (trainer_stats.rs).
    Stats,
}

/// Learner being edited: (id, new name, new PIN).
type Editing = (LearnerId, String, String);

pub struct TrainerScreen {
    pub unlocked: bool,
    pub has_passphrase: bool,
    /// The passphrase may be chosen here (a laptop with none and no learner yet).
    pub can_set_here: bool,
    /// After too many wrong passphrases: no try before this time (Unix ms).
    wait_until: Option<i64>,
    /// Put the keyboard in the passphrase field on the next frame.
    focus_pass: bool,
    pass: String,
    pass_again: String,
    pub tab: Tab,
    pub learners: Vec<Learner>,
    /// Archived profiles (not in the list above; they can be brought back).
    pub archived: Vec<Learner>,
    /// Report rows of every course, and (course title, module ids and titles) for the columns.
    pub rows: Vec<ReportRow>,
    pub columns: Vec<(CourseId, Vec<(crate::ids::ModuleId, String)>)>,
    pub installed: Vec<String>,
    new_name: String,
    new_pin: String,
    editing: Option<Editing>,
    confirm_remove: Option<(LearnerId, String)>,
    /// Archive and "same person" questions (trainer_people.rs).
    people: super::trainer_people::People,
    /// The outcome of the last action, and the lines of a validation report.
    pub message: Option<String>,
    pub details: Vec<String>,
    lrs_endpoint: String,
    lrs_user: String,
    lrs_password: String,
    /// What the trainer typed to verify a certificate (code, QR text or PDF path), and the answer.
    verify_input: String,
    pub verify_result: Option<String>,
    /// Progress of an xAPI sync running in the background, written by its thread.
    pub sync: Option<std::sync::Arc<std::sync::Mutex<SyncState>>>,
    /// A learners import running in the background (PINs are hashed slowly on purpose).
    pub csv_import: Option<std::sync::Arc<std::sync::Mutex<ImportState>>>,
    /// Learners who must wait after too many wrong PINs (the trainer can clear that).
    pub pin_locked: std::collections::BTreeSet<LearnerId>,
    /// The long task running in the background (merge, export, install, backup, restore).
    pub task: Option<super::tasks::Task>,
    /// A file or folder path typed by the trainer: used instead of the file dialog (needed where
    /// no dialog can open); several files separated by `;`.
    pub path: String,
    /// The limit of final attempts per learner in 24 hours, as typed (Courses tab).
    pub final_attempts: String,
    /// The item statistics computed in the background (trainer_stats.rs).
    pub stats: Option<std::sync::Arc<std::sync::Mutex<super::trainer_stats::StatsState>>>,
}

/// What the background learners import reports to the screen.
#[derive(Debug, Clone, Default)]
pub struct ImportState {
    pub done: usize,
    pub total: usize,
    /// Seconds left, estimated from the PINs secured so far.
    pub seconds_left: Option<u64>,
    /// Set when the import ended: the learners added and those already there, or the problem.
    pub outcome: Option<Result<(usize, Vec<String>), String>>,
}

/// What the background xAPI sync reports to the screen.
#[derive(Debug, Clone, Default)]
pub struct SyncState {
    pub sent: usize,
    pub total: usize,
    pub finished: bool,
    pub left: usize,
    /// Why sending stopped early, or a local error.
    pub problem: Option<String>,
}

impl TrainerScreen {
    pub fn new(has_passphrase: bool) -> Self {
        TrainerScreen {
            unlocked: false,
            has_passphrase,
            can_set_here: !has_passphrase,
            wait_until: None,
            focus_pass: true,
            pass: String::new(),
            pass_again: String::new(),
            tab: Tab::Learners,
            learners: Vec::new(),
            archived: Vec::new(),
            rows: Vec::new(),
            columns: Vec::new(),
            installed: Vec::new(),
            new_name: String::new(),
            new_pin: String::new(),
            editing: None,
            confirm_remove: None,
            people: Default::default(),
            message: None,
            details: Vec::new(),
            lrs_endpoint: String::new(),
            lrs_user: String::new(),
            lrs_password: String::new(),
            verify_input: String::new(),
            verify_result: None,
            sync: None,
            csv_import: None,
            pin_locked: Default::default(),
            task: None,
            path: String::new(),
            final_attempts: String::new(),
            stats: None,
        }
    }

    /// Forget the forms after an action succeeded.
    pub fn clear_forms(&mut self) {
        self.new_name.clear();
        self.new_pin.clear();
        self.editing = None;
        self.confirm_remove = None;
        self.people.clear();
        self.pass.clear();
        self.pass_again.clear();
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "trainer", |ui| {
            if v.back(ui, &v.t("trainer-leave")) {
                action = Some(Action::LeaveTrainer);
            }
            v.heading(ui, &v.t("trainer-title"));
            if !self.unlocked {
                action = action.take().or(self.lock_ui(ui, v));
                return;
            }
            v.row(ui, |ui| {
                for (tab, key) in [
                    (Tab::Learners, "tab-learners"),
                    (Tab::Dashboard, "tab-dashboard"),
                    (Tab::Courses, "tab-courses"),
                    (Tab::Data, "tab-data"),
                    (Tab::Stats, "tab-stats"),
                ] {
                    if v.selectable(ui, self.tab == tab, &v.t(key)).clicked() {
                        if tab == Tab::Stats && self.stats.is_none() {
                            action = Some(Action::TrainerStats);
                        }
                        self.tab = tab;
                    }
                }
            });
            ui.separator();
            if let Some(m) = &self.message {
                v.text(ui, m);
            }
            for d in &self.details {
                v.weak(ui, d);
            }
            if let Some(a) = self.task_ui(ui, v) {
                action = Some(a);
            }
            let a = match self.tab {
                Tab::Learners => self.learners_ui(ui, v),
                Tab::Dashboard => {
                    self.path_ui(ui, v);
                    self.dashboard_ui(ui, v)
                }
                Tab::Courses => {
                    self.path_ui(ui, v);
                    self.courses_ui(ui, v)
                }
                Tab::Data => self.data_ui(ui, v),
                Tab::Stats => super::trainer_stats::stats_ui(&self.stats, ui, v),
            };
            action = action.take().or(a);
        });
        action
    }

    /// After a wrong passphrase: the next try in `seconds` (0: at once).
    pub fn set_wait(&mut self, seconds: i64) {
        self.wait_until = (seconds > 0).then(|| crate::progress::now_ms() + seconds * 1000);
        self.focus_pass = true;
    }

    fn lock_ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        if self.has_passphrase {
            v.text(ui, &v.t("trainer-locked"));
        } else if self.can_set_here {
            v.text(ui, &v.t("trainer-first-time"));
        } else {
            // Learners already use this laptop: whoever clicks first must not become the trainer.
            v.text(ui, &v.t("trainer-setup-cli"));
            return None;
        }
        let wait = self.wait_until.map_or(0, |until| ((until - crate::progress::now_ms()).max(0) + 999) / 1000);
        if wait > 0 {
            v.colored(ui, ui.visuals().warn_fg_color, &v.tr.ta("trainer-wait", &[("seconds", wait.into())]));
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
        }
        let enter = v.row(ui, |ui| {
            let label = v.label(ui, v.t("trainer-passphrase"));
            let r = v.field(ui, &mut self.pass, Field::new(240.0).password(true)).labelled_by(label.id);
            if std::mem::take(&mut self.focus_pass) {
                r.request_focus();
            }
            r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        });
        if self.has_passphrase {
            if (v.button_enabled(ui, wait == 0, &v.t("trainer-unlock")).clicked() || enter) && wait == 0 {
                action = Some(Action::TrainerUnlock(std::mem::take(&mut self.pass)));
            }
        } else {
            v.row(ui, |ui| {
                let label = v.label(ui, v.t("trainer-passphrase-again"));
                v.field(ui, &mut self.pass_again, Field::new(240.0).password(true)).labelled_by(label.id);
            });
            if v.button(ui, &v.t("trainer-set-passphrase")).clicked() {
                action = Some(Action::TrainerSetPassphrase(self.pass.clone(), self.pass_again.clone()));
            }
        }
        action
    }

    fn learners_ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.row(ui, |ui| {
            let label = v.label(ui, v.t("name-label"));
            v.field(ui, &mut self.new_name, Field::new(220.0)).labelled_by(label.id);
            let label = v.label(ui, v.t("pin-optional"));
            v.field(ui, &mut self.new_pin, Field::new(80.0).password(true)).labelled_by(label.id);
            if v.button(ui, &v.t("add-learner")).clicked() {
                action = Some(Action::TrainerAddLearner { name: self.new_name.clone(), pin: self.new_pin.clone() });
            }
        });
        let import = self.csv_import.as_ref().and_then(|s| s.lock().ok().map(|s| s.clone()));
        let importing = import.as_ref().is_some_and(|s| s.outcome.is_none());
        v.row(ui, |ui| {
            if v.button_enabled(ui, !importing, &v.t("import-csv")).clicked() {
                action = Some(Action::TrainerImportCsv);
            }
        });
        if let Some(s) = import {
            if s.outcome.is_some() {
                action = Some(Action::TrainerCsvImported);
            } else {
                let p = crate::problem::Problem::new("csv-progress")
                    .num("done", s.done as f64)
                    .num("total", s.total as f64)
                    .num("seconds", s.seconds_left.unwrap_or(0) as f64);
                v.label(ui, v.tr.problem(&p));
                v.progress_bar(ui, s.done as f32 / s.total.max(1) as f32, &v.t("import-csv"));
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(200));
            }
        }
        v.weak(ui, v.t("csv-hint"));
        ui.separator();
        let (mut cancel_edit, mut cancel_remove) = (false, false);
        let mut start_edit = None;
        let mut ask_remove = None;
        for l in &self.learners {
            match &mut self.editing {
                Some((id, name, pin)) if *id == l.id => {
                    v.row(ui, |ui| {
                        let label = v.label(ui, v.t("name-label"));
                        v.field(ui, name, Field::new(220.0)).labelled_by(label.id);
                        let label = v.label(ui, v.t("pin-label"));
                        v.field(ui, pin, Field::new(80.0).password(true)).labelled_by(label.id);
                        if v.button(ui, &v.t("save")).clicked() {
                            action = Some(Action::TrainerUpdateLearner {
                                id: id.clone(),
                                name: name.clone(),
                                pin: Some(pin.clone()),
                            });
                        }
                        if v.button(ui, &v.t("remove-pin")).clicked() {
                            action =
                                Some(Action::TrainerUpdateLearner { id: id.clone(), name: name.clone(), pin: None });
                        }
                        if v.button(ui, &v.t("cancel")).clicked() {
                            cancel_edit = true;
                        }
                    });
                }
                _ => {
                    v.row(ui, |ui| {
                        let label = if l.has_pin {
                            v.tr.ta("profile-with-pin", &[("name", (&l.name).into())])
                        } else {
                            l.name.clone()
                        };
                        v.strong(ui, &label, None);
                        v.weak(ui, &l.language);
                        if self.pin_locked.contains(&l.id) && v.button(ui, &v.t("clear-pin-tries")).clicked() {
                            action = Some(Action::TrainerClearPinTries { id: l.id.clone() });
                        }
                        if v.button(ui, &v.t("rename")).clicked() {
                            start_edit = Some((l.id.clone(), l.name.clone(), String::new()));
                        }
                        if v.button(ui, &v.t("remove")).clicked() {
                            ask_remove = Some((l.id.clone(), l.name.clone()));
                        }
                        self.people.buttons(ui, v, l, self.learners.len() > 1);
                    });
                }
            }
            if let Some(a) = self.people.confirm_ui(ui, v, l, &self.learners) {
                action = Some(a);
            }
            if let Some((id, name)) = &self.confirm_remove
                && *id == l.id
            {
                v.text(ui, &v.tr.ta("confirm-remove", &[("name", name.into())]));
                v.row(ui, |ui| {
                    if v.button(ui, &v.t("confirm-yes")).clicked() {
                        action = Some(Action::TrainerRemoveLearner { id: id.clone() });
                    }
                    if v.button(ui, &v.t("cancel")).clicked() {
                        cancel_remove = true;
                    }
                });
            }
        }
        if cancel_edit {
            self.editing = None;
        }
        if cancel_remove {
            self.confirm_remove = None;
        }
        if start_edit.is_some() {
            self.editing = start_edit;
        }
        if ask_remove.is_some() {
            self.confirm_remove = ask_remove;
        }
        if let Some(a) = super::trainer_people::archived_ui(ui, v, &self.archived) {
            action = Some(a);
        }
        action
    }

    fn dashboard_ui(&self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        if v.button(ui, &v.t("export-report")).clicked() {
            action = Some(Action::TrainerExportReport);
        }
        v.weak(ui, v.t("dashboard-legend"));
        if self.rows.is_empty() {
            v.label(ui, v.t("dashboard-empty"));
        }
        for (course_id, modules) in &self.columns {
            ui.add_space(6.0);
            super::trainer_dashboard::table(ui, v, course_id, modules, &self.rows);
        }
        action
    }

    fn courses_ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.row(ui, |ui| {
            if v.button(ui, &v.t("install-folder")).clicked() {
                action = Some(Action::TrainerInstallCourse { zip: false });
            }
            if v.button(ui, &v.t("install-zip")).clicked() {
                action = Some(Action::TrainerInstallCourse { zip: true });
            }
        });
        if v.button(ui, &v.t("context-add")).clicked() {
            action = Some(Action::TrainerAddContext);
        }
        ui.add_space(8.0);
        v.strong(ui, &v.t("installed-courses"), None);
        for c in &self.installed {
            v.label(ui, c);
        }
        ui.separator();
        // The attempt policy of the final assessment: at most this many attempts in 24 hours.
        v.row(ui, |ui| {
            let label = v.label(ui, v.t("final-attempts-setting"));
            v.field(ui, &mut self.final_attempts, Field::new(60.0)).labelled_by(label.id);
            if v.button(ui, &v.t("final-attempts-save")).clicked() {
                action = Some(Action::TrainerSetFinalAttempts(self.final_attempts.trim().to_string()));
            }
        });
        action
    }
}

impl TrainerScreen {
    fn data_ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        // Verify a certificate: its code, the text of its QR code, or the path of its PDF.
        v.strong(ui, &v.t("verify-heading"), None);
        v.row(ui, |ui| {
            let label = v.label(ui, v.t("verify-input"));
            v.field(ui, &mut self.verify_input, Field::new(360.0)).labelled_by(label.id);
            if v.button_enabled(ui, !self.verify_input.trim().is_empty(), &v.t("verify-button")).clicked() {
                action = Some(Action::TrainerVerify(self.verify_input.trim().to_string()));
            }
        });
        if let Some(r) = &self.verify_result {
            for line in r.lines() {
                v.text(ui, line);
            }
        }
        ui.separator();
        v.text(ui, &v.t("data-hint"));
        self.path_ui(ui, v);
        v.row(ui, |ui| {
            if v.button(ui, &v.t("export-bundle")).clicked() {
                action = Some(Action::TrainerExportBundle);
            }
            if v.button(ui, &v.t("import-bundles")).clicked() {
                action = Some(Action::TrainerImportBundles);
            }
        });
        ui.separator();
        v.row(ui, |ui| {
            if v.button(ui, &v.t("backup-now")).clicked() {
                action = Some(Action::TrainerBackup);
            }
            if v.button(ui, &v.t("restore-backup")).clicked() {
                action = Some(Action::TrainerRestore);
            }
        });
        ui.separator();
        v.strong(ui, &v.t("lrs-heading"), None);
        for (key, value, secret) in [
            ("lrs-endpoint", &mut self.lrs_endpoint, false),
            ("lrs-user", &mut self.lrs_user, false),
            ("lrs-password", &mut self.lrs_password, true),
        ] {
            v.row(ui, |ui| {
                let label = v.label(ui, v.t(key));
                v.field(ui, value, Field::new(320.0).password(secret)).labelled_by(label.id);
            });
        }
        let state = self.sync.as_ref().and_then(|s| s.lock().ok().map(|s| s.clone()));
        let running = state.as_ref().is_some_and(|s| !s.finished);
        if v.button_enabled(ui, !running, &v.t("lrs-send")).clicked() {
            action = Some(Action::TrainerXapiSync {
                endpoint: self.lrs_endpoint.clone(),
                user: self.lrs_user.clone(),
                password: self.lrs_password.clone(),
            });
        }
        if let Some(s) = state {
            if s.finished {
                v.text(ui, &v.tr.ta("lrs-done", &[("sent", s.sent.into()), ("left", s.left.into())]));
            } else {
                v.label(ui, v.tr.ta("lrs-progress", &[("sent", s.sent.into()), ("total", s.total.into())]));
                v.progress_bar(ui, s.sent as f32 / s.total.max(1) as f32, &v.t("lrs-heading"));
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(200));
            }
            if let Some(p) = &s.problem {
                v.colored(ui, ui.visuals().warn_fg_color, p);
            }
        }
        action
    }
}

impl TrainerScreen {
    /// The running task: what, and for how long; when it ends, the action
    /// that shows its outcome. The frame after a task starts always shows it.
    fn task_ui(&self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let task = self.task.as_ref()?;
        let seconds = task.elapsed().as_secs();
        v.row(ui, |ui| {
            ui.add(egui::Spinner::new());
            v.label(ui, v.tr.ta("task-running", &[("what", task.label.clone().into()), ("seconds", seconds.into())]));
        });
        if let Some(meter) = &task.meter {
            v.row(ui, |ui| {
                if let Some(done) = meter.fraction() {
                    progress_bar(ui, v, done, &task.label);
                }
                if !meter.cancelled() && v.button(ui, &v.t("cancel")).clicked() {
                    meter.cancel();
                }
            });
        }
        ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        task.finished().then_some(Action::TrainerTaskFinished)
    }

    /// The path field: typed paths are used instead of the file dialog.
    fn path_ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) {
        v.row(ui, |ui| {
            let label = v.label(ui, v.t("path-field"));
            v.field(ui, &mut self.path, Field::new(420.0)).labelled_by(label.id);
        });
        v.weak(ui, v.t("path-field-hint"));
    }
}

/// A progress bar that fills from the side a reader starts on (the right in Arabic), with the
/// percentage beside it; named for screen readers by what runs, with its value.
fn progress_bar(ui: &mut egui::Ui, v: &View<'_>, done: f32, what: &str) {
    let (rect, r) = ui.allocate_exact_size(egui::vec2(320.0, v.size * 0.9), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    let w = rect.width() * done.clamp(0.0, 1.0);
    let fill = if v.rtl {
        egui::Rect::from_min_max(egui::pos2(rect.right() - w, rect.top()), rect.max)
    } else {
        egui::Rect::from_min_size(rect.min, egui::vec2(w, rect.height()))
    };
    painter.rect_filled(fill, 4.0, ui.visuals().selection.bg_fill);
    r.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, what);
        info.value = Some(f64::from(done) * 100.0);
        info
    });
    v.label(ui, format!("{}%", (done * 100.0).round()));
}
