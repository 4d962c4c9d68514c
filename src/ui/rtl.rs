//! Right-to-left paragraphs. egui shapes Arabic but lays paragraphs out left to right with no
//! bidi, so for RTL text we break lines ourselves (greedy, on word widths from egui's galley
//! cache), reorder each line's runs with the Unicode bidi algorithm, and right-align the rows.

use crate::course::markup::Span;
use crate::i18n::bidi::visual_ranges;
use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Stroke};

/// Style of a span: font and colour, underline for glossary links.
fn format(span: &Span, size: f32, text: Color32, link: Color32) -> TextFormat {
    let font = if span.bold { super::fonts::bold(size) } else { FontId::proportional(size) };
    let mut fmt = TextFormat {
        font_id: font,
        color: text,
        italics: span.italic,
        line_height: Some(size * 1.5),
        ..Default::default()
    };
    if span.term.is_some() {
        fmt.color = link;
        fmt.underline = Stroke::new(1.0, link);
    }
    fmt
}

/// Break spans into lines no wider than `max_width`; each line is (text, [(byte range, span index)]).
fn break_lines(ui: &egui::Ui, spans: &[Span], size: f32, max_width: f32) -> Vec<(String, Vec<(usize, usize, usize)>)> {
    let mut lines: Vec<(String, Vec<(usize, usize, usize)>)> = vec![(String::new(), Vec::new())];
    let mut width = 0.0;
    for (si, span) in spans.iter().enumerate() {
        let font = if span.bold { super::fonts::bold(size) } else { FontId::proportional(size) };
        for piece in span.text.split_inclusive(char::is_whitespace) {
            if piece.contains('\n') {
                lines.push((String::new(), Vec::new()));
                width = 0.0;
                continue;
            }
            let w = ui.fonts_mut(|f| f.layout_no_wrap(piece.to_string(), font.clone(), Color32::WHITE).size().x);
            let line_is_empty = lines.last().is_none_or(|l| l.0.is_empty());
            if width + w > max_width && !line_is_empty && !piece.trim().is_empty() {
                lines.push((String::new(), Vec::new()));
                width = 0.0;
            }
            if let Some((text, pieces)) = lines.last_mut() {
                let start = text.len();
                text.push_str(piece);
                pieces.push((start, text.len(), si));
            }
            width += w;
        }
    }
    lines
}

/// Lay out a right-to-left paragraph of styled spans: one job with a row per line, right-aligned.
pub fn rtl_job(ui: &egui::Ui, spans: &[Span], size: f32, max_width: f32, text: Color32, link: Color32) -> LayoutJob {
    let mut job = LayoutJob::default();
    let lines = break_lines(ui, spans, size, max_width);
    for (li, (line, pieces)) in lines.iter().enumerate() {
        let trimmed = line.trim_end();
        for (range, rtl) in visual_ranges(trimmed, Some(true)) {
            // The style pieces inside this run, in visual order.
            let mut parts: Vec<(usize, usize, usize)> = pieces
                .iter()
                .filter_map(|&(s, e, si)| {
                    let (s, e) = (s.max(range.start), e.min(range.end));
                    (s < e).then_some((s, e, si))
                })
                .collect();
            if rtl {
                parts.reverse();
            }
            for (s, e, si) in parts {
                job.append(&trimmed[s..e], 0.0, format(&spans[si], size, text, link));
            }
        }
        if li + 1 < lines.len() {
            job.append("\n", 0.0, format(&Span::default(), size, text, link));
        }
    }
    job.halign = Align::RIGHT;
    job.wrap.max_width = f32::INFINITY;
    job
}

/// Draw a right-to-left paragraph, right-aligned in the available width.
pub fn paragraph(ui: &mut egui::Ui, spans: &[Span], size: f32) -> egui::Response {
    let width = ui.available_width();
    let (text, link) = (ui.visuals().text_color(), ui.visuals().hyperlink_color);
    let job = rtl_job(ui, spans, size, width, text, link);
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, galley.size().y), egui::Sense::hover());
    let plain: String = spans.iter().map(|s| s.text.as_str()).collect();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, plain.clone()));
    ui.painter().galley(egui::pos2(rect.right(), rect.top()), galley, text);
    response
}

/// Plain right-to-left text (no markup) as a paragraph.
pub fn text(ui: &mut egui::Ui, text: &str, size: f32) -> egui::Response {
    paragraph(ui, &[Span { text: text.to_string(), ..Default::default() }], size)
}
