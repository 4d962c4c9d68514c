//! Paragraph bidi (Unicode Bidirectional Algorithm, via unicode-bidi): splits a line of mixed
//! right-to-left and left-to-right text into runs in visual order, so that text drawn run by
//! run, left to right, reads correctly ("المعيار 16 CPMS" keeps "16 CPMS" in place).

use unicode_bidi::{BidiInfo, Level};

/// A run of text with one direction, in visual position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The characters in logical order (shape them with the direction below).
    pub text: String,
    pub rtl: bool,
}

/// Whether a character belongs to the Arabic script blocks.
pub fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether the paragraph's base direction is right to left (its first strong character is RTL),
/// or forced with `rtl_base`.
pub fn base_is_rtl(text: &str) -> bool {
    BidiInfo::new(text, None).paragraphs.first().is_some_and(|p| p.level.is_rtl())
}

/// The runs of one line as byte ranges with their direction, in visual order, left to right.
pub fn visual_ranges(text: &str, rtl_base: Option<bool>) -> Vec<(std::ops::Range<usize>, bool)> {
    if text.is_empty() {
        return Vec::new();
    }
    let level = rtl_base.map(|rtl| if rtl { Level::rtl() } else { Level::ltr() });
    let info = BidiInfo::new(text, level);
    let mut out = Vec::new();
    for para in &info.paragraphs {
        let (levels, ranges) = info.visual_runs(para, para.range.clone());
        for range in ranges {
            let rtl = levels[range.start].is_rtl();
            out.push((range, rtl));
        }
    }
    out
}

/// The runs of one line in visual order, left to right. `rtl_base` forces the paragraph direction
/// (None: from the first strong character).
pub fn visual_runs(text: &str, rtl_base: Option<bool>) -> Vec<Run> {
    visual_ranges(text, rtl_base)
        .into_iter()
        .filter_map(|(range, rtl)| {
            let chunk = text[range].trim_end_matches(['\n', '\r']);
            (!chunk.is_empty()).then(|| Run { text: chunk.to_string(), rtl })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(text: &str, rtl: Option<bool>) -> Vec<(String, bool)> {
        visual_runs(text, rtl).into_iter().map(|r| (r.text, r.rtl)).collect()
    }

    #[test]
    fn arabic_with_latin_and_numbers_is_ordered_right_to_left() {
        // Logical "المعيار 16 CPMS" is read from the right: المعيار, then 16, then CPMS. Drawn left
        // to right that is: CPMS, 16, المعيار.
        let runs = order("المعيار 16 CPMS", None);
        let words: Vec<&str> = runs.iter().map(|r| r.0.trim()).filter(|t| !t.is_empty()).collect();
        assert_eq!(words, ["CPMS", "16", "المعيار"]);
        assert!(runs.iter().find(|r| r.0 == "CPMS").is_some_and(|r| !r.1), "Latin stays left to right");
        assert!(runs.last().is_some_and(|r| r.1), "the Arabic run is right to left");
    }

    #[test]
    fn pure_latin_is_one_left_to_right_run() {
        assert_eq!(order("Standard 16", None), vec![("Standard 16".to_string(), false)]);
    }

    #[test]
    fn an_arabic_name_inside_english_sits_where_it_was_typed() {
        let runs = order("Learner: أمينة", None);
        assert_eq!(runs, vec![("Learner: ".to_string(), false), ("أمينة".to_string(), true)]);
    }

    #[test]
    fn the_base_direction_comes_from_the_first_strong_character() {
        assert!(base_is_rtl("١٢ المعيار"));
        assert!(!base_is_rtl("CPMS المعيار"));
        assert!(is_arabic('م') && !is_arabic('m'));
    }
}
