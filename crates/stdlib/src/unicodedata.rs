//! The `unicodedata` module: names (`unicode_names2`), general categories
//! (`unicode-general-category`), normalization and combining classes (`unicode-normalization`),
//! and digit values. The crates' Unicode versions are newer than CPython 3.11's 14.0, so only
//! characters assigned since then can answer differently. `numeric` knows the decimal and digit
//! characters and a table of common fractions, Roman numerals and CJK numerals.

use ferropy_vm::args::Args;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;
use unicode_general_category::{get_general_category, GeneralCategory as G};
use unicode_normalization::UnicodeNormalization;

pub fn make(vm: &mut Vm) -> Value {
    let _ = vm;
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let funcs: &[(&'static str, NativeFn)] = &[
        ("name", name),
        ("lookup", lookup),
        ("category", category),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
        ("combining", combining),
        ("mirrored", mirrored),
        ("bidirectional", bidirectional),
    ];
    for (n, f) in funcs {
        dict.set_str(n, ferropy_vm::builtins::native(n, *f));
    }
    dict.set_str("unidata_version", Value::str("14.0.0"));
    // The Unicode 3.2 view (`stringprep`, `idna`) is approximated by the current data, under
    // the version those modules check for.
    let old = Rc::new(ferropy_vm::dict::PyDict::new());
    for (n, f) in funcs {
        old.set_str(n, ferropy_vm::builtins::native(n, *f));
    }
    old.set_str("unidata_version", Value::str("3.2.0"));
    dict.set_str("ucd_3_2_0", crate::native::module("unicodedata.UCD", old));
    crate::native::module("unicodedata", dict)
}

/// The single character a function takes, with CPython's messages.
fn one_char(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else {
        return Err(vm.type_error(format!("{fname}() takes at least 1 argument (0 given)")));
    };
    // One-argument functions don't number their argument.
    let which = if matches!(fname, "category" | "combining" | "mirrored") {
        "argument"
    } else {
        "argument 1"
    };
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "{fname}() {which} must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error(format!(
            "{fname}() {which} must be a unicode character, not str"
        ))),
    }
}

fn name(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "name", 1, 2)?;
    let c = one_char(vm, "name", a.first())?;
    match unicode_names2::name(c) {
        Some(n) => Ok(Value::str(n.to_string())),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error("no such name")),
        },
    }
}

fn lookup(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "lookup", 1)?;
    let Some(n) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "lookup() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    match unicode_names2::character(n) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => {
            let class = vm.types.exceptions["KeyError"].clone();
            Err(vm.new_exception(
                &class,
                vec![Value::str(format!("undefined character name '{n}'"))],
            ))
        }
    }
}

fn category_code(c: char) -> &'static str {
    match get_general_category(c) {
        G::ClosePunctuation => "Pe",
        G::ConnectorPunctuation => "Pc",
        G::Control => "Cc",
        G::CurrencySymbol => "Sc",
        G::DashPunctuation => "Pd",
        G::DecimalNumber => "Nd",
        G::EnclosingMark => "Me",
        G::FinalPunctuation => "Pf",
        G::Format => "Cf",
        G::InitialPunctuation => "Pi",
        G::LetterNumber => "Nl",
        G::LineSeparator => "Zl",
        G::LowercaseLetter => "Ll",
        G::MathSymbol => "Sm",
        G::ModifierLetter => "Lm",
        G::ModifierSymbol => "Sk",
        G::NonspacingMark => "Mn",
        G::OpenPunctuation => "Ps",
        G::OtherLetter => "Lo",
        G::OtherNumber => "No",
        G::OtherPunctuation => "Po",
        G::OtherSymbol => "So",
        G::ParagraphSeparator => "Zp",
        G::PrivateUse => "Co",
        G::SpaceSeparator => "Zs",
        G::SpacingMark => "Mc",
        G::Surrogate => "Cs",
        G::TitlecaseLetter => "Lt",
        G::Unassigned => "Cn",
        G::UppercaseLetter => "Lu",
        _ => "Cn",
    }
}

fn category(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "category", 1)?;
    let c = one_char(vm, "category", a.first())?;
    Ok(Value::str(category_code(c)))
}

/// The value of a digit that is not decimal (superscripts, circled digits, ...).
fn other_digit(c: char) -> Option<u32> {
    let u = c as u32;
    let runs: &[(u32, u32, u32)] = &[
        // (first, last, value of first)
        (0xb2, 0xb3, 2),
        (0xb9, 0xb9, 1),
        (0x1369, 0x1371, 1),
        (0x19da, 0x19da, 1),
        (0x2070, 0x2070, 0),
        (0x2074, 0x2079, 4),
        (0x2080, 0x2089, 0),
        (0x2460, 0x2468, 1),
        (0x2474, 0x247c, 1),
        (0x2488, 0x2490, 1),
        (0x24ea, 0x24ea, 0),
        (0x24f5, 0x24fd, 1),
        (0x24ff, 0x24ff, 0),
        (0x2776, 0x277e, 1),
        (0x2780, 0x2788, 1),
        (0x278a, 0x2792, 1),
        (0x10a40, 0x10a43, 1),
        (0x1f100, 0x1f100, 0),
        (0x1f101, 0x1f10a, 0),
    ];
    runs.iter()
        .find(|(lo, hi, _)| (*lo..=*hi).contains(&u))
        .map(|(lo, _, v)| v + (u - lo))
}

fn digit_value(c: char) -> Option<u32> {
    ferropy_vm::numfmt::decimal_value(c).or_else(|| other_digit(c))
}

/// Numeric values of common characters that are neither decimal nor digits.
fn other_numeric(c: char) -> Option<f64> {
    let u = c as u32;
    let frac = |n: f64, d: f64| Some(n / d);
    match u {
        0xbc => frac(1.0, 4.0),
        0xbd => frac(1.0, 2.0),
        0xbe => frac(3.0, 4.0),
        0x2150 => frac(1.0, 7.0),
        0x2151 => frac(1.0, 9.0),
        0x2152 => frac(1.0, 10.0),
        0x2153 => frac(1.0, 3.0),
        0x2154 => frac(2.0, 3.0),
        0x2155..=0x2158 => frac((u - 0x2154) as f64, 5.0),
        0x2159 => frac(1.0, 6.0),
        0x215a => frac(5.0, 6.0),
        0x215b => frac(1.0, 8.0),
        0x215c => frac(3.0, 8.0),
        0x215d => frac(5.0, 8.0),
        0x215e => frac(7.0, 8.0),
        0x215f => Some(1.0),
        0x2189 => Some(0.0),
        0x2160..=0x216f | 0x2170..=0x217f => {
            let i = (u - 0x2160) % 16;
            let roman = [
                1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 50.0, 100.0, 500.0,
                1000.0,
            ];
            Some(roman[i as usize])
        }
        0x2180 => Some(1000.0),
        0x2181 => Some(5000.0),
        0x2182 => Some(10000.0),
        0x2469..=0x2473 => Some((u - 0x2469 + 10) as f64),
        0x247d..=0x2487 => Some((u - 0x247d + 10) as f64),
        0x2491..=0x249b => Some((u - 0x2491 + 10) as f64),
        0x3007 => Some(0.0),
        0x4e00 => Some(1.0),
        0x4e8c => Some(2.0),
        0x4e09 => Some(3.0),
        0x56db => Some(4.0),
        0x4e94 => Some(5.0),
        0x516d => Some(6.0),
        0x4e03 => Some(7.0),
        0x516b => Some(8.0),
        0x4e5d => Some(9.0),
        0x5341 => Some(10.0),
        0x767e => Some(100.0),
        0x5343 => Some(1000.0),
        0x4e07 => Some(10000.0),
        0x5104 => Some(100000000.0),
        _ => None,
    }
}

/// Shared body of decimal/digit/numeric: the value, or the default, or ValueError.
fn value_or(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    fname: &str,
    msg: &str,
    f: fn(char) -> Option<Value>,
) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, fname, 1, 2)?;
    let c = one_char(vm, fname, a.first())?;
    match (f(c), a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error(msg)),
    }
}

fn decimal(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    value_or(vm, args, kw, "decimal", "not a decimal", |c| {
        ferropy_vm::numfmt::decimal_value(c).map(|v| Value::Int(v as i64))
    })
}

fn digit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    value_or(vm, args, kw, "digit", "not a digit", |c| {
        digit_value(c).map(|v| Value::Int(v as i64))
    })
}

fn numeric(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    value_or(vm, args, kw, "numeric", "not a numeric character", |c| {
        digit_value(c)
            .map(|v| v as f64)
            .or_else(|| other_numeric(c))
            .map(Value::Float)
    })
}

fn form_and_text(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    fname: &str,
) -> PyResult<(String, String)> {
    let a = Args::new(args, kw).exact(vm, fname, 2)?;
    let (Some(form), Some(text)) = (a[0].as_str(), a[1].as_str()) else {
        let bad = if a[0].as_str().is_none() {
            &a[0]
        } else {
            &a[1]
        };
        let n = if a[0].as_str().is_none() { 1 } else { 2 };
        return Err(vm.type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            vm.type_name(bad)
        )));
    };
    if !matches!(form, "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form.to_string(), text.to_string()))
}

fn apply(form: &str, text: &str) -> String {
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

fn normalize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, args, kw, "normalize")?;
    Ok(Value::str(apply(&form, &text)))
}

fn is_normalized(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, args, kw, "is_normalized")?;
    Ok(Value::Bool(apply(&form, &text) == text))
}

fn combining(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "combining", 1)?;
    let c = one_char(vm, "combining", a.first())?;
    Ok(Value::Int(
        unicode_normalization::char::canonical_combining_class(c) as i64,
    ))
}

/// Bidi_Mirrored for the common brackets (other characters answer 0).
/// The bidirectional class ("L", "R", "AL", "EN", ...; "" for unassigned code points).
fn bidirectional(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "bidirectional", 1)?;
    let c = one_char(vm, "bidirectional", a.first())?;
    if unicode_general_category::get_general_category(c)
        == unicode_general_category::GeneralCategory::Unassigned
    {
        return Ok(Value::str(""));
    }
    Ok(Value::str(format!("{:?}", unicode_bidi::bidi_class(c))))
}

fn mirrored(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "mirrored", 1)?;
    let c = one_char(vm, "mirrored", a.first())?;
    let m = matches!(
        c,
        '(' | ')'
            | '<'
            | '>'
            | '['
            | ']'
            | '{'
            | '}'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '⁅'
            | '⁆'
            | '⟨'
            | '⟩'
            | '〈'
            | '〉'
            | '《'
            | '》'
            | '「'
            | '」'
    );
    Ok(Value::Int(m as i64))
}
