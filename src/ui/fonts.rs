//! Fonts and text style: Noto Sans for Latin text with Noto Sans Arabic as fallback (egui's own
//! fonts have no Arabic glyphs), a bold family, and a calm, readable 16 px body size.

use crate::assets::{NOTO_ARABIC, NOTO_ARABIC_BOLD, NOTO_SANS, NOTO_SANS_BOLD, NOTO_SYMBOLS, NOTO_SYMBOLS2};
use egui::{FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use std::sync::Arc;

pub const BOLD: &str = "bold";

/// Font definitions for the app: ours first, egui's defaults (symbols, emoji) as fallbacks.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, data) in [
        ("noto-sans", NOTO_SANS),
        ("noto-sans-bold", NOTO_SANS_BOLD),
        ("noto-arabic", NOTO_ARABIC),
        ("noto-arabic-bold", NOTO_ARABIC_BOLD),
        ("noto-symbols", NOTO_SYMBOLS),
        ("noto-symbols2", NOTO_SYMBOLS2),
    ] {
        fonts.font_data.insert(name.to_owned(), Arc::new(FontData::from_static(data)));
    }
    let defaults = fonts.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    let regular: Vec<String> = ["noto-sans", "noto-arabic", "noto-symbols", "noto-symbols2"]
        .iter()
        .map(|s| s.to_string())
        .chain(defaults.iter().cloned())
        .collect();
    let bold: Vec<String> = ["noto-sans-bold", "noto-arabic-bold", "noto-symbols", "noto-symbols2"]
        .iter()
        .map(|s| s.to_string())
        .chain(defaults)
        .collect();
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("noto-arabic".into());
    }
    fonts
}

/// Text sizes scaled from a body size in points.
pub fn apply_text_size(ctx: &egui::Context, body: f32) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(body * 0.8)),
            (TextStyle::Body, FontId::proportional(body)),
            (TextStyle::Button, FontId::proportional(body)),
            (TextStyle::Heading, FontId::new(body * 1.5, FontFamily::Name(BOLD.into()))),
            (TextStyle::Monospace, FontId::monospace(body * 0.9)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = body + 12.0;
    });
}

/// A bold font of the given size.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD.into()))
}
