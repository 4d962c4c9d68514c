//! Inline markup of lesson text: `**bold**`, `*italic*` and glossary links `[[term-id|words]]`,
//! parsed once (with pulldown-cmark) into styled spans that the UI draws.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// The glossary term this run links to.
    pub term: Option<String>,
    /// Found by a search: drawn highlighted.
    pub mark: bool,
}

/// Parse one paragraph of inline markup into spans. Block-level Markdown is flattened.
pub fn parse_inline(text: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let (mut bold, mut italic) = (0u32, 0u32);
    let mut term: Option<String> = None;
    let mut paragraphs = 0;
    for event in Parser::new_ext(text, Options::ENABLE_WIKILINKS) {
        match event {
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Link { link_type: LinkType::WikiLink { .. }, dest_url, .. }) => {
                term = Some(dest_url.trim().to_string());
            }
            Event::End(TagEnd::Link) => term = None,
            Event::Start(Tag::Paragraph) => {
                if paragraphs > 0 {
                    push(&mut spans, "\n\n", false, false, None);
                }
                paragraphs += 1;
            }
            Event::Text(t) | Event::Code(t) => push(&mut spans, &t, bold > 0, italic > 0, term.clone()),
            Event::SoftBreak => push(&mut spans, " ", bold > 0, italic > 0, term.clone()),
            Event::HardBreak => push(&mut spans, "\n", bold > 0, italic > 0, term.clone()),
            _ => {}
        }
    }
    spans
}

fn push(spans: &mut Vec<Span>, text: &str, bold: bool, italic: bool, term: Option<String>) {
    if let Some(last) = spans.last_mut()
        && last.bold == bold
        && last.italic == italic
        && last.term == term
    {
        last.text.push_str(text);
        return;
    }
    spans.push(Span { text: text.to_string(), bold, italic, term, mark: false });
}

/// The glossary term ids linked from a text.
pub fn term_links(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    // A glossary link needs "[["; most texts have none, and validation asks for every text of
    // every language (Markdown parsing was 40% of loading the course).
    if !text.contains("[[") {
        return ids;
    }
    for span in parse_inline(text) {
        if let Some(t) = span.term
            && ids.last() != Some(&t)
        {
            ids.push(t);
        }
    }
    ids
}

/// The plain text (markup removed).
pub fn plain(text: &str) -> String {
    parse_inline(text).into_iter().map(|s| s.text).collect()
}

/// Whether a true/false item's prompt is a question ("Is …?", "¿Debe …?", "هل …؟"): it is then
/// answered "Yes" / "No" rather than "True" / "False". The rule is the closing question mark of
/// the language shown (?, ؟ or the full-width ？), so authors need no flag and each translation
/// gets the answers that fit its own phrasing.
pub fn asks_yes_no(prompt: &str) -> bool {
    let text = if prompt.contains(['*', '[', '_']) { plain(prompt) } else { prompt.to_string() };
    text.trim_end().trim_end_matches(['"', '\'', '”', '»', ')']).ends_with(['?', '؟', '？'])
}

/// Number of words in a text, markup removed.
pub fn word_count(text: &str) -> usize {
    plain(text).split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_and_links_become_spans() {
        let spans = parse_inline("A **bold** move for the [[best-interests|best interests]] of a [[child]].");
        let texts: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["A ", "bold", " move for the ", "best interests", " of a ", "child", "."]);
        assert!(spans[1].bold);
        assert_eq!(spans[3].term.as_deref(), Some("best-interests"));
        assert_eq!(spans[5].term.as_deref(), Some("child"));
        assert_eq!(term_links("[[a]] and [[b|x]]"), ["a", "b"]);
    }

    #[test]
    fn questions_are_answered_yes_or_no() {
        assert!(asks_yes_no("Does the CPMS apply in every crisis?"));
        assert!(asks_yes_no("¿Se aplica en todas las crisis?"));
        assert!(asks_yes_no("Les normes s'appliquent-elles dans toutes les crises ?"));
        assert!(asks_yes_no("هل تنطبق المعايير الدنيا في كل أزمة؟"));
        assert!(asks_yes_no("Is this **always** the case? "));
        assert!(!asks_yes_no("The CPMS applies in every crisis."));
        assert!(!asks_yes_no("تنطبق المعايير الدنيا في كل أزمة."));
        assert!(!asks_yes_no("Who decides? Only the child decides."));
    }

    #[test]
    fn words_are_counted_without_markup() {
        assert_eq!(word_count("**One** two, [[child|three four]] — 5."), 5);
    }
}
