//! Right-to-left paragraphs. egui shapes Arabic but lays paragraphs out left to right with no
//! bidi, so for RTL text we break lines ourselves (greedy, on word widths from egui's galley
//! cache), reorder each line's runs with the Unicode bidi algorithm, and right-align the rows.
//! Also the layout of text being typed into a field ([`field_galley`]): painted in the same
//! visual order, edited in the order typed.

use crate::course::markup::Span;
use crate::i18n::bidi::{Atom, atom_text, visual_atoms};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};
use std::sync::Arc;

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

/// One visual line: sections of (text as handed to the shaper, span index), left to right.
pub type VisualLine = Vec<(String, usize)>;

/// The sections of each line in visual order, left to right: the bidi atoms of the line
/// (see [`crate::i18n::bidi::visual_atoms`]), split where the span changes.
pub fn visual_lines(lines: &[(String, Vec<(usize, usize, usize)>)]) -> Vec<VisualLine> {
    lines
        .iter()
        .map(|(line, pieces)| {
            let trimmed = line.trim_end();
            let mut out: VisualLine = Vec::new();
            for atom in visual_atoms(trimmed, true) {
                // Split the atom where the style changes; in a right-to-left atom kept whole, the
                // parts are laid out right to left, so they go in reverse order.
                let mut parts: Vec<(std::ops::Range<usize>, usize)> = pieces
                    .iter()
                    .filter_map(|&(s, e, si)| {
                        let (s, e) = (s.max(atom.range.start), e.min(atom.range.end));
                        (s < e).then_some((s..e, si))
                    })
                    .collect();
                if atom.rtl && !atom.reversed {
                    parts.reverse();
                }
                for (range, si) in parts {
                    let sub = Atom { range: range.clone(), ..atom.clone() };
                    let text = atom_text(trimmed, &sub);
                    match out.last_mut() {
                        Some((t, last)) if *last == si => t.push_str(&text),
                        _ => out.push((text, si)),
                    }
                }
            }
            out
        })
        .collect()
}

/// Lay out right-to-left spans in lines no wider than `width`: one galley per line, each in
/// visual order. `color` overrides the text colour.
pub fn layout(ui: &egui::Ui, spans: &[Span], size: f32, width: f32, color: Option<Color32>) -> Vec<Arc<egui::Galley>> {
    layout_lines(ui, spans, size, width, color).0
}

/// Like [`layout`], with each line's sections (text, span index) in the order of its galley.
pub fn layout_lines(
    ui: &egui::Ui,
    spans: &[Span],
    size: f32,
    width: f32,
    color: Option<Color32>,
) -> (Vec<Arc<egui::Galley>>, Arc<Vec<VisualLine>>) {
    let (text, link) = (color.unwrap_or_else(|| ui.visuals().text_color()), ui.visuals().hyperlink_color);
    // Line breaking and bidi reordering depend only on the text, the size and the width: keep the
    // result in egui's temporary memory instead of redoing it every frame.
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for s in spans {
            (&s.text, s.bold, s.italic, &s.term, s.mark).hash(&mut h);
        }
        (size.to_bits(), width.to_bits()).hash(&mut h);
        egui::Id::unique(("rtl-lines", h.finish()))
    };
    let cached = ui.ctx().memory_mut(|m| m.data.get_temp::<Arc<Vec<VisualLine>>>(key));
    let lines = match cached {
        Some(lines) => lines,
        None => {
            let lines = Arc::new(visual_lines(&break_lines(ui, spans, size, width)));
            ui.ctx().memory_mut(|m| m.data.insert_temp(key, lines.clone()));
            lines
        }
    };
    let mark = mark_color(ui);
    let galleys = lines
        .iter()
        .map(|sections| {
            let mut job = LayoutJob::default();
            for (t, si) in sections {
                let span = &spans[*si];
                let font = if span.bold { super::fonts::bold(size) } else { FontId::proportional(size) };
                let mut fmt = TextFormat { font_id: font, color: text, italics: span.italic, ..Default::default() };
                if span.term.is_some() {
                    fmt.color = link;
                    fmt.underline = Stroke::new(1.0, link);
                }
                if span.mark {
                    fmt.background = mark;
                }
                job.append(t, 0.0, fmt);
            }
            ui.fonts_mut(|f| f.layout_job(job))
        })
        .collect();
    (galleys, lines)
}

/// The height of one line of right-to-left text.
pub fn line_height(size: f32) -> f32 {
    size * 1.45
}

/// Paint laid-out lines right-aligned in `rect`.
pub fn paint(ui: &egui::Ui, rect: egui::Rect, lines: &[Arc<egui::Galley>], size: f32) {
    let lh = line_height(size);
    for (i, g) in lines.iter().enumerate() {
        let x = rect.right() - g.size().x;
        let y = rect.top() + i as f32 * lh + (lh - g.size().y) / 2.0;
        ui.painter().galley(egui::pos2(x, y), g.clone(), ui.visuals().text_color());
    }
}

/// Draw a right-to-left paragraph, right-aligned in the available width. Each word is shaped on
/// its own (egui's galley cache keeps that cheap) and placed by us in bidi visual order.
pub fn paragraph(ui: &mut egui::Ui, spans: &[Span], size: f32) -> egui::Response {
    styled(ui, spans, size, None)
}

/// Lay out and draw right-to-left spans; `color` overrides the text colour. A text that fits on
/// one line takes only its own width, so it can sit in a row like a label.
pub fn styled(ui: &mut egui::Ui, spans: &[Span], size: f32, color: Option<egui::Color32>) -> egui::Response {
    styled_parts(ui, spans, size, color).0
}

/// Like [`styled`], also giving where each span was drawn: (span index, rectangle), one
/// rectangle per span per line.
pub fn styled_parts(
    ui: &mut egui::Ui,
    spans: &[Span],
    size: f32,
    color: Option<egui::Color32>,
) -> (egui::Response, Vec<(usize, egui::Rect)>) {
    let width = ui.available_width();
    let (lines, sections) = layout_lines(ui, spans, size, width, color);
    let needed = lines.iter().map(|g| g.size().x).fold(0.0, f32::max);
    let height = line_height(size) * lines.len().max(1) as f32;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(needed.min(width), height), egui::Sense::hover());
    let plain: String = spans.iter().map(|s| s.text.as_str()).collect();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, plain.clone()));
    if ui.is_rect_visible(rect) {
        paint(ui, rect, &lines, size);
    }
    // Where each section was drawn: measured section by section (shaped Arabic does not keep
    // one glyph per character, so the galley's glyphs cannot be mapped back to the text).
    let lh = line_height(size);
    let mut parts = Vec::new();
    for (i, (g, line)) in lines.iter().zip(sections.iter()).enumerate() {
        let mut x = rect.right() - g.size().x;
        let top = rect.top() + i as f32 * lh + (lh - g.size().y) / 2.0;
        for (t, si) in line {
            let bold = spans.get(*si).is_some_and(|s| s.bold);
            let font = if bold { super::fonts::bold(size) } else { FontId::proportional(size) };
            let w = ui.fonts_mut(|f| f.layout_no_wrap(t.clone(), font, Color32::WHITE).size().x);
            parts.push((*si, egui::Rect::from_min_size(egui::pos2(x, top), egui::vec2(w, g.size().y))));
            x += w;
        }
    }
    (response, parts)
}

/// Plain right-to-left text (no markup) as a paragraph.
pub fn text(ui: &mut egui::Ui, text: &str, size: f32) -> egui::Response {
    paragraph(ui, &[Span { text: text.to_string(), ..Default::default() }], size)
}

/// A one-line text as a text field shows it: the pieces handed to the shaper, left to right
/// (bidi visual order, as [`crate::i18n::bidi::visual_line`]), and for each character of the
/// text as typed (logical order) where it was drawn and where the caret before it goes.
struct FieldLine {
    pieces: Vec<String>,
    /// Left and right edge of each character, in the order typed.
    boxes: Vec<(f32, f32)>,
    /// Caret position before each character, and after the last: one more than characters.
    carets: Vec<f32>,
}

/// The width of a text on one line (trailing spaces included, as a text field keeps them).
fn measure(ui: &egui::Ui, text: &str, font: &FontId) -> f32 {
    if text.is_empty() {
        return 0.0;
    }
    let mut job = LayoutJob::simple_singleline(text.to_string(), font.clone(), Color32::WHITE);
    job.keep_trailing_whitespace = true;
    ui.fonts_mut(|f| f.layout_job(job)).size().x
}

/// Lay out one line of a text field in visual order and find where each typed character went.
/// Each bidi atom is shaped on its own (as painted: one section per atom); inside an atom the
/// edge between characters j-1 and j is the width of the first j characters shaped alone (an
/// Arabic prefix gets a zero-width joiner, so its last letter keeps the joined form it has in
/// the word). Characters of right-to-left atoms run from the atom's right edge.
fn field_line(ui: &egui::Ui, text: &str, font: &FontId, rtl_base: bool) -> Arc<FieldLine> {
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (text, font, rtl_base, ui.ctx().pixels_per_point().to_bits()).hash(&mut h);
        egui::Id::unique(("field-line", h.finish()))
    };
    if let Some(line) = ui.ctx().memory_mut(|m| m.data.get_temp::<Arc<FieldLine>>(key)) {
        return line;
    }
    let n = text.chars().count();
    let mut boxes = vec![(0.0, 0.0); n];
    let mut rtl_char = vec![false; n];
    let mut pieces = Vec::new();
    // Character index of each byte offset where a character starts.
    let index_of: std::collections::HashMap<usize, usize> =
        text.char_indices().enumerate().map(|(i, (b, _))| (b, i)).collect();
    let mut x = 0.0;
    for atom in visual_atoms(text, rtl_base) {
        let piece = atom_text(text, &atom);
        let width = measure(ui, &piece, font);
        let logical = &text[atom.range.clone()];
        let first = index_of.get(&atom.range.start).copied().unwrap_or(0);
        let count = logical.chars().count();
        let joining = atom.rtl != atom.reversed;
        let prefix_width = |j: usize| -> f32 {
            if j == 0 {
                return 0.0;
            }
            if j == count {
                return width;
            }
            let mut prefix: String = logical.chars().take(j).collect();
            if joining {
                prefix.push('\u{200D}');
            }
            measure(ui, &prefix, font).min(width)
        };
        let mut before = 0.0;
        for j in 0..count {
            let after = prefix_width(j + 1).max(before);
            let (l, r) = if atom.rtl { (x + width - after, x + width - before) } else { (x + before, x + after) };
            if let Some(b) = boxes.get_mut(first + j) {
                *b = (l, r);
                rtl_char[first + j] = atom.rtl;
            }
            before = after;
        }
        pieces.push(piece);
        x += width;
    }
    let mut carets: Vec<f32> = (0..n).map(|i| if rtl_char[i] { boxes[i].1 } else { boxes[i].0 }).collect();
    carets.push(match n.checked_sub(1) {
        None => 0.0,
        Some(last) if rtl_char[last] => boxes[last].0,
        Some(last) => boxes[last].1,
    });
    let line = Arc::new(FieldLine { pieces, boxes, carets });
    ui.ctx().memory_mut(|m| m.data.insert_temp(key, line.clone()));
    line
}

/// The galley of a one-line text field (a layouter for egui's `TextEdit`), through the app's
/// one text path: text with right-to-left characters is painted shaped and in bidi visual order
/// (`rtl_base`: the interface direction), exactly as a label shows it. egui edits the text as
/// typed and finds the caret through the galley's glyph list, one glyph per character; so the
/// list is rebuilt in the order typed: glyph i is character i, placed at the caret position
/// before it. (The glyphs are not used for painting: the row's mesh is made at layout.) Text
/// without right-to-left characters is laid out as egui's own layouter does.
pub fn field_galley(
    ui: &egui::Ui,
    text: &str,
    font: &FontId,
    color: Color32,
    rtl_base: bool,
    halign: egui::Align,
) -> Arc<egui::Galley> {
    let line_height = ui.fonts_mut(|f| f.row_height(font)) + ui.spacing().extra_text_line_spacing;
    if !crate::i18n::bidi::has_rtl(text) || text.contains('\n') {
        let mut job = LayoutJob::simple_singleline(text.to_string(), font.clone(), color);
        job.halign = halign;
        job.keep_trailing_whitespace = true;
        for section in &mut job.sections {
            section.format.line_height = Some(line_height);
        }
        return ui.fonts_mut(|f| f.layout_job(job));
    }
    let format = TextFormat { font_id: font.clone(), color, line_height: Some(line_height), ..Default::default() };
    let line = field_line(ui, text, font, rtl_base);
    let mut job = LayoutJob::default();
    for piece in &line.pieces {
        job.append(piece, 0.0, format.clone());
    }
    job.keep_trailing_whitespace = true;
    let mut galley = ui.fonts_mut(|f| f.layout_job(job));
    let g = Arc::make_mut(&mut galley);
    if let [placed] = g.rows.as_mut_slice() {
        let row = Arc::make_mut(&mut placed.row);
        if let Some(template) = row.glyphs.first().copied() {
            // No glyph's vertices are recoloured when text is selected (they are not in this order).
            let end = row.visuals.glyph_vertex_range.end as u32;
            row.glyphs = text
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    let (l, r) = line.boxes[i];
                    let mut glyph = template;
                    glyph.chr = c;
                    glyph.pos.x = line.carets[i];
                    glyph.advance_width = r - l;
                    glyph.first_vertex = end;
                    glyph
                })
                .collect();
            // The caret after the last character (egui puts it at the row's width).
            row.size.x = line.carets[line.carets.len() - 1];
        }
    }
    galley
}

/// The character index (0 ..= characters) whose caret position is nearest to `x` in a field's
/// galley laid out by [`field_galley`]; None for text laid out without bidi.
pub fn field_index_at(ui: &egui::Ui, text: &str, font: &FontId, rtl_base: bool, x: f32) -> Option<usize> {
    if !crate::i18n::bidi::has_rtl(text) || text.contains('\n') {
        return None;
    }
    let line = field_line(ui, text, font, rtl_base);
    line.carets.iter().enumerate().min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs())).map(|(i, _)| i)
}

/// The caret index one step to the left (`left`) or right of caret `from` on screen, in a
/// field's galley laid out by [`field_galley`]; None for text laid out without bidi.
pub fn field_step(ui: &egui::Ui, text: &str, font: &FontId, rtl_base: bool, from: usize, left: bool) -> Option<usize> {
    if !crate::i18n::bidi::has_rtl(text) || text.contains('\n') {
        return None;
    }
    let line = field_line(ui, text, font, rtl_base);
    let here = *line.carets.get(from)?;
    let candidates =
        line.carets.iter().enumerate().filter(|(_, x)| if left { **x < here - 0.5 } else { **x > here + 0.5 });
    let next =
        if left { candidates.max_by(|a, b| a.1.total_cmp(b.1)) } else { candidates.min_by(|a, b| a.1.total_cmp(b.1)) };
    Some(next.map_or(from, |(i, _)| i))
}

/// The background of words found by a search (dark text stays readable on it in both themes).
pub fn mark_color(ui: &egui::Ui) -> egui::Color32 {
    if ui.visuals().dark_mode {
        egui::Color32::from_rgb(0x6b, 0x55, 0x00)
    } else {
        egui::Color32::from_rgb(0xff, 0xe0, 0x66)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> (String, Vec<(usize, usize, usize)>) {
        let mut pieces = Vec::new();
        let mut start = 0;
        for piece in text.split_inclusive(char::is_whitespace) {
            pieces.push((start, start + piece.len(), 0));
            start += piece.len();
        }
        (text.to_string(), pieces)
    }

    fn shown(text: &str) -> String {
        visual_lines(&[line(text)]).remove(0).into_iter().map(|s| s.0).collect()
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        assert_eq!(shown("انظر (المعيار) هنا"), "هنا (المعيار) انظر");
    }

    #[test]
    fn a_style_change_inside_a_word_keeps_its_parts_in_place() {
        // "**لها**." : bold word and plain full stop.
        let text = "الاستجابة لها.";
        let pieces = vec![(0, 19, 0), (19, 25, 1), (25, 26, 2)];
        let sections = visual_lines(&[(text.to_string(), pieces)]).remove(0);
        assert_eq!(sections, [(".".to_string(), 2), ("لها".to_string(), 1), (" الاستجابة".to_string(), 0)]);
    }

    #[test]
    fn arabic_words_are_placed_right_to_left() {
        // Drawn left to right, the last word of the sentence comes first.
        assert_eq!(shown("أو أنشئ ملفًا جديدًا."), ".جديدًا ملفًا أنشئ أو");
    }

    #[test]
    fn latin_and_numbers_inside_arabic_keep_their_order() {
        assert_eq!(shown("المعيار 16 CPMS"), "CPMS 16 المعيار");
        assert_eq!(shown("راجع المعيار 16 من CPMS الآن"), "الآن CPMS من 16 المعيار راجع");
        assert_eq!(shown("انظر Child Protection هنا"), "هنا Child Protection انظر");
    }
}
