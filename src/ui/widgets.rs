//! Small drawing helpers shared by the screens: page frame, styled paragraphs, status labels.

use crate::course::markup::Span;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText, Stroke};

/// A centred column of readable width, scrollable, for the body of a screen.
pub fn page<R>(ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
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
                    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                        ui.set_width(width);
                        add(ui)
                    })
                    .inner
                })
                .inner
        })
        .inner
}

/// A paragraph of styled spans; glossary terms are underlined. Returns the label's response.
pub fn paragraph(ui: &mut egui::Ui, spans: &[Span], size: f32) -> egui::Response {
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

/// Bar with a percentage, labelled for screen readers.
pub fn progress_bar(ui: &mut egui::Ui, fraction: f32, label: &str) -> egui::Response {
    ui.add(egui::ProgressBar::new(fraction.clamp(0.0, 1.0)).show_percentage().desired_height(14.0)).on_hover_text(label)
}

/// A coloured status word (e.g. "Complete").
pub fn status(ui: &mut egui::Ui, text: &str, done: bool) {
    let color = if done { Color32::from_rgb(0x2e, 0x7d, 0x32) } else { ui.visuals().weak_text_color() };
    ui.label(RichText::new(text).color(color).strong());
}

/// A "← Back" button.
pub fn back(ui: &mut egui::Ui, label: &str) -> bool {
    ui.button(format!("← {label}")).clicked()
}
