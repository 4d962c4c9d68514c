//! Problems found in a course package, each pointing at a file, line and column.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in a course package: where it is, what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column; 0 when the problem concerns the whole file.
    pub column: usize,
    pub message: String,
    pub hint: String,
}

impl Diagnostic {
    pub fn new(file: &Path, line: usize, column: usize, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Diagnostic { file: file.to_path_buf(), line, column, message: message.into(), hint: hint.into() }
    }

    /// A problem located at the first occurrence of `needle` in `source` (line 1 when absent).
    pub fn at(file: &Path, source: &str, needle: &str, message: impl Into<String>, hint: impl Into<String>) -> Self {
        let (line, column) = locate(source, needle).unwrap_or((1, 1));
        Self::new(file, line, column, message, hint)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file.display(), self.line, self.column, self.message)?;
        if !self.hint.is_empty() {
            write!(f, "\n  fix: {}", self.hint)?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of the first occurrence of `needle`.
pub fn locate(source: &str, needle: &str) -> Option<(usize, usize)> {
    let offset = source.find(needle)?;
    Some(line_col(source, offset))
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Locate `field: "value"` (the usual shape of an id) in a RON source.
pub fn locate_id(source: &str, value: &str) -> Option<(usize, usize)> {
    locate(source, &format!("\"{value}\""))
}
