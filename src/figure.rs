//! Figures: the course's diagrams, drawn by the team as SVG, checked when a course loads and
//! rasterised for the lesson screen. Text in a figure is shaped with the program's own fonts
//! (Noto Sans and Noto Sans Arabic), so a figure looks the same on every laptop and needs no
//! system font. Pure apart from the fonts built into the program: no file or window here.

use std::sync::{Arc, OnceLock};

/// A parsed figure, ready to rasterise at any width.
pub struct Figure {
    tree: usvg::Tree,
}

/// A rasterised figure: `width` × `height` pixels, RGBA with premultiplied alpha.
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

/// The fonts a figure may use: the program's own, so text never falls back to a system font.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for font in [
            crate::assets::NOTO_SANS,
            crate::assets::NOTO_SANS_BOLD,
            crate::assets::NOTO_ARABIC,
            crate::assets::NOTO_ARABIC_BOLD,
        ] {
            db.load_font_data(font.to_vec());
        }
        db.set_sans_serif_family("Noto Sans");
        Arc::new(db)
    })
    .clone()
}

impl Figure {
    /// Parse an SVG document. The error says what is wrong, in the SVG parser's words.
    pub fn parse(svg: &[u8]) -> Result<Figure, String> {
        let options = usvg::Options { fontdb: fonts(), font_family: "Noto Sans".into(), ..Default::default() };
        let tree = usvg::Tree::from_data(svg, &options).map_err(|e| e.to_string())?;
        if tree.size().width() < 1.0 || tree.size().height() < 1.0 {
            return Err("the figure has no size (give the svg element a viewBox)".into());
        }
        Ok(Figure { tree })
    }

    /// The figure's own size in CSS pixels (its viewBox or width/height).
    pub fn size(&self) -> (f32, f32) {
        (self.tree.size().width(), self.tree.size().height())
    }

    /// Rasterise at `width` pixels (the height follows the figure's proportions). `None` for a
    /// width of 0 or a figure too large to hold in memory.
    pub fn render(&self, width: u32) -> Option<Raster> {
        let (w, h) = self.size();
        let scale = width as f32 / w;
        let height = (h * scale).ceil() as u32;
        if width == 0 || height == 0 || u64::from(width) * u64::from(height) > 16_000_000 {
            return None;
        }
        let mut pixmap = tiny_skia::Pixmap::new(width, height)?;
        resvg::render(&self.tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
        Some(Raster { width, height, rgba: pixmap.take() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_renders_at_the_width_asked_with_its_proportions() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
            <rect x="0" y="0" width="100" height="100" fill="#ff0000"/>
            <text x="150" y="50" font-size="20">Abc</text></svg>"##;
        let f = Figure::parse(svg).unwrap();
        assert_eq!(f.size(), (200.0, 100.0));
        let r = f.render(400).unwrap();
        assert_eq!((r.width, r.height, r.rgba.len()), (400, 200, 400 * 200 * 4));
        // The red square fills the left half; the right half has text, drawn with our fonts.
        assert_eq!(&r.rgba[..4], &[255, 0, 0, 255]);
        let right_ink = r.rgba.chunks(4).enumerate().filter(|(i, p)| i % 400 >= 200 && p[3] > 0).count();
        assert!(right_ink > 100, "the text was drawn: {right_ink} pixels");
    }

    #[test]
    fn arabic_text_in_a_figure_is_drawn() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 60\">\
            <text x=\"100\" y=\"40\" font-size=\"24\" text-anchor=\"middle\" direction=\"rtl\">حماية الطفل</text></svg>";
        let r = Figure::parse(svg.as_bytes()).unwrap().render(200).unwrap();
        assert!(r.rgba.chunks(4).filter(|p| p[3] > 0).count() > 200);
    }

    #[test]
    fn broken_svg_is_refused_with_the_reason() {
        assert!(Figure::parse(b"<svg").is_err());
        assert!(Figure::parse(b"not svg at all").is_err());
    }
}
