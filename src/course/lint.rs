//! Item lint: the item-writing rules a machine can check (see `../shared/item-writing.md`), as
//! warnings at file and line. `validate --strict` turns them into errors. Answer cues are what a
//! test-wise reader uses to pass without knowledge: the key is the longest option, distractors
//! carry "always" or "only", "all of the above", near-duplicate items, lopsided true/false.

use super::diagnostic::Diagnostic;
use super::markup::word_count;
use super::model::{Choice, Item, ItemKind, Module};
use super::parse::{Parsed, ParsedFile, at, parse_course};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One rule a warning breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The key is strictly the longest option more often than chance in a quiz.
    KeyLongest,
    /// Absolute words appear more in distractors (or false statements) than in keys.
    AbsoluteWords,
    /// The options of one item differ a lot in length.
    OptionLength,
    /// A final-bank item lacks `tests` or `level`.
    MissingTags,
    /// Two items have nearly the same stem.
    NearDuplicate,
    /// True/false statements of a quiz are mostly true or mostly false.
    TrueFalseBalance,
    /// "All of the above", "none of the above" and their translations.
    AllOfTheAbove,
    /// A matching item offers exactly as many right-hand texts as left ones: the last match is
    /// found by elimination.
    MatchingWithoutSpare,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::KeyLongest => "key_longest",
            Rule::AbsoluteWords => "absolute_words",
            Rule::OptionLength => "option_length",
            Rule::MissingTags => "missing_tags",
            Rule::NearDuplicate => "near_duplicate",
            Rule::TrueFalseBalance => "true_false_balance",
            Rule::AllOfTheAbove => "all_of_the_above",
            Rule::MatchingWithoutSpare => "matching_without_spare",
        }
    }
}

/// A lint warning: the rule and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub rule: Rule,
    pub diagnostic: Diagnostic,
}

/// Warnings counted per rule name (every rule listed, zero included).
pub fn counts(warnings: &[Warning]) -> BTreeMap<&'static str, usize> {
    let all = [
        Rule::KeyLongest,
        Rule::AbsoluteWords,
        Rule::OptionLength,
        Rule::MissingTags,
        Rule::NearDuplicate,
        Rule::TrueFalseBalance,
        Rule::AllOfTheAbove,
        Rule::MatchingWithoutSpare,
    ];
    all.iter().map(|r| (r.name(), warnings.iter().filter(|w| w.rule == *r).count())).collect()
}

/// Lint a course folder (parse problems are returned as errors; validate it first).
pub fn lint_dir(dir: &Path) -> Result<Vec<Warning>, Vec<Diagnostic>> {
    parse_course(dir).map(|p| lint(&p))
}

/// Absolute words per language, lower case (Arabic without diacritics).
fn absolutes(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "toujours",
            "jamais",
            "seulement",
            "uniquement",
            "seul",
            "seule",
            "seuls",
            "seules",
            "tous",
            "toutes",
            "doit",
            "doivent",
            "aucun",
            "aucune",
            "chaque",
        ],
        "es" => &[
            "siempre",
            "nunca",
            "jamás",
            "solo",
            "sólo",
            "solamente",
            "únicamente",
            "todos",
            "todas",
            "debe",
            "deben",
            "ningún",
            "ninguna",
            "ninguno",
            "cada",
        ],
        "ar" => &["دائما", "ابدا", "فقط", "كل", "جميع", "يجب", "وحده", "وحدها", "مطلقا", "اي"],
        _ => &["always", "never", "only", "all", "must", "every", "any", "none", "entirely", "completely"],
    }
}

/// "All/none of the above" and their translations, lower case.
const ABOVE: &[&str] = &[
    "all of the above",
    "none of the above",
    "both of the above",
    "toutes les réponses ci-dessus",
    "aucune des réponses ci-dessus",
    "tout ce qui précède",
    "aucune de ces réponses",
    "toutes ces réponses",
    "todas las anteriores",
    "ninguna de las anteriores",
    "todas las respuestas anteriores",
    "جميع ما سبق",
    "كل ما سبق",
    "لا شيء مما سبق",
    "لا شيء مما ذكر",
];

/// Lower-case word tokens; Arabic diacritics removed and a leading conjunction و/ف dropped.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w: String =
                w.chars().filter(|c| !('\u{064B}'..='\u{065F}').contains(c)).flat_map(char::to_lowercase).collect();
            let w = w.replace(['أ', 'إ', 'آ'], "ا");
            match w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
                Some(rest) if rest.chars().count() >= 2 && absolutes("ar").contains(&rest) => rest.to_string(),
                _ => w,
            }
        })
        .collect()
}

/// Whether `text` holds an absolute word of `lang`.
pub fn has_absolute(text: &str, lang: &str) -> bool {
    let words = absolutes(lang);
    tokens(text).iter().any(|t| words.contains(&t.as_str()))
}

/// Length of an option in characters (what the eye compares).
pub fn length(text: &str) -> usize {
    text.trim().chars().count()
}

/// Whether the single key of a choice item is strictly longer than every distractor.
pub fn key_strictly_longest(options: &[Choice]) -> bool {
    let key = options.iter().filter(|o| o.correct).map(|o| length(&o.text)).max();
    let other = options.iter().filter(|o| !o.correct).map(|o| length(&o.text)).max();
    matches!((key, other), (Some(k), Some(o)) if k > o)
}

/// Every item of a quiz, scenario questions included.
fn flat(items: &[Item]) -> Vec<&Item> {
    let mut out = Vec::new();
    for i in items {
        out.push(i);
        if let ItemKind::Scenario { questions, .. } = &i.kind {
            out.extend(questions.iter());
        }
    }
    out
}

/// The stem a reader sees before the options: the prompt, and a scenario's case.
fn stem(item: &Item, case: Option<&str>) -> String {
    match case {
        Some(c) => format!("{c} {}", item.prompt),
        None => item.prompt.clone(),
    }
}

/// Token Jaccard similarity of two texts.
pub fn jaccard(a: &str, b: &str) -> f64 {
    let a: BTreeSet<String> = tokens(a).into_iter().collect();
    let b: BTreeSet<String> = tokens(b).into_iter().collect();
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / a.union(&b).count() as f64
}

/// Every warning of a parsed course, in every language.
pub fn lint(parsed: &Parsed) -> Vec<Warning> {
    let mut out = Vec::new();
    let final_module = parsed.manifest.final_assessment.as_ref().map(|f| f.module.as_str());
    for (lang, files) in &parsed.modules {
        // (file, item id, stem, scenario id): questions of one scenario share its case.
        let mut stems: Vec<(&ParsedFile<Module>, String, String, Option<&str>)> = Vec::new();
        for file in files {
            let Some(quiz) = &file.value.quiz else { continue };
            let is_final = final_module == Some(file.value.id.as_str());
            lint_quiz(file, &quiz.id, &quiz.items, lang, is_final, &mut out);
            for item in &quiz.items {
                match &item.kind {
                    ItemKind::Scenario { case, questions } => {
                        for q in questions {
                            stems.push((file, q.id.to_string(), stem(q, Some(case)), Some(item.id.as_str())));
                        }
                    }
                    _ => stems.push((file, item.id.to_string(), stem(item, None), None)),
                }
            }
        }
        for (i, (fa, ia, a, ga)) in stems.iter().enumerate() {
            for (fb, ib, b, gb) in &stems[i + 1..] {
                if (ga.is_some() && ga == gb) || word_count(a) < 4 || word_count(b) < 4 {
                    continue;
                }
                let j = jaccard(a, b);
                if j >= 0.8 {
                    let (line, _) = super::diagnostic::locate_id(&fa.source, ia).unwrap_or((1, 1));
                    out.push(Warning {
                        rule: Rule::NearDuplicate,
                        diagnostic: at(
                            fb,
                            ib,
                            format!(
                                "item '{ib}' has nearly the stem of '{ia}' ({}:{line}; {:.0} % of words shared)",
                                fa.path.display(),
                                j * 100.0
                            ),
                            "test a different point, or remove one of the two: a retaker who saw one knows the other",
                        ),
                    });
                }
            }
        }
    }
    out
}

fn lint_quiz(
    file: &ParsedFile<Module>,
    quiz_id: &str,
    items: &[Item],
    lang: &str,
    is_final: bool,
    out: &mut Vec<Warning>,
) {
    let mut warn = |rule: Rule, id: &str, message: String, hint: &str| {
        out.push(Warning { rule, diagnostic: at(file, id, message, hint) });
    };
    let all = flat(items);
    // Key strictly longest, against chance (1 in the number of options), per quiz.
    let choice: Vec<(&Item, &Vec<Choice>)> = all
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::SingleChoice { options } if options.len() >= 2 => Some((*i, options)),
            _ => None,
        })
        .collect();
    let longest: Vec<&str> =
        choice.iter().filter(|(_, o)| key_strictly_longest(o)).map(|(i, _)| i.id.as_str()).collect();
    let expected: f64 = choice.iter().map(|(_, o)| 1.0 / o.len() as f64).sum();
    let sd: f64 = choice.iter().map(|(_, o)| (1.0 / o.len() as f64) * (1.0 - 1.0 / o.len() as f64)).sum::<f64>().sqrt();
    if longest.len() >= 2 && longest.len() as f64 > expected + 2.0 * sd {
        warn(
            Rule::KeyLongest,
            quiz_id,
            format!(
                "in {} of {} single-choice items the key is strictly the longest option (chance: about {:.0}): {}",
                longest.len(),
                choice.len(),
                expected,
                longest.join(", ")
            ),
            "make distractors as long and careful as the key, or shorten the key",
        );
    }
    // Absolute words: keys versus distractors, true versus false statements.
    let (mut keys, mut key_abs, mut wrong, mut wrong_abs) = (0usize, Vec::new(), 0usize, Vec::new());
    for i in &all {
        match &i.kind {
            ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => {
                for o in options {
                    let abs = has_absolute(&o.text, lang);
                    if o.correct {
                        keys += 1;
                        if abs {
                            key_abs.push(format!("{}/{}", i.id, o.id));
                        }
                    } else {
                        wrong += 1;
                        if abs {
                            wrong_abs.push(format!("{}/{}", i.id, o.id));
                        }
                    }
                }
            }
            ItemKind::TrueFalse { answer } => {
                let abs = has_absolute(&i.prompt, lang);
                if *answer {
                    keys += 1;
                    if abs {
                        key_abs.push(i.id.to_string());
                    }
                } else {
                    wrong += 1;
                    if abs {
                        wrong_abs.push(i.id.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    let rate = |n: usize, of: usize| if of == 0 { 0.0 } else { n as f64 / of as f64 };
    let (kr, wr) = (rate(key_abs.len(), keys), rate(wrong_abs.len(), wrong));
    if wrong_abs.len() >= 2 && wr > 2.0 * kr + 0.05 {
        warn(
            Rule::AbsoluteWords,
            quiz_id,
            format!(
                "absolute words (always, only, never…) in {} of {wrong} distractors and false statements ({:.0} %) but {} of {keys} keys and true statements ({:.0} %): {}",
                wrong_abs.len(),
                wr * 100.0,
                key_abs.len(),
                kr * 100.0,
                wrong_abs.join(", ")
            ),
            "a reader who avoids absolutes should gain nothing: use them as often in keys as in distractors",
        );
    }
    // True/false balance.
    let tf: Vec<bool> = all
        .iter()
        .filter_map(|i| match i.kind {
            ItemKind::TrueFalse { answer } => Some(answer),
            _ => None,
        })
        .collect();
    let trues = tf.iter().filter(|b| **b).count();
    if tf.len() >= 4 && !(0.3..=0.7).contains(&rate(trues, tf.len())) {
        warn(
            Rule::TrueFalseBalance,
            quiz_id,
            format!("{trues} of {} true/false statements are true", tf.len()),
            "about half of the statements should be true",
        );
    }
    for i in &all {
        if let ItemKind::Matching { spares, .. } = &i.kind
            && spares.is_empty()
        {
            warn(
                Rule::MatchingWithoutSpare,
                i.id.as_str(),
                format!(
                    "matching item '{}' has no spare right-hand text: the last match is found by elimination",
                    i.id
                ),
                "add one right-hand text that matches nothing: spares: [Spare(id: \"x1\", right: \"…\")]",
            );
        }
        if let ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } = &i.kind {
            let lens: Vec<usize> = options.iter().map(|o| length(&o.text)).collect();
            let (min, max) = (lens.iter().copied().min().unwrap_or(0), lens.iter().copied().max().unwrap_or(0));
            if max >= 2 * min.max(1) && max - min >= 20 {
                warn(
                    Rule::OptionLength,
                    i.id.as_str(),
                    format!("item '{}': options range from {min} to {max} characters", i.id),
                    "give all options about the same length",
                );
            }
            for o in options {
                let text = o.text.to_lowercase();
                if ABOVE.iter().any(|a| text.contains(a)) {
                    warn(
                        Rule::AllOfTheAbove,
                        i.id.as_str(),
                        format!("item '{}' option '{}' is \"all/none of the above\"", i.id, o.id),
                        "write a real option; use MultipleResponse when several are right",
                    );
                }
            }
        }
    }
    if is_final {
        for i in items {
            if i.tests.is_empty() || i.level.is_none() {
                warn(
                    Rule::MissingTags,
                    i.id.as_str(),
                    format!("final-bank item '{}' has no {}", i.id, if i.tests.is_empty() { "tests" } else { "level" }),
                    "add tests: [\"std-N\"] and level: Recall or Apply (see courses/README.md)",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolutes_are_found_in_every_language() {
        assert!(has_absolute("This applies ONLY to staff", "en"));
        assert!(!has_absolute("This applies to staff", "en"));
        assert!(has_absolute("Cela concerne uniquement le personnel", "fr"));
        assert!(has_absolute("Esto se aplica sólo al personal", "es"));
        assert!(has_absolute("ينطبق هذا على الموظفين فقط", "ar"));
        assert!(has_absolute("ويجب على الموظفين", "ar"), "a leading conjunction is dropped");
    }

    #[test]
    fn jaccard_of_near_duplicates() {
        assert!(
            jaccard(
                "Put the stages of the programme cycle in order.",
                "Put the stages of the programme cycle in the right order."
            ) >= 0.8
        );
        assert!(jaccard("Who publishes the CPMS?", "What is a child under the CRC?") < 0.3);
    }
}
