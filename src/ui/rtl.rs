//! Right-to-left paragraphs. egui shapes Arabic but lays paragraphs out left to right with no
//! bidi, so for RTL text we break lines ourselves (greedy, on word widths from egui's galley
//! cache), reorder each line's runs with the Unicode bidi algorithm, and right-align the rows.

use crate::course::markup::Span;
use crate::i18n::bidi::visual_ranges;
use egui::{Color32, FontId, Stroke};

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

/// A word (or a punctuation mark split off it) in visual position.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub span: usize,
    /// Index of the whitespace-separated token it came from: a space is drawn between tokens only.
    pub token: usize,
}

/// Split a token into letters-and-digits parts and punctuation parts, so punctuation lands on
/// the right side of its word after reordering ("جديدًا." shows its full stop on the left).
fn split_punctuation(token: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut prev: Option<bool> = None;
    for (i, c) in token.char_indices() {
        let wordy = c.is_alphanumeric() || unicode_mark(c);
        if prev.is_some_and(|p| p != wordy) {
            parts.push(&token[start..i]);
            start = i;
        }
        prev = Some(wordy);
    }
    parts.push(&token[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// The mirrored form of a bracket-like character (Unicode Bidi_Mirroring_Glyph, common pairs).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        c => c,
    }
}

/// Combining marks (Arabic harakat and the like) belong to their letter.
fn unicode_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// The words of each line in visual order, left to right.
pub fn visual_words(lines: &[(String, Vec<(usize, usize, usize)>)]) -> Vec<Vec<Word>> {
    lines
        .iter()
        .map(|(line, pieces)| {
            let trimmed = line.trim_end();
            let mut words = Vec::new();
            // A new word starts after whitespace, not where only the style changes ("**word**.").
            let mut tokens = Vec::with_capacity(pieces.len());
            let mut token = 0;
            for (i, &(s, _, _)) in pieces.iter().enumerate() {
                if i > 0 && line[..s].ends_with(char::is_whitespace) {
                    token += 1;
                }
                tokens.push(token);
            }
            for (range, rtl) in visual_ranges(trimmed, Some(true)) {
                let mut run: Vec<Word> = Vec::new();
                for (&(s, e, si), &token) in pieces.iter().zip(&tokens) {
                    let (s, e) = (s.max(range.start), e.min(range.end));
                    if s >= e {
                        continue;
                    }
                    for part in split_punctuation(trimmed[s..e].trim()) {
                        run.push(Word { text: part.to_string(), span: si, token });
                    }
                }
                if rtl {
                    run.reverse();
                    // Bidi mirroring: in right-to-left text "(" is drawn as ")" and so on.
                    for w in &mut run {
                        w.text = w.text.chars().map(mirror).collect();
                    }
                }
                words.extend(run);
            }
            words
        })
        .collect()
}

/// Draw a right-to-left paragraph, right-aligned in the available width. Each word is shaped on
/// its own (egui's galley cache keeps that cheap) and placed by us in bidi visual order.
pub fn paragraph(ui: &mut egui::Ui, spans: &[Span], size: f32) -> egui::Response {
    styled(ui, spans, size, None)
}

/// Lay out and draw right-to-left spans; `color` overrides the text colour. A text that fits on
/// one line takes only its own width, so it can sit in a row like a label.
pub fn styled(ui: &mut egui::Ui, spans: &[Span], size: f32, color: Option<egui::Color32>) -> egui::Response {
    let width = ui.available_width();
    let (text, link) = (color.unwrap_or_else(|| ui.visuals().text_color()), ui.visuals().hyperlink_color);
    // Line breaking and bidi reordering depend only on the text, the size and the width: keep the
    // result in egui's temporary memory instead of redoing it every frame.
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for s in spans {
            (&s.text, s.bold, s.italic, &s.term).hash(&mut h);
        }
        (size.to_bits(), width.to_bits()).hash(&mut h);
        egui::Id::unique(("rtl-lines", h.finish()))
    };
    let cached = ui.ctx().memory_mut(|m| m.data.get_temp::<std::sync::Arc<Vec<Vec<Word>>>>(key));
    let lines = match cached {
        Some(lines) => lines,
        None => {
            let lines = std::sync::Arc::new(visual_words(&break_lines(ui, spans, size, width)));
            ui.ctx().memory_mut(|m| m.data.insert_temp(key, lines.clone()));
            lines
        }
    };
    let space = ui.fonts_mut(|f| f.layout_no_wrap(" ".into(), FontId::proportional(size), text).size().x);
    let laid: Vec<Vec<(std::sync::Arc<egui::Galley>, bool, f32)>> = lines
        .iter()
        .map(|words| {
            words
                .iter()
                .enumerate()
                .map(|(k, w)| {
                    let span = &spans[w.span];
                    let font = if span.bold { super::fonts::bold(size) } else { FontId::proportional(size) };
                    let c = if span.term.is_some() { link } else { text };
                    let gap = if words.get(k + 1).is_some_and(|n| n.token != w.token) { space } else { 0.0 };
                    (ui.fonts_mut(|f| f.layout_no_wrap(w.text.clone(), font, c)), span.term.is_some(), gap)
                })
                .collect()
        })
        .collect();
    let line_width =
        |l: &Vec<(std::sync::Arc<egui::Galley>, bool, f32)>| l.iter().map(|(g, _, gap)| g.size().x + gap).sum::<f32>();
    let needed = laid.iter().map(line_width).fold(0.0, f32::max);
    let line_height = size * 1.45;
    let height = line_height * laid.len().max(1) as f32;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(needed.min(width), height), egui::Sense::hover());
    let plain: String = spans.iter().map(|s| s.text.as_str()).collect();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, plain.clone()));
    for (i, galleys) in laid.into_iter().enumerate() {
        let mut x = rect.right() - line_width(&galleys);
        let y = rect.top() + i as f32 * line_height + (line_height - size * 1.2) / 2.0;
        for (g, is_link, gap) in galleys {
            let (w, h) = (g.size().x, g.size().y);
            if is_link {
                ui.painter().hline(x..=x + w, y + h, Stroke::new(1.0, link));
            }
            ui.painter().galley(egui::pos2(x, y), g, text);
            x += w + gap;
        }
    }
    response
}

/// Plain right-to-left text (no markup) as a paragraph.
pub fn text(ui: &mut egui::Ui, text: &str, size: f32) -> egui::Response {
    paragraph(ui, &[Span { text: text.to_string(), ..Default::default() }], size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        assert_eq!(words("انظر (المعيار) هنا"), ["هنا", "(", "المعيار", ")", "انظر"]);
    }

    #[test]
    fn no_space_is_drawn_where_only_the_style_changes() {
        // "**لها**." : bold word and plain full stop, one token.
        let text = "الاستجابة لها.";
        let pieces = vec![(0, 19, 0), (19, 25, 1), (25, 26, 2)];
        let words = visual_words(&[(text.to_string(), pieces)]).remove(0);
        let tokens: Vec<usize> = words.iter().map(|w| w.token).collect();
        assert_eq!(words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>(), [".", "لها", "الاستجابة"]);
        assert_eq!(tokens[0], tokens[1], "the full stop sticks to its word");
        assert_ne!(tokens[1], tokens[2]);
    }

    fn line(text: &str) -> (String, Vec<(usize, usize, usize)>) {
        let mut pieces = Vec::new();
        let mut start = 0;
        for piece in text.split_inclusive(char::is_whitespace) {
            pieces.push((start, start + piece.len(), 0));
            start += piece.len();
        }
        (text.to_string(), pieces)
    }

    fn words(text: &str) -> Vec<String> {
        visual_words(&[line(text)]).remove(0).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn arabic_words_are_placed_right_to_left() {
        // Drawn left to right, the last word of the sentence comes first.
        assert_eq!(words("أو أنشئ ملفًا جديدًا."), [".", "جديدًا", "ملفًا", "أنشئ", "أو"]);
    }

    #[test]
    fn latin_and_numbers_inside_arabic_keep_their_order() {
        assert_eq!(words("المعيار 16 CPMS"), ["CPMS", "16", "المعيار"]);
        assert_eq!(words("راجع المعيار 16 من CPMS الآن"), ["الآن", "CPMS", "من", "16", "المعيار", "راجع"]);
        assert_eq!(words("انظر Child Protection هنا"), ["هنا", "Child", "Protection", "انظر"]);
    }
}
