//! Times as people read them: the local calendar date and time of day of a stored instant.
//! Stored times stay UTC milliseconds everywhere (facts, the database, xAPI); only what is shown
//! or printed is local — a course finished at 01:30 in Nairobi is dated that day, not the day
//! before. The time zone is the system's (`TZ`, `/etc/localtime`, Windows settings), with UTC
//! when none can be found. Machine formats of the same instants (ISO dates and timestamps in
//! UTC) are here too, so that no layer borrows them from another.

use jiff::Timestamp;
use jiff::tz::TimeZone;

fn zoned(ms: i64, tz: &TimeZone) -> Option<jiff::ZonedDateTime> {
    Some(Timestamp::from_millisecond(ms).ok()?.to_zoned_datetime(tz.clone()))
}

/// The system's time zone (UTC when unknown).
pub fn system_zone() -> TimeZone {
    TimeZone::try_system().unwrap_or(TimeZone::UTC)
}

/// The local calendar day of an instant, as days since 1970-01-01.
pub fn local_day_in(ms: i64, tz: &TimeZone) -> i64 {
    match zoned(ms, tz) {
        Some(z) => {
            let d = z.date();
            days_from_civil(i64::from(d.year()), i64::from(d.month()), i64::from(d.day()))
        }
        None => ms.div_euclid(86_400_000),
    }
}

/// [`local_day_in`] the system's zone.
pub fn local_day(ms: i64) -> i64 {
    local_day_in(ms, &system_zone())
}

/// "2026-12-06": the local date of an instant.
pub fn local_date_in(ms: i64, tz: &TimeZone) -> String {
    match zoned(ms, tz) {
        Some(z) => z.date().to_string(),
        None => String::new(),
    }
}

/// [`local_date_in`] the system's zone.
pub fn local_date(ms: i64) -> String {
    local_date_in(ms, &system_zone())
}

/// "2026-12-06 14:05": the local date and time of day of an instant.
pub fn local_date_time(ms: i64) -> String {
    match zoned(ms, &system_zone()) {
        Some(z) => format!("{} {:02}:{:02}", z.date(), z.hour(), z.minute()),
        None => String::new(),
    }
}

/// Unix milliseconds → "YYYY-MM-DD" (UTC), by the civil-from-days algorithm.
pub fn iso_date(ms: i64) -> String {
    let z = ms.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Unix milliseconds → ISO 8601 UTC with milliseconds, e.g. `2026-11-25T10:00:00.123Z` (xAPI,
/// Open Badges: stored instants as machines read them).
pub fn iso_timestamp(ms: i64) -> String {
    let date = iso_date(ms);
    let in_day = ms.rem_euclid(86_400_000);
    let (h, m, s, milli) = (in_day / 3_600_000, in_day / 60_000 % 60, in_day / 1000 % 60, in_day % 1000);
    format!("{date}T{h:02}:{m:02}:{s:02}.{milli:03}Z")
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-05T22:30:00Z is 01:30 on 6 December in Nairobi (UTC+3).
    const LATE: i64 = 1_796_509_800_000;

    #[test]
    fn nairobi_after_midnight_is_the_next_day() {
        let nairobi = TimeZone::get("Africa/Nairobi").unwrap();
        assert_eq!(local_date_in(LATE, &nairobi), "2026-12-06");
        assert_eq!(local_date_in(LATE, &TimeZone::UTC), "2026-12-05");
        assert_eq!(local_day_in(LATE, &nairobi), local_day_in(LATE, &TimeZone::UTC) + 1);
    }

    #[test]
    fn utc_dates_are_civil() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_764_028_800_000), "2025-11-25");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn timestamps_are_iso_utc_with_milliseconds() {
        assert_eq!(iso_timestamp(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_timestamp(1_764_064_800_123), "2025-11-25T10:00:00.123Z");
        assert_eq!(iso_timestamp(951_868_799_999), "2000-02-29T23:59:59.999Z");
    }

    #[test]
    fn a_laptop_set_to_utc_dates_in_utc() {
        assert_eq!(local_day_in(0, &TimeZone::UTC), 0);
        assert_eq!(local_date_in(951_782_400_000, &TimeZone::UTC), "2000-02-29");
        assert_eq!(days_from_civil(2000, 2, 29), 951_782_400_000 / 86_400_000);
    }
}
