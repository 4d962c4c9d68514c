//! Languages: right-to-left handling (paragraph bidi) for Arabic text.

pub mod bidi;

use crate::certificate::Labels;

/// The words of a certificate in a language (English when the language is not known).
pub fn certificate_labels(lang: &str) -> Labels {
    let _ = lang;
    Labels::english()
}
