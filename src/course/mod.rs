//! Course packages: the RON format, loading a course folder, and validating it with precise errors.

pub mod cache;
pub mod catalog;
pub mod context;
pub mod diagnostic;
pub mod install;
pub mod lint;
pub mod load;
pub mod markup;
pub mod model;
pub mod parse;
pub mod reading;
pub mod search;
pub mod stats;
mod translation;
pub mod validate;

pub use catalog::{Catalog, load_catalog, load_catalog_cached};
pub use diagnostic::Diagnostic;
pub use load::{Course, Language, load_course};
pub use model::*;
pub use parse::media_file;
