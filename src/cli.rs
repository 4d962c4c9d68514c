//! Command-line interface: argument parsing and the headless subcommands.

use anyhow::Result;
use clap::{Parser, Subcommand};
use cpms_player::course;
use cpms_player::i18n::Tr;
use cpms_player::platform::{self, Access};
use cpms_player::problem::Problem;
use cpms_player::progress::{self, Store, health, paths};
use std::path::{Path, PathBuf};

/// Print a line to standard output. A closed pipe (`cpms-player report | head`) ends the program
/// quietly with success, as a command-line tool should; it never panics.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::emit(format_args!($($arg)*), true) };
}

/// Print to standard output without a newline (see `outln!`).
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::emit(format_args!($($arg)*), false) };
}

pub fn emit(args: std::fmt::Arguments<'_>, newline: bool) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let written = stdout.write_fmt(args).and_then(|_| if newline { stdout.write_all(b"\n") } else { Ok(()) });
    if let Err(e) = written.and_then(|_| stdout.flush())
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// The language of messages: `--lang`, else the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`),
/// else English.
pub fn message_language(flag: Option<&str>) -> String {
    let known = |l: &str| cpms_player::i18n::LANGUAGES.iter().any(|(c, _)| *c == l);
    if let Some(l) = flag.filter(|l| known(l)) {
        return l.to_string();
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            let code: String = v.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
            if known(&code) {
                return code;
            }
            if !v.is_empty() {
                break;
            }
        }
    }
    "en".into()
}

/// An error for the user: the problem in their language when there is one.
pub fn describe_error(e: &anyhow::Error, lang: &str, db: Option<&Path>) -> String {
    let tr = Tr::new(lang);
    for cause in e.chain() {
        if let Some(p) = cause.downcast_ref::<Problem>() {
            return tr.problem(p);
        }
        if let Some(store_error) = cause.downcast_ref::<progress::StoreError>() {
            if let Some(db) = db {
                return tr.problem(&health::explain(store_error, db));
            }
            return store_error.localized(&tr);
        }
    }
    format!("{e:#}")
}

#[derive(Parser, Debug)]
#[command(
    name = "cpms-player",
    version,
    about = "Offline player for the CPMS eCourse. Without a command, opens the window."
)]
pub struct Cli {
    /// Folder holding the progress database (default: `data/` beside the program if present, else the user data folder)
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Folder holding course packages (default: `courses/` beside the program or in the current folder)
    #[arg(long, global = true, value_name = "DIR")]
    pub courses_dir: Option<PathBuf>,
    /// Interface language for new learners: en, fr, es or ar
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Open the window, paint N frames, exit 0 and print the time to first frame (ms) on stderr
    #[arg(long, value_name = "N")]
    pub exit_after_frames: Option<u64>,
    /// How to paint the window: gl (OpenGL) or cpu (no graphics driver; also CPMS_RENDERER=cpu). Default: OpenGL, or the CPU where OpenGL could only be a software renderer
    #[cfg(feature = "soft")]
    #[arg(long, value_name = "gl|cpu", value_parser = ["gl", "cpu"])]
    pub renderer: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check course packages; exit 0 when all are valid, 1 otherwise
    Validate {
        /// Print counts as JSON
        #[arg(long)]
        json: bool,
        /// Treat item-lint warnings (answer cues, missing tags, near-duplicates…) as errors
        #[arg(long)]
        strict: bool,
        /// Course folders (or folders of course folders)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Simulate test-wise readers taking the final assessment (the real draw and scoring);
    /// `--lang L` checks one language, otherwise every language of the course
    AssessCheck {
        /// Course folder
        course: PathBuf,
        /// Simulated attempts per reader and language
        #[arg(long, default_value_t = 2000)]
        attempts: usize,
        /// Seed of the simulation (the same seed gives the same numbers)
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print the numbers as JSON
        #[arg(long)]
        json: bool,
        /// Also list the items whose form gives the key away, with the strategies it helps
        #[arg(long)]
        items: bool,
    },
    /// Context packs: local information (referral contacts, local terms, local examples) a
    /// trainer adds to an installed course without editing it
    Course {
        #[command(subcommand)]
        action: CourseAction,
    },
    /// Write the completion certificate of a learner as PDF
    Certificate {
        /// Learner name or id
        #[arg(long)]
        learner: String,
        /// Course id, e.g. cpms-2019
        #[arg(long)]
        course: String,
        /// File to write (PDF, or the Open Badges credential as a compact JWT)
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// pdf, or openbadge: an Open Badges 3.0 credential (VC-JWT signed by this laptop)
        #[arg(long, value_enum, default_value = "pdf")]
        format: CertificateFormat,
    },
    /// Check a certificate: its PDF file, the text of its QR code, or its short code. Exit 0 valid,
    /// 1 unknown code or not a code, 3 issuer not in the trust list, 4 issuer revoked, 5 not valid, 6 older
    /// certificate of another laptop
    Verify {
        /// certificate.pdf, the QR code's text (CPMS2…), or the code (XXXX-XXXX-XXXX-XXXX)
        code: String,
    },
    /// Write all progress of this laptop to a bundle file (to merge on another laptop)
    ExportProgress {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also carry the learners' PIN hashes (off by default: a 6-digit PIN can be guessed
        /// offline from its hash given time; carry them only on a stick you keep with you)
        #[arg(long)]
        with_pins: bool,
    },
    /// Merge progress bundles from other laptops (all or nothing; importing twice changes nothing)
    ImportProgress {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Progress report: a row per learner and module (`report items`: the item analysis)
    Report {
        #[command(subcommand)]
        what: Option<ReportWhat>,
        #[arg(long, value_enum, default_value = "csv")]
        format: ReportFormat,
        /// Course id (default: every installed course)
        #[arg(long)]
        course: Option<String>,
        /// Write to a file instead of the screen
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Leave out archived learners and those removed from this laptop (by default every
        /// learner is reported, marked in the learner_state column)
        #[arg(long)]
        active_only: bool,
    },
    /// Create demo learners with realistic activity (for demos, practice and benchmarks)
    GenerateDemo {
        #[arg(long, default_value_t = 20)]
        learners: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Course id (default: the first installed course)
        #[arg(long)]
        course: Option<String>,
    },
    /// Copy the progress database to a file (safe while the app runs)
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Replace the progress database by a backup (the current one is kept as .before-restore)
    Restore { file: PathBuf },
    /// xAPI statements for a Learning Record Store: export to a file, or sync
    Xapi {
        #[command(subcommand)]
        action: XapiAction,
    },
    /// Manage learner profiles
    Learners {
        #[command(subcommand)]
        action: LearnersAction,
    },
    /// The trainer passphrase: set it, or reset a forgotten one (needs the data folder)
    Trainer {
        #[command(subcommand)]
        action: TrainerAction,
    },
    /// Organisation key (trainer): create it, enrol laptops, revoke them
    Org {
        #[command(subcommand)]
        action: OrgAction,
    },
    /// Trust list: this laptop's key, the organisations and laptops it trusts; export and import
    Trust {
        #[command(subcommand)]
        action: TrustAction,
    },
    /// The roster: the trainer's list of learners, installed on every laptop so that each person
    /// has the same id everywhere
    Roster {
        #[command(subcommand)]
        action: RosterAction,
    },
}

#[derive(Subcommand, Debug)]
pub enum CourseAction {
    /// Check a context pack (context.ron) and add it to its course; nothing changes on a problem
    AddContext {
        /// The pack file (RON; see courses/README.md, "Context packs")
        file: PathBuf,
        /// Course id (default: the course the pack names in `course`)
        #[arg(long)]
        course: Option<String>,
    },
    /// Remove the context pack of a course
    RemoveContext {
        /// Course id, e.g. cpms-2019
        #[arg(long)]
        course: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum TrainerAction {
    /// Choose the trainer passphrase, or replace a forgotten one: typed twice (not shown at a
    /// terminal), or two lines on standard input. Wrong tries are forgotten too.
    SetPassphrase,
}

#[derive(Subcommand, Debug)]
pub enum ReportWhat {
    /// Item analysis of a course: facility, discrimination and draws per item, mastery per
    /// standard and pillar, over every merged laptop
    Items {
        /// Course id, e.g. cpms-2019
        #[arg(long)]
        course: String,
        #[arg(long, value_enum, default_value = "csv")]
        format: ReportFormat,
        /// Write to a file instead of the screen
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum OrgAction {
    /// Create this laptop's organisation key (once) and trust it here
    Create { name: String },
    /// Sign a laptop's public key (shown by `trust show` on that laptop) into the organisation
    Enrol {
        /// The laptop's public key, or `this` for this laptop
        #[arg(allow_hyphen_values = true)]
        key: String,
        /// A name for the laptop, e.g. "Kit 3"
        #[arg(long)]
        name: String,
    },
    /// Revoke a laptop (by public key or name): its records from now on are refused
    Revoke {
        #[arg(allow_hyphen_values = true)]
        laptop: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum TrustAction {
    /// Show this laptop's public key and the trust list
    Show,
    /// Write the trust list to a file (give it to every laptop and to whoever verifies certificates)
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Add the organisations, enrolments and revocations of a trust file
    Import { file: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum RosterAction {
    /// Write this laptop's learners (profiles and links, no progress) to a roster file
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also carry the PIN hashes (see export-progress --with-pins)
        #[arg(long)]
        with_pins: bool,
    },
    /// Install a roster file (or any progress bundle) on this laptop
    Import { file: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum LearnersAction {
    /// List learners
    List,
    /// Add a learner
    Add {
        name: String,
        /// Optional 4–6 digit PIN
        #[arg(long)]
        pin: Option<String>,
    },
    /// Add learners from a CSV file (columns: name[,pin][,language]; all or nothing)
    Import { file: PathBuf },
    /// Rename a learner
    Rename { learner: String, new_name: String },
    /// Set a learner's PIN (4–6 digits), or remove it with --remove
    SetPin {
        learner: String,
        pin: Option<String>,
        /// Remove the learner's PIN (anyone can then open the profile)
        #[arg(long)]
        remove: bool,
    },
    /// Remove a learner profile from this laptop only (hidden here; nothing is deleted and the
    /// learner stays in reports, here and on the trainer's laptop)
    Remove { learner: String },
    /// Show again a profile removed from this laptop (give its id)
    Unremove { learner_id: cpms_player::ids::LearnerId },
    /// Archive a learner (a trainer's decision that travels in bundles; still in reports)
    Archive { learner: String },
    /// Undo archive
    Unarchive { learner: String },
    /// Say that LEARNER_ID (e.g. made on a field laptop) is the roster person PERSON_ID: reports,
    /// certificates and xAPI then count them as one learner (travels in bundles)
    Link { learner_id: cpms_player::ids::LearnerId, person_id: cpms_player::ids::LearnerId },
    /// Undo a link (travels in bundles)
    Unlink { learner_id: cpms_player::ids::LearnerId },
    /// List likely duplicates: the same name under different ids
    Duplicates,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CertificateFormat {
    Pdf,
    Openbadge,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Csv,
    Json,
}

impl Cli {
    /// The progress database path chosen by flags, portable mode or the user data folder.
    pub fn database_path(&self) -> Result<PathBuf> {
        let exe = paths::exe_dir();
        let (dir, _) =
            paths::data_dir(self.data_dir.as_deref(), exe.as_deref()).ok_or_else(|| Problem::new("no-data-folder"))?;
        Ok(dir.join(paths::DATABASE_FILE))
    }

    pub fn courses_dir(&self) -> PathBuf {
        self.courses_dir.clone().unwrap_or_else(|| paths::default_courses_dir(paths::exe_dir().as_deref()))
    }

    pub fn language(&self) -> String {
        self.lang.clone().unwrap_or_else(|| "en".into())
    }

    /// Where loaded courses are cached: `cache/` in the data folder (None when there is none).
    pub fn cache_dir(&self) -> Option<PathBuf> {
        self.database_path().ok()?.parent().map(|d| d.join("cache"))
    }

    /// The installed courses, through the course cache.
    pub fn catalog(&self) -> course::Catalog {
        course::load_catalog_cached(&self.courses_dir(), self.cache_dir().as_deref())
    }

    /// The language of messages (see `message_language`).
    pub fn message_language(&self) -> String {
        message_language(self.lang.as_deref())
    }

    /// Refuse an output file that would overwrite what the program keeps: the database, its WAL
    /// and shared-memory files, the backups folder, the courses folder.
    pub fn check_output(&self, out: &Path) -> Result<()> {
        progress::paths::check_output(&self.database_path()?, &self.courses_dir(), out).map_err(Into::into)
    }
}

/// Write `bytes` to `path` whole or not at all, durably (`platform::write_durably`): a failure
/// leaves any earlier file as it was and says what to do.
pub fn write_file(path: &Path, bytes: &[u8], access: Access) -> Result<()> {
    platform::write_durably(path, bytes, access)
        .map_err(|e| Problem::new("cannot-write").path("path", path).arg("error", e.to_string()).into())
}

/// Open the store for a command that writes. The file is looked at first (a few pages, whatever
/// its size): a damaged, empty, foreign or newer file is refused with what to do, unchanged.
pub fn open_store(cli: &Cli) -> Result<Store> {
    let path = cli.database_path()?;
    progress::backup::start_check(&path, false)?;
    let folder = path.parent().unwrap_or(Path::new("."));
    if folder.is_dir() && !health::folder_writable(folder) {
        return Err(Problem::new("db-read-only").path("path", folder).into());
    }
    Store::open(&path).map_err(|e| health::explain(&e, &path).into())
}

/// Open the store for a command that only reads. On a write-protected folder (a locked USB
/// stick) the file is opened read-only and immutable, nothing is written, and the user is told;
/// otherwise as usual (closing then folds the journal back into the file: no stray files).
pub fn open_store_for_reading(cli: &Cli) -> Result<Store> {
    let path = cli.database_path()?;
    progress::backup::start_check(&path, false)?;
    let folder = path.parent().unwrap_or(Path::new("."));
    let writable = !folder.is_dir() || health::folder_writable(folder);
    if writable {
        return Store::open(&path).map_err(|e| health::explain(&e, &path).into());
    }
    if !path.exists() {
        return Err(Problem::new("db-read-only").path("path", folder).into());
    }
    let store = Store::open_read_only(&path).map_err(|e| health::explain(&e, &path))?;
    eprintln!("{}", Tr::new(&cli.message_language()).problem(&Problem::new("db-read-only-note").path("path", folder)));
    Ok(store)
}

#[derive(Subcommand, Debug)]
pub enum XapiAction {
    /// Write the xAPI statements (a JSON array) to a file, e.g. to hand over on a USB stick
    Export {
        #[arg(long, value_name = "FILE.json")]
        out: PathBuf,
        /// Only the statements not yet sent to an LRS
        #[arg(long)]
        unsent: bool,
    },
    /// Send the waiting statements to an LRS in batches; exit 0 when all are sent, 1 otherwise
    Sync {
        /// The LRS's xAPI address, e.g. https://lrs.example.org/xAPI (statements go to ENDPOINT/statements)
        #[arg(long, value_name = "URL")]
        endpoint: String,
        /// LRS user (HTTP basic authentication)
        #[arg(long)]
        user: String,
        /// Password (default: the CPMS_XAPI_PASSWORD environment variable)
        #[arg(long)]
        password: Option<String>,
        /// Statements per request
        #[arg(long, value_name = "N", default_value_t = cpms_player::xapi::DEFAULT_BATCH)]
        batch: usize,
    },
    /// How many statements wait to be sent, the last error, and the activity-id base
    Status,
    /// Set the base of the xAPI activity ids to an address your organisation controls, e.g.
    /// https://learning.example.org/cpms (the same on every laptop that sends to one LRS); before
    /// the first sync. Without a base, activity ids are urn:uuid: names (no domain needed)
    SetBase {
        /// The base IRI (http://, https://, urn: or tag:)
        #[arg(value_name = "IRI", required_unless_present = "clear")]
        base: Option<String>,
        /// Forget the base set here (the course's or urn:uuid: ids again)
        #[arg(long, conflicts_with = "base")]
        clear: bool,
        /// Change it although statements were already sent under the current base
        #[arg(long)]
        force: bool,
    },
}
