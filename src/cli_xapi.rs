//! Command line for xAPI: export, sync and status.

use crate::cli::{Cli, open_store, open_store_for_reading};
use anyhow::{Context, Result};
use clap::Subcommand;
use cpms_player::problem::Problem;
use cpms_player::xapi;
use std::path::PathBuf;

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
        #[arg(long, value_name = "N", default_value_t = xapi::DEFAULT_BATCH)]
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

pub(crate) fn xapi_command(cli: &Cli, action: &XapiAction) -> Result<i32> {
    let store = match action {
        XapiAction::Status => open_store_for_reading(cli)?,
        _ => open_store(cli)?,
    };
    let catalog = cli.catalog();
    let not_installed = |waiting: &std::collections::BTreeMap<String, usize>| {
        for (course, n) in waiting {
            eprintln!(
                "warning: {n} facts of course '{course}' are left out: that course is not installed in {}",
                cli.courses_dir().display()
            );
        }
    };
    match action {
        XapiAction::Export { out, unsent } => {
            cli.check_output(out)?;
            let r = xapi::export_to_file(&store, &catalog.courses, out, *unsent)?;
            not_installed(&r.queue.waiting_for_course);
            outln!("Wrote {} xAPI statements to {}", r.statements, out.display());
            Ok(0)
        }
        XapiAction::Sync { endpoint, user, password, batch } => {
            let password = match password {
                Some(p) => p.clone(),
                None => std::env::var("CPMS_XAPI_PASSWORD").context("give --password, or set CPMS_XAPI_PASSWORD")?,
            };
            let auth = xapi::Auth::new(user.as_str(), password);
            let report =
                xapi::sync(&store, &catalog.courses, endpoint, &auth, *batch, |p| eprintln!("{}", p.describe()))?;
            if report.is_complete() {
                outln!("{}", report.summary());
                Ok(0)
            } else {
                eprintln!("{}", report.summary());
                Ok(1)
            }
        }
        XapiAction::Status => {
            // Reads only: statements are built when exported or sent, not to count them.
            let s = xapi::status(&store)?;
            outln!("{} statements waiting, {} sent", s.waiting + s.not_queued, s.sent);
            if s.not_queued > 0 {
                outln!("  ({} of them from facts not yet turned into statements)", s.not_queued);
            }
            if let Some(at) = s.last_sent_at {
                outln!("last sent: {}", xapi::statement::iso_timestamp(at));
            }
            if let Some(e) = &s.last_error {
                outln!("last error: {e}");
            }
            match store.xapi_activity_base()? {
                Some(base) => outln!("activity ids: {base}/… (set on this laptop)"),
                None => outln!("activity ids: the course's base, else urn:uuid: names (`xapi set-base` to choose)"),
            }
            Ok(0)
        }
        XapiAction::SetBase { base, clear, force } => {
            let base = base.as_deref().map(|b| b.trim().trim_end_matches('/')).filter(|_| !clear);
            if let Some(b) = base
                && !xapi::statement::is_base_iri(b)
            {
                return Err(Problem::new("xapi-bad-base").arg("base", b).into());
            }
            let sent = xapi::status(&store)?.sent;
            if sent > 0 && !force && store.xapi_activity_base()?.as_deref() != base {
                return Err(Problem::new("xapi-base-after-sync").num("sent", sent as f64).into());
            }
            store.set_xapi_activity_base(base)?;
            match base {
                Some(b) => outln!("xAPI activity ids now start with {b}/"),
                None => outln!("xAPI activity base forgotten"),
            }
            Ok(0)
        }
    }
}
