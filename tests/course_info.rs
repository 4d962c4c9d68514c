//! What the course says about itself and what a trainer adds to it (issue 19): the "About this
//! course" page (English and Arabic), further reading per module (shown, and checked by the
//! validator in every language), and context packs — added from the command line or the trainer
//! area, shown at the lessons' marked places, refused with file and line when broken, carried by
//! a course package, and absent when none is installed.

mod common;
use common::{copy_dir, line_of};
use cpms_player::course::{Catalog, load_catalog, load_course};
use cpms_player::i18n::{LANGUAGES, Tr};
use cpms_player::ids::{LessonId, ModuleId};
use cpms_player::progress::Store;
use cpms_player::ui::CpmsApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::process::Command;

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019")
}

/// A courses folder holding a copy of the bundled course: (guard, courses folder).
fn courses_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let courses = tmp.path().join("courses");
    copy_dir(&bundled(), &courses.join("cpms-2019"));
    (tmp, courses)
}

fn cpms() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cpms-player"))
}

/// A pack for the CPMS course: two referral contacts, one local term, a local example for
/// Standard 13 (English, with Arabic for some texts).
const PACK: &str = r#"// Local information for the CPMS course.
ContextPack(
    course: "cpms-2019",
    name: {"en": "Example NGO, North district office", "ar": "منظمة مثال، مكتب المنطقة الشمالية"},
    referrals: [
        Referral(
            name: {"en": "District hospital, one-stop centre", "ar": "مستشفى المنطقة، المركز الشامل"},
            what_for: {"en": "Medical care after sexual violence, 24 hours a day"},
            phone: "+000 111 222",
            address: {"en": "Main road, next to the market"},
        ),
        Referral(
            name: {"en": "Family tracing desk at the bus station"},
            what_for: {"en": "Registering a separated child and starting tracing"},
            phone: "+000 333 444",
        ),
    ],
    terms: [
        LocalTerm(term: {"en": "Case worker"}, local: {"en": "Called 'social assistant' in this district"}),
    ],
    examples: [
        LocalExample(standard: 13, text: {"en": "In 2025 the tracing desk at the bus station reunified 40 children with their families."}),
    ],
)
"#;

#[track_caller]
fn shown(h: &Harness<'static, CpmsApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

/// The app on `catalog`, a new learner signed in, in `lang`, on the library.
fn in_library(catalog: Catalog, lang: &str, dir: &Path) -> Harness<'static, CpmsApp> {
    let tr = Tr::new(lang);
    let app = CpmsApp::new(Store::open(&dir.join("p.sqlite")).unwrap(), catalog, "en".into());
    // A tall window: the whole course overview is on screen, where clicks reach it.
    let mut h =
        Harness::builder().with_size([1100.0, 5000.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    let name = LANGUAGES.iter().find(|(c, _)| *c == lang).unwrap().1;
    h.get_all_by_label(name).next().unwrap().click();
    h.run();
    h.get_by_label(&tr.t("name-label")).focus();
    h.get_by_label(&tr.t("name-label")).type_text("Learner");
    h.run();
    h.get_by_label(&tr.t("create-profile")).click();
    h.run();
    assert!(shown(&h, &tr.t("library-title")));
    h
}

/// From the library, the lesson `lesson` of module number `module` (0-based, in study order).
fn open_lesson(h: &mut Harness<'static, CpmsApp>, tr: &Tr, module: usize, title: &str) {
    h.get_by_role_and_label(Role::Button, &tr.t("course-overview")).click();
    h.run();
    h.get_all_by_label(&tr.t("lessons-heading")).nth(module).unwrap().click();
    h.run();
    h.get_by_role_and_label(Role::Link, title).click();
    h.run();
    assert!(shown(h, title));
}

/// The plain text of an `about` paragraph, as the page names it for screen readers.
fn plain(paragraph: &str) -> String {
    cpms_player::course::markup::parse_inline(paragraph).iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn the_about_page_states_independence_in_english_and_arabic() {
    let catalog = load_catalog(bundled().parent().unwrap());
    let course = catalog.courses[0].clone();
    for lang in ["en", "ar"] {
        let dir = tempfile::tempdir().unwrap();
        let tr = Tr::new(lang);
        let mut h = in_library(load_catalog(bundled().parent().unwrap()), lang, dir.path());
        h.get_by_role_and_label(Role::Button, &tr.t("about-course")).click();
        h.run();
        assert!(shown(&h, &tr.t("about-course")), "{lang}");
        // The first paragraph says the course is independent and not endorsed by the Alliance.
        let about = course.about(lang);
        let first = plain(about.split("\n\n").next().unwrap());
        let needle = if lang == "en" { "not produced, reviewed or endorsed" } else { "مستقلة" };
        assert!(first.contains(needle), "{lang}: {first}");
        assert!(shown(&h, &first), "{lang}: the independence statement is shown");
        // Its last paragraph says how to report an error.
        assert!(shown(&h, &plain(about.split("\n\n").last().unwrap())), "{lang}");
        assert!(shown(&h, &tr.ta("about-edition", &[("edition", course.edition(lang).into())])), "{lang}");
        assert!(shown(&h, &tr.ta("about-version", &[("version", course.manifest.version.as_str().into())])));
        assert!(shown(&h, &tr.t("about-context-none")), "{lang}: no pack installed");
        // Back to the library it was opened from.
        let back = tr.ta("back", &[("to", tr.t("library").into())]);
        let back = if lang == "ar" { back.replace('←', "→") } else { back };
        h.get_by_label(&back).click();
        h.run();
        assert!(shown(&h, &tr.t("library-title")), "{lang}");
    }
    // The Arabic page is laid out right to left: its paragraphs end at the right edge.
    let dir = tempfile::tempdir().unwrap();
    let tr = Tr::new("ar");
    let mut h = in_library(load_catalog(bundled().parent().unwrap()), "ar", dir.path());
    h.get_by_role_and_label(Role::Button, &tr.t("course-overview")).click();
    h.run();
    h.get_by_role_and_label(Role::Button, &tr.t("about-course")).click();
    h.run();
    let heading = h.get_by_label(&tr.t("about-course")).rect();
    let first = h.get_by_label(&plain(course.about("ar").split("\n\n").next().unwrap())).rect();
    assert!((heading.right() - first.right()).abs() < 3.0, "{heading:?} {first:?}");
    assert!(first.left() > 100.0 || first.width() > 500.0, "{first:?}");
}

#[test]
fn further_reading_is_listed_under_its_module() {
    let dir = tempfile::tempdir().unwrap();
    let tr = Tr::new("en");
    let mut h = in_library(load_catalog(bundled().parent().unwrap()), "en", dir.path());
    h.get_by_role_and_label(Role::Button, &tr.t("course-overview")).click();
    h.run();
    let title = "Inter-agency Guiding Principles on Unaccompanied and Separated Children";
    assert!(!shown(&h, title), "closed until asked for");
    // Modules: intro, principles, pillar1, pillar2 …: the fourth list is Pillar 2's.
    h.get_all_by_label(&tr.t("further-reading")).nth(3).unwrap().click();
    h.run();
    assert!(shown(&h, title));
    assert!(shown(&h, "ICRC and partner agencies, 2004"));
    // Every module but the final one lists further reading, with a title, in every language.
    let course = load_course(&bundled()).unwrap();
    for lang in &course.manifest.languages {
        for m in course.language(lang).modules.iter().filter(|m| !course.is_final(&m.id)) {
            assert!(!m.further_reading.is_empty(), "{lang}/{}", m.id);
            assert!(m.further_reading.iter().all(|r| !r.title.trim().is_empty()), "{lang}/{}", m.id);
        }
    }
}

#[test]
fn the_validator_wants_every_further_reading_titled_in_every_language() {
    let (_tmp, courses) = courses_copy();
    let dir = courses.join("cpms-2019");
    let fr = dir.join("fr/pillar2.ron");
    // The French title of the Paris Principles emptied.
    let s = std::fs::read_to_string(&fr).unwrap();
    let entry = s.find("Reading(id: \"paris-principles\", title: \"").unwrap()
        + "Reading(id: \"paris-principles\", title: \"".len();
    let close = entry + s[entry..].find('"').unwrap();
    std::fs::write(&fr, format!("{}{}", &s[..entry], &s[close..])).unwrap();
    let es = dir.join("es/pillar3.ron");
    common::edit(&es, "Reading(id: \"inspire\"", "Reading(id: \"inspire-2016\"");
    let problems = load_course(&dir).unwrap_err();
    let text: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
    let untitled = problems.iter().find(|d| d.message.contains("has no title")).unwrap_or_else(|| panic!("{text:#?}"));
    assert!(untitled.file.ends_with("fr/pillar2.ron"), "{untitled}");
    assert_eq!(untitled.line, line_of(&fr, "id: \"paris-principles\""), "{untitled}");
    assert!(
        problems.iter().any(|d| d.file.ends_with("es/pillar3.ron") && d.message.contains("further reading inspire")),
        "{text:#?}"
    );
}

#[test]
fn a_context_pack_added_on_the_command_line_shows_in_its_lessons_and_on_the_about_page() {
    let (tmp, courses) = courses_copy();
    let pack = tmp.path().join("north.ron");
    std::fs::write(&pack, PACK).unwrap();
    let out = cpms()
        .arg("--courses-dir")
        .arg(&courses)
        .arg("--data-dir")
        .arg(tmp.path().join("data"))
        .args(["course", "add-context"])
        .arg(&pack)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(courses.join("cpms-2019/context.ron").is_file());
    let catalog = load_catalog(&courses);
    assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
    let title = catalog.courses[0]
        .language("en")
        .lesson(&ModuleId::from("pillar2"), &LessonId::from("s13-practice"))
        .unwrap()
        .title
        .clone();

    let tr = Tr::new("en");
    let mut h = in_library(catalog, "en", tmp.path());
    open_lesson(&mut h, &tr, 3, &title);
    // Marked as local information, added by the organisation the pack names.
    assert!(shown(&h, &tr.t("local-referrals-title")));
    assert!(shown(&h, &tr.ta("local-added-by", &[("name", "Example NGO, North district office".into())])));
    assert!(shown(&h, "District hospital, one-stop centre"));
    assert!(shown(&h, "☎ +000 333 444"));
    assert!(shown(&h, &tr.ta("local-example-title", &[("standard", 13u8.into())])));
    assert!(shown(&h, "In 2025 the tracing desk at the bus station reunified 40 children with their families."));
    // A standard without a local example shows no example box.
    assert!(!shown(&h, &tr.ta("local-example-title", &[("standard", 12u8.into())])));
    // The About page lists the pack.
    h.get_by_label(&tr.ta("back", &[("to", tr.t("course-overview").into())])).click();
    h.run();
    h.get_by_role_and_label(Role::Button, &tr.t("about-course")).click();
    h.run();
    assert!(shown(&h, &tr.ta("about-context-by", &[("name", "Example NGO, North district office".into())])));
    assert!(!shown(&h, &tr.t("about-context-none")));
}

#[test]
fn without_a_pack_the_lessons_show_no_local_information() {
    let (tmp, courses) = courses_copy();
    let catalog = load_catalog(&courses);
    assert!(catalog.courses[0].context.is_none());
    let title = catalog.courses[0]
        .language("en")
        .lesson(&ModuleId::from("pillar2"), &LessonId::from("s13-practice"))
        .unwrap()
        .title
        .clone();
    let tr = Tr::new("en");
    let mut h = in_library(catalog, "en", tmp.path());
    open_lesson(&mut h, &tr, 3, &title);
    assert!(!shown(&h, &tr.t("local-referrals-title")));
    assert!(!shown(&h, &tr.ta("local-example-title", &[("standard", 13u8.into())])));
    assert!(h.query_all_by_label_contains("This is not part of the course text").next().is_none());
}

#[test]
fn a_broken_pack_is_refused_with_its_file_and_line_in_the_users_language_and_nothing_changes() {
    let (tmp, courses) = courses_copy();
    let run = |file: &Path, lang: &str| {
        cpms()
            .arg("--courses-dir")
            .arg(&courses)
            .arg("--data-dir")
            .arg(tmp.path().join("data"))
            .args(["--lang", lang, "course", "add-context"])
            .arg(file)
            .output()
            .unwrap()
    };
    let good = tmp.path().join("good.ron");
    std::fs::write(&good, PACK).unwrap();
    assert!(run(&good, "en").status.success());
    let installed = std::fs::read(courses.join("cpms-2019/context.ron")).unwrap();

    // A standard that does not exist, and a text in a language the course lacks.
    let bad = tmp.path().join("bad.ron");
    std::fs::write(
        &bad,
        PACK.replace("standard: 13", "standard: 31")
            .replace("{\"en\": \"Family tracing desk", "{\"de\": \"Family tracing desk"),
    )
    .unwrap();
    for lang in ["en", "fr"] {
        let out = run(&bad, lang);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let example = format!("bad.ron:{}:", line_of(&bad, "LocalExample("));
        let referral = format!("bad.ron:{}:", line_of(&bad, "Family tracing desk") - 1);
        assert!(stderr.contains(&example) && stderr.contains("31"), "{lang}: {stderr}");
        assert!(
            stderr.contains(&referral) && (stderr.contains("“de”") || stderr.contains("« de »")),
            "{lang}: {stderr}"
        );
        let said =
            if lang == "fr" { "les SMPE comptent les standards 1 à 28" } else { "the CPMS has standards 1 to 28" };
        assert!(stderr.contains(said), "{lang}: {stderr}");
    }
    // A file that is not a pack at all: its line and column.
    let garbage = tmp.path().join("garbage.ron");
    std::fs::write(&garbage, "ContextPack(\n    course: \"cpms-2019\",\n    nmae: {},\n)\n").unwrap();
    let out = run(&garbage, "en");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("garbage.ron:3:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The pack installed before is exactly as it was, and the course still loads with it.
    assert_eq!(std::fs::read(courses.join("cpms-2019/context.ron")).unwrap(), installed);
    let catalog = load_catalog(&courses);
    assert_eq!(catalog.courses[0].context.as_ref().unwrap().referrals.len(), 2);
    // A pack for another course is refused where it names the course.
    let other = tmp.path().join("other.ron");
    std::fs::write(&other, PACK.replace("course: \"cpms-2019\"", "course: \"first-aid\"")).unwrap();
    let out = run(&other, "en");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("other.ron:{}:", line_of(&other, "course:"))) && stderr.contains("first-aid"),
        "{stderr}"
    );
}

#[test]
fn a_course_package_carries_its_pack_and_an_update_keeps_the_installed_one() {
    use cpms_player::course::install::install_course;
    let tmp = tempfile::tempdir().unwrap();
    // A package (course folder) that holds a pack: installed with it.
    let package = tmp.path().join("package");
    copy_dir(&bundled(), &package);
    std::fs::write(package.join("context.ron"), PACK).unwrap();
    let courses = tmp.path().join("courses");
    install_course(&package, &courses).unwrap();
    assert!(load_course(&courses.join("cpms-2019")).unwrap().context.is_some());
    // A new version without a pack: the trainer's pack stays.
    std::fs::remove_file(package.join("context.ron")).unwrap();
    install_course(&package, &courses).unwrap();
    let course = load_course(&courses.join("cpms-2019")).unwrap();
    assert_eq!(course.context.unwrap().examples[0].standard, 13);
    // A package with a broken pack is not installed.
    std::fs::write(package.join("context.ron"), PACK.replace("standard: 13", "standard: 0")).unwrap();
    let problems = install_course(&package, &courses).unwrap_err();
    assert!(problems.iter().any(|d| d.file.ends_with("context.ron") && d.line > 1), "{problems:?}");
}

#[test]
fn a_trainer_adds_a_pack_from_the_courses_tab() {
    let (tmp, courses) = courses_copy();
    let pack = tmp.path().join("north.ron");
    std::fs::write(&pack, PACK).unwrap();
    let store = Store::open(&tmp.path().join("p.sqlite")).unwrap();
    store.set_trainer_passphrase(common::TRAINER_PASS).unwrap();
    let app = CpmsApp::new(store, load_catalog(&courses), "en".into()).with_courses_dir(courses.clone());
    let mut h = Harness::builder().with_size([1100.0, 800.0]).build_ui_state(|ui, app: &mut CpmsApp| app.show(ui), app);
    h.run();
    common::unlock_trainer(&mut h, "en");
    let tr = Tr::new("en");
    h.get_by_label(&tr.t("tab-courses")).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &tr.t("path-field")).focus();
    h.get_by_role_and_label(Role::TextInput, &tr.t("path-field")).type_text(pack.to_str().unwrap());
    h.run();
    h.get_by_label(&tr.t("context-add")).click();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while h.query_all_by_label_contains("Context pack added to cpms-2019").next().is_none() {
        assert!(std::time::Instant::now() < until, "the task did not end");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(courses.join("cpms-2019/context.ron").is_file());
    assert_eq!(load_catalog(&courses).courses[0].context.as_ref().unwrap().terms.len(), 1);
    // The installed courses list names the pack.
    h.run();
    assert!(h.query_all_by_label_contains("Added by: Example NGO, North district office").next().is_some());
}

#[test]
fn the_short_path_is_offered_beside_the_full_course_and_leaves_the_certificate_rules_alone() {
    let catalog = load_catalog(bundled().parent().unwrap());
    let course = catalog.courses[0].clone();
    let path = course.manifest.short_path.clone().expect("the CPMS course has a short path");
    assert_eq!(
        (path.modules.as_slice(), path.standards.as_slice(), path.choose),
        (&[ModuleId::from("intro"), ModuleId::from("principles")][..], &[1u8, 4][..], 1)
    );
    let dir = tempfile::tempdir().unwrap();
    let tr = Tr::new("fr");
    let mut h = in_library(catalog, "fr", dir.path());
    h.get_by_role_and_label(Role::Button, &tr.t("course-overview")).click();
    h.run();
    // Folded under its name at first, so the full course comes first; opened on click.
    assert!(shown(&h, &tr.t("short-path-title")));
    assert!(!shown(&h, &tr.t("short-path-note")));
    h.get_by_label(&tr.t("short-path-title")).click();
    h.run();
    assert!(shown(&h, &tr.t("short-path-note")));
    assert!(shown(&h, &tr.ta("full-course-title", &[("minutes", course.study_minutes_in("fr").into())])));
    // Its steps open their lessons: Standard 4 starts at its first lesson.
    let content = course.language("fr");
    let s04 = content.lesson(&ModuleId::from("pillar1"), &LessonId::from("s04-aims")).unwrap().title.clone();
    h.get_by_role_and_label(Role::Link, &s04).click();
    h.run();
    assert!(h.query_all_by_label(&s04).count() >= 1);
    assert!(shown(&h, &tr.ta("back", &[("to", tr.t("course-overview").into())])));

    // Reading every lesson of the short path (and one more standard) completes nothing more than
    // that: the course, and so its certificate, still needs everything.
    let store = Store::open(&dir.path().join("p.sqlite")).unwrap();
    let learner = store.learners().unwrap()[0].id.clone();
    let en = course.language("en");
    let mut lessons: Vec<(ModuleId, LessonId)> = Vec::new();
    for m in en.modules.iter().filter(|m| path.modules.contains(&m.id)) {
        lessons.extend(m.lessons.iter().map(|l| (m.id.clone(), l.id.clone())));
    }
    for m in &en.modules {
        for l in
            m.lessons.iter().filter(|l| ["std-1", "std-4", "std-13"].iter().any(|t| l.teaches.contains(&t.to_string())))
        {
            lessons.push((m.id.clone(), l.id.clone()));
        }
    }
    for (module, lesson) in lessons {
        store
            .record(
                &learner,
                course.id(),
                &module,
                cpms_player::progress::FactKind::LessonVisited { lesson_id: lesson },
            )
            .unwrap();
    }
    let progress = store.progress(&learner, &course).unwrap();
    assert!(!progress.complete && progress.fraction < 0.5, "{}", progress.fraction);
}

#[test]
fn a_missing_pack_file_is_named_without_a_line() {
    let (tmp, courses) = courses_copy();
    let missing = tmp.path().join("nowhere.ron");
    let out = cpms()
        .arg("--courses-dir")
        .arg(&courses)
        .args(["--lang", "es", "course", "add-context"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nowhere.ron: no se puede leer el paquete de contexto"), "{stderr}");
    assert!(!courses.join("cpms-2019/context.ron").exists());
}

#[test]
fn a_pack_shows_in_arabic_with_english_where_it_has_no_arabic() {
    let (tmp, courses) = courses_copy();
    std::fs::write(courses.join("cpms-2019/context.ron"), PACK).unwrap();
    let catalog = load_catalog(&courses);
    let title = catalog.courses[0]
        .language("ar")
        .lesson(&ModuleId::from("pillar2"), &LessonId::from("s13-practice"))
        .unwrap()
        .title
        .clone();
    let tr = Tr::new("ar");
    let mut h = in_library(catalog, "ar", tmp.path());
    open_lesson(&mut h, &tr, 3, &title);
    assert!(shown(&h, &tr.t("local-referrals-title")));
    assert!(shown(&h, &tr.ta("local-added-by", &[("name", "منظمة مثال، مكتب المنطقة الشمالية".into())])));
    assert!(shown(&h, "مستشفى المنطقة، المركز الشامل"));
    // No Arabic text: the course's first language.
    assert!(shown(&h, "Family tracing desk at the bus station"));
    // Laid out right to left: the box's title ends at the right edge of the lesson column.
    let heading = h.get_by_role_and_label(Role::Label, &title).rect();
    let local = h.get_by_label(&tr.t("local-referrals-title")).rect();
    assert!(local.right() <= heading.right() + 1.0 && local.right() > heading.right() - 40.0, "{local:?} {heading:?}");
}
