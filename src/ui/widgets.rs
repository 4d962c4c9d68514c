//! Drawing helpers shared by the screens: the page column, paragraphs (left-to-right or
//! right-to-left), mirrored rows, status labels, and the [`View`] every screen draws with.
//!
//! The one text path: egui shapes each stretch of Arabic letters right to left but places
//! everything else left to right, with no bidi. So every string a widget draws goes through
//! [`View::vis`] (one line rewritten in bidi visual order, see `i18n::bidi::visual_atoms`), and
//! text that wraps goes through `rtl.rs` (lines broken first, then each line in the same visual
//! order). Widgets keep their logical text as their accessible name. Screens use the widgets
//! here (button, choice, dropdown, collapsible, selectable, strong, tooltip …), which mirror in
//! right-to-left languages, rather than egui's own.

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

    /// Where text starts in a text field: on the right in right-to-left languages.
    pub fn text_align(&self) -> egui::Align2 {
        if self.rtl { egui::Align2::RIGHT_CENTER } else { egui::Align2::LEFT_CENTER }
    }

    /// A column whose widgets start on the reading side.
    pub fn column_layout(&self) -> Layout {
        Layout::top_down(if self.rtl { Align::Max } else { Align::Min })
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
        if self.rtl {
            super::rtl::text(ui, text, self.size)
        } else {
            let r = ui.add(egui::Label::new(self.vis(text)).wrap());
            self.named(r, egui::Role::Label, text)
        }
    }

    /// A one-line label (wraps if it must); right-to-left languages get bidi layout.
    pub fn label(&self, ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
        let text = text.into();
        if self.rtl {
            super::rtl::text(ui, &text, self.size)
        } else {
            let r = ui.label(self.vis(&text));
            self.named(r, egui::Role::Label, &text)
        }
    }

    /// A label in bold at `scale` times the body size (titles, headings).
    pub fn title(&self, ui: &mut egui::Ui, text: &str, scale: f32) -> egui::Response {
        if self.rtl {
            let span = Span { text: text.to_string(), bold: true, ..Default::default() };
            super::rtl::styled(ui, &[span], self.size * scale, Some(ui.visuals().strong_text_color()))
        } else {
            let r = ui.add(
                egui::Label::new(RichText::new(self.vis(text)).font(super::fonts::bold(self.size * scale))).wrap(),
            );
            self.named(r, egui::Role::Label, text)
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
            let r = ui.weak(self.vis(&text));
            self.named(r, egui::Role::Label, &text)
        }
    }

    /// A "← Back" button (the arrow points the way back: right in right-to-left languages).
    pub fn back(&self, ui: &mut egui::Ui, to: &str) -> bool {
        let label = self.tr.ta("back", &[("to", to.into())]);
        let label = if self.rtl { label.replace('←', "→") } else { label };
        self.button(ui, &label).clicked()
    }

    /// A line in visual order for egui, which draws left to right and has no bidi: every string
    /// a widget draws goes through this (or through `rtl.rs` for text that wraps).
    pub fn vis(&self, text: &str) -> String {
        // Reordering an Arabic label costs 4–10 µs; the screens draw the same labels every frame,
        // so keep the results (a bounded cache, emptied when it grows past a few thousand).
        thread_local! {
            static CACHE: std::cell::RefCell<std::collections::HashMap<(String, bool), String>> = Default::default();
        }
        if text.is_ascii() {
            return text.to_string();
        }
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if let Some(v) = c.get(&(text.to_string(), self.rtl)) {
                return v.clone();
            }
            if c.len() > 4096 {
                c.clear();
            }
            let v = crate::i18n::bidi::visual_line(text, self.rtl);
            c.insert((text.to_string(), self.rtl), v.clone());
            v
        })
    }

    /// Give a widget its accessible name in logical order (egui would take the visual text).
    pub fn named(&self, r: egui::Response, role: egui::Role, text: &str) -> egui::Response {
        let enabled = r.enabled();
        r.widget_info(|| egui::WidgetInfo::labeled(role, enabled, text));
        keep_in_view(&r);
        r
    }

    /// A button (its label on one line, in visual order).
    pub fn button(&self, ui: &mut egui::Ui, text: &str) -> egui::Response {
        self.button_enabled(ui, true, text)
    }

    /// A button that may be disabled.
    pub fn button_enabled(&self, ui: &mut egui::Ui, enabled: bool, text: &str) -> egui::Response {
        let b = egui::Button::new(self.vis(text)).wrap_mode(egui::TextWrapMode::Extend);
        let r = ui.add_enabled(enabled, b);
        self.named(r, egui::Role::Button, text)
    }

    /// A selectable label (tabs, list entries, dropdown items).
    pub fn selectable(&self, ui: &mut egui::Ui, selected: bool, text: &str) -> egui::Response {
        self.selectable_shown(ui, selected, text, text)
    }

    /// A selectable label showing `shown` (e.g. with a mark) and named `text` for screen readers.
    pub fn selectable_shown(&self, ui: &mut egui::Ui, selected: bool, shown: &str, text: &str) -> egui::Response {
        // One line (visual order cannot wrap); a text too long for its panel is cut with "…".
        let b = egui::Button::selectable(selected, self.vis(shown)).wrap_mode(egui::TextWrapMode::Truncate);
        let r = ui.add(b);
        let r2 = r.clone();
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, r2.enabled(), selected, text));
        keep_in_view(&r);
        r
    }

    /// A link-looking button.
    pub fn link(&self, ui: &mut egui::Ui, text: &str) -> egui::Response {
        let r = ui.add(egui::Link::new(self.vis(text)));
        self.named(r, egui::Role::Link, text)
    }

    /// A short label in bold, or in a colour (one line, visual order).
    pub fn strong(&self, ui: &mut egui::Ui, text: &str, color: Option<Color32>) -> egui::Response {
        if self.rtl {
            let span = [Span { text: text.to_string(), bold: true, ..Default::default() }];
            return super::rtl::styled(ui, &span, self.size, color.or(Some(ui.visuals().strong_text_color())));
        }
        let mut t = RichText::new(self.vis(text)).strong();
        if let Some(c) = color {
            t = t.color(c);
        }
        let r = ui.add(egui::Label::new(t).wrap());
        self.named(r, egui::Role::Label, text)
    }

    /// Text in a colour that may wrap (errors, warnings).
    pub fn colored(&self, ui: &mut egui::Ui, color: Color32, text: &str) -> egui::Response {
        if self.rtl {
            let span = [Span { text: text.to_string(), ..Default::default() }];
            return super::rtl::styled(ui, &span, self.size, Some(color));
        }
        let r = ui.add(egui::Label::new(RichText::new(self.vis(text)).color(color)).wrap());
        self.named(r, egui::Role::Label, text)
    }

    /// A tooltip, laid out like any paragraph.
    pub fn tooltip(&self, r: egui::Response, text: &str) -> egui::Response {
        let size = self.size * 0.9;
        let rtl = self.rtl;
        r.on_hover_ui(|ui| {
            ui.set_max_width(360.0);
            if rtl {
                super::rtl::text(ui, text, size);
            } else {
                ui.label(crate::i18n::bidi::visual_line(text, false));
            }
        })
    }

    /// A radio button (`multi`: a checkbox) for a choice whose text may run over several lines.
    /// The indicator sits on the reading side (right in right-to-left languages), drawn in the
    /// text colour so it stands out against the background (contrast well over 3:1). `mark`
    /// adds a right/wrong sign after checking.
    pub fn choice(
        &self,
        ui: &mut egui::Ui,
        selected: bool,
        text: &str,
        multi: bool,
        mark: Option<bool>,
    ) -> egui::Response {
        let box_size = self.size.max(14.0);
        let gap = 8.0;
        let mark_w = if mark.is_some() { box_size + gap } else { 0.0 };
        let width = ui.available_width();
        let text_w = (width - box_size - gap - mark_w).max(40.0);
        let color = ui.visuals().text_color();
        let lines: Vec<std::sync::Arc<egui::Galley>> = if self.rtl {
            let span = [Span { text: text.to_string(), ..Default::default() }];
            super::rtl::layout(ui, &span, self.size, text_w, None)
        } else {
            let g = ui.fonts_mut(|f| f.layout(self.vis(text), FontId::proportional(self.size), color, text_w));
            vec![g]
        };
        let text_h = if self.rtl {
            super::rtl::line_height(self.size) * lines.len().max(1) as f32
        } else {
            lines.first().map_or(self.size, |g| g.size().y)
        };
        let text_used = lines.iter().map(|g| g.size().x).fold(0.0, f32::max);
        let height = text_h.max(box_size) + 6.0;
        // In a row, take only the room needed; in a column, the whole line (a larger target).
        let width = if ui.layout().is_horizontal() { box_size + gap + text_used + mark_w + 4.0 } else { width };
        let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
        let role = if multi { egui::Role::CheckBox } else { egui::Role::RadioButton };
        let enabled = response.enabled();
        response.widget_info(|| egui::WidgetInfo::selected(role, enabled, selected, text));
        if ui.is_rect_visible(rect) {
            let visuals = ui.style().interact_selectable(&response, selected);
            if response.hovered() || response.has_focus() {
                ui.painter().rect_filled(rect.expand(2.0), 4.0, ui.visuals().widgets.hovered.weak_bg_fill);
            }
            if response.has_focus() {
                ui.painter().rect_stroke(
                    rect.expand(2.0),
                    4.0,
                    ui.visuals().selection.stroke,
                    egui::StrokeKind::Outside,
                );
            }
            let top = rect.top() + 3.0;
            let (box_x, text_x, mark_x) = if self.rtl {
                let bx = rect.right() - box_size;
                let tx = bx - gap - text_used;
                (bx, tx, tx - gap - box_size)
            } else {
                (rect.left(), rect.left() + box_size + gap, rect.left() + box_size + gap + text_used + gap)
            };
            let first_line = if self.rtl { super::rtl::line_height(self.size) } else { self.size * 1.3 };
            let center = egui::pos2(box_x + box_size / 2.0, top + first_line.max(box_size) / 2.0);
            // Strong outline in the text colour: at least 3:1 against the page in every theme.
            let ink = if enabled { color } else { ui.visuals().weak_text_color() };
            let stroke = egui::Stroke::new(2.0, ink);
            let accent = ui.visuals().selection.bg_fill;
            let _ = visuals;
            if multi {
                let r = egui::Rect::from_center_size(center, egui::vec2(box_size - 2.0, box_size - 2.0));
                if selected {
                    ui.painter().rect_filled(r, 3.0, ink);
                    let bg = ui.visuals().panel_fill;
                    let pts = vec![
                        egui::pos2(r.left() + r.width() * 0.22, r.center().y),
                        egui::pos2(r.left() + r.width() * 0.42, r.bottom() - r.height() * 0.25),
                        egui::pos2(r.right() - r.width() * 0.2, r.top() + r.height() * 0.25),
                    ];
                    ui.painter().add(egui::Shape::line(pts, egui::Stroke::new(2.0, bg)));
                } else {
                    ui.painter().rect_stroke(r, 3.0, stroke, egui::StrokeKind::Inside);
                }
            } else {
                let radius = box_size / 2.0 - 1.0;
                ui.painter().circle_stroke(center, radius, stroke);
                if selected {
                    ui.painter().circle_filled(center, radius * 0.55, ink);
                }
            }
            let _ = accent;
            if self.rtl {
                let text_rect = egui::Rect::from_min_size(egui::pos2(text_x, top), egui::vec2(text_used, text_h));
                super::rtl::paint(ui, text_rect, &lines, self.size);
            } else if let Some(g) = lines.first() {
                ui.painter().galley(egui::pos2(text_x, top), g.clone(), color);
            }
            if let Some(right) = mark {
                let (sign, c) = if right { ("✔", RIGHT) } else { ("✘", WRONG) };
                let at = egui::pos2(mark_x, top);
                let anchor = egui::Align2::LEFT_TOP;
                ui.painter().text(at, anchor, sign, FontId::proportional(self.size * 1.1), c);
            }
        }
        keep_in_view(&response);
        response
    }

    /// A header that shows or hides what follows; its arrow points to the reading side when
    /// closed (left in right-to-left languages). Returns whether it is open.
    pub fn collapsible(&self, ui: &mut egui::Ui, id: egui::Id, text: &str) -> bool {
        let open = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
        let arrow = match (open, self.rtl) {
            (true, _) => "▾",
            (false, false) => "▸",
            (false, true) => "◂",
        };
        let b =
            egui::Button::new(self.vis(&format!("{arrow} {text}"))).frame(false).wrap_mode(egui::TextWrapMode::Extend);
        let r = ui.add(b);
        let r = self.named(r, egui::Role::Button, text);
        r.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(egui::Role::DisclosureTriangle, true, text);
            info.selected = Some(open);
            info
        });
        if r.clicked() {
            ui.data_mut(|d| d.insert_temp(id, !open));
        }
        open != r.clicked()
    }

    /// A dropdown: the current value with a chevron on the far side (mirrored in right-to-left
    /// languages); the list opens under it, aligned to the reading side.
    pub fn dropdown(
        &self,
        ui: &mut egui::Ui,
        id: egui::Id,
        current: &str,
        width: f32,
        add: impl FnOnce(&mut egui::Ui),
    ) -> egui::Response {
        let height = ui.spacing().interact_size.y;
        let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
        let r2 = response.clone();
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(egui::Role::ComboBox, r2.enabled(), "");
            info.current_text_value = Some(current.to_string());
            info
        });
        let response = response.with_new_rect(rect);
        let _ = id;
        if ui.is_rect_visible(rect) {
            let visuals = ui.style().interact(&response);
            ui.painter().rect(
                rect,
                visuals.corner_radius,
                visuals.weak_bg_fill,
                visuals.bg_stroke,
                egui::StrokeKind::Inside,
            );
            let pad = 8.0;
            let chevron = "▾";
            let font = FontId::proportional(self.size);
            let color = visuals.text_color();
            let max_text = width - 2.0 * pad - self.size;
            let text = self.vis(current);
            let mut job = LayoutJob::simple_singleline(text, font.clone(), color);
            job.wrap = egui::text::TextWrapping::truncate_at_width(max_text);
            let g = ui.fonts_mut(|f| f.layout_job(job));
            let y = rect.center().y - g.size().y / 2.0;
            if self.rtl {
                ui.painter().galley(egui::pos2(rect.right() - pad - g.size().x, y), g, color);
                ui.painter().text(
                    rect.left_center() + egui::vec2(pad, 0.0),
                    egui::Align2::LEFT_CENTER,
                    chevron,
                    font,
                    color,
                );
            } else {
                ui.painter().galley(egui::pos2(rect.left() + pad, y), g, color);
                ui.painter().text(
                    rect.right_center() - egui::vec2(pad, 0.0),
                    egui::Align2::RIGHT_CENTER,
                    chevron,
                    font,
                    color,
                );
            }
        }
        let align = if self.rtl { egui::RectAlign::BOTTOM_END } else { egui::RectAlign::BOTTOM_START };
        let layout = egui::Layout::top_down_justified(if self.rtl { Align::Max } else { Align::Min });
        egui::Popup::menu(&response).align(align).width(width).layout(layout).show(add);
        keep_in_view(&response);
        response
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
                        scroll_keys(ui);
                        // Leave room for the scroll bar; centre a column of at most 820 points.
                        let avail = ui.available_width() - 14.0;
                        let width = avail.clamp(100.0, 820.0);
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

/// A control that has just got the focus (Tab, Shift+Tab) is scrolled into view: egui moves the
/// focus to controls out of view without scrolling to them.
fn keep_in_view(r: &egui::Response) {
    if r.gained_focus() {
        r.scroll_to_me(None);
    }
}

/// Scroll a page with the keyboard: Page Up/Down always, except in a text field; arrows, Space
/// and Home/End when no widget has the keyboard (a focused widget uses them itself: egui moves
/// the focus with the arrows, Space presses a button).
fn scroll_keys(ui: &mut egui::Ui) {
    // (`egui_wants_keyboard_input` is true whenever any widget has the focus, a button too.)
    if ui.ctx().text_edit_focused() {
        return;
    }
    let page = ui.clip_rect().height() * 0.85;
    let line = 40.0;
    let free = ui.memory(|m| m.focused().is_none());
    let delta = ui.input(|i| {
        let mut d = 0.0;
        if i.key_pressed(egui::Key::PageDown) {
            d -= page;
        }
        if i.key_pressed(egui::Key::PageUp) {
            d += page;
        }
        if free {
            if i.key_pressed(egui::Key::ArrowDown) {
                d -= line;
            }
            if i.key_pressed(egui::Key::ArrowUp) {
                d += line;
            }
            if i.key_pressed(egui::Key::Space) {
                d += if i.modifiers.shift { page } else { -page };
            }
            if i.key_pressed(egui::Key::Home) {
                d += f32::INFINITY;
            }
            if i.key_pressed(egui::Key::End) {
                d -= f32::INFINITY;
            }
        }
        d
    });
    if delta != 0.0 {
        let delta = delta.clamp(-1.0e6, 1.0e6);
        ui.scroll_with_delta(egui::vec2(0.0, delta));
    }
}

/// A paragraph of styled spans, laid out in the given direction.
pub fn paragraph(ui: &mut egui::Ui, spans: &[Span], size: f32, rtl: bool) -> egui::Response {
    paragraph_parts(ui, spans, size, rtl).0
}

pub use super::rtl::mark_color;

/// A paragraph, and where each span was drawn: (span index, rectangle), one per span per line.
fn paragraph_parts(
    ui: &mut egui::Ui,
    spans: &[Span],
    size: f32,
    rtl: bool,
) -> (egui::Response, Vec<(usize, egui::Rect)>) {
    if rtl {
        return super::rtl::styled_parts(ui, spans, size, None);
    }
    let visuals = ui.visuals();
    let text = visuals.text_color();
    let link = visuals.hyperlink_color;
    let mark = mark_color(ui);
    let mut job = LayoutJob::default();
    let mut counts = Vec::new();
    for (i, s) in spans.iter().enumerate() {
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
        if s.mark {
            fmt.background = mark;
        }
        job.append(&s.text, 0.0, fmt);
        counts.push((s.text.chars().count(), i));
    }
    // Always wrap, also inside horizontal rows (list bullets), where egui would extend.
    let (pos, galley, response) = egui::Label::new(job).wrap().layout_in_ui(ui);
    let plain: String = spans.iter().map(|s| s.text.as_str()).collect();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, plain.clone()));
    let parts = part_rects(&galley, pos, &counts);
    if ui.is_rect_visible(response.rect) {
        ui.painter().galley(pos, galley, text);
    }
    (response, parts)
}

/// Where parts of a galley's text were drawn: `parts` are (characters, tag) in text order; the
/// answer is (tag, rectangle) for each part on each row. egui keeps one glyph per character.
pub fn part_rects(galley: &egui::Galley, origin: egui::Pos2, parts: &[(usize, usize)]) -> Vec<(usize, egui::Rect)> {
    let mut ranges = Vec::with_capacity(parts.len());
    let mut c = 0;
    for &(n, tag) in parts {
        ranges.push((c..c + n, tag));
        c += n;
    }
    let mut out: Vec<(usize, egui::Rect, usize)> = Vec::new();
    let mut ci = 0;
    for (ri, row) in galley.rows.iter().enumerate() {
        for g in &row.row.glyphs {
            if let Some((_, tag)) = ranges.iter().find(|(r, _)| r.contains(&ci)) {
                let rect = g.logical_rect().translate(row.pos.to_vec2() + origin.to_vec2());
                match out.last_mut() {
                    Some((t, r, rr)) if t == tag && *rr == ri => *r = r.union(rect),
                    _ => out.push((*tag, rect, ri)),
                }
            }
            ci += 1;
        }
        if row.ends_with_newline {
            ci += 1;
        }
    }
    out.into_iter().map(|(t, r, _)| (t, r)).collect()
}

impl View<'_> {
    /// A paragraph whose glossary terms are links of their own: each can be hovered (its
    /// definition, from `define`, in a tooltip), focused with Tab and clicked or pressed with
    /// Enter. Returns the id of the term clicked.
    pub fn linked_paragraph(
        &self,
        ui: &mut egui::Ui,
        spans: &[Span],
        define: &dyn Fn(&str) -> Option<(String, String)>,
    ) -> Option<String> {
        let (response, parts) = paragraph_parts(ui, spans, self.size, self.rtl);
        // A run: neighbouring spans that link to the same term (a search mark or a style change
        // can cut a term in several spans). One link per run and line; named by the whole run.
        let run_start: Vec<usize> = (0..spans.len())
            .scan(0, |start, i| {
                if i == 0 || spans[i].term.is_none() || spans[i].term != spans[i - 1].term {
                    *start = i;
                }
                Some(*start)
            })
            .collect();
        let mut runs: Vec<(usize, egui::Rect)> = Vec::new();
        for (si, rect) in parts {
            if spans.get(si).is_none_or(|s| s.term.is_none()) {
                continue;
            }
            let run = run_start[si];
            match runs.last_mut() {
                Some((r, last)) if *r == run && (last.center().y - rect.center().y).abs() < 2.0 => {
                    *last = last.union(rect)
                }
                _ => runs.push((run, rect)),
            }
        }
        let mut clicked = None;
        let mut named = std::collections::BTreeSet::new();
        for (k, (run, rect)) in runs.into_iter().enumerate() {
            let Some(term) = spans[run].term.as_deref() else { continue };
            let r = ui.interact(rect, response.id.with(("term", k)), egui::Sense::click());
            keep_in_view(&r);
            // The first line of a run carries its name; a run that wraps has one link per line.
            let r = if named.insert(run) {
                let text: String =
                    spans[run..].iter().take_while(|s| s.term == spans[run].term).map(|s| s.text.as_str()).collect();
                self.named(r, egui::Role::Link, text.trim())
            } else {
                r
            };
            if r.has_focus() {
                ui.painter().rect_stroke(
                    rect.expand(2.0),
                    2.0,
                    ui.visuals().selection.stroke,
                    egui::StrokeKind::Outside,
                );
            }
            let r = r.on_hover_cursor(egui::CursorIcon::PointingHand);
            let r = match define(term) {
                Some((word, definition)) => r.on_hover_ui(|ui| {
                    ui.set_max_width(360.0);
                    ui.with_layout(self.column_layout(), |ui| {
                        self.strong(ui, &word, None);
                        self.text(ui, &definition);
                    });
                }),
                None => r,
            };
            if r.clicked() {
                clicked = Some(term.to_string());
            }
        }
        clicked
    }
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
        self.tooltip(response, label)
    }
}

/// How a text field is made: its width, masked (PINs, passphrases) or not, a hint while empty.
#[derive(Clone, Copy)]
pub struct Field<'a> {
    width: f32,
    password: bool,
    hint: Option<&'a str>,
}

impl<'a> Field<'a> {
    pub fn new(width: f32) -> Self {
        Self { width, password: false, hint: None }
    }

    /// Show dots instead of the characters typed.
    pub fn password(self, password: bool) -> Self {
        Self { password, ..self }
    }

    /// A hint shown while the field is empty.
    pub fn hint(self, hint: &'a str) -> Self {
        Self { hint: Some(hint), ..self }
    }
}

impl View<'_> {
    /// A one-line text field; every text field of the interface is made here. What is typed is
    /// shown through the one text path ([`super::rtl::field_galley`]): Arabic shaped and in bidi
    /// visual order, like the label that shows it once saved, while the text stays in the order
    /// typed. The caret follows the screen: a click puts it where clicked, ← and → move it left
    /// and right on screen (through right-to-left text too); Backspace and Delete edit the text
    /// as typed.
    pub fn field(&self, ui: &mut egui::Ui, text: &mut String, field: Field<'_>) -> egui::Response {
        use egui::text::{CCursor, CCursorRange};
        // The id egui would give the field, taken here to reach its caret.
        let id = ui.next_auto_id();
        ui.skip_ahead_auto_ids(1);
        let font = egui::TextStyle::Body.resolve(ui.style());
        let (rtl, password, align) = (self.rtl, field.password, self.text_align());
        let bidi = |text: &str| !password && crate::i18n::bidi::has_rtl(text);
        if bidi(text) && ui.memory(|m| m.has_focus(id)) {
            // egui steps ← and → through the text in the order typed: take them and move on screen.
            let steps: Vec<(bool, bool)> = ui.input_mut(|i| {
                let mut steps = Vec::new();
                i.events.retain(|e| match e {
                    egui::Event::Key {
                        key: k @ (egui::Key::ArrowLeft | egui::Key::ArrowRight),
                        pressed,
                        modifiers,
                        ..
                    } if !modifiers.ctrl && !modifiers.alt && !modifiers.command && !modifiers.mac_cmd => {
                        if *pressed {
                            steps.push((*k == egui::Key::ArrowLeft, modifiers.shift));
                        }
                        false
                    }
                    _ => true,
                });
                steps
            });
            if !steps.is_empty()
                && let Some(mut state) = egui::text_edit::TextEditState::load(ui.ctx(), id)
            {
                let n = text.chars().count();
                let mut range = state.cursor.char_range().unwrap_or(CCursorRange::one(CCursor::new(n)));
                for (left, shift) in steps {
                    let from = range.primary.index.0.min(n);
                    let to = super::rtl::field_step(ui, text, &font, rtl, from, left).unwrap_or(from);
                    range = if shift {
                        CCursorRange::two(range.secondary, CCursor::new(to))
                    } else {
                        CCursorRange::one(CCursor::new(to))
                    };
                }
                state.cursor.set_char_range(Some(range));
                state.store(ui.ctx(), id);
            }
        }
        let layout_font = font.clone();
        let mut layouter = |ui: &egui::Ui, buf: &dyn egui::TextBuffer, _wrap: f32| {
            let visuals = ui.visuals();
            let color = visuals.override_text_color.unwrap_or_else(|| visuals.widgets.inactive.text_color());
            let shown = if password {
                std::iter::repeat_n(egui::epaint::text::PASSWORD_REPLACEMENT_CHAR, buf.as_str().chars().count())
                    .collect()
            } else {
                buf.as_str().to_string()
            };
            super::rtl::field_galley(ui, &shown, &layout_font, color, rtl, align.x())
        };
        let mut edit = egui::TextEdit::singleline(text)
            .id(id)
            .font(font.clone())
            .align(align)
            .password(password)
            .desired_width(field.width)
            .layouter(&mut layouter);
        if let Some(hint) = field.hint {
            edit = edit.hint_text(self.vis(hint));
        }
        let output = edit.show(ui);
        // egui finds the clicked character by scanning the glyphs left to right; in bidi text
        // they are in the order typed, so put the caret where the pointer is ourselves.
        let response = output.response.response;
        keep_in_view(&response);
        if bidi(text)
            && let Some(pos) = response.interact_pointer_pos()
        {
            let x = pos.x - output.galley_pos.x;
            if let Some(at) = super::rtl::field_index_at(ui, text, &font, rtl, x) {
                let mut state = output.state;
                let pressed = ui.input(|i| i.pointer.any_pressed() && !i.modifiers.shift);
                let range = if response.double_clicked() {
                    // The word around the click, in the text as typed.
                    let chars: Vec<char> = text.chars().collect();
                    let start = (0..at).rev().take_while(|&i| !chars[i].is_whitespace()).last().unwrap_or(at);
                    let end = (at..chars.len()).find(|&i| chars[i].is_whitespace()).unwrap_or(chars.len());
                    CCursorRange::two(CCursor::new(start), CCursor::new(end))
                } else if pressed {
                    CCursorRange::one(CCursor::new(at))
                } else {
                    let secondary = state.cursor.char_range().map_or(CCursor::new(at), |r| r.secondary);
                    CCursorRange::two(secondary, CCursor::new(at))
                };
                let same = |a: CCursorRange| {
                    a.primary.index == range.primary.index && a.secondary.index == range.secondary.index
                };
                if !state.cursor.char_range().is_some_and(same) {
                    state.cursor.set_char_range(Some(range));
                    state.store(ui.ctx(), id);
                    ui.ctx().request_repaint();
                }
            }
        }
        response
    }
}

/// Colour of a right answer (with a ✔, never colour alone).
pub const RIGHT: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
/// Colour of a wrong answer (with a ✘).
pub const WRONG: Color32 = Color32::from_rgb(0xb2, 0x2a, 0x00);

/// A coloured status word (e.g. "Complete").
pub fn status(ui: &mut egui::Ui, v: &View<'_>, text: &str, done: bool) {
    let color = if done { RIGHT } else { ui.visuals().weak_text_color() };
    v.strong(ui, text, Some(color));
}
