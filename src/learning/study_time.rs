//! Study time: the time between two consecutive facts of a learner counts as study, up to 10
//! minutes; a longer gap is a break and counts 10 minutes. Reports count the gap before each
//! fact in that fact's module; certificates count every gap up to the completion.

/// Gaps between two facts longer than this count as a break, not study time.
pub const MAX_GAP_MS: i64 = 10 * 60 * 1000;

/// The study time, in ms, between two consecutive facts at `prev` and `next` (unix ms).
pub fn counted_gap(prev: i64, next: i64) -> i64 {
    (next - prev).clamp(0, MAX_GAP_MS)
}

/// Whole minutes of study in facts at these times (unix ms, oldest first).
pub fn study_minutes(times: impl IntoIterator<Item = i64>) -> u32 {
    let (mut total, mut last): (i64, Option<i64>) = (0, None);
    for t in times {
        if let Some(prev) = last {
            total += counted_gap(prev, t);
        }
        last = Some(t);
    }
    (total / 60_000).clamp(0, i64::from(u32::MAX)) as u32
}
