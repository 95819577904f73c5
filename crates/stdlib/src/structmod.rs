//! The `_struct` module: `pack`, `unpack`, `calcsize`, `iter_unpack`, `pack_into`,
//! `unpack_from` and the `Struct` class (formats in `structfmt.rs`).

use crate::native::{self, ClassSpec};
use crate::structfmt::{self as sf, error, Format};
use ferropy_vm::args::Args;
use ferropy_vm::builtins::native as func;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

struct StructState {
    text: Value,
    fmt: Rc<Format>,
}

static STRUCT: ClassSpec = ClassSpec {
    module: "_struct",
    name: "Struct",
    key: "_struct.Struct",
    new: Some(struct_new),
    methods: &[
        ("__init__", struct_init),
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("iter_unpack", s_iter_unpack),
    ],
    getters: &[("format", s_format), ("size", s_size)],
    classmethods: &[],
};

static UNPACK_ITER: ClassSpec = ClassSpec {
    module: "_struct",
    name: "unpack_iterator",
    key: "_struct.unpack_iterator",
    new: None,
    methods: &[
        ("__iter__", it_iter),
        ("__next__", it_next),
        ("__length_hint__", it_len),
    ],
    getters: &[],
    classmethods: &[],
};

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("Struct", Value::Type(native::class(vm, &STRUCT, None)));
    dict.set_str("error", Value::Type(sf::error_class(vm)));
    dict.set_str(
        "__doc__",
        Value::str("Functions to convert between Python values and C structs."),
    );
    dict.set_str("pack", func("pack", pack));
    dict.set_str("unpack", func("unpack", unpack));
    dict.set_str("calcsize", func("calcsize", calcsize));
    dict.set_str("iter_unpack", func("iter_unpack", iter_unpack));
    dict.set_str("pack_into", func("pack_into", pack_into));
    dict.set_str("unpack_from", func("unpack_from", unpack_from));
    dict.set_str(
        "_clearcache",
        func("_clearcache", |_, _, _| Ok(Value::None)),
    );
    native::module("_struct", dict)
}

fn format_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<Format>> {
    let text = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                vm.type_name(other)
            )))
        }
    };
    Ok(Rc::new(sf::parse(vm, &text)?))
}

fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        other => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn do_pack(vm: &mut Vm, f: &Format, vals: &[Value]) -> PyResult<Vec<u8>> {
    if vals.len() != f.nvalues {
        return Err(error(
            vm,
            &format!(
                "pack expected {} items for packing (got {})",
                f.nvalues,
                vals.len()
            ),
        ));
    }
    let mut out: Vec<u8> = vm.alloc_vec(f.size)?;
    out.resize(f.size, 0);
    let mut vals = vals.iter();
    for item in &f.items {
        for k in 0..item.count {
            let at = item.offset + k * item.size;
            let v = vals.next().unwrap_or(&Value::None);
            sf::pack_item(vm, f, item, v, &mut out[at..at + item.size])?;
        }
    }
    Ok(out)
}

fn do_unpack(f: &Format, data: &[u8]) -> Value {
    let mut vals = Vec::with_capacity(f.nvalues);
    for item in &f.items {
        for k in 0..item.count {
            let at = item.offset + k * item.size;
            vals.push(sf::unpack_item(f, item, &data[at..at + item.size]));
        }
    }
    Value::tuple(vals)
}

fn unpack_exact(vm: &Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    if data.len() != f.size {
        return Err(error(
            vm,
            &format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    Ok(do_unpack(f, data))
}

fn unpack_at(vm: &mut Vm, f: &Format, data: &[u8], offset: &Option<Value>) -> PyResult<Value> {
    let mut off = match offset {
        Some(v) => native::ssize_arg(vm, v)?,
        None => 0,
    };
    let len = data.len() as i64;
    if off < 0 {
        if off + len < 0 {
            return Err(error(
                vm,
                &format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    if len - off < f.size as i64 {
        let msg = {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {len})",
                f.size as i64 + off,
                f.size
            )
        };
        return Err(error(vm, &msg));
    }
    let off = off as usize;
    Ok(do_unpack(f, &data[off..off + f.size]))
}

fn pack_into_buf(vm: &mut Vm, f: &Format, args: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error(format!("pack_into expected buffer argument")));
    }
    let Value::ByteArray(buf) = &args[0] else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(&args[0])
        )));
    };
    let data = do_pack(vm, f, &args[2..])?;
    let mut off = native::ssize_arg(vm, &args[1])?;
    let len = buf.borrow().len() as i64;
    if off < 0 {
        if off + len < f.size as i64 {
            return Err(error(
                vm,
                &format!("no space to pack {} bytes at offset {off}", f.size),
            ));
        }
        off += len;
    }
    if len - off < f.size as i64 {
        return Err(error(
            vm,
            &format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {off} (actual buffer size is {len})",
                f.size as i64 + off,
                f.size
            ),
        ));
    }
    let off = off as usize;
    buf.borrow_mut()[off..off + f.size].copy_from_slice(&data);
    Ok(Value::None)
}

fn first<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| {
        vm.type_error(format!(
            "{name}() missing required argument 'format' (pos 1)"
        ))
    })
}

fn pack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "pack", kw)?;
    let f = format_of(vm, first(vm, "pack", args)?)?;
    Ok(Value::Bytes(Rc::new(do_pack(vm, &f, &args[1..])?)))
}

fn no_kw(vm: &Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn unpack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "unpack", 2)?;
    let f = format_of(vm, &a[0])?;
    let data = buffer(vm, &a[1])?;
    unpack_exact(vm, &f, &data)
}

fn calcsize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "calcsize", 1)?;
    let f = format_of(vm, &a[0])?;
    Ok(Value::Int(f.size as i64))
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let f = format_of(vm, first(vm, "unpack_from", a.pos)?)?;
    let Some(b) = a.arg_or_kw(1, "buffer") else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let data = buffer(vm, &b)?;
    unpack_at(vm, &f, &data, &a.arg_or_kw(2, "offset"))
}

fn pack_into(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "pack_into", kw)?;
    let f = format_of(vm, first(vm, "pack_into", args)?)?;
    pack_into_buf(vm, &f, &args[1..])
}

fn iter_unpack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "iter_unpack", 2)?;
    let f = format_of(vm, &a[0])?;
    make_iter(vm, f, &a[1])
}

struct UnpackIter {
    fmt: Rc<Format>,
    data: Vec<u8>,
    pos: usize,
}

fn make_iter(vm: &mut Vm, f: Rc<Format>, buf: &Value) -> PyResult<Value> {
    if f.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer(vm, buf)?;
    if data.len() % f.size != 0 {
        return Err(error(
            vm,
            &format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let cls = native::class(vm, &UNPACK_ITER, None);
    Ok(native::instance(
        cls,
        UnpackIter {
            fmt: f,
            data,
            pos: 0,
        },
    ))
}

fn it_iter(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn it_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<UnpackIter>(vm, &args[0], "_struct.unpack_iterator")?;
    let mut it = st.borrow_mut();
    let size = it.fmt.size;
    if it.pos + size > it.data.len() {
        return Err(native::stop(vm));
    }
    let v = do_unpack(&it.fmt, &it.data[it.pos..it.pos + size]);
    it.pos += size;
    Ok(v)
}

fn it_len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<UnpackIter>(vm, &args[0], "_struct.unpack_iterator")?;
    let it = st.borrow();
    Ok(Value::Int(((it.data.len() - it.pos) / it.fmt.size) as i64))
}

fn struct_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let a = Args::new(&args[1..], kw);
    let Some(text) = a.arg_or_kw(0, "format") else {
        return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)"));
    };
    let fmt = format_of(vm, &text)?;
    let text = match &text {
        Value::Bytes(b) => Value::str(String::from_utf8_lossy(b).into_owned()),
        other => other.clone(),
    };
    Ok(native::instance(cls, StructState { text, fmt }))
}

fn struct_init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

fn fmt_of(vm: &Vm, v: &Value) -> PyResult<Rc<Format>> {
    let st = native::state::<StructState>(vm, v, "_struct.Struct")?;
    let f = st.borrow().fmt.clone();
    Ok(f)
}

fn s_pack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "pack", kw)?;
    let f = fmt_of(vm, &args[0])?;
    Ok(Value::Bytes(Rc::new(do_pack(vm, &f, &args[1..])?)))
}

fn s_pack_into(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "pack_into", kw)?;
    let f = fmt_of(vm, &args[0])?;
    pack_into_buf(vm, &f, &args[1..])
}

fn s_unpack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "unpack", 1)?;
    let f = fmt_of(vm, &args[0])?;
    let data = buffer(vm, &a[0])?;
    unpack_exact(vm, &f, &data)
}

fn s_unpack_from(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let f = fmt_of(vm, &args[0])?;
    let Some(b) = a.arg_or_kw(0, "buffer") else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 1)"));
    };
    let data = buffer(vm, &b)?;
    unpack_at(vm, &f, &data, &a.arg_or_kw(1, "offset"))
}

fn s_iter_unpack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "iter_unpack", 1)?;
    let f = fmt_of(vm, &args[0])?;
    make_iter(vm, f, &a[0])
}

fn s_format(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<StructState>(vm, &args[0], "_struct.Struct")?;
    let t = st.borrow().text.clone();
    Ok(t)
}

fn s_size(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(fmt_of(vm, &args[0])?.size as i64))
}
