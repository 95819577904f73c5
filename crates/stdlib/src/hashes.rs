//! The hash modules behind `hashlib`: `_md5`, `_sha1`, `_sha256` (sha224, sha256), `_sha3`
//! (sha3_*, shake_*) and `_blake2` (blake2b, blake2s without keys), over the RustCrypto crates.
//! (`_sha512` has its own file, older than this one.)

use crate::buffer::{arg, new_bytes};
use crate::native::{self, ClassSpec};
use blake2::digest::{ExtendableOutput, Update, VariableOutput};
use ferropy_vm::args::Args;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use sha2::Digest;
use std::rc::Rc;

/// A running hash of any of the supported algorithms.
#[derive(Clone)]
enum H {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2::Blake2bVar, usize),
    Blake2s(blake2::Blake2sVar, usize),
}

/// A hash object: its algorithm state and its index in `KINDS`.
#[derive(Clone)]
struct Hasher {
    h: H,
    kind: usize,
}

/// (module, name, block size, digest size) of each algorithm, in `H`'s order.
const KINDS: &[(&str, &str, i64, i64)] = &[
    ("_md5", "md5", 64, 16),
    ("_sha1", "sha1", 64, 20),
    ("_sha256", "sha224", 64, 28),
    ("_sha256", "sha256", 64, 32),
    ("_sha3", "sha3_224", 144, 28),
    ("_sha3", "sha3_256", 136, 32),
    ("_sha3", "sha3_384", 104, 48),
    ("_sha3", "sha3_512", 72, 64),
    ("_sha3", "shake_128", 168, 0),
    ("_sha3", "shake_256", 136, 0),
    ("_blake2", "blake2b", 128, 64),
    ("_blake2", "blake2s", 64, 32),
];

const METHODS: &[(&str, NativeFn)] = &[
    ("update", update),
    ("digest", digest),
    ("hexdigest", hexdigest),
    ("copy", copy),
];
const GETTERS: &[(&str, NativeFn)] = &[
    ("name", name),
    ("digest_size", digest_size),
    ("block_size", block_size),
];

macro_rules! spec {
    ($m:literal, $n:literal) => {
        ClassSpec {
            module: $m,
            name: $n,
            key: concat!($m, ".", $n),
            new: None,
            methods: METHODS,
            getters: GETTERS,
            classmethods: &[],
        }
    };
}

static SPECS: [ClassSpec; 12] = [
    spec!("_md5", "md5"),
    spec!("_sha1", "sha1"),
    spec!("_sha256", "sha224"),
    spec!("_sha256", "sha256"),
    spec!("_sha3", "sha3_224"),
    spec!("_sha3", "sha3_256"),
    spec!("_sha3", "sha3_384"),
    spec!("_sha3", "sha3_512"),
    spec!("_sha3", "shake_128"),
    spec!("_sha3", "shake_256"),
    spec!("_blake2", "blake2b"),
    spec!("_blake2", "blake2s"),
];

const CTORS: [NativeFn; 12] = [
    |vm, a, k| create(vm, a, k, 0),
    |vm, a, k| create(vm, a, k, 1),
    |vm, a, k| create(vm, a, k, 2),
    |vm, a, k| create(vm, a, k, 3),
    |vm, a, k| create(vm, a, k, 4),
    |vm, a, k| create(vm, a, k, 5),
    |vm, a, k| create(vm, a, k, 6),
    |vm, a, k| create(vm, a, k, 7),
    |vm, a, k| create(vm, a, k, 8),
    |vm, a, k| create(vm, a, k, 9),
    |vm, a, k| create(vm, a, k, 10),
    |vm, a, k| create(vm, a, k, 11),
];

fn make_module(vm: &mut Vm, module: &str) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    for (i, (m, n, _, _)) in KINDS.iter().enumerate() {
        if *m == module {
            native::class(vm, &SPECS[i], None);
            dict.set_str(n, ferropy_vm::builtins::native(n, CTORS[i]));
        }
    }
    if module == "_blake2" {
        for (k, v) in [
            ("BLAKE2B_MAX_DIGEST_SIZE", 64),
            ("BLAKE2S_MAX_DIGEST_SIZE", 32),
            ("BLAKE2B_MAX_KEY_SIZE", 64),
            ("BLAKE2S_MAX_KEY_SIZE", 32),
            ("BLAKE2B_SALT_SIZE", 16),
            ("BLAKE2S_SALT_SIZE", 8),
            ("BLAKE2B_PERSON_SIZE", 16),
            ("BLAKE2S_PERSON_SIZE", 8),
        ] {
            dict.set_str(k, Value::Int(v));
        }
    }
    native::module(module, dict)
}

pub fn make_md5(vm: &mut Vm) -> Value {
    make_module(vm, "_md5")
}
pub fn make_sha1(vm: &mut Vm) -> Value {
    make_module(vm, "_sha1")
}
pub fn make_sha256(vm: &mut Vm) -> Value {
    make_module(vm, "_sha256")
}
pub fn make_sha3(vm: &mut Vm) -> Value {
    make_module(vm, "_sha3")
}
pub fn make_blake2(vm: &mut Vm) -> Value {
    make_module(vm, "_blake2")
}

/// The blake2 `digest_size=` argument, checked against the algorithm's maximum.
fn blake_size(vm: &mut Vm, a: &Args, max: usize) -> PyResult<usize> {
    for k in ["key", "salt", "person"] {
        if let Some(v) = a.kw(k) {
            if !arg(vm, &v)?.is_empty() {
                return Err(vm.value_error(format!("ferropy's blake2 does not support {k}=")));
            }
        }
    }
    let Some(v) = a.kw("digest_size") else {
        return Ok(max);
    };
    let n = native::ssize_arg(vm, &v)?;
    if n < 1 || n as usize > max {
        return Err(vm.value_error(format!("digest_size must be between 1 and {max} bytes")));
    }
    Ok(n as usize)
}

fn create(vm: &mut Vm, args: &[Value], kw: &[Value], kind: usize) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let h = match kind {
        0 => H::Md5(md5::Md5::new()),
        1 => H::Sha1(sha1::Sha1::new()),
        2 => H::Sha224(sha2::Sha224::new()),
        3 => H::Sha256(sha2::Sha256::new()),
        4 => H::Sha3_224(sha3::Sha3_224::new()),
        5 => H::Sha3_256(sha3::Sha3_256::new()),
        6 => H::Sha3_384(sha3::Sha3_384::new()),
        7 => H::Sha3_512(sha3::Sha3_512::new()),
        8 => H::Shake128(sha3::Shake128::default()),
        9 => H::Shake256(sha3::Shake256::default()),
        10 => {
            let n = blake_size(vm, &a, 64)?;
            H::Blake2b(blake2::Blake2bVar::new(n).expect("size checked"), n)
        }
        _ => {
            let n = blake_size(vm, &a, 32)?;
            H::Blake2s(blake2::Blake2sVar::new(n).expect("size checked"), n)
        }
    };
    let obj = native::instance(native::class(vm, &SPECS[kind], None), Hasher { h, kind });
    let data = a
        .pos
        .first()
        .cloned()
        .or_else(|| a.kw("string"))
        .or_else(|| a.kw("data"));
    if let Some(d) = data {
        feed(vm, &obj, &d)?;
    }
    Ok(obj)
}

fn state(vm: &Vm, v: &Value) -> PyResult<native::State<Hasher>> {
    native::state::<Hasher>(vm, v, "hash")
}

fn feed(vm: &Vm, obj: &Value, d: &Value) -> PyResult<()> {
    if d.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    let data = crate::buffer::bytes_of(d)
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))?;
    let st = state(vm, obj)?;
    let mut st = st.borrow_mut();
    match &mut st.h {
        H::Md5(h) => Digest::update(h, &data),
        H::Sha1(h) => Digest::update(h, &data),
        H::Sha224(h) => Digest::update(h, &data),
        H::Sha256(h) => Digest::update(h, &data),
        H::Sha3_224(h) => Digest::update(h, &data),
        H::Sha3_256(h) => Digest::update(h, &data),
        H::Sha3_384(h) => Digest::update(h, &data),
        H::Sha3_512(h) => Digest::update(h, &data),
        H::Shake128(h) => Update::update(h, &data),
        H::Shake256(h) => Update::update(h, &data),
        H::Blake2b(h, _) => Update::update(h, &data),
        H::Blake2s(h, _) => Update::update(h, &data),
    }
    Ok(())
}

fn update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "update", 1)?;
    feed(vm, &args[0], &a[0])?;
    Ok(Value::None)
}

/// The digest of the hash so far; `length` is required for the shake algorithms.
fn finish(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Vec<u8>> {
    let h = state(vm, &args[0])?.borrow().h.clone();
    let a = Args::new(&args[1..], kw);
    let xof_len = |vm: &mut Vm| -> PyResult<usize> {
        let Some(v) = a.arg_or_kw(0, "length") else {
            return Err(vm.type_error("digest() missing required argument 'length' (pos 1)"));
        };
        let n = native::ssize_arg(vm, &v)?;
        if n < 0 {
            return Err(vm.value_error("length must be non-negative"));
        }
        Ok(n as usize)
    };
    Ok(match h {
        H::Md5(h) => h.finalize().to_vec(),
        H::Sha1(h) => h.finalize().to_vec(),
        H::Sha224(h) => h.finalize().to_vec(),
        H::Sha256(h) => h.finalize().to_vec(),
        H::Sha3_224(h) => h.finalize().to_vec(),
        H::Sha3_256(h) => h.finalize().to_vec(),
        H::Sha3_384(h) => h.finalize().to_vec(),
        H::Sha3_512(h) => h.finalize().to_vec(),
        H::Shake128(h) => h.finalize_boxed(xof_len(vm)?).to_vec(),
        H::Shake256(h) => h.finalize_boxed(xof_len(vm)?).to_vec(),
        H::Blake2b(h, n) => {
            let mut out = vec![0; n];
            h.finalize_variable(&mut out).expect("sized buffer");
            out
        }
        H::Blake2s(h, n) => {
            let mut out = vec![0; n];
            h.finalize_variable(&mut out).expect("sized buffer");
            out
        }
    })
}

fn digest(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_bytes(finish(vm, args, kw)?))
}

fn hexdigest(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = finish(vm, args, kw)?;
    Ok(Value::str(
        d.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = state(vm, &args[0])?.borrow().clone();
    let cls = vm.type_of(&args[0]);
    Ok(native::instance(cls, h))
}

fn name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let k = state(vm, &args[0])?.borrow().kind;
    Ok(Value::str(KINDS[k].1))
}

fn digest_size(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = state(vm, &args[0])?;
    let st = st.borrow();
    Ok(Value::Int(match st.h {
        H::Blake2b(_, n) | H::Blake2s(_, n) => n as i64,
        _ => KINDS[st.kind].3,
    }))
}

fn block_size(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let k = state(vm, &args[0])?.borrow().kind;
    Ok(Value::Int(KINDS[k].2))
}
