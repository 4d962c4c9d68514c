//! Fonts compiled into the program (Noto, SIL Open Font License: assets/fonts/OFL.txt), shared
//! by the window and the certificate PDF, so the program needs no font files at run time.

pub static NOTO_SANS: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
pub static NOTO_SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
pub static NOTO_ARABIC: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf");
pub static NOTO_ARABIC_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSansArabic-Bold.ttf");
pub static NOTO_SYMBOLS: &[u8] = include_bytes!("../assets/fonts/NotoSansSymbols-Regular.ttf");
pub static NOTO_SYMBOLS2: &[u8] = include_bytes!("../assets/fonts/NotoSansSymbols2-Regular.ttf");
/// Fallback scripts for learners' names (certificate PDF): Ethiopic (Amharic, Tigrinya),
/// Devanagari (Hindi, Nepali), Bengali. Regular weight only (+774 KB in the program).
pub static NOTO_ETHIOPIC: &[u8] = include_bytes!("../assets/fonts/NotoSansEthiopic-Regular.ttf");
pub static NOTO_DEVANAGARI: &[u8] = include_bytes!("../assets/fonts/NotoSansDevanagari-Regular.ttf");
pub static NOTO_BENGALI: &[u8] = include_bytes!("../assets/fonts/NotoSansBengali-Regular.ttf");
