//! Long trainer work off the UI thread (rerun's background tasks are the model): merging
//! bundles, exporting a report or a bundle, installing a course, backing up and restoring run on
//! a thread of their own with their own database connection; the window keeps painting and shows
//! what runs and for how long. One task at a time. The merge and the backup, the ones that grow
//! with the database, also report how far they have come (a progress bar) and stop when asked
//! (both roll back or remove their partial file, so stopping changes nothing).
//!
//! Also the file choice for those tasks: the native dialog, or the path the trainer typed when no
//! dialog can open (a laptop without a desktop portal); a cancelled dialog is told apart from one
//! that could not open.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How a finished task ended: the message to show (in the trainer's language), its detail lines,
/// and what the app must reload.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub message: String,
    pub details: Vec<String>,
    pub reload: Reload,
}

/// What the app reloads when a task ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reload {
    /// The lists of the trainer screen (learners, dashboard).
    Lists,
    /// The course catalog (a course was installed).
    Courses,
    /// The progress database was replaced (restore): open it again.
    Database,
}

/// How a task ended (written by its thread).
#[derive(Debug, Clone, Default)]
struct State {
    outcome: Option<Result<Outcome, String>>,
}

/// A task handed to the screen: what it is, and a handle on its state.
pub struct Task {
    /// What runs, in the trainer's language ("Merging 3 progress files…").
    pub label: String,
    started: Instant,
    state: Arc<Mutex<State>>,
    /// How far it has come, and the way to stop it, for work that can be stopped safely.
    pub meter: Option<Arc<crate::progress::Meter>>,
}

impl Task {
    /// Run `work` on its own thread. A panic in it (a bug, never user data) is reported as a
    /// failure instead of leaving the task running forever.
    pub fn spawn(label: String, work: impl FnOnce() -> Result<Outcome, String> + Send + 'static) -> Task {
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        std::thread::spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                .unwrap_or_else(|_| Err("internal error: the task stopped unexpectedly".to_string()));
            if let Ok(mut s) = shared.lock() {
                s.outcome = Some(result);
            }
        });
        Task { label, started: Instant::now(), state, meter: None }
    }

    /// Like [`Task::spawn`], for work that reports its progress to `meter` and stops (changing
    /// nothing) when the meter is cancelled: the screen shows a progress bar and "Cancel".
    pub fn spawn_metered(
        label: String,
        meter: Arc<crate::progress::Meter>,
        work: impl FnOnce() -> Result<Outcome, String> + Send + 'static,
    ) -> Task {
        Task { meter: Some(meter), ..Task::spawn(label, work) }
    }

    /// Whether the thread is done.
    pub fn finished(&self) -> bool {
        self.state.lock().map(|s| s.outcome.is_some()).unwrap_or(true)
    }

    /// The outcome, once finished (taken: asked once).
    pub fn take_outcome(&self) -> Option<Result<Outcome, String>> {
        self.state.lock().ok().and_then(|mut s| s.outcome.take())
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }
}

/// The result of asking for a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    One(PathBuf),
    Many(Vec<PathBuf>),
    /// The trainer closed the dialog: nothing to do, nothing to say.
    Cancelled,
    /// No file dialog can open on this computer: the trainer must type the path.
    NoDialog,
}

/// What kind of file choice.
#[derive(Debug, Clone, Copy)]
pub enum Ask<'a> {
    Open { kind: &'a str, extensions: &'a [&'a str] },
    OpenMany { kind: &'a str, extensions: &'a [&'a str] },
    Folder,
    Save { name: &'a str, kind: &'a str, extension: &'a str },
}

/// A dialog that returns "nothing chosen" faster than this did not open at all (rfd answers
/// None at once when the desktop has no file-dialog service); nobody cancels that fast.
const NO_DIALOG_UNDER: Duration = Duration::from_millis(150);

/// The path typed in the trainer's path field when there is one (split on `;` or new lines for
/// several files), else the native dialog.
pub fn pick(typed: &str, ask: Ask<'_>) -> Picked {
    let typed: Vec<PathBuf> = typed
        .split([';', '\n'])
        .map(|p| p.trim().trim_matches('"'))
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .collect();
    if !typed.is_empty() {
        return match ask {
            Ask::OpenMany { .. } => Picked::Many(typed),
            _ => Picked::One(typed[0].clone()),
        };
    }
    if std::env::var_os("CPMS_NO_FILE_DIALOG").is_some() {
        return Picked::NoDialog;
    }
    let asked = Instant::now();
    let picked = match ask {
        Ask::Open { kind, extensions } => {
            rfd::FileDialog::new().add_filter(kind, extensions).pick_file().map(Picked::One)
        }
        Ask::OpenMany { kind, extensions } => {
            rfd::FileDialog::new().add_filter(kind, extensions).pick_files().map(Picked::Many)
        }
        Ask::Folder => rfd::FileDialog::new().pick_folder().map(Picked::One),
        Ask::Save { name, kind, extension } => {
            rfd::FileDialog::new().add_filter(kind, &[extension]).set_file_name(name).save_file().map(Picked::One)
        }
    };
    match picked {
        Some(p) => p,
        None if asked.elapsed() < NO_DIALOG_UNDER && !cfg!(any(windows, target_os = "macos")) => Picked::NoDialog,
        None => Picked::Cancelled,
    }
}
