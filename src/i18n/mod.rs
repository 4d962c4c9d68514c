//! Languages: the interface strings (Fluent files in `assets/i18n/`, compiled into the program),
//! plural rules, right-to-left layout for Arabic, and paragraph bidi.

pub mod bidi;
mod errors;
// Text folding is below the core (course search uses it); the interface reaches it here too.
pub use crate::fold::{fold, fold_mapped};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use crate::languages::LANGUAGES;

/// The Fluent source of a language's interface strings.
pub fn source(lang: &str) -> Option<&'static str> {
    match lang {
        "en" => Some(include_str!("../../assets/i18n/en.ftl")),
        "fr" => Some(include_str!("../../assets/i18n/fr.ftl")),
        "es" => Some(include_str!("../../assets/i18n/es.ftl")),
        "ar" => Some(include_str!("../../assets/i18n/ar.ftl")),
        _ => None,
    }
}

/// The Fluent source of a language's messages for problems (command line and window).
pub fn problem_source(lang: &str) -> Option<&'static str> {
    match lang {
        "en" => Some(include_str!("../../assets/i18n/cli-en.ftl")),
        "fr" => Some(include_str!("../../assets/i18n/cli-fr.ftl")),
        "es" => Some(include_str!("../../assets/i18n/cli-es.ftl")),
        "ar" => Some(include_str!("../../assets/i18n/cli-ar.ftl")),
        _ => None,
    }
}

/// Whether a language is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar" | "fa" | "he" | "ur")
}

/// A value given to a message.
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => { $(impl From<$t> for Arg { fn from(n: $t) -> Self { Arg::Num(n as f64) } })* };
}
num_arg!(u8, u32, u64, usize, i32, i64, f32);

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: &str) -> Option<Bundle> {
    let source = source(lang)?;
    let langid = lang.parse().ok()?;
    // A resource with syntax errors still yields its valid messages; tests keep the files clean.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    if let Some(problems) = problem_source(lang) {
        let resource = FluentResource::try_new(problems.to_string()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource(resource).ok()?;
    }
    Some(bundle)
}

/// Translations for one language, English as fallback for anything missing.
pub struct Tr {
    lang: String,
    bundle: Option<Bundle>,
    english: Option<Bundle>,
}

impl Tr {
    pub fn new(lang: &str) -> Tr {
        let lang = if source(lang).is_some() { lang } else { "en" };
        Tr { lang: lang.to_string(), bundle: bundle(lang), english: if lang == "en" { None } else { bundle("en") } }
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    pub fn rtl(&self) -> bool {
        is_rtl(&self.lang)
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    /// A message with arguments; the message id itself when no language has it.
    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        for b in [&self.bundle, &self.english].into_iter().flatten() {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// A problem in this language (English for anything missing).
    pub fn problem(&self, p: &crate::problem::Problem) -> String {
        for b in [&self.bundle, &self.english].into_iter().flatten() {
            if let Some(s) = p.format_with(b) {
                return s;
            }
        }
        p.to_string()
    }

    /// Whether this language's file defines `id` itself (no English fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.as_ref().is_some_and(|b| b.has_message(id))
    }
}
