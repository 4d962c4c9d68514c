//! Start-up recovery: the progress file is damaged. Say so in plain words, list the backups with
//! what each holds (learners, last activity, when it was taken), propose the newest one that
//! passed its check and holds learners, and ask before going back to an emptier one. A fresh
//! start keeps the damaged file aside.

use super::Action;
use super::widgets::View;
use crate::progress::backup::{BackupInfo, recommended};
use std::path::PathBuf;

pub struct RecoveryScreen {
    pub db: PathBuf,
    pub problem: String,
    /// Every backup found, described, newest first.
    pub backups: Vec<BackupInfo>,
    /// A backup chosen that holds less than the proposed one: asked to confirm.
    pub confirming: Option<BackupInfo>,
}

/// "2026-12-06 14:05" in this laptop's time zone.
fn when(ms: i64) -> String {
    crate::time::local_date_time(ms)
}

impl RecoveryScreen {
    fn describe(&self, v: &View<'_>, b: &BackupInfo) -> String {
        if !b.ok {
            return v.tr.ta("recovery-backup-bad", &[("date", when(b.taken_at).into())]);
        }
        let last = if b.last_activity > 0 { when(b.last_activity) } else { "—".to_string() };
        v.tr.ta(
            "recovery-backup-info",
            &[("date", when(b.taken_at).into()), ("learners", b.learners.into()), ("last", last.into())],
        )
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        let proposed = recommended(&self.backups).cloned();
        v.page(ui, "recovery", |ui| {
            v.heading(ui, &v.t("recovery-title"));
            v.text(ui, &v.tr.ta("recovery-explain", &[("problem", (&self.problem).into())]));
            ui.add_space(8.0);
            if let Some(chosen) = self.confirming.clone() {
                let best = proposed.as_ref().map_or(0, |p| p.learners);
                v.text(
                    ui,
                    &v.tr
                        .ta("recovery-confirm-emptier", &[("learners", chosen.learners.into()), ("best", best.into())]),
                );
                if v.button(ui, &v.t("recovery-confirm-yes")).clicked() {
                    action = Some(Action::RecoverFrom(chosen.path.clone()));
                    self.confirming = None;
                }
                if v.button(ui, &v.t("recovery-confirm-no")).clicked() {
                    self.confirming = None;
                }
                return;
            }
            if self.backups.iter().all(|b| !b.ok) {
                v.text(ui, &v.t("recovery-no-backup"));
            }
            if let Some(p) = &proposed {
                v.text(ui, &v.t("recovery-proposed"));
                if v.button(ui, &v.tr.ta("recovery-restore-latest", &[("date", when(p.taken_at).into())])).clicked() {
                    action = Some(Action::RecoverFrom(p.path.clone()));
                }
                v.weak(ui, self.describe(v, p));
                ui.add_space(8.0);
            }
            let others: Vec<BackupInfo> =
                self.backups.iter().filter(|b| Some(&b.path) != proposed.as_ref().map(|p| &p.path)).cloned().collect();
            if !others.is_empty() {
                v.text(ui, &v.t("recovery-others"));
            }
            for b in others {
                let label = self.describe(v, &b);
                if b.ok {
                    if v.button(ui, &label).clicked() {
                        let best = proposed.as_ref().map_or(0, |p| p.learners);
                        if b.learners < best || b.learners == 0 {
                            self.confirming = Some(b.clone());
                        } else {
                            action = Some(Action::RecoverFrom(b.path.clone()));
                        }
                    }
                } else {
                    v.weak(ui, label);
                }
            }
            ui.add_space(12.0);
            if v.button(ui, &v.t("recovery-fresh")).clicked() {
                action = Some(Action::RecoverFresh);
            }
            v.weak(ui, v.tr.ta("recovery-where", &[("path", self.db.display().to_string().into())]));
        });
        action
    }
}
