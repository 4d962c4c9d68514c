//! Start-up upgrade: the progress file was written by an older CPMS Player and its format must be
//! brought up to date before it is used. On a trainer's laptop that can take tens of seconds
//! (1.6 million facts rewritten), so it runs on a thread of its own ([`Store::open_metered`])
//! while this screen says what happens, how far it has come and that nothing is lost. When it
//! ends the app goes on with the opened store; when it fails (a full disk, a locked file), the
//! screen says why and what to do — the upgrade runs in one transaction, so nothing was changed.

use super::widgets::View;
use super::{CpmsApp, Place, Screen};
use crate::course::Catalog;
use crate::progress::{Meter, Store};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Instant;

pub struct UpgradeScreen {
    pub db: PathBuf,
    meter: Arc<Meter>,
    started: Instant,
    done: Receiver<Result<Store, crate::progress::StoreError>>,
    /// Why the upgrade failed, in the user's language.
    pub failed: Option<String>,
}

impl UpgradeScreen {
    /// Start bringing the file at `db` up to date; `then` runs on the same thread once it is
    /// open (the daily backup: of the upgraded file, not of the old one).
    pub fn start(db: PathBuf, then: impl FnOnce() + Send + 'static) -> UpgradeScreen {
        let meter = Arc::new(Meter::default());
        let (tx, done) = std::sync::mpsc::channel();
        let (path, m) = (db.clone(), meter.clone());
        std::thread::spawn(move || {
            let opened = Store::open_metered(&path, m);
            let ok = opened.is_ok();
            let _ = tx.send(opened);
            if ok {
                then();
            }
        });
        UpgradeScreen { db, meter, started: Instant::now(), done, failed: None }
    }

    /// The opened store once the upgrade is over (taken once), or its error (None: the thread
    /// stopped without a word, a bug).
    pub fn poll(&mut self) -> Option<Result<Store, Option<crate::progress::StoreError>>> {
        match self.done.try_recv() {
            Ok(result) => Some(result.map_err(Some)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => self.failed.is_none().then_some(Err(None)),
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) {
        v.page(ui, "upgrade", |ui| {
            if let Some(problem) = &self.failed {
                v.heading(ui, &v.t("upgrade-failed-title"));
                // The problem on its own (it is a whole sentence, with what to do), then what it means here.
                v.text(ui, problem);
                v.text(ui, &v.t("upgrade-failed"));
                v.weak(ui, v.tr.ta("recovery-where", &[("path", self.db.display().to_string().into())]));
                return;
            }
            v.heading(ui, &v.t("upgrade-title"));
            v.text(ui, &v.t("upgrade-explain"));
            ui.add_space(8.0);
            let seconds = self.started.elapsed().as_secs();
            let fraction = self.meter.fraction();
            // Every fact copied: what is left (indexes, giving the space back) has no measure.
            let finishing = fraction.is_some_and(|f| f >= 1.0);
            v.row(ui, |ui| {
                ui.add(egui::Spinner::new());
                let key = if finishing { "upgrade-finishing" } else { "upgrade-running" };
                v.label(ui, v.tr.ta(key, &[("seconds", seconds.into())]));
            });
            if let Some(done) = fraction.filter(|_| !finishing) {
                v.progress_bar(ui, done, &v.t("upgrade-title"));
            }
            v.weak(ui, v.tr.ta("recovery-where", &[("path", self.db.display().to_string().into())]));
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        });
    }
}

impl CpmsApp {
    /// An app that starts by bringing the progress file at `db` up to date on a thread of its
    /// own (a file of an older version), showing how far it has come; `then` runs on that
    /// thread once the file is open. The profiles follow when it is done.
    pub fn upgrading(
        db: std::path::PathBuf,
        then: impl FnOnce() + Send + 'static,
        catalog: Catalog,
        default_language: String,
    ) -> Result<Self, crate::progress::StoreError> {
        let mut app = CpmsApp::new(Store::open_in_memory()?, catalog, default_language);
        app.screen = Screen::Upgrade(Box::new(UpgradeScreen::start(db, then)));
        app.place = Place::Other;
        Ok(app)
    }

    /// Whether the progress file is still being brought up to date.
    pub fn upgrading_now(&self) -> bool {
        matches!(&self.screen, Screen::Upgrade(u) if u.failed.is_none())
    }

    /// Go on with the upgraded store once its thread is done, or keep its error on the screen.
    pub(super) fn finish_upgrade(&mut self) {
        let Screen::Upgrade(u) = &mut self.screen else { return };
        match u.poll() {
            None => {}
            Some(Ok(store)) => {
                self.store = store;
                self.open_profiles();
            }
            Some(Err(e)) => {
                u.failed = Some(match e {
                    Some(e) => self.tr.problem(&crate::progress::health::explain(&e, &u.db)),
                    None => "internal error: the upgrade stopped unexpectedly".to_string(),
                });
            }
        }
    }
}
