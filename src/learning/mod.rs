//! The learning rules, in one place: when a module is not started, in progress or complete,
//! when a course is complete (and with which step), how study time is counted, and when a
//! certificate may be issued. Pure functions of figures (lessons seen, quizzes passed, times):
//! the store (`progress`) gathers the figures and calls these rules; learner screens, the
//! trainer dashboard, reports, certificates and xAPI all read their answers from here.

mod completion;
mod course_progress;
mod eligibility;
mod status;
mod study_time;

pub use completion::{Step, completing_step, course_complete};
pub use course_progress::{CourseFigures, CourseProgress, ModuleProgress, QuizProgress, summarize};
pub use eligibility::{Completion, Eligibility, assessed_module, certificate_completion, eligibility};
pub use status::{ModuleFigures, ModuleStatus, module_done, module_status};
pub use study_time::{MAX_GAP_MS, counted_gap, study_minutes};
