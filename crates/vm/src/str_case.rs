//! Case mapping of `str` as CPython does it: full (multi-char) mappings, the final-sigma rule
//! of `lower`, titlecase for `title`/`capitalize`, and case folding. Rust's char mappings give
//! full upper and lower case; titlecase and folding differ from them for a few characters,
//! which the tables here cover.

use unicode_general_category::{get_general_category, GeneralCategory as G};

/// `str.isspace()` of one char: Rust's White_Space plus the four information separators
/// U+001C..U+001F, which CPython counts as whitespace (bidirectional class B or S).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Unicode "Cased": lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || get_general_category(c) == G::TitlecaseLetter
}

/// Unicode "Case_Ignorable" (the categories plus the word-break MidLetter/MidNumLet/quote chars).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{b7}'
            | '\u{387}'
            | '\u{55f}'
            | '\u{5f4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{fe13}'
            | '\u{fe52}'
            | '\u{fe55}'
            | '\u{ff07}'
            | '\u{ff0e}'
            | '\u{ff1a}'
    ) || matches!(
        get_general_category(c),
        G::NonspacingMark | G::EnclosingMark | G::Format | G::ModifierLetter | G::ModifierSymbol
    )
}

/// Whether the capital sigma at `i` ends a word (then it lowers to 'ς').
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    if !before.is_some_and(|c| is_cased(*c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    !after.is_some_and(|c| is_cased(*c))
}

/// The lowercase of `chars[i]`, with the final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// The titlecase mapping of one char.
fn push_title(out: &mut String, c: char) {
    let cp = c as u32;
    let single = match cp {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x1F80..=0x1FAF => Some(cp | 8),
        0x1FB3 | 0x1FBC => Some(0x1FBC),
        0x1FC3 | 0x1FCC => Some(0x1FCC),
        0x1FF3 | 0x1FFC => Some(0x1FFC),
        _ => None,
    };
    if let Some(t) = single.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    // Greek letters with ypogegrammeni keep it as U+0345 in titlecase.
    let iota: &[char] = match cp {
        0x1FB2 => &['\u{1FBA}', '\u{345}'],
        0x1FB4 => &['\u{386}', '\u{345}'],
        0x1FC2 => &['\u{1FCA}', '\u{345}'],
        0x1FC4 => &['\u{389}', '\u{345}'],
        0x1FF2 => &['\u{1FFA}', '\u{345}'],
        0x1FF4 => &['\u{38F}', '\u{345}'],
        0x1FB7 => &['\u{391}', '\u{342}', '\u{345}'],
        0x1FC7 => &['\u{397}', '\u{342}', '\u{345}'],
        0x1FF7 => &['\u{3A9}', '\u{342}', '\u{345}'],
        0x149 => &['\u{2BC}', 'N'],
        _ => &[],
    };
    if !iota.is_empty() {
        out.extend(iota);
        return;
    }
    // Otherwise the uppercase, with a multi-char mapping's tail in lowercase ('ß' -> "Ss").
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for rest in up {
            out.extend(rest.to_lowercase());
        }
    }
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.to_uppercase()
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// Full case folding of one char: lower(upper(c)), twice for the chars whose first round
/// lands on another foldable char ('ẞ' -> 'ß' -> "ss"); Cherokee folds to uppercase.
fn push_fold(out: &mut String, c: char) {
    let cp = c as u32;
    match cp {
        0x13A0..=0x13F5 | 0x131 => return out.push(c),
        0x13F8..=0x13FD => return out.extend(char::from_u32(cp - 8)),
        0xAB70..=0xABBF => return out.extend(char::from_u32(cp - 0xAB70 + 0x13A0)),
        _ => {}
    }
    let once: String = c.to_uppercase().flat_map(char::to_lowercase).collect();
    let twice: String = once
        .chars()
        .flat_map(char::to_uppercase)
        .flat_map(char::to_lowercase)
        .collect();
    out.push_str(&twice);
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// Letters (category Lo) that Unicode gives a numeric value (CJK numerals such as 一 and 万):
/// CPython's `isnumeric` counts them, Rust's `char::is_numeric` (categories N*) does not.
const NUMERIC_LETTERS: [u32; 81] = [
    0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
    0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341,
    0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a,
    0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e,
    0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973,
    0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983,
    0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
];

/// `str.isnumeric` for one character.
pub fn py_isnumeric(c: char) -> bool {
    c.is_numeric() || NUMERIC_LETTERS.binary_search(&(c as u32)).is_ok()
}
