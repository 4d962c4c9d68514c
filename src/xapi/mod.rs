//! xAPI reporting: every learning fact as an xAPI 1.0.3 statement, an outbox of statements
//! waiting for a Learning Record Store, export to a file (USB hand-over) and sync in batches.
//!
//! Statement ids are v5 UUIDs derived from fact ids, and a statement is a pure function of its
//! fact, built when sent or exported (`statement::Writer` writes the JSON straight into a buffer):
//! sent again (after a lost answer, a retry), it is the identical statement and the LRS keeps
//! one. Two laptops that merged the same facts build the same statements as long as they hold
//! the same course; where they differ, the LRS answers 409 and the sync report names the conflict.
//!
//! [`sync`] blocks while it talks to the LRS; from the window, run it on a worker thread with
//! its own `Store::open(path)` on the same database (SQLite WAL lets both work at once).
//!
//! ```no_run
//! # fn demo(store: &cpms_player::progress::Store, catalog: &cpms_player::course::Catalog) {
//! use cpms_player::xapi::{self, Auth};
//! let auth = Auth::new("trainer", "secret");
//! match xapi::sync(store, &catalog.courses, "https://lrs.example.org/xAPI", &auth, 50, |p| {
//!     eprintln!("{}", p.describe());
//! }) {
//!     Ok(report) => println!("{}", report.summary()), // "120 sent, 0 left."
//!     Err(e) => eprintln!("error: {e}"),
//! }
//! # }
//! ```

pub mod client;
pub mod interaction;
pub mod outbox;
pub mod statement;

pub use client::{Auth, Lrs, PostOutcome};
pub use outbox::{OutboxStatus, QueueReport};
pub use statement::{LearnerRef, statement_id};

use crate::course::Course;
use crate::progress::{Store, StoreError};
use std::path::{Path, PathBuf};

/// Default number of statements per POST.
pub const DEFAULT_BATCH: usize = 50;

#[derive(Debug, thiserror::Error)]
pub enum XapiError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The endpoint or the options cannot work (nothing was sent).
    #[error("{0}")]
    Config(String),
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    /// What the user can act on (a file that cannot be written). Its own source, so that
    /// `cli::describe_error` finds it and says it in the user's language.
    #[error("{0}")]
    Problem(#[from] crate::problem::Problem),
}

pub type Result<T> = std::result::Result<T, XapiError>;

/// A statement the LRS would not take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub statement_id: String,
    pub message: String,
}

/// How one batch went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchOutcome {
    /// Every statement of the batch is stored.
    Sent,
    /// The LRS refused the batch as a whole; sent one by one, `sent` passed and the rest were refused.
    Split { sent: usize, conflicts: usize, rejected: usize },
    /// Nothing of this batch was stored; sending stopped.
    Failed(String),
}

/// Progress after each batch, for a progress bar or a line on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// 1-based batch number, of `batches`.
    pub batch: usize,
    pub batches: usize,
    /// Statements in this batch.
    pub size: usize,
    /// Statements sent so far in this sync, of `total`.
    pub sent: usize,
    pub total: usize,
    pub outcome: BatchOutcome,
}

impl Progress {
    /// "batch 2/3: 50 statements sent (100 of 120)".
    pub fn describe(&self) -> String {
        let head = format!("batch {}/{}", self.batch, self.batches);
        match &self.outcome {
            BatchOutcome::Sent => {
                format!("{head}: {} statements sent ({} of {})", self.size, self.sent, self.total)
            }
            BatchOutcome::Split { sent, conflicts, rejected } => format!(
                "{head}: refused as a whole, sent one by one: {sent} sent, {conflicts} in conflict, {rejected} rejected ({} of {})",
                self.sent, self.total
            ),
            BatchOutcome::Failed(e) => format!("{head}: not sent: {e}"),
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub queue: QueueReport,
    /// Statements stored by the LRS in this sync.
    pub sent: usize,
    /// Statements still waiting after this sync.
    pub left: usize,
    /// Statements whose id the LRS already holds with other content (HTTP 409).
    pub conflicts: Vec<Problem>,
    /// Statements the LRS refused as invalid (HTTP 400/422).
    pub rejected: Vec<Problem>,
    /// Why sending stopped early (network down, LRS error, credentials); retry later.
    pub stopped: Option<String>,
}

impl SyncReport {
    /// Everything queued is in the LRS.
    pub fn is_complete(&self) -> bool {
        self.left == 0 && self.stopped.is_none()
    }

    /// One-paragraph summary for people: "120 sent, 0 left." or "50 sent, 70 left, retry later: …".
    pub fn summary(&self) -> String {
        let mut s = format!("{} sent, {} left", self.sent, self.left);
        if let Some(why) = &self.stopped {
            s.push_str(&format!(", retry later: {why}"));
        } else if self.left > 0 {
            s.push_str(", the LRS refused them (see below)");
        }
        s.push('.');
        for p in &self.conflicts {
            s.push_str(&format!(
                "\nconflict: statement {} already exists in the LRS with other content: {}",
                p.statement_id, p.message
            ));
        }
        for p in &self.rejected {
            s.push_str(&format!("\nrejected: statement {}: {}", p.statement_id, p.message));
        }
        for (course, n) in &self.queue.waiting_for_course {
            s.push_str(&format!("\n{n} facts of course '{course}' wait: that course is not installed here."));
        }
        s
    }
}

fn json_array(entries: &[outbox::Entry]) -> String {
    let mut body = String::from("[");
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push_str(&e.statement);
    }
    body.push(']');
    body
}

/// Queue new facts, then send every waiting statement to the LRS at `endpoint` (its xAPI base
/// address; statements go to `ENDPOINT/statements`) in batches of `batch`, calling `progress`
/// after each batch. Stored batches are marked sent at once. On a network error, a 5xx or a
/// refused login the remaining statements stay queued (attempts + 1, last error) and the report
/// says why (`stopped`). A batch refused as a whole (409 conflict, 400/422 invalid) is sent one
/// statement at a time so that the others still get through.
///
/// `Err` only for a local problem (database) or an unusable endpoint; LRS trouble is in the report.
pub fn sync(
    store: &Store,
    courses: &[Course],
    endpoint: &str,
    auth: &Auth,
    batch: usize,
    mut progress: impl FnMut(&Progress),
) -> Result<SyncReport> {
    if batch == 0 {
        return Err(XapiError::Config("the batch size must be at least 1".into()));
    }
    let lrs = Lrs::new(endpoint, auth).map_err(XapiError::Config)?;
    let mut report = SyncReport { queue: outbox::queue(store, courses)?, ..SyncReport::default() };
    let waiting = outbox::waiting(store)?;
    let total = waiting.len();
    let batches = total.div_ceil(batch);
    let mut builder = outbox::Builder::new(store, courses);
    for (index, ids) in waiting.chunks(batch).enumerate() {
        let entries = builder.entries(ids)?;
        if entries.is_empty() {
            continue;
        }
        let ids: Vec<String> = entries.iter().map(|e| e.fact_id.clone()).collect();
        let outcome = match lrs.post(&json_array(&entries)) {
            PostOutcome::Stored => {
                outbox::mark_sent(store, &ids)?;
                report.sent += ids.len();
                BatchOutcome::Sent
            }
            PostOutcome::Refused(e) | PostOutcome::Unavailable(e) => {
                outbox::mark_failed(store, &ids, &e)?;
                report.stopped = Some(e.clone());
                BatchOutcome::Failed(e)
            }
            refused => one_by_one(store, &lrs, &entries, refused, &mut report)?,
        };
        let stop = matches!(outcome, BatchOutcome::Failed(_)) || report.stopped.is_some();
        progress(&Progress { batch: index + 1, batches, size: ids.len(), sent: report.sent, total, outcome });
        if stop {
            break;
        }
    }
    report.left = outbox::status(store)?.waiting;
    Ok(report)
}

/// Send a refused batch statement by statement, to store the good ones and name the others.
/// A batch of one is not sent again: `refused` is already its answer.
fn one_by_one(
    store: &Store,
    lrs: &Lrs,
    entries: &[outbox::Entry],
    refused: PostOutcome,
    report: &mut SyncReport,
) -> Result<BatchOutcome> {
    let (mut sent, mut conflicts, mut rejected) = (0, 0, 0);
    let mut known = (entries.len() == 1).then_some(refused);
    for e in entries {
        let ids = std::slice::from_ref(&e.fact_id);
        let outcome = known.take().unwrap_or_else(|| lrs.post(&json_array(std::slice::from_ref(e))));
        match outcome {
            PostOutcome::Stored => {
                outbox::mark_sent(store, ids)?;
                report.sent += 1;
                sent += 1;
            }
            // Some LRSs answer 409 for any known id: when the stored statement is this one, it
            // is sent.
            PostOutcome::Conflict(_) if lrs.holds_same(&e.statement_id, &e.statement) => {
                outbox::mark_sent(store, ids)?;
                report.sent += 1;
                sent += 1;
            }
            PostOutcome::Conflict(m) => {
                outbox::mark_failed(store, ids, &format!("conflict: {m}"))?;
                report.conflicts.push(Problem { statement_id: e.statement_id.clone(), message: m });
                conflicts += 1;
            }
            PostOutcome::Rejected(status, m) => {
                outbox::mark_failed(store, ids, &format!("rejected (HTTP {status}): {m}"))?;
                report.rejected.push(Problem { statement_id: e.statement_id.clone(), message: m });
                rejected += 1;
            }
            PostOutcome::Refused(m) | PostOutcome::Unavailable(m) => {
                outbox::mark_failed(store, ids, &m)?;
                report.stopped = Some(m);
                break;
            }
        }
    }
    Ok(BatchOutcome::Split { sent, conflicts, rejected })
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    pub queue: QueueReport,
    pub statements: usize,
}

/// Queue new facts and write the statements (all, or only those not sent yet) as a JSON array,
/// one statement per line, oldest first, to `out` — read by one query and written as they are
/// built, so memory stays bounded whatever the number of statements.
///
/// Two threads share the work: this one reads the facts from the store and looks up what each
/// statement needs ([`outbox::Builder::prepare`]); another builds the statements' JSON and writes
/// it ([`outbox::Statements`]), in the same order, a batch of jobs at a time (a bounded channel:
/// memory stays bounded too).
pub fn export_to_writer(
    store: &Store,
    courses: &[Course],
    waiting_only: bool,
    out: &mut (impl std::io::Write + Send),
) -> Result<ExportReport> {
    /// Jobs handed over at a time, and batches in flight.
    const BATCH: usize = 512;
    const IN_FLIGHT: usize = 8;
    let queue = outbox::queue(store, courses)?;
    let mut builder = outbox::Builder::new(store, courses);
    let mut statements = outbox::Statements::new(builder.base());
    let io = |e: std::io::Error| XapiError::Write { path: PathBuf::from("-"), source: e };
    let (read, written) = std::thread::scope(|scope| {
        let (to_writer, batches) = std::sync::mpsc::sync_channel::<Vec<outbox::Job<'_>>>(IN_FLIGHT);
        let writer = scope.spawn(move || -> std::io::Result<usize> {
            let mut written = 0;
            let mut buf = Vec::with_capacity(128 * 1024);
            buf.push(b'[');
            for batch in batches {
                for job in &batch {
                    buf.extend_from_slice(if written == 0 { b"\n" } else { b",\n" });
                    statements.write(job, &mut buf);
                    written += 1;
                }
                if buf.len() >= 64 * 1024 {
                    out.write_all(&buf)?;
                    buf.clear();
                }
            }
            buf.extend_from_slice(if written == 0 { b"]\n" } else { b"\n]\n" });
            out.write_all(&buf)?;
            Ok(written)
        });
        let mut batch = Vec::with_capacity(BATCH);
        let read = store.xapi_each_queued(waiting_only, |queued| {
            if let Some(job) = builder.prepare(queued)? {
                batch.push(job);
            }
            if batch.len() >= BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                // The writer stopped: stop reading (its own error, taken below, is the one reported).
                if to_writer.send(full).is_err() {
                    return Err(io(std::io::Error::other("the statement writer stopped")));
                }
            }
            Ok::<_, XapiError>(())
        });
        if read.is_ok() && !batch.is_empty() {
            let _ = to_writer.send(batch);
        }
        drop(to_writer);
        let written = writer.join().unwrap_or_else(|_| Err(std::io::Error::other("the statement writer stopped")));
        (read, written)
    });
    // The writer's error first: when it stopped, reading stopped because of it.
    let written = written.map_err(io)?;
    read?;
    Ok(ExportReport { queue, statements: written })
}

/// [`export_to_writer`] into a string (tests, small exports).
pub fn export(store: &Store, courses: &[Course], waiting_only: bool) -> Result<(String, ExportReport)> {
    let mut bytes = Vec::new();
    let report = export_to_writer(store, courses, waiting_only, &mut bytes)?;
    Ok((String::from_utf8_lossy(&bytes).into_owned(), report))
}

/// [`export`] to a file, streamed into a temporary file beside it, flushed, then renamed into
/// place (`platform::rename_durably`): whole or not at all. The file is written by a thread of
/// its own while the statements are built ([`crate::write_behind`]).
pub fn export_to_file(store: &Store, courses: &[Course], path: &Path, waiting_only: bool) -> Result<ExportReport> {
    let tmp = crate::platform::partial_path(path);
    let fail = |source: std::io::Error| {
        XapiError::from(
            crate::problem::Problem::new("cannot-write").path("path", path).arg("error", source.to_string()),
        )
    };
    let result = (|| {
        let file = std::fs::File::create(&tmp).map_err(fail)?;
        let mut w = crate::write_behind::WriteBehind::new(file);
        let report = match export_to_writer(store, courses, waiting_only, &mut w) {
            Ok(report) => report,
            Err(XapiError::Write { source, .. }) => return Err(fail(source)),
            Err(e) => return Err(e),
        };
        let file = w.finish().map_err(fail)?;
        drop(file);
        crate::platform::rename_durably(&tmp, path).map_err(fail)?;
        Ok(report)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Outbox counts (queues nothing).
pub fn status(store: &Store) -> Result<OutboxStatus> {
    Ok(outbox::status(store)?)
}

/// Queue new facts without sending (e.g. after merging progress from other laptops).
pub fn queue(store: &Store, courses: &[Course]) -> Result<QueueReport> {
    Ok(outbox::queue(store, courses)?)
}
