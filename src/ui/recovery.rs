//! Start-up recovery: the progress file is damaged. Say so in plain words and offer the last
//! good backups, or a fresh start that keeps the damaged file aside.

use super::Action;
use super::widgets::View;
use std::path::PathBuf;

pub struct RecoveryScreen {
    pub db: PathBuf,
    pub problem: String,
    /// Good backups, newest first.
    pub backups: Vec<PathBuf>,
}

impl RecoveryScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "recovery", |ui| {
            v.heading(ui, &v.t("recovery-title"));
            v.text(ui, &v.tr.ta("recovery-explain", &[("problem", (&self.problem).into())]));
            ui.add_space(8.0);
            if self.backups.is_empty() {
                v.text(ui, &v.t("recovery-no-backup"));
            }
            for (i, b) in self.backups.iter().enumerate() {
                let when = b.metadata().ok().and_then(|m| m.modified().ok()).map_or(String::new(), |t| {
                    let ms = t.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
                    crate::certificate::iso_date(ms)
                });
                let key = if i == 0 { "recovery-restore-latest" } else { "recovery-restore" };
                if v.button(ui, &v.tr.ta(key, &[("date", when.into())])).clicked() {
                    action = Some(Action::RecoverFrom(b.clone()));
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
