//! Learners from a CSV file, as trainers really make them: Excel in a French or Spanish locale
//! separates with `;`, Notepad adds a byte-order mark, headers come in the trainer's language,
//! PINs may be typed with Arabic-Indic digits, and the same class list gets imported twice.
//!
//! Parsing is separate from storing: `parse` returns the rows or every problem with its true line
//! number (a quoted name may span lines); `Store::import_learners` adds them all or none.

use crate::problem::Problem;

/// One learner of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvLearner {
    /// Line of the file where the record starts (1-based).
    pub line: usize,
    pub name: String,
    /// The PIN in ASCII digits (typed digits of any script are converted).
    pub pin: Option<String>,
    pub language: String,
}

/// A problem on one line of the file (`line` 0 when it is about the whole file).
#[derive(Debug, Clone, PartialEq)]
pub struct CsvProblem {
    pub line: usize,
    pub problem: Problem,
}

const NAME_HEADERS: [&str; 14] = [
    "name",
    "names",
    "learner",
    "learner name",
    "full name",
    "nom",
    "nom complet",
    "prenom et nom",
    "nombre",
    "nombre completo",
    "nombre y apellido",
    "الاسم",
    "اسم",
    "الاسم الكامل",
];
const PIN_HEADERS: [&str; 9] = ["pin", "pin code", "code", "code pin", "nip", "codigo", "رمز", "الرمز", "الرقم السري"];
const LANGUAGE_HEADERS: [&str; 6] = ["language", "lang", "langue", "idioma", "lengua", "اللغة"];

/// A header cell as compared: lower case, Latin accents and Arabic hamza forms folded.
fn fold_header(cell: &str) -> String {
    cell.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'î' | 'ï' => 'i',
            'ó' | 'ô' | 'ö' => 'o',
            'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'إ' | 'أ' | 'آ' => 'ا',
            '_' | '-' => ' ',
            c => c,
        })
        .collect()
}

enum Column {
    Name,
    Pin,
    Language,
}

fn header_column(cell: &str) -> Option<Column> {
    let f = fold_header(cell);
    if NAME_HEADERS.contains(&f.as_str()) {
        Some(Column::Name)
    } else if PIN_HEADERS.contains(&f.as_str()) {
        Some(Column::Pin)
    } else if LANGUAGE_HEADERS.contains(&f.as_str()) {
        Some(Column::Language)
    } else {
        None
    }
}

/// The separator of the file: `,`, `;` or tab, whichever the first line uses most (outside quotes).
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in first.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == c {
                    *n += 1;
                }
            }
        }
    }
    counts.iter().max_by_key(|(d, n)| (*n, *d == b',')).map_or(b',', |(d, _)| *d)
}

/// A PIN with its digits in ASCII: digits of any script (Arabic-Indic, Persian, Devanagari,
/// Bengali, full-width …) are converted; None when something else than digits is in it.
pub fn ascii_digits(pin: &str) -> Option<String> {
    const ZEROS: [u32; 8] = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xFF10, 0x7C0, 0xE50];
    pin.trim()
        .chars()
        .map(|c| {
            let code = c as u32;
            ZEROS.iter().find(|&&z| (z..z + 10).contains(&code)).map(|&z| char::from(b'0' + (code - z) as u8))
        })
        .collect()
}

/// Whether a character shows nothing (spaces, zero-width and direction marks, soft hyphens).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
            | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}')
}

/// A name as compared to find the same person twice: trimmed, spaces collapsed, lower case.
pub fn same_person_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Read a learners file: the rows, or every problem with its line. `default_language` is used
/// where the file gives none.
pub fn parse(text: &str, default_language: &str) -> Result<Vec<CsvLearner>, Vec<CsvProblem>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // A file cut off inside a quoted name: the csv reader would take the rest of the file as
    // that name. An odd number of quotation marks tells.
    if text.matches('"').count() % 2 == 1 {
        let last = text.rfind('"').unwrap_or(0);
        let line = text[..last].matches('\n').count() + 1;
        let problem =
            Problem::new("csv-broken").num("line", line as f64).arg("detail", "a quotation mark is not closed");
        return Err(vec![CsvProblem { line: 0, problem }]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    let (mut name_col, mut pin_col, mut lang_col) = (0usize, Some(1usize), Some(2usize));
    let mut rows: Vec<CsvLearner> = Vec::new();
    let mut problems = Vec::new();
    let mut first = true;
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line() as usize);
                let problem = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => Problem::new("csv-not-text").num("line", line as f64),
                    _ => Problem::new("csv-broken").num("line", line as f64).arg("detail", e.to_string()),
                };
                problems.push(CsvProblem { line: 0, problem });
                break;
            }
        }
        let line = record.position().map_or(line, |p| p.line() as usize);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if std::mem::take(&mut first) {
            let columns: Vec<Option<Column>> = record.iter().map(header_column).collect();
            if columns.iter().any(Option::is_some) {
                name_col = match columns.iter().position(|c| matches!(c, Some(Column::Name))) {
                    Some(c) => c,
                    None => {
                        problems.push(wrong_columns(&record));
                        break;
                    }
                };
                pin_col = columns.iter().position(|c| matches!(c, Some(Column::Pin)));
                lang_col = columns.iter().position(|c| matches!(c, Some(Column::Language)));
                continue;
            }
            if looks_like_foreign_header(&record) {
                problems.push(wrong_columns(&record));
                break;
            }
        }
        let name = record.get(name_col).unwrap_or("").to_string();
        let pin = pin_col.and_then(|c| record.get(c)).filter(|p| !p.is_empty());
        let language = lang_col
            .and_then(|c| record.get(c))
            .filter(|l| !l.is_empty())
            .map_or_else(|| default_language.to_string(), str::to_lowercase);
        let mut ok = true;
        let mut bad = |problem: Problem| {
            problems.push(CsvProblem { line, problem });
            ok = false;
        };
        if let Err(p) = check_name(&name) {
            bad(p);
        }
        let pin = match pin {
            None => None,
            Some(p) => match ascii_digits(p).filter(|d| (4..=6).contains(&d.len())) {
                Some(d) => Some(d),
                None => {
                    bad(Problem::new("csv-pin-format").arg("pin", p));
                    None
                }
            },
        };
        if !crate::languages::LANGUAGES.iter().any(|(c, _)| *c == language) {
            bad(Problem::new("csv-language").arg("language", language.clone()));
        }
        let key = same_person_key(&name);
        if let Some(other) = rows.iter().find(|r| same_person_key(&r.name) == key && !key.is_empty()) {
            bad(Problem::new("csv-duplicate-in-file").arg("name", name.trim()).num("other", other.line as f64));
        }
        if ok {
            rows.push(CsvLearner { line, name: name.trim().to_string(), pin, language });
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(CsvProblem { line: 0, problem: Problem::new("csv-no-learners") });
    }
    if problems.is_empty() { Ok(rows) } else { Err(problems) }
}

/// The name rules for a CSV row, as problems (the window uses `Rule`).
fn check_name(name: &str) -> Result<(), Problem> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        Err(Problem::new("csv-name-empty"))
    } else if trimmed.chars().all(is_invisible) {
        Err(Problem::new("csv-name-invisible"))
    } else if trimmed.chars().count() > 80 {
        Err(Problem::new("csv-name-too-long"))
    } else if trimmed.chars().any(char::is_control) {
        Err(Problem::new("csv-name-control"))
    } else {
        Ok(())
    }
}

/// A first line of another tool's export: several cells, none of them a PIN or a language code.
fn looks_like_foreign_header(record: &csv::StringRecord) -> bool {
    let cells: Vec<&str> = record.iter().filter(|c| !c.is_empty()).collect();
    cells.len() >= 2
        && cells.iter().skip(1).all(|c| {
            ascii_digits(c).is_none() && !crate::languages::LANGUAGES.iter().any(|(l, _)| l.eq_ignore_ascii_case(c))
        })
        && cells.iter().all(|c| c.chars().any(char::is_alphabetic))
}

fn wrong_columns(record: &csv::StringRecord) -> CsvProblem {
    let found: Vec<String> = record.iter().map(|c| format!("'{c}'")).collect();
    CsvProblem { line: 1, problem: Problem::new("csv-wrong-columns").arg("found", found.join(", ")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_detected() {
        assert_eq!(detect_delimiter("nom;code;langue\n"), b';');
        assert_eq!(detect_delimiter("name\tpin\n"), b'\t');
        assert_eq!(detect_delimiter("\"Doe; Jane\",1234\n"), b',');
    }

    #[test]
    fn digits_of_any_script() {
        assert_eq!(ascii_digits("١٢٣٤").as_deref(), Some("1234"));
        assert_eq!(ascii_digits("۱۲۳۴۵").as_deref(), Some("12345"));
        assert_eq!(ascii_digits("12a4"), None);
    }

    #[test]
    fn true_line_numbers_with_a_name_over_two_lines() {
        let problems = parse("name,pin\n\"Ana\nMaria\",1234\nBen,99\n", "en").unwrap_err();
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 4], "the name starts on line 2, Ben is on line 4: {problems:?}");
    }
}
