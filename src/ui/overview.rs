//! Course overview: modules with status, time estimates, lessons and quiz scores.

use super::Action;
use crate::course::Course;
use crate::progress::{CourseProgress, ModuleStatus};

struct ModuleRow {
    id: String,
    title: String,
    summary: String,
    minutes: u32,
    lessons: Vec<(String, String, bool)>,
    status: ModuleStatus,
    quiz: Option<String>,
    is_final: bool,
}

pub struct OverviewScreen {
    course: usize,
    title: String,
    fraction: f32,
    complete: bool,
    modules: Vec<ModuleRow>,
}

impl OverviewScreen {
    pub fn new(course: usize, c: &Course, progress: CourseProgress, lang: &str) -> Self {
        let content = c.language(lang);
        let modules = content
            .modules
            .iter()
            .map(|m| {
                let p = progress.module(&m.id);
                let quiz = m.quiz.as_ref().map(|_| match p.and_then(|p| p.quiz) {
                    Some(q) if q.passed => format!("Quiz passed — best score {}%", q.best),
                    Some(q) => {
                        format!("Quiz not passed yet — best score {}% (pass mark {}%)", q.best, c.pass_mark(&m.id))
                    }
                    None => format!("Quiz not taken (pass mark {}%)", c.pass_mark(&m.id)),
                });
                ModuleRow {
                    id: m.id.clone(),
                    title: m.title.clone(),
                    summary: m.summary.clone(),
                    minutes: m.lessons.iter().map(|l| l.minutes).sum(),
                    lessons: m
                        .lessons
                        .iter()
                        .map(|l| (l.id.clone(), l.title.clone(), progress.visited.contains(&l.id)))
                        .collect(),
                    status: p.map_or(ModuleStatus::NotStarted, |p| p.status),
                    quiz,
                    is_final: c.is_final(&m.id),
                }
            })
            .collect();
        OverviewScreen {
            course,
            title: c.title(lang).to_string(),
            fraction: progress.fraction,
            complete: progress.complete,
            modules,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Action> {
        let mut action = None;
        super::widgets::page(ui, "overview", |ui| {
            if super::widgets::back(ui, "Library") {
                action = Some(Action::OpenLibrary);
            }
            ui.heading(&self.title);
            super::widgets::progress_bar(ui, self.fraction, "Course progress");
            if self.complete {
                super::widgets::status(ui, "You have completed the course.", true);
            }
            ui.add_space(8.0);
            for m in &self.modules {
                egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.label(egui::RichText::new(&m.title).font(super::fonts::bold(18.0)));
                        let (text, done) = match m.status {
                            ModuleStatus::NotStarted => ("Not started", false),
                            ModuleStatus::InProgress => ("In progress", false),
                            ModuleStatus::Complete => ("Complete", true),
                        };
                        super::widgets::status(ui, text, done);
                    });
                    if !m.summary.is_empty() {
                        ui.label(&m.summary);
                    }
                    if m.minutes > 0 {
                        ui.weak(format!("{} lessons · about {} min", m.lessons.len(), m.minutes));
                    }
                    if !m.lessons.is_empty() {
                        egui::CollapsingHeader::new("Lessons").id_salt(&m.id).show_unindented(ui, |ui| {
                            for (id, title, seen) in &m.lessons {
                                ui.horizontal(|ui| {
                                    ui.label(if *seen { "✔" } else { "○" });
                                    if ui.link(title).clicked() {
                                        action = Some(Action::OpenLesson {
                                            course: self.course,
                                            module: m.id.clone(),
                                            lesson: id.clone(),
                                        });
                                    }
                                });
                            }
                        });
                    }
                    if let Some(q) = &m.quiz {
                        ui.horizontal(|ui| {
                            ui.label(q);
                            let label = if m.is_final { "Take the final assessment" } else { "Take the quiz" };
                            if ui.button(label).clicked() {
                                action = Some(Action::StartQuiz { course: self.course, module: m.id.clone() });
                            }
                        });
                    }
                });
                ui.add_space(8.0);
            }
        });
        action
    }
}
