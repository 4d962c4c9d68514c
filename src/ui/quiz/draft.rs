//! The learner's answer while it is being given, and the widgets for each item kind.
//! Every input widget carries an accessible label (keyboard and screen-reader use, kittest).

use super::super::widgets::View;
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
    /// step ids in the current order
    Ordering(Vec<String>),
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
                Draft::Ordering(plan.order.iter().filter_map(|&i| steps.get(i)).map(|s| s.id.clone()).collect())
            }
            ItemKind::Scenario { questions, .. } => {
                Draft::Scenario(questions.iter().zip(&plan.questions).map(|(q, p)| Draft::new(q, p)).collect())
            }
        }
    }

    /// The response, once the learner has answered every part.
    pub fn response(&self) -> Option<Response> {
        match self {
            Draft::Empty => None,
            Draft::Single(choice) => choice.clone().map(Response::Choice),
            Draft::Multiple(set) => (!set.is_empty()).then(|| Response::Choices(set.clone())),
            Draft::Bool(b) => b.map(Response::Bool),
            Draft::Matching(m) => Some(Response::Matches(m.clone())),
            Draft::Ordering(order) => Some(Response::Order(order.clone())),
            Draft::Scenario(drafts) => {
                drafts.iter().map(Draft::response).collect::<Option<Vec<_>>>().map(Response::Scenario)
            }
        }
    }
}

/// Draw an item's prompt and its answer widgets. `key` keeps widget ids apart in scenarios.
pub fn item_ui(ui: &mut egui::Ui, v: &View<'_>, item: &Item, plan: &PlannedItem, draft: &mut Draft, key: &str) {
    let prompt = [crate::course::markup::Span { text: item.prompt.clone(), bold: true, ..Default::default() }];
    v.paragraph(ui, &prompt);
    ui.add_space(4.0);
    match (&item.kind, draft) {
        (ItemKind::SingleChoice { options }, Draft::Single(choice)) => {
            for o in plan.order.iter().filter_map(|&i| options.get(i)) {
                if ui.radio(choice.as_deref() == Some(o.id.as_str()), &o.text).clicked() {
                    *choice = Some(o.id.clone());
                }
            }
        }
        (ItemKind::MultipleResponse { options }, Draft::Multiple(set)) => {
            v.weak(ui, v.t("choose-all"));
            for o in plan.order.iter().filter_map(|&i| options.get(i)) {
                let mut on = set.contains(&o.id);
                if ui.checkbox(&mut on, &o.text).changed() {
                    if on {
                        set.insert(o.id.clone());
                    } else {
                        set.remove(&o.id);
                    }
                }
            }
        }
        (ItemKind::TrueFalse { .. }, Draft::Bool(b)) => {
            v.row(ui, |ui| {
                if ui.radio(*b == Some(true), v.t("true")).clicked() {
                    *b = Some(true);
                }
                if ui.radio(*b == Some(false), v.t("false")).clicked() {
                    *b = Some(false);
                }
            });
        }
        (ItemKind::Matching { pairs }, Draft::Matching(chosen)) => {
            v.weak(ui, v.t("choose-match"));
            let choose = v.t("choose");
            for p in pairs {
                v.row(ui, |ui| {
                    let width = ui.available_width() * 0.45;
                    let label =
                        ui.allocate_ui(egui::vec2(width, 0.0), |ui| ui.add(egui::Label::new(&p.left).wrap())).inner;
                    ui.add_space(8.0);
                    let current = chosen
                        .get(&p.id)
                        .and_then(|id| pairs.iter().find(|q| &q.id == id))
                        .map_or(choose.as_str(), |q| q.right.as_str());
                    let combo = egui::ComboBox::from_id_salt(format!("{key}-match-{}", p.id))
                        .selected_text(current)
                        .width(300.0)
                        .show_ui(ui, |ui| {
                            for q in plan.order.iter().filter_map(|&i| pairs.get(i)) {
                                if ui.selectable_label(chosen.get(&p.id) == Some(&q.id), &q.right).clicked() {
                                    chosen.insert(p.id.clone(), q.id.clone());
                                }
                            }
                        });
                    combo.response.labelled_by(label.id);
                });
            }
        }
        (ItemKind::Ordering { steps }, Draft::Ordering(order)) => {
            v.weak(ui, v.t("order-hint"));
            let mut swap = None;
            let n = order.len();
            for (pos, id) in order.iter().enumerate() {
                let text = steps.iter().find(|s| &s.id == id).map_or(id.as_str(), |s| s.text.as_str());
                v.row(ui, |ui| {
                    let up = ui.add_enabled(pos > 0, egui::Button::new("↑"));
                    up.widget_info(|| {
                        WidgetInfo::labeled(Role::Button, pos > 0, v.tr.ta("move-up", &[("step", text.into())]))
                    });
                    if up.clicked() {
                        swap = Some((pos - 1, pos));
                    }
                    let down = ui.add_enabled(pos + 1 < n, egui::Button::new("↓"));
                    down.widget_info(|| {
                        WidgetInfo::labeled(Role::Button, pos + 1 < n, v.tr.ta("move-down", &[("step", text.into())]))
                    });
                    if down.clicked() {
                        swap = Some((pos, pos + 1));
                    }
                    ui.label(format!("{}. {text}", pos + 1));
                });
            }
            if let Some((a, b)) = swap {
                order.swap(a, b);
            }
        }
        (ItemKind::Scenario { case, questions }, Draft::Scenario(drafts)) => {
            egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                v.text(ui, case);
            });
            for (i, ((q, p), d)) in questions.iter().zip(&plan.questions).zip(drafts.iter_mut()).enumerate() {
                ui.add_space(8.0);
                item_ui(ui, v, q, p, d, &format!("{key}-{i}"));
            }
        }
        _ => {
            ui.label(v.t("question-unavailable"));
        }
    }
}
