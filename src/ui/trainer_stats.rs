//! Trainer area, item statistics tab (issue 18): pictures of the item analysis — mastery per
//! standard and per pillar as bar charts, each item's facility against its discrimination as a
//! scatter plot, learners passing the final over time — and the list of items to review.
//!
//! The analysis reads every fact of the course, which takes seconds at 10,000 learners, so it
//! runs on a background thread with its own database connection (`CpmsApp::start_item_stats`);
//! the screen shows what the thread last finished. Charts are drawn with egui_plot and mirrored
//! in right-to-left languages (x axis running right to left, y axis on the right); every title,
//! axis name and label goes through the bidi text path (`View`), and each chart carries its
//! values as its accessible name.

use super::widgets::{View, WRONG};
use super::{Action, CpmsApp};
use crate::quiz::analysis::{Analysis, Flag, Mastery};
use egui::Color32;
use egui_plot::{Bar, BarChart, GridMark, HLine, HPlacement, Line, Plot, PlotPoints, Points, VLine};
use std::sync::{Arc, Mutex};

/// Pillar colours (distinct in light and dark themes, and told apart by colour-blind readers:
/// blue, orange, teal, purple).
const PILLAR_COLORS: [Color32; 4] = [
    Color32::from_rgb(0x1f, 0x77, 0xb4),
    Color32::from_rgb(0xe0, 0x7b, 0x00),
    Color32::from_rgb(0x00, 0x96, 0x88),
    Color32::from_rgb(0x8e, 0x44, 0xad),
];
/// Points of items with no flag.
const ITEM_COLOR: Color32 = Color32::from_rgb(0x1f, 0x77, 0xb4);
/// The flag thresholds drawn on the scatter plot.
const GUIDE: Color32 = Color32::from_rgb(0xb2, 0x2a, 0x00);
/// Flagged items listed on the screen at most (the command line lists them all).
const LISTED: usize = 40;

/// The analysis of one course, as the background thread made it.
#[derive(Debug, Clone)]
pub struct CourseStats {
    pub course_id: crate::ids::CourseId,
    /// The course title per language (the screen may change language after the computation).
    pub titles: std::collections::BTreeMap<String, String>,
    pub analysis: Analysis,
    /// Completions per local day: (days since 1970-01-01, learners who passed by that day).
    pub completions: Vec<(i64, u32)>,
}

/// What the background computation reports to the screen.
#[derive(Debug, Clone, Default)]
pub struct StatsState {
    /// Set when it finished: the courses, or the problem.
    pub outcome: Option<Result<Vec<CourseStats>, String>>,
    /// How long it took (reading the facts and computing), in milliseconds.
    pub millis: u128,
}

/// Compute the statistics of every course (reading facts: seconds on a large laptop).
pub fn compute(
    store: &crate::progress::Store,
    courses: &[crate::course::Course],
    lang: &str,
) -> Result<Vec<CourseStats>, String> {
    let tz = crate::time::system_zone();
    courses
        .iter()
        .map(|c| {
            let analysis = store.item_analysis(c).map_err(|e| e.localized(&crate::i18n::Tr::new(lang)))?;
            let mut completions: Vec<(i64, u32)> = Vec::new();
            for (n, at) in analysis.completions.iter().enumerate() {
                let day = crate::time::local_day_in(*at, &tz);
                match completions.last_mut() {
                    Some((d, count)) if *d == day => *count = n as u32 + 1,
                    _ => completions.push((day, n as u32 + 1)),
                }
            }
            let titles = c.manifest.languages.iter().map(|l| (l.clone(), c.title(l).to_string())).collect();
            Ok(CourseStats { course_id: c.id().clone(), titles, analysis, completions })
        })
        .collect()
}

impl CpmsApp {
    /// Compute the item statistics on a background thread with its own database connection (in
    /// place for a store without a file: tests).
    pub(super) fn start_item_stats(&mut self) -> Result<(), String> {
        let state = Arc::new(Mutex::new(StatsState::default()));
        let shared = state.clone();
        let courses = self.catalog.courses.clone();
        let lang = self.tr.lang().to_string();
        match self.store.path().map(std::path::PathBuf::from) {
            Some(db) => {
                std::thread::spawn(move || {
                    let started = std::time::Instant::now();
                    let outcome = crate::progress::Store::open(&db)
                        .map_err(|e| e.localized(&crate::i18n::Tr::new(&lang)))
                        .and_then(|store| compute(&store, &courses, &lang));
                    finish(&shared, started, outcome);
                });
            }
            None => {
                let started = std::time::Instant::now();
                finish(&shared, started, compute(&self.store, &courses, &lang));
            }
        }
        if let super::Screen::Trainer(t) = &mut self.screen {
            t.stats = Some(state);
        }
        Ok(())
    }
}

fn finish(shared: &Mutex<StatsState>, started: std::time::Instant, outcome: Result<Vec<CourseStats>, String>) {
    if let Ok(mut s) = shared.lock() {
        s.millis = started.elapsed().as_millis();
        s.outcome = Some(outcome);
    }
}

/// The bar of a mastery figure (percent), none when nobody was asked.
fn percent(m: &Mastery) -> Option<f64> {
    m.share().map(|s| (s * 100.0).round())
}

/// The item statistics tab: a refresh button, then the charts of each course once computed.
pub(super) fn stats_ui(
    stats: &Option<std::sync::Arc<Mutex<StatsState>>>,
    ui: &mut egui::Ui,
    v: &View<'_>,
) -> Option<Action> {
    let mut action = None;
    let state = stats.as_ref().and_then(|s| s.lock().ok().map(|s| s.clone()));
    let running = stats.is_some() && state.as_ref().is_none_or(|s| s.outcome.is_none());
    v.row(ui, |ui| {
        if v.button_enabled(ui, !running, &v.t("stats-refresh")).clicked() {
            action = Some(Action::TrainerStats);
        }
    });
    let Some(state) = state else { return action };
    let Some(outcome) = &state.outcome else {
        v.label(ui, v.t("stats-computing"));
        ui.spinner();
        ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        return action;
    };
    let courses = match outcome {
        Ok(c) => c,
        Err(problem) => {
            v.colored(ui, ui.visuals().warn_fg_color, problem);
            return action;
        }
    };
    for c in courses {
        ui.add_space(8.0);
        let title =
            c.titles.get(v.tr.lang()).or_else(|| c.titles.values().next()).map_or(c.course_id.as_str(), String::as_str);
        v.title(ui, title, 1.2);
        course_ui(ui, v, c, state.millis);
    }
    action
}

fn course_ui(ui: &mut egui::Ui, v: &View<'_>, c: &CourseStats, millis: u128) {
    let a = &c.analysis;
    let flagged: Vec<_> = a.items.iter().filter(|i| !i.flags.is_empty()).collect();
    v.weak(
        ui,
        v.tr.ta(
            "stats-summary",
            &[
                ("attempts", a.final_attempts.into()),
                ("learners", a.final_learners.into()),
                ("flagged", flagged.len().into()),
                ("ms", (millis as u64).into()),
            ],
        ),
    );
    if a.final_attempts == 0 {
        v.text(ui, &v.t("stats-none"));
    }
    let id = |name: &str| format!("{}-{name}", c.course_id);

    // Mastery per standard: 28 bars coloured by pillar.
    v.strong(ui, &v.t("stats-mastery-title"), None);
    let bars: Vec<Bar> = a
        .standards
        .iter()
        .filter_map(|m| {
            let pillar = crate::quiz::analysis::pillar_of(m.number).unwrap_or(1);
            let name = v.vis(&v.tr.ta("stats-standard", &[("n", m.number.into())]));
            Some(
                Bar::new(f64::from(m.number), percent(m)?)
                    .width(0.7)
                    .fill(PILLAR_COLORS[usize::from(pillar) - 1])
                    .name(name),
            )
        })
        .collect();
    let values = mastery_values(v, &a.standards, "stats-standard");
    let r = chart(v, &id("standards"), 220.0, &v.t("stats-mastery-axis-x"))
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_formatter(|m: GridMark, _| format!("{}%", m.value.round()))
        .include_x(0.4)
        .include_x(28.6)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .x_axis_formatter(|m: GridMark, _| whole(m.value))
        .show(ui, |p| p.bar_chart(BarChart::new("standards", bars)));
    v.named(r.response, egui::Role::Image, &format!("{}: {values}", v.t("stats-mastery-title")));
    // The colour key, and mastery per pillar.
    v.row(ui, |ui| {
        for (n, color) in PILLAR_COLORS.iter().enumerate() {
            v.strong(ui, &format!("■ {}", v.tr.ta("stats-pillar", &[("n", (n + 1).into())])), Some(*color));
        }
    });
    v.weak(ui, v.t("stats-mastery-hint"));
    v.strong(ui, &v.t("stats-pillars-title"), None);
    let bars: Vec<Bar> = a
        .pillars
        .iter()
        .filter_map(|m| {
            let name = v.vis(&v.tr.ta("stats-pillar", &[("n", m.number.into())]));
            Some(
                Bar::new(f64::from(m.number), percent(m)?)
                    .width(0.6)
                    .fill(PILLAR_COLORS[usize::from(m.number) - 1])
                    .name(name),
            )
        })
        .collect();
    let values = mastery_values(v, &a.pillars, "stats-pillar");
    let r = chart(v, &id("pillars"), 150.0, &v.t("stats-pillar-axis"))
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_formatter(|m: GridMark, _| format!("{}%", m.value.round()))
        .include_x(0.4)
        .include_x(4.6)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 4.0]))
        .x_axis_formatter(|m: GridMark, _| whole(m.value))
        .show(ui, |p| p.bar_chart(BarChart::new("pillars", bars)));
    v.named(r.response, egui::Role::Image, &format!("{}: {values}", v.t("stats-pillars-title")));

    // Facility against discrimination: one point per item, flagged ones in red.
    ui.add_space(8.0);
    v.strong(ui, &v.t("stats-scatter-title"), None);
    let points: Vec<(String, [f64; 2], bool)> = a
        .items
        .iter()
        .filter_map(|i| Some((i.item_id.clone(), [i.facility?, i.discrimination?], !i.flags.is_empty())))
        .collect();
    let r = chart(v, &id("items"), 260.0, &v.t("stats-facility"))
        .include_x(0.0)
        .include_x(1.0)
        .include_y(-1.0)
        .include_y(1.0)
        .show(ui, |p| {
            let guide = egui_plot::LineStyle::dashed_loose();
            p.vline(VLine::new("0.2", crate::quiz::analysis::TOO_HARD).color(GUIDE).style(guide));
            p.vline(VLine::new("0.95", crate::quiz::analysis::TOO_EASY).color(GUIDE).style(guide));
            p.hline(HLine::new("0", 0.0).color(GUIDE).style(guide));
            for (name, xy, flagged) in points.iter() {
                let color = if *flagged { WRONG } else { ITEM_COLOR };
                p.points(Points::new(name.as_str(), PlotPoints::from(vec![*xy])).radius(4.0).color(color).filled(true));
            }
        });
    let shown = points.len();
    v.named(
        r.response,
        egui::Role::Image,
        &format!(
            "{}: {}",
            v.t("stats-scatter-title"),
            v.tr.ta("stats-scatter-count", &[("count", shown.into()), ("flagged", flagged.len().into())])
        ),
    );
    v.weak(ui, v.t("stats-scatter-hint"));

    // Learners who passed the final assessment, by day (cumulative).
    ui.add_space(8.0);
    v.strong(ui, &v.t("stats-completions-title"), None);
    let line: Vec<[f64; 2]> = c.completions.iter().map(|(d, n)| [*d as f64, f64::from(*n)]).collect();
    let total = c.completions.last().map_or(0, |(_, n)| *n);
    let r = chart(v, &id("completions"), 200.0, &v.t("stats-completions-axis-x"))
        .include_y(0.0)
        .x_axis_formatter(|m: GridMark, _| day_label(m.value))
        .show(ui, |p| {
            if !line.is_empty() {
                p.points(Points::new("passed", PlotPoints::from(line.clone())).radius(2.5).color(ITEM_COLOR));
                p.line(Line::new("passed", PlotPoints::from(line)).color(ITEM_COLOR).width(2.0));
            }
        });
    let span = match (c.completions.first(), c.completions.last()) {
        (Some((a, _)), Some((b, _))) => format!(" ({} – {})", day_label(*a as f64), day_label(*b as f64)),
        _ => String::new(),
    };
    v.named(
        r.response,
        egui::Role::Image,
        &format!(
            "{}: {}{span}",
            v.t("stats-completions-title"),
            v.tr.ta("stats-completions-count", &[("count", total.into())])
        ),
    );

    // Items to review.
    ui.add_space(8.0);
    v.strong(ui, &v.t("stats-review-title"), None);
    if flagged.is_empty() {
        v.label(ui, v.t("stats-no-flags"));
        return;
    }
    let header = [
        "stats-col-item",
        "stats-col-module",
        "stats-col-facility",
        "stats-col-discrimination",
        "stats-col-drawn",
        "stats-col-flags",
    ]
    .map(|k| v.t(k));
    let rows: Vec<[String; 6]> = flagged
        .iter()
        .take(LISTED)
        .map(|i| {
            let flags: Vec<String> = i.flags.iter().map(|f| v.t(flag_key(*f))).collect();
            [
                i.item_id.clone(),
                i.module_id.clone(),
                i.facility.map_or(String::new(), |f| format!("{f:.2}")),
                i.discrimination.map_or(String::new(), |d| format!("{d:.2}")),
                i.drawn.to_string(),
                flags.join(" · "),
            ]
        })
        .collect();
    // A row per item, mirrored in right-to-left languages (`View::row`), cells of fixed widths
    // on one line each, in visual order.
    const WIDTHS: [f32; 6] = [120.0, 100.0, 80.0, 110.0, 70.0, 250.0];
    let line = |ui: &mut egui::Ui, texts: &[String; 6], strong: bool| {
        v.row(ui, |ui| {
            for (text, width) in texts.iter().zip(WIDTHS) {
                let shown = egui::RichText::new(v.vis(text));
                let label = egui::Label::new(if strong { shown.strong() } else { shown }).truncate();
                let r = ui.add_sized([width, 18.0], label);
                v.named(r, egui::Role::Label, text);
            }
        });
    };
    line(ui, &header, true);
    for row in &rows {
        line(ui, row, false);
    }
    if flagged.len() > LISTED {
        v.weak(ui, v.tr.ta("stats-more", &[("count", (flagged.len() - LISTED).into())]));
    }
}

/// A chart with our look: fixed (no zoom or drag inside a scrolling page), mirrored in
/// right-to-left languages, the x axis named in visual order (what the y axis shows is in the
/// chart's title: egui_plot would draw its name turned on its side, over the title).
fn chart<'a>(v: &View<'_>, id: &str, height: f32, x: &str) -> Plot<'a> {
    let mut plot = Plot::new(id.to_string())
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .y_axis_min_width(36.0)
        .x_axis_label(v.vis(x));
    if v.rtl {
        plot = plot.invert_x(true).y_axis_position(HPlacement::Right);
    }
    plot
}

/// A tick label for whole numbers only (standards, pillars).
fn whole(x: f64) -> String {
    if (x - x.round()).abs() < 1e-6 && x >= 0.5 { format!("{}", x.round() as i64) } else { String::new() }
}

/// "2026-03-14" for a day number (days since 1970-01-01).
fn day_label(day: f64) -> String {
    crate::time::local_date_in((day.round() as i64) * 86_400_000 + 43_200_000, &jiff::tz::TimeZone::UTC)
}

/// The values of a mastery chart for screen readers: "Standard 1: 85 %, …".
fn mastery_values(v: &View<'_>, rows: &[Mastery], key: &str) -> String {
    rows.iter()
        .map(|m| {
            let name = v.tr.ta(key, &[("n", m.number.into())]);
            match percent(m) {
                Some(p) => format!("{name} {p} %"),
                None => format!("{name} –"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn flag_key(f: Flag) -> &'static str {
    match f {
        Flag::NobodyMisses => "stats-flag-nobody-misses",
        Flag::MostMiss => "stats-flag-most-miss",
        Flag::NegativeDiscrimination => "stats-flag-negative",
    }
}
