//! Methods of `str` and `bytes`, including `str.format`.

use crate::args::Args;
use crate::exceptions::PyResult;
use crate::str_case;
use crate::value::{BuiltinFunction, NativeFn, Value};
use crate::Vm;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("isdigit", isdigit),
        ("isdecimal", isdigit),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("expandtabs", expandtabs),
    ];
    for (name, func) in methods {
        let f = BuiltinFunction {
            name,
            func: *func,
            bound: None,
            owner: Some("str"),
        };
        vm.types.str_.dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
    let bytes_methods: &[(&'static str, NativeFn)] = &[("decode", decode), ("hex", hex)];
    for (name, func) in bytes_methods {
        let f = BuiltinFunction {
            name,
            func: *func,
            bound: None,
            owner: Some("bytes"),
        };
        vm.types
            .bytes
            .dict
            .set_str(name, Value::Builtin(Rc::new(f)));
    }
}

/// The receiver's text and the remaining arguments.
fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<(&'a str, &'a [Value])> {
    match args.first() {
        Some(Value::Str(s)) => Ok((s.as_str(), &args[1..])),
        Some(v) => Err(vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        let sep = if what.is_empty() { "" } else { " " };
        vm.type_error(format!("{what}{sep}must be str, not {}", vm.type_name(v)))
    })
}

fn join(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (sep, rest) = this(vm, args)?;
    let sep = sep.to_string();
    let Some(iterable) = rest.first() else {
        return Err(vm.type_error("str.join() takes exactly one argument (0 given)"));
    };
    let items = match vm.collect(iterable) {
        Ok(items) => items,
        Err(e)
            if e.matches(vm, "TypeError")
                && !matches!(
                    iterable,
                    Value::Instance(_) | Value::Generator(_) | Value::Iterator(_)
                ) =>
        {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if let Value::Instance(inst) = item {
            // A str subclass joins as its text.
            if let Value::Str(s) = &*inst.base_value().borrow() {
                out.push_str(s.as_str());
                continue;
            }
        }
        match item {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(Value::str(out))
}

/// An integer argument of a str method (a C `Py_ssize_t` in CPython), via `__index__`.
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let b = vm.index_bigint(v)?;
    b.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// The separator and maxsplit of split/rsplit.
fn split_args(
    vm: &mut Vm,
    rest: &[Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(Option<String>, i64)> {
    let a = Args::new(rest, kw);
    for k in kw {
        let k = k.as_str().unwrap_or("");
        if k != "sep" && k != "maxsplit" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            a.pos.len() + kw.len()
        )));
    }
    let sep = match a.arg_or_kw(0, "sep") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.s.is_empty() => return Err(vm.value_error("empty separator")),
        Some(Value::Str(s)) => Some(s.s.to_string()),
        Some(v) => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&v))))
        }
    };
    let max = match a.arg_or_kw(1, "maxsplit") {
        Some(v) => ssize_arg(vm, &v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let (sep, max) = split_args(vm, rest, kw, "split")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<Value> = match sep {
        Some(sep) => s
            .splitn(max.saturating_add(1), sep.as_str())
            .map(Value::str)
            .collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(str_case::py_isspace);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(str_case::py_isspace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(str_case::py_isspace);
            }
            out
        }
    };
    Ok(Value::list(parts))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let (sep, max) = split_args(vm, rest, kw, "rsplit")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<Value> = match sep {
        Some(sep) => s
            .rsplitn(max.saturating_add(1), sep.as_str())
            .map(Value::str)
            .collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(str_case::py_isspace);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest.rfind(str_case::py_isspace).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end_matches(str_case::py_isspace);
            }
            out
        }
    };
    parts.reverse();
    Ok(Value::list(parts))
}

fn strip_with(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let name = match (left, right) {
        (true, true) => "strip",
        (true, false) => "lstrip",
        _ => "rstrip",
    };
    let chars: Option<Vec<char>> = match rest.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.s.chars().collect()),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    let is_strip = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => str_case::py_isspace(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(is_strip);
    }
    if right {
        r = r.trim_end_matches(is_strip);
    }
    Ok(Value::str(r))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, false, true)
}

fn no_args<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    let (s, rest) = this(vm, args)?;
    if !rest.is_empty() {
        return Err(vm.type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            rest.len()
        )));
    }
    Ok(s)
}

fn upper(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(str_case::upper(no_args(vm, args, "upper")?)))
}

fn lower(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(str_case::lower(no_args(vm, args, "lower")?)))
}

fn casefold(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(str_case::casefold(no_args(
        vm, args, "casefold",
    )?)))
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(str_case::swapcase(no_args(
        vm, args, "swapcase",
    )?)))
}

fn title(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(str_case::title(no_args(vm, args, "title")?)))
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(str_case::capitalize(no_args(
        vm,
        args,
        "capitalize",
    )?)))
}

fn replace(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    if rest.len() < 2 {
        return Err(vm.type_error(format!(
            "replace expected at least 2 arguments, got {}",
            rest.len()
        )));
    }
    let old = str_arg(vm, &rest[0], "replace() argument 1")?;
    let new = str_arg(vm, &rest[1], "replace() argument 2")?;
    if rest.len() > 3 {
        return Err(vm.type_error(format!(
            "replace expected at most 3 arguments, got {}",
            rest.len()
        )));
    }
    let count = match rest.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let out = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(Value::str(out))
}

/// A start/end argument of find/count/startswith: None, an int, or an `__index__` object.
fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    use num_traits::{Signed, ToPrimitive};
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
            if let Value::Instance(_) = v {
                if vm.lookup_special(v, "__index__").is_none() {
                    return Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ));
                }
            }
            let b = vm.index_bigint(v)?;
            Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })))
        }
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// Character-index bounds `[start:end]` as byte offsets into `s`, adjusted as CPython's
/// ADJUST_INDICES (a start past the end is kept, so it yields nothing); `min_len` is the
/// length of the needle: None when fewer characters than that remain.
fn bounds(
    vm: &mut Vm,
    s: &str,
    rest: &[Value],
    name: &str,
    min_len: usize,
) -> PyResult<Option<(usize, usize)>> {
    if rest.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            rest.len()
        )));
    }
    let n = s.chars().count() as i64;
    let start = slice_arg(vm, rest.get(1))?.unwrap_or(0);
    let end = slice_arg(vm, rest.get(2))?.unwrap_or(n);
    let end = if end > n {
        n
    } else if end < 0 {
        (end + n).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start + n).max(0) } else { start };
    if end - start < min_len as i64 {
        return Ok(None);
    }
    let byte = |ci: i64| {
        s.char_indices()
            .nth(ci as usize)
            .map_or(s.len(), |(i, _)| i)
    };
    Ok(Some((byte(start), byte(end))))
}

fn affix(vm: &mut Vm, args: &[Value], prefix: bool) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let name = if prefix { "startswith" } else { "endswith" };
    let Some(pat) = rest.first() else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let Some((a, b)) = bounds(vm, s, rest, name, 0)? else {
        return Ok(Value::Bool(false));
    };
    let hay = &s[a..b];
    let pats: Vec<Value> = match pat {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for p in pats {
        let Value::Str(p) = &p else {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&p)
            )));
        };
        let hit = if prefix {
            hay.starts_with(p.as_str())
        } else {
            hay.ends_with(p.as_str())
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(vm, args, true)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix(vm, args, false)
}

/// Finds a substring in `s[start:end]`; returns a character index or -1.
fn find_impl(vm: &mut Vm, args: &[Value], reverse: bool, name: &str) -> PyResult<i64> {
    let (s, rest) = this(vm, args)?;
    let Some(sub) = rest.first() else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let sub = str_arg(vm, sub, "")?;
    let Some((a, b)) = bounds(vm, s, rest, name, sub.chars().count())? else {
        return Ok(-1);
    };
    let hay = &s[a..b];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(match found {
        Some(byte) => s[..a + byte].chars().count() as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, false, "find")?))
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, true, "rfind")?))
}

fn index(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(vm, args, false, "index")? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_impl(vm, args, true, "rindex")? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let Some(sub) = rest.first() else {
        return Err(vm.type_error("count() takes at least 1 argument (0 given)"));
    };
    let sub = str_arg(vm, sub, "")?;
    let Some((a, b)) = bounds(vm, s, rest, "count", sub.chars().count())? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn predicate(vm: &Vm, args: &[Value], name: &str, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = no_args(vm, args, name)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |c| {
        c.is_ascii_digit() || c.to_digit(10).is_some()
    })
}

fn isnumeric(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", str_case::py_isnumeric)
}

fn isalpha(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isalpha", char::is_alphabetic)
}

fn isalnum(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isalnum", char::is_alphanumeric)
}

fn isspace(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isspace", str_case::py_isspace)
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = no_args(vm, args, "isupper")?;
    Ok(Value::Bool(
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase),
    ))
}

fn islower(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = no_args(vm, args, "islower")?;
    Ok(Value::Bool(
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase),
    ))
}

fn isidentifier(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = no_args(vm, args, "isidentifier")?;
    // unicode-ident follows a newer Unicode than CPython 3.11's 14.0: characters assigned
    // since then (unassigned in the general-category table, which is 14.0) do not count.
    let assigned = |c: char| {
        c.is_ascii()
            || unicode_general_category::get_general_category(c)
                != unicode_general_category::GeneralCategory::Unassigned
    };
    let mut chars = s.chars();
    let ok = chars
        .next()
        .is_some_and(|c| c == '_' || (unicode_ident::is_xid_start(c) && assigned(c)))
        // ZWJ/ZWNJ joined XID_Continue after Unicode 14, CPython 3.11's version.
        && chars.all(|c| {
            unicode_ident::is_xid_continue(c) && assigned(c) && !matches!(c, '\u{200c}' | '\u{200d}')
        });
    Ok(Value::Bool(ok))
}

/// The width and fill character of center/ljust/rjust.
fn pad_args(vm: &mut Vm, rest: &[Value], name: &str) -> PyResult<(usize, char)> {
    if rest.is_empty() || rest.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected {}, got {}",
            if rest.is_empty() {
                "at least 1 argument"
            } else {
                "at most 2 arguments"
            },
            rest.len()
        )));
    }
    let width = ssize_arg(vm, &rest[0])?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(Value::Str(s)) if s.char_len() == 1 => s.s.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        Some(v) => {
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(v)
            )))
        }
    };
    Ok((width.max(0) as usize, fill))
}

fn pad(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    left_share: fn(usize, usize) -> usize,
) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let (width, fill) = pad_args(vm, rest, name)?;
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::str(s));
    }
    let total = width - len;
    let left = left_share(total, width);
    let bytes = total
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(s.len()));
    let mut out = vm.alloc_string(bytes.ok_or_else(|| vm.memory_error())?)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(Value::str(out))
}

fn center(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // CPython puts the odd extra character on the left when both the padding and the
    // width are odd.
    pad(vm, args, "center", |total, width| {
        total / 2 + (total & width & 1)
    })
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad(vm, args, "ljust", |_, _| 0)
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pad(vm, args, "rjust", |total, _| total)
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    if rest.len() != 1 {
        return Err(vm.type_error(format!(
            "zfill() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let width = ssize_arg(vm, &rest[0])?.max(0) as usize;
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::str(s));
    }
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    let mut out = vm.alloc_string((width - len).saturating_add(s.len()))?;
    out.push_str(&sign);
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(digits);
    Ok(Value::str(out))
}

fn partition_impl(vm: &mut Vm, args: &[Value], reverse: bool) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    if rest.len() != 1 {
        let name = if reverse { "rpartition" } else { "partition" };
        return Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let sep = str_arg(vm, &rest[0], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if reverse => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let keep = Args::new(rest, kw)
        .arg_or_kw(0, "keepends")
        .is_some_and(|v| matches!(v, Value::Bool(true) | Value::Int(1..)));
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = pos + c.len_utf8();
            if c == '\r' && bytes.get(i + 1).is_some_and(|(_, n)| *n == '\n') {
                end += 1;
                i += 1;
            }
            out.push(Value::str(if keep {
                &s[start..end]
            } else {
                &s[start..pos]
            }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn encode(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (s, _) = this(vm, args)?;
    Ok(Value::Bytes(Rc::new(s.as_bytes().to_vec())))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = this(vm, args)?;
    let size = match Args::new(rest, kw).arg_or_kw(0, "tabsize") {
        Some(v) => ssize_arg(vm, &v)?,
        None => 8,
    };
    if i32::try_from(size).is_err() {
        // CPython's tabsize is a C int.
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let size = size.max(0) as usize;
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' if size > 0 => {
                let n = size - col % size;
                vm.reserve_str(&mut out, n)?;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn decode(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match &args[0] {
        Value::Bytes(b) => match String::from_utf8(b.to_vec()) {
            Ok(s) => Ok(Value::str(s)),
            Err(_) => Err(vm.err("UnicodeDecodeError", "'utf-8' codec can't decode bytes")),
        },
        _ => Err(vm.type_error("decode() requires bytes")),
    }
}

fn hex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match &args[0] {
        Value::Bytes(b) => Ok(Value::str(
            b.iter().map(|x| format!("{x:02x}")).collect::<String>(),
        )),
        _ => Err(vm.type_error("hex() requires bytes")),
    }
}

/// Where the fields of `str.format` come from: the call's arguments, or one mapping
/// (`format_map`).
enum FieldSource<'a> {
    Args(&'a Args<'a>),
    Map(Value),
}

/// Automatic (`{}`) or manual (`{0}`) field numbering, which one format string cannot mix.
#[derive(Default)]
struct Numbering {
    next: usize,
    manual: bool,
    auto: bool,
}

/// `str.format(*args, **kwargs)`.
fn format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (fmt, rest) = this(vm, args)?;
    let fmt = fmt.to_string();
    let a = Args::new(rest, kw);
    let out = format_with(
        vm,
        &fmt,
        &FieldSource::Args(&a),
        &mut Numbering::default(),
        2,
    )?;
    Ok(Value::str(out))
}

/// `str.format_map(mapping)`.
fn format_map(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (fmt, rest) = this(vm, args)?;
    let fmt = fmt.to_string();
    let a = Args::new(rest, kw).exact(vm, "format_map", 1)?;
    let out = format_with(
        vm,
        &fmt,
        &FieldSource::Map(a[0].clone()),
        &mut Numbering::default(),
        2,
    )?;
    Ok(Value::str(out))
}

/// Expands the replacement fields of a format string; `depth` bounds nesting in specs.
/// The scan follows CPython's: literal text, then each field's name (a `[...]` part may hold
/// any char), an optional `!conv`, and a spec whose braces must balance.
fn format_with(
    vm: &mut Vm,
    fmt: &str,
    src: &FieldSource,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut out = String::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        i += 1;
        if c == '}' {
            if chars.get(i) == Some(&'}') {
                out.push('}');
                i += 1;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            continue;
        }
        match chars.get(i) {
            None => return Err(vm.value_error("Single '{' encountered in format string")),
            Some('{') => {
                out.push('{');
                i += 1;
                continue;
            }
            _ => {}
        }
        let (field, next) = scan_field(vm, &chars, i)?;
        i = next;
        let value = lookup_field(vm, &field.name, src, numbering)?;
        let value = match field.conv {
            Some('r') => Value::str(vm.repr(&value)?),
            Some('s') => Value::str(vm.str(&value)?),
            Some('a') => Value::str(vm.ascii(&value)?),
            None => value,
            Some(other) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {other}")))
            }
        };
        let spec = if field.spec.contains('{') {
            format_with(vm, &field.spec, src, numbering, depth - 1)?
        } else {
            field.spec
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

/// One replacement field of a format string.
struct Field {
    name: String,
    conv: Option<char>,
    spec: String,
}

/// Scans the field starting at `chars[i]` (just after its '{'); returns it and the index
/// after its closing '}'.
fn scan_field(vm: &Vm, chars: &[char], mut i: usize) -> PyResult<(Field, usize)> {
    let n = chars.len();
    let start = i;
    let mut stop = None;
    while i < n {
        let c = chars[i];
        i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while i < n && chars[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let mut field = Field {
        name: chars[start..i - 1].iter().collect(),
        conv: None,
        spec: String::new(),
    };
    if stop == '}' {
        return Ok((field, i));
    }
    if stop == '!' {
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conv = Some(conv);
        i += 1;
        if let Some(&c) = chars.get(i) {
            i += 1;
            if c == '}' {
                return Ok((field, i));
            }
            if c != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut level = 1;
    while i < n {
        let c = chars[i];
        i += 1;
        if c == '{' {
            level += 1;
        } else if c == '}' {
            level -= 1;
            if level == 0 {
                field.spec = chars[spec_start..i - 1].iter().collect();
                return Ok((field, i));
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// A field name part that is all ASCII digits is an index; anything else is a key.
fn digits_index(s: &str) -> Option<usize> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Resolves `0`, `name`, `0.attr`, `name[key]` in a format field.
fn lookup_field(
    vm: &mut Vm,
    field: &str,
    src: &FieldSource,
    numbering: &mut Numbering,
) -> PyResult<Value> {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (first, mut rest) = field.split_at(end);
    let positional = |vm: &mut Vm, n: usize| -> PyResult<Value> {
        match src {
            FieldSource::Args(a) => a.pos.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            }),
            FieldSource::Map(m) => {
                let m = m.clone();
                vm.get_item(&m, &Value::Int(n as i64))
            }
        }
    };
    let mut value = if first.is_empty() {
        if numbering.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if matches!(src, FieldSource::Map(_)) {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        numbering.auto = true;
        numbering.next += 1;
        positional(vm, numbering.next - 1)?
    } else if let Some(n) = digits_index(first) {
        if numbering.auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        numbering.manual = true;
        positional(vm, n)?
    } else {
        match src {
            FieldSource::Args(a) => a.kw(first).ok_or_else(|| vm.key_error(Value::str(first)))?,
            FieldSource::Map(m) => {
                let m = m.clone();
                vm.get_item(&m, &Value::str(first))?
            }
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.get_attr_str(&value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match digits_index(key) {
                Some(n) => Value::Int(n as i64),
                None => Value::str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}
