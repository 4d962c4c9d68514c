//! Start screen: pick a learner profile (with its PIN if it has one) or create a new one.

use super::Action;
use crate::progress::{Learner, Store};

pub const LANGUAGES: [(&str, &str); 4] = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية")];

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

    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Action> {
        let mut action = None;
        super::widgets::page(ui, "profiles", |ui| {
            ui.heading("Who is studying?");
            ui.label("Choose your profile to continue where you stopped, or create a new one.");
            if let Some(e) = &self.load_error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            ui.add_space(8.0);
            if self.learners.is_empty() {
                ui.weak("No profiles on this computer yet.");
            }
            for (i, l) in self.learners.iter().enumerate() {
                let label = if l.has_pin { format!("{}  (PIN)", l.name) } else { l.name.clone() };
                let button = ui.add_sized(
                    [ui.available_width().min(360.0), 36.0],
                    egui::Button::new(label).selected(self.selected == Some(i)),
                );
                if button.clicked() {
                    if l.has_pin {
                        self.selected = Some(i);
                        self.pin.clear();
                    } else {
                        action = Some(Action::SignIn { learner_id: l.id.clone(), pin: String::new() });
                    }
                }
                if self.selected == Some(i) {
                    ui.horizontal(|ui| {
                        let label = ui.label("PIN:");
                        let edit = ui
                            .add(egui::TextEdit::singleline(&mut self.pin).password(true).desired_width(100.0))
                            .labelled_by(label.id);
                        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui.button("Open").clicked() || enter {
                            action =
                                Some(Action::SignIn { learner_id: l.id.clone(), pin: std::mem::take(&mut self.pin) });
                        }
                    });
                }
            }
            ui.add_space(16.0);
            ui.separator();
            ui.heading("New profile");
            egui::Grid::new("new-profile").num_columns(2).spacing([12.0, 10.0]).show(ui, |ui| {
                let label = ui.label("Name");
                ui.add(
                    egui::TextEdit::singleline(&mut self.name)
                        .desired_width(280.0)
                        .hint_text("Your name, in any script"),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label("PIN (optional)");
                ui.add(
                    egui::TextEdit::singleline(&mut self.new_pin)
                        .password(true)
                        .desired_width(100.0)
                        .hint_text("4–6 digits"),
                )
                .labelled_by(label.id);
                ui.end_row();
                ui.label("Language");
                ui.horizontal(|ui| {
                    for (code, name) in LANGUAGES {
                        ui.radio_value(&mut self.language, code.to_string(), name);
                    }
                });
                ui.end_row();
            });
            ui.add_space(8.0);
            if ui.button("Create profile").clicked() {
                action = Some(Action::CreateLearner {
                    name: self.name.clone(),
                    pin: self.new_pin.clone(),
                    language: self.language.clone(),
                });
            }
        });
        action
    }
}
