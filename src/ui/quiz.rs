//! Quiz screen: one item at a time, check, feedback and explanation, then a results page with
//! a review of every answer. Scoring and recording happen in `CpmsApp` through actions.

use super::Action;
use super::widgets::View;
use crate::course::{Item, ItemKind, Quiz};
use crate::quiz::{AttemptResult, Outcome, Plan, PlannedItem, Response, correct_response, feedback};

mod draft;
use draft::Draft;

struct Checked {
    outcome: Outcome,
    feedback: Vec<String>,
}

pub struct QuizScreen {
    pub course: usize,
    pub module: String,
    pub quiz_id: String,
    pub attempt_id: String,
    pub pass_mark: u8,
    title: String,
    /// Items in the order of the attempt, with their display plans.
    items: Vec<(Item, PlannedItem)>,
    index: usize,
    draft: Draft,
    checked: Option<Checked>,
    answers: Vec<(Response, Outcome)>,
    result: Option<AttemptResult>,
}

impl QuizScreen {
    pub fn new(
        course: usize,
        module: &str,
        title: &str,
        quiz: &Quiz,
        plan: Plan,
        attempt_id: String,
        pass_mark: u8,
    ) -> Self {
        let items: Vec<(Item, PlannedItem)> =
            plan.items.into_iter().filter_map(|p| quiz.items.get(p.index).map(|i| (i.clone(), p))).collect();
        let draft = items.first().map_or(Draft::Empty, |(i, p)| Draft::new(i, p));
        QuizScreen {
            course,
            module: module.to_string(),
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
        }
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
        self.checked = Some(Checked { outcome, feedback: fb });
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

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        let course = self.course;
        v.page(ui, &format!("quiz-{}-{}", self.attempt_id, self.index), |ui| {
            let back_to = if self.result.is_some() { v.t("course-overview") } else { v.t("leave-quiz") };
            if v.back(ui, &back_to) {
                action = Some(Action::OpenCourse { course });
            }
            v.heading(ui, &v.tr.ta("quiz-title", &[("title", (&self.title).into())]));
            if let Some(result) = self.result {
                action = action.take().or(self.results_ui(ui, v, result));
                return;
            }
            let total = self.items.len();
            let Some((item, plan)) = self.items.get(self.index) else { return };
            v.weak(ui, v.tr.ta("question-of", &[("n", (self.index + 1).into()), ("total", total.into())]));
            ui.add(egui::ProgressBar::new(self.index as f32 / total.max(1) as f32).desired_height(8.0));
            ui.add_space(8.0);
            let locked = self.checked.is_some();
            ui.add_enabled_ui(!locked, |ui| draft::item_ui(ui, v, item, plan, &mut self.draft, "q"));
            ui.add_space(12.0);
            match &self.checked {
                None => {
                    let response = self.draft.response();
                    let check = ui.add_enabled(response.is_some(), egui::Button::new(v.t("check-answer")));
                    if response.is_none() {
                        v.weak(ui, v.t("answer-first"));
                    }
                    if check.clicked() {
                        if let Some(r) = response {
                            action = Some(Action::Answer(r));
                        }
                    }
                }
                Some(checked) => {
                    let (text, color) = if checked.outcome.correct {
                        (v.t("correct"), egui::Color32::from_rgb(0x2e, 0x7d, 0x32))
                    } else {
                        (v.t("not-quite"), egui::Color32::from_rgb(0xb2, 0x4a, 0x00))
                    };
                    ui.label(egui::RichText::new(text).color(color).font(super::fonts::bold(v.size * 1.12)));
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
                    if ui.button(v.t(if last { "see-results" } else { "next-question" })).clicked() {
                        action = Some(Action::NextItem);
                    }
                }
            }
        });
        action
    }

    fn results_ui(&self, ui: &mut egui::Ui, v: &View<'_>, result: AttemptResult) -> Option<Action> {
        let mut action = None;
        ui.add_space(8.0);
        let verdict = v.t(if result.passed { "passed" } else { "not-passed" });
        ui.label(
            egui::RichText::new(v.tr.ta("your-score", &[("percent", result.percent.into())]))
                .font(super::fonts::bold(v.size * 1.4)),
        );
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
        v.row(ui, |ui| {
            if ui.button(v.t("try-again")).clicked() {
                action = Some(Action::StartQuiz { course: self.course, module: self.module.clone() });
            }
            if ui.button(v.t("back-to-course")).clicked() {
                action = Some(Action::OpenCourse { course: self.course });
            }
        });
        ui.add_space(12.0);
        v.title(ui, &v.t("review"), 1.12);
        for ((item, _), (response, outcome)) in self.items.iter().zip(&self.answers) {
            egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.with_layout(egui::Layout::top_down(if v.rtl { egui::Align::Max } else { egui::Align::Min }), |ui| {
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

/// A response in words, for feedback and review.
pub fn describe(v: &View<'_>, item: &Item, response: &Response) -> String {
    let option = |options: &[crate::course::Choice], id: &str| {
        options.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.text.clone())
    };
    match (&item.kind, response) {
        (ItemKind::SingleChoice { options }, Response::Choice(id)) => option(options, id),
        (ItemKind::MultipleResponse { options }, Response::Choices(ids)) => {
            options.iter().filter(|o| ids.contains(&o.id)).map(|o| o.text.as_str()).collect::<Vec<_>>().join("; ")
        }
        (ItemKind::TrueFalse { .. }, Response::Bool(b)) => v.t(if *b { "true" } else { "false" }),
        (ItemKind::Matching { pairs }, Response::Matches(m)) => pairs
            .iter()
            .map(|p| {
                let right =
                    m.get(&p.id).and_then(|r| pairs.iter().find(|q| &q.id == r)).map_or("—", |q| q.right.as_str());
                format!("{} → {}", p.left, right)
            })
            .collect::<Vec<_>>()
            .join("; "),
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
