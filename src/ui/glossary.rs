//! The course glossary: every term of the course in the learner's language, in alphabetical
//! order of that language (accents and Arabic letter variants ignored), with a filter. Opened at
//! one term (from a term clicked in a lesson or a search result), that entry is framed and
//! scrolled into view. Terms linked inside a definition open their own entry.

use super::Action;
use super::widgets::{Field, View};
use crate::course::Course;
use crate::course::markup::{Span, parse_inline};
use crate::i18n::fold;

struct Entry {
    id: String,
    term: String,
    definition: Vec<Span>,
    /// Folded term and definition, for the filter.
    folded: String,
}

pub struct GlossaryScreen {
    entries: Vec<Entry>,
    /// The entry asked for: framed, and scrolled to once.
    pub selected: Option<String>,
    scroll: bool,
    filter: String,
    pub back: (Action, String),
}

impl GlossaryScreen {
    pub fn new(c: &Course, lang: &str, selected: Option<String>, back: (Action, String)) -> Self {
        let content = c.language(lang);
        let mut entries: Vec<(String, Entry)> = content
            .glossary
            .terms
            .iter()
            .map(|t| {
                let definition = parse_inline(&t.definition);
                let plain: String = definition.iter().map(|s| s.text.as_str()).collect();
                let key = fold(&t.term);
                let folded = format!("{key} {}", fold(&plain));
                (key, Entry { id: t.id.clone(), term: t.term.clone(), definition, folded })
            })
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        GlossaryScreen {
            entries: entries.into_iter().map(|e| e.1).collect(),
            scroll: selected.is_some(),
            selected,
            filter: String::new(),
            back,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        let mut select = None;
        v.page(ui, "glossary-page", |ui| {
            if v.back(ui, &self.back.1) {
                action = Some(self.back.0.clone());
            }
            v.heading(ui, &v.t("glossary"));
            v.row(ui, |ui| {
                let label = v.label(ui, v.t("glossary-filter"));
                v.field(ui, &mut self.filter, Field::new(240.0)).labelled_by(label.id);
            });
            ui.add_space(8.0);
            let words = crate::course::search::query_words(&self.filter);
            let define = |id: &str| {
                self.entries.iter().find(|e| e.id == id).map(|e| {
                    let plain: String = e.definition.iter().map(|s| s.text.as_str()).collect();
                    (e.term.clone(), plain)
                })
            };
            let mut shown = 0;
            for e in &self.entries {
                if !words.iter().all(|w| e.folded.contains(w.as_str())) {
                    continue;
                }
                shown += 1;
                let selected = self.selected.as_deref() == Some(e.id.as_str());
                let stroke = if selected { ui.visuals().selection.stroke } else { egui::Stroke::NONE };
                let fill = if selected { ui.visuals().faint_bg_color } else { egui::Color32::TRANSPARENT };
                let frame =
                    egui::Frame::new().stroke(stroke).fill(fill).corner_radius(6.0).inner_margin(8.0).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.with_layout(v.column_layout(), |ui| {
                            v.title(ui, &e.term, 1.1);
                            let definition = crate::course::search::mark_spans(&e.definition, &words);
                            if let Some(t) = v.linked_paragraph(ui, &definition, &define) {
                                select = Some(t);
                            }
                        });
                    });
                if selected && self.scroll {
                    ui.scroll_to_rect(frame.response.rect, Some(egui::Align::TOP));
                    self.scroll = false;
                }
            }
            if shown == 0 {
                v.text(ui, &v.t("glossary-none"));
            }
        });
        if let Some(t) = select {
            self.selected = Some(t);
            self.scroll = true;
            self.filter.clear();
        }
        action
    }
}
