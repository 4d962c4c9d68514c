//! CPMS Player: an offline course player for the Minimum Standards for Child Protection in
//! Humanitarian Action. The library holds everything but the window: course loading and
//! validation, the quiz engine, and the SQLite progress store. `src/ui` draws it.

pub mod assets;
pub mod certificate;
pub mod course;
pub mod figure;
pub mod fold;
pub mod i18n;
pub mod ids;
pub mod languages;
pub mod learning;
pub mod platform;
pub mod problem;
pub mod progress;
pub mod quiz;
pub mod time;
pub mod trust;
pub mod ui;
pub mod write_behind;
pub mod xapi;
