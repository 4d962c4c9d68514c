//! Translations cannot drift: every language must have the structure of the default language —
//! the same modules, lessons, blocks, quizzes, items, options, correct answers, glossary links and
//! media. Only the words may differ.

use super::diagnostic::Diagnostic;
use super::markup::term_links;
use super::model::block_texts;
use super::model::{Block, Item, ItemKind, Module};
use super::parse::{Parsed, at};
use std::collections::BTreeSet;

/// The structure of a module that every translation must share, as comparable lines.
pub(super) fn shape(m: &Module) -> Vec<(String, String)> {
    let mut s = vec![(m.id.to_string(), format!("module {}", m.id))];
    for l in &m.lessons {
        let blocks: Vec<String> = l
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(_) => "heading".into(),
                Block::Text(_) => "text".into(),
                Block::List(items) => format!("list of {}", items.len()),
                Block::Callout { kind, .. } => format!("{kind:?} callout"),
                Block::Scenario { .. } => "scenario".into(),
                Block::Image { src, .. } => format!("image {src}"),
                Block::Local { kind, standard } => match standard {
                    Some(n) => format!("local {kind:?} {n}"),
                    None => format!("local {kind:?}"),
                },
            })
            .collect();
        // Minutes may differ: each language's lesson time follows its own word count.
        let teaches = if l.teaches.is_empty() { String::new() } else { format!(" (teaches {})", l.teaches.join(", ")) };
        s.push((l.id.to_string(), format!("lesson {}{teaches}: {}", l.id, blocks.join(", "))));
        for (i, b) in l.blocks.iter().enumerate() {
            // The same glossary terms must be linked from each block; word order may differ.
            let links = block_texts(b)
                .into_iter()
                .flat_map(term_links)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>();
            if !links.is_empty() {
                s.push((l.id.to_string(), format!("lesson {} block {} links {}", l.id, i + 1, links.join(", "))));
            }
        }
    }
    // Further reading: the same entries, with the same years, in every language.
    for r in &m.further_reading {
        let year = r.year.map_or(String::new(), |y| format!(" ({y})"));
        s.push((r.id.clone(), format!("further reading {}{year}", r.id)));
    }
    if let Some(q) = &m.quiz {
        s.push((q.id.clone(), format!("quiz {}", q.id)));
        for item in &q.items {
            item_shape(item, &mut s);
        }
    }
    s
}

fn item_shape(item: &Item, s: &mut Vec<(String, String)>) {
    let id = item.id.clone();
    let answer = match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultipleResponse { options } => {
            let opts: Vec<String> =
                options.iter().map(|o| format!("{}{}", o.id, if o.correct { "*" } else { "" })).collect();
            let kind =
                if matches!(item.kind, ItemKind::SingleChoice { .. }) { "single choice" } else { "multiple response" };
            format!("{kind} [{}]", opts.join(" "))
        }
        ItemKind::TrueFalse { answer } => format!("true/false, answer {answer}"),
        ItemKind::Matching { pairs, spares } => format!(
            "matching [{}] spare [{}]",
            pairs.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(" "),
            spares.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(" ")
        ),
        ItemKind::Ordering { steps } => {
            format!("ordering [{}]", steps.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(" "))
        }
        ItemKind::Scenario { questions, .. } => {
            format!("scenario of {} questions", questions.len())
        }
    };
    // What an item tests and its level are part of its structure: a blueprint draws by them.
    let mut tags = String::new();
    if !item.tests.is_empty() {
        tags.push_str(&format!(", tests [{}]", item.tests.join(", ")));
    }
    if let Some(level) = item.level {
        tags.push_str(&format!(", level {level:?}"));
    }
    s.push((id.to_string(), format!("item {id}: {answer}{tags}")));
    if let ItemKind::Scenario { questions, .. } = &item.kind {
        for q in questions {
            item_shape(q, s);
        }
    }
}

pub(super) fn check_translations(parsed: &Parsed, out: &mut Vec<Diagnostic>) {
    let default = &parsed.manifest.default_language;
    let Some(reference) = parsed.modules.get(default) else {
        return;
    };
    // The default language's shapes, computed once for all translations.
    let reference_shapes: Vec<_> = reference.iter().map(|base| shape(&base.value)).collect();
    for (lang, files) in &parsed.modules {
        if lang == default {
            continue;
        }
        for ((file, base), a) in files.iter().zip(reference).zip(&reference_shapes) {
            let b = shape(&file.value);
            if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i).map(|x| &x.1) != b.get(i).map(|x| &x.1)) {
                let expected = a.get(i).map_or("nothing more".to_string(), |x| x.1.clone());
                let found = b.get(i).map_or("nothing".to_string(), |x| x.1.clone());
                let anchor = b.get(i).or_else(|| b.last()).map_or(String::new(), |x| x.0.clone());
                out.push(at(file, &anchor, format!("translation '{lang}' differs from '{default}': expected {expected}, found {found}"),
                    &format!("make this file match {} exactly in ids, block kinds and correct answers; only the words may differ", base.path.display())));
            }
        }
        let ids = |l: &str| {
            parsed
                .glossaries
                .get(l)
                .map(|g| g.value.terms.iter().map(|t| t.id.clone()).collect::<BTreeSet<_>>())
                .unwrap_or_default()
        };
        let (want, have) = (ids(default), ids(lang));
        if want != have {
            let missing: Vec<_> = want.difference(&have).cloned().collect();
            let extra: Vec<_> = have.difference(&want).cloned().collect();
            let path = parsed.dir.join(lang).join("glossary.ron");
            out.push(Diagnostic::new(
                &path,
                1,
                1,
                format!(
                    "glossary '{lang}' has different terms from '{default}' (missing: {}; extra: {})",
                    missing.join(", "),
                    extra.join(", ")
                ),
                "translate exactly the terms of the default language's glossary",
            ));
        }
    }
}
