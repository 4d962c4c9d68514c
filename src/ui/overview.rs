//! Course overview: modules with status, time estimates, lessons and quiz scores. The final's
//! button says what stands before the next attempt (lessons to revisit, the daily limit).

use super::Action;
use super::widgets::{self, View};
use crate::course::Course;
use crate::ids::{LessonId, ModuleId};
use crate::learning::{CourseProgress, ModuleStatus, QuizProgress};

struct ModuleRow {
    id: ModuleId,
    title: String,
    summary: String,
    minutes: u32,
    lessons: Vec<(LessonId, String, bool)>,
    status: ModuleStatus,
    /// (progress, pass mark) when the module has a quiz.
    quiz: Option<(Option<QuizProgress>, u8)>,
    /// An unfinished attempt: (answered, items).
    open_attempt: Option<(usize, usize)>,
    is_final: bool,
    /// Further reading: (title, "publisher, year", note).
    reading: Vec<(String, String, String)>,
}

/// What stands before the next final attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum FinalGate {
    /// Lessons of the standards missed, still to revisit: (module id, lesson id, title).
    Review(Vec<(ModuleId, LessonId, String)>),
    /// The daily limit is reached: the explanation, with the time of the next possible attempt.
    Limit(String),
}

/// One part of the short path: its title, where it starts, its minutes, whether all its
/// lessons were read.
struct RouteStep {
    title: String,
    start: (ModuleId, LessonId),
    minutes: u32,
    done: bool,
}

/// The short path (a suggested route, `short_path` in the manifest) in the learner's language.
struct ShortRoute {
    steps: Vec<RouteStep>,
    /// Standards the learner chooses, and the average minutes of one.
    choose: u8,
    choice_minutes: u32,
    minutes: u32,
}

pub struct OverviewScreen {
    course: usize,
    short: Option<ShortRoute>,
    /// The whole course's study time (lessons and quizzes), in minutes.
    full_minutes: u32,
    final_gate: Option<FinalGate>,
    title: String,
    fraction: f32,
    complete: bool,
    modules: Vec<ModuleRow>,
}

impl OverviewScreen {
    /// `open`: module id → (answered, items) of an unfinished quiz attempt.
    pub fn new(
        course: usize,
        c: &Course,
        progress: CourseProgress,
        open: &std::collections::BTreeMap<ModuleId, (usize, usize)>,
        lang: &str,
    ) -> Self {
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
                    open_attempt: open.get(&m.id).copied(),
                    quiz: m.quiz.as_ref().map(|_| (p.and_then(|p| p.quiz), c.pass_mark(&m.id))),
                    is_final: c.is_final(&m.id),
                    reading: m
                        .further_reading
                        .iter()
                        .map(|r| {
                            let source = match r.year {
                                Some(y) if r.publisher.is_empty() => y.to_string(),
                                Some(y) => format!("{}, {y}", r.publisher),
                                None => r.publisher.clone(),
                            };
                            (r.title.clone(), source, r.note.clone())
                        })
                        .collect(),
                }
            })
            .collect();
        let short = c.manifest.short_path.as_ref().map(|p| short_route(p, content, &progress.visited));
        OverviewScreen {
            course,
            short,
            full_minutes: c.study_minutes_in(lang),
            final_gate: None,
            title: c.title(lang).to_string(),
            fraction: progress.fraction,
            complete: progress.complete,
            modules,
        }
    }

    /// The final cannot start yet, for this reason.
    pub fn with_final_gate(mut self, gate: Option<FinalGate>) -> Self {
        self.final_gate = gate;
        self
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "overview", |ui| {
            if v.back(ui, &v.t("library")) {
                action = Some(Action::OpenLibrary);
            }
            v.heading(ui, &self.title);
            v.row(ui, |ui| {
                if v.button(ui, &v.t("search-open")).clicked() {
                    action = Some(Action::OpenSearch { course: self.course });
                }
                if v.button(ui, &v.t("glossary")).clicked() {
                    action = Some(Action::OpenGlossary { course: self.course, term: None });
                }
                if v.button(ui, &v.t("about-course")).clicked() {
                    action = Some(Action::OpenAbout { course: self.course });
                }
            });
            v.progress_bar(ui, self.fraction, &v.t("course-progress"));
            if self.complete {
                widgets::status(ui, v, &v.t("course-done"), true);
                if v.button(ui, &v.t("get-certificate")).clicked() {
                    action = Some(Action::OpenCertificate { course: self.course });
                }
            }
            ui.add_space(8.0);
            if let Some(route) = &self.short {
                action = action.take().or(self.short_ui(ui, v, route));
                ui.add_space(8.0);
                v.title(ui, &v.tr.ta("full-course-title", &[("minutes", self.full_minutes.into())]), 1.2);
                ui.add_space(4.0);
            }
            for m in &self.modules {
                egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    v.row(ui, |ui| {
                        v.title(ui, &m.title, 1.12);
                        let (text, done) = match m.status {
                            ModuleStatus::NotStarted => ("status-not-started", false),
                            ModuleStatus::InProgress => ("status-in-progress", false),
                            ModuleStatus::Complete => ("status-complete", true),
                        };
                        widgets::status(ui, v, &v.t(text), done);
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
                        // The way in: the first lesson not yet read (or the first), as a button.
                        let seen = m.lessons.iter().filter(|l| l.2).count();
                        let target = m.lessons.iter().find(|l| !l.2).unwrap_or(&m.lessons[0]);
                        let key = if seen == 0 { "start-module" } else { "continue-module" };
                        v.row(ui, |ui| {
                            if v.button(ui, &v.t(key)).clicked() {
                                action = Some(Action::OpenLesson {
                                    course: self.course,
                                    module: m.id.clone(),
                                    lesson: target.0.clone(),
                                });
                            }
                        });
                        if v.collapsible(ui, egui::Id::unique(("lessons", &m.id)), &v.t("lessons-heading")) {
                            for (id, title, seen) in &m.lessons {
                                v.row(ui, |ui| {
                                    visited_mark(ui, v, *seen);
                                    if v.link(ui, title).clicked() {
                                        action = Some(Action::OpenLesson {
                                            course: self.course,
                                            module: m.id.clone(),
                                            lesson: id.clone(),
                                        });
                                    }
                                });
                            }
                        }
                    }
                    if !m.reading.is_empty()
                        && v.collapsible(ui, egui::Id::unique(("reading", &m.id)), &v.t("further-reading"))
                    {
                        for (title, source, note) in &m.reading {
                            ui.add_space(4.0);
                            v.strong(ui, title, None);
                            if !source.is_empty() {
                                v.weak(ui, source.as_str());
                            }
                            if !note.is_empty() {
                                v.text(ui, note);
                            }
                        }
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
                            let (text, key) = match m.open_attempt {
                                Some((answered, total)) => (
                                    v.tr.ta(
                                        "quiz-in-progress",
                                        &[("answered", answered.into()), ("total", total.into())],
                                    ),
                                    "resume-quiz",
                                ),
                                None => (text, if m.is_final { "take-final" } else { "take-quiz" }),
                            };
                            v.label(ui, text);
                            let gate =
                                if m.is_final && m.open_attempt.is_none() { self.final_gate.as_ref() } else { None };
                            match gate {
                                None => {
                                    if v.button(ui, &v.t(key)).clicked() {
                                        action = Some(Action::StartQuiz { course: self.course, module: m.id.clone() });
                                    }
                                }
                                // The way on is the first lesson still to revisit.
                                Some(FinalGate::Review(lessons)) => {
                                    let label = v.tr.ta("review-lessons-first", &[("count", lessons.len().into())]);
                                    if v.button(ui, &label).clicked()
                                        && let Some((module, lesson, _)) = lessons.first()
                                    {
                                        action = Some(Action::OpenLesson {
                                            course: self.course,
                                            module: module.clone(),
                                            lesson: lesson.clone(),
                                        });
                                    }
                                }
                                Some(FinalGate::Limit(_)) => {
                                    v.button_enabled(ui, false, &v.t(key));
                                }
                            }
                        });
                        match self.final_gate.as_ref().filter(|_| m.is_final && m.open_attempt.is_none()) {
                            Some(FinalGate::Review(lessons)) => {
                                let titles: Vec<&str> = lessons.iter().map(|l| l.2.as_str()).collect();
                                let sep = if v.rtl { "؛ " } else { "; " };
                                v.text(
                                    ui,
                                    &v.tr.ta(
                                        "final-review-first",
                                        &[("count", lessons.len().into()), ("lessons", titles.join(sep).into())],
                                    ),
                                );
                                for (module, lesson, title) in lessons {
                                    v.row(ui, |ui| {
                                        visited_mark(ui, v, false);
                                        if v.link(ui, title).clicked() {
                                            action = Some(Action::OpenLesson {
                                                course: self.course,
                                                module: module.clone(),
                                                lesson: lesson.clone(),
                                            });
                                        }
                                    });
                                }
                            }
                            Some(FinalGate::Limit(why)) => {
                                v.text(ui, why);
                            }
                            None => {}
                        }
                    }
                });
                ui.add_space(8.0);
            }
        });
        action
    }
}

impl OverviewScreen {
    /// The short path: a framed, clearly named suggested route beside the full course, folded
    /// under its name until opened.
    fn short_ui(&self, ui: &mut egui::Ui, v: &View<'_>, route: &ShortRoute) -> Option<Action> {
        let mut action = None;
        let color = egui::Color32::from_rgb(0x1e, 0x63, 0xb4);
        egui::Frame::new().stroke(egui::Stroke::new(1.5, color)).corner_radius(6.0).inner_margin(12.0).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.with_layout(v.column_layout(), |ui| {
                // Folded until asked for: the full course stays the first thing a learner sees.
                if !v.collapsible(ui, egui::Id::unique("short-path"), &v.t("short-path-title")) {
                    return;
                }
                v.text(ui, &v.tr.ta("short-path-intro", &[("minutes", route.minutes.into())]));
                for step in &route.steps {
                    v.row(ui, |ui| {
                        visited_mark(ui, v, step.done);
                        if v.link(ui, &step.title).clicked() {
                            action = Some(Action::OpenLesson {
                                course: self.course,
                                module: step.start.0.clone(),
                                lesson: step.start.1.clone(),
                            });
                        }
                        v.weak(ui, v.tr.ta("lesson-minutes", &[("minutes", step.minutes.into())]));
                    });
                }
                if route.choose > 0 {
                    v.text(
                        ui,
                        &v.tr.ta(
                            "short-path-choice",
                            &[("count", route.choose.into()), ("minutes", route.choice_minutes.into())],
                        ),
                    );
                }
                v.weak(ui, v.t("short-path-note"));
            });
        });
        action
    }
}

/// The short path in one language: its modules, the lessons of its standards, and the average
/// time of a standard to choose (over the standards it does not name).
fn short_route(
    path: &crate::course::ShortPath,
    content: &crate::course::Language,
    visited: &std::collections::BTreeSet<LessonId>,
) -> ShortRoute {
    let mut steps = Vec::new();
    for id in &path.modules {
        if let Some(m) = content.module(id)
            && let Some(first) = m.lessons.first()
        {
            steps.push(RouteStep {
                title: m.title.clone(),
                start: (m.id.clone(), first.id.clone()),
                minutes: m.lessons.iter().map(|l| l.minutes).sum(),
                done: m.lessons.iter().all(|l| visited.contains(&l.id)),
            });
        }
    }
    // The lessons teaching standard n, in study order.
    let lessons = |n: u8| {
        let tag = format!("std-{n}");
        content
            .modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(move |l| (m, l)))
            .filter(|(_, l)| l.teaches.contains(&tag))
            .collect::<Vec<_>>()
    };
    for &n in &path.standards {
        let ls = lessons(n);
        if let Some((m, first)) = ls.first() {
            steps.push(RouteStep {
                title: first.title.clone(),
                start: (m.id.clone(), first.id.clone()),
                minutes: ls.iter().map(|(_, l)| l.minutes).sum(),
                done: ls.iter().all(|(_, l)| visited.contains(&l.id)),
            });
        }
    }
    let others: Vec<u32> = (1..=crate::course::Tag::STANDARDS)
        .filter(|n| !path.standards.contains(n))
        .map(|n| lessons(n).iter().map(|(_, l)| l.minutes).sum::<u32>())
        .filter(|&m| m > 0)
        .collect();
    let choice_minutes = if others.is_empty() { 0 } else { others.iter().sum::<u32>().div_ceil(others.len() as u32) };
    let minutes = steps.iter().map(|s| s.minutes).sum::<u32>() + u32::from(path.choose) * choice_minutes;
    ShortRoute { steps, choose: path.choose, choice_minutes, minutes }
}

/// A lesson's visited mark: a green ✓ when read, a grey bullet when not (nothing that looks like an
/// input), with the state in words for screen readers.
pub fn visited_mark(ui: &mut egui::Ui, v: &View<'_>, seen: bool) {
    let (sign, color) = if seen { ("✓", widgets::RIGHT) } else { ("•", ui.visuals().weak_text_color()) };
    let r = ui.label(egui::RichText::new(sign).color(color).strong());
    v.named(r, egui::Role::Label, &v.t(if seen { "lesson-visited" } else { "lesson-not-visited" }));
}
