//! The certificate as a one-page PDF: A4 landscape, black on white (prints well in black and
//! white), fonts embedded and subset by krilla. Lines of mixed scripts are split into bidi runs
//! and each run is drawn with a font that has its glyphs.

use super::{Certificate, CertificateError};
use crate::assets::{NOTO_ARABIC, NOTO_ARABIC_BOLD, NOTO_SANS, NOTO_SANS_BOLD};
use crate::i18n::bidi::{is_arabic, visual_runs};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

/// The words of the certificate in the learner's language.
#[derive(Debug, Clone)]
pub struct Labels {
    pub heading: String,
    pub certifies: String,
    pub completed: String,
    pub completed_on: String,
    pub final_score: String,
    pub study_time: String,
    pub code: String,
    pub verify_hint: String,
    pub footer: String,
    /// Lay the page out right to left (Arabic).
    pub rtl: bool,
}

impl Labels {
    pub fn english() -> Labels {
        crate::i18n::certificate_labels("en")
    }
}

const WIDTH: f32 = 841.89;
const HEIGHT: f32 = 595.28;

struct Fonts {
    latin: (Font, &'static [u8]),
    latin_bold: (Font, &'static [u8]),
    arabic: (Font, &'static [u8]),
    arabic_bold: (Font, &'static [u8]),
}

fn font(data: &'static [u8]) -> Result<(Font, &'static [u8]), CertificateError> {
    Font::new(data.into(), 0)
        .map(|f| (f, data))
        .ok_or_else(|| CertificateError::Pdf("a bundled font could not be read".into()))
}

/// Width of `text` shaped with `data` at `size` points.
fn text_width(data: &[u8], text: &str, size: f32, rtl: bool) -> f32 {
    let Some(face) = rustybuzz::Face::from_slice(data, 0) else { return 0.0 };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl { rustybuzz::Direction::RightToLeft } else { rustybuzz::Direction::LeftToRight });
    buffer.guess_segment_properties();
    let glyphs = rustybuzz::shape(&face, &[], buffer);
    let advance: i32 = glyphs.glyph_positions().iter().map(|p| p.x_advance).sum();
    advance as f32 * size / f32::from(face.units_per_em() as u16)
}

impl Fonts {
    fn pick(&self, text: &str, bold: bool) -> &(Font, &'static [u8]) {
        match (text.chars().any(is_arabic), bold) {
            (true, false) => &self.arabic,
            (true, true) => &self.arabic_bold,
            (false, false) => &self.latin,
            (false, true) => &self.latin_bold,
        }
    }

    /// Draw one line centred at `y`, shrinking the size until it fits `max_width`.
    fn line(&self, surface: &mut Surface<'_>, text: &str, size: f32, bold: bool, y: f32, rtl: bool) {
        let runs = visual_runs(text, Some(rtl).filter(|_| !text.is_empty()));
        let measure = |size: f32| -> f32 {
            runs.iter().map(|r| text_width(self.pick(&r.text, bold).1, &r.text, size, r.rtl)).sum()
        };
        let mut size = size;
        while measure(size) > WIDTH - 140.0 && size > 8.0 {
            size -= 1.0;
        }
        let mut x = (WIDTH - measure(size)) / 2.0;
        for run in &runs {
            let (font, data) = self.pick(&run.text, bold);
            let direction = if run.rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
            surface.draw_text(Point::from_xy(x, y), font.clone(), size, &run.text, false, direction);
            x += text_width(data, &run.text, size, run.rtl);
        }
    }
}

fn frame(surface: &mut Surface<'_>, inset: f32, width: f32) {
    let mut pb = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(inset, inset, WIDTH - 2.0 * inset, HEIGHT - 2.0 * inset) {
        pb.push_rect(rect);
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke { paint: rgb::Color::black().into(), width, ..Default::default() }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
}

/// Render a certificate as PDF bytes.
pub fn render_pdf(cert: &Certificate, labels: &Labels) -> Result<Vec<u8>, CertificateError> {
    let fonts = Fonts {
        latin: font(NOTO_SANS)?,
        latin_bold: font(NOTO_SANS_BOLD)?,
        arabic: font(NOTO_ARABIC)?,
        arabic_bold: font(NOTO_ARABIC_BOLD)?,
    };
    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(format!("{} — {}", labels.heading, cert.learner_name))
            .creator("CPMS Player".into()),
    );
    let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| CertificateError::Pdf("bad page size".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    frame(&mut surface, 22.0, 2.5);
    frame(&mut surface, 30.0, 0.75);
    surface.set_fill(Some(Fill { paint: rgb::Color::black().into(), ..Default::default() }));
    let rtl = labels.rtl;
    fonts.line(&mut surface, &labels.heading, 34.0, true, 135.0, rtl);
    fonts.line(&mut surface, &labels.certifies, 16.0, false, 195.0, rtl);
    fonts.line(&mut surface, &cert.learner_name, 36.0, true, 255.0, rtl);
    fonts.line(&mut surface, &labels.completed, 16.0, false, 300.0, rtl);
    fonts.line(&mut surface, &cert.course_title, 22.0, true, 345.0, rtl);
    let details = format!(
        "{}: {}   ·   {}: {}%   ·   {}: {}",
        labels.completed_on,
        cert.date(),
        labels.final_score,
        cert.final_score,
        labels.study_time,
        cert.study_time()
    );
    fonts.line(&mut surface, &details, 13.0, false, 405.0, rtl);
    fonts.line(&mut surface, &format!("{}: {}", labels.code, cert.code), 15.0, true, 470.0, rtl);
    fonts.line(&mut surface, &format!("{} {}", labels.verify_hint, cert.code), 10.0, false, 492.0, rtl);
    fonts.line(&mut surface, &labels.footer, 9.0, false, 545.0, rtl);
    surface.finish();
    page.finish();
    document.finish().map_err(|e| CertificateError::Pdf(format!("{e:?}")))
}
