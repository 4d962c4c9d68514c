//! Search across a course in one language: module and lesson titles, the lesson text (block by
//! block, so that a result opens at its paragraph) and the glossary (terms and definitions).
//! Case-, accent- and diacritic-insensitive, with the Arabic letter variants made one (see
//! `i18n::fold`). Every query word must occur (as part of a word: Arabic attaches "ال", "و",
//! "ب" to the word that follows). The index keeps the folded text; building it for the
//! bundled course takes 50–100 ms in a debug build (the app does it on a thread of its own),
//! searching it about 1 ms (measured in tests/ui_search.rs).

use super::markup::Span;
use super::{Block, Language};
use crate::fold::{fold, fold_mapped};
use std::ops::Range;

/// Where a result leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A lesson, at block `block` of its text (`None`: its title).
    Lesson { module: crate::ids::ModuleId, lesson: crate::ids::LessonId, block: Option<usize> },
    /// A glossary entry.
    Term(String),
}

struct Entry {
    place: Place,
    /// The lesson title (with its module's) or the glossary term.
    title: String,
    /// The text searched, markup removed.
    text: String,
    folded: String,
    /// Matches in the title count before matches in the text.
    title_folded: String,
}

/// The searchable text of one course in one language.
pub struct Index {
    entries: Vec<Entry>,
}

/// One result: where it leads, its title, and a short extract with the matched words marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub place: Place,
    pub title: Vec<Span>,
    pub extract: Vec<Span>,
}

/// The folded words of a query (empty when there is nothing to look for).
pub fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> =
        fold(query).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    words.dedup();
    words
}

/// Byte ranges of `text` where one of the (folded) `words` occurs, sorted and merged.
pub fn find_marks(text: &str, words: &[String]) -> Vec<Range<usize>> {
    if words.is_empty() {
        return Vec::new();
    }
    let (folded, map) = fold_mapped(text);
    let mut marks: Vec<Range<usize>> = Vec::new();
    for w in words {
        for (at, _) in folded.match_indices(w.as_str()) {
            marks.push(map[at]..map[at + w.len()]);
        }
    }
    marks.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in marks {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The spans with the words found marked (split where a mark starts or ends).
pub fn mark_spans(spans: &[Span], words: &[String]) -> Vec<Span> {
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    let marks = find_marks(&text, words);
    if marks.is_empty() {
        return spans.to_vec();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for s in spans {
        let end = start + s.text.len();
        // Cut points inside this span.
        let mut cuts = vec![start, end];
        for m in &marks {
            for p in [m.start, m.end] {
                if p > start && p < end {
                    cuts.push(p);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let mark = marks.iter().any(|m| m.start <= a && b <= m.end);
            out.push(Span { text: text[a..b].to_string(), mark, ..s.clone() });
        }
        start = end;
    }
    out
}

/// Plain text with the words found marked.
fn marked(text: &str, words: &[String]) -> Vec<Span> {
    mark_spans(&[Span { text: text.to_string(), ..Default::default() }], words)
}

/// About `around` characters of `text` on each side of byte `at`, cut at spaces, with "…".
fn extract(text: &str, at: usize, around: usize) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let pos = chars.iter().position(|(b, _)| *b >= at).unwrap_or(0);
    let mut from = pos.saturating_sub(around);
    while from > 0 && from < pos && !chars[from - 1].1.is_whitespace() {
        from += 1;
    }
    let mut to = (pos + around).min(chars.len());
    while to < chars.len() && to > pos && !chars[to].1.is_whitespace() {
        to -= 1;
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut s = String::new();
    if from > 0 {
        s.push('…');
    }
    s.push_str(text[byte(from)..byte(to)].trim());
    if to < chars.len() {
        s.push('…');
    }
    s
}

/// The text without markup; text with no markup character is taken as it is (parsing Markdown
/// is most of the cost of building the index).
fn plain(text: &str) -> String {
    if text.contains(['*', '_', '[', '`', '\\', '<', '&', '#', '\n']) {
        super::markup::plain(text)
    } else {
        text.to_string()
    }
}

impl Index {
    /// Index the content of one language.
    pub fn build(content: &Language) -> Index {
        let mut entries = Vec::new();
        let mut add = |place: Place, title: &str, text: String| {
            let folded = fold(&text);
            entries.push(Entry { place, title_folded: fold(title), title: title.to_string(), text, folded });
        };
        for m in &content.modules {
            for l in &m.lessons {
                let title = format!("{} › {}", m.title, l.title);
                let lesson = |block| Place::Lesson { module: m.id.clone(), lesson: l.id.clone(), block };
                add(lesson(None), &title, String::new());
                for (i, b) in l.blocks.iter().enumerate() {
                    let text = match b {
                        Block::Heading(t) | Block::Text(t) | Block::Callout { text: t, .. } => plain(t),
                        Block::List(items) => items.iter().map(|i| plain(i)).collect::<Vec<_>>().join(" · "),
                        Block::Scenario { title, text } => format!("{title}: {}", plain(text)),
                        Block::Image { alt, .. } => alt.clone(),
                        // Local information is the trainer's, not the course's: not indexed.
                        Block::Local { .. } => String::new(),
                    };
                    add(lesson(Some(i)), &title, text);
                }
            }
        }
        for t in &content.glossary.terms {
            add(Place::Term(t.id.clone()), &t.term, plain(&t.definition));
        }
        Index { entries }
    }

    /// The results for `query`, best first, at most `limit`: titles that match (each lesson or
    /// term once), then the paragraphs that have every word.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Found> {
        let words = query_words(query);
        if words.is_empty() || words.iter().map(|w| w.chars().count()).sum::<usize>() < 2 {
            return Vec::new();
        }
        let all = |s: &str| words.iter().all(|w| s.contains(w.as_str()));
        let mut by_title = Vec::new();
        let mut by_text = Vec::new();
        for e in &self.entries {
            let is_title_entry = matches!(e.place, Place::Lesson { block: None, .. } | Place::Term(_));
            if is_title_entry && all(&e.title_folded) {
                let extract = if e.text.is_empty() { Vec::new() } else { marked(&extract(&e.text, 0, 90), &words) };
                by_title.push(Found { place: e.place.clone(), title: marked(&e.title, &words), extract });
            } else if !e.text.is_empty() && all(&e.folded) {
                let first = find_marks(&e.text, &words).first().map_or(0, |r| r.start);
                let extract = marked(&extract(&e.text, first, 90), &words);
                by_text.push(Found { place: e.place.clone(), title: marked(&e.title, &words), extract });
            }
        }
        by_title.extend(by_text);
        by_title.truncate(limit);
        by_title
    }

    /// Number of entries (titles, blocks and terms) indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_cover_the_original_words_whatever_their_accents() {
        let words = query_words("ETAT  الطفل");
        assert_eq!(words, ["etat", "الطفل"]);
        let text = "L'État protège الطِّفْل.";
        let marks = find_marks(text, &words);
        let found: Vec<&str> = marks.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["État", "الطِّفْل"]);
    }

    #[test]
    fn spans_are_split_where_marks_start_and_end() {
        let spans = [
            Span { text: "The best ".into(), ..Default::default() },
            Span { text: "interests".into(), bold: true, ..Default::default() },
        ];
        let out = mark_spans(&spans, &query_words("best inter"));
        let parts: Vec<(&str, bool, bool)> = out.iter().map(|s| (s.text.as_str(), s.mark, s.bold)).collect();
        assert_eq!(
            parts,
            [
                ("The ", false, false),
                ("best", true, false),
                (" ", false, false),
                ("inter", true, true),
                ("ests", false, true)
            ]
        );
    }

    #[test]
    fn extracts_are_cut_at_spaces() {
        let text = "one two three four five six seven eight nine ten";
        let e = extract(text, text.find("five").unwrap(), 10);
        assert!(e.starts_with('…') && e.ends_with('…') && e.contains("five"), "{e}");
        assert!(!e.contains("one") && !e.contains("ten"), "{e}");
    }
}
