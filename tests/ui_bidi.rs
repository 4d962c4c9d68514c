//! Arabic reads right in every widget: walks the text handed to egui's painter on every screen
//! of an Arabic journey (profiles, library, overview, lessons, a quiz with every item kind,
//! results) and checks that each run is in the visual order the bidi algorithm gives for its
//! source string — buttons, options, dropdowns and headers as well as paragraphs.
//!
//! egui draws a string left to right and shapes each stretch of Arabic letters right to left.
//! So in a correctly ordered string, two Arabic words side by side ("B A", B on the left) must
//! be read A then B: the pair "A B" must occur in the sources (assets/i18n/ar.ftl and the course
//! text). Handing egui the logical string — the bug this guards against — puts "A B" on screen,
//! which reads "B A": a pair the sources do not have.

mod common;
use cpms_player::course::{ItemKind, load_catalog};
use cpms_player::i18n::Tr;
use cpms_player::ids::ModuleId;
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::BTreeSet;
use std::path::Path;

fn letter(c: char) -> bool {
    matches!(c as u32, 0x0621..=0x063A | 0x0640..=0x065F | 0x066E..=0x06D3 | 0x06D5)
}

/// The Arabic words of a string, in the order they come in it.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if letter(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Word pairs in reading order from every Arabic source string, plus the words that start and end
/// a source string or sit next to a placeable (`{ $x }`), where other text is put in.
#[derive(Default)]
struct Corpus {
    pairs: BTreeSet<(String, String)>,
    before_gap: BTreeSet<String>,
    after_gap: BTreeSet<String>,
}

impl Corpus {
    fn add(&mut self, source: &str) {
        // Placeables cut a string into parts; each part's ends border on inserted text.
        for part in source.split(['{', '}']) {
            let w = words(part);
            for p in w.windows(2) {
                self.pairs.insert((p[0].clone(), p[1].clone()));
            }
            if let (Some(first), Some(last)) = (w.first(), w.last()) {
                self.after_gap.insert(first.clone());
                self.before_gap.insert(last.clone());
            }
        }
    }

    /// Reading order "a b" is explained by the sources.
    fn reads(&self, a: &str, b: &str) -> bool {
        self.pairs.contains(&(a.to_string(), b.to_string()))
            || (self.before_gap.contains(a) && self.after_gap.contains(b))
    }
}

fn corpus() -> Corpus {
    let mut c = Corpus::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for line in std::fs::read_to_string(root.join("assets/i18n/ar.ftl")).unwrap().lines() {
        let value = line.split_once(" = ").map_or(line, |(_, v)| v);
        let value = value.trim_start().trim_start_matches('*');
        let value = if value.starts_with('[') { value.split_once(']').map_or(value, |(_, v)| v) } else { value };
        c.add(value);
    }
    let course = root.join("courses/cpms-2019");
    let files = std::fs::read_dir(course.join("ar")).unwrap().map(|f| f.unwrap().path());
    for f in files.chain([course.join("course.ron")]) {
        let text = std::fs::read_to_string(f).unwrap();
        // Every string literal of the RON files.
        let mut rest = text.as_str();
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let mut end = 0;
            let mut escaped = false;
            for (i, ch) in after.char_indices() {
                if ch == '"' && !escaped {
                    end = i;
                    break;
                }
                escaped = ch == '\\' && !escaped;
            }
            c.add(&after[..end]);
            rest = &after[end + 1..];
        }
    }
    c.add("أمينة");
    c
}

/// Every string handed to the painter in the last frame (one per line).
fn painted(h: &Harness<'_, CpmsApp>) -> Vec<String> {
    fn walk(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Vec(v) => v.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(t) => out.extend(t.galley.job.text.lines().map(String::from)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in &h.output().shapes {
        walk(&s.shape, &mut out);
    }
    out
}

/// Check the order of every painted Arabic run; returns how many word pairs were checked.
#[track_caller]
fn check_screen(h: &Harness<'_, CpmsApp>, corpus: &Corpus, screen: &str) -> usize {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for text in painted(h) {
        let mut w = words(&text);
        // A text cut with "…" (on its left in Arabic) ends in part of a word.
        if text.starts_with('…') && !w.is_empty() {
            w.remove(0);
        }
        // Left to right on screen: the right-hand word of each pair is read first.
        for p in w.windows(2) {
            checked += 1;
            if !corpus.reads(&p[1], &p[0]) {
                wrong.push(format!("{text:?}: «{}» then «{}»", p[1], p[0]));
            }
        }
    }
    assert!(wrong.is_empty(), "{screen}: Arabic drawn out of order:\n{}", wrong.join("\n"));
    assert!(checked >= 5, "{screen}: only {checked} Arabic word pairs painted");
    checked
}

fn app(dir: &Path) -> Harness<'static, CpmsApp> {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    assert!(!catalog.courses.is_empty(), "{:?}", catalog.problems);
    let store = Store::open(&dir.join("p.sqlite")).unwrap();
    store.add_learner("أمينة", None, "ar").unwrap();
    let app = CpmsApp::new(store, catalog, "ar".into());
    let mut h = Harness::builder().with_size([1366.0, 768.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    h
}

#[test]
fn every_arabic_screen_is_painted_in_visual_order() {
    let corpus = corpus();
    let tr = Tr::new("ar");
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    let mut total = check_screen(&h, &corpus, "profiles");

    h.get_by_label("أمينة").click();
    h.run();
    total += check_screen(&h, &corpus, "library");

    h.get_by_label(&tr.t("course-overview")).click();
    h.run();
    // The pass mark in brackets keeps its percent sign inside: "(درجة النجاح: 70%)" drawn
    // left to right is "(%70 :النجاح درجة)" (the bidi algorithm: after Arabic letters 70 is an
    // Arabic number and the percent sign follows it, to its left).
    assert!(painted(&h).iter().any(|t| t.contains("(%70 :النجاح درجة)")), "{:#?}", painted(&h));
    // Open the first module's lessons list.
    h.get_all_by_label(&tr.t("lessons-heading")).next().unwrap().click();
    h.run();
    total += check_screen(&h, &corpus, "overview");

    h.get_all_by_label(&tr.t("start-module")).next().unwrap().click();
    h.run();
    total += check_screen(&h, &corpus, "lesson");
    let next = tr.t("next").replace('→', "←");
    h.get_by_label(&next).click();
    h.run();
    total += check_screen(&h, &corpus, "second lesson");

    // The first module's quiz has every item kind; answer each and check each screen.
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let quiz = catalog.courses[0].language("ar").quiz(&ModuleId::from("intro")).unwrap().clone();
    let back = tr.ta("back", &[("to", tr.t("course-overview").into())]).replace('←', "→");
    h.get_by_label(&back).click();
    h.run();
    // The overview is longer than the window (short path, further reading): a taller window
    // shows the quiz button without scrolling.
    h.set_size(egui::vec2(1366.0, 2000.0));
    h.run();
    h.get_all_by_label(&tr.t("take-quiz")).next().unwrap().click();
    h.run();
    h.set_size(egui::vec2(1366.0, 768.0));
    h.run();
    let mut kinds = BTreeSet::new();
    for _ in 0..quiz.items.len() {
        let Some(item) = quiz.items.iter().find(|i| h.query_by_label(&i.prompt).is_some()) else {
            panic!("no prompt shown after {kinds:?}: {:#?}", painted(&h))
        };
        kinds.insert(format!("{:?}", std::mem::discriminant(&item.kind)));
        total += check_screen(&h, &corpus, &format!("quiz item {}", item.id));
        answer(&mut h, &tr, item);
        h.get_by_label(&tr.t("check-answer")).click();
        h.run();
        total += check_screen(&h, &corpus, &format!("feedback on {}", item.id));
        let (next, results) = (tr.t("next-question"), tr.t("see-results"));
        h.query_by_label(&next).or_else(|| h.query_by_label(&results)).expect("a way on").click();
        h.run();
    }
    assert_eq!(kinds.len(), 6, "every item kind was shown");
    total += check_screen(&h, &corpus, "results");
    // The review pairs matching lines with "←" (pointing the way Arabic reads) and separates
    // answers with the Arabic semicolon. (A tall window, so that the whole review is painted.)
    h.set_size(egui::vec2(1366.0, 12000.0));
    h.run();
    total += check_screen(&h, &corpus, "whole review");
    let review = painted(&h).join("\n");
    assert!(review.contains('←') && review.contains('؛'), "{review}");
    assert!(!review.contains(" → ") && !review.contains("; "), "{review}");
    eprintln!("{total} Arabic word pairs checked in painted text");
    assert!(total > 200, "{total} pairs checked");
}

/// Give some complete answer to the item shown (right or wrong does not matter here).
pub fn answer(h: &mut Harness<'static, CpmsApp>, tr: &Tr, item: &cpms_player::course::Item) {
    match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => {
            h.get_by_label(&options[0].text).click();
        }
        // A prompt that is a question is answered "Yes"/"No" (see markup::asks_yes_no).
        ItemKind::TrueFalse { .. } if cpms_player::course::markup::asks_yes_no(&item.prompt) => {
            h.get_by_label(&tr.t("yes")).click()
        }
        ItemKind::TrueFalse { .. } => h.get_by_label(&tr.t("true")).click(),
        ItemKind::Matching { pairs, .. } => {
            for p in pairs {
                h.get_by_role_and_label(Role::ComboBox, &p.left).click();
                h.run();
                h.get_by_label(&p.right).click();
                h.run();
            }
        }
        ItemKind::Ordering { .. } => h.get_by_label(&tr.t("keep-order")).click(),
        ItemKind::Scenario { questions, .. } => {
            for q in questions {
                h.run();
                answer(h, tr, q);
            }
        }
    }
    h.run();
}

/// A lesson title too long for the contents panel is cut at its logical end: in Arabic the "…"
/// is on the left and the words a reader starts with, on the right, stay.
#[test]
fn a_long_arabic_title_is_cut_at_its_end_keeping_its_first_words() {
    let tr = Tr::new("ar");
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    h.get_by_label("أمينة").click();
    h.run();
    h.get_by_label(&tr.t("course-overview")).click();
    h.run();
    h.get_all_by_label(&tr.t("start-module")).next().unwrap().click();
    h.run();
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let titles: Vec<String> = catalog.courses[0]
        .language("ar")
        .module(&cpms_player::ids::ModuleId::from("intro"))
        .unwrap()
        .lessons
        .iter()
        .map(|l| l.title.clone())
        .collect();
    let cut: Vec<String> = painted(&h).into_iter().filter(|t| t.contains('…')).collect();
    assert!(!cut.is_empty(), "no title is cut at 1366 px: {:#?}", painted(&h));
    for text in cut {
        // Painted left to right: "…" first, the title's first word last.
        assert!(text.starts_with('…'), "{text:?}");
        let first = text.split_whitespace().last().unwrap();
        assert!(
            titles.iter().any(|t| t.split_whitespace().next() == Some(first)),
            "{text:?} does not keep the start of a title: {titles:?}"
        );
    }
}
