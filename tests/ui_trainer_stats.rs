//! The trainer's item statistics tab (issue 18) shows its pictures — mastery per standard and per
//! pillar, facility against discrimination, passes over time — with their values as accessible
//! names, in English and in Arabic, computed in the background from demo learners of the bundled
//! course.

mod common;
use cpms_player::course::load_catalog;
use cpms_player::i18n::Tr;
use cpms_player::progress::{Store, demo::generate_demo};
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// The accessible names of the charts (images) on screen.
fn charts(h: &Harness<'static, CpmsApp>) -> Vec<String> {
    h.query_all_by_role(Role::Image).filter_map(|n| n.accesskit_node().label()).collect()
}

fn open_statistics(lang: &str) -> (tempfile::TempDir, Harness<'static, CpmsApp>, Tr) {
    let dir = tempfile::tempdir().unwrap();
    let courses = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
    let catalog = load_catalog(&courses);
    let course = catalog.courses.iter().find(|c| c.id() == "cpms-2019").unwrap().clone();
    let store = Store::open(&dir.path().join("progress.sqlite")).unwrap();
    generate_demo(&store, &course, 40, 7).unwrap();
    store.set_trainer_passphrase("trainer-pass-1").unwrap();
    let app = CpmsApp::new(store, catalog, lang.into());
    let tr = Tr::new(lang);
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    common::unlock_trainer(&mut h, lang);
    h.get_by_label(&tr.t("tab-stats")).click();
    // The analysis runs on its own thread; the screen polls it (a spinner meanwhile: step, not run).
    for _ in 0..600 {
        h.run_steps(2);
        if !charts(&h).is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    h.run();
    (dir, h, tr)
}

fn assert_charts(lang: &str) {
    let (dir, h, tr) = open_statistics(lang);
    let shown = charts(&h);
    let find = |key: &str| {
        let title = tr.t(key);
        shown
            .iter()
            .find(|l| l.starts_with(&title))
            .unwrap_or_else(|| panic!("no chart {title:?} in {shown:?}"))
            .clone()
    };
    let standards = find("stats-mastery-title");
    // The bar chart names every standard with its figure (or a dash when nobody was asked).
    for n in [1u32, 13, 28] {
        let name = tr.ta("stats-standard", &[("n", n.into())]);
        assert!(standards.contains(&format!("{name} ")), "{name} missing from {standards}");
    }
    assert!(standards.contains('%'), "figures in percent: {standards}");
    let pillars = find("stats-pillars-title");
    assert!(pillars.contains(&tr.ta("stats-pillar", &[("n", 4u32.into())])), "{pillars}");
    find("stats-scatter-title");
    find("stats-completions-title");
    assert!(h.query_all_by_label_contains(&tr.t("stats-review-title")).next().is_some(), "the items to review");
    // The bars show what the store computes from the same facts.
    let store = Store::open(&dir.path().join("progress.sqlite")).unwrap();
    let catalog = load_catalog(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses"));
    let course = catalog.courses.iter().find(|c| c.id() == "cpms-2019").unwrap();
    let a = store.item_analysis(course).unwrap();
    assert!(a.final_learners > 0, "some demo learners took the final");
    let m = a.standards[12];
    let expected =
        format!("{} {} %", tr.ta("stats-standard", &[("n", 13u32.into())]), (m.share().unwrap() * 100.0).round());
    assert!(standards.contains(&expected), "{expected} in {standards}");
}

#[test]
fn the_statistics_tab_shows_the_charts_in_english() {
    assert_charts("en");
}

#[test]
fn the_statistics_tab_shows_the_charts_in_arabic() {
    assert_charts("ar");
}
