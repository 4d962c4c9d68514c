//! Quiz screen: one item at a time, check, feedback and explanation, then a results page with
//! a review of every answer. Scoring and recording happen in `CpmsApp` through actions.

use super::Action;
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

    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Action> {
        let mut action = None;
        let course = self.course;
        super::widgets::page(ui, &format!("quiz-{}-{}", self.attempt_id, self.index), |ui| {
            if super::widgets::back(ui, if self.result.is_some() { "Course overview" } else { "Leave the quiz" }) {
                action = Some(Action::OpenCourse { course });
            }
            ui.heading(format!("Quiz: {}", self.title));
            if let Some(result) = self.result {
                action = action.take().or(self.results_ui(ui, result));
                return;
            }
            let total = self.items.len();
            let Some((item, plan)) = self.items.get(self.index) else {
                return;
            };
            ui.weak(format!("Question {} of {}", self.index + 1, total));
            ui.add(egui::ProgressBar::new(self.index as f32 / total.max(1) as f32).desired_height(8.0));
            ui.add_space(8.0);
            let locked = self.checked.is_some();
            ui.add_enabled_ui(!locked, |ui| draft::item_ui(ui, item, plan, &mut self.draft, "q"));
            ui.add_space(12.0);
            match &self.checked {
                None => {
                    let response = self.draft.response();
                    let check = ui.add_enabled(response.is_some(), egui::Button::new("Check answer"));
                    if response.is_none() {
                        ui.weak("Answer the question to check it.");
                    }
                    if check.clicked() {
                        if let Some(r) = response {
                            action = Some(Action::Answer(r));
                        }
                    }
                }
                Some(checked) => {
                    let (text, color) = if checked.outcome.correct {
                        ("Correct", egui::Color32::from_rgb(0x2e, 0x7d, 0x32))
                    } else {
                        ("Not quite", egui::Color32::from_rgb(0xb2, 0x4a, 0x00))
                    };
                    ui.label(egui::RichText::new(text).color(color).font(super::fonts::bold(18.0)));
                    for f in &checked.feedback {
                        ui.label(f);
                    }
                    if !checked.outcome.correct {
                        ui.label(format!("The right answer: {}", describe(item, &correct_response(item))));
                    }
                    ui.label(&item.explanation);
                    ui.add_space(8.0);
                    let last = self.index + 1 == total;
                    if ui.button(if last { "See my results" } else { "Next question" }).clicked() {
                        action = Some(Action::NextItem);
                    }
                }
            }
        });
        action
    }

    fn results_ui(&self, ui: &mut egui::Ui, result: AttemptResult) -> Option<Action> {
        let mut action = None;
        ui.add_space(8.0);
        let verdict = if result.passed { "You passed." } else { "Not passed yet." };
        ui.label(egui::RichText::new(format!("Your score: {}%", result.percent)).font(super::fonts::bold(22.0)));
        ui.label(format!(
            "{verdict} The pass mark is {}%. {} of {} answers were right.",
            self.pass_mark, result.correct, result.total
        ));
        ui.horizontal(|ui| {
            if ui.button("Try again").clicked() {
                action = Some(Action::StartQuiz { course: self.course, module: self.module.clone() });
            }
            if ui.button("Back to the course").clicked() {
                action = Some(Action::OpenCourse { course: self.course });
            }
        });
        ui.add_space(12.0);
        ui.label(egui::RichText::new("Review").font(super::fonts::bold(18.0)));
        for ((item, _), (response, outcome)) in self.items.iter().zip(&self.answers) {
            egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(&item.prompt).strong());
                ui.label(format!(
                    "{} Your answer: {}",
                    if outcome.correct { "✔" } else { "✘" },
                    describe(item, response)
                ));
                if !outcome.correct {
                    ui.label(format!("Right answer: {}", describe(item, &correct_response(item))));
                }
                ui.weak(&item.explanation);
            });
        }
        action
    }
}

/// A response in words, for feedback and review.
pub fn describe(item: &Item, response: &Response) -> String {
    let option = |options: &[crate::course::Choice], id: &str| {
        options.iter().find(|o| o.id == id).map_or(id.to_string(), |o| o.text.clone())
    };
    match (&item.kind, response) {
        (ItemKind::SingleChoice { options }, Response::Choice(id)) => option(options, id),
        (ItemKind::MultipleResponse { options }, Response::Choices(ids)) => {
            options.iter().filter(|o| ids.contains(&o.id)).map(|o| o.text.as_str()).collect::<Vec<_>>().join("; ")
        }
        (ItemKind::TrueFalse { .. }, Response::Bool(b)) => if *b { "True" } else { "False" }.to_string(),
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
            questions.iter().zip(rs).map(|(q, r)| describe(q, r)).collect::<Vec<_>>().join(" | ")
        }
        _ => String::from("—"),
    }
}
