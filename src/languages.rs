//! The interface languages, as data: what the store checks a learner's language against (CSV
//! import) and what `i18n` has translations for. Below every layer, so that none of them needs
//! the translations to know which languages exist.

/// The interface languages: (code, name in that language).
pub const LANGUAGES: [(&str, &str); 4] = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية")];
