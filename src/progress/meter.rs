//! How far a long store operation has come, and a request to stop it: shared between the thread
//! doing the work and the window that shows a progress bar and a "Cancel" button. Operations that
//! accept a meter run in one transaction, so stopping them changes nothing.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Work done out of work to do (in the operation's own unit, bytes for a merge), and whether the
/// person asked to stop.
#[derive(Debug, Default)]
pub struct Meter {
    done: AtomicU64,
    total: AtomicU64,
    cancel: AtomicBool,
}

impl Meter {
    pub fn set_total(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }

    pub fn set_done(&self, done: u64) {
        self.done.store(done, Ordering::Relaxed);
    }

    pub fn add(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    /// Done as a share of the total, 0.0 to 1.0; None while the total is unknown.
    pub fn fraction(&self) -> Option<f32> {
        let total = self.total.load(Ordering::Relaxed);
        (total > 0).then(|| (self.done.load(Ordering::Relaxed) as f64 / total as f64).min(1.0) as f32)
    }

    /// Ask the operation to stop (it stops at its next read and rolls back).
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// A reader that counts what it reads into a meter and fails once the meter is cancelled.
pub(crate) struct Metered<'m, R> {
    pub inner: R,
    pub meter: &'m Meter,
}

impl<R: std::io::Read> std::io::Read for Metered<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.meter.cancelled() {
            return Err(std::io::Error::other("cancelled"));
        }
        let n = self.inner.read(buf)?;
        self.meter.add(n as u64);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn a_metered_reader_counts_and_stops_when_cancelled() {
        let meter = Meter::default();
        meter.set_total(10);
        assert_eq!(meter.fraction(), Some(0.0));
        let mut r = Metered { inner: &b"hello world"[..], meter: &meter };
        let mut buf = [0u8; 5];
        assert_eq!(r.read(&mut buf).unwrap(), 5);
        assert_eq!(meter.fraction(), Some(0.5));
        meter.cancel();
        assert!(r.read(&mut buf).is_err());
        assert_eq!(Meter::default().fraction(), None);
    }
}
