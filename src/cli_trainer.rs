//! `cpms-player trainer set-passphrase`: choose or reset the trainer passphrase from a terminal.
//! This is the deliberate way to set it once learners use a laptop (the app then no longer
//! offers it to whoever opens the trainer area first) and the documented reset for someone with
//! the data folder: the new passphrase replaces the old one and the wrong tries are forgotten.

use crate::cli::Cli;
use anyhow::Result;
use cpms_player::problem::Problem;
use cpms_player::progress;
use std::io::{BufRead, IsTerminal};

/// Read the new passphrase twice: from a terminal without echo (a prompt each), or from a pipe,
/// a line each (a prompt on stderr), as scripts and the tests give it.
pub fn set_passphrase(cli: &Cli) -> Result<i32> {
    let store = crate::cli::open_store(cli)?;
    let terminal = std::io::stdin().is_terminal();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut ask = |prompt: &str| -> Result<String> {
        if terminal {
            // Nothing typed is shown: a passphrase must not stay on the screen.
            return Ok(rpassword::prompt_password(format!("{prompt}: "))?);
        }
        eprint!("{prompt}: ");
        let line = lines.next().transpose()?.unwrap_or_default();
        // Piped in: end the prompt's line (a terminal's Enter does it otherwise).
        eprintln!();
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    };
    let first = ask("New trainer passphrase (at least 8 characters)")?;
    let again = ask("The same passphrase again")?;
    if first != again {
        return Err(Problem::new("passphrases-differ").into());
    }
    if first.chars().count() < 8 {
        return Err(Problem::new("passphrase-short").into());
    }
    store.set_trainer_passphrase(&first)?;
    store.clear_pin_failures(&progress::TRAINER)?;
    outln!("Trainer passphrase set. Wrong tries are forgotten.");
    Ok(0)
}
