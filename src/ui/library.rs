//! Library: the installed courses with the learner's progress and a "Continue" button.

use super::Action;
use super::widgets::{self, View};
use crate::course::Catalog;
use crate::progress::{Store, StoreError};

struct Card {
    course: usize,
    title: String,
    description: String,
    fraction: f32,
    minutes: u32,
    resume: Option<String>,
    complete: bool,
}

pub struct LibraryScreen {
    cards: Vec<Card>,
    /// Course folders that could not be loaded, one line each.
    problems: Vec<String>,
}

impl LibraryScreen {
    pub fn new(
        store: &Store,
        catalog: &Catalog,
        learner_id: &crate::ids::LearnerId,
        lang: &str,
    ) -> Result<Self, StoreError> {
        let mut cards = Vec::new();
        for (i, c) in catalog.courses.iter().enumerate() {
            let progress = store.progress(learner_id, c)?;
            let content = c.language(lang);
            let resume = progress.last_lesson.as_ref().and_then(|(m, l)| content.lesson(m, l)).map(|l| l.title.clone());
            cards.push(Card {
                course: i,
                title: c.title(lang).to_string(),
                description: c.description(lang).to_string(),
                fraction: progress.fraction,
                minutes: c.study_minutes_in(lang),
                resume,
                complete: progress.complete,
            });
        }
        let problems = catalog
            .problems
            .iter()
            .map(|(dir, ds)| format!("{}: {}", dir.display(), ds.first().map_or(String::new(), |d| d.to_string())))
            .collect();
        Ok(LibraryScreen { cards, problems })
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "library", |ui| {
            v.heading(ui, &v.t("library-title"));
            ui.add_space(8.0);
            if self.cards.is_empty() {
                v.text(ui, &v.t("library-empty"));
            }
            for card in &self.cards {
                egui::Frame::group(ui.style()).inner_margin(16.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    v.title(ui, &card.title, 1.25);
                    v.text(ui, &card.description);
                    let hours = (card.minutes as f32 / 60.0).round().max(1.0) as u32;
                    v.weak(ui, v.tr.ta("study-hours", &[("hours", hours.into())]));
                    v.progress_bar(ui, card.fraction, &v.t("course-progress"));
                    if card.complete {
                        widgets::status(ui, v, &v.t("course-complete"), true);
                    }
                    v.row(ui, |ui| {
                        let label = match &card.resume {
                            Some(lesson) => v.tr.ta("continue-lesson", &[("lesson", lesson.into())]),
                            None => v.t("start-course"),
                        };
                        if v.button(ui, &label).clicked() {
                            action = Some(Action::ContinueCourse { course: card.course });
                        }
                        if v.button(ui, &v.t("course-overview")).clicked() {
                            action = Some(Action::OpenCourse { course: card.course });
                        }
                        if v.button(ui, &v.t("about-course")).clicked() {
                            action = Some(Action::OpenAbout { course: card.course });
                        }
                    });
                });
                ui.add_space(12.0);
            }
            if !self.problems.is_empty() {
                ui.separator();
                v.colored(ui, ui.visuals().warn_fg_color, &v.t("library-problems"));
                for p in &self.problems {
                    v.weak(ui, p);
                }
            }
        });
        action
    }
}
