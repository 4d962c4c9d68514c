//! Lesson reader: table of contents of the module, the lesson text, glossary terms of the
//! lesson, and previous / next. Markup is parsed once when the lesson opens.

use super::Action;
use super::widgets::View;
use crate::course::context::ContextPack;
use crate::course::markup::{Span, parse_inline};
use crate::course::{Block, CalloutKind, Course, LocalKind};
use crate::ids::{LessonId, ModuleId};

enum Rendered {
    Heading(String),
    Paragraph(Vec<Span>),
    List(Vec<Vec<Span>>),
    Callout(CalloutKind, Vec<Span>),
    Scenario(String, Vec<Span>),
    Figure(Box<Figure>),
    /// Local information from the trainer's context pack: what, for which standard, who added
    /// it, and its entries (a bold head, possibly empty, and lines).
    Local {
        kind: LocalKind,
        standard: Option<u8>,
        by: String,
        entries: Vec<(String, Vec<String>)>,
    },
    /// A place for local information with nothing to show (no pack, or nothing for it); kept so
    /// that block numbers (search results) stay those of the lesson file.
    Nothing,
}

/// A figure of the lesson: parsed when the lesson opens, rasterised for the width it is shown
/// at (again only when that width changes by a step of 32 pixels).
struct Figure {
    alt: String,
    figure: Option<crate::figure::Figure>,
    texture: std::cell::RefCell<Option<(u32, egui::TextureHandle)>>,
}

impl Figure {
    fn new(alt: &str, svg: Option<&Vec<u8>>) -> Figure {
        let figure = svg.and_then(|bytes| crate::figure::Figure::parse(bytes).ok());
        Figure { alt: alt.to_string(), figure, texture: Default::default() }
    }

    /// The picture at the column's width (at most 1.25 times its own size), named for screen
    /// readers by its alt text; the alt text in a box when the figure cannot be drawn.
    fn ui(&self, ui: &mut egui::Ui, v: &View<'_>) {
        let Some(figure) = &self.figure else {
            boxed(ui, v, ui.visuals().weak_text_color(), &v.t("image"), |ui| {
                v.text(ui, &self.alt);
            });
            return;
        };
        let (w, h) = figure.size();
        let shown = ui.available_width().min(w * 1.25);
        let pixels = ((shown * ui.ctx().pixels_per_point() / 32.0).ceil() as u32).max(1) * 32;
        let mut texture = self.texture.borrow_mut();
        if texture.as_ref().map(|(w, _)| *w) != Some(pixels)
            && let Some(r) = figure.render(pixels)
        {
            let image = egui::ColorImage::from_rgba_premultiplied([r.width as usize, r.height as usize], &r.rgba);
            *texture = Some((pixels, ui.ctx().load_texture("lesson-figure", image, egui::TextureOptions::LINEAR)));
        }
        if let Some((_, t)) = texture.as_ref() {
            ui.vertical_centered(|ui| {
                ui.add(egui::Image::new((t.id(), egui::vec2(shown, shown * h / w))).alt_text(self.alt.as_str()));
            });
        }
    }
}

type Place = (ModuleId, LessonId);

pub struct LessonScreen {
    course: usize,
    module: ModuleId,
    module_title: String,
    title: String,
    minutes: u32,
    blocks: Vec<Rendered>,
    /// (lesson id, title, visited)
    toc: Vec<(LessonId, String, bool)>,
    current: LessonId,
    prev: Option<Place>,
    next: Option<Place>,
    /// The module has a quiz and this is its last lesson.
    quiz_next: bool,
    /// Glossary terms linked from the lesson: (id, term, definition).
    terms: Vec<(String, String, String)>,
    /// Opened from a search: the block to scroll to once.
    scroll_to: Option<usize>,
}

impl LessonScreen {
    pub fn new(
        course: usize,
        c: &Course,
        lang: &str,
        module_id: &ModuleId,
        lesson_id: &LessonId,
        visited: &std::collections::BTreeSet<LessonId>,
    ) -> Self {
        let content = c.language(lang);
        let module = content.module(module_id);
        let lesson = content.lesson(module_id, lesson_id);
        let mut term_ids: Vec<String> = Vec::new();
        let mut spans = |text: &str| {
            let s = parse_inline(text);
            for t in s.iter().filter_map(|s| s.term.clone()) {
                if !term_ids.contains(&t) {
                    term_ids.push(t);
                }
            }
            s
        };
        let blocks: Vec<Rendered> = lesson
            .map(|l| {
                l.blocks
                    .iter()
                    .map(|b| match b {
                        Block::Heading(t) => Rendered::Heading(crate::course::markup::plain(t)),
                        Block::Text(t) => Rendered::Paragraph(spans(t)),
                        Block::List(items) => Rendered::List(items.iter().map(|i| spans(i)).collect()),
                        Block::Callout { kind, text } => Rendered::Callout(*kind, spans(text)),
                        Block::Scenario { title, text } => Rendered::Scenario(title.clone(), spans(text)),
                        Block::Image { src, alt } => {
                            Rendered::Figure(Box::new(Figure::new(alt, content.media.get(src))))
                        }
                        Block::Local { kind, standard } => local(c, lang, *kind, *standard),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let terms = term_ids
            .iter()
            .filter_map(|id| content.term(id))
            .map(|t| (t.id.clone(), t.term.clone(), t.definition.clone()))
            .collect();
        let order = c.lesson_ids();
        let pos = order.iter().position(|(m, l)| m == module_id && l == lesson_id);
        let prev = pos.and_then(|p| p.checked_sub(1)).and_then(|p| order.get(p)).cloned();
        let next = pos.and_then(|p| order.get(p + 1)).cloned();
        let toc = module
            .map(|m| m.lessons.iter().map(|l| (l.id.clone(), l.title.clone(), visited.contains(&l.id))).collect())
            .unwrap_or_default();
        let quiz_next =
            module.is_some_and(|m| m.quiz.is_some() && m.lessons.last().is_some_and(|l| l.id == *lesson_id));
        LessonScreen {
            course,
            module: module_id.clone(),
            module_title: module.map_or(String::new(), |m| m.title.clone()),
            title: lesson.map_or(String::new(), |l| l.title.clone()),
            minutes: lesson.map_or(0, |l| l.minutes),
            blocks,
            toc,
            current: lesson_id.clone(),
            prev,
            next,
            quiz_next,
            terms,
            scroll_to: None,
        }
    }

    /// Opened from a search result: highlight the words found and scroll to block `block`.
    pub fn found(&mut self, block: Option<usize>, words: &[String]) {
        use crate::course::search::mark_spans;
        for b in &mut self.blocks {
            match b {
                Rendered::Paragraph(s) | Rendered::Callout(_, s) | Rendered::Scenario(_, s) => {
                    *s = mark_spans(s, words)
                }
                Rendered::List(items) => {
                    for s in items {
                        *s = mark_spans(s, words);
                    }
                }
                Rendered::Heading(_) | Rendered::Figure(_) | Rendered::Local { .. } | Rendered::Nothing => {}
            }
        }
        self.scroll_to = block;
    }

    /// "Search" and "Glossary" buttons.
    fn find_buttons(&self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.row(ui, |ui| {
            if v.button(ui, &v.t("search-open")).clicked() {
                action = Some(Action::OpenSearch { course: self.course });
            }
            if v.button(ui, &v.t("glossary")).clicked() {
                action = Some(Action::OpenGlossary { course: self.course, term: None });
            }
        });
        action
    }

    fn open(&self, place: &Place) -> Action {
        Action::OpenLesson { course: self.course, module: place.0.clone(), lesson: place.1.clone() }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        // The table of contents sits on the reading side: left, or right in right-to-left languages.
        let (toc_panel, glossary_panel) = if v.rtl {
            (egui::Panel::right("toc"), egui::Panel::left("glossary"))
        } else {
            (egui::Panel::left("toc"), egui::Panel::right("glossary"))
        };
        // On a narrow window or with large text the side panels fold into the page: the table
        // of contents as a list to open at the top, the glossary after the text.
        // Fold when the text column would get narrower than about 36 em beside both panels.
        let narrow = ui.available_width() - 500.0 < 36.0 * v.size;
        if !narrow {
            toc_panel.resizable(true).default_size(240.0).size_range(180.0..=320.0).show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("toc-scroll").show(ui, |ui| {
                    ui.with_layout(v.column_layout(), |ui| {
                        if v.back(ui, &v.t("course-overview")) {
                            action = Some(Action::OpenCourse { course: self.course });
                        }
                        action = action.take().or(self.find_buttons(ui, v));
                        ui.add_space(6.0);
                        action = action.take().or(self.toc_ui(ui, v));
                    });
                });
            });
            if !self.terms.is_empty() {
                glossary_panel.resizable(true).default_size(260.0).size_range(180.0..=360.0).show(ui, |ui| {
                    egui::ScrollArea::vertical().id_salt("glossary-scroll").show(ui, |ui| {
                        ui.with_layout(v.column_layout(), |ui| {
                            if let Some(a) = self.glossary_ui(ui, v) {
                                action = Some(a);
                            }
                        });
                    });
                });
            }
        }
        egui::Panel::bottom("lesson-nav").show(ui, |ui| {
            ui.add_space(6.0);
            // "Previous" on the side the text comes from, "Next" on the side it goes to.
            let (prev_label, next_label) = if v.rtl {
                (v.t("previous").replace('←', "→"), v.t("next").replace('→', "←"))
            } else {
                (v.t("previous"), v.t("next"))
            };
            v.row(ui, |ui| {
                if let Some(p) = &self.prev
                    && v.button(ui, &prev_label).clicked()
                {
                    action = Some(self.open(p));
                }
                let far = if v.rtl {
                    egui::Layout::left_to_right(egui::Align::Center)
                } else {
                    egui::Layout::right_to_left(egui::Align::Center)
                };
                ui.with_layout(far, |ui| {
                    if let Some(n) = &self.next
                        && v.button(ui, &next_label).clicked()
                    {
                        action = Some(self.open(n));
                    }
                    if self.quiz_next && v.button(ui, &v.t("take-quiz")).clicked() {
                        action = Some(Action::StartQuiz { course: self.course, module: self.module.clone() });
                    }
                });
            });
            ui.add_space(6.0);
        });
        let terms = &self.terms;
        let course = self.course;
        let define = |id: &str| terms.iter().find(|t| t.0 == id).map(|t| (t.1.clone(), t.2.clone()));
        let mut term_clicked = None;
        let mut scroll_to = self.scroll_to.take();
        v.page(ui, &format!("lesson-{}", self.current), |ui| {
            if narrow {
                if v.back(ui, &v.t("course-overview")) {
                    action = Some(Action::OpenCourse { course: self.course });
                }
                action = action.take().or(self.find_buttons(ui, v));
                if v.collapsible(ui, egui::Id::unique(("toc-folded", &self.module)), &self.module_title) {
                    action = action.take().or(self.toc_ui(ui, v));
                }
                ui.add_space(6.0);
            }
            v.heading(ui, &self.title);
            v.weak(ui, v.tr.ta("lesson-minutes", &[("minutes", self.minutes.into())]));
            ui.add_space(8.0);
            for (i, b) in self.blocks.iter().enumerate() {
                let top = ui.cursor().top();
                let mut linked = |ui: &mut egui::Ui, spans: &[Span]| {
                    if let Some(t) = v.linked_paragraph(ui, spans, &define) {
                        term_clicked = Some(t);
                    }
                };
                match b {
                    Rendered::Heading(t) => {
                        ui.add_space(6.0);
                        v.title(ui, t, 1.2);
                    }
                    Rendered::Paragraph(spans) => linked(ui, spans),
                    Rendered::List(items) => {
                        for spans in items {
                            let layout = if v.rtl {
                                egui::Layout::right_to_left(egui::Align::Min)
                            } else {
                                egui::Layout::left_to_right(egui::Align::Min)
                            };
                            ui.with_layout(layout, |ui| {
                                v.label(ui, "•");
                                linked(ui, spans);
                            });
                        }
                    }
                    Rendered::Callout(kind, spans) => {
                        let (title, color) = match kind {
                            CalloutKind::KeyPoint => ("callout-key-point", egui::Color32::from_rgb(0x1e, 0x63, 0xb4)),
                            CalloutKind::InPractice => {
                                ("callout-in-practice", egui::Color32::from_rgb(0x2e, 0x7d, 0x32))
                            }
                            CalloutKind::Warning => ("callout-warning", egui::Color32::from_rgb(0xb2, 0x4a, 0x00)),
                        };
                        boxed(ui, v, color, &v.t(title), |ui| linked(ui, spans));
                    }
                    Rendered::Scenario(title, spans) => {
                        let color = egui::Color32::from_rgb(0x6a, 0x4c, 0x93);
                        boxed(ui, v, color, &v.tr.ta("scenario", &[("title", title.into())]), |ui| linked(ui, spans));
                    }
                    Rendered::Figure(f) => f.ui(ui, v),
                    Rendered::Local { kind, standard, by, entries } => {
                        let title = match kind {
                            LocalKind::Referrals => v.t("local-referrals-title"),
                            LocalKind::Terms => v.t("local-terms-title"),
                            LocalKind::Example => {
                                v.tr.ta("local-example-title", &[("standard", standard.unwrap_or(0).into())])
                            }
                        };
                        let color = egui::Color32::from_rgb(0x00, 0x6d, 0x77);
                        boxed(ui, v, color, &title, |ui| {
                            v.weak(ui, v.tr.ta("local-added-by", &[("name", by.into())]));
                            for (head, lines) in entries {
                                ui.add_space(4.0);
                                if !head.is_empty() {
                                    v.strong(ui, head, None);
                                }
                                for line in lines {
                                    v.text(ui, line);
                                }
                            }
                        });
                    }
                    Rendered::Nothing => continue,
                }
                if scroll_to == Some(i) {
                    let rect = egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), top..=ui.cursor().top());
                    ui.scroll_to_rect(rect, Some(egui::Align::Center));
                    scroll_to = None;
                }
                ui.add_space(4.0);
            }
            if narrow && !self.terms.is_empty() {
                ui.separator();
                if let Some(a) = self.glossary_ui(ui, v) {
                    action = Some(a);
                }
            }
        });
        if let Some(term) = term_clicked {
            action = Some(Action::OpenGlossary { course, term: Some(term) });
        }
        action
    }

    /// The module's lessons, with visited marks; the current one selected.
    fn toc_ui(&self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.strong(ui, &self.module_title, None);
        for (id, title, seen) in &self.toc {
            let clicked = v.row(ui, |ui| {
                super::overview::visited_mark(ui, v, *seen || *id == self.current);
                v.selectable(ui, *id == self.current, title).clicked()
            });
            if clicked && *id != self.current {
                action = Some(self.open(&(self.module.clone(), id.clone())));
            }
        }
        action
    }

    /// The glossary terms linked from this lesson, with their definitions; a term opens its
    /// entry in the course glossary.
    fn glossary_ui(&self, ui: &mut egui::Ui, v: &View<'_>) -> Option<Action> {
        let mut action = None;
        v.strong(ui, &v.t("glossary"), None);
        v.weak(ui, v.t("glossary-hint"));
        for (id, term, definition) in &self.terms {
            ui.add_space(4.0);
            if v.link(ui, term).clicked() {
                action = Some(Action::OpenGlossary { course: self.course, term: Some(id.clone()) });
            }
            v.text(ui, definition);
        }
        action
    }
}

/// A framed block with a coloured side title.
fn boxed(ui: &mut egui::Ui, v: &View<'_>, color: egui::Color32, title: &str, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new().stroke(egui::Stroke::new(1.5, color)).corner_radius(6.0).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.with_layout(egui::Layout::top_down(if v.rtl { egui::Align::Max } else { egui::Align::Min }), |ui| {
            v.strong(ui, title, Some(color));
            add(ui);
        });
    });
}

/// What a `Local` place of a lesson shows from the course's context pack, in `lang` (each text
/// falling back to the course's default language).
fn local(c: &Course, lang: &str, kind: LocalKind, standard: Option<u8>) -> Rendered {
    let Some(pack) = &c.context else { return Rendered::Nothing };
    let m = &c.manifest;
    let pick = |t: &crate::course::context::Text| ContextPack::pick(t, lang, m).to_string();
    let entries: Vec<(String, Vec<String>)> = match kind {
        LocalKind::Referrals => pack
            .referrals
            .iter()
            .map(|r| {
                let mut lines = vec![pick(&r.what_for)];
                if !r.phone.trim().is_empty() {
                    lines.push(format!("☎ {}", r.phone.trim()));
                }
                if !r.address.is_empty() {
                    lines.push(pick(&r.address));
                }
                (pick(&r.name), lines)
            })
            .collect(),
        LocalKind::Terms => pack.terms.iter().map(|t| (pick(&t.term), vec![pick(&t.local)])).collect(),
        LocalKind::Example => {
            standard.and_then(|n| pack.example(n)).map(|t| vec![(String::new(), vec![pick(t)])]).unwrap_or_default()
        }
    };
    if entries.is_empty() {
        return Rendered::Nothing;
    }
    Rendered::Local { kind, standard, by: pick(&pack.name), entries }
}
