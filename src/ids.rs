//! Typed ids: one newtype per kind of thing the player names by id (learners, courses, modules,
//! lessons, quiz items, attempts, devices, facts), in the manner of Anki's rslib. An id is an
//! opaque string underneath — serialized as that plain string (`serde(transparent)`), so course
//! RON files, bundles and xAPI statements keep their format — but a learner id is not a course id:
//! passing one where the other is wanted does not compile.
//!
//! ```compile_fail,E0308
//! use cpms_player::ids::CourseId;
//! let store = cpms_player::progress::Store::open_in_memory().unwrap();
//! let course = CourseId::from("cpms-2019");
//! // A course id where the learner id is expected: refused at compile time.
//! store.facts(&course, &course).unwrap();
//! ```
//!
//! ```
//! use cpms_player::ids::{CourseId, LearnerId};
//! let store = cpms_player::progress::Store::open_in_memory().unwrap();
//! let (learner, course) = (LearnerId::from("b2c4"), CourseId::from("cpms-2019"));
//! assert!(store.facts(&learner, &course).unwrap().is_empty());
//! assert_eq!(learner.as_str(), "b2c4");
//! assert_eq!(course.to_string(), "cpms-2019");
//! ```
//!
//! This module depends on nothing of the app; the SQL conversions live in `progress` (the only
//! place with SQL).

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }

            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl From<&String> for $name {
            fn from(id: &String) -> Self {
                $name(id.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl From<&$name> for String {
            fn from(id: &$name) -> String {
                id.0.clone()
            }
        }

        /// Lets maps keyed by this id be looked up with a `&str` (the hash is the string's).
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

id_type!(
    /// A learner (a profile on this device, or one merged in from another).
    LearnerId
);
id_type!(
    /// A course: `course.ron`'s `id`, stable across versions.
    CourseId
);
id_type!(
    /// A module of a course (also the name of its RON file).
    ModuleId
);
id_type!(
    /// A lesson within a module.
    LessonId
);
id_type!(
    /// A quiz item (question).
    ItemId
);
id_type!(
    /// One attempt at a quiz.
    AttemptId
);
id_type!(
    /// The installation that recorded a fact.
    DeviceId
);
id_type!(
    /// A fact of the progress record (globally unique).
    FactId
);
id_type!(
    /// A certificate: its short code (derived from the signed content), what a verifier types.
    CertificateId
);
