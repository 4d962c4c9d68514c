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

/// The runs of one line in visual order, left to right. `rtl_base` forces the paragraph direction
/// (None: from the first strong character).
pub fn visual_runs(text: &str, rtl_base: Option<bool>) -> Vec<Run> {
    if text.is_empty() {
        return Vec::new();
    }
    let level = rtl_base.map(|rtl| if rtl { Level::rtl() } else { Level::ltr() });
    let info = BidiInfo::new(text, level);
    let mut runs = Vec::new();
    for para in &info.paragraphs {
        let line = para.range.clone();
        let (levels, ranges) = info.visual_runs(para, line);
        for range in ranges {
            let rtl = levels[range.start].is_rtl();
            let chunk = text[range].trim_end_matches(['\n', '\r']);
            if !chunk.is_empty() {
                runs.push(Run { text: chunk.to_string(), rtl });
            }
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(text: &str, rtl: Option<bool>) -> Vec<(String, bool)> {
        visual_runs(text, rtl).into_iter().map(|r| (r.text, r.rtl)).collect()
    }

    #[test]
    fn arabic_with_latin_and_numbers_is_ordered_right_to_left() {
        // Logical: "المعيار 16 CPMS" — the Arabic word comes first, so it is drawn rightmost.
        let runs = order("المعيار 16 CPMS", None);
        assert_eq!(runs.last().unwrap(), &("المعيار".to_string(), true));
        assert_eq!(runs.first().unwrap().0.trim(), "16 CPMS");
        assert!(!runs.first().unwrap().1, "the Latin run keeps left-to-right order");
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
