//! Drawing helpers shared by the screens: the page column, paragraphs (left-to-right or
//! right-to-left), mirrored rows, status labels, and the [`View`] every screen draws with.

use crate::course::markup::Span;
use crate::i18n::Tr;
use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Layout, RichText, Stroke};

/// What a screen needs to draw: translations, direction and body text size.
pub struct View<'a> {
    pub tr: &'a Tr,
    pub rtl: bool,
    pub size: f32,
}

impl View<'_> {
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// The layout of a row of widgets: mirrored in right-to-left languages.
    pub fn row_layout(&self) -> Layout {
        if self.rtl { Layout::right_to_left(Align::Center) } else { Layout::left_to_right(Align::Center) }
    }

    /// A row of widgets, mirrored in right-to-left languages.
    pub fn row<R>(&self, ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        // Like `ui.horizontal`: a row as high as one line of widgets, growing as needed.
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, self.row_layout(), add).inner
    }

    /// A paragraph of styled spans; glossary terms are underlined.
    pub fn paragraph(&self, ui: &mut egui::Ui, spans: &[Span]) -> egui::Response {
        paragraph(ui, spans, self.size, self.rtl)
    }

    /// Plain text that may run over several lines.
    pub fn text(&self, ui: &mut egui::Ui, text: &str) -> egui::Response {
        if self.rtl { super::rtl::text(ui, text, self.size) } else { ui.add(egui::Label::new(text).wrap()) }
    }

    /// A one-line label (wraps if it must); right-to-left languages get bidi layout.
    pub fn label(&self, ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
        let text = text.into();
        if self.rtl { super::rtl::text(ui, &text, self.size) } else { ui.label(text) }
    }

    /// A label in bold at `scale` times the body size (titles, headings).
    pub fn title(&self, ui: &mut egui::Ui, text: &str, scale: f32) -> egui::Response {
        if self.rtl {
            let span = Span { text: text.to_string(), bold: true, ..Default::default() };
            super::rtl::styled(ui, &[span], self.size * scale, Some(ui.visuals().strong_text_color()))
        } else {
            ui.add(egui::Label::new(RichText::new(text).font(super::fonts::bold(self.size * scale))).wrap())
        }
    }

    /// A screen heading.
    pub fn heading(&self, ui: &mut egui::Ui, text: &str) -> egui::Response {
        self.title(ui, text, 1.5)
    }

    /// Smaller, quieter text.
    pub fn weak(&self, ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
        let text = text.into();
        if self.rtl {
            let span = [Span { text, ..Default::default() }];
            super::rtl::styled(ui, &span, self.size * 0.9, Some(ui.visuals().weak_text_color()))
        } else {
            ui.weak(text)
        }
    }

    /// A "← Back" button (the arrow points the way back: right in right-to-left languages).
    pub fn back(&self, ui: &mut egui::Ui, to: &str) -> bool {
        let label = self.tr.ta("back", &[("to", to.into())]);
        let label = if self.rtl { label.replace('←', "→") } else { label };
        ui.button(label).clicked()
    }

    /// A centred column of readable width, scrollable, aligned to the reading direction.
    pub fn page<R>(&self, ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        let align = if self.rtl { Align::Max } else { Align::Min };
        egui::CentralPanel::default()
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt(id)
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        // Leave room for the scroll bar; centre a column of at most 820 points.
                        let avail = ui.available_width() - 14.0;
                        let width = avail.min(820.0).max(100.0);
                        let margin = ((avail - width) / 2.0).max(0.0);
                        let top = ui.cursor().min;
                        let rect = egui::Rect::from_min_size(
                            egui::pos2(top.x + margin, top.y + 8.0),
                            egui::vec2(width, f32::INFINITY),
                        );
                        let builder = egui::UiBuilder::new().max_rect(rect).layout(Layout::top_down(align));
                        ui.scope_builder(builder, |ui| {
                            ui.set_width(width);
                            add(ui)
                        })
                        .inner
                    })
                    .inner
            })
            .inner
    }
}

/// A paragraph of styled spans, laid out in the given direction.
pub fn paragraph(ui: &mut egui::Ui, spans: &[Span], size: f32, rtl: bool) -> egui::Response {
    if rtl {
        return super::rtl::paragraph(ui, spans, size);
    }
    let visuals = ui.visuals();
    let text = visuals.text_color();
    let link = visuals.hyperlink_color;
    let mut job = LayoutJob::default();
    for s in spans {
        let font = if s.bold { super::fonts::bold(size) } else { FontId::proportional(size) };
        let mut fmt = TextFormat {
            font_id: font,
            color: text,
            italics: s.italic,
            line_height: Some(size * 1.5),
            ..Default::default()
        };
        if s.term.is_some() {
            fmt.color = link;
            fmt.underline = Stroke::new(1.0, link);
        }
        job.append(&s.text, 0.0, fmt);
    }
    // Always wrap, also inside horizontal rows (list bullets), where egui would extend.
    ui.add(egui::Label::new(job).wrap())
}

impl View<'_> {
    /// Bar with a percentage, labelled for screen readers; it fills from the right in
    /// right-to-left languages.
    pub fn progress_bar(&self, ui: &mut egui::Ui, fraction: f32, label: &str) -> egui::Response {
        let fraction = fraction.clamp(0.0, 1.0);
        let (rect, response) = ui.allocate_exact_size(egui::vec2(ui.available_width(), 16.0), egui::Sense::hover());
        let percent = format!("{}%", (fraction * 100.0).round() as u32);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, format!("{label}: {percent}"))
        });
        let visuals = ui.visuals();
        let radius = rect.height() / 2.0;
        ui.painter().rect_filled(rect, radius, visuals.extreme_bg_color);
        let width = (rect.width() * fraction).max(if fraction > 0.0 { rect.height() } else { 0.0 });
        let fill = if self.rtl {
            egui::Rect::from_min_max(egui::pos2(rect.right() - width, rect.top()), rect.max)
        } else {
            egui::Rect::from_min_max(rect.min, egui::pos2(rect.left() + width, rect.bottom()))
        };
        if width > 0.0 {
            ui.painter().rect_filled(fill, radius, visuals.selection.bg_fill);
        }
        let anchor = if self.rtl { egui::Align2::RIGHT_CENTER } else { egui::Align2::LEFT_CENTER };
        let at = if self.rtl {
            rect.right_center() - egui::vec2(8.0, 0.0)
        } else {
            rect.left_center() + egui::vec2(8.0, 0.0)
        };
        ui.painter().text(at, anchor, percent, egui::FontId::proportional(12.0), visuals.text_color());
        response.on_hover_text(label)
    }
}

/// A coloured status word (e.g. "Complete").
pub fn status(ui: &mut egui::Ui, text: &str, done: bool) {
    let color = if done { Color32::from_rgb(0x2e, 0x7d, 0x32) } else { ui.visuals().weak_text_color() };
    ui.label(RichText::new(text).color(color).strong());
}
