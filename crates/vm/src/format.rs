//! `str % args`: converts the arguments for `numfmt::percent_format`.

use crate::exceptions::PyResult;
use crate::numfmt::{self, PercentArg};
use crate::value::Value;
use crate::Vm;

/// `fmt % args`.
pub fn percent(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
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
        mapping_items.as_ref()?.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    let mapping: Option<&dyn Fn(&str) -> Option<PercentArg>> = if mapping_items.is_some() { Some(&lookup) } else { None };
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
