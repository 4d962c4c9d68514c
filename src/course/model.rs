//! The course format: serde types for the RON files of a course package.
//!
//! A course is a folder holding `course.ron` (the [`Manifest`]) and one folder per language
//! (`en/`, `fr/`, …) with one [`Module`] file per module (`<module-id>.ron`) and a
//! `glossary.ron` ([`Glossary`]). The format is documented for authors in `courses/README.md`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `course.ron`: what the course is and how its parts fit together.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Stable id, used in the progress database; never change it once learners have progress.
    pub id: String,
    pub version: String,
    pub default_language: String,
    pub languages: Vec<String>,
    /// Title per language code.
    pub title: BTreeMap<String, String>,
    /// Short description per language code.
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Module ids in study order; each is a file `<lang>/<id>.ron`.
    pub modules: Vec<String>,
    /// Pass mark of module quizzes, in percent.
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u8,
    #[serde(default)]
    pub final_assessment: Option<FinalAssessment>,
    /// Base IRI of xAPI activity ids for this course.
    #[serde(default)]
    pub xapi_activity_base: String,
    /// "About this course" per language code: who made it, on what it is based, the edition, the
    /// languages and how to report an error. Paragraphs are separated by a blank line and take
    /// inline Markdown and glossary links. When given, every language needs one.
    #[serde(default)]
    pub about: BTreeMap<String, String>,
}

fn default_pass_mark() -> u8 {
    70
}

/// The final assessment: `draw` items picked per attempt from the quiz of module `module`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FinalAssessment {
    pub module: String,
    pub draw: usize,
    pub pass_mark: u8,
}

/// One module in one language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub lessons: Vec<Lesson>,
    #[serde(default)]
    pub quiz: Option<Quiz>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    /// Estimated study time in minutes.
    pub minutes: u32,
    pub blocks: Vec<Block>,
}

/// A block of lesson content. Text fields accept inline Markdown (`**bold**`, `*italic*`)
/// and glossary links `[[term-id]]` or `[[term-id|shown words]]`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Block {
    Heading(String),
    Text(String),
    List(Vec<String>),
    Callout { kind: CalloutKind, text: String },
    Scenario { title: String, text: String },
    Image { src: String, alt: String },
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum CalloutKind {
    KeyPoint,
    InPractice,
    Warning,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    pub id: String,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub prompt: String,
    /// Shown after the learner answers, right or wrong.
    pub explanation: String,
    pub kind: ItemKind,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum ItemKind {
    /// Exactly one option is correct.
    SingleChoice {
        options: Vec<Choice>,
    },
    /// One or more options are correct; all of them, and only them, must be chosen.
    MultipleResponse {
        options: Vec<Choice>,
    },
    TrueFalse {
        answer: bool,
    },
    /// Each left text must be matched with its right text; rights are shuffled.
    Matching {
        pairs: Vec<Pair>,
    },
    /// Steps are written in the correct order; they are shuffled for the learner.
    Ordering {
        steps: Vec<Step>,
    },
    /// A short case followed by questions (none of them a scenario itself).
    Scenario {
        case: String,
        questions: Vec<Item>,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    #[serde(default)]
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub id: String,
    pub left: String,
    pub right: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub text: String,
}

/// `<lang>/glossary.ron`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
}
