//! The egui user interface. `CpmsApp` owns the store and the course catalog; each screen (one
//! file each) draws from prepared state and returns an [`Action`]; only `CpmsApp::apply`
//! (actions.rs) talks to the store. Nothing is parsed or queried per frame: screens are built
//! when navigating. Arabic mirrors the whole layout (see widgets::View and rtl.rs).

mod about;
mod actions;
mod certificate;
mod fonts;
mod glossary;
mod lesson;
mod library;
mod overview;
mod profiles;
mod quiz;
mod recovery;
mod rtl;
mod search;
mod search_actions;
#[cfg(feature = "soft")]
pub mod soft;
mod tasks;
mod trainer;
mod trainer_actions;
mod trainer_dashboard;
mod trainer_people;
mod trainer_stats;
mod upgrade;
mod widgets;

pub use rtl::{field_galley, visual_lines};

use crate::course::Catalog;
use crate::i18n::{LANGUAGES, Tr};
use crate::ids::{LearnerId, LessonId, ModuleId};
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
        learner_id: LearnerId,
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
        module: ModuleId,
        lesson: LessonId,
    },
    StartQuiz {
        course: usize,
        module: ModuleId,
    },
    /// The search page of a course (the last query kept).
    OpenSearch {
        course: usize,
    },
    /// A search result: the lesson, scrolled to block `block`, the words of `query` highlighted.
    OpenFound {
        course: usize,
        module: ModuleId,
        lesson: LessonId,
        block: Option<usize>,
        query: String,
    },
    /// The course glossary, at `term` when given.
    OpenGlossary {
        course: usize,
        term: Option<String>,
    },
    /// "About this course" (from the library or the course overview).
    OpenAbout {
        course: usize,
    },
    Answer(Response),
    NextItem,
    OpenCertificate {
        course: usize,
    },
    SaveCertificate,
    SetTextSize(f32),
    /// Dark (true) or light theme, kept with the learner's preferences.
    SetTheme(bool),
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
        id: LearnerId,
        name: String,
        pin: Option<String>,
    },
    TrainerRemoveLearner {
        id: LearnerId,
    },
    /// Archive a learner (confirmed): off the start screen and the list, still in reports.
    TrainerArchiveLearner {
        id: LearnerId,
    },
    /// Count learner `id` as the same person as `person` (confirmed).
    /// Bring an archived profile back to the start screen (the decision travels like archiving).
    TrainerUnarchiveLearner {
        id: LearnerId,
    },
    TrainerLinkLearners {
        id: LearnerId,
        person: LearnerId,
    },
    /// Let a learner try PINs again at once (after too many wrong ones).
    TrainerClearPinTries {
        id: LearnerId,
    },
    TrainerImportCsv,
    /// The background learners import finished: show its result and refresh the lists.
    TrainerCsvImported,
    /// Verify a certificate: its code, the text of its QR code, or the path of its PDF.
    TrainerVerify(String),
    TrainerExportReport,
    TrainerExportBundle,
    TrainerImportBundles,
    TrainerInstallCourse {
        zip: bool,
    },
    /// Add a context pack (local information) to the course it names.
    TrainerAddContext,
    TrainerBackup,
    TrainerRestore,
    /// A long trainer task (tasks.rs) ended: show its outcome and reload what it changed.
    TrainerTaskFinished,
    /// The limit of final attempts per learner in 24 hours, as typed (0: no limit).
    TrainerSetFinalAttempts(String),
    TrainerXapiSync {
        endpoint: String,
        user: String,
        password: String,
    },
    /// Compute the item statistics (in the background).
    TrainerStats,
    /// The learner changed a field: the error shown for it goes.
    ClearError,
    /// An action the learner confirmed (leaving a running quiz): carried out without asking again.
    Confirmed(Box<Action>),
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
    Upgrade(Box<upgrade::UpgradeScreen>),
    Search(Box<search::SearchScreen>),
    Glossary(Box<glossary::GlossaryScreen>),
    About(Box<about::AboutScreen>),
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
    /// Dark theme (else light).
    dark: bool,
    styled: bool,
    /// Where courses are installed from the trainer area.
    courses_dir: std::path::PathBuf,
    /// The database to open again when a restore running in the background ends.
    reopen: Option<std::path::PathBuf>,
    /// The search index of one course in one language: ("id@version/language", index).
    search_index: Option<(String, std::sync::Arc<std::sync::OnceLock<crate::course::search::Index>>)>,
    /// The last search, shown again when the search page reopens.
    last_query: String,
}

/// The screen to rebuild after a language change.
#[derive(Clone)]
enum Place {
    Profiles,
    Library,
    Overview(usize),
    Lesson(usize, ModuleId, LessonId),
    Search(usize),
    Glossary(usize),
    About(usize),
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
            dark: false,
            styled: false,
            courses_dir: std::path::PathBuf::from("courses"),
            reopen: None,
            search_index: None,
            last_query: String::new(),
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
            ui.ctx().set_theme(if self.dark { egui::Theme::Dark } else { egui::Theme::Light });
            self.styled = true;
        }
        self.finish_upgrade();
        let v = View { tr: &self.tr, rtl: self.tr.rtl(), size: self.text_size };
        let mut action = top_bar(ui, &v, self.learner.as_ref());
        if let Some(err) = &self.error {
            egui::Panel::top("error-bar").show(ui, |ui| {
                v.row(ui, |ui| v.colored(ui, ui.visuals().error_fg_color, err));
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
            Screen::Upgrade(s) => {
                s.ui(ui, &v);
                None
            }
            Screen::Search(s) => {
                let a = s.ui(ui, &v);
                self.last_query.clone_from(&s.query);
                a
            }
            Screen::Glossary(s) => s.ui(ui, &v),
            Screen::About(s) => s.ui(ui, &v),
        };
        action = action.or(screen_action);
        if let Some(a) = action {
            self.apply(a);
            ui.ctx().request_repaint();
        }
    }
}

/// The bar at the top: app name, learner, language, theme, text size, switch learner. When they
/// do not fit on one line (a small window, large text, long words), the controls fold into a
/// "Menu" button instead of painting over each other.
fn top_bar(ui: &mut egui::Ui, v: &View<'_>, learner: Option<&Learner>) -> Option<Action> {
    let mut action = None;
    egui::Panel::top("top-bar").show(ui, |ui| {
        ui.add_space(4.0);
        let learner_text = learner.map(|l| v.tr.ta("learner-label", &[("name", (&l.name).into())]));
        let current = LANGUAGES.iter().find(|(c, _)| *c == v.tr.lang()).map_or("English", |(_, n)| *n);
        let dark = ui.visuals().dark_mode;
        let theme = v.t(if dark { "theme-light" } else { "theme-dark" });
        // The width everything needs on one line, measured with the fonts in use.
        let width = |s: &str, scale: f32| {
            let font = egui::FontId::proportional(v.size * scale);
            ui.fonts_mut(|f| f.layout_no_wrap(v.vis(s), font, egui::Color32::WHITE).size().x)
        };
        let button = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
        let mut needed = width(&v.t("app-name"), 1.1) + width(&v.t("language-label"), 1.0) + 130.0 + 40.0;
        needed += learner_text.as_deref().map_or(0.0, |t| width(t, 1.0) + 20.0);
        needed += width(&theme, 1.0) + width("A+", 1.0) + width("A–", 1.0) + 3.0 * button;
        if learner.is_some() {
            needed += width(&v.t("switch-learner"), 1.0) + button;
        }
        let fold = needed > ui.available_width();
        v.row(ui, |ui| {
            v.title(ui, &v.t("app-name"), 1.1);
            if let Some(t) = &learner_text {
                ui.separator();
                v.label(ui, t.as_str());
            }
            let far = if v.rtl {
                egui::Layout::left_to_right(egui::Align::Center)
            } else {
                egui::Layout::right_to_left(egui::Align::Center)
            };
            ui.with_layout(far, |ui| {
                if fold {
                    let menu = v.button(ui, &format!("☰ {}", v.t("menu")));
                    let menu = v.named(menu, egui::Role::Button, &v.t("menu"));
                    let align = if v.rtl { egui::RectAlign::BOTTOM_START } else { egui::RectAlign::BOTTOM_END };
                    egui::Popup::menu(&menu).align(align).layout(v.column_layout()).show(|ui| {
                        if learner.is_some() && v.button(ui, &v.t("switch-learner")).clicked() {
                            action = Some(Action::SignOut);
                        }
                        if v.button(ui, &theme).clicked() {
                            action = Some(Action::SetTheme(!dark));
                        }
                        if v.button(ui, &v.t("larger-text")).clicked() {
                            action = Some(Action::SetTextSize((v.size + 2.0).min(28.0)));
                        }
                        if v.button(ui, &v.t("smaller-text")).clicked() {
                            action = Some(Action::SetTextSize((v.size - 2.0).max(12.0)));
                        }
                        ui.separator();
                        v.label(ui, v.t("language-label"));
                        for (code, name) in LANGUAGES {
                            if v.selectable(ui, code == v.tr.lang(), name).clicked() {
                                action = Some(Action::SetLanguage(code.to_string()));
                            }
                        }
                    });
                    return;
                }
                if learner.is_some() && v.button(ui, &v.t("switch-learner")).clicked() {
                    action = Some(Action::SignOut);
                }
                if v.button(ui, &theme).clicked() {
                    action = Some(Action::SetTheme(!dark));
                }
                let bigger = v.button(ui, "A+");
                if v.tooltip(bigger, &v.t("larger-text")).clicked() {
                    action = Some(Action::SetTextSize((v.size + 2.0).min(28.0)));
                }
                let smaller = v.button(ui, "A–");
                if v.tooltip(smaller, &v.t("smaller-text")).clicked() {
                    action = Some(Action::SetTextSize((v.size - 2.0).max(12.0)));
                }
                // Laid out from the far end: the list first, so that its label reads before it.
                let combo = v.dropdown(ui, egui::Id::unique("language"), current, 130.0, |ui| {
                    for (code, name) in LANGUAGES {
                        if v.selectable(ui, code == v.tr.lang(), name).clicked() {
                            action = Some(Action::SetLanguage(code.to_string()));
                        }
                    }
                });
                let label = v.label(ui, v.t("language-label"));
                combo.labelled_by(label.id);
            });
        });
        ui.add_space(4.0);
    });
    action
}

/// Why the window did not run.
#[derive(Debug)]
pub enum RunError {
    /// OpenGL could not start (no driver, a remote desktop, a virtual machine): the window was
    /// never opened and nothing was shown. The program starts again with `--renderer cpu`.
    NoOpenGl(eframe::Error),
    /// Anything else.
    Window(eframe::Error),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::NoOpenGl(e) => write!(f, "OpenGL could not be used: {e}"),
            RunError::Window(e) => e.fmt(f),
        }
    }
}

/// Open the window and run `app` until it is closed. `started` is when the process began, for
/// the time-to-first-frame report of `--exit-after-frames`.
pub fn run(app: CpmsApp, started: Instant, exit_after_frames: Option<u64>) -> Result<(), RunError> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CPMS Player")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    let window = Window { app, started, frames: 0, exit_after_frames };
    #[cfg(feature = "soft")]
    let cpu = soft::chosen();
    #[cfg(not(feature = "soft"))]
    let cpu = false;
    if exit_after_frames.is_some() {
        // For measurements: which painter the figures are of.
        eprintln!("renderer: {}", if cpu { "cpu" } else { "opengl" });
    }
    #[cfg(feature = "soft")]
    if cpu {
        return soft::run(options.viewport, Box::new(window))
            .map_err(|e| RunError::Window(eframe::Error::AppCreation(e.to_string().into())));
    }
    // eframe takes the app only once OpenGL works: when it never took it, OpenGL did not start.
    let slot = std::rc::Rc::new(std::cell::RefCell::new(Some(window)));
    let taken = slot.clone();
    let ran = eframe::run_native(
        "CPMS Player",
        options,
        Box::new(move |_cc| match taken.borrow_mut().take() {
            Some(window) => Ok(Box::new(window) as Box<dyn eframe::App>),
            None => Err("the window was already opened".into()),
        }),
    );
    let never_opened = slot.borrow_mut().take().is_some();
    ran.map_err(|e| {
        let opengl =
            matches!(e, eframe::Error::Glutin(_) | eframe::Error::NoGlutinConfigs(..) | eframe::Error::OpenGL(_));
        if never_opened && opengl { RunError::NoOpenGl(e) } else { RunError::Window(e) }
    })
}

/// The widest texture the program asks for (see `Window::raw_input_hook`).
const MAX_TEXTURE_SIDE: usize = 2048;

/// The eframe shell around [`CpmsApp`]: frame counting for `--exit-after-frames`.
struct Window {
    app: CpmsApp,
    started: Instant,
    frames: u64,
    exit_after_frames: Option<u64>,
}

impl eframe::App for Window {
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        // egui makes its glyph atlas as wide as the largest texture the driver takes: 16,384
        // pixels under Mesa's software renderer, so every row the atlas grows by costs 64 KB,
        // held twice (egui's image and the driver's texture). 2,048 is plenty for the text of a
        // lesson at any of the offered sizes (issue 20, memory).
        let side = std::env::var("CPMS_MAX_TEXTURE").ok().and_then(|v| v.parse().ok()).unwrap_or(MAX_TEXTURE_SIDE);
        raw_input.max_texture_side = Some(raw_input.max_texture_side.map_or(side, |s| s.min(side)));
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if self.exit_after_frames.is_some() && self.frames == 1 {
            // The first frame has been painted and its buffers swapped before eframe asks for the
            // second: this is what the user waited for.
            eprintln!("first painted frame: {} ms", self.started.elapsed().as_millis());
        }
        self.app.show(ui);
        self.frames += 1;
        if let Some(limit) = self.exit_after_frames {
            if self.frames == 1 {
                eprintln!("first frame built: {} ms", self.started.elapsed().as_millis());
            }
            // At least two frames, so that the painted one is reported.
            if self.frames >= limit.max(2) {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }
}
