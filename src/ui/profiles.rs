//! Start screen: pick a learner profile (with its PIN if it has one) or create a new one.

use super::Action;
use super::widgets::View;
use crate::i18n::LANGUAGES;
use crate::progress::{Learner, Store};

pub struct ProfilesScreen {
    learners: Vec<Learner>,
    selected: Option<usize>,
    pin: String,
    name: String,
    new_pin: String,
    language: String,
    load_error: Option<String>,
}

impl ProfilesScreen {
    pub fn new(store: &Store, default_language: &str) -> Self {
        let (learners, load_error) = match store.learners() {
            Ok(l) => (l, None),
            Err(e) => (Vec::new(), Some(e.to_string())),
        };
        ProfilesScreen {
            learners,
            selected: None,
            pin: String::new(),
            name: String::new(),
            new_pin: String::new(),
            language: default_language.to_string(),
            load_error,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "profiles", |ui| {
            v.heading(ui, &v.t("profiles-title"));
            v.text(ui, &v.t("profiles-intro"));
            if let Some(e) = &self.load_error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            ui.add_space(8.0);
            if self.learners.is_empty() {
                v.weak(ui, v.t("profiles-none"));
            }
            for (i, l) in self.learners.iter().enumerate() {
                let label =
                    if l.has_pin { v.tr.ta("profile-with-pin", &[("name", (&l.name).into())]) } else { l.name.clone() };
                let width = ui.available_width().min(360.0);
                let button = ui.add_sized([width, 36.0], egui::Button::new(label).selected(self.selected == Some(i)));
                if button.clicked() {
                    if l.has_pin {
                        self.selected = Some(i);
                        self.pin.clear();
                    } else {
                        action = Some(Action::SignIn { learner_id: l.id.clone(), pin: String::new() });
                    }
                }
                if self.selected == Some(i) {
                    v.row(ui, |ui| {
                        let label = ui.label(v.t("pin-label"));
                        let edit = ui
                            .add(egui::TextEdit::singleline(&mut self.pin).password(true).desired_width(100.0))
                            .labelled_by(label.id);
                        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui.button(v.t("open-profile")).clicked() || enter {
                            action =
                                Some(Action::SignIn { learner_id: l.id.clone(), pin: std::mem::take(&mut self.pin) });
                        }
                    });
                }
            }
            ui.add_space(16.0);
            ui.separator();
            v.heading(ui, &v.t("new-profile"));
            v.row(ui, |ui| {
                let label = ui.label(v.t("name-label"));
                ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(280.0).hint_text(v.t("name-hint")))
                    .labelled_by(label.id);
            });
            v.row(ui, |ui| {
                let label = ui.label(v.t("pin-optional"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.new_pin)
                        .password(true)
                        .desired_width(100.0)
                        .hint_text(v.t("pin-hint")),
                )
                .labelled_by(label.id);
            });
            v.row(ui, |ui| {
                ui.label(v.t("language-label"));
                for (code, name) in LANGUAGES {
                    if ui.radio_value(&mut self.language, code.to_string(), name).clicked() {
                        action = Some(Action::SetLanguage(code.to_string()));
                    }
                }
            });
            ui.add_space(8.0);
            if ui.button(v.t("create-profile")).clicked() {
                action = Some(Action::CreateLearner {
                    name: self.name.clone(),
                    pin: self.new_pin.clone(),
                    language: self.language.clone(),
                });
            }
            ui.add_space(24.0);
            ui.separator();
            if ui.button(v.t("trainer-area")).clicked() {
                action = Some(Action::OpenTrainer);
            }
        });
        action
    }
}
