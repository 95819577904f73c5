//! A one-dimensional `memoryview` over `bytes` and `bytearray`. A view keeps its object and
//! reads through it (writes to a `bytearray` show through the view, and item and slice
//! assignment through a writable view change the `bytearray`); slicing, with any step, makes
//! another view of the same object. `cast` to the native integer formats, `tobytes`, `tolist`,
//! `hex`, comparisons, `release` and the `with` statement are there; multi-dimensional shapes
//! and the struct formats beyond single integers are not.

use ferropy_vm::args::Args;
use ferropy_vm::value::{BuiltinFunction, NativeFn, Property, PyInstance, Value};
use ferropy_vm::{PyResult, Vm};
use std::cell::Cell;
use std::rc::Rc;

struct View {
    /// The `bytes` or `bytearray` the view reads.
    obj: Value,
    /// Byte offset of the first item, the step between items (in items), and the item count.
    offset: usize,
    step: isize,
    len: usize,
    format: char,
    itemsize: usize,
    released: Cell<bool>,
}

impl View {
    /// The byte offset of item `i`.
    fn at(&self, i: usize) -> usize {
        (self.offset as isize + i as isize * self.step * self.itemsize as isize) as usize
    }

    /// The bytes the view shows, in order.
    fn data(&self) -> Vec<u8> {
        let read = |src: &[u8]| {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for i in 0..self.len {
                let p = self.at(i);
                out.extend_from_slice(src.get(p..p + self.itemsize).unwrap_or(&[]));
            }
            out
        };
        match &self.obj {
            Value::Bytes(b) => read(b),
            Value::ByteArray(b) => read(&b.borrow()),
            _ => Vec::new(),
        }
    }
}

fn itemsize(format: char) -> Option<usize> {
    Some(match format {
        'B' | 'b' | 'c' => 1,
        'H' | 'h' => 2,
        'I' | 'i' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' => 8,
        _ => return None,
    })
}

/// Installs `memoryview`'s constructor and methods on the builtin type.
pub fn install(vm: &mut Vm) {
    ferropy_vm::bytes_methods::set_buffer_hook(|v| bytes_of(v).map(|b| b.to_vec()));
    let t = vm.types.memoryview.clone();
    let f = |name: &'static str, func: NativeFn| {
        Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            bound: None,
            owner: Some("memoryview"),
        }))
    };
    t.dict
        .set_str("__new__", Value::StaticMethod(Rc::new(f("__new__", new))));
    let methods: &[(&'static str, NativeFn)] = &[
        ("cast", cast),
        ("tolist", tolist),
        ("tobytes", |vm, a, _| {
            Ok(Value::Bytes(Rc::new(live(vm, a)?.data())))
        }),
        ("hex", hex),
        ("__len__", |vm, a, _| {
            Ok(Value::Int(live(vm, a)?.len as i64))
        }),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__eq__", eq),
        ("release", |vm, a, _| {
            view(vm, a)?.released.set(true);
            Ok(Value::None)
        }),
        ("__enter__", |vm, a, _| {
            live(vm, a)?;
            Ok(a[0].clone())
        }),
        ("__exit__", |vm, a, _| {
            view(vm, a)?.released.set(true);
            Ok(Value::None)
        }),
    ];
    for (name, func) in methods {
        t.dict.set_str(name, f(name, *func));
    }
    t.dict.set_str("__hash__", Value::None);
    let props: &[(&'static str, NativeFn)] = &[
        ("itemsize", |vm, a, _| {
            Ok(Value::Int(live(vm, a)?.itemsize as i64))
        }),
        ("nbytes", |vm, a, _| {
            let v = live(vm, a)?;
            Ok(Value::Int((v.len * v.itemsize) as i64))
        }),
        ("format", |vm, a, _| {
            Ok(Value::str(live(vm, a)?.format.to_string()))
        }),
        ("readonly", |vm, a, _| {
            Ok(Value::Bool(matches!(live(vm, a)?.obj, Value::Bytes(_))))
        }),
        ("ndim", |vm, a, _| {
            live(vm, a)?;
            Ok(Value::Int(1))
        }),
        ("obj", |vm, a, _| Ok(live(vm, a)?.obj.clone())),
        ("shape", |vm, a, _| {
            Ok(Value::tuple(vec![Value::Int(live(vm, a)?.len as i64)]))
        }),
        ("strides", |vm, a, _| {
            let v = live(vm, a)?;
            Ok(Value::tuple(vec![Value::Int(
                v.step as i64 * v.itemsize as i64,
            )]))
        }),
        ("contiguous", contiguous),
        ("c_contiguous", contiguous),
        ("f_contiguous", contiguous),
    ];
    for (name, func) in props {
        let p = Property {
            getter: f(name, *func),
            setter: Value::None,
            deleter: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Some(name.to_string())),
        };
        t.dict.set_str(name, Value::Property(Rc::new(p)));
    }
}

fn contiguous(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = live(vm, args)?;
    Ok(Value::Bool(v.step == 1 || v.len <= 1))
}

fn make(vm: &Vm, v: View) -> Value {
    let inst = PyInstance::new(vm.types.memoryview.clone());
    *inst.extra().base_value.borrow_mut() = Value::Opaque(Rc::new(Box::new(Rc::new(v))));
    Value::Instance(Rc::new(inst))
}

fn view_of(v: &Value) -> Option<Rc<View>> {
    if let Value::Instance(i) = v {
        if let Value::Opaque(o) = &*i.base_value().borrow() {
            return o.downcast_ref::<Rc<View>>().cloned();
        }
    }
    None
}

/// The bytes a memoryview shows (for `re` matching over one, and bytes-like arguments).
pub fn bytes_of(v: &Value) -> Option<Rc<Vec<u8>>> {
    view_of(v)
        .filter(|v| !v.released.get())
        .map(|v| Rc::new(v.data()))
}

fn view(vm: &Vm, args: &[Value]) -> PyResult<Rc<View>> {
    args.first()
        .and_then(view_of)
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))
}

/// The receiver, which must not be released.
fn live(vm: &Vm, args: &[Value]) -> PyResult<Rc<View>> {
    let v = view(vm, args)?;
    if v.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(v)
}

fn new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(obj) = a.arg_or_kw(1, "object") else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    let base = ferropy_vm::builtin_dunders::unwrap_base(&obj);
    let len = match &base {
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        Value::Instance(_) => {
            if let Some(v) = view_of(&obj) {
                if v.released.get() {
                    return Err(vm.value_error("operation forbidden on released memoryview object"));
                }
                return Ok(make(vm, copy_of(&v)));
            }
            return Err(not_buffer(vm, &obj));
        }
        _ => return Err(not_buffer(vm, &obj)),
    };
    Ok(make(
        vm,
        View {
            obj: base,
            offset: 0,
            step: 1,
            len,
            format: 'B',
            itemsize: 1,
            released: Cell::new(false),
        },
    ))
}

fn copy_of(v: &View) -> View {
    View {
        obj: v.obj.clone(),
        offset: v.offset,
        step: v.step,
        len: v.len,
        format: v.format,
        itemsize: v.itemsize,
        released: Cell::new(false),
    }
}

fn not_buffer(vm: &Vm, v: &Value) -> ferropy_vm::exceptions::PyErr {
    vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        vm.type_name(v)
    ))
}

fn cast(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = live(vm, args)?;
    let a = Args::new(args, kw);
    let fmt = match a.arg_or_kw(1, "format") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("memoryview: format argument must be a string")),
    };
    let mut chars = fmt.trim_start_matches('@').chars();
    let size = match (chars.next(), chars.next()) {
        (Some(c), None) => itemsize(c).map(|n| (c, n)),
        _ => None,
    };
    let Some((c, size)) = size else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if v.step != 1 && v.len > 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let nbytes = v.len * v.itemsize;
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(make(
        vm,
        View {
            obj: v.obj.clone(),
            offset: v.offset,
            step: 1,
            len: nbytes / size,
            format: c,
            itemsize: size,
            released: Cell::new(false),
        },
    ))
}

fn item(v: &View, bytes: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    let u = u64::from_le_bytes(buf);
    let signed = |bits: u32| ((u << (64 - bits)) as i64) >> (64 - bits);
    match v.format {
        'c' => Value::Bytes(Rc::new(bytes.to_vec())),
        'b' => Value::Int(signed(8)),
        'h' => Value::Int(signed(16)),
        'i' => Value::Int(signed(32)),
        'l' | 'q' | 'n' => Value::Int(u as i64),
        _ => Value::from_bigint(num_bigint::BigInt::from(u)),
    }
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = live(vm, args)?;
    let data = v.data();
    Ok(Value::list(
        data.chunks(v.itemsize).map(|c| item(&v, c)).collect(),
    ))
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = live(vm, args)?;
    let b = Value::Bytes(Rc::new(v.data()));
    let m = vm.get_attr_str(&b, "hex")?;
    vm.call(&m, &args[1..], kw)
}

/// An index into the view, or IndexError.
fn index(vm: &mut Vm, v: &View, key: &Value) -> PyResult<usize> {
    let i = ferropy_vm::int::as_i64(key)
        .ok_or_else(|| vm.type_error("memoryview: invalid slice key"))?;
    let n = v.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// The view of a slice of `v`.
fn sliced(vm: &mut Vm, v: &View, s: &ferropy_vm::value::PySlice) -> PyResult<View> {
    let idx = vm.slice_indices(s, v.len)?;
    let n = idx.indices().len();
    let first = if n == 0 { 0 } else { v.at(idx.start as usize) };
    Ok(View {
        offset: first,
        step: v.step * idx.step as isize,
        len: n,
        ..copy_of(v)
    })
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = live(vm, args)?;
    let key = args.get(1).cloned().unwrap_or_default();
    if let Value::Slice(s) = &key {
        let sub = sliced(vm, &v, s)?;
        return Ok(make(vm, sub));
    }
    let i = index(vm, &v, &key)?;
    let p = v.at(i);
    let bytes = match &v.obj {
        Value::Bytes(b) => b.get(p..p + v.itemsize).map(<[u8]>::to_vec),
        Value::ByteArray(b) => b.borrow().get(p..p + v.itemsize).map(<[u8]>::to_vec),
        _ => None,
    };
    match bytes {
        Some(b) => Ok(item(&v, &b)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = live(vm, args)?;
    let Value::ByteArray(target) = &v.obj else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let (key, value) = (&args[1], &args[2]);
    // The positions written and the bytes that go there.
    let (positions, bytes): (Vec<usize>, Vec<u8>) = if let Value::Slice(s) = key {
        let sub = sliced(vm, &v, s)?;
        let src = crate::buffer::bytes_of(value).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            ))
        })?;
        if src.len() != sub.len * sub.itemsize {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        ((0..sub.len).map(|i| sub.at(i)).collect(), src)
    } else {
        let i = index(vm, &v, key)?;
        if v.itemsize != 1 || v.format == 'c' {
            return Err(vm.err(
                "NotImplementedError",
                "memoryview: format not supported for assignment",
            ));
        }
        let byte = match (ferropy_vm::int::as_i64(value), v.format) {
            (Some(x), 'B') if (0..256).contains(&x) => x as u8,
            (Some(x), 'b') if (-128..128).contains(&x) => x as u8,
            (Some(_), _) => {
                return Err(vm.value_error(format!(
                    "memoryview: invalid value for format '{}'",
                    v.format
                )))
            }
            (None, _) => {
                return Err(vm.type_error(format!(
                    "memoryview: invalid type for format '{}'",
                    v.format
                )))
            }
        };
        (vec![v.at(i)], vec![byte])
    };
    let mut t = target.borrow_mut();
    for (k, p) in positions.iter().enumerate() {
        let chunk = &bytes[k * v.itemsize..(k + 1) * v.itemsize];
        if let Some(dst) = t.get_mut(*p..*p + v.itemsize) {
            dst.copy_from_slice(chunk);
        }
    }
    Ok(Value::None)
}

fn eq(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args)?;
    let other = &args[1];
    if v.released.get() {
        return Ok(Value::Bool(args[0].is(other)));
    }
    Ok(match crate::buffer::bytes_of(other) {
        Some(b) => Value::Bool(v.data() == b),
        None => Value::NotImplemented,
    })
}
