//! CPMS Player entry point: parse arguments, then run a subcommand or open the window.

mod cli;

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
    let store = cli::open_store(cli)?;
    let catalog = cpms_player::course::load_catalog(&cli.courses_dir());
    for (dir, problems) in &catalog.problems {
        eprintln!("warning: the course in {} was not loaded:", dir.display());
        for p in problems {
            eprintln!("  {p}");
        }
    }
    cpms_player::ui::run(store, catalog, cli.courses_dir(), cli.language(), started, cli.exit_after_frames)
        .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))?;
    Ok(0)
}
