//! Subscripts, slices, lengths, unpacking, and the building blocks of sets and dicts.

use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::int::as_i64;
use crate::value::{PySlice, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Resolved slice bounds for a sequence of some length.
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// A slice's bounds before they are fitted to a length (see `Vm::slice_bounds`).
pub struct SliceBounds {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

impl SliceBounds {
    /// The indices for a sequence of `len` items: negative bounds count from the end, and
    /// both are clamped into range.
    pub fn adjust(&self, len: usize) -> SliceIndices {
        let len = len as i64;
        let step = self.step;
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let clamp = |v: i64| {
            if v < 0 {
                (v + len).max(lo)
            } else {
                v.min(hi)
            }
        };
        let (first, last) = if step > 0 { (lo, hi) } else { (hi, lo) };
        SliceIndices {
            start: self.start.map_or(first, clamp),
            stop: self.stop.map_or(last, clamp),
            step,
        }
    }
}

impl SliceIndices {
    /// The indices the slice selects, in order.
    pub fn indices(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = self.start;
        while (self.step > 0 && i < self.stop) || (self.step < 0 && i > self.stop) {
            out.push(i as usize);
            i += self.step;
        }
        out
    }
}

impl Vm {
    /// An index operand as a machine integer (ints, bools and `__index__`).
    pub fn index_value(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(_) => Err(self.err(
                "IndexError",
                format!("cannot fit 'int' into an index-sized integer"),
            )),
            Value::Instance(_) if self.lookup_special(v, "__index__").is_some() => {
                let m = self.lookup_special(v, "__index__").unwrap_or_default();
                let r = self.call_method_value(&m, v, &[], &[])?;
                self.index_value(&r, what)
            }
            _ if what == "string" => Err(self.type_error(format!(
                "string indices must be integers, not '{}'",
                self.type_name(v)
            ))),
            // "list assignment index out of range", but "list indices must be integers".
            _ => Err(self.type_error(format!(
                "{} indices must be integers or slices, not {}",
                what.trim_end_matches(" assignment")
                    .trim_end_matches(" object"),
                self.type_name(v)
            ))),
        }
    }

    /// An integer operand given to an int-only builtin (`bin`, `chr`, `range`, ...): ints, bools
    /// and objects with `__index__`.
    pub fn index_bigint(&mut self, v: &Value) -> PyResult<num_bigint::BigInt> {
        if let Some(b) = crate::int::to_bigint(v) {
            return Ok(b);
        }
        if let Value::Instance(_) = v {
            if let Some(m) = self.lookup_special(v, "__index__") {
                let r = self.call_method_value(&m, v, &[], &[])?;
                return match crate::int::to_bigint(&r) {
                    Some(b) => Ok(b),
                    None => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        )))
    }

    /// Normalizes an index into a sequence of `len` items, or raises IndexError.
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.index_value(key, what)?;
        let idx = if i < 0 { i + len as i64 } else { i };
        if idx < 0 || idx as usize >= len {
            return Err(self.index_error(if what.is_empty() {
                "index out of range".to_string()
            } else {
                format!("{what} index out of range")
            }));
        }
        Ok(idx as usize)
    }

    /// Resolves a slice against a length, as `slice.indices(len)`.
    pub fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<SliceIndices> {
        let bounds = self.slice_bounds(s)?;
        Ok(bounds.adjust(len))
    }

    /// A slice's start, stop (`None` when absent) and step as machine integers: the part of
    /// `slice_indices` that may run Python code (`__index__`), before any length is known.
    pub fn slice_bounds(&mut self, s: &PySlice) -> PyResult<SliceBounds> {
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_bound(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = match &s.start {
            Value::None => None,
            v => Some(self.slice_bound(v)?),
        };
        let stop = match &s.stop {
            Value::None => None,
            v => Some(self.slice_bound(v)?),
        };
        Ok(SliceBounds { start, stop, step })
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Int(_) | Value::Bool(_) | Value::Instance(_) => self.index_value(v, "slice"),
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                // The bounds first (`__index__` may change the list), then fitted to the
                // list as it is then, as CPython does.
                let bounds = self.slice_bounds(s)?;
                let items = l.borrow();
                let idx = bounds.adjust(items.len());
                Ok(Value::list(match idx.step {
                    // `lst[a:b]` and `lst[:]`: one copy of a run, no index list.
                    1 if idx.start < idx.stop => {
                        items[idx.start as usize..idx.stop as usize].to_vec()
                    }
                    _ => idx
                        .indices()
                        .into_iter()
                        .map(|i| items[i].clone())
                        .collect(),
                }))
            }
            (Value::List(l), _) => {
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let idx = self.slice_indices(s, t.len())?;
                Ok(Value::tuple(
                    idx.indices().into_iter().map(|i| t[i].clone()).collect(),
                ))
            }
            (Value::Tuple(t), _) => {
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            (Value::Str(s), Value::Slice(sl)) if s.ascii => {
                // ASCII: byte offsets are character offsets, and a step-1 slice is one copy.
                let idx = self.slice_indices(sl, s.s.len())?;
                if idx.step == 1 {
                    let n = s.s.len() as i64;
                    let (a, b) = (
                        idx.start.clamp(0, n) as usize,
                        idx.stop.clamp(0, n) as usize,
                    );
                    return Ok(Value::str(if a < b { &s.s[a..b] } else { "" }));
                }
                let bytes = s.s.as_bytes();
                Ok(Value::str(
                    idx.indices()
                        .into_iter()
                        .map(|i| bytes[i] as char)
                        .collect::<String>(),
                ))
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let chars: Vec<char> = s.s.chars().collect();
                let idx = self.slice_indices(sl, chars.len())?;
                Ok(Value::str(
                    idx.indices()
                        .into_iter()
                        .map(|i| chars[i])
                        .collect::<String>(),
                ))
            }
            (Value::Str(s), _) => {
                let len = s.char_len();
                let i = self.seq_index(key, len, "string")?;
                let c = if s.ascii {
                    s.s.as_bytes()[i] as char
                } else {
                    s.s.chars().nth(i).unwrap_or(' ')
                };
                Ok(Value::char(c))
            }
            (Value::Bytes(b), Value::Slice(sl)) => {
                let idx = self.slice_indices(sl, b.len())?;
                Ok(Value::Bytes(Rc::new(
                    idx.indices().into_iter().map(|i| b[i]).collect(),
                )))
            }
            (Value::Bytes(b), _) => {
                let i = self.seq_index(key, b.len(), "")?;
                Ok(Value::Int(i64::from(b[i])))
            }
            (Value::ByteArray(b), Value::Slice(sl)) => {
                let data = b.borrow().clone();
                let idx = self.slice_indices(sl, data.len())?;
                let picked = idx.indices().into_iter().map(|i| data[i]).collect();
                Ok(Value::ByteArray(Rc::new(RefCell::new(picked))))
            }
            (Value::ByteArray(b), _) => {
                let len = b.borrow().len();
                let i = self.seq_index(key, len, "bytearray")?;
                Ok(Value::Int(i64::from(b.borrow()[i])))
            }
            (Value::Range(r), Value::Slice(sl)) => self.range_slice(r, sl),
            (Value::Range(r), _) => self.range_item(r, key),
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, key)?;
                match d.get(&k) {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key.clone())),
                }
            }
            (Value::Instance(_), _) => match self.lookup_special(obj, "__getitem__") {
                Some(m) => self.call_method_value(&m, obj, &[key.clone()], &[]),
                None => Err(self.not_supported(obj, "is not subscriptable")),
            },
            (Value::Type(_), _) if self.meta_special(obj, "__getitem__").is_some() => {
                let m = self.meta_special(obj, "__getitem__").unwrap_or_default();
                self.call_method_value(&m, obj, &[key.clone()], &[])
            }
            (Value::Type(t), _) => match t.lookup("__class_getitem__") {
                Some(m) => {
                    let m = match m {
                        Value::ClassMethod(f) => (*f).clone(),
                        other => other,
                    };
                    self.call(&m, &[obj.clone(), key.clone()], &[])
                }
                None if t.is_heap
                    || matches!(
                        t.name.as_str(),
                        "object"
                            | "int"
                            | "str"
                            | "float"
                            | "bytes"
                            | "bool"
                            | "range"
                            | "complex"
                            | "bytearray"
                            | "slice"
                    ) =>
                {
                    Err(self.type_error(format!("type '{}' is not subscriptable", t.name)))
                }
                // The builtin generic containers make `types.GenericAlias` objects.
                None if matches!(
                    t.name.as_str(),
                    "list" | "dict" | "tuple" | "set" | "frozenset" | "type" | "enumerate"
                ) =>
                {
                    let types = self.import_dotted("types")?;
                    let alias = self.get_attr_str(&types, "GenericAlias")?;
                    self.call(&alias, &[obj.clone(), key.clone()], &[])
                }
                None => Ok(obj.clone()),
            },
            _ => Err(self.not_supported(obj, "is not subscriptable")),
        }
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Slice(s)) => self.list_set_slice(l, s, value),
            (Value::List(l), _) => {
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list assignment")?;
                let old = std::mem::replace(&mut l.borrow_mut()[i], value);
                drop(old);
                Ok(())
            }
            (Value::Dict(d), _) => self.dict_set(d, key, value),
            (Value::ByteArray(b), Value::Slice(s)) => {
                let items =
                    match crate::bytes_methods::bytes_like(&value) {
                        Some(d) => d.into_iter().map(|x| Value::Int(i64::from(x))).collect(),
                        None if crate::int::is_int(&value) => return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        )),
                        None => self.collect(&value)?,
                    };
                let current: Vec<Value> = b
                    .borrow()
                    .iter()
                    .map(|x| Value::Int(i64::from(*x)))
                    .collect();
                let idx = self.slice_indices(s, current.len())?;
                let n = idx.indices().len();
                if idx.step != 1 && n != items.len() {
                    return Err(self.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {n}",
                        items.len()
                    )));
                }
                let tmp = Rc::new(RefCell::new(current));
                self.list_set_slice(&tmp, s, Value::list(items))?;
                let mut out = Vec::with_capacity(tmp.borrow().len());
                for v in tmp.borrow().iter() {
                    out.push(crate::bytes_methods::byte_value(self, v)?);
                }
                *b.borrow_mut() = out;
                Ok(())
            }
            (Value::ByteArray(b), _) => {
                let len = b.borrow().len();
                let i = self.seq_index(&key, len, "bytearray")?;
                let x = crate::bytes_methods::byte_value(self, &value)?;
                b.borrow_mut()[i] = x;
                Ok(())
            }
            (Value::Instance(_), _) => match self.lookup_special(obj, "__setitem__") {
                Some(m) => self
                    .call_method_value(&m, obj, &[key, value], &[])
                    .map(|_| ()),
                None => Err(self.not_supported(obj, "does not support item assignment")),
            },
            _ => Err(self.not_supported(obj, "does not support item assignment")),
        }
    }

    fn list_set_slice(
        &mut self,
        l: &Rc<RefCell<Vec<Value>>>,
        s: &PySlice,
        value: Value,
    ) -> PyResult<()> {
        let len = l.borrow().len();
        let idx = self.slice_indices(s, len)?;
        let iter = match self.get_iter(&value) {
            Err(e) if e.matches(self, "TypeError") => {
                return Err(self.type_error(if idx.step == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                }))
            }
            other => other?,
        };
        let items = self.collect(&iter)?;
        if idx.step == 1 {
            let start = idx.start as usize;
            let stop = (idx.stop.max(idx.start)) as usize;
            l.borrow_mut().splice(start..stop, items);
            return Ok(());
        }
        let targets = idx.indices();
        if targets.len() != items.len() {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                targets.len()
            )));
        }
        let mut list = l.borrow_mut();
        for (i, v) in targets.into_iter().zip(items) {
            list[i] = v;
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let len = l.borrow().len();
                let idx = self.slice_indices(s, len)?;
                let mut remove = idx.indices();
                remove.sort_unstable();
                let mut list = l.borrow_mut();
                for i in remove.into_iter().rev() {
                    list.remove(i);
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list assignment")?;
                let old = l.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            (Value::ByteArray(b), Value::Slice(s)) => {
                let len = b.borrow().len();
                let idx = self.slice_indices(s, len)?;
                let mut remove = idx.indices();
                remove.sort_unstable();
                let mut data = b.borrow_mut();
                for i in remove.into_iter().rev() {
                    data.remove(i);
                }
                Ok(())
            }
            (Value::ByteArray(b), _) => {
                let len = b.borrow().len();
                let i = self.seq_index(key, len, "bytearray")?;
                b.borrow_mut().remove(i);
                Ok(())
            }
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, key)?;
                match d.remove(&k) {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(key.clone())),
                }
            }
            (Value::Instance(_), _) => match self.lookup_special(obj, "__delitem__") {
                Some(m) => self
                    .call_method_value(&m, obj, &[key.clone()], &[])
                    .map(|_| ()),
                None => Err(self.not_supported(obj, "doesn't support item deletion")),
            },
            _ => Err(self.not_supported(obj, "doesn't support item deletion")),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.items.borrow().len(),
            Value::Range(r) => self.range_len(r)?,
            Value::Iterator(it) => match it.borrow().view_len() {
                Some(n) => n,
                None => return Err(self.no_len(v)),
            },
            Value::Type(_) if self.meta_special(v, "__len__").is_some() => {
                let m = self.meta_special(v, "__len__").unwrap_or_default();
                let r = self.call_method_value(&m, v, &[], &[])?;
                as_i64(&r)
                    .filter(|n| *n >= 0)
                    .ok_or_else(|| self.value_error("__len__() should return >= 0"))?
                    as usize
            }
            Value::Instance(_) => match self.lookup_special(v, "__len__") {
                Some(m) => {
                    let r = self.call_method_value(&m, v, &[], &[])?;
                    match as_i64(&r) {
                        Some(n) if n >= 0 => n as usize,
                        Some(_) => return Err(self.value_error("__len__() should return >= 0")),
                        None if matches!(r, Value::BigInt(_)) => {
                            return Err(
                                if num_traits::Signed::is_negative(
                                    &crate::int::to_bigint(&r).unwrap_or_default(),
                                ) {
                                    self.value_error("__len__() should return >= 0")
                                } else {
                                    self.overflow_error(
                                        "cannot fit 'int' into an index-sized integer",
                                    )
                                },
                            )
                        }
                        None => {
                            return Err(self.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&r)
                            )))
                        }
                    }
                }
                None => return Err(self.no_len(v)),
            },
            _ => return Err(self.no_len(v)),
        })
    }

    fn no_len(&self, v: &Value) -> crate::exceptions::PyErr {
        self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        ))
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        // A range says how long it is: allocate once, or fail at once (CPython's length hint).
        let mut out = match v {
            Value::Range(r) => {
                let n = self.range_len(r)?;
                self.alloc_vec(n)?
            }
            _ => Vec::new(),
        };
        while let Some(x) = self.next(&it)? {
            if out.len() == out.capacity() {
                // Grow as push would, but a refused allocation is a MemoryError, not an abort.
                let more = out.len().max(4);
                self.reserve(&mut out, more)?;
            }
            out.push(x);
        }
        Ok(out)
    }

    /// Exactly `n` items of an iterable, for `a, b = ...`.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::List(_) | Value::Tuple(_) => self.collect(v)?,
            _ => {
                let it = match self.get_iter(v) {
                    Ok(it) => it,
                    Err(_) => {
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(v)
                        )))
                    }
                };
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// `a, *b, c = ...`: the items before, a list of the middle, the items after.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match self.get_iter(v) {
            Ok(_) => self.collect(v)?,
            Err(_) => {
                return Err(self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(v)
                )))
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    /// `d[key] = value` with hashing.
    pub fn dict_set(&mut self, d: &Rc<PyDict>, key: Value, value: Value) -> PyResult<()> {
        if !self.ns_hooks.is_empty() {
            // A class body storing into a namespace from `__prepare__` that overrides
            // `__setitem__`: the store goes through it (with the hook off meanwhile, so that its
            // own `super().__setitem__` stores directly).
            let at = Rc::as_ptr(d) as usize;
            if let Some(i) = self.ns_hooks.iter().rposition(|(p, _)| *p == at) {
                let (p, obj) = self.ns_hooks.remove(i);
                let r = self.set_item(&obj, key, value);
                self.ns_hooks.insert(i, (p, obj));
                return r;
            }
        }
        let k = self.dict_key(d, &key)?;
        if crate::dict::needs_py_eq(&k.key) {
            d.py_eq_keys.set(true);
        }
        d.insert(k, value);
        Ok(())
    }

    /// `dict.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update(&mut self, target: &Value, src: &Value) -> PyResult<()> {
        let Value::Dict(d) = target else {
            return Err(self.type_error("dict expected"));
        };
        match src {
            Value::Dict(s) => {
                for (k, v) in s.items() {
                    self.dict_set(d, k, v)?;
                }
            }
            // A dict subclass that keeps dict's own `__iter__` is copied directly, ignoring an
            // overridden `__getitem__`, as CPython's PyDict_Merge does.
            Value::Instance(inst)
                if matches!(&*inst.base_value().borrow(), Value::Dict(_))
                    && matches!(
                        self.lookup_special(src, "__iter__"),
                        Some(Value::Builtin(b)) if b.owner == Some("dict")
                    ) =>
            {
                let base = inst.base_value().borrow().clone();
                if let Value::Dict(s) = base {
                    for (k, v) in s.items() {
                        self.dict_set(d, k, v)?;
                    }
                }
            }
            Value::Instance(_) if self.lookup_special(src, "keys").is_some() => {
                let keys_fn = self.get_attr_str(src, "keys")?;
                let keys = self.call(&keys_fn, &[], &[])?;
                for k in self.collect(&keys)? {
                    let v = self.get_item(src, &k)?;
                    self.dict_set(d, k, v)?;
                }
            }
            _ => {
                for (i, pair) in self.collect(src)?.into_iter().enumerate() {
                    let kv = match self.collect(&pair) {
                        Ok(kv) => kv,
                        Err(_) => {
                            return Err(self.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )))
                        }
                    };
                    if kv.len() != 2 {
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            kv.len()
                        )));
                    }
                    let mut kv = kv.into_iter();
                    let (k, v) = (kv.next().unwrap_or_default(), kv.next().unwrap_or_default());
                    self.dict_set(d, k, v)?;
                }
            }
        }
        Ok(())
    }
}
