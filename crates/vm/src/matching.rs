//! The structural checks of `match` statements, called by compiled patterns as hidden builtins
//! (their names cannot be written in Python): each returns a tuple of the parts to match
//! further, or None when the subject does not have the pattern's shape.

use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// Sequences for pattern matching: lists, tuples, ranges and their subclasses, but not
/// str, bytes or bytearray.
fn sequence_items(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<Value>>> {
    match crate::builtin_dunders::unwrap_base(v) {
        Value::List(l) => Ok(Some(l.borrow().clone())),
        Value::Tuple(t) => Ok(Some(t.to_vec())),
        r @ Value::Range(_) => vm.collect(&r).map(Some),
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Dict(_) => Ok(None),
        _ if is_abc(vm, v, "Sequence")? => vm.collect(v).map(Some),
        _ => Ok(None),
    }
}

/// Whether `v` is a `collections.abc` Sequence or Mapping (a deque, a UserDict, a class
/// deriving from or registered with the ABC), for the subjects that are not builtin ones.
fn is_abc(vm: &mut Vm, v: &Value, abc: &str) -> PyResult<bool> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(false);
    }
    let module = vm.import_dotted("_collections_abc")?;
    let class = vm.get_attr_str(&module, abc)?;
    crate::builtins::is_instance(vm, v, &class)
}

/// A mapping pattern on a non-dict Mapping: `subject.get(key, marker)` for each key.
fn match_abc_mapping(vm: &mut Vm, subject: &Value, keys: &[Value], rest: bool) -> PyResult<Value> {
    let get = vm.get_attr_str(subject, "get")?;
    let marker = Value::Instance(Rc::new(crate::value::PyInstance::new(
        vm.types.object.clone(),
    )));
    let mut parts = Vec::with_capacity(keys.len() + 1);
    for k in keys {
        let v = vm.call(&get, &[k.clone(), marker.clone()], &[])?;
        if v.is(&marker) {
            return Ok(Value::None);
        }
        parts.push(v);
    }
    if rest {
        let dict = Value::Type(vm.types.dict.clone());
        let copy = vm.call(&dict, &[subject.clone()], &[])?;
        if let Value::Dict(d) = &copy {
            for k in keys {
                let key = vm.dict_key(d, k)?;
                d.remove(&key);
            }
        }
        parts.push(copy);
    }
    Ok(Value::tuple(parts))
}

/// `<match_sequence>(subject, before, after, star)`.
pub fn match_sequence(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [subject, Value::Int(before), Value::Int(after), Value::Bool(star)] = args else {
        return Err(vm.err("SystemError", "bad <match_sequence> call"));
    };
    let Some(items) = sequence_items(vm, subject)? else {
        return Ok(Value::None);
    };
    let (before, after) = (*before as usize, *after as usize);
    let fits = if *star {
        items.len() >= before + after
    } else {
        items.len() == before
    };
    if !fits {
        return Ok(Value::None);
    }
    if !*star {
        return Ok(Value::tuple(items));
    }
    let mut parts = items[..before].to_vec();
    parts.push(Value::list(items[before..items.len() - after].to_vec()));
    parts.extend_from_slice(&items[items.len() - after..]);
    Ok(Value::tuple(parts))
}

/// `<match_mapping>(subject, keys, rest)`: the values of the keys (and, with `rest`, a dict of
/// the other items).
pub fn match_mapping(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [subject, Value::Tuple(keys), Value::Bool(rest)] = args else {
        return Err(vm.err("SystemError", "bad <match_mapping> call"));
    };
    let Value::Dict(d) = crate::builtin_dunders::unwrap_base(subject) else {
        if is_abc(vm, subject, "Mapping")? {
            return match_abc_mapping(vm, subject, keys, *rest);
        }
        return Ok(Value::None);
    };
    let mut parts = Vec::with_capacity(keys.len() + 1);
    for (i, k) in keys.iter().enumerate() {
        if keys[..i].iter().any(|p| p.is(k))
            || keys[..i].iter().any(|p| crate::dict::keys_equal(p, k))
        {
            let shown = vm.repr(k)?;
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({shown})")));
        }
        let key = vm.dict_key(&d, k)?;
        match d.get(&key) {
            Some(v) => parts.push(v),
            None => return Ok(Value::None),
        }
    }
    if *rest {
        let others = Rc::new(PyDict::new());
        for (k, v) in d.items() {
            let mut matched = false;
            for key in keys.iter() {
                if k.is(key) || vm.eq(&k, key)? {
                    matched = true;
                    break;
                }
            }
            if !matched {
                vm.dict_set(&others, k, v)?;
            }
        }
        parts.push(Value::Dict(others));
    }
    Ok(Value::tuple(parts))
}

/// Builtin types whose class patterns take one positional sub-pattern: the subject itself.
fn matches_self(vm: &Vm, t: &Rc<crate::types::PyType>) -> bool {
    let ty = &vm.types;
    [
        &ty.bool_,
        &ty.bytearray,
        &ty.bytes,
        &ty.dict,
        &ty.float,
        &ty.frozenset,
        &ty.int,
        &ty.list,
        &ty.set,
        &ty.str_,
        &ty.tuple,
    ]
    .iter()
    .any(|b| Rc::ptr_eq(b, t))
}

/// `<match_class>(subject, cls, npos, kwnames)`: the attributes the sub-patterns match.
pub fn match_class(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [subject, cls, Value::Int(npos), Value::Tuple(kwnames)] = args else {
        return Err(vm.err("SystemError", "bad <match_class> call"));
    };
    let Value::Type(t) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !crate::builtins::is_instance(vm, subject, cls)? {
        return Ok(Value::None);
    }
    let npos = *npos as usize;
    let mut names: Vec<Value> = Vec::new();
    let mut parts = Vec::new();
    if npos > 0 {
        let match_args = match vm.get_attr_str(cls, "__match_args__") {
            Ok(v) => Some(v),
            Err(e) if e.matches(vm, "AttributeError") => None,
            Err(e) => return Err(e),
        };
        match match_args {
            None if t.mro().iter().any(|b| matches_self(vm, b)) => {
                if npos > 1 {
                    return Err(vm.type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        t.name
                    )));
                }
                parts.push(subject.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({npos} given)",
                    t.name
                )));
            }
            Some(Value::Tuple(ma)) => {
                if npos > ma.len() {
                    let s = if ma.len() == 1 { "" } else { "s" };
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{s} ({npos} given)",
                        t.name,
                        ma.len()
                    )));
                }
                names.extend(ma[..npos].iter().cloned());
            }
            Some(other) => {
                return Err(vm.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    t.name,
                    vm.type_name(&other)
                )));
            }
        }
    }
    names.extend(kwnames.iter().cloned());
    for (i, name) in names.iter().enumerate() {
        let Value::Str(n) = name else {
            return Err(vm.type_error(format!(
                "__match_args__ elements must be strings (got {})",
                vm.type_name(name)
            )));
        };
        if names[..i].iter().any(|m| m.as_str() == Some(n.as_str())) {
            return Err(vm.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                t.name,
                n.as_str()
            )));
        }
        match vm.get_attr_str(subject, n.as_str()) {
            Ok(v) => parts.push(v),
            Err(e) if e.matches(vm, "AttributeError") => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::tuple(parts))
}
