//! The program draws only with its own fonts (egui's are not compiled in, and the symbol fonts are
//! cut down to a few Unicode blocks: tools/subset-fonts.sh). Every character of the interface
//! strings (the .ftl files and the literals in src/ui) and of the bundled course must have a glyph in one of the fonts of the interface, or it
//! would show as a box.

use cpms_player::assets::{NOTO_ARABIC, NOTO_ARABIC_BOLD, NOTO_SANS, NOTO_SANS_BOLD, NOTO_SYMBOLS, NOTO_SYMBOLS2};
use rustybuzz::ttf_parser::Face;
use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

fn uncovered(fonts: &[&[u8]], paths: &[PathBuf]) -> Vec<String> {
    let faces: Vec<Face> = fonts.iter().map(|f| Face::parse(f, 0).unwrap()).collect();
    let mut missing = std::collections::BTreeMap::<char, String>::new();
    for path in paths {
        let text = std::fs::read_to_string(path).unwrap();
        for c in text.chars() {
            // Controls and the bidi marks (LRI, FSI, PDI, …) are not drawn.
            if c.is_control() || ('\u{200B}'..='\u{200F}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c) {
                continue;
            }
            if !faces.iter().any(|f| f.glyph_index(c).is_some()) {
                missing.entry(c).or_insert_with(|| path.display().to_string());
            }
        }
    }
    missing.into_iter().map(|(c, p)| format!("U+{:04X} {c:?} in {p}", c as u32)).collect()
}

#[test]
fn every_interface_and_course_character_has_a_glyph() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("assets/i18n"), "ftl", &mut paths);
    files(&root.join("courses/cpms-2019"), "ron", &mut paths);
    files(&root.join("src/ui"), "rs", &mut paths);
    assert!(paths.len() > 30, "{} files", paths.len());
    let regular = [NOTO_SANS, NOTO_ARABIC, NOTO_SYMBOLS, NOTO_SYMBOLS2];
    let bold = [NOTO_SANS_BOLD, NOTO_ARABIC_BOLD, NOTO_SYMBOLS, NOTO_SYMBOLS2];
    for fonts in [&regular, &bold] {
        let missing = uncovered(fonts, &paths);
        assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
    }
}

#[test]
fn the_check_finds_a_character_without_a_glyph() {
    // U+2212 MINUS SIGN is in none of the interface fonts (the "A–" button uses an en dash).
    let dir = std::env::temp_dir().join(format!("cpms-fonts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("x.ftl");
    std::fs::write(&file, "a = 3 \u{2212} 1 → ✔ 🔍 مرحبا").unwrap();
    let missing = uncovered(&[NOTO_SANS, NOTO_ARABIC, NOTO_SYMBOLS, NOTO_SYMBOLS2], &[file]);
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(missing[0].starts_with("U+2212"), "{missing:?}");
    std::fs::remove_dir_all(&dir).ok();
}
