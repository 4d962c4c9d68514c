//! Hybrid logical clocks (HLC) for per-field merges of learner profiles.
//!
//! A stamp is (physical time in unix ms, counter, device id), written as one string
//! `PPPPPPPPPPPPPPP-CCCCCC-DEVICE` (15 and 6 zero-padded digits) so that comparing two stamps as
//! strings (in SQL too) orders them: first by time, then counter, then device id. Every local edit
//! takes a stamp later than any stamp this laptop has made or accepted, so an edit made after
//! seeing another always wins over it, whatever the laptops' clocks say; concurrent edits are
//! settled by time, then device id — the same way on every laptop.
//!
//! A stamp more than [`MAX_AHEAD_MS`] ahead of the importing laptop's clock comes from a laptop
//! whose clock is wrong: it is clamped (its time counts as 0, see [`clamp`]), so it can never
//! win over an edit made with a sane clock, and the import summary names that laptop.

use rusqlite::{Connection, OptionalExtension};

/// How far ahead of this laptop's clock a stamp may be before it counts as a wrong clock.
pub const MAX_AHEAD_MS: i64 = 24 * 60 * 60 * 1000;

/// A parsed stamp.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hlc {
    pub ms: i64,
    pub counter: u32,
    pub device: String,
}

impl Hlc {
    pub fn new(ms: i64, counter: u32, device: &str) -> Hlc {
        Hlc { ms: ms.max(0), counter, device: device.to_string() }
    }

    /// The stamp as its sortable string.
    pub fn encode(&self) -> String {
        format!("{:015}-{:06}-{}", self.ms.clamp(0, 999_999_999_999_999), self.counter.min(999_999), self.device)
    }

    /// Read a stamp string; None when it is not one.
    pub fn parse(s: &str) -> Option<Hlc> {
        let (ms, rest) = s.split_at_checked(15)?;
        let rest = rest.strip_prefix('-')?;
        let (counter, rest) = rest.split_at_checked(6)?;
        let device = rest.strip_prefix('-')?;
        if !ms.bytes().all(|b| b.is_ascii_digit()) || !counter.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Hlc { ms: ms.parse().ok()?, counter: counter.parse().ok()?, device: device.to_string() })
    }
}

/// The stamp standing for "never set" (loses to every other).
pub fn zero() -> String {
    Hlc::new(0, 0, "").encode()
}

/// A stamp from an old (version 1) bundle or database row: its `updated_at` time.
pub fn from_time(ms: i64, device: &str) -> String {
    Hlc::new(ms, 0, device).encode()
}

/// A received stamp checked against this laptop's clock `now`: `Ok(stamp)` when sane,
/// `Err((clamped, ms_ahead))` when it is more than a day ahead. The clamped stamp keeps counter
/// and device but has time 0, so any edit made with a sane clock wins over it, and every laptop
/// clamps it alike (the result does not depend on when it is imported).
pub fn clamp(stamp: &str, now: i64) -> std::result::Result<String, (String, i64)> {
    match Hlc::parse(stamp) {
        Some(h) if h.ms > now + MAX_AHEAD_MS => Err((Hlc::new(0, h.counter, &h.device).encode(), h.ms - now)),
        Some(h) => Ok(h.encode()),
        None => Err((zero(), 0)),
    }
}

fn last(conn: &Connection) -> rusqlite::Result<Option<Hlc>> {
    let s: Option<String> = conn.query_row("SELECT value FROM meta WHERE key = 'hlc'", [], |r| r.get(0)).optional()?;
    Ok(s.as_deref().and_then(Hlc::parse))
}

fn save(conn: &Connection, h: &Hlc) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO meta(key, value) VALUES ('hlc', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?
    .execute([h.encode()])?;
    Ok(())
}

/// A new stamp for a local edit on `device`: later than every stamp made or accepted here —
/// unless the last one is more than a day ahead of the clock: that was made while this laptop's
/// clock was wrong (since set right), and following it would keep every later edit in the future
/// (clamped, so losing, everywhere else).
pub fn tick(conn: &Connection, device: &str, now: i64) -> rusqlite::Result<String> {
    let next = match last(conn)? {
        Some(l) if l.ms >= now && l.ms <= now + MAX_AHEAD_MS => Hlc::new(l.ms, l.counter.saturating_add(1), device),
        _ => Hlc::new(now, 0, device),
    };
    save(conn, &next)?;
    Ok(next.encode())
}

/// Take note of an accepted (sane) stamp, so that later local edits come after it.
pub fn observe(conn: &Connection, stamp: &str) -> rusqlite::Result<()> {
    let Some(seen) = Hlc::parse(stamp) else { return Ok(()) };
    match last(conn)? {
        Some(l) if (l.ms, l.counter) >= (seen.ms, seen.counter) => Ok(()),
        _ => save(conn, &seen),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_sort_as_strings_in_clock_order() {
        let a = Hlc::new(5, 2, "b").encode();
        let b = Hlc::new(5, 10, "a").encode();
        let c = Hlc::new(1_767_225_600_000, 0, "a").encode();
        assert!(a < b && b < c);
        assert_eq!(Hlc::parse(&c), Some(Hlc::new(1_767_225_600_000, 0, "a")));
        assert_eq!(Hlc::parse("nonsense"), None);
    }

    #[test]
    fn a_stamp_from_the_future_is_clamped_alike_whenever_imported() {
        let now = 1_767_225_600_000;
        let future = Hlc::new(1_900_000_000_000, 3, "dev").encode();
        let (a, ahead) = clamp(&future, now).unwrap_err();
        assert_eq!(clamp(&future, now + 5_000).unwrap_err().0, a);
        assert!(ahead > 365 * MAX_AHEAD_MS && Hlc::parse(&a).unwrap().ms == 0);
        assert!(a < Hlc::new(1, 0, "").encode(), "it loses to any sane stamp");
        assert!(clamp(&Hlc::new(now + 1000, 0, "x").encode(), now).is_ok());
    }

    #[test]
    fn ticks_are_monotonic_even_when_the_clock_goes_back() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)").unwrap();
        let a = tick(&conn, "d", 1000).unwrap();
        let b = tick(&conn, "d", 900).unwrap();
        assert!(b > a);
        observe(&conn, &Hlc::new(5000, 7, "e").encode()).unwrap();
        let c = tick(&conn, "d", 1000).unwrap();
        assert!(c > Hlc::new(5000, 7, "e").encode(), "{c}");
        // Stamps made while the clock said 2030, then the clock set right: back to the clock.
        let in_2030 = 1_893_456_000_000;
        tick(&conn, "d", in_2030).unwrap();
        let now = 1_767_225_600_000;
        assert_eq!(Hlc::parse(&tick(&conn, "d", now).unwrap()).unwrap().ms, now);
    }
}
