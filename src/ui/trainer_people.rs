//! Trainer decisions about people, each asked for confirmation under the learner's row: archive
//! a profile (it leaves the start screen and the list; its progress stays in reports, and the
//! decision travels in bundles), and link two profiles as the same person (their progress is
//! counted together); archived profiles listed apart, each with "Bring back". The store does the
//! work (progress::people, learners).

use super::Action;
use super::widgets::View;
use crate::ids::LearnerId;
use crate::progress::Learner;

/// What is being asked about, if anything.
#[derive(Default)]
pub struct People {
    /// Archive this learner: (id, name).
    archive: Option<(LearnerId, String)>,
    /// Link this learner (id, name) to a person still to choose, or chosen (id, name).
    link: Option<(LearnerId, String, Option<(LearnerId, String)>)>,
}

impl People {
    /// Forget what was being asked.
    pub fn clear(&mut self) {
        *self = People::default();
    }

    /// The buttons in a learner's row.
    pub fn buttons(&mut self, ui: &mut egui::Ui, v: &View<'_>, l: &Learner, others: bool) {
        if v.button(ui, &v.t("archive")).clicked() {
            self.clear();
            self.archive = Some((l.id.clone(), l.name.clone()));
        }
        if others && v.button(ui, &v.t("link-to-person")).clicked() {
            self.clear();
            self.link = Some((l.id.clone(), l.name.clone(), None));
        }
    }

    /// Under a learner's row: the question asked about them, if any.
    pub fn confirm_ui(&mut self, ui: &mut egui::Ui, v: &View<'_>, l: &Learner, all: &[Learner]) -> Option<Action> {
        let mut action = None;
        let mut cancel = false;
        if let Some((id, name)) = &self.archive
            && *id == l.id
        {
            v.text(ui, &v.tr.ta("confirm-archive", &[("name", name.into())]));
            v.row(ui, |ui| {
                if v.button(ui, &v.t("confirm-archive-yes")).clicked() {
                    action = Some(Action::TrainerArchiveLearner { id: id.clone() });
                }
                cancel = v.button(ui, &v.t("cancel")).clicked();
            });
        }
        if let Some((id, name, chosen)) = &mut self.link
            && *id == l.id
        {
            v.row(ui, |ui| {
                let label = v.label(ui, v.tr.ta("link-choose", &[("name", (&*name).into())]));
                let current = chosen.as_ref().map_or_else(|| v.t("choose"), |c| c.1.clone());
                let combo = v.dropdown(ui, egui::Id::unique(("link-to", &*id)), &current, 260.0, |ui| {
                    for other in all.iter().filter(|o| o.id != *id) {
                        let on = chosen.as_ref().is_some_and(|c| c.0 == other.id);
                        if v.selectable(ui, on, &other.name).clicked() {
                            *chosen = Some((other.id.clone(), other.name.clone()));
                        }
                    }
                });
                combo.labelled_by(label.id);
            });
            if let Some((other_id, other)) = chosen.clone() {
                let args = [("name", (&*name).into()), ("other", other.as_str().into())];
                v.text(ui, &v.tr.ta("confirm-link", &args));
                v.row(ui, |ui| {
                    if v.button(ui, &v.t("confirm-link-yes")).clicked() {
                        action = Some(Action::TrainerLinkLearners { id: id.clone(), person: other_id.clone() });
                    }
                    cancel = v.button(ui, &v.t("cancel")).clicked();
                });
            } else if v.button(ui, &v.t("cancel")).clicked() {
                cancel = true;
            }
        }
        if cancel {
            self.clear();
        }
        action
    }
}

/// Archived profiles, apart from the list, each with a button that brings it back.
pub fn archived_ui(ui: &mut egui::Ui, v: &View<'_>, archived: &[Learner]) -> Option<Action> {
    if archived.is_empty() {
        return None;
    }
    let mut action = None;
    ui.add_space(8.0);
    v.strong(ui, &v.t("archived-heading"), None);
    for l in archived {
        v.row(ui, |ui| {
            v.label(ui, l.name.clone());
            let label = v.tr.ta("unarchive", &[("name", l.name.as_str().into())]);
            if v.button(ui, &label).clicked() {
                action = Some(Action::TrainerUnarchiveLearner { id: l.id.clone() });
            }
        });
    }
    action
}
