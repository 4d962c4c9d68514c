//! Opening the search page, a search result and the glossary (called from `CpmsApp::apply`).
//! The search index of a course is built when first needed, once per course and language.

use super::about::AboutScreen;
use super::glossary::GlossaryScreen;
use super::search::SearchScreen;
use super::{Action, CpmsApp, Place, Screen};
use crate::course::search::{Index, query_words};
use std::sync::{Arc, OnceLock};

impl CpmsApp {
    /// Carry out a search or glossary action.
    pub(super) fn search_action(&mut self, action: Action) -> Result<(), String> {
        match action {
            Action::OpenSearch { course } => self.open_search(course),
            Action::OpenFound { course, module, lesson, block, query } => {
                self.last_query = query.clone();
                self.open_lesson(course, &module, &lesson, true)?;
                if let Screen::Lesson(l) = &mut self.screen {
                    l.found(block, &query_words(&query));
                }
                Ok(())
            }
            Action::OpenGlossary { course, term } => self.open_glossary(course, term),
            Action::OpenAbout { course } => self.open_about(course),
            _ => Ok(()),
        }
    }

    /// The search index of a course in the current language, built on a thread of its own the
    /// first time (50–100 ms for the bundled course in a debug build on a busy machine, see tests/ui_search.rs):
    /// the window keeps painting meanwhile.
    fn search_index(&mut self, course: usize) -> Result<Arc<OnceLock<Index>>, String> {
        let lang = self.content_language();
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        // Keyed by course id and version: installing a course may renumber or replace courses.
        let key = format!("{}@{}/{lang}", c.id(), c.manifest.version);
        if let Some((k, index)) = &self.search_index
            && *k == key
        {
            return Ok(index.clone());
        }
        let content = c.language(&lang).clone();
        let index = Arc::new(OnceLock::new());
        let filled = index.clone();
        std::thread::spawn(move || {
            let _ = filled.set(Index::build(&content));
        });
        self.search_index = Some((key, index.clone()));
        Ok(index)
    }

    /// Where "back" leads from a search or glossary page opened here.
    fn back_here(&self, course: usize) -> Action {
        match &self.place {
            Place::Lesson(c, m, l) => Action::OpenLesson { course: *c, module: m.clone(), lesson: l.clone() },
            Place::Search(c) => Action::OpenSearch { course: *c },
            _ => Action::OpenCourse { course },
        }
    }

    /// The back button: where it leads, and its label in the current language.
    fn back_button(&self, to: Action) -> (Action, String) {
        let lang = self.content_language();
        let label = match &to {
            Action::OpenLesson { course, module, lesson } => self
                .catalog
                .courses
                .get(*course)
                .and_then(|c| c.language(&lang).lesson(module, lesson))
                .map_or_else(|| self.tr.t("course-overview"), |l| l.title.clone()),
            Action::OpenSearch { .. } => self.tr.t("search-title"),
            _ => self.tr.t("course-overview"),
        };
        (to, label)
    }

    pub(super) fn open_search(&mut self, course: usize) -> Result<(), String> {
        self.learner_id()?;
        let index = self.search_index(course)?;
        let back = match &self.screen {
            // A language switch: "back" still leads where it led.
            Screen::Search(s) => self.back_button(s.back.0.clone()),
            _ => self.back_button(self.back_here(course)),
        };
        self.screen = Screen::Search(Box::new(SearchScreen::new(course, index, self.last_query.clone(), back)));
        self.place = Place::Search(course);
        Ok(())
    }

    pub(super) fn open_glossary(&mut self, course: usize, term: Option<String>) -> Result<(), String> {
        self.learner_id()?;
        let back = match &self.screen {
            Screen::Glossary(g) => self.back_button(g.back.0.clone()),
            _ => self.back_button(self.back_here(course)),
        };
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        let screen = GlossaryScreen::new(c, &self.content_language(), term, back);
        self.screen = Screen::Glossary(Box::new(screen));
        self.place = Place::Glossary(course);
        Ok(())
    }

    /// "About this course"; "back" leads to the library or the overview it was opened from.
    pub(super) fn open_about(&mut self, course: usize) -> Result<(), String> {
        self.learner_id()?;
        let back = match (&self.screen, &self.place) {
            (Screen::About(a), _) => {
                let to = a.back.0.clone();
                let label = if to == Action::OpenLibrary { self.tr.t("library") } else { self.tr.t("course-overview") };
                (to, label)
            }
            (_, Place::Library) => (Action::OpenLibrary, self.tr.t("library")),
            _ => (Action::OpenCourse { course }, self.tr.t("course-overview")),
        };
        let c = self.catalog.courses.get(course).ok_or(self.tr.t("error-unknown-course"))?;
        let screen = AboutScreen::new(course, c, &self.content_language(), &self.tr, back);
        self.screen = Screen::About(Box::new(screen));
        self.place = Place::About(course);
        Ok(())
    }
}
