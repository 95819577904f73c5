//! `str % args`: converts the arguments for `numfmt::percent_format`.

use crate::exceptions::PyResult;
use crate::numfmt::{self, PercentArg};
use crate::value::Value;
use crate::Vm;

/// `fmt % args`.
pub fn percent(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    // A tuple or dict subclass (a namedtuple's repr does `fmt % self`) counts as its base value.
    let base;
    let args = match args {
        Value::Instance(i)
            if matches!(&*i.base_value().borrow(), Value::Tuple(_) | Value::Dict(_)) =>
        {
            base = i.base_value().borrow().clone();
            &base
        }
        _ => args,
    };
    let positional = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let used = conversions_used(fmt);
    let mut converted = Vec::with_capacity(positional.len());
    for a in &positional {
        converted.push(percent_arg(vm, a, used)?);
    }
    // A mapping argument supplies %(name)s keys; its values are converted on demand.
    let mapping_items: Option<Vec<(String, PercentArg)>> = match args {
        Value::Dict(d) => {
            let mut items = Vec::new();
            for (k, v) in d.items() {
                if let Value::Str(s) = &k {
                    items.push((s.s.to_string(), percent_arg(vm, &v, used)?));
                }
            }
            Some(items)
        }
        _ => None,
    };
    let lookup = |key: &str| -> Option<PercentArg> {
        mapping_items
            .as_ref()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let mapping: Option<&dyn Fn(&str) -> Option<PercentArg>> = if mapping_items.is_some() {
        Some(&lookup)
    } else {
        None
    };
    numfmt::percent_format(fmt, &converted, mapping).map_err(|e| vm.fmt_error(e))
}

/// Which of the text conversions `%s`, `%r` and `%a` a format uses: only those texts are
/// computed (a `__repr__` doing `"%d" % self` must not call itself).
fn conversions_used(fmt: &str) -> [bool; 3] {
    let mut used = [false; 3];
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        if chars.peek() == Some(&'(') {
            let mut depth = 0;
            for k in chars.by_ref() {
                match k {
                    '(' => depth += 1,
                    ')' if depth == 1 => break,
                    ')' => depth -= 1,
                    _ => {}
                }
            }
        }
        while chars
            .peek()
            .is_some_and(|k| "-+ #0123456789*.hlL".contains(*k))
        {
            chars.next();
        }
        match chars.next() {
            Some('s') => used[0] = true,
            Some('r') => used[1] = true,
            Some('a') => used[2] = true,
            _ => {}
        }
    }
    used
}

fn percent_arg(vm: &mut Vm, v: &Value, used: [bool; 3]) -> PyResult<PercentArg> {
    // An int or float subclass formats as its value under %d, %x, %f, ...
    let base = crate::builtin_dunders::unwrap_base(v);
    let v_num = match &base {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => &base,
        _ => v,
    };
    let int = match v_num {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => crate::int::to_bigint(v),
        _ => None,
    };
    let float = match v_num {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::BigInt(b) => num_traits::ToPrimitive::to_f64(&**b),
        _ => None,
    };
    Ok(PercentArg {
        type_name: vm.type_name(v),
        // %c of a str reads its text too.
        str_: if used[0] || matches!(v, Value::Str(_)) {
            vm.str(v)?
        } else {
            String::new()
        },
        repr: if used[1] { vm.repr(v)? } else { String::new() },
        ascii: if used[2] { vm.ascii(v)? } else { String::new() },
        int,
        float,
    })
}

/// `bytes % args`: formatted as Latin-1 text. The conversions are scanned first so each
/// argument is prepared for its own: `%s`/`%b` take bytes-like values (or `__bytes__`),
/// `%r`/`%a` insert `ascii()`, `%c` also takes a one-byte bytes.
pub fn bytes_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let text =
        crate::bytes_methods::latin1(&crate::bytes_methods::bytes_like(fmt).unwrap_or_default());
    let keyed = keyed_bytes_conversions(&text);
    let (text, kinds) = scan_bytes_conversions(&text);
    let convert = |vm: &mut Vm, v: &Value, kind: char| -> PyResult<Value> {
        match kind {
            's' | 'b' => {
                if let Some(b) = crate::bytes_methods::bytes_like(v) {
                    return Ok(Value::str(crate::bytes_methods::latin1(&b)));
                }
                if let Some(m) = vm.lookup_special(v, "__bytes__") {
                    let r = vm.call_method_value(&m, v, &[], &[])?;
                    if let Some(b) = crate::bytes_methods::bytes_like(&r) {
                        return Ok(Value::str(crate::bytes_methods::latin1(&b)));
                    }
                }
                Err(vm.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    vm.type_name(v)
                )))
            }
            'r' | 'a' => Ok(Value::str(vm.ascii(v)?)),
            'c' => match crate::bytes_methods::bytes_like(v) {
                Some(b) if b.len() == 1 => Ok(Value::Int(i64::from(b[0]))),
                Some(_) | None if matches!(v, Value::Str(_) | Value::Bytes(_)) => {
                    Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
                }
                _ => match v {
                    Value::Int(i) if !(0..256).contains(i) => {
                        Err(vm.overflow_error("%c arg not in range(256)"))
                    }
                    _ => Ok(v.clone()),
                },
            },
            _ => Ok(v.clone()),
        }
    };
    let args = match args {
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.len());
            for (i, x) in t.iter().enumerate() {
                items.push(convert(vm, x, kinds.get(i).copied().unwrap_or('d'))?);
            }
            Value::tuple(items)
        }
        Value::Dict(d) => {
            // A mapping: each keyed conversion prepares its own value in a copy.
            let copy = std::rc::Rc::new(crate::dict::PyDict::new());
            for (k, v) in d.items() {
                vm.dict_set(&copy, k, v)?;
            }
            for (key, kind) in keyed {
                let k = Value::Bytes(std::rc::Rc::new(
                    key.chars().map(|c| c as u32 as u8).collect(),
                ));
                if let Ok(v) = vm.get_item(&Value::Dict(d.clone()), &k) {
                    // The shared formatter looks keys up as text.
                    let c = convert(vm, &v, kind)?;
                    vm.dict_set(&copy, Value::str(key), c)?;
                }
            }
            Value::Dict(copy)
        }
        other => convert(vm, other, kinds.first().copied().unwrap_or('d'))?,
    };
    let out = percent(vm, &text, &args)?;
    let data: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(match fmt {
        Value::ByteArray(_) => Value::ByteArray(std::rc::Rc::new(std::cell::RefCell::new(data))),
        _ => Value::Bytes(std::rc::Rc::new(data)),
    })
}

/// The conversion type of each positional argument of a bytes format (`*` widths count as
/// 'd'), and the format with `%b`, `%r` and `%a` rewritten to `%s`.
fn scan_bytes_conversions(text: &str) -> (String, Vec<char>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut kinds = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        out.push(chars[i]);
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'(') {
            while i < chars.len() && chars[i] != ')' {
                out.push(chars[i]);
                i += 1;
            }
        }
        while i < chars.len() && "-+ #0123456789.*()lhL".contains(chars[i]) {
            if chars[i] == '*' {
                kinds.push('d');
            }
            out.push(chars[i]);
            i += 1;
        }
        if let Some(&t) = chars.get(i) {
            if t != '%' {
                kinds.push(t);
            }
            out.push(if matches!(t, 'b' | 'r' | 'a') { 's' } else { t });
            i += 1;
        }
    }
    (out, kinds)
}

/// The `%(key)X` conversions of a bytes format, for a mapping argument.
fn keyed_bytes_conversions(text: &str) -> Vec<(String, char)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(p) = rest.find("%(") {
        let after = &rest[p + 2..];
        let Some(close) = after.find(')') else { break };
        let key = after[..close].to_string();
        let tail = &after[close + 1..];
        let t = tail.chars().find(|c| !"-+ #0123456789.*lhL".contains(*c));
        out.push((key, t.unwrap_or('s')));
        rest = tail;
    }
    out
}
