//! The egui user interface. `CpmsApp` owns the store and the course catalog; each screen (one
//! file each) draws from prepared state and returns an [`Action`]; only `CpmsApp::apply` talks
//! to the store. Nothing is parsed or queried per frame: screens are built when navigating.

mod fonts;
mod lesson;
mod library;
mod overview;
mod profiles;
mod quiz;
mod widgets;

use crate::course::Catalog;
use crate::progress::{FactKind, Learner, Store};
use crate::quiz::{Response, attempt_result, plan_attempt, score};
use std::time::Instant;

/// Something the learner asked for; screens emit these, `CpmsApp::apply` carries them out.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    CreateLearner { name: String, pin: String, language: String },
    SignIn { learner_id: String, pin: String },
    SignOut,
    OpenLibrary,
    OpenCourse { course: usize },
    ContinueCourse { course: usize },
    OpenLesson { course: usize, module: String, lesson: String },
    StartQuiz { course: usize, module: String },
    Answer(Response),
    NextItem,
    SetTextSize(f32),
}

enum Screen {
    Profiles(profiles::ProfilesScreen),
    Library(library::LibraryScreen),
    Overview(overview::OverviewScreen),
    Lesson(Box<lesson::LessonScreen>),
    Quiz(Box<quiz::QuizScreen>),
}

pub struct CpmsApp {
    store: Store,
    catalog: Catalog,
    default_language: String,
    learner: Option<Learner>,
    screen: Screen,
    /// An error to show until the next action.
    error: Option<String>,
    text_size: f32,
    styled: bool,
}

impl CpmsApp {
    pub fn new(store: Store, catalog: Catalog, default_language: String) -> Self {
        let screen = Screen::Profiles(profiles::ProfilesScreen::new(&store, &default_language));
        CpmsApp { store, catalog, default_language, learner: None, screen, error: None, text_size: 16.0, styled: false }
    }

    /// The signed-in learner, if any.
    pub fn learner(&self) -> Option<&Learner> {
        self.learner.as_ref()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Install fonts and text styles (once) in a context.
    pub fn setup(ctx: &egui::Context, text_size: f32) {
        ctx.set_fonts(fonts::definitions());
        if ctx.options(|o| o.theme_preference == egui::ThemePreference::System) {
            ctx.set_theme(egui::Theme::Light);
        }
        fonts::apply_text_size(ctx, text_size);
    }

    /// Draw the whole app into `ui` (the eframe window, or a test harness).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if !self.styled {
            Self::setup(ui.ctx(), self.text_size);
            self.styled = true;
        }
        let mut action = None;
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new("CPMS Player").font(fonts::bold(self.text_size * 1.1)));
                if let Some(l) = &self.learner {
                    ui.separator();
                    ui.label(format!("Learner: {}", l.name));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if self.learner.is_some() && ui.button("Switch learner").clicked() {
                        action = Some(Action::SignOut);
                    }
                    let dark = ui.visuals().dark_mode;
                    if ui.button(if dark { "Light theme" } else { "Dark theme" }).clicked() {
                        ui.ctx().set_theme(if dark { egui::Theme::Light } else { egui::Theme::Dark });
                    }
                    if ui.button("A+").on_hover_text("Larger text").clicked() {
                        action = Some(Action::SetTextSize((self.text_size + 2.0).min(28.0)));
                    }
                    if ui.button("A−").on_hover_text("Smaller text").clicked() {
                        action = Some(Action::SetTextSize((self.text_size - 2.0).max(12.0)));
                    }
                });
            });
            ui.add_space(4.0);
        });
        if let Some(err) = &self.error {
            egui::Panel::top("error-bar").show(ui, |ui| {
                ui.colored_label(ui.visuals().error_fg_color, err);
            });
        }
        let screen_action = match &mut self.screen {
            Screen::Profiles(s) => s.ui(ui),
            Screen::Library(s) => s.ui(ui),
            Screen::Overview(s) => s.ui(ui),
            Screen::Lesson(s) => s.ui(ui),
            Screen::Quiz(s) => s.ui(ui),
        };
        if let Some(a) = action.or(screen_action) {
            self.apply(a);
            ui.ctx().request_repaint();
        }
    }

    fn language(&self) -> String {
        self.learner.as_ref().map_or_else(|| self.default_language.clone(), |l| l.language.clone())
    }

    /// Carry out an action; failures are shown to the learner, never panics.
    pub fn apply(&mut self, action: Action) {
        self.error = None;
        if let Err(e) = self.try_apply(action) {
            self.error = Some(e);
        }
    }

    fn try_apply(&mut self, action: Action) -> Result<(), String> {
        let err = |e: crate::progress::StoreError| e.to_string();
        match action {
            Action::CreateLearner { name, pin, language } => {
                let pin = (!pin.is_empty()).then_some(pin.as_str());
                let learner = self.store.add_learner(&name, pin, &language).map_err(err)?;
                self.learner = Some(learner);
                self.open_library()?;
            }
            Action::SignIn { learner_id, pin } => {
                let learner = self.store.learner(&learner_id).map_err(err)?.ok_or("This profile no longer exists.")?;
                if !self.store.check_pin(&learner.id, &pin).map_err(err)? {
                    return Err("That PIN is not right. Try again.".into());
                }
                self.learner = Some(learner);
                self.open_library()?;
            }
            Action::SignOut => {
                self.learner = None;
                self.screen = Screen::Profiles(profiles::ProfilesScreen::new(&self.store, &self.default_language));
            }
            Action::OpenLibrary => self.open_library()?,
            Action::OpenCourse { course } => self.open_overview(course)?,
            Action::ContinueCourse { course } => {
                let learner = self.learner_id()?;
                let c = self.catalog.courses.get(course).ok_or("Unknown course.")?;
                match self.store.resume_position(&learner, c.id()).map_err(err)? {
                    Some((module, lesson))
                        if c.language(&c.manifest.default_language).lesson(&module, &lesson).is_some() =>
                    {
                        self.open_lesson(course, &module, &lesson)?
                    }
                    _ => match c.lesson_ids().first() {
                        Some((module, lesson)) => self.open_lesson(course, &module.clone(), &lesson.clone())?,
                        None => self.open_overview(course)?,
                    },
                }
            }
            Action::OpenLesson { course, module, lesson } => self.open_lesson(course, &module, &lesson)?,
            Action::StartQuiz { course, module } => self.start_quiz(course, &module)?,
            Action::Answer(response) => self.answer(response)?,
            Action::NextItem => self.next_item()?,
            Action::SetTextSize(size) => {
                self.text_size = size;
                self.styled = false;
            }
        }
        Ok(())
    }

    fn learner_id(&self) -> Result<String, String> {
        self.learner.as_ref().map(|l| l.id.clone()).ok_or_else(|| "Choose a learner profile first.".to_string())
    }

    fn open_library(&mut self) -> Result<(), String> {
        let learner = self.learner_id()?;
        let screen = library::LibraryScreen::new(&self.store, &self.catalog, &learner, &self.language())
            .map_err(|e| e.to_string())?;
        self.screen = Screen::Library(screen);
        Ok(())
    }

    fn open_overview(&mut self, course: usize) -> Result<(), String> {
        let learner = self.learner_id()?;
        let c = self.catalog.courses.get(course).ok_or("Unknown course.")?;
        let progress = self.store.progress(&learner, c).map_err(|e| e.to_string())?;
        self.screen = Screen::Overview(overview::OverviewScreen::new(course, c, progress, &self.language()));
        Ok(())
    }

    fn open_lesson(&mut self, course: usize, module: &str, lesson: &str) -> Result<(), String> {
        let learner = self.learner_id()?;
        let c = self.catalog.courses.get(course).ok_or("Unknown course.")?;
        let lang = self.language();
        let content = c.language(&lang);
        content.lesson(module, lesson).ok_or("This lesson is not in the course.")?;
        self.store
            .record(&learner, c.id(), module, FactKind::LessonVisited { lesson_id: lesson.to_string() })
            .map_err(|e| format!("Your place could not be saved: {e}"))?;
        self.screen = Screen::Lesson(Box::new(lesson::LessonScreen::new(course, c, &lang, module, lesson)));
        Ok(())
    }

    fn start_quiz(&mut self, course: usize, module: &str) -> Result<(), String> {
        let learner = self.learner_id()?;
        let c = self.catalog.courses.get(course).ok_or("Unknown course.")?;
        let lang = self.language();
        let quiz = c.language(&lang).quiz(module).ok_or("This module has no quiz.")?;
        let seed: u64 = rand::random();
        let plan = plan_attempt(&quiz.items, c.draw(module), seed);
        let attempt_id = uuid::Uuid::new_v4().to_string();
        let item_ids = plan.items.iter().map(|p| quiz.items[p.index].id.clone()).collect();
        self.store
            .record(
                &learner,
                c.id(),
                module,
                FactKind::AttemptStarted { quiz_id: quiz.id.clone(), attempt_id: attempt_id.clone(), seed, item_ids },
            )
            .map_err(|e| format!("The quiz could not be started: {e}"))?;
        let title = c.language(&lang).module(module).map_or(String::new(), |m| m.title.clone());
        self.screen = Screen::Quiz(Box::new(quiz::QuizScreen::new(
            course,
            module,
            &title,
            quiz,
            plan,
            attempt_id,
            c.pass_mark(module),
        )));
        Ok(())
    }

    fn answer(&mut self, response: Response) -> Result<(), String> {
        let learner = self.learner_id()?;
        let Screen::Quiz(screen) = &mut self.screen else {
            return Ok(());
        };
        let c = self.catalog.courses.get(screen.course).ok_or("Unknown course.")?;
        let item = screen.current_item().ok_or("No question is open.")?.clone();
        let outcome = score(&item, &response);
        self.store
            .record(
                &learner,
                c.id(),
                &screen.module,
                FactKind::ItemAnswered {
                    quiz_id: screen.quiz_id.clone(),
                    attempt_id: screen.attempt_id.clone(),
                    item_id: item.id.clone(),
                    response: response.clone(),
                    correct: outcome.correct,
                    credit: outcome.credit,
                },
            )
            .map_err(|e| format!("Your answer could not be saved: {e}"))?;
        screen.checked(response, outcome);
        Ok(())
    }

    fn next_item(&mut self) -> Result<(), String> {
        let learner = self.learner_id()?;
        let Screen::Quiz(screen) = &mut self.screen else {
            return Ok(());
        };
        if !screen.advance() {
            return Ok(());
        }
        let c = self.catalog.courses.get(screen.course).ok_or("Unknown course.")?;
        let result = attempt_result(&screen.outcomes(), screen.pass_mark);
        self.store
            .record(
                &learner,
                c.id(),
                &screen.module,
                FactKind::AttemptFinished {
                    quiz_id: screen.quiz_id.clone(),
                    attempt_id: screen.attempt_id.clone(),
                    percent: result.percent,
                    passed: result.passed,
                },
            )
            .map_err(|e| format!("Your result could not be saved: {e}"))?;
        screen.finished(result);
        Ok(())
    }
}

/// Open the window and run until it is closed. `started` is when the process began, for the
/// time-to-first-frame report of `--exit-after-frames`.
pub fn run(
    store: Store,
    catalog: Catalog,
    default_language: String,
    started: Instant,
    exit_after_frames: Option<u64>,
) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CPMS Player")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    let app = CpmsApp::new(store, catalog, default_language);
    eframe::run_native(
        "CPMS Player",
        options,
        Box::new(move |_cc| Ok(Box::new(Window { app, started, frames: 0, exit_after_frames }))),
    )
}

/// The eframe shell around [`CpmsApp`]: frame counting for `--exit-after-frames`.
struct Window {
    app: CpmsApp,
    started: Instant,
    frames: u64,
    exit_after_frames: Option<u64>,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        self.frames += 1;
        if let Some(limit) = self.exit_after_frames {
            if self.frames == 1 {
                eprintln!("first frame: {} ms", self.started.elapsed().as_millis());
            }
            if self.frames >= limit {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }
}
