//! The learner's answer while it is being given, and the widgets for each item kind.
//! Every input widget carries an accessible label (keyboard and screen-reader use, kittest).
//! An answer counts only once it is complete: every matching line chosen (each right-hand text
//! at most once), an ordering moved at least once or kept on purpose. After checking, the
//! widgets stay as the learner left them and each option gets a ✔ or ✘.

use super::super::widgets::{RIGHT, View, WRONG};
use crate::course::{Item, ItemKind};
use crate::quiz::{PlannedItem, Response};
use egui::{Role, WidgetInfo};
use std::collections::{BTreeMap, BTreeSet};

pub enum Draft {
    Empty,
    Single(Option<String>),
    Multiple(BTreeSet<String>),
    Bool(Option<bool>),
    /// left pair id → chosen pair id (of the right text)
    Matching(BTreeMap<String, String>),
    /// step ids in the current order, and whether the learner has settled on it (moved a step or
    /// chose "keep this order"): the shuffled order alone is not an answer.
    Ordering(Vec<String>, bool),
    Scenario(Vec<Draft>),
}

impl Draft {
    pub fn new(item: &Item, plan: &PlannedItem) -> Draft {
        match &item.kind {
            ItemKind::SingleChoice { .. } => Draft::Single(None),
            ItemKind::MultipleResponse { .. } => Draft::Multiple(BTreeSet::new()),
            ItemKind::TrueFalse { .. } => Draft::Bool(None),
            ItemKind::Matching { .. } => Draft::Matching(BTreeMap::new()),
            ItemKind::Ordering { steps } => {
                Draft::Ordering(plan.order.iter().filter_map(|&i| steps.get(i)).map(|s| s.id.clone()).collect(), false)
            }
            ItemKind::Scenario { questions, .. } => {
                Draft::Scenario(questions.iter().zip(&plan.questions).map(|(q, p)| Draft::new(q, p)).collect())
            }
        }
    }

    /// A draft holding a response already given (a resumed attempt).
    pub fn from_response(item: &Item, plan: &PlannedItem, response: &Response) -> Draft {
        match (&item.kind, response) {
            (ItemKind::SingleChoice { .. }, Response::Choice(id)) => Draft::Single(Some(id.clone())),
            (ItemKind::MultipleResponse { .. }, Response::Choices(ids)) => Draft::Multiple(ids.clone()),
            (ItemKind::TrueFalse { .. }, Response::Bool(b)) => Draft::Bool(Some(*b)),
            (ItemKind::Matching { .. }, Response::Matches(m)) => Draft::Matching(m.clone()),
            (ItemKind::Ordering { .. }, Response::Order(o)) => Draft::Ordering(o.clone(), true),
            (ItemKind::Scenario { questions, .. }, Response::Scenario(rs)) => Draft::Scenario(
                questions
                    .iter()
                    .zip(&plan.questions)
                    .zip(rs)
                    .map(|((q, p), r)| Draft::from_response(q, p, r))
                    .collect(),
            ),
            _ => Draft::new(item, plan),
        }
    }

    /// The response, once the learner has answered every part.
    pub fn response(&self) -> Option<Response> {
        match self {
            Draft::Empty => None,
            Draft::Single(choice) => choice.clone().map(Response::Choice),
            Draft::Multiple(set) => (!set.is_empty()).then(|| Response::Choices(set.clone())),
            Draft::Bool(b) => b.map(Response::Bool),
            Draft::Matching(m) => {
                let distinct: BTreeSet<&String> = m.values().collect();
                (distinct.len() == m.len()).then(|| Response::Matches(m.clone()))
            }
            Draft::Ordering(order, settled) => settled.then(|| Response::Order(order.clone())),
            Draft::Scenario(drafts) => {
                drafts.iter().map(Draft::response).collect::<Option<Vec<_>>>().map(Response::Scenario)
            }
        }
    }

    /// The response, when complete for `item` (a matching item needs every line).
    pub fn complete_response(&self, item: &Item) -> Option<Response> {
        match (&item.kind, self) {
            (ItemKind::Matching { pairs, .. }, Draft::Matching(m)) if m.len() < pairs.len() => None,
            (ItemKind::Scenario { questions, .. }, Draft::Scenario(drafts)) => questions
                .iter()
                .zip(drafts)
                .map(|(q, d)| d.complete_response(q))
                .collect::<Option<Vec<_>>>()
                .map(Response::Scenario),
            _ => self.response(),
        }
    }
}

/// Draw an item's prompt and its answer widgets. `key` keeps widget ids apart in scenarios;
/// `checked`: the answer was checked, so nothing changes any more and options are marked.
pub fn item_ui(
    ui: &mut egui::Ui,
    v: &View<'_>,
    item: &Item,
    plan: &PlannedItem,
    draft: &mut Draft,
    key: &str,
    checked: bool,
) {
    let prompt = [crate::course::markup::Span { text: item.prompt.clone(), bold: true, ..Default::default() }];
    v.paragraph(ui, &prompt);
    ui.add_space(4.0);
    let mark = |right: bool, chosen: bool| -> Option<bool> {
        match (checked, right, chosen) {
            (false, _, _) => None,
            (true, true, _) => Some(true),
            (true, false, true) => Some(false),
            (true, false, false) => None,
        }
    };
    match (&item.kind, draft) {
        (ItemKind::SingleChoice { options }, Draft::Single(choice)) => {
            for o in plan.order.iter().filter_map(|&i| options.get(i)) {
                let chosen = choice.as_deref() == Some(o.id.as_str());
                if v.choice(ui, chosen, &o.text, false, mark(o.correct, chosen)).clicked() && !checked {
                    *choice = Some(o.id.clone());
                }
            }
        }
        (ItemKind::MultipleResponse { options }, Draft::Multiple(set)) => {
            // The prompts say "Choose all that apply" themselves; the square boxes say it too.
            for o in plan.order.iter().filter_map(|&i| options.get(i)) {
                let on = set.contains(&o.id);
                if v.choice(ui, on, &o.text, true, mark(o.correct, on)).clicked() && !checked {
                    if on {
                        set.remove(&o.id);
                    } else {
                        set.insert(o.id.clone());
                    }
                }
            }
        }
        (ItemKind::TrueFalse { answer }, Draft::Bool(b)) => {
            v.row(ui, |ui| {
                for value in [true, false] {
                    let chosen = *b == Some(value);
                    let text = v.t(super::true_false_key(item, value));
                    if v.choice(ui, chosen, &text, false, mark(*answer == value, chosen)).clicked() && !checked {
                        *b = Some(value);
                    }
                    ui.add_space(16.0);
                }
            });
        }
        (ItemKind::Matching { pairs, spares }, Draft::Matching(chosen)) => {
            let rights = crate::course::matching_rights(pairs, spares);
            v.weak(ui, v.t("choose-match"));
            let choose = v.t("choose");
            let used: BTreeMap<String, usize> = chosen.values().fold(BTreeMap::new(), |mut m, id| {
                *m.entry(id.clone()).or_insert(0) += 1;
                m
            });
            for p in pairs {
                let picked = chosen.get(&p.id).cloned();
                v.row(ui, |ui| {
                    let width = ui.available_width() * 0.45;
                    let label = ui
                        .allocate_ui_with_layout(egui::vec2(width, 0.0), v.column_layout(), |ui| {
                            // A column of equal width, so the dropdowns line up.
                            ui.set_min_width(width);
                            v.text(ui, &p.left)
                        })
                        .inner;
                    ui.add_space(8.0);
                    let current = picked
                        .as_ref()
                        .and_then(|id| rights.iter().find(|(q, _)| q == id))
                        .map_or(choose.as_str(), |(_, t)| t);
                    let width = ui.available_width().min(340.0) - if checked { v.size * 2.0 } else { 0.0 };
                    let combo = v.dropdown(ui, egui::Id::unique((key, "match", &p.id)), current, width, |ui| {
                        if checked {
                            return;
                        }
                        for &(q, right) in plan.order.iter().filter_map(|&i| rights.get(i)) {
                            // A text already chosen for another line is marked, and choosing it
                            // here frees it there.
                            let mine = picked.as_deref() == Some(q);
                            let elsewhere = used.get(q).is_some_and(|&n| n > 0) && !mine;
                            let text = if elsewhere { format!("{right} ✓") } else { right.to_string() };
                            if v.selectable_shown(ui, mine, &text, right).clicked() {
                                chosen.retain(|_, r| r != q);
                                chosen.insert(p.id.clone(), q.to_string());
                            }
                        }
                    });
                    combo.labelled_by(label.id);
                    if checked {
                        result_sign(ui, v, picked.as_ref() == Some(&p.id));
                    }
                });
            }
            if !checked {
                let missing = pairs.len() - chosen.len().min(pairs.len());
                if missing > 0 {
                    v.weak(ui, v.tr.ta("match-missing", &[("count", missing.into())]));
                }
            }
        }
        (ItemKind::Ordering { steps }, Draft::Ordering(order, settled)) => {
            v.weak(ui, v.t("order-hint"));
            let mut swap = None;
            let n = order.len();
            for (pos, id) in order.iter().enumerate() {
                let text = steps.iter().find(|s| &s.id == id).map_or(id.as_str(), |s| s.text.as_str());
                v.row(ui, |ui| {
                    let up = ui.add_enabled(pos > 0 && !checked, egui::Button::new("↑"));
                    up.widget_info(|| {
                        WidgetInfo::labeled(Role::Button, pos > 0, v.tr.ta("move-up", &[("step", text.into())]))
                    });
                    if up.clicked() {
                        swap = Some((pos - 1, pos));
                    }
                    let down = ui.add_enabled(pos + 1 < n && !checked, egui::Button::new("↓"));
                    down.widget_info(|| {
                        WidgetInfo::labeled(Role::Button, pos + 1 < n, v.tr.ta("move-down", &[("step", text.into())]))
                    });
                    if down.clicked() {
                        swap = Some((pos, pos + 1));
                    }
                    if checked {
                        result_sign(ui, v, steps.get(pos).is_some_and(|s| &s.id == id));
                    }
                    v.label(ui, format!("{}. {text}", pos + 1));
                });
            }
            if let Some((a, b)) = swap {
                order.swap(a, b);
                *settled = true;
            }
            if !*settled && !checked && v.button(ui, &v.t("keep-order")).clicked() {
                *settled = true;
            }
        }
        (ItemKind::Scenario { case, questions }, Draft::Scenario(drafts)) => {
            egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                v.text(ui, case);
            });
            for (i, ((q, p), d)) in questions.iter().zip(&plan.questions).zip(drafts.iter_mut()).enumerate() {
                ui.add_space(8.0);
                item_ui(ui, v, q, p, d, &format!("{key}-{i}"), checked);
            }
        }
        _ => {
            v.label(ui, v.t("question-unavailable"));
        }
    }
}

/// A ✔ (right) or ✘ (wrong) sign in colour, with the words for screen readers.
fn result_sign(ui: &mut egui::Ui, v: &View<'_>, right: bool) {
    let (sign, color, key) = if right { ("✔", RIGHT, "mark-right") } else { ("✘", WRONG, "mark-wrong") };
    let r = ui.label(egui::RichText::new(sign).color(color).strong().size(v.size * 1.1));
    v.named(r, Role::Label, &v.t(key));
}
