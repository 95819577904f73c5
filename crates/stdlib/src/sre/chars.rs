//! Character predicates of the SRE engine: categories (`\d`, `\s`, `\w` in their ASCII, locale
//! and Unicode flavours), case folding, and the set test behind `IN` (`[...]`).

use super::constants::*;

/// Case mapping in `_sre`'s sense: one code point to one, the first of the full mapping
/// (CPython's `_PyUnicode_ToLowercase`: U+0130 lowers to `i`, `ß` uppers to `S`).
pub fn lower_unicode(ch: u32) -> u32 {
    char::from_u32(ch)
        .and_then(|c| c.to_lowercase().next())
        .map_or(ch, u32::from)
}

pub fn upper_unicode(ch: u32) -> u32 {
    char::from_u32(ch)
        .and_then(|c| c.to_uppercase().next())
        .map_or(ch, u32::from)
}

pub fn lower_ascii(ch: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

pub fn upper_ascii(ch: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&ch) {
        ch - 32
    } else {
        ch
    }
}

pub fn ascii_iscased(ch: u32) -> bool {
    ch < 128 && (ch as u8).is_ascii_alphabetic()
}

pub fn unicode_iscased(ch: u32) -> bool {
    ch != lower_unicode(ch) || ch != upper_unicode(ch)
}

fn is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

fn is_space(ch: u32) -> bool {
    (9..=13).contains(&ch) || ch == 32
}

fn is_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32)
}

fn uni_digit(ch: u32) -> bool {
    char::from_u32(ch).is_some_and(ferropy_vm::str_extra::is_decimal)
}

fn uni_space(ch: u32) -> bool {
    char::from_u32(ch).is_some_and(|c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
}

/// `str.isalnum()` or `_`: letters (Lu, Ll, Lt, Lm, Lo) and numbers (Nd, Nl, No), as CPython
/// (combining marks, which Rust's `is_alphanumeric` counts as alphabetic, are not word chars).
pub fn uni_word(ch: u32) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if ch < 128 {
        return (ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32;
    }
    char::from_u32(ch).is_some_and(|c| {
        matches!(
            get_general_category(c),
            G::UppercaseLetter
                | G::LowercaseLetter
                | G::TitlecaseLetter
                | G::ModifierLetter
                | G::OtherLetter
                | G::DecimalNumber
                | G::LetterNumber
                | G::OtherNumber
        )
    })
}

fn uni_linebreak(ch: u32) -> bool {
    matches!(ch, 10..=13 | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

/// Whether `ch` is in the category `code` (`CATEGORY_*`); `None` for an unknown code.
pub fn category(code: u32, ch: u32) -> Option<bool> {
    Some(match code {
        CAT_DIGIT => is_digit(ch),
        CAT_NOT_DIGIT => !is_digit(ch),
        CAT_SPACE => is_space(ch),
        CAT_NOT_SPACE => !is_space(ch),
        CAT_WORD | CAT_LOC_WORD => is_word(ch),
        CAT_NOT_WORD | CAT_LOC_NOT_WORD => !is_word(ch),
        CAT_LINEBREAK => ch == 10,
        CAT_NOT_LINEBREAK => ch != 10,
        CAT_UNI_DIGIT => uni_digit(ch),
        CAT_UNI_NOT_DIGIT => !uni_digit(ch),
        CAT_UNI_SPACE => uni_space(ch),
        CAT_UNI_NOT_SPACE => !uni_space(ch),
        CAT_UNI_WORD => uni_word(ch),
        CAT_UNI_NOT_WORD => !uni_word(ch),
        CAT_UNI_LINEBREAK => uni_linebreak(ch),
        CAT_UNI_NOT_LINEBREAK => !uni_linebreak(ch),
        _ => return None,
    })
}

/// Whether `ch` is in the set that starts at `code[pc]` (the words after `IN <skip>`); `None`
/// for malformed set code. Out-of-range reads see `FAILURE`, which ends the set.
pub fn in_set(code: &[u32], mut pc: usize, ch: u32) -> Option<bool> {
    let at = |i: usize| code.get(i).copied().unwrap_or(OP_FAILURE);
    let mut ok = true;
    loop {
        let op = at(pc);
        pc += 1;
        match op {
            OP_FAILURE => return Some(!ok),
            OP_LITERAL => {
                if ch == at(pc) {
                    return Some(ok);
                }
                pc += 1;
            }
            OP_CATEGORY => {
                if category(at(pc), ch)? {
                    return Some(ok);
                }
                pc += 1;
            }
            OP_CHARSET => {
                if ch < 256 && at(pc + (ch as usize >> 5)) & (1 << (ch & 31)) != 0 {
                    return Some(ok);
                }
                pc += 8;
            }
            OP_RANGE => {
                if at(pc) <= ch && ch <= at(pc + 1) {
                    return Some(ok);
                }
                pc += 2;
            }
            OP_RANGE_UNI_IGNORE => {
                let (lo, hi) = (at(pc), at(pc + 1));
                if (lo <= ch && ch <= hi) || {
                    let u = upper_unicode(ch);
                    lo <= u && u <= hi
                } {
                    return Some(ok);
                }
                pc += 2;
            }
            OP_NEGATE => ok = !ok,
            OP_BIGCHARSET => {
                // <count> <256 block numbers as bytes, 64 words> <count blocks of 8 words>
                let count = at(pc) as usize;
                pc += 1;
                if ch < 65536 {
                    let hi = (ch >> 8) as usize;
                    let block = (at(pc + hi / 4) >> ((hi % 4) * 8)) & 0xff;
                    let bit = block as usize * 256 + (ch & 255) as usize;
                    if at(pc + 64 + bit / 32) & (1 << (bit & 31)) != 0 {
                        return Some(ok);
                    }
                }
                pc += 64 + count * 8;
            }
            _ => return None,
        }
    }
}
