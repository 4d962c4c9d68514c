//! CPMS Player entry point: parse arguments, then run a subcommand or open the window.
//!
//! On Windows the release program is a GUI program: no console window opens beside the course
//! window. Debug builds stay console programs (test output, `cargo run`). Subcommands attach to
//! the console of the shell that started them (`platform::attach_parent_console`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

#[macro_use]
mod cli;
mod cli_course;
mod cli_people;
mod cli_run;
mod cli_stats;
mod cli_trainer;
mod cli_trust;
mod cli_xapi;

use clap::Parser;

fn main() {
    let started = std::time::Instant::now();
    cpms_player::platform::attach_parent_console();
    let cli = cli::Cli::parse();
    let code = match &cli.command {
        Some(command) => cli_run::run_command(&cli, command),
        None => run_app(&cli, started),
    };
    match code {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            let lang = cli.message_language();
            let db = cli.database_path().ok();
            let tr = cpms_player::i18n::Tr::new(&lang);
            eprintln!("{}: {}", tr.t("error-prefix"), cli::describe_error(&e, &lang, db.as_deref()));
            std::process::exit(2);
        }
    }
}

fn run_app(cli: &cli::Cli, started: std::time::Instant) -> anyhow::Result<i32> {
    use cpms_player::progress::{Store, backup, health};
    let catalog = cli.catalog();
    for (dir, problems) in &catalog.problems {
        eprintln!("warning: the course in {} was not loaded:", dir.display());
        for p in problems {
            eprintln!("  {p}");
        }
    }
    let db = cli.database_path()?;
    let backups = backup::backup_dir(&db);
    let tr = cpms_player::i18n::Tr::new(&cli.message_language());
    // The whole file is read only after an unclean end (crash, power cut); otherwise a look at
    // the header and schema is enough, whatever the database's size.
    let full = health::needs_full_check(&db);
    let app = match backup::start_check(&db, full) {
        Ok(()) => {
            // One automatic backup a day, the last few kept, on a thread of its own.
            let daily_backup = {
                let (db, backups) = (db.clone(), backups.clone());
                move || {
                    if backup::backup_due(&backups, 24)
                        && let Err(e) = backup::automatic_backup(&db, &backups)
                    {
                        eprintln!("warning: the automatic backup failed: {e}");
                    }
                }
            };
            if Store::needs_upgrade(&db) {
                // A file of an older version: brought up to date behind a progress screen (it
                // can take tens of seconds on a trainer's laptop), then backed up.
                health::mark_session_open(&db);
                cpms_player::ui::CpmsApp::upgrading(db.clone(), daily_backup, catalog, cli.language())?
            } else {
                let store = Store::open(&db).map_err(|e| health::explain(&e, &db))?;
                health::mark_session_open(&db);
                std::thread::spawn(daily_backup);
                cpms_player::ui::CpmsApp::new(store, catalog, cli.language())
            }
        }
        Err(problem) => {
            let problem = tr.problem(&problem);
            eprintln!("warning: {problem}");
            cpms_player::ui::CpmsApp::recovering(
                db.clone(),
                problem,
                backup::describe_backups(&backups),
                catalog,
                cli.language(),
            )?
        }
    };
    let app = app.with_courses_dir(cli.courses_dir());
    #[cfg(feature = "soft")]
    match &cli.renderer {
        Some(renderer) => cpms_player::ui::soft::choose(renderer == "cpu"),
        // Nothing asked for: where OpenGL could only be a software renderer, paint on the CPU.
        None if std::env::var_os("CPMS_RENDERER").is_none() && cpms_player::platform::only_software_opengl() => {
            cpms_player::ui::soft::choose(true)
        }
        None => {}
    }
    let ran = cpms_player::ui::run(app, started, cli.exit_after_frames);
    health::mark_session_closed(&db);
    match ran {
        Ok(()) => Ok(0),
        // The window was never opened (the app, and its database, are closed by now): start
        // again, painting on the CPU (winit opens one event loop per process).
        #[cfg(feature = "soft")]
        Err(cpms_player::ui::RunError::NoOpenGl(e)) if cli.renderer.is_none() => {
            eprintln!("OpenGL could not be used ({e}); painting on the CPU instead");
            let exe = std::env::current_exe()?;
            let status = std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .args(["--renderer", "cpu"])
                .status()?;
            Ok(status.code().unwrap_or(1))
        }
        Err(e) => Err(anyhow::anyhow!("the window could not be opened: {e}")),
    }
}
