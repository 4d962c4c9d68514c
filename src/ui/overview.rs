//! Course overview: modules with status, time estimates, lessons and quiz scores.

use super::Action;
use super::widgets::{self, View};
use crate::course::Course;
use crate::progress::{CourseProgress, ModuleStatus, QuizProgress};

struct ModuleRow {
    id: String,
    title: String,
    summary: String,
    minutes: u32,
    lessons: Vec<(String, String, bool)>,
    status: ModuleStatus,
    /// (progress, pass mark) when the module has a quiz.
    quiz: Option<(Option<QuizProgress>, u8)>,
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
                    quiz: m.quiz.as_ref().map(|_| (p.and_then(|p| p.quiz), c.pass_mark(&m.id))),
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

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "overview", |ui| {
            if v.back(ui, &v.t("library")) {
                action = Some(Action::OpenLibrary);
            }
            v.heading(ui, &self.title);
            v.progress_bar(ui, self.fraction, &v.t("course-progress"));
            if self.complete {
                widgets::status(ui, &v.t("course-done"), true);
                if ui.button(v.t("get-certificate")).clicked() {
                    action = Some(Action::OpenCertificate { course: self.course });
                }
            }
            ui.add_space(8.0);
            for m in &self.modules {
                egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    v.row(ui, |ui| {
                        v.title(ui, &&m.title, 1.12);
                        let (text, done) = match m.status {
                            ModuleStatus::NotStarted => ("status-not-started", false),
                            ModuleStatus::InProgress => ("status-in-progress", false),
                            ModuleStatus::Complete => ("status-complete", true),
                        };
                        widgets::status(ui, &v.t(text), done);
                    });
                    if !m.summary.is_empty() {
                        v.text(ui, &m.summary);
                    }
                    if m.minutes > 0 {
                        v.weak(
                            ui,
                            v.tr.ta(
                                "module-lessons",
                                &[("count", m.lessons.len().into()), ("minutes", m.minutes.into())],
                            ),
                        );
                    }
                    if !m.lessons.is_empty() {
                        egui::CollapsingHeader::new(v.t("lessons-heading")).id_salt(&m.id).show_unindented(ui, |ui| {
                            for (id, title, seen) in &m.lessons {
                                v.row(ui, |ui| {
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
                    if let Some((progress, mark)) = m.quiz {
                        v.row(ui, |ui| {
                            let text = match progress {
                                Some(q) if q.passed => v.tr.ta("quiz-passed", &[("best", q.best.into())]),
                                Some(q) => {
                                    v.tr.ta("quiz-not-passed", &[("best", q.best.into()), ("mark", mark.into())])
                                }
                                None => v.tr.ta("quiz-not-taken", &[("mark", mark.into())]),
                            };
                            v.label(ui, text);
                            if ui.button(v.t(if m.is_final { "take-final" } else { "take-quiz" })).clicked() {
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
