//! The trainer's dashboard table of one course: learner names in a column that stays put while the
//! modules scroll sideways, every module a column of the same width (its title cut with "…" and
//! given whole in a tooltip), rows striped, and each cell named for screen readers. In
//! right-to-left languages the names stand on the right and the first module next to them.

use super::widgets::View;
use crate::learning::ModuleStatus as Status;
use crate::progress::ReportRow;
use egui::{Align2, Color32, FontId, Rect, Sense, Vec2};

/// Width of a module column, in body-text sizes.
const COLUMN_EM: f32 = 9.5;

/// One learner's row: the name and a cell per module (None: no row for that module).
struct Line<'a> {
    name: &'a str,
    cells: Vec<Option<&'a ReportRow>>,
}

/// Draw the table of `course_id` with its `modules` (id, title) and report rows.
pub fn table(
    ui: &mut egui::Ui,
    v: &View<'_>,
    course_id: &crate::ids::CourseId,
    modules: &[(crate::ids::ModuleId, String)],
    rows: &[ReportRow],
) {
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut order: Vec<&crate::ids::LearnerId> = Vec::new();
    for r in rows.iter().filter(|r| r.course_id == *course_id) {
        let at = match order.iter().position(|id| **id == r.learner_id) {
            Some(i) => i,
            None => {
                order.push(&r.learner_id);
                lines.push(Line { name: &r.learner_name, cells: vec![None; modules.len()] });
                order.len() - 1
            }
        };
        if let Some(m) = modules.iter().position(|(id, _)| *id == r.module_id) {
            lines[at].cells[m] = Some(r);
        }
    }
    let row_h = (v.size * 1.9).round();
    let font = FontId::proportional(v.size);
    let measure =
        |ui: &egui::Ui, s: &str| ui.fonts_mut(|f| f.layout_no_wrap(v.vis(s), font.clone(), Color32::WHITE).size().x);
    let name_w =
        lines.iter().map(|l| measure(ui, l.name)).fold(measure(ui, course_id.as_str()), f32::max).clamp(100.0, 260.0)
            + 16.0;
    let col_w = (v.size * COLUMN_EM).round();
    let stripe = ui.visuals().faint_bg_color;
    // Two side-by-side areas placed by hand (names on the reading side, the scrolled modules
    // beside them), so that both directions lay out the same way.
    let rows_h = row_h * (lines.len() + 1) as f32 + 18.0;
    let avail = ui.available_rect_before_wrap();
    let full = Rect::from_min_size(avail.min, Vec2::new(avail.width(), rows_h));
    let gap = 6.0;
    let (names_rect, grid_rect) = if v.rtl {
        let split = full.right() - name_w;
        (
            Rect::from_x_y_ranges(split..=full.right(), full.y_range()),
            Rect::from_x_y_ranges(full.left()..=split - gap, full.y_range()),
        )
    } else {
        let split = full.left() + name_w;
        (
            Rect::from_x_y_ranges(full.left()..=split, full.y_range()),
            Rect::from_x_y_ranges(split + gap..=full.right(), full.y_range()),
        )
    };
    let column = egui::Layout::top_down(egui::Align::Min);
    // The names: they do not scroll.
    let mut names = ui.new_child(egui::UiBuilder::new().max_rect(names_rect).layout(column));
    names.spacing_mut().item_spacing = Vec2::ZERO;
    cell(&mut names, v, Vec2::new(name_w, row_h), course_id.as_str(), course_id.as_str(), true, None);
    for (i, l) in lines.iter().enumerate() {
        let fill = (i % 2 == 0).then_some(stripe);
        cell(&mut names, v, Vec2::new(name_w, row_h), l.name, l.name, false, fill);
    }
    // The modules: every one, scrolled sideways when the window is narrower.
    let mut grid = ui.new_child(egui::UiBuilder::new().max_rect(grid_rect).layout(column));
    egui::ScrollArea::horizontal().id_salt(("dashboard", course_id)).auto_shrink([false, true]).show(&mut grid, |ui| {
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing = Vec2::ZERO;
            // Laid out left to right (a scroll area grows to the right); in right-to-left
            // languages the modules come in reverse, the first one next to the names.
            let columns: Vec<usize> =
                if v.rtl { (0..modules.len()).rev().collect() } else { (0..modules.len()).collect() };
            let row = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui, usize)| {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing = Vec2::ZERO;
                    for &m in &columns {
                        add(ui, m);
                    }
                });
            };
            let mut first = None;
            row(ui, &mut |ui, m| {
                let title = &modules[m].1;
                let r = cell(ui, v, Vec2::new(col_w, row_h), title, title, true, None);
                if m == 0 {
                    first = Some(r.rect);
                }
                v.tooltip(r, title);
            });
            // Right to left: show the first module (at the far end) when the table first opens.
            let shown_once = egui::Id::unique(("dashboard-start", course_id));
            if v.rtl && !ui.data(|d| d.get_temp::<bool>(shown_once).unwrap_or(false)) {
                if let Some(r) = first {
                    ui.scroll_to_rect(r, None);
                }
                ui.data_mut(|d| d.insert_temp(shown_once, true));
            }
            for (i, l) in lines.iter().enumerate() {
                let fill = (i % 2 == 0).then_some(stripe);
                row(ui, &mut |ui, m| match l.cells[m] {
                    Some(r) => {
                        let mark = match r.status {
                            Status::Complete => "✔",
                            Status::InProgress => "◐",
                            Status::NotStarted => "○",
                        };
                        let score = r.best_score.map_or(String::new(), |s| format!(" {s}%"));
                        let minutes = v.tr.ta("dashboard-minutes", &[("minutes", r.minutes.into())]);
                        let text = format!("{mark}{score} · {minutes}");
                        let name = format!("{} — {}: {text}", l.name, modules[m].1);
                        let c = cell(ui, v, Vec2::new(col_w, row_h), &text, &name, false, fill);
                        let detail = format!("{}/{} · {}", r.lessons_seen, r.lessons_total, r.attempts);
                        v.tooltip(c, &detail);
                    }
                    None => {
                        cell(ui, v, Vec2::new(col_w, row_h), "—", "—", false, fill);
                    }
                });
            }
        });
    });
    ui.advance_cursor_after_rect(full);
}

/// A table cell of `size`: `text` on one line (cut with "…" when too long), named `name`.
fn cell(
    ui: &mut egui::Ui,
    v: &View<'_>,
    size: Vec2,
    text: &str,
    name: &str,
    header: bool,
    fill: Option<Color32>,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let role = if header { egui::Role::ColumnHeader } else { egui::Role::Cell };
    response.widget_info(|| egui::WidgetInfo::labeled(role, true, name));
    if ui.is_rect_visible(rect) {
        if let Some(f) = fill {
            ui.painter().rect_filled(rect, 0.0, f);
        }
        let font = if header { super::fonts::bold(v.size) } else { FontId::proportional(v.size) };
        let color = if header { ui.visuals().strong_text_color() } else { ui.visuals().text_color() };
        let pad = 8.0;
        let mut job = egui::text::LayoutJob::simple_singleline(v.vis(text), font, color);
        job.wrap = egui::text::TextWrapping::truncate_at_width(size.x - 2.0 * pad);
        let g = ui.fonts_mut(|f| f.layout_job(job));
        let inner = Rect::from_min_max(rect.min + Vec2::new(pad, 0.0), rect.max - Vec2::new(pad, 0.0));
        let (anchor, x) =
            if v.rtl { (Align2::RIGHT_CENTER, inner.right()) } else { (Align2::LEFT_CENTER, inner.left()) };
        let at = anchor.anchor_size(egui::pos2(x, inner.center().y), g.size()).min;
        ui.painter().galley(at, g, color);
    }
    response
}
