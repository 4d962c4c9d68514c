//! Start screen: pick a learner profile (with its PIN if it has one) or create a new one.

use super::Action;
use super::widgets::{Field, View};
use crate::i18n::LANGUAGES;
use crate::ids::LearnerId;
use crate::progress::{Learner, Store};

pub struct ProfilesScreen {
    learners: Vec<Learner>,
    selected: Option<usize>,
    pin: String,
    name: String,
    new_pin: String,
    new_pin_again: String,
    show_pin: bool,
    /// The two new PINs differ (checked here, before anything is saved).
    pin_mismatch: bool,
    language: String,
    load_error: Option<String>,
    /// Learner id → when the next PIN try is allowed (Unix ms), after too many wrong ones.
    wait_until: std::collections::BTreeMap<LearnerId, i64>,
    /// Move the keyboard to the PIN field on the next frame.
    focus_pin: bool,
    /// Filter of the profile list (shown when there are many profiles).
    filter: String,
    /// Each learner's name folded for the filter (case and accents), computed once.
    folded: Vec<String>,
}

/// Profiles listed at most: a trainer's laptop may hold thousands, which are found by name.
const SHOWN: usize = 40;

impl ProfilesScreen {
    pub fn new(store: &Store, default_language: &str) -> Self {
        let (learners, load_error) = match store.learners() {
            Ok(l) => (l, None),
            Err(e) => (Vec::new(), Some(e.localized(&crate::i18n::Tr::new(default_language)))),
        };
        let now = crate::progress::now_ms();
        let wait_until = learners
            .iter()
            .filter(|l| l.has_pin)
            .filter_map(|l| store.pin_wait_secs(&l.id).ok().filter(|&s| s > 0).map(|s| (l.id.clone(), now + s * 1000)))
            .collect();
        let folded = learners.iter().map(|l| crate::i18n::fold(&l.name)).collect();
        ProfilesScreen {
            folded,
            learners,
            selected: None,
            pin: String::new(),
            name: String::new(),
            new_pin: String::new(),
            new_pin_again: String::new(),
            show_pin: false,
            pin_mismatch: false,
            language: default_language.to_string(),
            load_error,
            wait_until,
            focus_pin: false,
            filter: String::new(),
        }
    }

    /// After a wrong PIN: the learner may try again in `seconds`.
    pub fn set_wait(&mut self, learner_id: &LearnerId, seconds: i64) {
        if seconds > 0 {
            self.wait_until.insert(learner_id.clone(), crate::progress::now_ms() + seconds * 1000);
        }
        self.focus_pin = true;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "profiles", |ui| {
            // The trainer's way in stays at the top, however many profiles there are.
            v.row(ui, |ui| {
                v.heading(ui, &v.t("profiles-title"));
                let far = if v.rtl {
                    egui::Layout::left_to_right(egui::Align::Center)
                } else {
                    egui::Layout::right_to_left(egui::Align::Center)
                };
                ui.with_layout(far, |ui| {
                    if v.button(ui, &v.t("trainer-area")).clicked() {
                        action = Some(Action::OpenTrainer);
                    }
                });
            });
            v.text(ui, &v.t("profiles-intro"));
            if let Some(e) = &self.load_error {
                v.colored(ui, ui.visuals().error_fg_color, e);
            }
            ui.add_space(8.0);
            if self.learners.is_empty() {
                v.weak(ui, v.t("profiles-none"));
            }
            // With many profiles, a filter (the new profile and trainer entries stay below).
            if self.learners.len() > 8 {
                v.row(ui, |ui| {
                    let label = v.label(ui, v.t("find-profile"));
                    v.field(ui, &mut self.filter, Field::new(240.0)).labelled_by(label.id);
                });
            }
            let filter = crate::i18n::fold(&self.filter);
            let mut shown = 0;
            let mut hidden = 0;
            for (i, l) in self.learners.iter().enumerate() {
                if !filter.is_empty() && !self.folded[i].contains(&filter) && self.selected != Some(i) {
                    continue;
                }
                if shown >= SHOWN && self.selected != Some(i) {
                    hidden += 1;
                    continue;
                }
                shown += 1;
                let label =
                    if l.has_pin { v.tr.ta("profile-with-pin", &[("name", (&l.name).into())]) } else { l.name.clone() };
                let width = ui.available_width().min(360.0);
                let button = ui.add_sized(
                    [width, 36.0],
                    egui::Button::new(v.vis(&label))
                        .selected(self.selected == Some(i))
                        .wrap_mode(egui::TextWrapMode::Truncate),
                );
                let button = v.named(button, egui::Role::Button, &label);
                if button.clicked() {
                    if l.has_pin {
                        self.selected = Some(i);
                        self.pin.clear();
                        self.focus_pin = true;
                    } else {
                        action = Some(Action::SignIn { learner_id: l.id.clone(), pin: String::new() });
                    }
                }
                if self.selected == Some(i) {
                    let wait = self
                        .wait_until
                        .get(&l.id)
                        .map_or(0, |until| ((until - crate::progress::now_ms()).max(0) + 999) / 1000);
                    v.row(ui, |ui| {
                        let label = v.label(ui, v.t("pin-label"));
                        let edit = v.field(ui, &mut self.pin, Field::new(140.0).password(true)).labelled_by(label.id);
                        if std::mem::take(&mut self.focus_pin) {
                            edit.request_focus();
                        }
                        if edit.changed() {
                            action = Some(Action::ClearError);
                        }
                        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if (v.button_enabled(ui, wait == 0, &v.t("open-profile")).clicked() || enter) && wait == 0 {
                            action =
                                Some(Action::SignIn { learner_id: l.id.clone(), pin: std::mem::take(&mut self.pin) });
                        }
                    });
                    if wait > 0 {
                        // A countdown: the screen redraws every second until the wait is over.
                        v.colored(ui, ui.visuals().warn_fg_color, &v.tr.ta("pin-wait", &[("seconds", wait.into())]));
                        ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
                    }
                }
            }
            if hidden > 0 {
                v.weak(ui, v.tr.ta("profiles-more", &[("count", hidden.into())]));
            }
            ui.add_space(16.0);
            ui.separator();
            v.heading(ui, &v.t("new-profile"));
            v.row(ui, |ui| {
                let label = v.label(ui, v.t("name-label"));
                let hint = v.t("name-hint");
                let r = v.field(ui, &mut self.name, Field::new(280.0).hint(&hint)).labelled_by(label.id);
                if r.changed() {
                    action = Some(Action::ClearError);
                }
            });
            let mut pin_changed = false;
            v.row(ui, |ui| {
                let label = v.label(ui, v.t("pin-optional"));
                let hint = v.t("pin-hint");
                let field = Field::new(140.0).password(!self.show_pin).hint(&hint);
                let r = v.field(ui, &mut self.new_pin, field).labelled_by(label.id);
                pin_changed |= r.changed();
                if v.choice(ui, self.show_pin, &v.t("show-pin"), true, None).clicked() {
                    self.show_pin = !self.show_pin;
                }
            });
            if !self.new_pin.is_empty() {
                v.row(ui, |ui| {
                    let label = v.label(ui, v.t("pin-again"));
                    let field = Field::new(140.0).password(!self.show_pin);
                    let r = v.field(ui, &mut self.new_pin_again, field).labelled_by(label.id);
                    pin_changed |= r.changed();
                });
            }
            if pin_changed {
                self.pin_mismatch = false;
                action = Some(Action::ClearError);
            }
            if self.pin_mismatch {
                v.colored(ui, ui.visuals().error_fg_color, &v.t("error-pin-mismatch"));
            }
            v.row(ui, |ui| {
                v.label(ui, v.t("language-label"));
                for (code, name) in LANGUAGES {
                    if v.choice(ui, self.language == *code, name, false, None).clicked() {
                        self.language = code.to_string();
                        action = Some(Action::SetLanguage(code.to_string()));
                    }
                }
            });
            ui.add_space(8.0);
            if v.button(ui, &v.t("create-profile")).clicked() {
                // A PIN of the right form must be typed the same twice (a wrong form is
                // explained by the store's rule message).
                let well_formed = crate::progress::validate_pin(&self.new_pin).is_ok();
                if well_formed && self.new_pin != self.new_pin_again {
                    self.pin_mismatch = true;
                } else {
                    action = Some(Action::CreateLearner {
                        name: self.name.clone(),
                        pin: self.new_pin.clone(),
                        language: self.language.clone(),
                    });
                }
            }
        });
        action
    }
}
