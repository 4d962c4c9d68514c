//! A file written by a thread of its own while the caller goes on producing its bytes.
//!
//! Long exports (hundreds of megabytes of xAPI statements) spend a third of their time in the
//! kernel: copying to the page cache, then waiting for the disk at the final flush. With two
//! cores, that can happen beside the work that builds the bytes. [`WriteBehind`] is an
//! `io::Write` that hands full buffers to a writer thread (a few at a time, so memory stays
//! bounded), which writes them, asks the disk to catch up every few tens of megabytes (so that
//! the final flush has little left to do), and at the end flushes the file to the disk.
//!
//! Errors: the first error of the writer thread (a full disk, a stick pulled out) is the one
//! reported, by the next `write` or by [`WriteBehind::finish`].

use std::fs::File;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

/// Bytes handed to the writer thread at a time.
const CHUNK: usize = 1 << 20;
/// Buffers in flight: what memory the writer may hold, besides the one being filled.
const IN_FLIGHT: usize = 4;
/// Bytes written between two requests to the disk to catch up (`sync_data`).
const SYNC_EVERY: usize = 32 << 20;

pub struct WriteBehind {
    buf: Vec<u8>,
    to_writer: Option<SyncSender<Vec<u8>>>,
    /// Empty buffers coming back, reused instead of allocated (and faulted in) again.
    spare: Receiver<Vec<u8>>,
    writer: Option<JoinHandle<io::Result<File>>>,
}

impl WriteBehind {
    /// Write to `file` from a thread of its own.
    pub fn new(file: File) -> WriteBehind {
        let (to_writer, chunks) = sync_channel::<Vec<u8>>(IN_FLIGHT);
        let (give_back, spare) = sync_channel::<Vec<u8>>(IN_FLIGHT + 1);
        let writer = std::thread::spawn(move || -> io::Result<File> {
            let mut file = file;
            let mut unsynced = 0;
            for mut chunk in chunks {
                file.write_all(&chunk)?;
                unsynced += chunk.len();
                if unsynced >= SYNC_EVERY {
                    file.sync_data()?;
                    unsynced = 0;
                }
                chunk.clear();
                let _ = give_back.try_send(chunk);
            }
            file.sync_all()?;
            Ok(file)
        });
        WriteBehind { buf: Vec::with_capacity(CHUNK), to_writer: Some(to_writer), spare, writer: Some(writer) }
    }

    /// Hand the filled buffer to the writer thread.
    fn hand_over(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let next = self.spare.try_recv().unwrap_or_else(|_| Vec::with_capacity(CHUNK));
        let full = std::mem::replace(&mut self.buf, next);
        let sent = self.to_writer.as_ref().map(|tx| tx.send(full));
        match sent {
            Some(Ok(())) => Ok(()),
            // The writer stopped: its error says why.
            _ => Err(self.join().err().unwrap_or_else(|| io::Error::other("the writer thread stopped"))),
        }
    }

    /// Stop the writer thread (after what was handed over is written) and take its result.
    fn join(&mut self) -> io::Result<File> {
        self.to_writer = None;
        match self.writer.take() {
            Some(w) => w.join().unwrap_or_else(|_| Err(io::Error::other("the writer thread stopped unexpectedly"))),
            None => Err(io::Error::other("the file was already finished")),
        }
    }

    /// Write what is left, flush the file to the disk, and give it back.
    pub fn finish(mut self) -> io::Result<File> {
        self.hand_over()?;
        self.join()
    }
}

impl Write for WriteBehind {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.hand_over()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for WriteBehind {
    fn drop(&mut self) {
        // Not finished (an error elsewhere): let the thread end; the caller removes the file.
        self.to_writer = None;
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_every_byte_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.bin");
        let mut w = WriteBehind::new(File::create(&path).unwrap());
        let mut expected = Vec::new();
        for i in 0..120_000u32 {
            let line = format!("line {i} {}\n", "x".repeat((i % 97) as usize));
            w.write_all(line.as_bytes()).unwrap();
            expected.extend_from_slice(line.as_bytes());
        }
        w.finish().unwrap();
        assert!(expected.len() > 3 * CHUNK, "several chunks were handed over");
        assert_eq!(std::fs::read(&path).unwrap(), expected);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_reported() {
        // /dev/full answers every write with "no space left on device".
        let Ok(file) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
        let mut w = WriteBehind::new(file);
        let chunk = vec![b'x'; CHUNK];
        let mut failed = None;
        for _ in 0..(IN_FLIGHT + 3) {
            if let Err(e) = w.write_all(&chunk) {
                failed = Some(e);
                break;
            }
        }
        let e = match failed {
            Some(e) => e,
            None => w.finish().unwrap_err(),
        };
        assert_eq!(e.raw_os_error(), Some(28), "ENOSPC, not a generic error: {e}");
    }
}
