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

/// The mirrored form of a bracket-like character (Unicode Bidi_Mirroring_Glyph, common pairs).
pub fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        c => c,
    }
}

/// Characters egui shapes together in one right-to-left run: Arabic-script letters, marks,
/// punctuation and digits (drawn with the Arabic font), and the joiners between them.
fn joins(c: char) -> bool {
    is_arabic(c) || matches!(c as u32, 0x200C | 0x200D | 0x0590..=0x05FF)
}

/// Whether a text has right-to-left characters (text without them needs no bidi layout).
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(joins)
}

/// A piece of a line in visual position, for a renderer that shapes each piece by itself and
/// places the pieces left to right (egui: a run of Arabic letters is shaped right to left).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atom {
    /// Byte range in the line, in logical order.
    pub range: std::ops::Range<usize>,
    /// Part of a right-to-left run.
    pub rtl: bool,
    /// Draw the characters in reverse order (and brackets mirrored).
    pub reversed: bool,
}

/// The atoms of one line (no newline) in visual order, left to right, under the Unicode bidi
/// algorithm (paired brackets included) with the given base direction. In a right-to-left run,
/// each stretch of Arabic-script characters stays whole and in logical order (the shaper lays it
/// out right to left), every other character is its own atom, mirrored; the run's atoms are
/// reversed. Left-to-right runs stay whole, except stretches of Arabic-Indic digits, which the
/// shaper would otherwise lay out right to left.
pub fn visual_atoms(text: &str, rtl_base: bool) -> Vec<Atom> {
    let mut out = Vec::new();
    for (range, rtl) in visual_ranges(text, Some(rtl_base)) {
        let mut pieces: Vec<Atom> = Vec::new();
        let mut start = range.start;
        let mut prev: Option<bool> = None;
        for (i, c) in text[range.clone()].char_indices() {
            let i = range.start + i;
            let j = joins(c);
            // A new piece where joining changes; in right-to-left runs also at every non-joining character.
            if prev.is_some() && (prev != Some(j) || (rtl && !j)) {
                pieces.push(Atom { range: start..i, rtl, reversed: false });
                start = i;
            }
            prev = Some(j);
        }
        if start < range.end {
            pieces.push(Atom { range: start..range.end, rtl, reversed: false });
        }
        for p in &mut pieces {
            let first_joins = text[p.range.clone()].chars().next().is_some_and(joins);
            p.reversed = if rtl { !first_joins } else { first_joins };
        }
        if rtl {
            pieces.reverse();
        }
        out.extend(pieces);
    }
    out
}

/// The text of an atom as it must be handed to the shaper.
pub fn atom_text(text: &str, atom: &Atom) -> String {
    let s = &text[atom.range.clone()];
    if atom.rtl && atom.reversed {
        s.chars().rev().map(mirror).collect()
    } else if atom.reversed {
        s.chars().rev().collect()
    } else {
        s.to_string()
    }
}

/// A line (or several, separated by newlines) rewritten in visual order, for a renderer that
/// has no bidi of its own (egui): drawn left to right it reads correctly. `rtl_base` is the
/// interface direction. Text without right-to-left characters comes back unchanged.
pub fn visual_line(text: &str, rtl_base: bool) -> String {
    if !text.chars().any(joins) {
        return text.to_string();
    }
    text.split('\n')
        .map(|line| visual_atoms(line, rtl_base).iter().map(|a| atom_text(line, a)).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
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

    #[test]
    fn visual_line_reverses_arabic_words_but_not_letters() {
        assert_eq!(visual_line("بدء الاختبار", true), "الاختبار بدء");
        assert_eq!(visual_line("تغيير المتعلّم", true), "المتعلّم تغيير");
        assert_eq!(visual_line("Start quiz", false), "Start quiz");
    }

    #[test]
    fn percent_stays_inside_the_brackets() {
        // Read from the right: ( درجة النجاح : 70 % ). After Arabic letters the number is an
        // Arabic number (rule W2), so the percent sign follows it to the left, inside the brackets
        // — as browsers show it. Drawn left to right: "(%70 :النجاح درجة)".
        assert_eq!(visual_line("(درجة النجاح: 70%)", true), "(%70 :النجاح درجة)");
        assert_eq!(visual_line("لم تخض الاختبار بعد (درجة النجاح: 70%)", true), "(%70 :النجاح درجة) بعد الاختبار تخض لم");
        // After Latin text the same number keeps its sign on the right.
        assert_eq!(visual_line("CPMS 70%", true), "CPMS 70%");
    }

    #[test]
    fn punctuation_after_a_closing_bracket_stays_outside() {
        assert_eq!(visual_line("انظر (المعيار 16).", true), ".(16 المعيار) انظر");
    }

    #[test]
    fn arabic_comma_stays_with_its_word() {
        // "أولاً، ثانياً": the comma is shaped with its word, on that word's left.
        assert_eq!(visual_line("أولاً، ثانياً", true), "ثانياً أولاً،");
    }

    #[test]
    fn an_arabic_name_in_an_english_line_reads_right_to_left() {
        assert_eq!(visual_line("Learner: أمينة محمد", false), "Learner: محمد أمينة");
    }
}
