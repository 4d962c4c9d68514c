//! SQL for the typed ids of [`crate::ids`]: each is stored as its plain string (TEXT column),
//! kept here because the store is the only place with SQL — except a fact's own id in the
//! `facts` table, stored as its 16 bytes when it is a canonical UUID (lowercase, hyphenated:
//! what this program makes; [`Uid`] writes it) and as its text otherwise. Reading accepts both:
//! a 16-byte BLOB reads back as the canonical text, so the round trip is exact.

use crate::ids::{AttemptId, CertificateId, CourseId, DeviceId, FactId, ItemId, LearnerId, LessonId, ModuleId};
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, Value, ValueRef};

macro_rules! sql_id {
    ($($name:ident),*) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                id_text(value).map($name::from)
            }
        }
    )*};
}

sql_id!(LearnerId, CourseId, ModuleId, LessonId, ItemId, AttemptId, DeviceId, FactId, CertificateId);

/// The text of an id column: TEXT as it is, a 16-byte BLOB as its canonical UUID.
pub(crate) fn id_text(value: ValueRef<'_>) -> FromSqlResult<String> {
    match value {
        ValueRef::Blob(b) if b.len() == 16 => {
            let mut bytes = [0u8; 16];
            bytes.copy_from_slice(b);
            Ok(uuid::Uuid::from_bytes(bytes).hyphenated().to_string())
        }
        other => String::column_result(other),
    }
}

/// An id column read as plain text (see [`id_text`]).
pub(crate) struct IdText(pub String);

impl FromSql for IdText {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        id_text(value).map(IdText)
    }
}

/// The 16 bytes of a canonical UUID (36 characters, lowercase hex, hyphens at 8, 13, 18, 23);
/// None for any other text (stored as text).
pub(crate) fn uuid_bytes(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    if b.len() != 36 {
        return None;
    }
    let mut out = [0u8; 16];
    let mut n = 0;
    let mut i = 0;
    while i < 36 {
        if matches!(i, 8 | 13 | 18 | 23) {
            if b[i] != b'-' {
                return None;
            }
            i += 1;
            continue;
        }
        let hi = hex_digit(b[i])?;
        let lo = hex_digit(b[i + 1])?;
        out[n] = hi << 4 | lo;
        n += 1;
        i += 2;
    }
    Some(out)
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

/// An id as the `facts` table stores it (a parameter): 16 bytes for a canonical UUID, else its text.
pub(crate) struct Uid<'a>(pub &'a str);

impl ToSql for Uid<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match uuid_bytes(self.0) {
            Some(bytes) => ToSqlOutput::Owned(Value::Blob(bytes.to_vec())),
            None => ToSqlOutput::from(self.0),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_uuids_are_bytes_and_everything_else_text() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        for s in [
            "a78a2a1a-0a1b-4154-b971-a93085b7f83f",
            "A78A2A1A-0A1B-4154-B971-A93085B7F83F",
            "a78a2a1a0a1b4154b971a93085b7f83f",
            "learner-1",
            "",
            "a78a2a1a-0a1b-4154-b971-a93085b7f83g",
            "{a78a2a1a-0a1b-4154-b971-a93085b7f83}",
        ] {
            let (kind, back): (String, String) = conn
                .query_row("SELECT typeof(?1), ?1", rusqlite::params![Uid(s)], |r| {
                    Ok((r.get(0)?, id_text(r.get_ref(1)?)?))
                })
                .unwrap();
            let canonical =
                s.len() == 36 && s.chars().all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
            assert_eq!(kind, if canonical { "blob" } else { "text" }, "{s}");
            assert_eq!(back, s, "round trip of {s}");
        }
    }
}
