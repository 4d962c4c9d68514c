//! Arabic typed into a text field reads right (egui_kittest, the real app): the field paints
//! what was typed shaped and in bidi visual order, as the label that shows it once saved, while
//! the text kept is the text as typed; ← and → move the caret on screen, a click puts it where
//! clicked, and Backspace edits the text as typed. English text is laid out as egui does.

use cpms_player::course::load_catalog;
use cpms_player::i18n::Tr;
use cpms_player::i18n::bidi::visual_line;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;
use std::sync::Arc;

fn app(dir: &Path, lang: &str) -> Harness<'static, CpmsApp> {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let app = CpmsApp::new(Store::open(&dir.join("p.sqlite")).unwrap(), catalog, lang.into());
    let mut h = Harness::builder().with_size([1366.0, 768.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

/// Every text shape painted in the last frame: (where, galley).
fn painted(h: &Harness<'_, CpmsApp>) -> Vec<(egui::Pos2, Arc<egui::Galley>)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(egui::Pos2, Arc<egui::Galley>)>) {
        match shape {
            egui::Shape::Vec(v) => v.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(t) => out.push((t.pos, t.galley.clone())),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in &h.output().shapes {
        walk(&s.shape, &mut out);
    }
    out
}

/// The galley the field painted for `typed`: its text is the visual order of what was typed.
#[track_caller]
fn field_shows(h: &Harness<'_, CpmsApp>, typed: &str) -> (egui::Pos2, Arc<egui::Galley>) {
    let visual = visual_line(typed, true);
    assert_ne!(visual, typed, "a text whose visual order differs from the order typed");
    let shapes = painted(h);
    assert!(
        !shapes.iter().any(|(_, g)| g.text() == typed),
        "{typed:?} painted in the order typed: {:?}",
        shapes.iter().map(|(_, g)| g.text().to_string()).collect::<Vec<_>>()
    );
    let found = shapes.into_iter().find(|(_, g)| g.text() == visual);
    found.unwrap_or_else(|| panic!("no painted text reads {visual:?} (the visual order of {typed:?})"))
}

#[test]
fn arabic_typed_in_the_name_field_reads_right_and_is_kept_as_typed() {
    let tr = Tr::new("ar");
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), "ar");
    let name = tr.t("name-label");
    h.get_by_role_and_label(Role::TextInput, &name).focus();
    // A common slip: "احمد" typed without its hamza.
    h.get_by_role_and_label(Role::TextInput, &name).type_text("مريم احمد");
    h.run();
    let (_, galley) = field_shows(&h, "مريم احمد");
    // Drawn left to right the second word comes first: "احمد مريم".
    assert_eq!(galley.text(), "احمد مريم");
    // One glyph per character typed, in the order typed, each at the caret position before it:
    // in right-to-left text the caret moves left as the text goes on, and ends on the left.
    let row = &galley.rows[0];
    assert_eq!(row.glyphs.iter().map(|g| g.chr).collect::<String>(), "مريم احمد");
    let xs: Vec<f32> = row.glyphs.iter().map(|g| g.pos.x).chain([row.size.x]).collect();
    assert!(xs.windows(2).all(|w| w[1] < w[0]), "carets from right to left: {xs:?}");
    assert!(xs[0] > galley.size().x - 1.0 && xs[9] < 1.0, "{xs:?} in a galley {} wide", galley.size().x);

    // The caret is at the end, on the left. → three times moves it right on screen, back over
    // "دمح" to just after "ا"; Backspace removes the "ا", and "أ" goes in its place.
    for _ in 0..3 {
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
    h.key_press(egui::Key::Backspace);
    h.run();
    h.get_by_role_and_label(Role::TextInput, &name).type_text("أ");
    h.run();
    let (pos, galley) = field_shows(&h, "مريم أحمد");

    // A click on the caret position between the two words (before the space, as typed: index 4)
    // puts the caret there; Backspace then removes the last letter of "مريم".
    let x = pos.x + galley.rows[0].glyphs[4].pos.x + 1.0;
    let at = egui::pos2(x, pos.y + galley.size().y / 2.0);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Default::default(),
        });
        h.run();
    }
    h.key_press(egui::Key::Backspace);
    h.run();
    field_shows(&h, "مري أحمد");
    h.get_by_role_and_label(Role::TextInput, &name).type_text("م");
    h.run();
    field_shows(&h, "مريم أحمد");

    h.get_by_label(&tr.t("create-profile")).click();
    h.run();
    // Kept as typed, and the saved name's label paints the same visual order as the field did.
    assert_eq!(h.state().learner().map(|l| l.name.as_str()), Some("مريم أحمد"));
    assert!(painted(&h).iter().any(|(_, g)| g.text().contains("أحمد مريم")), "the name's label");
}

#[test]
fn arabic_typed_in_the_search_field_reads_right() {
    let tr = Tr::new("ar");
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), "ar");
    h.get_by_role_and_label(Role::TextInput, &tr.t("name-label")).focus();
    h.get_by_role_and_label(Role::TextInput, &tr.t("name-label")).type_text("أمينة");
    h.run();
    h.get_by_label(&tr.t("create-profile")).click();
    h.run();
    h.get_by_label(&tr.t("course-overview")).click();
    h.run();
    h.get_by_label(&tr.t("search-open")).click();
    h.run();
    let field = tr.t("search-label");
    h.get_by_role_and_label(Role::TextInput, &field).focus();
    h.get_by_role_and_label(Role::TextInput, &field).type_text("حماية الطفل");
    h.run();
    let (_, galley) = field_shows(&h, "حماية الطفل");
    assert_eq!(galley.text(), "الطفل حماية");
    // ← at the start of the text (on the right) moves into it: Backspace then removes "ح".
    h.key_press(egui::Key::Home);
    h.run();
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    h.key_press(egui::Key::Backspace);
    h.run();
    field_shows(&h, "ماية الطفل");
    // Shift+→ from the end (on the left) selects "الطفل" on screen; typing replaces it.
    h.key_press(egui::Key::End);
    h.run();
    for _ in 0..5 {
        h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
        h.run();
    }
    h.get_by_role_and_label(Role::TextInput, &field).type_text("الأسرة");
    h.run();
    field_shows(&h, "ماية الأسرة");
}

#[test]
fn english_typed_in_a_field_is_laid_out_as_egui_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), "en");
    h.get_by_role_and_label(Role::TextInput, "Name").focus();
    h.get_by_role_and_label(Role::TextInput, "Name").type_text("Mariam Ahmed");
    h.run();
    let shapes = painted(&h);
    let (_, galley) = shapes.iter().find(|(_, g)| g.text() == "Mariam Ahmed").expect("the name is painted as typed");
    let row = &galley.rows[0];
    let xs: Vec<f32> = row.glyphs.iter().map(|g| g.pos.x).collect();
    assert!(xs.windows(2).all(|w| w[1] > w[0]), "glyphs from left to right: {xs:?}");
    // ← twice and Backspace (the letter before "ed"): "Mariam Ahed".
    for _ in 0..2 {
        h.key_press(egui::Key::ArrowLeft);
        h.run();
    }
    h.key_press(egui::Key::Backspace);
    h.run();
    h.get_by_label("Create profile").click();
    h.run();
    assert_eq!(h.state().learner().map(|l| l.name.as_str()), Some("Mariam Ahed"));
}

/// The layouter on its own, on mixed text and a lam-alef ligature: painted in visual order, one
/// glyph per character typed (egui's cursor counts on it), every caret inside the text.
#[test]
fn the_field_layouter_keeps_one_glyph_per_character_typed() {
    let texts = ["راجع المعيار 16 من CPMS الآن", "السلام عليكم", "Learner: أمينة محمد", "(درجة النجاح: 70%)"];
    let out = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = out.clone();
    let mut h = Harness::new_ui(move |ui| {
        CpmsApp::setup(ui.ctx(), 16.0);
        let font = egui::FontId::proportional(16.0);
        let mut galleys = Vec::new();
        for t in texts {
            let rtl = !t.starts_with("Learner");
            galleys.push(cpms_player::ui::field_galley(ui, t, &font, egui::Color32::BLACK, rtl, egui::Align::Min));
        }
        *sink.borrow_mut() = galleys;
    });
    h.run();
    for (t, g) in texts.iter().zip(out.borrow().iter()) {
        let rtl = !t.starts_with("Learner");
        assert_eq!(g.text(), visual_line(t, rtl), "painted in visual order");
        assert_eq!(g.rows.len(), 1);
        let row = &g.rows[0];
        assert_eq!(row.glyphs.iter().map(|g| g.chr).collect::<String>(), *t, "glyphs in the order typed");
        let width = g.size().x;
        for (i, glyph) in row.glyphs.iter().enumerate() {
            assert!((-0.5..=width + 0.5).contains(&glyph.pos.x), "{t:?}: caret {i} at {} of {width}", glyph.pos.x);
        }
        // Neighbouring characters of one word are next to each other on screen.
        let x = |i: usize| row.glyphs[i].pos.x;
        assert!((x(1) - x(2)).abs() < 20.0, "{t:?}: {} {}", x(1), x(2));
    }
}
