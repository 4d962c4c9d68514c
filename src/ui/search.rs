//! Search the course: a field (focused when the page opens), then the lessons, paragraphs and
//! glossary entries that hold every word, with the words found highlighted. A result opens its
//! lesson at that paragraph (the words highlighted there too) or its glossary entry. The index is
//! built once per course and language by `CpmsApp` and searched as the
//! learner types. The index is built on a thread of its own (50–100 ms for the bundled course in
//! a debug build, a tenth of that optimised): the page shows "preparing" until it is there.

use super::Action;
use super::widgets::{Field, View};
use crate::course::search::{Found, Index, Place};
use std::sync::{Arc, OnceLock};

/// Results shown at most.
const LIMIT: usize = 60;

pub struct SearchScreen {
    course: usize,
    index: Arc<OnceLock<Index>>,
    pub query: String,
    /// The query the results are for.
    searched: String,
    results: Vec<Found>,
    focus: bool,
    /// Where "back" leads (the lesson or the overview the search was opened from).
    pub back: (Action, String),
}

impl SearchScreen {
    pub fn new(course: usize, index: Arc<OnceLock<Index>>, query: String, back: (Action, String)) -> Self {
        let mut s =
            SearchScreen { course, index, query, searched: String::new(), results: Vec::new(), focus: true, back };
        s.run();
        s
    }

    /// Search for the query, once the index is built.
    fn run(&mut self) {
        if let Some(index) = self.index.get() {
            self.results = index.search(&self.query, LIMIT);
            self.searched = self.query.clone();
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.page(ui, "search", |ui| {
            if v.back(ui, &self.back.1) {
                action = Some(self.back.0.clone());
            }
            v.heading(ui, &v.t("search-title"));
            v.row(ui, |ui| {
                let label = v.label(ui, v.t("search-label"));
                let width = 360.0_f32.min(ui.available_width() - 20.0);
                let edit = v.field(ui, &mut self.query, Field::new(width)).labelled_by(label.id);
                if self.focus {
                    edit.request_focus();
                    self.focus = false;
                }
            });
            v.weak(ui, v.t("search-hint"));
            if self.query != self.searched {
                self.run();
            }
            ui.add_space(8.0);
            if self.index.get().is_none() {
                v.weak(ui, v.t("search-preparing"));
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(30));
                return;
            }
            if crate::course::search::query_words(&self.searched).is_empty() {
                return;
            }
            if self.results.is_empty() {
                v.text(ui, &v.tr.ta("search-none", &[("query", self.searched.trim().into())]));
                return;
            }
            let count = if self.results.len() >= LIMIT { "search-many" } else { "search-count" };
            v.weak(ui, v.tr.ta(count, &[("count", self.results.len().into())]));
            for f in &self.results {
                egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.with_layout(v.column_layout(), |ui| {
                        // The title is the link; it may wrap (long lesson titles), so it is laid
                        // out as a paragraph whose every span leads to the result.
                        let mut title = f.title.clone();
                        if let Place::Term(_) = &f.place {
                            let prefix = format!("{} · ", v.t("glossary"));
                            title.insert(0, crate::course::markup::Span { text: prefix, ..Default::default() });
                        }
                        for s in &mut title {
                            s.term = Some(String::new());
                        }
                        if v.linked_paragraph(ui, &title, &|_| None).is_some() {
                            action = Some(self.open(&f.place));
                        }
                        if !f.extract.is_empty() {
                            v.paragraph(ui, &f.extract);
                        }
                    });
                });
                ui.add_space(4.0);
            }
        });
        action
    }

    fn open(&self, place: &Place) -> Action {
        match place {
            Place::Lesson { module, lesson, block } => Action::OpenFound {
                course: self.course,
                module: module.clone(),
                lesson: lesson.clone(),
                block: *block,
                query: self.searched.clone(),
            },
            Place::Term(id) => Action::OpenGlossary { course: self.course, term: Some(id.clone()) },
        }
    }
}
