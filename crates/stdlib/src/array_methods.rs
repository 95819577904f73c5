//! The methods of `array.array`: list-like mutation, slicing, bytes conversion, comparison,
//! concatenation and repetition.

use crate::array::{convert, item_bytes, item_from, item_size, me, Array};
use crate::native;
use ferropy_bytecode::CompareOperator as C;
use ferropy_vm::args::Args;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("tobytes", tobytes),
    ("frombytes", frombytes),
    ("tolist", tolist),
    ("fromlist", fromlist),
    ("tounicode", tounicode),
    ("fromunicode", fromunicode),
    ("byteswap", byteswap),
    ("buffer_info", buffer_info),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__repr__", repr),
    ("__copy__", copy),
    ("__deepcopy__", copy),
    ("__reduce_ex__", reduce_ex),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__eq__", |vm, a, k| compare(vm, a, k, C::Eq)),
    ("__ne__", |vm, a, k| compare(vm, a, k, C::Ne)),
    ("__lt__", |vm, a, k| compare(vm, a, k, C::Lt)),
    ("__le__", |vm, a, k| compare(vm, a, k, C::Le)),
    ("__gt__", |vm, a, k| compare(vm, a, k, C::Gt)),
    ("__ge__", |vm, a, k| compare(vm, a, k, C::Ge)),
];

fn one<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &'a [Value]) -> PyResult<&'a Value> {
    Ok(&Args::new(&args[1..], kw).exact(vm, name, 1)?[0])
}

fn code(vm: &Vm, v: &Value) -> PyResult<u8> {
    Ok(me(vm, v)?.borrow().code)
}

fn snapshot(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    Ok(me(vm, v)?.borrow().items.clone())
}

fn append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, "append", args, kw)?.clone();
    let c = code(vm, &args[0])?;
    let x = convert(vm, c, &v)?;
    me(vm, &args[0])?.borrow_mut().items.push(x);
    Ok(Value::None)
}

fn extend_from(vm: &mut Vm, target: &Value, src: &Value) -> PyResult<()> {
    let c = code(vm, target)?;
    let items = if let Ok(other) = me(vm, src) {
        let o = other.borrow();
        if o.code != c {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        o.items.clone()
    } else {
        let mut out = Vec::new();
        for v in vm.collect(src)? {
            out.push(convert(vm, c, &v)?);
        }
        out
    };
    me(vm, target)?.borrow_mut().items.extend(items);
    Ok(())
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = one(vm, "extend", args, kw)?.clone();
    extend_from(vm, &args[0], &src)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "insert", 2)?;
    let i = native::ssize_arg(vm, &a[0])?;
    let c = code(vm, &args[0])?;
    let x = convert(vm, c, &a[1])?;
    let st = me(vm, &args[0])?;
    let mut arr = st.borrow_mut();
    let n = arr.items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    arr.items.insert(at, x);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).range(vm, "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => native::ssize_arg(vm, v)?,
        None => -1,
    };
    let st = me(vm, &args[0])?;
    let mut arr = st.borrow_mut();
    let n = arr.items.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(arr.items.remove(j as usize))
}

fn find(vm: &mut Vm, arr: &Value, x: &Value) -> PyResult<Option<usize>> {
    for (i, v) in snapshot(vm, arr)?.iter().enumerate() {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "remove", args, kw)?.clone();
    match find(vm, &args[0], &x)? {
        Some(i) => {
            me(vm, &args[0])?.borrow_mut().items.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).range(vm, "index", 1, 3)?;
    let items = snapshot(vm, &args[0])?;
    let n = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match a.get(1) {
        Some(v) => clamp(native::ssize_arg(vm, v)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => clamp(native::ssize_arg(vm, v)?),
        None => items.len(),
    };
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(v, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("array.index(x): x not in array"))
}

fn count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "count", args, kw)?.clone();
    let mut n = 0;
    for v in snapshot(vm, &args[0])? {
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    me(vm, &args[0])?.borrow_mut().items.reverse();
    Ok(Value::None)
}

fn raw_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let st = me(vm, v)?;
    let arr = st.borrow();
    let mut out = Vec::with_capacity(arr.items.len() * item_size(arr.code));
    for x in &arr.items {
        item_bytes(arr.code, x, &mut out);
    }
    Ok(out)
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::new(raw_bytes(vm, &args[0])?)))
}

pub fn frombytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = one(vm, "frombytes", args, kw)?.clone();
    let data = match &src {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        other => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    let c = code(vm, &args[0])?;
    let size = item_size(c);
    if data.len() % size != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let mut items = Vec::with_capacity(data.len() / size);
    for chunk in data.chunks(size) {
        items.push(item_from(vm, c, chunk)?);
    }
    me(vm, &args[0])?.borrow_mut().items.extend(items);
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::list(snapshot(vm, &args[0])?))
}

fn fromlist(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = one(vm, "fromlist", args, kw)?.clone();
    let Value::List(l) = &src else {
        return Err(vm.type_error("arg must be list"));
    };
    let c = code(vm, &args[0])?;
    let mut items = Vec::new();
    for v in l.borrow().clone() {
        items.push(convert(vm, c, &v)?);
    }
    me(vm, &args[0])?.borrow_mut().items.extend(items);
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if code(vm, &args[0])? != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = snapshot(vm, &args[0])?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    Ok(Value::str(s))
}

fn fromunicode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let src = one(vm, "fromunicode", args, kw)?.clone();
    if code(vm, &args[0])? != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let Value::Str(s) = &src else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(&src)
        )));
    };
    let items: Vec<Value> = s
        .as_str()
        .chars()
        .map(|c| Value::str(c.to_string()))
        .collect();
    me(vm, &args[0])?.borrow_mut().items.extend(items);
    Ok(Value::None)
}

fn byteswap(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = code(vm, &args[0])?;
    let size = item_size(c);
    let mut data = raw_bytes(vm, &args[0])?;
    for chunk in data.chunks_mut(size) {
        chunk.reverse();
    }
    let mut items = Vec::new();
    for chunk in data.chunks(size) {
        items.push(item_from(vm, c, chunk)?);
    }
    me(vm, &args[0])?.borrow_mut().items = items;
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = me(vm, &args[0])?.borrow().items.len();
    let addr = args[0].heap_ptr().unwrap_or(0) as i64;
    Ok(Value::tuple(vec![Value::Int(addr), Value::Int(n as i64)]))
}

fn len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(me(vm, &args[0])?.borrow().items.len() as i64))
}

fn new_like(vm: &mut Vm, v: &Value, items: Vec<Value>) -> PyResult<Value> {
    let c = code(vm, v)?;
    let cls = vm.type_of(v);
    Ok(native::instance(cls, Array { code: c, items }))
}

fn position(vm: &mut Vm, n: usize, key: &Value) -> PyResult<usize> {
    let i = vm.index_value(key, "array")?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("array index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let key = one(vm, "__getitem__", args, kw)?.clone();
    let items = snapshot(vm, &args[0])?;
    if let Value::Slice(s) = &key {
        let idx = vm.slice_indices(s, items.len())?;
        let picked = idx
            .indices()
            .into_iter()
            .map(|i| items[i].clone())
            .collect();
        return new_like(vm, &args[0], picked);
    }
    let i = position(vm, items.len(), &key)?;
    Ok(items[i].clone())
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [arr, key, value] = args else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let c = code(vm, arr)?;
    if let Value::Slice(s) = key {
        let Ok(src) = me(vm, value) else {
            return Err(vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                vm.type_name(value)
            )));
        };
        let (src_code, new) = {
            let s = src.borrow();
            (s.code, s.items.clone())
        };
        if src_code != c {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let n = me(vm, arr)?.borrow().items.len();
        let idx = vm.slice_indices(s, n)?;
        let st = me(vm, arr)?;
        let mut a = st.borrow_mut();
        if idx.step == 1 {
            let (lo, hi) = (idx.start as usize, (idx.stop.max(idx.start)) as usize);
            a.items.splice(lo..hi, new);
        } else {
            let positions = idx.indices();
            if positions.len() != new.len() {
                return Err(vm.value_error(format!(
                    "attempt to assign array of size {} to extended slice of size {}",
                    new.len(),
                    positions.len()
                )));
            }
            for (p, v) in positions.into_iter().zip(new) {
                a.items[p] = v;
            }
        }
        return Ok(Value::None);
    }
    let x = convert(vm, c, value)?;
    let n = me(vm, arr)?.borrow().items.len();
    let i = position(vm, n, key)?;
    me(vm, arr)?.borrow_mut().items[i] = x;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let key = one(vm, "__delitem__", args, kw)?.clone();
    let n = me(vm, &args[0])?.borrow().items.len();
    if let Value::Slice(s) = &key {
        let idx = vm.slice_indices(s, n)?;
        let mut drop: Vec<usize> = idx.indices();
        drop.sort_unstable();
        let st = me(vm, &args[0])?;
        let mut a = st.borrow_mut();
        for i in drop.into_iter().rev() {
            a.items.remove(i);
        }
        return Ok(Value::None);
    }
    let i = position(vm, n, &key)?;
    me(vm, &args[0])?.borrow_mut().items.remove(i);
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = snapshot(vm, &args[0])?;
    vm.get_iter(&Value::list(items))
}

fn contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "__contains__", args, kw)?.clone();
    Ok(Value::Bool(find(vm, &args[0], &x)?.is_some()))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = vm.type_of(&args[0]).name.clone();
    let c = code(vm, &args[0])?;
    let items = snapshot(vm, &args[0])?;
    if items.is_empty() {
        return Ok(Value::str(format!("{name}('{}')", c as char)));
    }
    let body = if c == b'u' {
        let s: String = items.iter().filter_map(|v| v.as_str()).collect();
        vm.repr(&Value::str(s))?
    } else {
        vm.repr(&Value::list(items))?
    };
    Ok(Value::str(format!("{name}('{}', {body})", c as char)))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = snapshot(vm, &args[0])?;
    new_like(vm, &args[0], items)
}

fn same_kind(vm: &mut Vm, a: &Value, b: &Value, what: &str) -> PyResult<Vec<Value>> {
    let Ok(other) = me(vm, b) else {
        return Err(vm.type_error(format!(
            "can only {what} array (not \"{}\") to array",
            vm.type_name(b)
        )));
    };
    let o = other.borrow();
    if o.code != code(vm, a)? {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    Ok(o.items.clone())
}

fn add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one(vm, "__add__", args, kw)?.clone();
    let extra = same_kind(vm, &args[0], &other, "append")?;
    let mut items = snapshot(vm, &args[0])?;
    items.extend(extra);
    new_like(vm, &args[0], items)
}

fn iadd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one(vm, "__iadd__", args, kw)?.clone();
    let extra = same_kind(vm, &args[0], &other, "extend")?;
    me(vm, &args[0])?.borrow_mut().items.extend(extra);
    Ok(args[0].clone())
}

fn repeated(vm: &mut Vm, v: &Value, n: &Value) -> PyResult<Option<Vec<Value>>> {
    if !ferropy_vm::int::is_int(n) && vm.lookup_special(n, "__index__").is_none() {
        return Ok(None);
    }
    let k = native::ssize_arg(vm, n)?.max(0) as usize;
    let items = snapshot(vm, v)?;
    let mut out = vm.alloc_vec(items.len().saturating_mul(k))?;
    for _ in 0..k {
        out.extend(items.iter().cloned());
    }
    Ok(Some(out))
}

fn mul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = one(vm, "__mul__", args, kw)?.clone();
    match repeated(vm, &args[0], &n)? {
        Some(items) => new_like(vm, &args[0], items),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(&n)
        ))),
    }
}

fn imul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = one(vm, "__imul__", args, kw)?.clone();
    match repeated(vm, &args[0], &n)? {
        Some(items) => {
            me(vm, &args[0])?.borrow_mut().items = items;
            Ok(args[0].clone())
        }
        None => Ok(Value::NotImplemented),
    }
}

fn compare(vm: &mut Vm, args: &[Value], kw: &[Value], op: C) -> PyResult<Value> {
    let other = one(vm, "__eq__", args, kw)?.clone();
    if me(vm, &other).is_err() {
        return Ok(Value::NotImplemented);
    }
    let a = snapshot(vm, &args[0])?;
    let b = snapshot(vm, &other)?;
    if matches!(op, C::Eq | C::Ne) && a.len() != b.len() {
        return Ok(Value::Bool(op == C::Ne));
    }
    for (x, y) in a.iter().zip(&b) {
        if !vm.eq(x, y)? {
            return match op {
                C::Eq => Ok(Value::Bool(false)),
                C::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(op as u8, x, y),
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(Value::Bool(match op {
        C::Eq => la == lb,
        C::Ne => la != lb,
        C::Lt => la < lb,
        C::Le => la <= lb,
        C::Gt => la > lb,
        _ => la >= lb,
    }))
}

/// `(type, (typecode, items), state)`, for `copy` and `pickle`.
fn reduce_ex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = code(vm, &args[0])?;
    let items = snapshot(vm, &args[0])?;
    let state = match &args[0] {
        Value::Instance(i) if !i.dict.is_empty() => Value::Dict(i.dict.as_dict()),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![
        Value::Type(vm.type_of(&args[0])),
        Value::tuple(vec![
            Value::str((c as char).to_string()),
            Value::list(items),
        ]),
        state,
    ]))
}
