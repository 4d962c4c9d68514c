//! The course format: serde types for the RON files of a course package.
//!
//! A course is a folder holding `course.ron` (the [`Manifest`]) and one folder per language
//! (`en/`, `fr/`, …) with one [`Module`] file per module (`<module-id>.ron`) and a
//! `glossary.ron` ([`Glossary`]). The format is documented for authors in `courses/README.md`.

use crate::ids::{CourseId, ItemId, LessonId, ModuleId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `course.ron`: what the course is and how its parts fit together.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Stable id, used in the progress database; never change it once learners have progress.
    pub id: CourseId,
    pub version: String,
    pub default_language: String,
    pub languages: Vec<String>,
    /// Title per language code.
    pub title: BTreeMap<String, String>,
    /// Short description per language code.
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Module ids in study order; each is a file `<lang>/<id>.ron`.
    pub modules: Vec<ModuleId>,
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
    /// The edition of the standards the course teaches, per language (e.g. "CPMS 2019, second
    /// edition"), shown on the "About this course" page. When given, every language needs one.
    #[serde(default)]
    pub edition: BTreeMap<String, String>,
    /// A suggested shorter route through the course, shown on the overview beside the full
    /// course. It changes nothing in what completing the course (and its certificate) requires.
    #[serde(default)]
    pub short_path: Option<ShortPath>,
}

/// A suggested route: whole modules, the lessons that teach some standards, and a number of
/// standards of the learner's choice (for the CPMS: Introduction, Principles, Standards 1 and 4,
/// and one standard to choose, the five certificate modules of the CPMS eCourse).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ShortPath {
    /// Module ids studied whole.
    #[serde(default)]
    pub modules: Vec<ModuleId>,
    /// Standards (1–28) whose lessons (those that `teaches` `std-N`) are studied.
    #[serde(default)]
    pub standards: Vec<u8>,
    /// How many more standards the learner chooses.
    #[serde(default)]
    pub choose: u8,
}

fn default_pass_mark() -> u8 {
    70
}

/// The final assessment: the items each attempt asks, picked from the quiz of module `module`.
/// Either a blueprint (`sections`, a stratified draw: every attempt asks each section's items) or,
/// in older courses, `draw` items picked at random from the whole bank.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FinalAssessment {
    pub module: ModuleId,
    /// Items picked at random from the whole bank (when there is no blueprint).
    #[serde(default)]
    pub draw: Option<usize>,
    pub pass_mark: u8,
    /// The blueprint: each attempt draws `draw` items from the items tagged with one of the
    /// section's `tags`, never the same item for two sections.
    #[serde(default)]
    pub sections: Vec<Section>,
}

impl FinalAssessment {
    /// Items an attempt asks: the sum of the sections' draws, or `draw`.
    pub fn items_per_attempt(&self) -> usize {
        if self.sections.is_empty() { self.draw.unwrap_or(0) } else { self.sections.iter().map(|s| s.draw).sum() }
    }
}

/// One section of a final-assessment blueprint: `draw` items tested on any of `tags`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Shown to authors and in reports, e.g. "Standard 13"; defaults to the tags.
    #[serde(default)]
    pub name: String,
    pub tags: Vec<String>,
    pub draw: usize,
}

/// One module in one language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: ModuleId,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub lessons: Vec<Lesson>,
    #[serde(default)]
    pub quiz: Option<Quiz>,
    /// Further reading: public resources for this module, shown on the course overview after
    /// its lessons. Every language lists the same entries (same ids, same years).
    #[serde(default)]
    pub further_reading: Vec<Reading>,
}

/// One resource of a module's further reading: a real public document, named (no address:
/// the course is used offline).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub id: String,
    pub title: String,
    /// Who published it.
    #[serde(default)]
    pub publisher: String,
    /// Year of publication, when known for certain.
    #[serde(default)]
    pub year: Option<u16>,
    /// What it is for, in a sentence.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: LessonId,
    pub title: String,
    /// Estimated study time in minutes.
    pub minutes: u32,
    /// What the lesson teaches, in the tags of [`Item::tests`]: after a failed final assessment
    /// the learner revisits the lessons of the standards missed.
    #[serde(default)]
    pub teaches: Vec<String>,
    pub blocks: Vec<Block>,
}

/// A block of lesson content. Text fields accept inline Markdown (`**bold**`, `*italic*`)
/// and glossary links `[[term-id]]` or `[[term-id|shown words]]`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Block {
    Heading(String),
    Text(String),
    List(Vec<String>),
    Callout {
        kind: CalloutKind,
        text: String,
    },
    Scenario {
        title: String,
        text: String,
    },
    Image {
        src: String,
        alt: String,
    },
    /// A marked place for local information from a trainer's context pack (`context.ron`, see
    /// `course::context`): `Local(kind: Referrals)`, `Local(kind: Terms)` or
    /// `Local(kind: Example, standard: 13)`. Nothing is shown when the pack has nothing for it.
    Local {
        kind: LocalKind,
        #[serde(default)]
        standard: Option<u8>,
    },
}

/// What a [`Block::Local`] place shows from the context pack.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum LocalKind {
    /// The referral contacts (services, hotlines, addresses).
    Referrals,
    /// Local terms and their local words.
    Terms,
    /// The local example for `standard`.
    Example,
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
    pub id: ItemId,
    pub prompt: String,
    /// Shown after the learner answers, right or wrong.
    pub explanation: String,
    pub kind: ItemKind,
    /// What the item tests: `std-N` (standard 1–28), `principle-N` (principle 1–10) or `basics`.
    /// The final assessment's blueprint draws by these tags; feedback on a final is given per tag.
    #[serde(default)]
    pub tests: Vec<String>,
    /// Whether the item asks for a fact (`recall`) or for what to do in a situation (`apply`).
    #[serde(default)]
    pub level: Option<Level>,
}

/// The cognitive level of an item.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// A fact or a definition.
    #[serde(alias = "recall")]
    Recall,
    /// What to do in a situation.
    #[serde(alias = "apply")]
    Apply,
}

/// What a tag of [`Item::tests`] names, when it is well formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tag {
    Standard(u8),
    Principle(u8),
    Basics,
}

impl Tag {
    /// Standards of the CPMS 2019 edition and its principles.
    pub const STANDARDS: u8 = 28;
    pub const PRINCIPLES: u8 = 10;

    /// Parse `std-13`, `principle-4` or `basics`; `None` for anything else.
    pub fn parse(tag: &str) -> Option<Tag> {
        let number = |rest: &str, max: u8| rest.parse::<u8>().ok().filter(|n| (1..=max).contains(n));
        if tag == "basics" {
            Some(Tag::Basics)
        } else if let Some(rest) = tag.strip_prefix("std-") {
            number(rest, Self::STANDARDS).map(Tag::Standard)
        } else if let Some(rest) = tag.strip_prefix("principle-") {
            number(rest, Self::PRINCIPLES).map(Tag::Principle)
        } else {
            None
        }
    }
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
    /// Each left text must be matched with its right text; rights are shuffled. `spares` are
    /// right-hand texts that match no left text (one is expected: without it the last match is
    /// found by elimination). In RON: `Matching(pairs: [Pair(id: "p1", left: "…", right: "…"), …],
    /// spares: [Spare(id: "x1", right: "…")])`.
    Matching {
        pairs: Vec<Pair>,
        // No `skip_serializing_if`: the course cache (postcard) is not self-describing.
        #[serde(default)]
        spares: Vec<Spare>,
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

/// A right-hand text of a matching item that matches no left-hand text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Spare {
    pub id: String,
    pub right: String,
}

/// The right-hand texts a matching item offers, as (id, text): every pair's, then the spares'.
/// A learner's match points a left text to one of these ids; only the pair's own id is right.
pub fn matching_rights<'a>(pairs: &'a [Pair], spares: &'a [Spare]) -> Vec<(&'a str, &'a str)> {
    pairs
        .iter()
        .map(|p| (p.id.as_str(), p.right.as_str()))
        .chain(spares.iter().map(|s| (s.id.as_str(), s.right.as_str())))
        .collect()
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

/// The texts of a block that may carry inline markup.
pub fn block_texts(block: &Block) -> Vec<&str> {
    match block {
        Block::Heading(t) | Block::Text(t) => vec![t],
        Block::List(items) => items.iter().map(String::as_str).collect(),
        Block::Callout { text, .. } => vec![text],
        Block::Scenario { title, text } => vec![title, text],
        Block::Image { alt, .. } => vec![alt],
        Block::Local { .. } => Vec::new(),
    }
}
