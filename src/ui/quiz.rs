//! Quiz screen: one item at a time, check, feedback and explanation, then a results page with
//! a review of every answer. The final assessment shows no key: answers are saved without a
//! verdict and the results give feedback per standard with the lessons to review
//! ([`FinalResults`]). Scoring and recording happen in `CpmsApp` through actions. An
//! unfinished attempt can be rebuilt from its recorded answers ([`QuizScreen::resume`]), and
//! leaving a running attempt asks first.

use super::Action;
use super::widgets::View;
use crate::course::{Item, ItemKind, Quiz};
use crate::ids::{ItemId, LessonId, ModuleId};
use crate::quiz::{AttemptResult, Outcome, Plan, PlannedItem, Response, correct_response, feedback};

mod draft;
use draft::Draft;

struct Checked {
    outcome: Outcome,
    feedback: Vec<String>,
    /// Bring the feedback into view and move the focus to "Next" on the next frame.
    fresh: bool,
}

/// One standard (or principle, or the basics) in the final's results.
#[derive(Debug, Clone)]
pub struct TagLine {
    /// "Standard 13", in the learner's language.
    pub label: String,
    pub asked: usize,
    pub correct: usize,
    /// Lessons to review when missed: (module id, lesson id, title).
    pub lessons: Vec<(ModuleId, LessonId, String)>,
}

/// What the results of a final attempt show instead of the key item by item.
#[derive(Debug, Clone, Default)]
pub struct FinalResults {
    pub tags: Vec<TagLine>,
    /// This attempt's number (1-based) among the learner's final attempts.
    pub attempt: usize,
    /// The attempt that first passed, if one has.
    pub passed_on: Option<usize>,
    /// Why the next attempt cannot start yet (lessons to revisit, the daily limit); None if it can.
    pub next_blocked: Option<String>,
}

pub struct QuizScreen {
    pub course: usize,
    pub module: ModuleId,
    pub quiz_id: String,
    pub attempt_id: crate::ids::AttemptId,
    pub pass_mark: u8,
    title: String,
    /// Items in the order of the attempt, with their display plans.
    items: Vec<(Item, PlannedItem)>,
    index: usize,
    draft: Draft,
    checked: Option<Checked>,
    answers: Vec<(Response, Outcome)>,
    result: Option<AttemptResult>,
    /// The learner asked to leave a running attempt: where to go if they confirm.
    pub leaving: Option<Box<Action>>,
    /// Focus the first answer widget of a newly shown item.
    focus_item: bool,
    /// The final assessment: no verdict or key per item, feedback per standard at the end.
    pub final_mode: bool,
    final_results: Option<FinalResults>,
}

impl QuizScreen {
    pub fn new(
        course: usize,
        module: &ModuleId,
        title: &str,
        quiz: &Quiz,
        plan: Plan,
        attempt_id: crate::ids::AttemptId,
        pass_mark: u8,
    ) -> Self {
        let items: Vec<(Item, PlannedItem)> =
            plan.items.into_iter().filter_map(|p| quiz.items.get(p.index).map(|i| (i.clone(), p))).collect();
        let draft = items.first().map_or(Draft::Empty, |(i, p)| Draft::new(i, p));
        QuizScreen {
            course,
            module: module.clone(),
            quiz_id: quiz.id.clone(),
            attempt_id,
            pass_mark,
            title: title.to_string(),
            items,
            index: 0,
            draft,
            checked: None,
            answers: Vec::new(),
            result: None,
            leaving: None,
            focus_item: false,
            final_mode: false,
            final_results: None,
        }
    }

    /// Make this the final assessment: answers are saved without showing whether they were right.
    pub fn final_assessment(mut self) -> Self {
        self.final_mode = true;
        self
    }

    /// The items answered so far, each with whether it was answered fully right.
    pub fn answered_items(&self) -> Vec<(&Item, bool)> {
        self.items.iter().zip(&self.answers).map(|((i, _), (_, o))| (i, o.correct)).collect()
    }

    /// Put back the answers of an unfinished attempt (item id, response, correct, credit): the
    /// learner sees the last answered item with its feedback, or the first item if none was.
    /// Answers to items not in this draw are ignored.
    pub fn resume(&mut self, answers: &[(ItemId, Response, bool, f32)]) {
        for (i, (item, _)) in self.items.iter().enumerate() {
            let Some((_, response, correct, credit)) = answers.iter().find(|a| a.0 == item.id) else { break };
            self.answers.push((response.clone(), Outcome { correct: *correct, credit: *credit }));
            self.index = i;
        }
        if let (Some((response, outcome)), Some((item, plan))) = (self.answers.last(), self.items.get(self.index)) {
            self.draft = Draft::from_response(item, plan, response);
            let fb = feedback(item, response).into_iter().map(String::from).collect();
            self.checked = Some(Checked { outcome: *outcome, feedback: fb, fresh: false });
        }
    }

    /// The attempt is still running (not every item checked, or results not shown).
    pub fn running(&self) -> bool {
        self.result.is_none()
    }

    /// The item being answered, if the attempt is still running and it is not yet checked.
    pub fn current_item(&self) -> Option<&Item> {
        if self.result.is_some() || self.checked.is_some() {
            return None;
        }
        self.items.get(self.index).map(|(i, _)| i)
    }

    /// The current item was answered and scored.
    pub fn checked(&mut self, response: Response, outcome: Outcome) {
        let fb = self
            .items
            .get(self.index)
            .map(|(i, _)| feedback(i, &response).into_iter().map(String::from).collect())
            .unwrap_or_default();
        self.answers.push((response, outcome));
        self.checked = Some(Checked { outcome, feedback: fb, fresh: true });
    }

    /// Move past a checked item. Returns true when that was the last item.
    pub fn advance(&mut self) -> bool {
        if self.checked.is_none() || self.result.is_some() {
            return false;
        }
        self.checked = None;
        self.index += 1;
        match self.items.get(self.index) {
            Some((i, p)) => {
                self.draft = Draft::new(i, p);
                self.focus_item = true;
                false
            }
            None => true,
        }
    }

    pub fn outcomes(&self) -> Vec<Outcome> {
        self.answers.iter().map(|(_, o)| *o).collect()
    }

    pub fn finished(&mut self, result: AttemptResult) {
        self.result = Some(result);
    }

    /// A final attempt ended: its feedback per standard.
    pub fn finished_final(&mut self, result: AttemptResult, results: FinalResults) {
        self.result = Some(result);
        self.final_results = Some(results);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        let course = self.course;
        if let Some(target) = self.leaving.clone() {
            return self.leave_ui(ui, v, *target);
        }
        v.page(ui, &format!("quiz-{}-{}", self.attempt_id, self.index), |ui| {
            let back_to = if self.result.is_some() { v.t("course-overview") } else { v.t("leave-quiz") };
            if v.back(ui, &back_to) {
                if self.result.is_some() {
                    action = Some(Action::OpenCourse { course });
                } else {
                    self.leaving = Some(Box::new(Action::OpenCourse { course }));
                }
            }
            v.heading(ui, &v.tr.ta("quiz-title", &[("title", (&self.title).into())]));
            if let Some(result) = self.result {
                action = action.take().or(self.results_ui(ui, v, result));
                return;
            }
            let total = self.items.len();
            let Some((item, plan)) = self.items.get(self.index) else { return };
            let position = v.tr.ta("question-of", &[("n", (self.index + 1).into()), ("total", total.into())]);
            v.weak(ui, &position);
            if self.final_mode && self.index == 0 {
                v.weak(ui, v.t("final-no-keys"));
            }
            v.progress_bar(ui, self.index as f32 / total.max(1) as f32, &position);
            ui.add_space(8.0);
            let locked = self.checked.is_some();
            if std::mem::take(&mut self.focus_item) {
                // Keep the keyboard on the item: Tab from here reaches the first answer.
                ui.memory_mut(|m| {
                    if let Some(f) = m.focused() {
                        m.surrender_focus(f);
                    }
                });
            }
            draft::item_ui(ui, v, item, plan, &mut self.draft, "q", locked);
            ui.add_space(12.0);
            match &mut self.checked {
                None => {
                    let response = self.draft.complete_response(item);
                    let label = if self.final_mode { "save-answer" } else { "check-answer" };
                    let check = v.button_enabled(ui, response.is_some(), &v.t(label));
                    if response.is_none() {
                        v.weak(ui, v.t("answer-first"));
                    }
                    if check.clicked()
                        && let Some(r) = response
                    {
                        action = Some(Action::Answer(r));
                    }
                }
                Some(checked) if self.final_mode => {
                    // An answer resumed after a restart: no verdict in the final, only the way on.
                    let last = self.index + 1 == total;
                    let next = v.button(ui, &v.t(if last { "see-results" } else { "next-question" }));
                    if std::mem::take(&mut checked.fresh) {
                        next.request_focus();
                    }
                    if next.clicked() {
                        action = Some(Action::NextItem);
                    }
                }
                Some(checked) => {
                    let (sign, text, color) = if checked.outcome.correct {
                        ("✔", v.t("correct"), super::widgets::RIGHT)
                    } else {
                        ("✘", v.t("not-quite"), super::widgets::WRONG)
                    };
                    // The sign says it without colour; screen readers get the words.
                    let verdict = v.strong(ui, &format!("{sign} {text}"), Some(color));
                    let verdict = v.named(verdict, egui::Role::Label, &text);
                    for f in &checked.feedback {
                        v.text(ui, f);
                    }
                    if !checked.outcome.correct {
                        let answer = describe(v, item, &correct_response(item));
                        v.text(ui, &v.tr.ta("right-answer", &[("answer", answer.into())]));
                    }
                    v.text(ui, &item.explanation);
                    ui.add_space(8.0);
                    let last = self.index + 1 == total;
                    let next = v.button(ui, &v.t(if last { "see-results" } else { "next-question" }));
                    if std::mem::take(&mut checked.fresh) {
                        // The feedback comes into view and the keyboard stays here, on "Next".
                        verdict.scroll_to_me(Some(egui::Align::Min));
                        next.request_focus();
                    }
                    if next.clicked() {
                        action = Some(Action::NextItem);
                    }
                }
            }
        });
        action
    }

    /// "Leave the quiz and keep your answers?" — the answers given so far are saved; the attempt
    /// can be resumed from the course overview.
    fn leave_ui(&mut self, ui: &mut egui::Ui, v: &View<'_>, target: Action) -> Option<Action> {
        let mut action = None;
        v.page(ui, "quiz-leave", |ui| {
            v.heading(ui, &v.t("leave-quiz-title"));
            v.text(
                ui,
                &v.tr.ta(
                    "leave-quiz-explain",
                    &[("answered", self.answers.len().into()), ("total", self.items.len().into())],
                ),
            );
            ui.add_space(8.0);
            v.row(ui, |ui| {
                let stay = v.button(ui, &v.t("leave-quiz-stay"));
                if !ui.memory(|m| m.focused().is_some()) {
                    stay.request_focus();
                }
                if stay.clicked() {
                    self.leaving = None;
                }
                if v.button(ui, &v.t("leave-quiz-confirm")).clicked() {
                    action = Some(Action::Confirmed(Box::new(target.clone())));
                }
            });
        });
        action
    }

    fn results_ui(&self, ui: &mut egui::Ui, v: &View<'_>, result: AttemptResult) -> Option<Action> {
        let mut action = None;
        ui.add_space(8.0);
        let verdict = v.t(if result.passed { "passed" } else { "not-passed" });
        v.title(ui, &v.tr.ta("your-score", &[("percent", result.percent.into())]), 1.4);
        v.text(
            ui,
            &v.tr.ta(
                "result-summary",
                &[
                    ("verdict", verdict.into()),
                    ("mark", self.pass_mark.into()),
                    ("correct", result.correct.into()),
                    ("total", result.total.into()),
                ],
            ),
        );
        if let Some(f) = &self.final_results {
            return self.final_results_ui(ui, v, f).or(action);
        }
        v.row(ui, |ui| {
            if v.button(ui, &v.t("try-again")).clicked() {
                action = Some(Action::StartQuiz { course: self.course, module: self.module.clone() });
            }
            if v.button(ui, &v.t("back-to-course")).clicked() {
                action = Some(Action::OpenCourse { course: self.course });
            }
        });
        ui.add_space(12.0);
        v.title(ui, &v.t("review"), 1.12);
        for ((item, _), (response, outcome)) in self.items.iter().zip(&self.answers) {
            egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.with_layout(v.column_layout(), |ui| {
                    v.title(ui, &item.prompt, 1.0);
                    let mark = if outcome.correct { "✔" } else { "✘" };
                    let yours = v.tr.ta("your-answer", &[("answer", describe(v, item, response).into())]);
                    v.text(ui, &format!("{mark} {yours}"));
                    if !outcome.correct {
                        v.text(
                            ui,
                            &v.tr.ta("right-answer", &[("answer", describe(v, item, &correct_response(item)).into())]),
                        );
                    }
                    v.text(ui, &item.explanation);
                });
            });
        }
        action
    }
}

impl QuizScreen {
    /// The final's results: which attempt, feedback per standard with the lessons to review, and
    /// what stands before the next attempt. Never the key of an item.
    fn final_results_ui(&self, ui: &mut egui::Ui, v: &View<'_>, f: &FinalResults) -> Option<Action> {
        let mut action = None;
        v.text(ui, &v.tr.ta("attempt-number", &[("n", f.attempt.into())]));
        if let Some(n) = f.passed_on {
            v.strong(ui, &v.tr.ta("passed-on-attempt", &[("n", n.into())]), Some(super::widgets::RIGHT));
        }
        if let Some(why) = &f.next_blocked {
            v.text(ui, why);
        }
        v.row(ui, |ui| {
            if f.next_blocked.is_none() && f.passed_on.is_none() && v.button(ui, &v.t("try-again")).clicked() {
                action = Some(Action::StartQuiz { course: self.course, module: self.module.clone() });
            }
            if v.button(ui, &v.t("back-to-course")).clicked() {
                action = Some(Action::OpenCourse { course: self.course });
            }
        });
        ui.add_space(12.0);
        v.title(ui, &v.t("feedback-heading"), 1.12);
        v.weak(ui, v.t("final-no-keys"));
        let mut right = Vec::new();
        for t in &f.tags {
            if t.correct == t.asked {
                right.push(t.label.clone());
                continue;
            }
            egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.with_layout(v.column_layout(), |ui| {
                    v.text(
                        ui,
                        &v.tr.ta(
                            "feedback-missed",
                            &[
                                ("tag", t.label.clone().into()),
                                ("correct", t.correct.into()),
                                ("asked", t.asked.into()),
                            ],
                        ),
                    );
                    for (module, lesson, title) in &t.lessons {
                        v.row(ui, |ui| {
                            if v.link(ui, title).clicked() {
                                action = Some(Action::OpenLesson {
                                    course: self.course,
                                    module: module.clone(),
                                    lesson: lesson.clone(),
                                });
                            }
                        });
                    }
                });
            });
        }
        if !right.is_empty() {
            let sep = if v.rtl { "، " } else { ", " };
            v.text(ui, &v.tr.ta("feedback-mastered", &[("tags", right.join(sep).into())]));
        }
        action
    }
}

/// A response in words, for feedback and review.
pub fn describe(v: &View<'_>, item: &Item, response: &Response) -> String {
    // In right-to-left languages the pairs point left and the list separator is Arabic.
    let (arrow, sep) = if v.rtl { ("←", "؛ ") } else { ("→", "; ") };
    let option = |options: &[crate::course::Choice], id: &str| {
        options.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.text.clone())
    };
    match (&item.kind, response) {
        (ItemKind::SingleChoice { options }, Response::Choice(id)) => option(options, id),
        (ItemKind::MultipleResponse { options }, Response::Choices(ids)) => {
            options.iter().filter(|o| ids.contains(&o.id)).map(|o| o.text.as_str()).collect::<Vec<_>>().join(sep)
        }
        (ItemKind::TrueFalse { .. }, Response::Bool(b)) => v.t(true_false_key(item, *b)),
        (ItemKind::Matching { pairs, spares }, Response::Matches(m)) => pairs
            .iter()
            .map(|p| {
                let rights = crate::course::matching_rights(pairs, spares);
                let right = m.get(&p.id).and_then(|r| rights.iter().find(|(id, _)| id == r)).map_or("—", |(_, t)| t);
                format!("{} {arrow} {}", p.left, right)
            })
            .collect::<Vec<_>>()
            .join(sep),
        (ItemKind::Ordering { steps }, Response::Order(order)) => order
            .iter()
            .enumerate()
            .map(|(i, id)| {
                format!("{}. {}", i + 1, steps.iter().find(|s| &s.id == id).map_or(id.as_str(), |s| s.text.as_str()))
            })
            .collect::<Vec<_>>()
            .join("  "),
        (ItemKind::Scenario { questions, .. }, Response::Scenario(rs)) => {
            questions.iter().zip(rs).map(|(q, r)| describe(v, q, r)).collect::<Vec<_>>().join(" | ")
        }
        _ => String::from("—"),
    }
}

/// The words for a true/false answer: "Yes"/"No" when the prompt is a question, else "True"/"False".
pub fn true_false_key(item: &Item, value: bool) -> &'static str {
    match (crate::course::markup::asks_yes_no(&item.prompt), value) {
        (true, true) => "yes",
        (true, false) => "no",
        (false, true) => "true",
        (false, false) => "false",
    }
}
