//! "About this course": the manifest's `about` text in the learner's language (who made the
//! course, what it is based on, how to report an error), the edition, the languages, the course
//! version, and the local information a trainer added (context packs). Reached from the library
//! and the course overview.

use super::Action;
use super::widgets::View;
use crate::course::Course;
use crate::course::context::ContextPack;
use crate::course::markup::{Span, parse_inline};

pub struct AboutScreen {
    course: usize,
    title: String,
    /// The `about` text, one entry per paragraph.
    paragraphs: Vec<Vec<Span>>,
    edition: String,
    languages: String,
    version: String,
    /// Glossary terms linked from the text: (id, term, definition).
    terms: Vec<(String, String, String)>,
    /// The installed context pack, described in lines (empty: none installed).
    context: Vec<String>,
    pub back: (Action, String),
}

impl AboutScreen {
    pub fn new(course: usize, c: &Course, lang: &str, tr: &crate::i18n::Tr, back: (Action, String)) -> Self {
        let content = c.language(lang);
        let paragraphs: Vec<Vec<Span>> =
            c.about(lang).split("\n\n").filter(|p| !p.trim().is_empty()).map(parse_inline).collect();
        let terms = paragraphs
            .iter()
            .flatten()
            .filter_map(|s| s.term.as_deref())
            .filter_map(|id| content.term(id))
            .map(|t| (t.id.clone(), t.term.clone(), t.definition.clone()))
            .collect();
        let languages: Vec<&str> = c
            .manifest
            .languages
            .iter()
            .map(|code| crate::i18n::LANGUAGES.iter().find(|(c, _)| c == code).map_or(code.as_str(), |(_, name)| *name))
            .collect();
        let context = c.context.as_ref().map(|pack| describe(pack, c, tr, lang)).unwrap_or_default();
        AboutScreen {
            course,
            title: c.title(lang).to_string(),
            paragraphs,
            edition: c.edition(lang).to_string(),
            languages: languages.join(if crate::i18n::is_rtl(lang) { "، " } else { ", " }),
            version: c.manifest.version.clone(),
            terms,
            context,
            back,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        let terms = &self.terms;
        let define = |id: &str| terms.iter().find(|t| t.0 == id).map(|t| (t.1.clone(), t.2.clone()));
        let mut term_clicked = None;
        v.page(ui, "about-page", |ui| {
            if v.back(ui, &self.back.1) {
                action = Some(self.back.0.clone());
            }
            v.heading(ui, &v.t("about-course"));
            v.title(ui, &self.title, 1.15);
            ui.add_space(8.0);
            if self.paragraphs.is_empty() {
                v.text(ui, &v.t("about-none"));
            }
            for spans in &self.paragraphs {
                if let Some(t) = v.linked_paragraph(ui, spans, &define) {
                    term_clicked = Some(t);
                }
                ui.add_space(6.0);
            }
            ui.separator();
            if !self.edition.is_empty() {
                v.text(ui, &v.tr.ta("about-edition", &[("edition", (&self.edition).into())]));
            }
            v.text(ui, &v.tr.ta("about-languages", &[("languages", (&self.languages).into())]));
            v.text(ui, &v.tr.ta("about-version", &[("version", (&self.version).into())]));
            ui.add_space(8.0);
            v.strong(ui, &v.t("about-context-title"), None);
            if self.context.is_empty() {
                v.text(ui, &v.t("about-context-none"));
            }
            for line in &self.context {
                v.text(ui, line);
            }
        });
        if let Some(term) = term_clicked {
            action = Some(Action::OpenGlossary { course: self.course, term: Some(term) });
        }
        action
    }
}

/// An installed context pack in lines: who added it, what it holds, and its file.
fn describe(pack: &ContextPack, c: &Course, tr: &crate::i18n::Tr, lang: &str) -> Vec<String> {
    let name = ContextPack::pick(&pack.name, lang, &c.manifest);
    vec![
        tr.ta("about-context-by", &[("name", name.into())]),
        tr.ta(
            "about-context-counts",
            &[
                ("referrals", pack.referrals.len().into()),
                ("terms", pack.terms.len().into()),
                ("examples", pack.examples.len().into()),
            ],
        ),
        tr.ta("about-context-file", &[("path", c.dir.join(crate::course::context::FILE).display().to_string().into())]),
    ]
}
