//! The `_sha512` module (`sha512`, `sha384`), which `random.seed` uses for str and bytes seeds.

use crate::native::{self, ClassSpec};
use ferropy_vm::args::Args;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use sha2::{Digest, Sha384, Sha512};
use std::rc::Rc;

#[derive(Clone)]
enum Hasher {
    S512(Sha512),
    S384(Sha384),
}

static SHA512: ClassSpec = ClassSpec {
    module: "_sha512",
    name: "sha512",
    key: "_sha512.sha512",
    new: None,
    methods: &[
        ("update", update),
        ("digest", digest),
        ("hexdigest", hexdigest),
        ("copy", copy),
    ],
    getters: &[
        ("name", name),
        ("digest_size", digest_size),
        ("block_size", block_size),
    ],
    classmethods: &[],
};

static SHA384: ClassSpec = ClassSpec {
    module: "_sha512",
    name: "sha384",
    key: "_sha512.sha384",
    new: None,
    methods: SHA512.methods,
    getters: SHA512.getters,
    classmethods: &[],
};

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    native::class(vm, &SHA512, None);
    native::class(vm, &SHA384, None);
    dict.set_str("sha512", ferropy_vm::builtins::native("sha512", new512));
    dict.set_str("sha384", ferropy_vm::builtins::native("sha384", new384));
    native::module("_sha512", dict)
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        Value::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
        other => Err(vm.type_error(format!(
            "object supporting the buffer API required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn create(vm: &mut Vm, args: &[Value], kw: &[Value], h: Hasher) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let spec = match h {
        Hasher::S512(_) => &SHA512,
        Hasher::S384(_) => &SHA384,
    };
    let obj = native::instance(native::class(vm, spec, None), h);
    if let Some(d) = a.arg_or_kw(0, "string") {
        let data = data_arg(vm, &d)?;
        feed(vm, &obj, &data)?;
    }
    Ok(obj)
}

fn new512(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    create(vm, args, kw, Hasher::S512(Sha512::new()))
}

fn new384(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    create(vm, args, kw, Hasher::S384(Sha384::new()))
}

fn feed(vm: &Vm, obj: &Value, data: &[u8]) -> PyResult<()> {
    let st = native::state::<Hasher>(vm, obj, "sha512")?;
    match &mut *st.borrow_mut() {
        Hasher::S512(h) => h.update(data),
        Hasher::S384(h) => h.update(data),
    }
    Ok(())
}

fn update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "update", 1)?;
    let data = data_arg(vm, &a[0])?;
    feed(vm, &args[0], &data)?;
    Ok(Value::None)
}

fn finish(vm: &Vm, obj: &Value) -> PyResult<Vec<u8>> {
    let st = native::state::<Hasher>(vm, obj, "sha512")?;
    let h = st.borrow().clone();
    Ok(match h {
        Hasher::S512(h) => h.finalize().to_vec(),
        Hasher::S384(h) => h.finalize().to_vec(),
    })
}

fn digest(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::new(finish(vm, &args[0])?)))
}

fn hexdigest(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = finish(vm, &args[0])?;
    Ok(Value::str(
        d.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<Hasher>(vm, &args[0], "sha512")?;
    let h = st.borrow().clone();
    let cls = vm.type_of(&args[0]);
    Ok(native::instance(cls, h))
}

fn is384(vm: &Vm, v: &Value) -> PyResult<bool> {
    let st = native::state::<Hasher>(vm, v, "sha512")?;
    let r = matches!(&*st.borrow(), Hasher::S384(_));
    Ok(r)
}

fn name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(if is384(vm, &args[0])? {
        "sha384"
    } else {
        "sha512"
    }))
}

fn digest_size(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(if is384(vm, &args[0])? { 48 } else { 64 }))
}

fn block_size(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(128))
}
