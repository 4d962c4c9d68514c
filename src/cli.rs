//! Command-line interface: argument parsing and the headless subcommands.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use cpms_player::certificate;
use cpms_player::course::{self, Diagnostic, stats::course_stats};
use cpms_player::progress::{Store, paths};
use std::path::{Path, PathBuf};

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
        /// Course folders (or folders of course folders)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Write the completion certificate of a learner as PDF
    Certificate {
        /// Learner name or id
        #[arg(long)]
        learner: String,
        /// Course id, e.g. cpms-2019
        #[arg(long)]
        course: String,
        /// PDF file to write
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// Check a certificate's verification code (exit 0 when known, 1 otherwise)
    Verify { code: String },
    /// Manage learner profiles
    Learners {
        #[command(subcommand)]
        action: LearnersAction,
    },
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
}

impl Cli {
    /// The progress database path chosen by flags, portable mode or the user data folder.
    pub fn database_path(&self) -> Result<PathBuf> {
        let exe = paths::exe_dir();
        let (dir, _) = paths::data_dir(self.data_dir.as_deref(), exe.as_deref())
            .context("no data folder could be found; give one with --data-dir")?;
        Ok(dir.join(paths::DATABASE_FILE))
    }

    pub fn courses_dir(&self) -> PathBuf {
        self.courses_dir.clone().unwrap_or_else(|| paths::default_courses_dir(paths::exe_dir().as_deref()))
    }

    pub fn language(&self) -> String {
        self.lang.clone().unwrap_or_else(|| "en".into())
    }
}

/// Run a subcommand; returns the process exit code.
pub fn run_command(cli: &Cli, command: &Command) -> Result<i32> {
    match command {
        Command::Validate { json, paths } => validate(paths, *json),
        Command::Certificate { learner, course, out } => {
            let store = open_store(cli)?;
            let learner = store.find_learner(learner)?;
            let catalog = course::load_catalog(&cli.courses_dir());
            let Some(c) = catalog.courses.iter().find(|c| c.id() == course) else {
                let ids: Vec<&str> = catalog.courses.iter().map(|c| c.id()).collect();
                bail!("no course with id '{course}' in {}; installed: {}", cli.courses_dir().display(), ids.join(", "));
            };
            let cert = certificate::issue(&store, c, &learner.id)?;
            let pdf = certificate::render_pdf(&cert, &cpms_player::i18n::certificate_labels(&cert.language))?;
            std::fs::write(out, pdf).with_context(|| format!("cannot write {}", out.display()))?;
            println!("Certificate for {} written to {} (code {})", cert.learner_name, out.display(), cert.code);
            Ok(0)
        }
        Command::Verify { code } => {
            let store = open_store(cli)?;
            match certificate::verify(&store, code)? {
                Some(c) => {
                    println!("Valid certificate {}", c.code);
                    println!("  learner:       {}", c.learner_name);
                    println!("  course:        {} ({})", c.course_title, c.course_id);
                    println!("  completed on:  {}", c.date());
                    println!("  final score:   {}%", c.final_score);
                    println!("  study time:    {}", c.study_time());
                    Ok(0)
                }
                None => {
                    eprintln!(
                        "No certificate with code {} is known here. Check the code, or merge the progress of the laptop that issued it.",
                        certificate::normalize_code(code)
                    );
                    Ok(1)
                }
            }
        }
        Command::Learners { action } => {
            let store = open_store(cli)?;
            match action {
                LearnersAction::List => {
                    let learners = store.learners()?;
                    if learners.is_empty() {
                        println!("No learners yet. Add one with: cpms-player learners add NAME");
                    }
                    for l in learners {
                        println!("{}\t{}\t{}{}", l.id, l.name, l.language, if l.has_pin { "\tPIN" } else { "" });
                    }
                }
                LearnersAction::Add { name, pin } => {
                    let l = store.add_learner(name, pin.as_deref(), &cli.language())?;
                    println!("Added {} ({})", l.name, l.id);
                }
            }
            Ok(0)
        }
    }
}

pub fn open_store(cli: &Cli) -> Result<Store> {
    let path = cli.database_path()?;
    Store::open(&path).with_context(|| format!("cannot open the progress database {}", path.display()))
}

/// Course folders named by a path: the folder itself, or its sub-folders holding a course.
fn course_dirs(path: &Path) -> Result<Vec<PathBuf>> {
    if path.join("course.ron").is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if !path.is_dir() {
        bail!("{}: no such course folder", path.display());
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("course.ron").is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        bail!("{}: no course.ron here or in its sub-folders; a course folder must contain course.ron", path.display());
    }
    Ok(dirs)
}

fn validate(paths: &[PathBuf], json: bool) -> Result<i32> {
    let mut stats = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for path in paths {
        let dirs = match course_dirs(path) {
            Ok(d) => d,
            Err(e) => {
                problems.push(Diagnostic::new(path, 0, 0, e.to_string(), "give the path of a course folder"));
                continue;
            }
        };
        for dir in dirs {
            match course::load_course(&dir) {
                Ok(c) => stats.push(course_stats(&c)),
                Err(mut ds) => problems.append(&mut ds),
            }
        }
    }
    if json {
        let errors: Vec<serde_json::Value> = problems
            .iter()
            .map(|d| serde_json::json!({"file": d.file, "line": d.line, "column": d.column, "message": d.message, "hint": d.hint}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"courses": stats, "errors": errors}))?);
    } else {
        for s in &stats {
            let words: Vec<String> = s.words.iter().map(|(l, n)| format!("{n} words ({l})")).collect();
            println!(
                "ok  {}: {} languages, {} modules, {} lessons, {} quiz items, {} glossary terms, {} min, {}",
                s.id,
                s.languages.len(),
                s.modules,
                s.lessons,
                s.items,
                s.glossary_terms,
                s.minutes,
                words.join(", ")
            );
        }
        for d in &problems {
            eprintln!("error: {d}");
        }
        if !problems.is_empty() {
            eprintln!("{} problem(s) found.", problems.len());
        }
    }
    Ok(if problems.is_empty() { 0 } else { 1 })
}
