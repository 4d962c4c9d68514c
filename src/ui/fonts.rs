//! Fonts and text style: Noto Sans for Latin text with Noto Sans Arabic and the Noto symbol fonts
//! as fallbacks, a bold family, and a calm, readable 16 px body size. egui's own fonts are not
//! compiled in (`default_fonts` off: 0.7 MB less in the binary); every family is ours.

use crate::assets::{NOTO_ARABIC, NOTO_ARABIC_BOLD, NOTO_SANS, NOTO_SANS_BOLD, NOTO_SYMBOLS, NOTO_SYMBOLS2};
use egui::{FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use std::sync::Arc;

pub const BOLD: &str = "bold";

/// Font definitions for the app: only our fonts, in every family (monospace included).
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
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
    let family = |names: [&str; 4]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let regular = family(["noto-sans", "noto-arabic", "noto-symbols", "noto-symbols2"]);
    fonts.families.insert(FontFamily::Monospace, regular.clone());
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(
        FontFamily::Name(BOLD.into()),
        family(["noto-sans-bold", "noto-arabic-bold", "noto-symbols", "noto-symbols2"]),
    );
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
