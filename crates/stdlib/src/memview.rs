//! A minimal `memoryview` over `bytes` and `bytearray`: enough for `re._compiler`'s
//! `memoryview(b).cast('I').tolist()` and simple inspection (`len`, indexing, `tobytes`,
//! `tolist`, `itemsize`, `format`, `nbytes`, `cast`). The view holds a snapshot of the bytes,
//! so writes to a `bytearray` after the view was made are not seen through it.

use ferropy_vm::args::Args;
use ferropy_vm::value::{BuiltinFunction, NativeFn, Property, PyInstance, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

struct View {
    data: Rc<Vec<u8>>,
    format: char,
    itemsize: usize,
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
            Ok(Value::Bytes(Rc::new((*view(vm, a)?.data).clone())))
        }),
        ("__len__", |vm, a, _| {
            let v = view(vm, a)?;
            Ok(Value::Int((v.data.len() / v.itemsize) as i64))
        }),
        ("__getitem__", getitem),
        ("release", |_, _, _| Ok(Value::None)),
        ("__enter__", |_, a, _| Ok(a[0].clone())),
        ("__exit__", |_, _, _| Ok(Value::None)),
    ];
    for (name, func) in methods {
        t.dict.set_str(name, f(name, *func));
    }
    let props: &[(&'static str, NativeFn)] = &[
        ("itemsize", |vm, a, _| {
            Ok(Value::Int(view(vm, a)?.itemsize as i64))
        }),
        ("nbytes", |vm, a, _| {
            Ok(Value::Int(view(vm, a)?.data.len() as i64))
        }),
        ("format", |vm, a, _| {
            Ok(Value::str(view(vm, a)?.format.to_string()))
        }),
        ("readonly", |_, _, _| Ok(Value::Bool(true))),
        ("ndim", |_, _, _| Ok(Value::Int(1))),
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

fn make(vm: &Vm, v: View) -> Value {
    let inst = PyInstance::new(vm.types.memoryview.clone());
    *inst.base_value.borrow_mut() = Value::Opaque(Rc::new(Box::new(Rc::new(v))));
    Value::Instance(Rc::new(inst))
}

/// The bytes a memoryview shows (for `re` matching over one).
pub fn bytes_of(v: &Value) -> Option<Rc<Vec<u8>>> {
    if let Value::Instance(i) = v {
        if let Value::Opaque(o) = &*i.base_value.borrow() {
            return o.downcast_ref::<Rc<View>>().map(|v| v.data.clone());
        }
    }
    None
}

fn view(vm: &Vm, args: &[Value]) -> PyResult<Rc<View>> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Value::Opaque(o) = &*i.base_value.borrow() {
            if let Some(v) = o.downcast_ref::<Rc<View>>() {
                return Ok(v.clone());
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'memoryview' object"))
}

fn new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(obj) = a.arg_or_kw(1, "object") else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    let data = match &obj {
        Value::Bytes(b) => b.clone(),
        Value::ByteArray(b) => Rc::new(b.borrow().clone()),
        Value::Instance(_) => {
            if let Ok(v) = view(vm, std::slice::from_ref(&obj)) {
                return Ok(make(
                    vm,
                    View {
                        data: v.data.clone(),
                        format: v.format,
                        itemsize: v.itemsize,
                    },
                ));
            }
            return Err(not_buffer(vm, &obj));
        }
        _ => return Err(not_buffer(vm, &obj)),
    };
    Ok(make(
        vm,
        View {
            data,
            format: 'B',
            itemsize: 1,
        },
    ))
}

fn not_buffer(vm: &Vm, v: &Value) -> ferropy_vm::exceptions::PyErr {
    vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        vm.type_name(v)
    ))
}

fn cast(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args)?;
    let a = Args::new(args, kw);
    let fmt = match a.arg_or_kw(1, "format") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("memoryview: format argument must be a string")),
    };
    let mut chars = fmt.chars();
    let (Some(c), None) = (chars.next().filter(|_| fmt != "@"), chars.next()) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let Some(size) = itemsize(c) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if v.data.len() % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(make(
        vm,
        View {
            data: v.data.clone(),
            format: c,
            itemsize: size,
        },
    ))
}

fn item(v: &View, i: usize) -> Value {
    let bytes = &v.data[i * v.itemsize..(i + 1) * v.itemsize];
    let mut buf = [0u8; 8];
    buf[..v.itemsize].copy_from_slice(bytes);
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
    let v = view(vm, args)?;
    let n = v.data.len() / v.itemsize;
    Ok(Value::list((0..n).map(|i| item(&v, i)).collect()))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args)?;
    let n = (v.data.len() / v.itemsize) as i64;
    if let Some(Value::Slice(sl)) = args.get(1) {
        // A slice is a new view of the selected items (a snapshot, as every view here).
        let idx = vm.slice_indices(sl, n as usize)?.indices();
        let mut data = Vec::with_capacity(idx.len() * v.itemsize);
        for i in idx {
            data.extend_from_slice(&v.data[i * v.itemsize..(i + 1) * v.itemsize]);
        }
        let (format, itemsize) = (v.format, v.itemsize);
        let data = Rc::new(data);
        return Ok(make(
            vm,
            View {
                data,
                format,
                itemsize,
            },
        ));
    }
    let Some(i) = args.get(1).and_then(ferropy_vm::int::as_i64) else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(item(&v, j as usize))
}
