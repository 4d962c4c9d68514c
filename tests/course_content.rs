//! The bundled CPMS eCourse meets its content targets: structure, length, items, glossary.

use cpms_player::course::{
    Block, ItemKind, load_course,
    markup::term_links,
    stats::{course_stats, lesson_minutes},
};
use cpms_player::ids::{ItemId, LessonId, ModuleId};
use std::path::Path;

fn course() -> cpms_player::course::Course {
    load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019"))
        .unwrap_or_else(|e| panic!("{}", e.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")))
}

#[test]
fn the_course_has_every_module_and_standard() {
    let c = course();
    assert_eq!(c.manifest.modules, ["intro", "principles", "pillar1", "pillar2", "pillar3", "pillar4", "final"]);
    let en = c.language("en");
    for n in 1..=28 {
        for part in ["aims", "practice"] {
            let id = format!("s{n:02}-{part}");
            assert!(en.modules.iter().flat_map(|m| &m.lessons).any(|l| l.id == id), "lesson {id} missing");
        }
    }
}

#[test]
fn the_course_meets_its_size_targets() {
    let c = course();
    let s = course_stats(&c);
    assert!(s.words["en"] >= 25_000, "{} words", s.words["en"]);
    assert!(s.items >= 150, "{} items", s.items);
    assert_eq!(s.item_kinds.len(), 6, "{:?}", s.item_kinds);
    assert!(s.glossary_terms >= 60);
    // Honest time: reading at 130 words a minute plus scenarios and quizzes. The full course is
    // far longer than the 4-5 hours of the five-module certificate path of the real eCourse.
    assert_eq!(s.words_per_minute, 130);
    for (lang, words) in &s.words {
        let study = s.study_minutes_by_language[lang];
        assert!(study as usize >= words / 130, "{lang}: {study} min for {words} words");
        assert!(s.minutes_by_language[lang] < study);
    }
    assert!(s.study_minutes >= 360, "{} minutes in all", s.study_minutes);
    let f = c.manifest.final_assessment.as_ref().unwrap();
    // A blueprint, not a plain draw: 3 basics, 3 principles and one item per standard.
    assert_eq!((f.draw, f.items_per_attempt(), f.pass_mark, c.manifest.pass_mark), (None, 34, 80, 70));
    // The bank (issue 18): at least 100 items, at least 3 for every standard, at least half of
    // them applying the CPMS to a field situation, in every language.
    for (lang, content) in &c.languages {
        let bank = &content.quiz(&ModuleId::from("final")).unwrap().items;
        assert!(bank.len() >= 100, "{lang}: {} final items", bank.len());
        let apply = bank.iter().filter(|i| i.level == Some(cpms_player::course::Level::Apply)).count();
        assert!(2 * apply >= bank.len(), "{lang}: {apply} of {} final items apply", bank.len());
        for n in 1..=28 {
            let tag = format!("std-{n}");
            let items = bank.iter().filter(|i| i.tests.contains(&tag)).count();
            assert!(items >= 3, "{lang}: {items} final items test Standard {n}");
        }
    }
}

#[test]
fn every_item_explains_and_every_quiz_uses_several_kinds() {
    let c = course();
    for m in &c.language("en").modules {
        let quiz = m.quiz.as_ref().unwrap_or_else(|| panic!("module {} has no quiz", m.id));
        let kinds: std::collections::BTreeSet<_> =
            quiz.items.iter().map(|i| cpms_player::course::stats::kind_name(&i.kind)).collect();
        assert!(kinds.len() >= 5, "{} uses {} kinds", m.id, kinds.len());
        for i in &quiz.items {
            assert!(i.explanation.split_whitespace().count() >= 5, "{} explanation too short", i.id);
            if let ItemKind::Scenario { questions, .. } = &i.kind {
                assert!(questions.iter().all(|q| !q.explanation.trim().is_empty()));
            }
        }
    }
}

#[test]
fn lessons_link_the_glossary_and_estimate_their_time() {
    let c = course();
    let en = c.language("en");
    let mut linked = std::collections::BTreeSet::new();
    for l in en.modules.iter().flat_map(|m| &m.lessons) {
        assert!((2..=25).contains(&l.minutes), "{}: {} min", l.id, l.minutes);
        for b in &l.blocks {
            if let Block::Text(t) | Block::Callout { text: t, .. } = b {
                linked.extend(term_links(t));
            }
        }
    }
    assert!(linked.len() >= 60, "only {} glossary terms are linked from lessons", linked.len());
}

#[test]
fn every_lesson_states_its_honest_time_in_every_language() {
    let c = course();
    let wrong: Vec<String> = c
        .languages
        .iter()
        .flat_map(|(lang, content)| content.modules.iter().flat_map(|m| &m.lessons).map(move |l| (lang, l)))
        .filter(|(_, l)| l.minutes != lesson_minutes(l))
        .map(|(lang, l)| format!("{lang} {} {} -> {}", l.id, l.minutes, lesson_minutes(l)))
        .collect();
    assert!(wrong.is_empty(), "minutes are not words at 130 a minute plus scenarios:\n{}", wrong.join("\n"));
    for (lang, content) in &c.languages {
        // The course tells learners how long it really takes, in their language.
        let hours = (c.study_minutes_in(lang) as f64 / 60.0).round() as u32;
        let using = content
            .lesson(&ModuleId::from("intro"), &LessonId::from("intro-using-course"))
            .expect("intro-using-course");
        let text: String = using.blocks.iter().flat_map(cpms_player::course::validate::block_texts).collect();
        let phrase = match lang.as_str() {
            "fr" => format!("environ {hours} heures"),
            "es" => format!("unas {hours} horas"),
            "ar" => format!("نحو {hours} ساع"),
            _ => format!("about {hours} hours"),
        };
        assert!(text.contains(&phrase), "{lang}: the intro must say '{phrase}'");
    }
}

/// The raw text of every course file of a language, with its manifest title and description.
fn raw_texts(lang: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/cpms-2019");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir.join(lang)).unwrap() {
        let path = entry.unwrap().path();
        out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
    }
    let c = course();
    out.push(("course.ron title".into(), c.manifest.title[lang].clone()));
    out.push(("course.ron description".into(), c.manifest.description[lang].clone()));
    out
}

fn assert_absent(lang: &str, banned: &[&str], why: &str) {
    for (file, text) in raw_texts(lang) {
        for b in banned {
            if let Some(i) = text.find(b) {
                let line = text[..i].matches('\n').count() + 1;
                panic!("{file}:{line}: '{b}' is back ({why})");
            }
        }
    }
}

#[test]
fn the_2012_titles_do_not_come_back() {
    assert_absent(
        "es",
        &["NMPI", "protección de la infancia", "Protección de la infancia", "Infancia en la Acción Humanitaria"],
        "the 2019 Spanish edition is the NMPNA, protección de la niñez y adolescencia",
    );
    assert_absent("fr", &["intervention humanitaire"], "the 2019 French title says dans l'action humanitaire");
    let c = course();
    assert!(c.title("es").contains("niñez y adolescencia") && c.title("es").contains("NMPNA"));
    assert!(c.title("fr").contains("dans l'action humanitaire"));
    for lang in ["en", "fr", "es", "ar"] {
        assert_absent(
            lang,
            &["in our own words", "avec nos propres mots", "con nuestras propias palabras", "بكلماتنا الخاصة"],
            "authoring notes are not for learners",
        );
    }
}

/// (language, label of principle 6 and 7 with its separator, full names of 6 and 7, a short label
/// allowed for 6 in answer options, fragments of the cut-short names).
const PRINCIPLES: [(&str, &str, &str, &str, &str, &[&str]); 4] = [
    (
        "en",
        "Principle {}: ",
        "Ensure people's access to impartial assistance according to need and without discrimination",
        "Assist people to recover from the physical and psychological effects of threatened or actual violence, coercion or deliberate deprivation",
        "impartial assistance according to need",
        &["effects of violence", "recover from the effects", "impartial assistance\""],
    ),
    (
        "fr",
        "Principe {} : ",
        "Garantir l'accès des personnes à une assistance impartiale, en fonction de leurs besoins et sans discrimination",
        "Aider les personnes à se remettre des effets physiques et psychologiques de la violence réelle ou de la menace de violence, de la coercition ou de la privation délibérée",
        "assistance impartiale, en fonction des besoins",
        &["de la violence, de la coercition", "effets de la violence", "assistance impartiale\""],
    ),
    (
        "es",
        "Principio {}: ",
        "Garantizar el acceso de las personas a una asistencia imparcial, según sus necesidades y sin discriminación",
        "Ayudar a las personas a recuperarse de los efectos físicos y psicológicos de la amenaza de violencia o de la violencia sufrida, la coacción o la privación intencionada",
        "asistencia imparcial, según las necesidades",
        &["de la violencia, la coacción", "efectos de la violencia", "asistencia imparcial\""],
    ),
    (
        "ar",
        "المبدأ {}: ",
        "ضمان حصول الناس على المساعدة دون تحيز، وفقًا لاحتياجاتهم ودون تمييز",
        "مساعدة الناس على التعافي من الآثار الجسدية والنفسية للعنف الفعلي أو التهديد به، والإكراه، والحرمان المتعمد",
        "المساعدة دون تحيز، وفقًا للاحتياجات",
        &["للعنف أو الإكراه", "آثار العنف أو", "المساعدة دون تحيز\""],
    ),
];

#[test]
fn principles_6_and_7_keep_their_full_sphere_2018_names() {
    let c = course();
    for (lang, label, p6, p7, short6, cut) in PRINCIPLES {
        assert_absent(lang, cut, "principles 6 and 7 use the full Sphere 2018 names");
        let principles = c.language(lang).module(&ModuleId::from("principles")).unwrap();
        let overview = &principles.lessons[0];
        let list: Vec<&str> = overview
            .blocks
            .iter()
            .filter_map(|b| if let Block::List(items) = b { Some(items) } else { None })
            .flatten()
            .map(String::as_str)
            .collect();
        assert!(list.iter().any(|i| i.ends_with(p6)), "{lang}: the list of principles names Principle 6 in full");
        assert!(list.iter().any(|i| i.ends_with(p7)), "{lang}: the list of principles names Principle 7 in full");
        // Wherever a text names Principle 6 or 7 after its number, the name is the full one.
        for (file, text) in raw_texts(lang) {
            for (n, full, short) in [(6, p6, Some(short6)), (7, p7, None)] {
                for sep in [label.replace("{}", &n.to_string()), label.replace("{} ", &format!("{n}\u{a0}"))] {
                    for (i, _) in text.match_indices(&sep) {
                        let after = &text[i + sep.len()..];
                        let ok = after.to_lowercase().starts_with(&full.to_lowercase())
                            || short.is_some_and(|s| after.starts_with(s));
                        let line = text[..i].matches('\n').count() + 1;
                        assert!(ok, "{file}:{line}: Principle {n} is named short: {}", &after[..after.len().min(80)]);
                    }
                }
            }
        }
        // The matching item on principles in practice covers 6 and 7 with their full names.
        let q11 = c.language(lang).item(&ModuleId::from("principles"), &ItemId::from("pr-q11")).unwrap();
        let ItemKind::Matching { pairs, .. } = &q11.kind else { panic!("pr-q11 is a matching item") };
        assert!(pairs.iter().any(|p| p.right.ends_with(p6)) && pairs.iter().any(|p| p.right.ends_with(p7)), "{lang}");
    }
}

#[test]
fn the_crc_definition_keeps_its_earlier_majority_clause() {
    let c = course();
    for (lang, clause) in [("en", "majority"), ("fr", "majorité"), ("es", "mayoría de edad"), ("ar", "سن الرشد")]
    {
        let l = c.language(lang);
        assert!(l.term("child").unwrap().definition.contains(clause), "{lang}: glossary 'child'");
        assert!(l.term("crc").unwrap().definition.contains(clause), "{lang}: glossary 'crc'");
        for (module, item) in [("intro", "intro-q02"), ("final", "final-q08")] {
            assert!(
                l.item(&ModuleId::from(module), &ItemId::from(item)).unwrap().explanation.contains(clause),
                "{lang}: {item}"
            );
        }
        let lesson = l.lesson(&ModuleId::from("intro"), &LessonId::from("intro-child-protection")).unwrap();
        let taught = lesson.blocks.iter().any(|b| matches!(b, Block::Text(t) if t.contains(clause)));
        assert!(taught, "{lang}: the intro lesson teaches the clause");
    }
}

#[test]
fn pillar_4_is_taught_the_2019_way() {
    let c = course();
    // The overview of Pillar 4 and the introduction's "what is new" both present integration.
    for (lang, integration, both_ways, minimum) in [
        ("en", "Integrated multi-sector approaches", "both ways", "**minimum**"),
        ("fr", "Approches multisectorielles intégrées", "deux sens", "**minimum**"),
        ("es", "Enfoques multisectoriales integrados", "ambos sentidos", "**mínimo**"),
        ("ar", "نُهج متكاملة متعددة القطاعات", "الاتجاهين", "**الحد الأدنى**"),
    ] {
        let l = c.language(lang);
        let texts = |module: &str, lesson: &str| -> String {
            l.lesson(&ModuleId::from(module), &LessonId::from(lesson))
                .unwrap()
                .blocks
                .iter()
                .flat_map(cpms_player::course::validate::block_texts)
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(texts("intro", "intro-cpms-story").contains(integration), "{lang}: what is new in 2019");
        let overview = texts("pillar4", "p4-overview");
        assert!(overview.contains(both_ways) && overview.contains(minimum), "{lang}: Pillar 4 overview");
    }
}

#[test]
fn the_course_says_it_is_independent_of_the_alliance() {
    let c = course();
    for (lang, independent, in_intro, alliance) in [
        ("en", "**independent**", "**independent**", "Alliance for Child Protection in Humanitarian Action"),
        (
            "fr",
            "**indépendante**",
            "**indépendant**",
            "Alliance pour la protection de l'enfance dans l'action humanitaire",
        ),
        (
            "es",
            "**independiente**",
            "**independiente**",
            "Alianza para la Protección de la Niñez y Adolescencia en la Acción Humanitaria",
        ),
        ("ar", "**مستقلة**", "**مستقلة**", "التحالف من أجل حماية الطفل في العمل الإنساني"),
    ] {
        let about = c.about(lang);
        assert!(about.contains(independent) && about.contains(alliance), "{lang}: about names its independence");
        assert!(about.contains("2019") && about.split("\n\n").count() >= 4, "{lang}: edition, languages, errors");
        // The course itself says so too, not only the About page.
        let story = c.language(lang).lesson(&ModuleId::from("intro"), &LessonId::from("intro-cpms-story")).unwrap();
        let said = story.blocks.iter().any(|b| matches!(b, Block::Text(t) if t.contains(in_intro)));
        assert!(said, "{lang}: the introduction states the course is independent");
    }
}

#[test]
fn every_module_ends_with_further_reading() {
    let c = course();
    for (lang, heading) in [
        ("en", "Further reading"),
        ("fr", "Pour aller plus loin"),
        ("es", "Lecturas complementarias"),
        ("ar", "قراءات إضافية"),
    ] {
        for m in c.language(lang).modules.iter().filter(|m| !m.lessons.is_empty()) {
            let blocks = &m.lessons.last().unwrap().blocks;
            let at = blocks.iter().position(|b| matches!(b, Block::Heading(h) if h == heading));
            let at = at.unwrap_or_else(|| panic!("{lang}/{}: no '{heading}'", m.id));
            assert!(matches!(&blocks[blocks.len() - 1], Block::List(items) if items.len() >= 4), "{lang}/{}", m.id);
            assert_eq!(at, blocks.len() - 3, "{lang}/{}: further reading closes the module", m.id);
        }
    }
}

#[test]
fn practice_gaps_are_taught_where_they_belong() {
    let c = course();
    let text = |lang: &str, module: &str, lesson: &str| -> String {
        c.language(lang)
            .lesson(&ModuleId::from(module), &LessonId::from(lesson))
            .unwrap_or_else(|| panic!("{lang}: {lesson}"))
            .blocks
            .iter()
            .flat_map(cpms_player::course::validate::block_texts)
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (lang, prohibited) in
        [("en", "**prohibited**"), ("fr", "**interdites**"), ("es", "**prohibidas**"), ("ar", "**محظورة**")]
    {
        let sgbv = text(lang, "pillar2", "s09-practice");
        assert!(
            sgbv.contains("**72 ") && sgbv.contains("**120 ") && sgbv.contains("28"),
            "{lang}: post-rape care windows"
        );
        let hr = text(lang, "pillar1", "s02-practice");
        assert!(hr.contains("2019") && hr.contains(prohibited), "{lang}: IASC principle 4 (2019) prohibits");
        assert!(text(lang, "pillar4", "s25-practice").contains("17"), "{lang}: a 17-year-old mother is a child");
        assert!(text(lang, "principles", "pr-overview").contains("2024"), "{lang}: the CHS and its 2024 revision");
        assert!(
            text(lang, "pillar2", "s13-practice").contains("[[informed-assent|"),
            "{lang}: assent of an unaccompanied child"
        );
    }
}

/// Issue 19: every standard's practice lesson also names the common mistakes and what one worker
/// can do tomorrow, each a list of at least three points, in every language.
#[test]
fn every_practice_lesson_has_common_mistakes_and_what_to_do_tomorrow() {
    let c = course();
    let headings = [
        ("en", "Common mistakes", "What you can do tomorrow"),
        ("fr", "Erreurs fréquentes", "Ce que vous pouvez faire dès demain"),
        ("es", "Errores frecuentes", "Lo que puede hacer mañana"),
        ("ar", "أخطاء شائعة", "ما يمكنك فعله غدًا"),
    ];
    for (lang, mistakes, tomorrow) in headings {
        let content = c.language(lang);
        for n in 1..=28 {
            let id = LessonId::from(format!("s{n:02}-practice").as_str());
            let lesson = content
                .modules
                .iter()
                .find_map(|m| m.lessons.iter().find(|l| l.id == id))
                .unwrap_or_else(|| panic!("{lang}: {id} missing"));
            for heading in [mistakes, tomorrow] {
                let at = lesson
                    .blocks
                    .iter()
                    .position(|b| matches!(b, Block::Heading(h) if h == heading))
                    .unwrap_or_else(|| panic!("{lang}: {id} has no \"{heading}\" section"));
                match lesson.blocks.get(at + 1) {
                    Some(Block::List(points)) => {
                        assert!(points.len() >= 3, "{lang}: {id}: \"{heading}\" has {} points", points.len())
                    }
                    other => panic!("{lang}: {id}: \"{heading}\" is followed by {other:?}, not a list"),
                }
            }
        }
    }
}

/// Issue 19: a field story makes the learner think before it shows an answer. Every story in
/// the lessons ends on a question ("Think:") and is followed by its answer ("Some ideas."), in
/// every language.
#[test]
fn every_field_story_asks_before_it_answers() {
    let c = course();
    let markers = [
        ("en", "**Think:", "Some ideas."),
        ("fr", "**À vous de réfléchir", "Quelques pistes."),
        ("es", "**Reflexione:", "Algunas ideas."),
        ("ar", "**فكّر:", "بعض الأفكار."),
    ];
    for (lang, think, ideas) in markers {
        let mut stories = 0;
        for module in &c.language(lang).modules {
            for lesson in &module.lessons {
                for (i, block) in lesson.blocks.iter().enumerate() {
                    let Block::Scenario { title, text } = block else { continue };
                    stories += 1;
                    assert!(
                        text.contains(think),
                        "{lang}: {}: the story \"{title}\" does not end on a question",
                        lesson.id
                    );
                    assert!(
                        matches!(lesson.blocks.get(i + 1), Some(Block::Text(t)) if t.starts_with(ideas)),
                        "{lang}: {}: no \"{ideas}\" answer after the story \"{title}\"",
                        lesson.id
                    );
                }
            }
        }
        assert!(stories >= 43, "{lang}: {stories} field stories");
    }
}
