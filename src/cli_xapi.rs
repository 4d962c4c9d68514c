//! Command line for xAPI: export, sync and status.

use crate::cli::{Cli, XapiAction, open_store, open_store_for_reading};
use anyhow::{Context, Result};
use cpms_player::problem::Problem;
use cpms_player::xapi;

pub(crate) fn xapi_command(cli: &Cli, action: &XapiAction) -> Result<i32> {
    let store = match action {
        XapiAction::Status => open_store_for_reading(cli)?,
        _ => open_store(cli)?,
    };
    let catalog = cli.catalog();
    let not_installed = |waiting: &std::collections::BTreeMap<cpms_player::ids::CourseId, usize>| {
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
