//! Number parsing and formatting with CPython 3.11 semantics: float repr, int()/float() of
//! strings, round(), the format-spec mini-language and printf-style `%` formatting.
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use ErrKind::*;

/// An error to be raised as a Python exception of this kind with this message.
#[derive(Debug, Clone, PartialEq)]
pub struct FmtError {
    pub kind: ErrKind,
    pub msg: String,
}

/// Exception kinds. `KeyError` (a missing `%(key)s`; msg is the key's repr) and `MemoryError`
/// (an output too large to build) go beyond the first three.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ErrKind {
    ValueError,
    TypeError,
    OverflowError,
    KeyError,
    MemoryError,
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The limit in force (`sys.set_int_max_str_digits`); 0 means none. One interpreter per
/// process, so a process-wide value is what CPython's per-interpreter setting amounts to.
static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(INT_MAX_STR_DIGITS);

/// The current `sys.get_int_max_str_digits()` (0: unlimited).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed)
}

/// The limit as a digit count to compare against (unlimited: usize::MAX).
fn digit_limit() -> usize {
    match max_str_digits() {
        0 => usize::MAX,
        n => n,
    }
}
/// Largest width/precision (in chars) we agree to build; CPython would try, or MemoryError.
const MAX_OUTPUT: usize = 1 << 26;

pub(crate) fn err(kind: ErrKind, msg: impl Into<String>) -> FmtError {
    FmtError {
        kind,
        msg: msg.into(),
    }
}
fn verr(msg: impl Into<String>) -> FmtError {
    err(ValueError, msg)
}
/// Err(kind, msg) when `bad`.
fn fail_if(bad: bool, kind: ErrKind, msg: &str) -> Result<(), FmtError> {
    if bad {
        Err(err(kind, msg))
    } else {
        Ok(())
    }
}
fn check_size(n: usize) -> Result<(), FmtError> {
    fail_if(n > MAX_OUTPUT, MemoryError, "")
}
fn repeat(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// str.isspace() for one char (Rust's White_Space plus the separators U+001C..U+001F).
pub(crate) fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Code points of the digit zero of every Unicode 14 decimal-digit run of ten.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then(|| c - zero)
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII is kept, other spaces become ' ',
/// other decimal digits become ASCII digits, anything else becomes '?'.
fn to_ascii(s: &str) -> Vec<u8> {
    let byte = |c: char| match c {
        c if (c as u32) < 127 => c as u8,
        c if py_isspace(c) => b' ',
        c => decimal_value(c).map_or(b'?', |d| b'0' + d as u8),
    };
    s.chars().map(byte).collect()
}

/// Inclusive ranges (flattened pairs) of the chars str.isprintable() rejects: categories
/// Cc Cf Zs Zl Zp Co except ' '. Unassigned code points (Cn) are checked apart.
const UNPRINTABLE: [u32; 56] = [
    0, 31, 127, 160, 173, 173, 1536, 1541, 1564, 1564, 1757, 1757, 1807, 1807, 2192, 2193, 2274,
    2274, 5760, 5760, 6158, 6158, 8192, 8207, 8232, 8239, 8287, 8292, 8294, 8303, 12288, 12288,
    57344, 63743, 65279, 65279, 65529, 65531, 69821, 69821, 69837, 69837, 78896, 78904, 113824,
    113827, 119155, 119162, 917505, 917505, 917536, 917631, 983040, 1048573, 1048576, 1114109,
];

/// Whether str.isprintable() accepts this character (other than ' ', which it accepts too).
pub(crate) fn is_printable(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    let u = c as u32;
    if UNPRINTABLE.chunks(2).any(|r| r[0] <= u && u <= r[1]) {
        return false;
    }
    u < 0x370 || !matches!(get_general_category(c), G::Unassigned | G::Surrogate)
}

/// repr() of a str, as CPython writes it.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = quote.to_string();
    for c in s.chars() {
        let u = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => out.extend(['\\', c]),
            _ if u >= 0x7f && !is_printable(c) || u < 0x20 => match u {
                0..=0xff => out += &format!("\\x{:02x}", u),
                0x100..=0xffff => out += &format!("\\u{:04x}", u),
                _ => out += &format!("\\U{:08x}", u),
            },
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

// ---- Float to decimal digits (the roles of CPython's _Py_dg_dtoa and format_float_short) ----

/// Digits of |x| (finite) with value 0.DIGITS x 10^decpt, without trailing zeros, for dtoa's
/// mode 'r' (shortest round-trip), 'e' (n significant digits) or 'f' (n digits after the
/// point); zero (or a value rounding to zero) gives ("0", 1). Rust's float formatting is
/// correctly rounded, ties to even on the exact binary value, as dtoa is.
fn dtoa(x: f64, mode: char, n: usize) -> (Vec<u8>, i64) {
    let s = match mode {
        'r' => {
            // Rust breaks a tie between two shortest candidates upwards; dtoa takes the
            // correctly rounded (ties to even) one of that length, when it round-trips.
            let s = format!("{:e}", x.abs());
            let n = s
                .split('e')
                .next()
                .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
            let t = format!("{:.*e}", n.saturating_sub(1), x.abs());
            if t.parse::<f64>() == Ok(x.abs()) {
                t
            } else {
                s
            }
        }
        'e' => format!("{:.*e}", n.saturating_sub(1), x.abs()),
        _ => format!("{:.*}", n, x.abs()),
    };
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (s.as_str(), 0),
    };
    let point = mant.find('.').unwrap_or(mant.len()) as i64;
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    if lead == digits.len() {
        return (vec![b'0'], 1);
    }
    digits.drain(..lead);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, point + exp - lead as i64)
}

/// format_float_short's layout: write the digits for `code` ('e' with prec = digits wanted,
/// 'f', 'g', or 'r' for repr), padding with zeros, adding a point and maybe an exponent.
fn render(digits: &[u8], mut decpt: i64, code: char, prec: i64, dot0: bool, alt: bool) -> String {
    let dlen = digits.len() as i64;
    let (mut vend, mut use_exp) = (dlen, false);
    match code {
        'e' => (use_exp, vend) = (true, prec),
        'f' => vend = decpt + prec,
        'g' => {
            use_exp = decpt <= -4 || decpt > if dot0 { prec - 1 } else { prec };
            vend = if alt { prec } else { dlen };
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    // Write the virtual string ...000DIGITS000... from vstart to vend, the point at decpt.
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = vend.max(if !use_exp && dot0 { decpt + 1 } else { decpt });
    let mut s = String::with_capacity((vend - vstart + 8) as usize);
    for i in vstart..=vend {
        if i == decpt && (i < vend || alt) {
            s.push('.');
        }
        if i < vend {
            s.push(
                digits
                    .get(i as usize)
                    .filter(|_| i >= 0)
                    .map_or('0', |&d| d as char),
            );
        }
    }
    if use_exp {
        s += &format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    s
}

/// PyOS_double_to_string for code e E f F g G, or r (repr; prec unused).
pub(crate) fn double_to_string(
    x: f64,
    code: char,
    prec: usize,
    alt: bool,
    dot0: bool,
    no_neg_0: bool,
) -> String {
    let lower = code.to_ascii_lowercase();
    let mut neg = x.is_sign_negative() && !x.is_nan();
    let body = if !x.is_finite() {
        (if x.is_nan() { "nan" } else { "inf" }).to_string()
    } else {
        let (mode, p) = match lower {
            'e' => ('e', prec + 1),
            'g' => ('e', prec.max(1)),
            m => (m, prec),
        };
        let (digits, decpt) = dtoa(x, mode, p);
        neg &= !(no_neg_0 && digits == b"0");
        render(&digits, decpt, lower, p as i64, dot0, alt)
    };
    let body = if code.is_ascii_uppercase() {
        body.to_ascii_uppercase()
    } else {
        body
    };
    if neg {
        format!("-{}", body)
    } else {
        body
    }
}

/// repr()/str() of a float as CPython prints it.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, false, true, false)
}

// ---- int() and float() of strings ----

fn is_ascii_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Python's int(s, base).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FmtError> {
    fail_if(
        base == 1 || base > 36,
        ValueError,
        "int() base must be >= 2 and <= 36, or 0",
    )?;
    let repr: String = py_str_repr(s).chars().take(200).collect();
    let invalid = || {
        verr(format!(
            "invalid literal for int() with base {}: {}",
            base, repr
        ))
    };
    let b = to_ascii(s);
    let at = |i: usize| b.get(i).map_or(0, u8::to_ascii_lowercase);
    let mut i = b.iter().take_while(|c| is_ascii_space(c)).count();
    let neg = at(i) == b'-';
    i += matches!(at(i), b'-' | b'+') as usize;
    // Base 0 takes the base from the prefix; a leading 0 without one allows only zero.
    let (radix, zero_only) = match (base, at(i), at(i + 1)) {
        (0, b'0', b'x') => (16, false),
        (0, b'0', b'o') => (8, false),
        (0, b'0', b'b') => (2, false),
        (0, b'0', _) => (10, true),
        (0, _, _) => (10, false),
        (b, _, _) => (b, false),
    };
    if at(i) == b'0' && matches!((radix, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += if at(i + 2) == b'_' { 3 } else { 2 };
    }
    // Digits with single underscores between them (one may follow the prefix).
    let (mut digits, mut prev) = (Vec::new(), b'_');
    while let Some(&c) = b.get(i) {
        if c == b'_' && prev == b'_' {
            return Err(invalid());
        } else if c != b'_' {
            match (c as char).to_digit(36) {
                Some(d) if d < radix => digits.push(c),
                _ => break,
            }
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(invalid());
    }
    if radix & (radix - 1) != 0 && digits.len() > digit_limit() {
        let (limit, n) = (digit_limit(), digits.len());
        let msg = format!("Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit");
        return Err(verr(msg));
    }
    let v = BigInt::parse_bytes(&digits, radix).ok_or_else(invalid)?;
    if (zero_only && !v.is_zero()) || !b.get(i..).unwrap_or(&[]).iter().all(is_ascii_space) {
        return Err(invalid());
    }
    Ok(if neg { -v } else { v })
}

/// Python's float() of a string.
pub fn parse_float(s: &str) -> Result<f64, FmtError> {
    let invalid = || {
        verr(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    // Underscores are allowed only between two digits; drop them.
    let (mut clean, mut prev) = (Vec::new(), 0u8);
    for c in to_ascii(s) {
        if (c == b'_' && !prev.is_ascii_digit()) || (prev == b'_' && !c.is_ascii_digit()) {
            return Err(invalid());
        }
        clean.extend((c != b'_').then_some(c));
        prev = c;
    }
    let t = std::str::from_utf8(&clean).map_err(|_| invalid())?;
    let t = t.trim_matches(|c: char| c.is_ascii() && is_ascii_space(&(c as u8)));
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if prev == b'_' {
        return Err(invalid());
    }
    let v = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ if is_decimal_literal(body) => body.parse::<f64>().map_err(|_| invalid())?,
        _ => return Err(invalid()),
    };
    Ok(if neg { -v } else { v })
}

/// `DIGITS[.[DIGITS]]` or `.DIGITS`, then maybe an exponent `e[+-]DIGITS`; no sign in front.
fn is_decimal_literal(s: &str) -> bool {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    all_digits(int) && all_digits(frac) && int.len() + frac.len() > 0 && exp_ok
}

// ---- round() ----

/// round(x) to an integral float, ties to even (the caller converts it to int).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// round(x, ndigits) for a float; a result too large becomes +-inf (see float_round_checked).
pub fn float_round(x: f64, ndigits: i64) -> f64 {
    float_round_checked(x, ndigits).unwrap_or(f64::INFINITY.copysign(x))
}

/// round(x, ndigits), correctly rounded (ties to even on the exact value), with CPython's
/// OverflowError when the result does not fit a float.
pub fn float_round_checked(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    // Beyond these bounds x rounds to itself / to a signed zero (as CPython).
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    } else if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        // Round the exact integer part at 10^k, the fraction acting as a sticky bit.
        let unit = num_traits::pow(BigInt::from(10), (-ndigits) as usize);
        let int_part = BigInt::from_f64(x.abs().trunc()).unwrap_or_default();
        let (mut q, r) = int_part.div_rem(&unit);
        let twice = &r * 2;
        if twice > unit || (twice == unit && (x.fract() != 0.0 || q.is_odd())) {
            q += 1;
        }
        format!(
            "{}{}e{}",
            if x.is_sign_negative() { "-" } else { "" },
            q,
            -ndigits
        )
    };
    let v: f64 = text.parse().unwrap_or(f64::NAN);
    fail_if(
        v.is_infinite(),
        OverflowError,
        "rounded value too large to represent",
    )?;
    Ok(v)
}

// ---- The format-spec mini-language ----

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
/// `fill` is only ever given with `align`; `zero` is the `0` flag before the width (fill '0',
/// and '=' alignment for numbers); `no_neg_0` is `z`, `alternate` is `#`, `ty` the type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parse a format spec, with no type-specific checks ("object" as the type in errors).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FmtError> {
    parse_spec(spec, "object", None)
}

/// get_integer: a run of (Unicode) decimal digits, or None when there is none.
fn get_integer(c: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let (start, mut acc) = (*pos, 0usize);
    while let Some(d) = c.get(*pos).and_then(|&ch| decimal_value(ch)) {
        let next = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize);
        acc = next.ok_or_else(|| verr("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// parse_internal_render_format_spec; `default_ty` is the type's default presentation type.
pub(crate) fn parse_spec(
    spec: &str,
    type_name: &str,
    default_ty: Option<char>,
) -> Result<FormatSpec, FmtError> {
    let c: Vec<char> = spec.chars().collect();
    let is_align = |ch: Option<&char>| matches!(ch, Some('<' | '>' | '=' | '^'));
    let (mut f, mut pos) = (FormatSpec::default(), 0);
    if is_align(c.get(1)) {
        (f.fill, f.align, pos) = (Some(c[0]), Some(c[1]), 2);
    } else if is_align(c.first()) {
        (f.align, pos) = (Some(c[0]), 1);
    }
    // Consume `ch` if it comes next.
    let flag = |ch: char, pos: &mut usize| {
        c.get(*pos) == Some(&ch) && {
            *pos += 1;
            true
        }
    };
    f.sign = ['+', '-', ' '].into_iter().find(|&s| flag(s, &mut pos));
    f.no_neg_0 = flag('z', &mut pos);
    f.alternate = flag('#', &mut pos);
    f.zero = f.fill.is_none() && flag('0', &mut pos);
    f.width = get_integer(&c, &mut pos)?;
    f.grouping = [',', '_'].into_iter().find(|&g| flag(g, &mut pos));
    let both = f.grouping == Some(',') && flag('_', &mut pos)
        || f.grouping == Some('_') && c.get(pos) == Some(&',');
    fail_if(both, ValueError, "Cannot specify both ',' and '_'.")?;
    if flag('.', &mut pos) {
        f.precision = get_integer(&c, &mut pos)?;
        fail_if(
            f.precision.is_none(),
            ValueError,
            "Format specifier missing precision",
        )?;
    }
    if c.len() > pos + 1 {
        return Err(verr(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    f.ty = c.get(pos).copied();
    let ty = f.ty.or(default_ty);
    if let Some(g) = f.grouping {
        match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(verr(format!(
                    "Cannot specify '{}' with {}.",
                    g,
                    quote_code(t)
                )))
            }
        }
    }
    Ok(f)
}

/// A presentation type as error messages show it: 'q', or '\x1' when not printable ASCII.
fn quote_code(t: char) -> String {
    if (33..=127).contains(&(t as u32)) {
        format!("'{}'", t)
    } else {
        format!("'\\x{:x}'", t as u32)
    }
}

pub(crate) fn unknown_code(t: char, type_name: &str) -> FmtError {
    verr(format!(
        "Unknown format code {} for object of type '{}'",
        quote_code(t),
        type_name
    ))
}

/// _PyUnicode_InsertThousandsGrouping: group ASCII `digits` by `group` = (size, separator),
/// left-padding with zeros (and separators) until it is at least `min_width` chars long.
fn group_digits(digits: &str, mut min_width: i64, group: Option<(usize, char)>) -> String {
    let (mut parts, mut remaining) = (Vec::new(), digits.len() as i64);
    // Take a group of `len` chars ending at `remaining`, zero-padded on the left.
    let mut take = |len: i64, remaining: &mut i64| {
        let n = (*remaining).min(len).max(0);
        let zeros = "0".repeat((len - *remaining).max(0) as usize);
        parts.push(zeros + &digits[(*remaining - n) as usize..*remaining as usize]);
        *remaining -= n;
    };
    let mut done = false;
    while let (Some((size, _)), false) = (group, done) {
        let len = (size as i64).min(remaining.max(min_width).max(1));
        take(len, &mut remaining);
        min_width -= len;
        done = remaining <= 0 && min_width <= 0;
        min_width -= 1;
    }
    if !done {
        take(remaining.max(min_width).max(1), &mut remaining);
    }
    parts.reverse();
    parts.join(&group.map_or(String::new(), |g| g.1.to_string()))
}

/// calc_number_widths + fill_number: [lpad][sign][prefix][spad][grouped digits][rest][rpad],
/// `rest` holding any point, fraction, exponent or '%' (or a whole string or char).
pub(crate) fn layout(
    neg: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    f: &FormatSpec,
    default_align: char,
    group: Option<(usize, char)>,
) -> Result<String, FmtError> {
    let sign = if neg {
        "-"
    } else {
        match f.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let width = f.width.unwrap_or(0);
    check_size(width)?;
    let fill = f.fill.unwrap_or(if f.zero { '0' } else { ' ' });
    let default_align = if f.zero && default_align == '>' {
        '='
    } else {
        default_align
    };
    let align = f.align.unwrap_or(default_align);
    let fixed = sign.len() + prefix.len() + rest.chars().count();
    let min_width = if fill == '0' && align == '=' {
        width as i64 - fixed as i64
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, group)
    };
    let pad = width.saturating_sub(fixed + grouped.len());
    let (l, s, r) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let pads = (repeat(fill, l), repeat(fill, s), repeat(fill, r));
    Ok(format!(
        "{}{}{}{}{}{}{}",
        pads.0, sign, prefix, pads.1, grouped, rest, pads.2
    ))
}

/// str(int), with CPython's limit on the number of digits.
pub fn int_to_decimal(v: &BigInt) -> Result<String, FmtError> {
    let limit = digit_limit();
    let msg = format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    // |v| >= 2^(bits-1), so it has more than (bits-1)*log10(2) digits.
    let min_digits = v.bits().saturating_sub(1) as f64 * std::f64::consts::LOG10_2;
    fail_if(min_digits >= limit as f64, ValueError, &msg)?;
    let s = v.to_string();
    fail_if(s.trim_start_matches('-').len() > limit, ValueError, &msg)?;
    Ok(s)
}

/// float(int): correctly rounded, OverflowError when too large.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FmtError> {
    let x: f64 = if v.bits() > 1100 {
        f64::INFINITY
    } else {
        v.to_string().parse().unwrap_or(f64::INFINITY)
    };
    fail_if(
        x.is_infinite(),
        OverflowError,
        "int too large to convert to float",
    )?;
    Ok(x)
}

/// format(int, spec).
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return int_to_decimal(v);
    }
    let f = parse_spec(spec, "int", Some('d'))?;
    let ty = f.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_with(int_to_f64(v)?, &f),
        _ => return Err(unknown_code(ty, "int")),
    }
    fail_if(
        f.precision.is_some(),
        ValueError,
        "Precision not allowed in integer format specifier",
    )?;
    let z_msg = "Negative zero coercion (z) not allowed in integer format specifier";
    fail_if(f.no_neg_0, ValueError, z_msg)?;
    if ty == 'c' {
        fail_if(
            f.sign.is_some(),
            ValueError,
            "Sign not allowed with integer format specifier 'c'",
        )?;
        let alt_msg = "Alternate form (#) not allowed with integer format specifier 'c'";
        fail_if(f.alternate, ValueError, alt_msg)?;
        let x = v
            .to_i64()
            .ok_or_else(|| err(OverflowError, "Python int too large to convert to C long"))?;
        return layout(false, "", "", &code_point(x)?.to_string(), &f, '>', None);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        int_to_decimal(&v.abs())?
    } else {
        v.abs().to_str_radix(base)
    };
    let prefix = if f.alternate { prefix } else { "" };
    let (digits, prefix) = match ty {
        'X' => (digits.to_ascii_uppercase(), prefix.to_ascii_uppercase()),
        _ => (digits, prefix.to_string()),
    };
    let group = f.grouping.map(|g| (if base == 10 { 3 } else { 4 }, g));
    layout(v.is_negative(), &prefix, &digits, "", &f, '>', group)
}

/// A code point for %c / 'c'. Lone surrogates cannot live in a Rust string: ValueError.
fn code_point(x: i64) -> Result<char, FmtError> {
    fail_if(
        !(0..=0x10ffff).contains(&x),
        OverflowError,
        "%c arg not in range(0x110000)",
    )?;
    char::from_u32(x as u32).ok_or_else(|| verr("surrogate code points are not supported"))
}

/// format(float, spec).
pub fn format_float(v: f64, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let f = parse_spec(spec, "float", None)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_with(v, &f),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// format_float_internal.
fn format_float_with(v: f64, f: &FormatSpec) -> Result<String, FmtError> {
    fail_if(
        f.precision.is_some_and(|p| p > i32::MAX as usize),
        ValueError,
        "precision too big",
    )?;
    check_size(f.precision.unwrap_or(0))?;
    // No type: repr, or 'g' keeping a digit after the point when a precision is given.
    let (code, dot0, x) = match f.ty {
        None if f.precision.is_none() => ('r', true, v),
        None | Some('n') => ('g', f.ty.is_none(), v),
        Some('%') => ('f', false, v * 100.0),
        Some(t) => (t, false, v),
    };
    let mut s = double_to_string(
        x,
        code,
        f.precision.unwrap_or(6),
        f.alternate,
        dot0,
        f.no_neg_0,
    );
    if f.ty == Some('%') {
        s.push('%');
    }
    let (neg, body) = s
        .strip_prefix('-')
        .map_or((false, s.as_str()), |b| (true, b));
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    layout(
        neg,
        "",
        &body[..n],
        &body[n..],
        f,
        '>',
        f.grouping.map(|g| (3, g)),
    )
}

/// format(str, spec).
pub fn format_str(v: &str, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let f = parse_spec(spec, "str", Some('s'))?;
    if let Some(t) = f.ty.filter(|&t| t != 's') {
        return Err(unknown_code(t, "str"));
    }
    let what = match f.sign {
        Some(' ') => "Space",
        Some(_) => "Sign",
        None if f.no_neg_0 => "Negative zero coercion (z)",
        None if f.alternate => "Alternate form (#)",
        None if f.align == Some('=') => "'=' alignment",
        None => "",
    };
    fail_if(
        !what.is_empty(),
        ValueError,
        &format!("{} not allowed in string format specifier", what),
    )?;
    let s: String = v.chars().take(f.precision.unwrap_or(usize::MAX)).collect();
    layout(false, "", "", &s, &f, '<', None)
}

// ---- printf-style formatting ----

/// One right-hand-side value of `str % args`, converted beforehand by the caller.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PercentArg {
    /// The type's name for error messages; "str" marks a str (for %c).
    pub type_name: String,
    pub str_: String,
    pub repr: String,
    pub ascii: String,
    /// Set for ints (and bools, and objects with __index__).
    pub int: Option<BigInt>,
    /// Set for floats (and objects with __float__).
    pub float: Option<f64>,
}

type Mapping<'a> = Option<&'a dyn Fn(&str) -> Option<PercentArg>>;

/// PyUnicode_Format's argument cursor: a tuple, or (after a `%(key)`) the one value found.
struct Args<'a> {
    tuple: &'a [PercentArg],
    single: Option<PercentArg>,
    idx: isize,
    len: isize,
}

impl Args<'_> {
    fn next(&mut self) -> Result<PercentArg, FmtError> {
        fail_if(
            self.idx >= self.len,
            TypeError,
            "not enough arguments for format string",
        )?;
        self.idx += 1;
        let arg = if self.len < 0 {
            self.single.as_ref()
        } else {
            self.tuple.get(self.idx as usize - 1)
        };
        Ok(arg.cloned().unwrap_or_default())
    }
}

/// Flags, width and precision of one `%` conversion (-1: not given).
#[derive(Default)]
struct Conv {
    flags: String,
    width: i64,
    prec: i64,
}

/// Python's `fmt % args`. A single non-tuple right operand comes as a one-element slice;
/// `mapping` is Some when the right operand is a mapping (which is then also `args[0]`).
pub fn percent_format(
    fmt: &str,
    args: &[PercentArg],
    mapping: Mapping,
) -> Result<String, FmtError> {
    let f: Vec<char> = fmt.chars().collect();
    let mut args = Args {
        tuple: args,
        single: None,
        idx: 0,
        len: args.len() as isize,
    };
    let (mut out, mut i) = (String::with_capacity(fmt.len() + 16), 0);
    let not_all = "not all arguments converted during string formatting";
    while let Some(&c) = f.get(i) {
        i += 1;
        if c != '%' {
            out.push(c);
        } else if f.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
        } else {
            out += &percent_one(&f, &mut i, &mut args, mapping)?;
            fail_if(mapping.is_some() && args.idx < args.len, TypeError, not_all)?;
        }
    }
    fail_if(args.idx < args.len && mapping.is_none(), TypeError, not_all)?;
    Ok(out)
}

/// A run of ASCII digits as a number no larger than `max`.
fn pct_number(f: &[char], i: &mut usize, max: i64, what: &str) -> Result<i64, FmtError> {
    let mut n: i64 = 0;
    while let Some(d) = f.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as i64))
            .filter(|&n| n <= max)
            .ok_or_else(|| verr(what))?;
        *i += 1;
    }
    Ok(n)
}

/// The number in a `*` width or precision, taken from the next argument.
fn star_arg(args: &mut Args, max: i64, c_type: &str) -> Result<i64, FmtError> {
    let v = args
        .next()?
        .int
        .ok_or_else(|| err(TypeError, "* wants int"))?;
    let msg = || {
        err(
            OverflowError,
            format!("Python int too large to convert to C {}", c_type),
        )
    };
    v.to_i64()
        .filter(|n| (-max - 1..=max).contains(n))
        .ok_or_else(msg)
}

/// Parse and format one conversion starting just after its '%' (unicode_format_arg).
fn percent_one(
    f: &[char],
    i: &mut usize,
    args: &mut Args,
    mapping: Mapping,
) -> Result<String, FmtError> {
    if f.get(*i) == Some(&'(') {
        let map = mapping.ok_or_else(|| err(TypeError, "format requires a mapping"))?;
        let (start, mut depth) = (*i + 1, 1);
        while depth > 0 && *i + 1 < f.len() {
            *i += 1;
            depth += match f[*i] {
                ')' => -1,
                '(' => 1,
                _ => 0,
            };
        }
        fail_if(depth > 0, ValueError, "incomplete format key")?;
        let key: String = f[start..*i].iter().collect();
        *i += 1;
        let v = map(&key).ok_or_else(|| err(KeyError, py_str_repr(&key)))?;
        *args = Args {
            tuple: &[],
            single: Some(v),
            idx: -2,
            len: -1,
        };
    }
    let mut cv = Conv {
        width: -1,
        prec: -1,
        ..Conv::default()
    };
    while let Some(&c @ ('-' | '+' | ' ' | '#' | '0')) = f.get(*i) {
        cv.flags.push(c);
        *i += 1;
    }
    if f.get(*i) == Some(&'*') {
        *i += 1;
        cv.width = star_arg(args, isize::MAX as i64, "ssize_t")?;
        if cv.width < 0 {
            cv.flags.push('-');
            cv.width = cv.width.checked_neg().unwrap_or(i64::MAX);
        }
    } else if f.get(*i).is_some_and(char::is_ascii_digit) {
        cv.width = pct_number(f, i, isize::MAX as i64, "width too big")?;
    }
    if f.get(*i) == Some(&'.') {
        *i += 1;
        cv.prec = if f.get(*i) == Some(&'*') {
            *i += 1;
            star_arg(args, i32::MAX as i64, "int")?.max(0)
        } else {
            pct_number(f, i, i32::MAX as i64, "precision too big")?
        };
    }
    *i += matches!(f.get(*i), Some('h' | 'l' | 'L')) as usize;
    let ch = *f.get(*i).ok_or_else(|| verr("incomplete format"))?;
    *i += 1;
    let v = args.next()?;
    let (s, numeric) = percent_convert(ch, &v, &cv, *i - 1)?;
    percent_output(&s, ch, &cv, numeric)
}

/// unicode_format_arg_format: the text of one argument, and whether it is numeric.
fn percent_convert(
    ch: char,
    v: &PercentArg,
    cv: &Conv,
    index: usize,
) -> Result<(String, bool), FmtError> {
    let needs = |what: &str| {
        err(
            TypeError,
            format!("%{} format: {} is required, not {}", ch, what, v.type_name),
        )
    };
    Ok(match ch {
        's' => (v.str_.clone(), false),
        'r' => (v.repr.clone(), false),
        'a' => (v.ascii.clone(), false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = match (&v.int, v.float) {
                (Some(n), _) => n.clone(),
                (None, Some(x)) if matches!(ch, 'd' | 'i' | 'u') => float_to_int(x)?,
                _ if matches!(ch, 'o' | 'x' | 'X') => return Err(needs("an integer")),
                _ => return Err(needs("a real number")),
            };
            (percent_int(&n, ch, cv)?, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match (v.float, &v.int) {
                (Some(x), _) => x,
                (None, Some(n)) => int_to_f64(n)?,
                _ => {
                    return Err(err(
                        TypeError,
                        format!("must be real number, not {}", v.type_name),
                    ))
                }
            };
            let prec = if cv.prec < 0 { 6 } else { cv.prec as usize };
            check_size(prec)?;
            (
                double_to_string(x, ch, prec, cv.flags.contains('#'), false, false),
                true,
            )
        }
        'c' => {
            let one_char = v.type_name == "str" && v.str_.chars().count() == 1;
            let c = match &v.int {
                Some(n) => code_point(n.to_i64().unwrap_or(-1))?,
                None if one_char => v.str_.chars().next().unwrap_or_default(),
                None => return Err(err(TypeError, "%c requires int or char")),
            };
            (c.to_string(), false)
        }
        _ => {
            let shown = if (31..=126).contains(&(ch as u32)) {
                ch
            } else {
                '?'
            };
            let msg = format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, ch as u32, index
            );
            return Err(verr(msg));
        }
    })
}

/// int(x) for a float.
fn float_to_int(x: f64) -> Result<BigInt, FmtError> {
    fail_if(
        x.is_nan(),
        ValueError,
        "cannot convert float NaN to integer",
    )?;
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| err(OverflowError, "cannot convert float infinity to integer"))
}

/// _PyUnicode_FormatLong: `[-][0x]digits`, the digits zero-extended to the precision.
fn percent_int(n: &BigInt, ch: char, cv: &Conv) -> Result<String, FmtError> {
    let (digits, prefix) = match ch {
        'o' => (n.abs().to_str_radix(8), "0o"),
        'x' | 'X' => (n.abs().to_str_radix(16), "0x"),
        _ => (int_to_decimal(&n.abs())?, ""),
    };
    let prec = cv.prec.max(0) as usize;
    check_size(prec)?;
    let sign = if n.is_negative() { "-" } else { "" };
    let prefix = if cv.flags.contains('#') { prefix } else { "" };
    let s = format!(
        "{}{}{}{}",
        sign,
        prefix,
        "0".repeat(prec.saturating_sub(digits.len())),
        digits
    );
    Ok(if ch == 'X' { s.to_ascii_uppercase() } else { s })
}

/// unicode_format_arg_output: sign, '#' prefix, padding and truncation of one conversion.
fn percent_output(s: &str, ch: char, cv: &Conv, numeric: bool) -> Result<String, FmtError> {
    let has = |c: char| cv.flags.contains(c);
    let mut body: Vec<char> = s.chars().collect();
    if matches!(ch, 's' | 'r' | 'a') && cv.prec >= 0 {
        body.truncate(cv.prec as usize);
    }
    let sign = match body.first().copied() {
        Some('-' | '+') if numeric => Some(body.remove(0)),
        _ if numeric && has('+') => Some('+'),
        _ if numeric && has(' ') => Some(' '),
        _ => None,
    };
    let n_prefix = if has('#') && matches!(ch, 'x' | 'X' | 'o') {
        2.min(body.len())
    } else {
        0
    };
    let head: String = sign.into_iter().chain(body.drain(..n_prefix)).collect();
    let width = cv.width.max(0) as usize;
    check_size(width)?;
    let pad = width.saturating_sub(head.chars().count() + body.len());
    let body: String = body.into_iter().collect();
    // Zero padding goes between sign/prefix and digits; spaces go outside.
    Ok(if has('-') {
        format!("{}{}{}", head, body, repeat(' ', pad))
    } else if numeric && has('0') {
        format!("{}{}{}", head, repeat('0', pad), body)
    } else {
        format!("{}{}{}", repeat(' ', pad), head, body)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A result as the tables write it: the value, or "!K: message" (K: the kind's initial).
    fn show<T>(r: Result<T, FmtError>, f: impl Fn(T) -> String) -> String {
        r.map_or_else(
            |e| format!("!{}: {}", &format!("{:?}", e.kind)[..1], e.msg),
            f,
        )
    }
    /// An int literal; "1e5000" stands for 10**5000 and "9x4300" for 10**4300 - 1.
    fn num(s: &str) -> BigInt {
        let pow = |n: &str| num_traits::pow(BigInt::from(10), n.parse().unwrap());
        match (s.split_once('e'), s.split_once('x')) {
            (Some((_, n)), _) => pow(n),
            (_, Some((_, n))) => pow(n) - 1,
            _ => s.parse().unwrap(),
        }
    }
    fn flt(s: &str) -> f64 {
        s.parse().unwrap() // Rust's parse of a Python repr gives back the same float
    }
    /// A % argument from "i:5", "b:True", "f:1.5", "s:text" or "l:[1, 2]" (a list).
    fn arg(s: &str) -> PercentArg {
        let (t, v) = s.split_once(':').unwrap();
        let mut a = PercentArg {
            str_: v.into(),
            repr: v.into(),
            ascii: v.into(),
            ..Default::default()
        };
        a.type_name = match t {
            "i" => "int",
            "b" => "bool",
            "f" => "float",
            "s" => "str",
            _ => "list",
        }
        .into();
        match t {
            "i" => a.int = Some(num(v)),
            "b" => a.int = Some(BigInt::from((v == "True") as u8)),
            "f" => a.float = Some(flt(v)),
            "s" => {
                a.repr = py_str_repr(v);
                a.ascii = a
                    .repr
                    .chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c.into()
                        } else {
                            format!("\\x{:02x}", c as u32)
                        }
                    })
                    .collect();
            }
            _ => {}
        }
        a
    }

    #[rustfmt::skip]
    const REPR: &[&str] = &[
        "0.30000000000000004", "1e+16", "1e-05", "0.0001", "-0.0", "0.0", "inf", "-inf", "nan", "1.0",
        "123456789012345.0", "1.2345678901234568e+16", "5e-324", "1.7976931348623157e+308", "9007199254740992.0",
        "1e+22", "1e+23", "0.3333333333333333", "100.0", "1000000000000000.0", "9999999999999998.0",
        "2.000000000000001e+16", "-1.5e-07", "0.001", "123.456", "1.5e-323", "1e+300", "4.35", "0.5",
    ];

    #[rustfmt::skip]
    const PARSE_INT: &[(&str, u32, &str)] = &[
        ("0", 10, "0"), (" 12 ", 10, "c"), ("-0x1F", 16, "-1f"), ("0x1f", 0, "1f"), ("0b101", 0, "5"), ("0o17", 0, "f"),
        ("017", 0, "!V: invalid literal for int() with base 0: '017'"), ("00", 0, "0"),
        ("0_7", 0, "!V: invalid literal for int() with base 0: '0_7'"), ("1_000", 10, "3e8"),
        ("1__0", 10, "!V: invalid literal for int() with base 10: '1__0'"),
        ("_1", 10, "!V: invalid literal for int() with base 10: '_1'"),
        ("1_", 10, "!V: invalid literal for int() with base 10: '1_'"), ("0x_f", 16, "f"),
        ("0x__f", 16, "!V: invalid literal for int() with base 16: '0x__f'"),
        ("0x", 16, "!V: invalid literal for int() with base 16: '0x'"), ("z", 36, "23"),
        ("Z", 35, "!V: invalid literal for int() with base 35: 'Z'"),
        ("", 10, "!V: invalid literal for int() with base 10: ''"),
        ("- 1", 10, "!V: invalid literal for int() with base 10: '- 1'"), ("\u{661}\u{662}\u{663}", 10, "7b"),
        ("\u{a0}5\u{2003}", 10, "5"), ("\u{1c}5", 10, "!V: invalid literal for int() with base 10: '\\x1c5'"),
        ("12", 1, "!V: int() base must be >= 2 and <= 36, or 0"),
        ("12", 37, "!V: int() base must be >= 2 and <= 36, or 0"), ("0b1", 16, "b1"),
        ("it's", 10, "!V: invalid literal for int() with base 10: \"it's\""), ("\t+42\n", 0, "2a"),
    ];

    #[rustfmt::skip]
    const PARSE_FLOAT: &[(&str, &str)] = &[
        ("1.5", "1.5"), (" -2.5e-3 ", "-0.0025"), ("1_000.5", "1000.5"),
        ("1__0", "!V: could not convert string to float: '1__0'"), ("_1", "!V: could not convert string to float: '_1'"),
        ("1_e5", "!V: could not convert string to float: '1_e5'"), ("1e1_0", "10000000000.0"), ("-Infinity", "-inf"),
        ("nAn", "nan"), ("infinit", "!V: could not convert string to float: 'infinit'"), ("1e400", "inf"), (".5", "0.5"),
        ("5.", "5.0"), (".", "!V: could not convert string to float: '.'"),
        ("1e", "!V: could not convert string to float: '1e'"),
        ("1.2.3", "!V: could not convert string to float: '1.2.3'"), ("", "!V: could not convert string to float: ''"),
        ("\u{661}.\u{665}", "1.5"), ("1.7976931348623157e308", "1.7976931348623157e+308"), ("2.5e-324", "5e-324"),
        ("1._5", "!V: could not convert string to float: '1._5'"), ("+.5e+2", "50.0"),
        ("it's", "!V: could not convert string to float: \"it's\""), ("\u{2009}1.25\u{3000}", "1.25"),
    ];

    #[rustfmt::skip]
    const ROUND: &[(&str, i64, &str)] = &[
        ("2.675", 2, "2.67"), ("0.5", 0, "0.0"), ("1.5", 0, "2.0"), ("2.5", 0, "2.0"), ("-0.5", 0, "-0.0"),
        ("0.125", 2, "0.12"), ("1234.5", -1, "1230.0"), ("1250.0", -2, "1200.0"), ("1250.0001", -2, "1300.0"),
        ("-4.0", -1, "-0.0"), ("4.0", -1, "0.0"), ("1e+300", 2, "1e+300"),
        ("1.7976931348623157e+308", -308, "!O: rounded value too large to represent"), ("5e-324", 323, "0.0"),
        ("5e-324", 400, "5e-324"), ("123.456", -400, "0.0"), ("-123.456", -400, "-0.0"), ("1e-20", 5, "0.0"),
        ("-1e-20", 5, "-0.0"), ("2.5", -1, "0.0"), ("35.0", -1, "40.0"), ("15.5", -1, "20.0"), ("inf", 2, "inf"),
        ("5e+22", -23, "0.0"), ("0.285", 2, "0.28"), ("1.0000000000000002", 15, "1.0"),
    ];

    #[rustfmt::skip]
    const FORMAT_INT: &[(&str, &str, &str)] = &[
        ("255", "#x", "0xff"), ("-255", "08X", "-00000FF"), ("255", "#X", "0XFF"), ("255", "#b", "0b11111111"),
        ("8", "#o", "0o10"), ("1234567", ",", "1,234,567"), ("11259375", "_x", "ab_cdef"),
        ("255", "#012_b", "0b0_1111_1111"), ("1234", "010,", "00,001,234"), ("1234", "09,", "0,001,234"),
        ("-1234", "011,", "-00,001,234"), ("42", "+", "+42"), ("-42", " ", "-42"), ("42", "^9", "   42    "),
        ("42", "*^8", "***42***"), ("-42", "=8", "-     42"), ("42", "x=+8", "+xxxxx42"), ("65", "^5c", "  A  "),
        ("65", "+c", "!V: Sign not allowed with integer format specifier 'c'"),
        ("65", "#c", "!V: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1114112", "c", "!O: %c arg not in range(0x110000)"),
        ("1180591620717411303424", "c", "!O: Python int too large to convert to C long"),
        ("10", ".2", "!V: Precision not allowed in integer format specifier"),
        ("10", "z", "!V: Negative zero coercion (z) not allowed in integer format specifier"),
        ("10", "q", "!V: Unknown format code 'q' for object of type 'int'"),
        ("10", "\u{1}", "!V: Unknown format code '\\x1' for object of type 'int'"),
        ("10", ",c", "!V: Cannot specify ',' with 'c'."), ("10", "n", "10"),
        ("10", ",n", "!V: Cannot specify ',' with 'n'."), ("10", "_,", "!V: Cannot specify both ',' and '_'."),
        ("10", ".", "!V: Format specifier missing precision"),
        ("10", "abc", "!V: Invalid format specifier 'abc' for object of type 'int'"),
        ("10", "99999999999999999999", "!V: Too many decimal digits in format string"),
        ("100000000000000000000", ".3e", "1.000e+20"), ("123", "%", "12300.000000%"),
        ("1e400", "f", "!O: int too large to convert to float"), ("-17", "", "-17"),
        ("1e5000", "", "!V: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("7", "\u{663}", "  7"), ("12345", "0=+12_", "+000_012_345"), ("1", "<05", "10000"), ("-5", "#06x", "-0x005"),
    ];

    #[rustfmt::skip]
    const FORMAT_FLOAT: &[(&str, &str, &str)] = &[
        ("1.0", "", "1.0"), ("1e+20", ".3", "1e+20"), ("1.0", ".3", "1.0"), ("123.0", ".3", "1.23e+02"),
        ("1.5", ".0", "2e+00"), ("0.0001", "", "0.0001"), ("3.14159", ".2f", "3.14"), ("2.5", ".0f", "2"),
        ("0.5", "#.0f", "0."), ("1.0", "#g", "1.00000"), ("1e-05", "g", "1e-05"), ("123456789.0", "g", "1.23457e+08"),
        ("1234567.0", "G", "1.23457E+06"), ("1e-10", ".3e", "1.000e-10"), ("-0.0", "f", "-0.000000"),
        ("-0.0", "z", "0.0"), ("-0.0001", "z.2f", "0.00"), ("-0.0001", "z.2e", "-1.00e-04"), ("-inf", "z", "-inf"),
        ("inf", "010", "0000000inf"), ("nan", "+", "+nan"), ("nan", "f", "nan"), ("inf", "F", "INF"),
        ("0.25", ".1%", "25.0%"), ("1234567.891", ",.2f", "1,234,567.89"), ("1234567.891", "_", "1_234_567.891"),
        ("1234567.891", "020,.2f", "0,000,001,234,567.89"), ("-1234.5", "012,", "-0,001,234.5"),
        ("1234.5", ".2n", "1.2e+03"), ("1.5", "+10.3f", "    +1.500"), ("1.5", "*^12", "****1.5*****"),
        ("-1.5", "=+9", "-     1.5"), ("1e+30", ".2f", "1000000000000000019884624838656.00"),
        ("5e-324", ".3e", "4.941e-324"), ("1.5", ".2147483648f", "!V: precision too big"),
        ("1.5", "d", "!V: Unknown format code 'd' for object of type 'float'"),
        ("1.5", ",n", "!V: Cannot specify ',' with 'n'."), ("1.5", "#.0e", "2.e+00"), ("9.9999", ".2g", "10"),
        ("9.9999", "#.2g", "10."), ("0.000123456", ".3g", "0.000123"), ("1e+16", ".17g", "10000000000000000"),
        ("123.456", "10.4", "     123.5"), ("12.0", ".0%", "1200%"), ("1.35", ".1f", "1.4"),
        ("0.1", ".20f", "0.10000000000000000555"), ("-5.5", "^+10.2e", "-5.50e+00 "), ("0.1", ".0", "0.1"),
        ("1.0", "#.3", "1.00"), ("1000000.0", ".6", "1e+06"),
    ];

    #[rustfmt::skip]
    const FORMAT_STR: &[(&str, &str, &str)] = &[
        ("ab", "", "ab"), ("ab", "5", "ab   "), ("ab", "^5", " ab  "), ("ab", "*^7", "**ab***"), ("ab", "05", "ab000"),
        ("abcdef", ".3", "abc"), ("abcdef", "5.2", "ab   "),
        ("ab", "=5", "!V: '=' alignment not allowed in string format specifier"),
        ("ab", "+5", "!V: Sign not allowed in string format specifier"),
        ("ab", " 5", "!V: Space not allowed in string format specifier"),
        ("ab", "#5", "!V: Alternate form (#) not allowed in string format specifier"),
        ("ab", "z5", "!V: Negative zero coercion (z) not allowed in string format specifier"),
        ("ab", "x", "!V: Unknown format code 'x' for object of type 'str'"),
        ("ab", ",", "!V: Cannot specify ',' with 's'."), ("\u{e9}", "^5", "  \u{e9}  "), ("ab", "\u{663}", "ab "),
    ];

    #[rustfmt::skip]
    const PERCENT: &[(&str, &str, &str)] = &[
        ("%5d|%-5d|%05d|%+d|% d|%+d", "i:42|i:42|i:-42|i:1|i:2|i:-3", "   42|42   |-0042|+1| 2|-3"),
        ("%x %X %o %#x %#X %#o", "i:255|i:255|i:8|i:255|i:255|i:8", "ff FF 10 0xff 0XFF 0o10"),
        ("%#08x|%#8X|%-#8o|%+#X", "i:255|i:255|i:8|i:255", "0x0000ff|    0XFF|0o10    |+0XFF"),
        ("%.3d|%+.3d|%8.3d|%.5x|%#.3o", "i:7|i:7|i:-7|i:-255|i:8", "007|+007|    -007|-000ff|0o010"),
        ("%f %e %g %.2f %.0f %#.0f", "f:1.5|f:1.5|f:1.5|f:2.675|f:2.5|f:2.5", "1.500000 1.500000e+00 1.5 2.67 2 2."),
        ("%010.2f|%-10.2f|%+010.2f|% f|% 08.2f", "f:-3.14159|f:2.5|f:1.005|f:1.0|f:3.14159", "-000003.14|2.50      |+000001.00| 1.000000| 0003.14"),
        ("%E %G %F %g %#g", "f:1e+20|f:1e-20|f:inf|f:100000.0|f:1.0", "1.000000E+20 1E-20 INF 100000 1.00000"),
        ("%d %i %u %d", "f:3.9|f:-3.9|b:True|f:1e+20", "3 -3 1 100000000000000000000"),
        ("%s %s %s", "b:True|l:[1, 2]|l:[]", "True [1, 2] []"), ("%r %a", "s:\u{e9}|s:\u{e9}", "'\u{e9}' '\\xe9'"),
        ("%.2s|%5.1s|%-4s|%.0s|%05s", "s:abc|s:xyz|s:a|s:abc|s:ab", "ab|    x|a   ||   ab"),
        ("%c%c%5c|%-3c|", "i:65|s:b|i:65|s:b", "Ab    A|b  |"), ("%c", "i:1114112", "!O: %c arg not in range(0x110000)"),
        ("%c", "f:1.5", "!T: %c requires int or char"), ("%c", "s:ab", "!T: %c requires int or char"),
        ("%x", "f:1.5", "!T: %x format: an integer is required, not float"),
        ("%d", "s:a", "!T: %d format: a real number is required, not str"),
        ("%f", "s:a", "!T: must be real number, not str"),
        ("%d", "f:inf", "!O: cannot convert float infinity to integer"),
        ("%d", "f:nan", "!V: cannot convert float NaN to integer"),
        ("%f", "i:1e400", "!O: int too large to convert to float"), ("%f", "i:10", "10.000000"),
        ("%*d|%-*d|%*d|%.*f|%.*f|%0*d", "i:5|i:1|i:5|i:2|i:-5|i:3|i:2|f:3.14159|i:-2|f:3.14159|i:6|i:-42", "    1|2    |3    |3.14|3|-00042"),
        ("%*d", "i:1180591620717411303424|i:1", "!O: Python int too large to convert to C ssize_t"),
        ("%.*d", "i:1099511627776|i:1", "!O: Python int too large to convert to C int"),
        ("%*d", "s:a|i:1", "!T: * wants int"), ("%s %s", "i:1", "!T: not enough arguments for format string"),
        ("abc", "i:1", "!T: not all arguments converted during string formatting"),
        ("%q", "", "!T: not enough arguments for format string"),
        ("%q", "i:1", "!V: unsupported format character 'q' (0x71) at index 1"),
        ("%\u{e9}", "i:1", "!V: unsupported format character '?' (0xe9) at index 1"),
        ("abc%", "i:1", "!V: incomplete format"), ("%5", "i:1", "!V: incomplete format"),
        ("%*", "", "!T: not enough arguments for format string"), ("%*", "i:1", "!V: incomplete format"),
        ("%5%", "", "!T: not enough arguments for format string"),
        ("%5%", "i:1", "!V: unsupported format character '%' (0x25) at index 2"), ("%%%s%%", "s:x", "%x%"),
        ("%(a)s", "i:1", "!T: format requires a mapping"), ("%hd %ld %Lf", "i:1|i:2|f:3.0", "1 2 3.000000"),
        ("%-05d|%-+5d|", "i:-3|i:3", "-3   |+3   |"),
        ("%d", "i:1e5000", "!V: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("%+.1f|%c", "f:-0.01|i:0", "-0.0|\u{0}"),
    ];

    #[rustfmt::skip]
    const PERCENT_MAP: &[(&str, &str)] = &[
        ("%(a)s %(a)d", "1 1"), ("%(b)s", "!K: 'b'"), ("%(a)s %s", "!T: not enough arguments for format string"),
        ("%s %(a)s", "{'a': 1, 'x(y)': 'z'} 1"), ("abc", "abc"), ("%(a", "!V: incomplete format key"),
        ("%(a)", "!V: incomplete format"), ("%(a)5.1f|%(a)-4d|", "  1.0|1   |"), ("%(x(y))s", "z"),
        ("%(a)*d", "!T: not enough arguments for format string"), ("%%(a)s", "%(a)s"), ("%s", "{'a': 1, 'x(y)': 'z'}"),
    ];

    #[test]
    fn float_repr_matches_python() {
        for s in REPR {
            assert_eq!(float_repr(flt(s)), *s);
        }
        assert_eq!(float_repr(-f64::NAN), "nan");
    }

    #[test]
    fn parse_int_matches_python() {
        for (s, base, want) in PARSE_INT {
            assert_eq!(
                show(parse_int(s, *base), |v| format!("{:x}", v)),
                *want,
                "int({:?}, {})",
                s,
                base
            );
        }
        let e = parse_int(&"a".repeat(300), 10).unwrap_err();
        assert_eq!(
            e.msg,
            format!(
                "invalid literal for int() with base 10: '{}",
                "a".repeat(199)
            )
        );
        assert!(parse_int(&"1".repeat(4301), 10)
            .unwrap_err()
            .msg
            .contains("value has 4301 digits; use"));
        assert_eq!(parse_int(&"f_f".repeat(3000), 16).unwrap().bits(), 24000);
        assert_eq!(parse_int(&"9".repeat(4300), 10).unwrap(), num("9x4300"));
    }

    #[test]
    fn parse_float_matches_python() {
        for (s, want) in PARSE_FLOAT {
            assert_eq!(show(parse_float(s), float_repr), *want, "float({:?})", s);
        }
        assert!(parse_float("-nan").unwrap().is_sign_negative());
    }

    #[test]
    fn round_matches_python() {
        for (x, n, want) in ROUND {
            assert_eq!(
                show(float_round_checked(flt(x), *n), float_repr),
                *want,
                "round({}, {})",
                x,
                n
            );
        }
        assert_eq!(float_round(1.7976931348623157e308, -308), f64::INFINITY);
        assert_eq!(
            (
                round_half_even(2.5),
                round_half_even(-3.5),
                round_half_even(0.49999999999999994)
            ),
            (2.0, -4.0, 0.0)
        );
    }

    #[test]
    fn format_matches_python() {
        for (v, spec, want) in FORMAT_INT {
            assert_eq!(
                show(format_int(&num(v), spec), |s| s),
                *want,
                "format({}, {:?})",
                v,
                spec
            );
        }
        for (v, spec, want) in FORMAT_FLOAT {
            assert_eq!(
                show(format_float(flt(v), spec), |s| s),
                *want,
                "format({}, {:?})",
                v,
                spec
            );
        }
        for (v, spec, want) in FORMAT_STR {
            assert_eq!(
                show(format_str(v, spec), |s| s),
                *want,
                "format({:?}, {:?})",
                v,
                spec
            );
        }
        let spec = parse_format_spec("*^+z#012_.3f").unwrap();
        assert_eq!(
            (spec.fill, spec.align, spec.sign, spec.width, spec.precision),
            (Some('*'), Some('^'), Some('+'), Some(12), Some(3))
        );
        assert!(
            spec.no_neg_0
                && spec.alternate
                && !spec.zero
                && spec.grouping == Some('_')
                && spec.ty == Some('f')
        );
        assert_eq!(
            format_int(&BigInt::from(1), "1000000000").unwrap_err().kind,
            MemoryError
        );
    }

    #[test]
    fn percent_matches_python() {
        for (fmt, args, want) in PERCENT {
            let args: Vec<PercentArg> =
                args.split('|').filter(|a| !a.is_empty()).map(arg).collect();
            assert_eq!(
                show(percent_format(fmt, &args, None), |s| s),
                *want,
                "{:?} % {:?}",
                fmt,
                args
            );
        }
        let dict = PercentArg {
            type_name: "dict".into(),
            str_: "{'a': 1, 'x(y)': 'z'}".into(),
            ..Default::default()
        };
        let lookup = |k: &str| match k {
            "a" => Some(arg("i:1")),
            "x(y)" => Some(arg("s:z")),
            _ => None,
        };
        for (fmt, want) in PERCENT_MAP {
            let got = percent_format(fmt, std::slice::from_ref(&dict), Some(&lookup));
            assert_eq!(show(got, |s| s), *want, "{:?} % dict", fmt);
        }
    }
}
