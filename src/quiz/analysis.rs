//! Item analysis for trainers (issue 18): how each quiz item behaves and how many learners master
//! each standard, computed from the facts of every merged laptop. Pure: the store reads the facts
//! (`progress::item_stats`), this module does the arithmetic. The definitions, as printed in the
//! report and the trainer guide:
//!
//! - The unit is a **finished attempt** (one with an `attempt_finished` fact), every attempt of
//!   every learner, retakes included (Moodle's "all attempts").
//! - **Facility**: the mean credit (0–1) of an item over the finished attempts that answered it
//!   (for all-or-nothing items, the share answered correctly).
//! - **Discrimination**: upper minus lower 27 % (Kelley). The finished attempts of the item's quiz
//!   are ranked by their score; the upper group is the best `round(0.27 × N)` attempts (at least
//!   one), the lower group the worst as many (ties at a group's edge broken by attempt id, so the
//!   figure is reproducible). Discrimination is the item's facility in the upper group minus its
//!   facility in the lower group, each over the attempts of the group that were asked the item;
//!   none when fewer than 2 attempts were finished or a group never met the item. It runs from
//!   −1 to 1; negative means stronger learners miss the item more often than weaker ones.
//! - **Drawn**: how many attempts (started, finished or not) asked the item.
//! - **Flags** (only for items answered at least [`MIN_ANSWERS_FOR_FLAGS`] times): facility above
//!   0.95 (nobody misses it), facility below 0.2 (most miss it), negative discrimination.
//! - **Mastery of a standard**: a learner masters standard N when, on their latest finished
//!   attempt at the final assessment, their credit on the items tagged `std-N` is at least 2/3 of
//!   those items. The share is over the learners whose latest final attempt asked at least one
//!   such item. A pillar the same way, over the items of its standards.
//! - **Completion**: a learner's first passed attempt at the final assessment.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Share of the finished attempts in each of the upper and lower groups.
pub const GROUP_SHARE: f64 = 0.27;
/// A learner masters a standard with at least this share of the credit of its items.
pub const MASTERY: f64 = 2.0 / 3.0;
/// Above this facility nobody misses the item.
pub const TOO_EASY: f64 = 0.95;
/// Below this facility most learners miss the item.
pub const TOO_HARD: f64 = 0.2;
/// Items answered fewer times than this get no flag (the figures are still given).
pub const MIN_ANSWERS_FOR_FLAGS: u32 = 5;

/// A quiz item as the course defines it.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemInfo {
    pub module_id: String,
    pub quiz_id: String,
    pub item_id: String,
    /// What the item tests (`std-N`, `principle-N`, `basics`).
    pub tags: Vec<String>,
}

/// A finished attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct FinishedAttempt {
    /// The person (linked learner ids already resolved to one).
    pub person: String,
    pub quiz_id: String,
    pub attempt_id: String,
    /// Unix ms.
    pub at: i64,
    pub percent: u8,
    pub passed: bool,
}

/// An answer to an item in an attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub attempt_id: String,
    pub item_id: String,
    /// 0..=1.
    pub credit: f64,
}

/// Everything the analysis rests on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    /// The course's items in study order.
    pub items: Vec<ItemInfo>,
    /// The quiz id of the final assessment, when the course has one.
    pub final_quiz: Option<String>,
    pub attempts: Vec<FinishedAttempt>,
    /// Answers in time order: when an attempt answered an item twice, the later answer counts.
    pub answers: Vec<Answer>,
    /// How many attempts asked each item: (quiz id, item id) → count.
    pub drawn: HashMap<(String, String), u32>,
}

/// Something a trainer should look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Facility above 0.95.
    NobodyMisses,
    /// Facility below 0.2.
    MostMiss,
    /// Stronger attempts miss it more often than weaker ones.
    NegativeDiscrimination,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::NobodyMisses => "nobody_misses",
            Flag::MostMiss => "most_miss",
            Flag::NegativeDiscrimination => "negative_discrimination",
        }
    }
}

/// The figures of one item.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ItemStat {
    pub module_id: String,
    pub quiz_id: String,
    pub item_id: String,
    pub tags: Vec<String>,
    /// Whether the item is in the installed course (answers to removed items are still counted).
    pub in_course: bool,
    pub drawn: u32,
    /// Finished attempts that answered it.
    pub answered: u32,
    pub facility: Option<f64>,
    pub discrimination: Option<f64>,
    pub flags: Vec<Flag>,
}

/// How many learners master a standard (or a pillar).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Mastery {
    /// Standard 1–28, or pillar 1–4.
    pub number: u8,
    /// Learners whose latest final attempt asked an item of it.
    pub learners: u32,
    pub masters: u32,
}

impl Mastery {
    /// The share of learners who master it (none when no learner was asked).
    pub fn share(&self) -> Option<f64> {
        (self.learners > 0).then(|| f64::from(self.masters) / f64::from(self.learners))
    }
}

/// The whole analysis of a course.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Analysis {
    pub items: Vec<ItemStat>,
    /// Standards 1–28, in order.
    pub standards: Vec<Mastery>,
    /// Pillars 1–4, in order.
    pub pillars: Vec<Mastery>,
    /// When each learner first passed the final assessment (unix ms), oldest first.
    pub completions: Vec<i64>,
    /// Finished attempts at the final assessment, and learners who finished one.
    pub final_attempts: u32,
    pub final_learners: u32,
}

/// The pillar of a CPMS 2019 standard: 1–6, 7–13, 14–20, 21–28.
pub fn pillar_of(standard: u8) -> Option<u8> {
    match standard {
        1..=6 => Some(1),
        7..=13 => Some(2),
        14..=20 => Some(3),
        21..=28 => Some(4),
        _ => None,
    }
}

/// The standard a tag names (`std-13` → 13).
fn standard_of(tag: &str) -> Option<u8> {
    match crate::course::Tag::parse(tag) {
        Some(crate::course::Tag::Standard(n)) => Some(n),
        _ => None,
    }
}

/// Analyse the facts of a course.
pub fn analyse(input: &Input) -> Analysis {
    // Attempts, quizzes and item ids by number: a large laptop has a million answers.
    let attempt_index: HashMap<&str, u32> =
        input.attempts.iter().enumerate().map(|(i, a)| (a.attempt_id.as_str(), i as u32)).collect();
    let mut quizzes: Vec<&str> = Vec::new();
    let mut quiz_index: HashMap<&str, u32> = HashMap::new();
    let attempt_quiz: Vec<u32> = input
        .attempts
        .iter()
        .map(|a| {
            *quiz_index.entry(a.quiz_id.as_str()).or_insert_with(|| {
                quizzes.push(a.quiz_id.as_str());
                quizzes.len() as u32 - 1
            })
        })
        .collect();
    let mut names: Vec<&str> = Vec::new();
    let mut name_index: HashMap<&str, u32> = HashMap::new();
    // (attempt, item, credit) of finished attempts, in time order.
    let mut answers: Vec<(u32, u32, f64)> = Vec::with_capacity(input.answers.len());
    for a in &input.answers {
        let Some(&attempt) = attempt_index.get(a.attempt_id.as_str()) else { continue };
        let item = *name_index.entry(a.item_id.as_str()).or_insert_with(|| {
            names.push(a.item_id.as_str());
            names.len() as u32 - 1
        });
        answers.push((attempt, item, a.credit.clamp(0.0, 1.0)));
    }
    // Grouped by attempt and item (a stable sort keeps time order inside a group): the last
    // answer of each attempt to each item counts.
    answers.sort_by_key(|&(attempt, item, _)| (attempt, item));
    let mut last: Vec<(u32, u32, f64)> = Vec::with_capacity(answers.len());
    for x in answers {
        match last.last_mut() {
            Some(l) if (l.0, l.1) == (x.0, x.1) => *l = x,
            _ => last.push(x),
        }
    }
    let answers = last;
    // Where each attempt's answers start in `answers` (they are contiguous).
    let mut starts = vec![usize::MAX; input.attempts.len() + 1];
    for (i, a) in answers.iter().enumerate().rev() {
        starts[a.0 as usize] = i;
    }
    let answers_of = |attempt: u32| -> &[(u32, u32, f64)] {
        let from = starts[attempt as usize];
        if from == usize::MAX {
            return &[];
        }
        let to = answers[from..].iter().position(|a| a.0 != attempt).map_or(answers.len(), |n| from + n);
        &answers[from..to]
    };

    // The upper and lower groups of each quiz: +1 upper, -1 lower.
    let mut per_quiz: Vec<Vec<u32>> = vec![Vec::new(); quizzes.len()];
    for (i, q) in attempt_quiz.iter().enumerate() {
        per_quiz[*q as usize].push(i as u32);
    }
    let mut group = vec![0i8; input.attempts.len()];
    for attempts in &mut per_quiz {
        let n = attempts.len();
        if n < 2 {
            continue;
        }
        let a = &input.attempts;
        attempts.sort_by(|x, y| {
            let (x, y) = (&a[*x as usize], &a[*y as usize]);
            y.percent.cmp(&x.percent).then_with(|| x.attempt_id.cmp(&y.attempt_id))
        });
        let g = ((GROUP_SHARE * n as f64).round() as usize).clamp(1, n / 2);
        for t in &attempts[..g] {
            group[*t as usize] = 1;
        }
        for t in &attempts[n - g..] {
            group[*t as usize] = -1;
        }
    }

    // Per quiz and item: (sum, count) overall, in the upper and in the lower group.
    #[derive(Default, Clone)]
    struct Sums {
        all: (f64, u32),
        upper: (f64, u32),
        lower: (f64, u32),
    }
    let mut table = vec![Sums::default(); quizzes.len() * names.len()];
    for &(attempt, item, credit) in &answers {
        let s = &mut table[attempt_quiz[attempt as usize] as usize * names.len() + item as usize];
        s.all.0 += credit;
        s.all.1 += 1;
        match group[attempt as usize] {
            1 => {
                s.upper.0 += credit;
                s.upper.1 += 1;
            }
            -1 => {
                s.lower.0 += credit;
                s.lower.1 += 1;
            }
            _ => {}
        }
    }
    let sums_of = |quiz: &str, item: &str| -> Option<&Sums> {
        let (q, i) = (*quiz_index.get(quiz)?, *name_index.get(item)?);
        table.get(q as usize * names.len() + i as usize).filter(|s| s.all.1 > 0)
    };

    let mean = |(sum, n): (f64, u32)| (n > 0).then(|| sum / f64::from(n));
    let stat = |module_id: &str, quiz_id: &str, item_id: &str, tags: &[String], in_course: bool| {
        let key = (quiz_id.to_string(), item_id.to_string());
        let s = sums_of(quiz_id, item_id);
        let answered = s.map_or(0, |s| s.all.1);
        let facility = s.and_then(|s| mean(s.all));
        let discrimination = s.and_then(|s| Some(mean(s.upper)? - mean(s.lower)?));
        let mut flags = Vec::new();
        if answered >= MIN_ANSWERS_FOR_FLAGS {
            if let Some(f) = facility {
                if f > TOO_EASY {
                    flags.push(Flag::NobodyMisses);
                }
                if f < TOO_HARD {
                    flags.push(Flag::MostMiss);
                }
            }
            if discrimination.is_some_and(|d| d < -1e-9) {
                flags.push(Flag::NegativeDiscrimination);
            }
        }
        ItemStat {
            module_id: module_id.to_string(),
            quiz_id: quiz_id.to_string(),
            item_id: item_id.to_string(),
            tags: tags.to_vec(),
            in_course,
            drawn: input.drawn.get(&key).copied().unwrap_or(0),
            answered,
            facility,
            discrimination,
            flags,
        }
    };
    let mut items: Vec<ItemStat> =
        input.items.iter().map(|i| stat(&i.module_id, &i.quiz_id, &i.item_id, &i.tags, true)).collect();
    // Answers to items the installed course no longer has (another version) are reported too.
    let known: BTreeSet<(&str, &str)> = input.items.iter().map(|i| (i.quiz_id.as_str(), i.item_id.as_str())).collect();
    let quiz_module: HashMap<&str, &str> =
        input.items.iter().map(|i| (i.quiz_id.as_str(), i.module_id.as_str())).collect();
    let mut unknown: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (q, quiz) in quizzes.iter().enumerate() {
        for (i, item) in names.iter().enumerate() {
            if table[q * names.len() + i].all.1 > 0 && !known.contains(&(*quiz, *item)) {
                unknown.insert((quiz, item));
            }
        }
    }
    for (quiz, item) in unknown {
        items.push(stat(quiz_module.get(quiz).copied().unwrap_or(""), quiz, item, &[], false));
    }

    // Mastery on each learner's latest finished final attempt.
    let tags: HashMap<&str, &[String]> = input
        .items
        .iter()
        .filter(|i| Some(&i.quiz_id) == input.final_quiz.as_ref())
        .map(|i| (i.item_id.as_str(), i.tags.as_slice()))
        .collect();
    let finals: Vec<(u32, &FinishedAttempt)> = input
        .attempts
        .iter()
        .enumerate()
        .filter(|(_, a)| Some(&a.quiz_id) == input.final_quiz.as_ref())
        .map(|(i, a)| (i as u32, a))
        .collect();
    let mut latest: BTreeMap<&str, (u32, &FinishedAttempt)> = BTreeMap::new();
    let mut first_pass: BTreeMap<&str, i64> = BTreeMap::new();
    for &(i, a) in &finals {
        let later = |(_, b): &(u32, &FinishedAttempt)| (a.at, &a.attempt_id) > (b.at, &b.attempt_id);
        if latest.get(a.person.as_str()).is_none_or(later) {
            latest.insert(a.person.as_str(), (i, a));
        }
        if a.passed {
            let at = first_pass.entry(a.person.as_str()).or_insert(a.at);
            *at = (*at).min(a.at);
        }
    }
    let mut standards: Vec<Mastery> =
        (1..=crate::course::Tag::STANDARDS).map(|n| Mastery { number: n, learners: 0, masters: 0 }).collect();
    let mut pillars: Vec<Mastery> = (1..=4).map(|n| Mastery { number: n, learners: 0, masters: 0 }).collect();
    for &(attempt, _) in latest.values() {
        // Credit and count per standard and per pillar in this attempt.
        let mut std_sums: BTreeMap<u8, (f64, u32)> = BTreeMap::new();
        let mut pillar_sums: BTreeMap<u8, (f64, u32)> = BTreeMap::new();
        for &(_, item, credit) in answers_of(attempt) {
            let numbers: BTreeSet<u8> =
                tags.get(names[item as usize]).map_or(&[][..], |t| *t).iter().filter_map(|t| standard_of(t)).collect();
            for n in &numbers {
                let s = std_sums.entry(*n).or_default();
                s.0 += credit;
                s.1 += 1;
            }
            for p in numbers.iter().filter_map(|n| pillar_of(*n)).collect::<BTreeSet<u8>>() {
                let s = pillar_sums.entry(p).or_default();
                s.0 += credit;
                s.1 += 1;
            }
        }
        let count = |table: &mut [Mastery], sums: &BTreeMap<u8, (f64, u32)>| {
            for (n, (sum, k)) in sums {
                if let Some(m) = table.get_mut(usize::from(*n) - 1) {
                    m.learners += 1;
                    // 1e-9: two of three items give exactly 2/3.
                    if *sum >= MASTERY * f64::from(*k) - 1e-9 {
                        m.masters += 1;
                    }
                }
            }
        };
        count(&mut standards, &std_sums);
        count(&mut pillars, &pillar_sums);
    }
    let mut completions: Vec<i64> = first_pass.into_values().collect();
    completions.sort_unstable();
    Analysis {
        items,
        standards,
        pillars,
        completions,
        final_attempts: finals.len() as u32,
        final_learners: latest.len() as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(person: &str, id: &str, at: i64, percent: u8) -> FinishedAttempt {
        FinishedAttempt {
            person: person.into(),
            quiz_id: "q".into(),
            attempt_id: id.into(),
            at,
            percent,
            passed: percent >= 80,
        }
    }

    #[test]
    fn a_retake_replaces_the_earlier_attempt_for_mastery_and_the_later_answer_counts() {
        let input = Input {
            items: vec![ItemInfo {
                module_id: "m".into(),
                quiz_id: "q".into(),
                item_id: "i".into(),
                tags: vec!["std-13".into()],
            }],
            final_quiz: Some("q".into()),
            attempts: vec![attempt("p", "a1", 1, 0), attempt("p", "a2", 2, 100)],
            answers: vec![
                Answer { attempt_id: "a1".into(), item_id: "i".into(), credit: 0.0 },
                Answer { attempt_id: "a2".into(), item_id: "i".into(), credit: 0.0 },
                Answer { attempt_id: "a2".into(), item_id: "i".into(), credit: 1.0 },
                // Not finished: not counted.
                Answer { attempt_id: "a3".into(), item_id: "i".into(), credit: 1.0 },
            ],
            drawn: HashMap::new(),
        };
        let a = analyse(&input);
        assert_eq!(a.items[0].answered, 2);
        assert_eq!(a.items[0].facility, Some(0.5));
        // Two attempts: groups of one; upper a2 (1.0) minus lower a1 (0.0).
        assert_eq!(a.items[0].discrimination, Some(1.0));
        assert_eq!(a.standards[12], Mastery { number: 13, learners: 1, masters: 1 });
        assert_eq!(a.pillars[1], Mastery { number: 2, learners: 1, masters: 1 });
        assert_eq!(a.completions, vec![2]);
        assert_eq!(a.standards[0].share(), None);
    }

    #[test]
    fn pillars_follow_the_2019_standards() {
        assert_eq!([1, 6, 7, 13, 14, 20, 21, 28].map(|n| pillar_of(n).unwrap()), [1, 1, 2, 2, 3, 3, 4, 4]);
        assert_eq!(pillar_of(29), None);
    }
}
