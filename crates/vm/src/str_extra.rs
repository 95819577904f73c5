//! More `str` methods: the Unicode-aware `is*` predicates, `translate` and
//! `maketrans`, `removeprefix`/`removesuffix`, and `encode` with codecs and error handlers.

use crate::args::Args;
use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::value::{BuiltinFunction, NativeFn, Value};
use crate::Vm;
use std::rc::Rc;

fn this(vm: &Vm, args: &[Value]) -> PyResult<String> {
    match args.first().map(crate::builtin_dunders::unwrap_base) {
        Some(Value::Str(s)) => Ok(s.s.to_string()),
        Some(v) => Err(vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(&v)
        ))),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

/// Digits that are not decimal (`Numeric_Type=Digit`): superscripts, subscripts, circled and
/// parenthesized digits and the like.
fn is_other_digit(c: char) -> bool {
    matches!(c as u32,
        0xb2 | 0xb3 | 0xb9 | 0x1369..=0x1371 | 0x19da | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
        | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff
        | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792 | 0x10a40..=0x10a43 | 0x1f100..=0x1f10a)
}

pub fn is_decimal(c: char) -> bool {
    crate::numfmt::decimal_value(c).is_some()
}

pub fn is_digit(c: char) -> bool {
    is_decimal(c) || is_other_digit(c)
}

pub fn is_numeric(c: char) -> bool {
    is_digit(c) || crate::str_case::py_isnumeric(c)
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// The titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// `str.istitle()`: uppercase letters only after uncased ones, lowercase only after cased ones.
pub fn is_title(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn predicate(vm: &mut Vm, args: &[Value], f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdecimal(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isdecimal")?;
    predicate(vm, args, is_decimal)
}

fn isdigit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isdigit")?;
    predicate(vm, args, is_digit)
}

fn isnumeric(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isnumeric")?;
    predicate(vm, args, is_numeric)
}

/// CPython's alphabetic: the letter categories (Lu, Ll, Lt, Lm, Lo); Rust's `is_alphabetic`
/// also counts letter numbers and some combining marks.
fn is_alpha(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

fn isalpha(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isalpha")?;
    predicate(vm, args, is_alpha)
}

fn isalnum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isalnum")?;
    predicate(vm, args, |c| is_alpha(c) || is_numeric(c))
}

fn isspace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isspace")?;
    predicate(vm, args, crate::numfmt::py_isspace)
}

fn istitle(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "istitle")?;
    let s = this(vm, args)?;
    Ok(Value::Bool(is_title(&s)))
}

fn isupper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isupper")?;
    let s = this(vm, args)?;
    let ok = s.chars().any(is_cased) && s.chars().all(|c| !c.is_lowercase() && !is_titlecase(c));
    Ok(Value::Bool(ok))
}

fn islower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "islower")?;
    let s = this(vm, args)?;
    let ok = s.chars().any(is_cased) && s.chars().all(|c| !c.is_uppercase() && !is_titlecase(c));
    Ok(Value::Bool(ok))
}

fn isascii(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isascii")?;
    Ok(Value::Bool(this(vm, args)?.is_ascii()))
}

fn isprintable(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "str", "isprintable")?;
    let s = this(vm, args)?;
    Ok(Value::Bool(
        s.chars()
            .all(|c| c == ' ' || crate::numfmt::is_printable(c)),
    ))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args)?;
    let a = Args::new(&args[1..], kw).exact(vm, "removeprefix", 1)?;
    let Value::Str(p) = &a[0] else {
        return Err(vm.type_error(format!(
            "removeprefix() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    Ok(Value::str(s.strip_prefix(p.as_str()).unwrap_or(&s)))
}

fn removesuffix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args)?;
    let a = Args::new(&args[1..], kw).exact(vm, "removesuffix", 1)?;
    let Value::Str(p) = &a[0] else {
        return Err(vm.type_error(format!(
            "removesuffix() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    Ok(Value::str(s.strip_suffix(p.as_str()).unwrap_or(&s)))
}

/// `str.translate(table)`: each character's ordinal looked up in the table; a missing key
/// keeps the character, None deletes it, an int or str replaces it.
fn translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args)?;
    let a = Args::new(&args[1..], kw).exact(vm, "translate", 1)?;
    let table = a[0].clone();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(v) => match crate::int::as_i64(&v) {
                Some(n) => match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(r) => out.push(r),
                    None => {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"))
                    }
                },
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
            Err(e) if e.matches(vm, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::str(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method).
fn maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let d = Rc::new(PyDict::new());
    match a.pos {
        [Value::Dict(m)] => {
            for (k, v) in m.items() {
                let key =
                    match &k {
                        Value::Str(s) if s.char_len() == 1 => {
                            Value::Int(s.s.chars().next().map_or(0, |c| c as i64))
                        }
                        Value::Str(_) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        k if crate::int::as_i64(k).is_some() => k.clone(),
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                vm.dict_set(&d, key, v)?;
            }
        }
        [_] => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            )
        }
        [Value::Str(x), Value::Str(y), rest @ ..] if rest.len() <= 1 => {
            if x.char_len() != y.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (p, q) in x.s.chars().zip(y.s.chars()) {
                vm.dict_set(&d, Value::Int(p as i64), Value::Int(q as i64))?;
            }
            match rest.first() {
                Some(Value::Str(z)) => {
                    for c in z.s.chars() {
                        vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                    }
                }
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        vm.type_name(other)
                    )))
                }
                None => {}
            }
        }
        [_, Value::Str(_), ..] => {
            return Err(vm.type_error(
                "first maketrans argument must be a string if there is a second argument",
            ))
        }
        [_, y, ..] => {
            return Err(vm.type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                vm.type_name(y)
            )))
        }
        [] => return Err(vm.type_error("maketrans() takes at least 1 argument (0 given)")),
    }
    Ok(Value::Dict(d))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn encode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args)?;
    let a = Args::new(&args[1..], kw);
    let text_arg = |vm: &Vm, name: &str, v: Option<Value>, default: &str| match v {
        Some(Value::Str(s)) => Ok(s.s.to_string()),
        Some(v) => Err(vm.type_error(format!(
            "encode() argument '{name}' must be str, not {}",
            vm.type_name(&v)
        ))),
        None => Ok(default.to_string()),
    };
    let encoding = text_arg(vm, "encoding", a.arg_or_kw(0, "encoding"), "utf-8")?;
    let errors = text_arg(vm, "errors", a.arg_or_kw(1, "errors"), "strict")?;
    let Ok(codec) = crate::codecs::lookup(vm, &encoding) else {
        return crate::codecs::python_codec(vm, "encode", Value::str(s), &encoding, &errors);
    };
    Ok(Value::Bytes(Rc::new(crate::codecs::encode(
        vm, &s, codec, &errors,
    )?)))
}

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("istitle", istitle),
        ("isupper", isupper),
        ("islower", islower),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("encode", encode),
    ];
    let t = vm.types.str_.clone();
    for (name, func) in methods {
        let f = BuiltinFunction {
            name,
            func: *func,
            bound: None,
            owner: Some("str"),
        };
        t.dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
    let f = BuiltinFunction {
        name: "maketrans",
        func: maketrans,
        bound: None,
        owner: Some("str"),
    };
    t.dict.set_str(
        "maketrans",
        Value::StaticMethod(Rc::new(Value::Builtin(Rc::new(f)))),
    );
}
