//! The egui user interface. `CpmsApp` owns the store and the course catalog; each screen (one
//! file each) draws from prepared state and returns an [`Action`]; only `CpmsApp::apply`
//! (actions.rs) talks to the store. Nothing is parsed or queried per frame: screens are built
//! when navigating. Arabic mirrors the whole layout (see widgets::View and rtl.rs).

mod actions;
mod certificate;
mod fonts;
mod lesson;
mod library;
mod overview;
mod profiles;
mod quiz;
mod recovery;
mod rtl;
mod trainer;
mod trainer_actions;
mod widgets;

pub use rtl::visual_words;

use crate::course::Catalog;
use crate::i18n::{LANGUAGES, Tr};
use crate::progress::{Learner, Store};
use crate::quiz::Response;
use std::time::Instant;
use widgets::View;

/// Something the learner asked for; screens emit these, `CpmsApp::apply` carries them out.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    CreateLearner {
        name: String,
        pin: String,
        language: String,
    },
    SignIn {
        learner_id: String,
        pin: String,
    },
    SignOut,
    /// Interface and course language: the learner's, or the app's before anyone signs in.
    SetLanguage(String),
    OpenLibrary,
    OpenCourse {
        course: usize,
    },
    ContinueCourse {
        course: usize,
    },
    OpenLesson {
        course: usize,
        module: String,
        lesson: String,
    },
    StartQuiz {
        course: usize,
        module: String,
    },
    Answer(Response),
    NextItem,
    OpenCertificate {
        course: usize,
    },
    SaveCertificate,
    SetTextSize(f32),
    OpenTrainer,
    LeaveTrainer,
    TrainerUnlock(String),
    TrainerSetPassphrase(String, String),
    TrainerAddLearner {
        name: String,
        pin: String,
    },
    /// Rename, and set the PIN (`Some("")` keeps it, `None` removes it).
    TrainerUpdateLearner {
        id: String,
        name: String,
        pin: Option<String>,
    },
    TrainerRemoveLearner {
        id: String,
    },
    TrainerImportCsv,
    TrainerExportReport,
    TrainerExportBundle,
    TrainerImportBundles,
    TrainerInstallCourse {
        zip: bool,
    },
    TrainerBackup,
    TrainerRestore,
    TrainerXapiSync {
        endpoint: String,
        user: String,
        password: String,
    },
    /// Start-up recovery: restore this backup over the damaged progress file.
    RecoverFrom(std::path::PathBuf),
    /// Start-up recovery: keep the damaged file aside and start empty.
    RecoverFresh,
}

enum Screen {
    Profiles(profiles::ProfilesScreen),
    Library(library::LibraryScreen),
    Overview(overview::OverviewScreen),
    Lesson(Box<lesson::LessonScreen>),
    Quiz(Box<quiz::QuizScreen>),
    Certificate(Box<certificate::CertificateScreen>),
    Trainer(Box<trainer::TrainerScreen>),
    Recovery(Box<recovery::RecoveryScreen>),
}

pub struct CpmsApp {
    store: Store,
    catalog: Catalog,
    default_language: String,
    learner: Option<Learner>,
    tr: Tr,
    screen: Screen,
    /// Where the current course screen is, to rebuild it after a language switch.
    place: Place,
    /// An error to show until the next action.
    error: Option<String>,
    text_size: f32,
    styled: bool,
    /// Where courses are installed from the trainer area.
    courses_dir: std::path::PathBuf,
}

/// The screen to rebuild after a language change.
#[derive(Clone)]
enum Place {
    Profiles,
    Library,
    Overview(usize),
    Lesson(usize, String, String),
    Other,
}

impl CpmsApp {
    pub fn new(store: Store, catalog: Catalog, default_language: String) -> Self {
        let screen = Screen::Profiles(profiles::ProfilesScreen::new(&store, &default_language));
        let tr = Tr::new(&default_language);
        CpmsApp {
            store,
            catalog,
            default_language,
            learner: None,
            tr,
            screen,
            place: Place::Profiles,
            error: None,
            text_size: 16.0,
            styled: false,
            courses_dir: std::path::PathBuf::from("courses"),
        }
    }

    /// An app that starts on the recovery screen: the progress file at `db` is damaged.
    pub fn recovering(
        db: std::path::PathBuf,
        problem: String,
        backups: Vec<crate::progress::backup::BackupInfo>,
        catalog: Catalog,
        default_language: String,
    ) -> Result<Self, crate::progress::StoreError> {
        let mut app = CpmsApp::new(Store::open_in_memory()?, catalog, default_language);
        app.screen = Screen::Recovery(Box::new(recovery::RecoveryScreen { db, problem, backups, confirming: None }));
        app.place = Place::Other;
        Ok(app)
    }

    /// The folder the trainer area installs courses into.
    pub fn with_courses_dir(mut self, dir: std::path::PathBuf) -> Self {
        self.courses_dir = dir;
        self
    }

    /// The signed-in learner, if any.
    pub fn learner(&self) -> Option<&Learner> {
        self.learner.as_ref()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The interface language in use.
    pub fn language(&self) -> &str {
        self.tr.lang()
    }

    /// Install fonts and text styles in a context.
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
        let v = View { tr: &self.tr, rtl: self.tr.rtl(), size: self.text_size };
        let mut action = top_bar(ui, &v, self.learner.as_ref());
        if let Some(err) = &self.error {
            egui::Panel::top("error-bar").show(ui, |ui| {
                v.row(ui, |ui| ui.colored_label(ui.visuals().error_fg_color, err));
            });
        }
        let screen_action = match &mut self.screen {
            Screen::Profiles(s) => s.ui(ui, &v),
            Screen::Library(s) => s.ui(ui, &v),
            Screen::Overview(s) => s.ui(ui, &v),
            Screen::Lesson(s) => s.ui(ui, &v),
            Screen::Quiz(s) => s.ui(ui, &v),
            Screen::Certificate(s) => s.ui(ui, &v),
            Screen::Trainer(s) => s.ui(ui, &v),
            Screen::Recovery(s) => s.ui(ui, &v),
        };
        action = action.or(screen_action);
        if let Some(a) = action {
            self.apply(a);
            ui.ctx().request_repaint();
        }
    }
}

/// The bar at the top: app name, learner, language, theme, text size, switch learner.
fn top_bar(ui: &mut egui::Ui, v: &View<'_>, learner: Option<&Learner>) -> Option<Action> {
    let mut action = None;
    egui::Panel::top("top-bar").show(ui, |ui| {
        ui.add_space(4.0);
        v.row(ui, |ui| {
            ui.label(egui::RichText::new(v.t("app-name")).font(fonts::bold(v.size * 1.1)));
            if let Some(l) = learner {
                ui.separator();
                v.label(ui, v.tr.ta("learner-label", &[("name", (&l.name).into())]));
            }
            let far = if v.rtl {
                egui::Layout::left_to_right(egui::Align::Center)
            } else {
                egui::Layout::right_to_left(egui::Align::Center)
            };
            ui.with_layout(far, |ui| {
                if learner.is_some() && ui.button(v.t("switch-learner")).clicked() {
                    action = Some(Action::SignOut);
                }
                let dark = ui.visuals().dark_mode;
                if ui.button(v.t(if dark { "theme-light" } else { "theme-dark" })).clicked() {
                    ui.ctx().set_theme(if dark { egui::Theme::Light } else { egui::Theme::Dark });
                }
                if ui.button("A+").on_hover_text(v.t("larger-text")).clicked() {
                    action = Some(Action::SetTextSize((v.size + 2.0).min(28.0)));
                }
                if ui.button("A−").on_hover_text(v.t("smaller-text")).clicked() {
                    action = Some(Action::SetTextSize((v.size - 2.0).max(12.0)));
                }
                let current = LANGUAGES.iter().find(|(c, _)| *c == v.tr.lang()).map_or("English", |(_, n)| *n);
                // Laid out from the far end: the list first, so that its label reads before it.
                let combo = egui::ComboBox::from_id_salt("language").selected_text(current).show_ui(ui, |ui| {
                    for (code, name) in LANGUAGES {
                        if ui.selectable_label(code == v.tr.lang(), name).clicked() {
                            action = Some(Action::SetLanguage(code.to_string()));
                        }
                    }
                });
                let label = ui.label(v.t("language-label"));
                combo.response.labelled_by(label.id);
            });
        });
        ui.add_space(4.0);
    });
    action
}

/// Open the window and run `app` until it is closed. `started` is when the process began, for
/// the time-to-first-frame report of `--exit-after-frames`.
pub fn run(app: CpmsApp, started: Instant, exit_after_frames: Option<u64>) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CPMS Player")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
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
