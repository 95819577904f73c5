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
            if matches!(&*i.base_value.borrow(), Value::Tuple(_) | Value::Dict(_)) =>
        {
            base = i.base_value.borrow().clone();
            &base
        }
        _ => args,
    };
    let positional = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut converted = Vec::with_capacity(positional.len());
    for a in &positional {
        converted.push(percent_arg(vm, a)?);
    }
    // A mapping argument supplies %(name)s keys; its values are converted on demand.
    let mapping_items: Option<Vec<(String, PercentArg)>> = match args {
        Value::Dict(d) => {
            let mut items = Vec::new();
            for (k, v) in d.items() {
                if let Value::Str(s) = &k {
                    items.push((s.s.clone(), percent_arg(vm, &v)?));
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

fn percent_arg(vm: &mut Vm, v: &Value) -> PyResult<PercentArg> {
    let int = match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => crate::int::to_bigint(v),
        _ => None,
    };
    let float = match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::BigInt(b) => num_traits::ToPrimitive::to_f64(&**b),
        _ => None,
    };
    Ok(PercentArg {
        type_name: vm.type_name(v),
        str_: vm.str(v)?,
        repr: vm.repr(v)?,
        ascii: vm.ascii(v)?,
        int,
        float,
    })
}

/// `bytes % args`: formatted as Latin-1 text (bytes arguments of `%s` insert their bytes).
pub fn bytes_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let text =
        crate::bytes_methods::latin1(&crate::bytes_methods::bytes_like(fmt).unwrap_or_default());
    let convert = |vm: &mut Vm, v: &Value| -> PyResult<Value> {
        match crate::bytes_methods::bytes_like(v) {
            Some(b) => Ok(Value::str(crate::bytes_methods::latin1(&b))),
            None if matches!(v, Value::Str(_)) => Err(vm.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                vm.type_name(v)
            ))),
            None => Ok(v.clone()),
        }
    };
    let args = match args {
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.len());
            for x in t.iter() {
                items.push(convert(vm, x)?);
            }
            Value::tuple(items)
        }
        other => convert(vm, other)?,
    };
    let out = percent(vm, &text.replace("%b", "%s"), &args)?;
    let data: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(match fmt {
        Value::ByteArray(_) => Value::ByteArray(std::rc::Rc::new(std::cell::RefCell::new(data))),
        _ => Value::Bytes(std::rc::Rc::new(data)),
    })
}
