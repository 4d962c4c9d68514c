//! The certificate as a one-page PDF: A4 landscape, black on white (prints well in black and
//! white), fonts embedded and subset by krilla. Each line is split into bidi runs (values such as
//! the code, numbers and dates are isolated as left-to-right runs, so they print exactly as issued
//! in Arabic too), and each run into segments by font, character by character: the first bundled
//! font that has a character draws it (neutral characters such as `%` or `(` stay with the
//! surrounding font when it has them). A character no bundled font has is refused before anything
//! is drawn, never printed as a box.

use super::{Certificate, CertificateError};
use crate::assets::{
    NOTO_ARABIC, NOTO_ARABIC_BOLD, NOTO_BENGALI, NOTO_DEVANAGARI, NOTO_ETHIOPIC, NOTO_SANS, NOTO_SANS_BOLD,
};
use crate::i18n::bidi::visual_runs;
use crate::i18n::{Arg, Tr};
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
    /// The certificate's language (formats of dates, percentages and durations).
    pub lang: String,
}

/// The words of a certificate in a language (English for unknown languages).
pub fn certificate_labels(lang: &str) -> Labels {
    let tr = Tr::new(lang);
    Labels {
        heading: tr.t("certificate-heading"),
        certifies: tr.t("certificate-certifies"),
        completed: tr.t("certificate-completed"),
        completed_on: tr.t("certificate-completed-on"),
        final_score: tr.t("certificate-final-score"),
        study_time: tr.t("certificate-study-time"),
        code: tr.t("certificate-code"),
        verify_hint: tr.ta("certificate-verify-hint", &[("command", ltr("cpms-player verify").into())]),
        footer: tr.t("certificate-footer"),
        rtl: tr.rtl(),
        lang: tr.lang().to_string(),
    }
}

impl Labels {
    pub fn english() -> Labels {
        certificate_labels("en")
    }

    fn tr(&self) -> Tr {
        Tr::new(&self.lang)
    }

    /// "Label: value" with the language's punctuation (French: a space before the colon).
    pub fn field(&self, label: &str, value: &str) -> String {
        self.tr().ta("certificate-field", &[("label", label.into()), ("value", value.into())])
    }

    /// A percentage in the language's form ("90%", "90 %", "90٪"), isolated left to right.
    pub fn percent(&self, n: u8) -> String {
        ltr(&self.tr().ta("certificate-percent", &[("value", n.to_string().into())]))
    }

    /// The final's score, with the attempt that passed when known: "92% (passed on attempt 2)".
    pub fn score(&self, percent: u8, attempt: Option<u32>) -> String {
        match attempt {
            Some(n) => format!(
                "{} ({})",
                self.percent(percent),
                self.tr().ta("certificate-attempt", &[("n", ltr(&n.to_string()).into())])
            ),
            None => self.percent(percent),
        }
    }

    /// A study time ("4 h 05 min"; Arabic units in Arabic), numbers isolated.
    pub fn duration(&self, minutes: u32) -> String {
        self.tr().ta(
            "certificate-duration",
            &[
                ("hours", ltr(&(minutes / 60).to_string()).into()),
                ("minutes", ltr(&format!("{:02}", minutes % 60)).into()),
            ],
        )
    }

    /// A date with the month's name in the language ("6 décembre 2026"), numbers isolated; the
    /// local calendar date of the instant `ms` on this laptop.
    pub fn date(&self, ms: i64) -> String {
        let iso = crate::time::local_date(ms);
        let mut parts = iso.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
        let (year, month, day) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        self.tr().ta(
            "certificate-date",
            &[
                ("day", ltr(&day.to_string()).into()),
                ("month", Arg::Num(f64::from(month))),
                ("year", ltr(&year.to_string()).into()),
            ],
        )
    }
}

/// `text` as a left-to-right isolate (LRI … PDI): a code or a number keeps its order inside
/// right-to-left text. The marks themselves are not drawn.
pub fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

const WIDTH: f32 = 841.89;
const HEIGHT: f32 = 595.28;

/// Invisible characters that steer bidi or shaping: never drawn, never looked up in a font.
fn is_format(c: char) -> bool {
    matches!(c as u32, 0x00AD | 0x061C | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFE00..=0xFE0F | 0xFEFF)
}

/// Bidi controls are dropped before shaping (fonts have no glyphs for them); joiners stay.
fn is_bidi_control(c: char) -> bool {
    matches!(c as u32, 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
}

/// Characters that belong to no script: they may stay in the surrounding font.
fn is_neutral(c: char) -> bool {
    !c.is_alphabetic() || c.is_ascii_digit()
}

/// One typeface: its regular face and, where bundled, its bold face.
struct Family {
    regular: Face,
    bold: Option<Face>,
}

struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn new(data: &'static [u8]) -> Result<Face, CertificateError> {
        let font = Font::new(data.into(), 0);
        let shaper = rustybuzz::Face::from_slice(data, 0);
        match (font, shaper) {
            (Some(font), Some(shaper)) => Ok(Face { font, shaper }),
            _ => Err(CertificateError::Pdf("a bundled font could not be read".into())),
        }
    }

    fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    /// Width of `text` shaped with this face at `size` points.
    fn width(&self, text: &str, size: f32, rtl: bool) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(if rtl { rustybuzz::Direction::RightToLeft } else { rustybuzz::Direction::LeftToRight });
        buffer.guess_segment_properties();
        let glyphs = rustybuzz::shape(&self.shaper, &[], buffer);
        let advance: i32 = glyphs.glyph_positions().iter().map(|p| p.x_advance).sum();
        advance as f32 * size / f32::from(self.shaper.units_per_em() as u16)
    }
}

/// The bundled typefaces, in the order they are tried for a character.
pub struct Fonts {
    families: Vec<Family>,
}

/// A piece of a line drawn with one family and one direction.
struct Segment {
    text: String,
    family: usize,
    rtl: bool,
}

impl Fonts {
    /// Latin (with Greek and Cyrillic), Arabic, Ethiopic, Devanagari, Bengali.
    pub fn bundled() -> Result<Fonts, CertificateError> {
        let family = |regular, bold: Option<&'static [u8]>| -> Result<Family, CertificateError> {
            Ok(Family { regular: Face::new(regular)?, bold: bold.map(Face::new).transpose()? })
        };
        Ok(Fonts {
            families: vec![
                family(NOTO_SANS, Some(NOTO_SANS_BOLD))?,
                family(NOTO_ARABIC, Some(NOTO_ARABIC_BOLD))?,
                family(NOTO_ETHIOPIC, None)?,
                family(NOTO_DEVANAGARI, None)?,
                family(NOTO_BENGALI, None)?,
            ],
        })
    }

    /// The first character of `text` that no bundled font can draw.
    pub fn missing(&self, text: &str) -> Option<char> {
        text.chars()
            .filter(|c| !c.is_whitespace() && !is_format(*c))
            .find(|c| !self.families.iter().any(|f| f.regular.has(*c)))
    }

    fn has(&self, family: usize, c: char) -> bool {
        self.families.get(family).is_some_and(|f| f.regular.has(c))
    }

    fn face(&self, family: usize, bold: bool) -> (&Face, bool) {
        let f = &self.families[family];
        match (&f.bold, bold) {
            (Some(b), true) => (b, false),
            (_, faux) => (&f.regular, faux),
        }
    }

    /// The segments of a line in visual order, left to right. Errors name a character no font has.
    fn segments(&self, text: &str, rtl_base: bool) -> Result<Vec<Segment>, CertificateError> {
        if let Some(c) = self.missing(text) {
            return Err(CertificateError::Unprintable(c));
        }
        let mut out = Vec::new();
        for run in visual_runs(text, Some(rtl_base).filter(|_| !text.is_empty())) {
            let mut pieces: Vec<Segment> = Vec::new();
            for c in run.text.chars().filter(|c| !is_bidi_control(*c)) {
                let current = pieces.last().map(|s| s.family);
                let family = match current {
                    Some(f) if c.is_whitespace() || is_format(c) => f,
                    Some(f) if is_neutral(c) && self.has(f, c) => f,
                    _ => (0..self.families.len()).find(|f| self.has(*f, c)).unwrap_or(0),
                };
                match pieces.last_mut() {
                    Some(s) if s.family == family => s.text.push(c),
                    _ => pieces.push(Segment { text: c.to_string(), family, rtl: run.rtl }),
                }
            }
            if run.rtl {
                pieces.reverse();
            }
            out.extend(pieces);
        }
        Ok(out)
    }

    fn width(&self, segments: &[Segment], size: f32, bold: bool) -> f32 {
        segments.iter().map(|s| self.face(s.family, bold).0.width(&s.text, size, s.rtl)).sum()
    }

    /// Draw one line centred at `y`, shrinking the size until it fits the page.
    fn line(
        &self,
        surface: &mut Surface<'_>,
        text: &str,
        size: f32,
        bold: bool,
        y: f32,
        rtl: bool,
        max_width: f32,
    ) -> Result<(), CertificateError> {
        let segments = self.segments(text, rtl)?;
        let mut size = size;
        while self.width(&segments, size, bold) > max_width && size > 6.0 {
            size -= 1.0;
        }
        let mut x = (WIDTH - self.width(&segments, size, bold)) / 2.0;
        for s in &segments {
            let (face, faux_bold) = self.face(s.family, bold);
            let direction = if s.rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
            if faux_bold {
                // No bold face for this script: thicken the outline instead.
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::black().into(),
                    width: size * 0.03,
                    ..Default::default()
                }));
            }
            surface.draw_text(Point::from_xy(x, y), face.font.clone(), size, &s.text, false, direction);
            surface.set_stroke(None);
            x += face.width(&s.text, size, s.rtl);
        }
        Ok(())
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

/// Side of the QR code, points (about 4 cm).
const QR_SIZE: f32 = 112.0;

/// Draw `text` as a QR code (error correction M) of side QR_SIZE at (x, y), black squares on white.
fn qr(surface: &mut Surface<'_>, text: &str, x: f32, y: f32) -> Result<(), CertificateError> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| CertificateError::Pdf(format!("QR code: {e}")))?;
    let width = code.width();
    let module = QR_SIZE / width as f32;
    let mut pb = PathBuilder::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (col, row) = ((i % width) as f32, (i / width) as f32);
            // A hair wider than the module so that neighbours merge without seams.
            if let Some(rect) = Rect::from_xywh(x + col * module, y + row * module, module + 0.05, module + 0.05) {
                pb.push_rect(rect);
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(Some(Fill { paint: rgb::Color::black().into(), ..Default::default() }));
        surface.draw_path(&path);
    }
    Ok(())
}

/// Render a certificate as PDF bytes. Refuses (CertificateError::Unprintable) a name or title with a
/// character no bundled font has.
pub fn render_pdf(cert: &Certificate, labels: &Labels) -> Result<Vec<u8>, CertificateError> {
    let fonts = Fonts::bundled()?;
    for text in [&cert.learner_name, &cert.course_title] {
        if let Some(c) = fonts.missing(text) {
            return Err(CertificateError::Unprintable(c));
        }
    }
    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(format!("{} — {}", labels.heading, cert.learner_name))
            // The signed payload, where `cpms-player verify FILE.pdf` finds it.
            .description(cert.payload.clone().unwrap_or_default())
            .creator("CPMS Player".into()),
    );
    let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| CertificateError::Pdf("bad page size".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    frame(&mut surface, 22.0, 2.5);
    frame(&mut surface, 30.0, 0.75);
    surface.set_fill(Some(Fill { paint: rgb::Color::black().into(), ..Default::default() }));
    let rtl = labels.rtl;
    let separator = "   ·   ";
    let details = [
        labels.field(&labels.completed_on, &labels.date(cert.completed_at)),
        labels.field(&labels.final_score, &labels.score(cert.final_score, cert.passed_on_attempt)),
        labels.field(&labels.study_time, &labels.duration(cert.study_minutes)),
    ]
    .join(separator);
    let lines: [(&str, f32, bool, f32); 8] = [
        (&labels.heading, 34.0, true, 135.0),
        (&labels.certifies, 16.0, false, 195.0),
        (&cert.learner_name, 36.0, true, 255.0),
        (&labels.completed, 16.0, false, 300.0),
        (&cert.course_title, 22.0, true, 345.0),
        (&details, 13.0, false, 405.0),
        (&labels.field(&labels.code, &ltr(cert.code.as_str())), 15.0, true, 470.0),
        (&labels.verify_hint, 10.0, false, 492.0),
    ];
    let mut result = Ok(());
    for (text, size, bold, y) in lines.iter().chain([(labels.footer.as_str(), 9.0, false, 545.0)].iter()) {
        // Lines beside the QR code (bottom corner) keep clear of it.
        let max_width =
            if *y > 430.0 && cert.payload.is_some() { WIDTH - 2.0 * (QR_SIZE + 60.0) } else { WIDTH - 140.0 };
        result = result.and_then(|_| fonts.line(&mut surface, text, *size, *bold, *y, rtl, max_width));
    }
    if let Some(payload) = &cert.payload {
        // In the bottom corner on the side where lines end (left in right-to-left languages).
        let x = if rtl { 48.0 } else { WIDTH - 48.0 - QR_SIZE };
        result = result.and_then(|_| qr(&mut surface, payload, x, HEIGHT - 48.0 - QR_SIZE));
    }
    surface.finish();
    page.finish();
    result?;
    document.finish().map_err(|e| CertificateError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_is_drawn_by_a_font_that_has_it() {
        let fonts = Fonts::bundled().unwrap();
        let ar = certificate_labels("ar");
        let details = format!(
            "{} · {}، ({}) {}",
            ar.field(&ar.final_score, &ar.percent(92)),
            ar.field(&ar.study_time, &ar.duration(187)),
            ar.date(1_764_028_800_000),
            "50% ٪"
        );
        for (text, rtl) in [(details.as_str(), true), ("አበበ (ቢቂላ) · अमित · রহিম 100%", false)]
        {
            let segments = fonts.segments(text, rtl).unwrap();
            for s in &segments {
                for c in s.text.chars().filter(|c| !c.is_whitespace() && !is_format(*c)) {
                    assert!(fonts.has(s.family, c), "{c:?} (U+{:04X}) drawn with family {}", c as u32, s.family);
                }
            }
            // Bidi controls are not drawn.
            assert!(segments.iter().all(|s| !s.text.chars().any(is_bidi_control)));
        }
    }

    #[test]
    fn a_character_without_a_font_is_refused() {
        let fonts = Fonts::bundled().unwrap();
        assert!(matches!(fonts.segments("Ana 김", false), Err(CertificateError::Unprintable('김'))));
    }
}
