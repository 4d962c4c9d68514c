//! SQL for the typed ids of [`crate::ids`]: each is stored as its plain string (TEXT column),
//! kept here because the store is the only place with SQL.

use crate::ids::{AttemptId, CertificateId, CourseId, DeviceId, FactId, ItemId, LearnerId, LessonId, ModuleId};
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

macro_rules! sql_id {
    ($($name:ident),*) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                String::column_result(value).map($name::from)
            }
        }
    )*};
}

sql_id!(LearnerId, CourseId, ModuleId, LessonId, ItemId, AttemptId, DeviceId, FactId, CertificateId);
