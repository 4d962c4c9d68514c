//! CPMS Player entry point: parse arguments, then run a subcommand or open the window.

mod cli;
mod cli_trust;

use clap::Parser;

fn main() {
    let started = std::time::Instant::now();
    let cli = cli::Cli::parse();
    let code = match &cli.command {
        Some(command) => cli::run_command(&cli, command),
        None => run_app(&cli, started),
    };
    match code {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}

fn run_app(cli: &cli::Cli, started: std::time::Instant) -> anyhow::Result<i32> {
    use cpms_player::progress::{Store, backup};
    let catalog = cpms_player::course::load_catalog(&cli.courses_dir());
    for (dir, problems) in &catalog.problems {
        eprintln!("warning: the course in {} was not loaded:", dir.display());
        for p in problems {
            eprintln!("  {p}");
        }
    }
    let db = cli.database_path()?;
    let backups = backup::backup_dir(&db);
    let app = match backup::quick_check(&db) {
        Ok(()) => {
            let store = Store::open(&db)
                .map_err(|e| anyhow::anyhow!("cannot open the progress database {}: {e}", db.display()))?;
            // One automatic backup a day, the last few kept.
            if backup::backup_due(&backups, 24) {
                if let Err(e) = store.rotate_backup(&backups) {
                    eprintln!("warning: the automatic backup failed: {e}");
                }
            }
            cpms_player::ui::CpmsApp::new(store, catalog, cli.language())
        }
        Err(problem) => {
            eprintln!("warning: {problem}; offering recovery");
            cpms_player::ui::CpmsApp::recovering(db, problem, backup::good_backups(&backups), catalog, cli.language())?
        }
    };
    let app = app.with_courses_dir(cli.courses_dir());
    cpms_player::ui::run(app, started, cli.exit_after_frames)
        .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))?;
    Ok(0)
}
